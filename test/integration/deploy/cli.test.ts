/**
 * `shipline deploy` as a process (the CLI from source, through tsx) against a real HAProxy: the
 * issue's flags-only canary exactly as written, and SIGINT while a slow probe is in flight.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../../helpers/runner.js";
import { type Rig, startRig } from "./haproxy-rig.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  stderr(): string;
}

function shipline(args: string[], timeoutMs: number): Run {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/actions/cli.ts"), ...args], {
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
    cwd: ROOT,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((ok) =>
    child.once("exit", (code) => {
      clearTimeout(timer);
      ok({ code, stdout, stderr });
    }),
  );
  return { child, done, stderr: () => stderr };
}

describe("shipline deploy with flags alone", () => {
  it("runs the issue's HAProxy canary command exactly as written and promotes a healthy green with the default thresholds", async () => {
    rig = await startRig();
    // Verbatim from the issue, with PATH and PORT filled in.
    const command = `deploy --provider haproxy --haproxy-socket ${rig.socket} --backend app --stable blue --canary green --stages '10%:20s,50%:20s,100%' --check-interval 2s --probe-url ${rig.url} --json`;
    const args = command.split(" ").map((a) => a.replace(/^'(.*)'$/, "$1"));
    const run = shipline(args, 80_000);
    const r = await run.done;
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(out).toMatchObject({ conclusion: "promoted", stage: "3", weight: "100", "time-to-rollback-ms": "" });
    expect(r.stderr).toMatch(/http probe: pass/);
    expect(r.stderr).toMatch(/haproxy green: pass \(canary 0 errors in \d+ requests \(0%\)/);
    expect(await rig.weight("green")).toBe(100);
    expect(await rig.weight("blue")).toBe(0);
  }, 90_000);

  it("rolls back at once on SIGINT while a slow probe is in flight, and exits 1", async () => {
    rig = await startRig();
    rig.green.delayMs = 4000; // each probe request to green takes 4 s: a check is in flight when the signal comes
    const run = shipline(
      [
        "deploy",
        "--haproxy-socket",
        rig.socket,
        "--stages",
        "50%:60s,100%",
        "--check-interval",
        "200ms",
        "--probe-url",
        rig.url,
        "--probe-timeout",
        "10s",
        "--p95-max",
        "10s",
        "--json",
      ],
      40_000,
    );
    const deadline = Date.now() + 20_000;
    while (!run.stderr().includes("Stage 1/2") && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    while ((await rig.weight("green")) !== 50 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    await new Promise((ok) => setTimeout(ok, 700)); // the first check has started and waits on green
    const sentAt = Date.now();
    run.child.kill("SIGINT");
    let backOnBlueMs = -1;
    while (Date.now() - sentAt < 10_000) {
      if ((await rig.weight("green")) === 0) {
        backOnBlueMs = Date.now() - sentAt;
        break;
      }
      await new Promise((ok) => setTimeout(ok, 10));
    }
    const r = await run.done;
    const exitMs = Date.now() - sentAt;
    console.log(`[measure] SIGINT with a probe in flight: traffic back on blue after ${backOnBlueMs} ms, process exited after ${exitMs} ms`);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(out).toMatchObject({ conclusion: "rolled-back", weight: "0", reason: "the job was cancelled" });
    expect(Number(out["time-to-rollback-ms"])).toBeLessThan(1000);
    expect(backOnBlueMs).toBeGreaterThanOrEqual(0);
    expect(backOnBlueMs).toBeLessThan(1000);
    expect(exitMs).toBeLessThan(3000);
    expect(await rig.weight("blue")).toBe(100);
  }, 60_000);
});
