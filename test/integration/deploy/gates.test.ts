/**
 * The gates against a real HAProxy with real blue and green services: the per-server counters set
 * green against blue, per-gate thresholds from a plan file, a breach that starts mid-bake (with the
 * exposure measured), and a router changed behind the rollout's back.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { haproxyCommand } from "../../../src/deploy/providers/haproxy.js";
import { type Rig, startRig } from "./haproxy-rig.js";
import { deploy } from "./run-deploy.js";

let rig: Rig | undefined;
let users: { stop(): Promise<number> } | undefined;
afterEach(async () => {
  await users?.stop();
  users = undefined;
  await rig?.close();
  rig = undefined;
});

/** Background users: a request every ~5 ms through HAProxy until stopped (bounded to 60 s). */
function startUsers(url: string): { stop(): Promise<number> } {
  let on = true;
  let sent = 0;
  const until = Date.now() + 60_000;
  const loop = (async () => {
    while (on && Date.now() < until) {
      await fetch(url).then(
        (x) => x.arrayBuffer(),
        () => undefined,
      );
      sent++;
      await new Promise((ok) => setTimeout(ok, 5));
    }
  })();
  return {
    async stop() {
      on = false;
      await loop;
      return sent;
    },
  };
}

const flags = (r: Rig, extra: Record<string, string> = {}) => ({
  provider: "haproxy",
  "haproxy-socket": r.socket,
  backend: "app",
  stable: "blue",
  canary: "green",
  stages: "50%:3s,100%",
  "check-interval": "500ms",
  "probe-url": r.url,
  "probe-requests": "10",
  "min-requests": "20",
  version: "2.0.0",
  ...extra,
});

describe("the haproxy-stats gate sets green's own counters against blue's", () => {
  it("rolls back green with 5 % errors on its counters alone (no probe), naming both rates", async () => {
    rig = await startRig();
    rig.green.errorRate = 0.05;
    users = startUsers(rig.url);
    const r = await deploy(flags(rig, { "probe-url": "" }));
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(
      /haproxy green saw \d+ errors? in \d+ requests? \([\d.]+%\), while stable saw 0 errors in \d+ requests \(0%\); the 95% lower bound [\d.]+% is above the 0\.1% limit/,
    );
    expect(await rig.weight("green")).toBe(0);
  }, 30_000);

  it("does not blame green when blue fails as much, and never promotes on it", async () => {
    rig = await startRig();
    rig.green.errorRate = 0.05;
    rig.blue.errorRate = 0.05;
    users = startUsers(rig.url);
    const r = await deploy(flags(rig, { "probe-url": "", stages: "50%:10s,100%", "check-interval": "300ms" }));
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/3 checks in a row gave no usable verdict \(haproxy green: .*stable fails as much/);
    expect(await rig.weight("green")).toBe(0);
  }, 30_000);

  it("promotes a healthy green on its counters alone", async () => {
    rig = await startRig();
    users = startUsers(rig.url);
    const r = await deploy(flags(rig, { "probe-url": "", stages: "50%:1s,100%" }));
    expect(r.outputs.reason).toMatch(/all 2 stages passed/);
    expect(r.summary).toMatch(/haproxy green \| ✅ pass \| canary 0 errors in \d+ requests \\\(0%\\\)/);
  }, 30_000);
});

