import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTempDirs, tempDir } from "../helpers/git.js";
import { runCli } from "../helpers/runner.js";
import { startServer, type TestServer } from "../integration/loadtest/servers.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
afterAll(cleanupTempDirs);

describe("shipline loadtest (dist/cli)", () => {
  it("runs on worker threads from the chunked CLI bundle (--workers 2)", async () => {
    const s = await startServer({ delayMs: 1 });
    servers.push(s);
    const r = await runCli(["loadtest", "--target", s.url, "--rate", "300", "--duration", "2s", "--workers", "2", "--json"], { cwd: tempDir("shipline-cli-") });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ conclusion: "pass", requests: "600", dropped: "0" });
    expect(s.count).toBe(600);
  });

  it("runs from flags and prints the outputs as JSON; merges shard reports given as positional arguments", async () => {
    const s = await startServer({ delayMs: 1 });
    servers.push(s);
    const cwd = tempDir("shipline-cli-");
    const r = await runCli(["loadtest", "--target", s.url, "--rate", "100", "--duration", "1s", "--json"], { cwd });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ conclusion: "pass", requests: "100", "report-file": "loadtest-report/loadtest-report.json" });
    // Far enough ahead for both CLIs to start on a busy CI machine: a late shard drops arrivals.
    const startAt = String(Date.now() + 3000);
    const shards = await Promise.all(
      [1, 2].map((k) =>
        runCli(
          ["loadtest", "--target", s.url, "--rate", "100", "--duration", "1s", "--shard", `${k}/2`, "--start-at", startAt, "--report-dir", `s${k}`, "--json"],
          { cwd },
        ),
      ),
    );
    expect(shards.map((x) => x.exitCode)).toEqual([0, 0]);
    const merged = await runCli(["loadtest", "merge", "s1", "s2", "--report-dir", "merged", "--json"], { cwd });
    expect(merged.exitCode, merged.stderr).toBe(0);
    expect(merged.json).toMatchObject({ requests: "100", "report-file": "merged/loadtest-report.json" });
    expect(JSON.parse(readFileSync(join(cwd, "merged/loadtest-report.json"), "utf8")).shardsMerged).toEqual([1, 2]);
  });

  it("exits 2 without a stack trace on a bad input", async () => {
    const r = await runCli(["loadtest", "--target", "http://127.0.0.1:9", "--rate", "lots"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/Input "rate" must be requests per second like 200/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("stops within a second on SIGINT and writes the partial report", async () => {
    const s = await startServer({ delayMs: 5 });
    servers.push(s);
    const cwd = tempDir("shipline-cli-");
    let signalledAt = 0;
    const r = await runCli(["loadtest", "--target", s.url, "--rate", "200", "--duration", "60s"], {
      cwd,
      onStart: (child) => {
        const poll = setInterval(() => {
          if (s.count > 100) {
            clearInterval(poll);
            signalledAt = performance.now();
            child.kill("SIGINT");
          }
        }, 20);
      },
    });
    expect(performance.now() - signalledAt).toBeLessThan(1000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/Received SIGINT/);
    expect(JSON.parse(readFileSync(join(cwd, "loadtest-report/loadtest-report.json"), "utf8"))).toMatchObject({ complete: false, stopReason: "cancelled" });
  });
});
