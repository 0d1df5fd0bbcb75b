import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupTempDirs, tempDir } from "../helpers/git.js";
import { runBundle } from "../helpers/runner.js";
import { startServer, type TestServer } from "../integration/loadtest/servers.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
afterAll(cleanupTempDirs);

describe("loadtest action bundle (dist/loadtest)", () => {
  it("runs as the runner runs it: outputs, summary and report files", async () => {
    const s = await startServer({ delayMs: 2 });
    servers.push(s);
    const cwd = tempDir("shipline-e2e-");
    const r = await runBundle("loadtest", { cwd, inputs: { target: s.url, rate: "100", duration: "2s" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ conclusion: "pass", requests: "200", "report-file": "loadtest-report/loadtest-report.json" });
    expect(r.summary).toContain("## ✅ Load test passed");
    expect(r.summary).toContain("xychart-beta");
    expect(existsSync(join(cwd, "loadtest-report/loadtest-junit.xml"))).toBe(true);
  });

  it("runs on worker threads started from the one bundled file (workers: 2), reporting once", async () => {
    const s = await startServer({ delayMs: 1 });
    servers.push(s);
    const r = await runBundle("loadtest", { inputs: { target: s.url, rate: "300", duration: "2s", workers: "2" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ conclusion: "pass", requests: "600", dropped: "0" });
    expect(s.count).toBe(600);
    // A worker that ran the bundle's entry code would log (and report) a second time.
    expect(r.stdout.match(/Load test: .* · 2 worker threads/g)).toHaveLength(1);
  });

  it("fails the step once with the reason when a threshold fails", async () => {
    const s = await startServer({ delayMs: 20 });
    servers.push(s);
    const r = await runBundle("loadtest", { inputs: { target: s.url, rate: "100", duration: "1s", thresholds: "http_req_duration: max<5" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === "error")).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Load test failed: http_req_duration: max<5 failed/) }),
    ]);
  });

  it("drives an https target over TLS keep-alive (self-signed CA trusted through NODE_EXTRA_CA_CERTS)", async () => {
    const dir = tempDir("shipline-tls-");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const connections = new Set<unknown>();
    const tls = createHttpsServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (_req, res) => res.end("secure"));
    tls.on("secureConnection", (s) => connections.add(s));
    await new Promise<void>((ok) => tls.listen(0, "127.0.0.1", ok));
    try {
      const port = (tls.address() as AddressInfo).port;
      const r = await runBundle("loadtest", {
        inputs: { target: `https://127.0.0.1:${port}`, rate: "100", duration: "1s" },
        env: { NODE_EXTRA_CA_CERTS: join(dir, "cert.pem") },
      });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ conclusion: "pass", requests: "100", "error-rate": "0" });
      expect(connections.size).toBeLessThan(10);
    } finally {
      tls.closeAllConnections();
      await new Promise<void>((ok) => tls.close(() => ok()));
    }
  });

  it("stops within a second on SIGINT (a cancelled job) and still writes a partial report marked incomplete", async () => {
    const s = await startServer({ delayMs: 5 });
    servers.push(s);
    const cwd = tempDir("shipline-e2e-");
    let signalledAt = 0;
    const r = await runBundle("loadtest", {
      cwd,
      inputs: { target: s.url, rate: "200", duration: "60s" },
      onStart: (child) => {
        const poll = setInterval(() => {
          // Wait until traffic flows, then cancel.
          if (s.count > 100) {
            clearInterval(poll);
            signalledAt = performance.now();
            child.kill("SIGINT");
          }
        }, 20);
      },
    });
    const stoppedIn = performance.now() - signalledAt;
    expect(stoppedIn).toBeLessThan(1000);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.conclusion).toBe("inconclusive");
    const report = JSON.parse(readFileSync(join(cwd, "loadtest-report/loadtest-report.json"), "utf8"));
    expect(report).toMatchObject({ complete: false, stopReason: "cancelled" });
    expect(report.summary.requests).toBeGreaterThan(50);
    expect(r.summary).toContain("The run stopped early");
    expect(r.stdout).toMatch(/The load test was cancelled after/);
  });
});