describe("per-gate thresholds from the plan file", () => {
  it("rolls back on the http gate's own p95 bound while the global one would pass", async () => {
    rig = await startRig();
    rig.green.delayMs = 150;
    const dir = rig.dir;
    writeFileSync(join(dir, "plan.yml"), "stages: '100%:3s'\ncheck-interval: 500ms\nthresholds:\n  p95-max: 2s\ngates:\n  http: { p95-max: 100ms }\n");
    const r = await deploy(flags(rig, { config: "plan.yml", "haproxy-stats": "false" }), {}, dir);
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/http probe failed \(.*p95 above 100 ms\)/);
  }, 30_000);

  it("checks the probe's status and body from the plan file, and the same settings pass a matching answer", async () => {
    rig = await startRig();
    const dir = rig.dir;
    writeFileSync(join(dir, "bad.yml"), "stages: '50%:2s, 100%'\ncheck-interval: 300ms\ngates:\n  http: { status: 200, body-match: 'hello from blue' }\n");
    const bad = await deploy(flags(rig, { config: "bad.yml", "haproxy-stats": "false" }), {}, dir);
    expect(bad.outputs.conclusion).toBe("rolled-back");
    expect(bad.outputs.reason).toMatch(/http probe saw \d+ errors in \d+ requests \([\d.]+%\); the 95% lower bound [\d.]+% is above the 0\.1% limit/);
    writeFileSync(join(dir, "good.yml"), "stages: '50%:1s, 100%'\ncheck-interval: 300ms\ngates:\n  http: { status: 200, body-match: 'hello from' }\n");
    const good = await deploy(flags(rig, { config: "good.yml", "haproxy-stats": "false" }), {}, dir);
    expect(good.outputs.conclusion).toBe("promoted");
  }, 30_000);

  it("applies probe-status and probe-body-match given as inputs", async () => {
    rig = await startRig();
    const r = await deploy(flags(rig, { "probe-status": "201", "haproxy-stats": "false" }));
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/http probe saw (\d+) errors in \1 requests \(100%\); the 95% lower bound [\d.]+% is above the 0\.1% limit/);
  }, 30_000);
});

describe("a breach that starts mid-bake", () => {
  it("rolls back within one check interval + 2 s of green turning bad, and counts the requests green got after that", async () => {
    rig = await startRig();
    const r0 = rig;
    users = startUsers(rig.url);
    let brokeAt = 0;
    // Green turns bad 1.5 s into the 50 % stage (after the first healthy checks).
    const breaker = (async () => {
      const deadline = Date.now() + 20_000;
      while ((await r0.weight("green")) !== 50 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 20));
      await new Promise((ok) => setTimeout(ok, 1500));
      brokeAt = Date.now();
      r0.green.errorRate = 0.05;
    })();
    const r = await deploy(flags(rig, { stages: "50%:15s,100%" }));
    await breaker;
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(await rig.weight("green")).toBe(0);
    const ttr = Number(r.outputs["time-to-rollback-ms"]);
    // The rollback finished at (end of the deploy call) - (summary etc.), bounded by: last hit on green.
    const greenHits = rig.green.hits.filter((t) => t >= brokeAt);
    const lastGreen = Math.max(...greenHits);
    const exposureMs = lastGreen - brokeAt;
    console.log(
      `[measure] breach mid-bake: detection-to-rollback ${ttr} ms; green turned bad to its last request ${exposureMs} ms; ${greenHits.length} request(s) reached the bad green after the breach (check interval 500 ms, ~200 req/s of users at 50 %)`,
    );
    expect(ttr).toBeLessThan(500 + 2000);
    expect(exposureMs).toBeLessThan(500 + 2000 + 1000);
    // After the rollback, no request reaches green.
    const before = rig.green.hits.length;
    for (let i = 0; i < 10; i++) await (await fetch(rig.url)).text();
    expect(rig.green.hits.length).toBe(before);
  }, 40_000);
});

describe("the router is the source of truth", () => {
  it("rolls back when something else changed the weights between two stages", async () => {
    rig = await startRig();
    const r0 = rig;
    const meddler = (async () => {
      const deadline = Date.now() + 20_000;
      while ((await r0.weight("green")) !== 20 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 20));
      await haproxyCommand(r0.socket, "set server app/green weight 70");
      await haproxyCommand(r0.socket, "set server app/blue weight 30");
    })();
    const r = await deploy(flags(rig, { stages: "20%:1s,50%:1s,100%", "haproxy-stats": "false" }));
    await meddler;
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/provider failed at stage 2: the router has 70% on green, not the 20% this rollout set/);
    expect(await rig.weight("green")).toBe(0);
  }, 30_000);
});
