import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/runner.js";
import { type Rig, startRig } from "../integration/deploy/haproxy-rig.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** The documented flags-only HAProxy canary, with 10 s stages instead of 20 s to stay quick. */
const cliArgs = (r: Rig, stages = "10%:10s,50%:10s,100%") => [
  "deploy",
  "--provider",
  "haproxy",
  "--haproxy-socket",
  r.socket,
  "--backend",
  "app",
  "--stable",
  "blue",
  "--canary",
  "green",
  "--stages",
  stages,
  "--check-interval",
  "2s",
  "--probe-url",
  r.url,
  "--json",
];

describe("shipline deploy (dist/cli) with flags alone against a real HAProxy", () => {
  it("promotes a healthy green with the default thresholds and prints the outputs as JSON", async () => {
    rig = await startRig();
    const r = await runCli(cliArgs(rig), { timeoutMs: 60_000 });
    expect(r.exitCode).toBe(0);
    expect(r.json).toMatchObject({ conclusion: "promoted", stage: "3", weight: "100" });
    expect(await rig.weight("green")).toBe(100);
  }, 70_000);

  it("rolls back before exiting when SIGINT arrives mid-bake, and exits 1", async () => {
    rig = await startRig();
    const r0 = rig;
    let child: ChildProcess | undefined;
    const running = runCli(cliArgs(rig, "50%:30s,100%"), { timeoutMs: 40_000, onStart: (c) => (child = c) });
    const deadline = Date.now() + 20_000;
    while ((await r0.weight("green")) !== 50 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    if ((await r0.weight("green")) !== 50) {
      child?.kill("SIGKILL");
      const failed = await running;
      throw new Error(`green never reached 50%: ${failed.stderr}`);
    }
    const sentAt = Date.now();
    child?.kill("SIGINT");
    const r = await running;
    const exitedAfterMs = Date.now() - sentAt;
    expect(r.exitCode).toBe(1);
    expect(r.json).toMatchObject({ conclusion: "rolled-back", weight: "0" });
    expect(r.json?.reason).toMatch(/cancelled/);
    expect(await r0.weight("green")).toBe(0);
    expect(await r0.weight("blue")).toBe(100);
    console.log(`[measure] SIGINT to exit with traffic back on blue: ${exitedAfterMs} ms`);
    expect(exitedAfterMs).toBeLessThan(3000);
  }, 60_000);
});
