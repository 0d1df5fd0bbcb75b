import { afterEach, describe, expect, it } from "vitest";
import { type Rig, startRig } from "./haproxy-rig.js";
import { deploy } from "./run-deploy.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const haproxyFlags = (r: Rig, extra: Record<string, string> = {}) => ({
  provider: "haproxy",
  "haproxy-socket": r.socket,
  backend: "app",
  stable: "blue",
  canary: "green",
  stages: "20%:2s,50%:2s,100%",
  "check-interval": "500ms",
  "probe-url": r.url,
  "probe-requests": "20",
  version: "2.0.0",
  ...extra,
});

describe("deploy through a real HAProxy", () => {
  it("promotes a healthy green to 100% and leaves the router there", async () => {
    rig = await startRig();
    const r = await deploy(haproxyFlags(rig));
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(r.outputs.conclusion).toBe("promoted");
    expect(r.outputs.weight).toBe("100");
    expect(r.outputs.stage).toBe("3");
    expect(r.code).toBe(0);
    expect(await rig.weight("green")).toBe(100);
    expect(await rig.weight("blue")).toBe(0);
    expect(rig.green.hits.length).toBeGreaterThan(0);
    expect(r.summary).toContain("Promoted");
    expect(r.summary).toContain("| 1 | 20% |");
  }, 30_000);

  it.each([
    { fault: "returning 5 percent errors", breakGreen: (r: Rig) => (r.green.errorRate = 0.05) },
    { fault: "answering in 700 ms", breakGreen: (r: Rig) => (r.green.delayMs = 700) },
  ])(
    "rolls green back to zero within one check interval + 2 s when it starts $fault",
    async ({ fault: _name, breakGreen }) => {
      rig = await startRig();
      breakGreen(rig);
      // Background users: a request every ~5 ms through HAProxy while the rollout runs.
      let users = true;
      const r0 = rig;
      const background = (async () => {
        while (users) {
          await fetch(r0.url).then(
            (x) => x.arrayBuffer(),
            () => undefined,
          );
          await new Promise((ok) => setTimeout(ok, 5));
        }
      })();
      const r = await deploy(haproxyFlags(rig, { stages: "50%:10s,100%" }));
      const rolledBackAt = Date.now();
      users = false;
      await background;
      expect(r.outputs.conclusion).toBe("rolled-back");
      expect(r.code).toBe(1);
      expect(r.outputs.weight).toBe("0");
      expect(r.outputs.reason).toMatch(/stage 1 \(50%\)/);
      const ttr = Number(r.outputs["time-to-rollback-ms"]);
      expect(ttr).toBeGreaterThanOrEqual(0);
      expect(ttr).toBeLessThan(500 + 2000);
      expect(await rig.weight("green")).toBe(0);
      expect(await rig.weight("blue")).toBe(100);
      // Traffic is back on blue: new requests through the router reach blue only.
      const greenBefore = rig.green.hits.length;
      for (let i = 0; i < 10; i++) await (await fetch(rig.url)).text();
      expect(rig.green.hits.length).toBe(greenBefore);
      const afterBreach = rig.green.hits.filter((t) => t >= rolledBackAt - ttr).length;
      const afterRollback = rig.green.hits.filter((t) => t > rolledBackAt).length;
      console.log(
        `[measure] ${_name}: detection-to-rollback ${ttr} ms; ${afterBreach} request(s) reached green between the failed check and the rollback, ${afterRollback} after it; ${rig.green.hits.length} in all`,
      );
      expect(afterRollback).toBe(0);
      expect(r.summary).toContain("Rolled back");
    },
    30_000,
  );

  it("rolls back when the probe cannot reach anything and never counts errors as passes", async () => {
    rig = await startRig();
    const r = await deploy(haproxyFlags(rig, { "probe-url": "http://127.0.0.1:1/", "haproxy-stats": "false", stages: "50%:10s,100%" }));
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(await rig.weight("green")).toBe(0);
  }, 30_000);

  it("changes nothing on dry-run and renders the plan", async () => {
    rig = await startRig();
    const r = await deploy(haproxyFlags(rig, { "dry-run": "true", stages: "10%:5m,50%:10m,100%" }));
    expect(r.code).toBe(0);
    expect(r.outputs.conclusion).toBe("dry-run");
    expect(await rig.weight("green")).toBe(0);
    expect(r.summary).toContain("total bake 15m");
  }, 30_000);

  it("drives HAProxy's runtime API over TCP (host:port) just as over the Unix socket", async () => {
    rig = await startRig();
    const r = await deploy(haproxyFlags(rig, { "haproxy-socket": rig.tcpSocket, stages: "50%:1s,100%" }));
    expect(r.outputs.conclusion, r.stderr).toBe("promoted");
    expect(await rig.weight("green")).toBe(100);
    expect(r.summary).toMatch(/haproxy green \| ✅ pass/);
  }, 30_000);

  it("fails clearly when the HAProxy socket does not exist, naming it", async () => {
    const r = await deploy({
      provider: "haproxy",
      "haproxy-socket": "/nonexistent/admin.sock",
      stages: "50%:1s,100%",
      "check-interval": "200ms",
      "probe-url": "http://127.0.0.1:1/",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("/nonexistent/admin.sock");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);
});

describe("deploy with the command provider", () => {
  it("rolls back when the provider command fails and runs it with SHIPLINE_ACTION=rollback", async () => {
    rig = await startRig();
    const script = `echo "$SHIPLINE_ACTION $SHIPLINE_STAGE $SHIPLINE_WEIGHT $SHIPLINE_VERSION" >> ${rig.dir}/calls; if [ "$SHIPLINE_WEIGHT" = 50 ]; then echo "router said no" >&2; exit 3; fi`;
    const r = await deploy({
      provider: "command",
      "provider-command": script,
      stages: "10%:1s,50%:1s,100%",
      "check-interval": "300ms",
      "probe-url": rig.url,
      version: "2.0.0",
    });
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/provider failed at stage 2.*exit 3.*router said no/);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(`${rig.dir}/calls`, "utf8").trim().split("\n")).toEqual(["apply 1 10 2.0.0", "apply 2 50 2.0.0", "rollback 0 0 2.0.0"]);
  }, 30_000);
});

describe("the loadtest and command gates", () => {
  it("promotes on the load engine's traffic alone when green is healthy", async () => {
    rig = await startRig();
    const r = await deploy(
      haproxyFlags(rig, {
        "probe-url": "",
        "haproxy-stats": "false",
        "loadtest-target": rig.url,
        "loadtest-rate": "50",
        "loadtest-duration": "1s",
        stages: "50%:1s,100%",
      }),
    );
    expect(r.outputs.reason, r.stderr).toMatch(/all 2 stages passed/);
    expect(r.outputs.conclusion).toBe("promoted");
    expect(r.summary).toContain("loadtest");
    expect(rig.green.hits.length).toBeGreaterThan(20);
  }, 30_000);

  it("rolls back when the load run sees green's 5% errors", async () => {
    rig = await startRig();
    rig.green.errorRate = 0.05;
    const r = await deploy(
      haproxyFlags(rig, {
        "probe-url": "",
        "haproxy-stats": "false",
        "loadtest-target": rig.url,
        "loadtest-rate": "100",
        "loadtest-duration": "1s",
        stages: "50%:5s,100%",
      }),
    );
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/loadtest saw \d+ errors? in \d+ requests/);
    expect(await rig.weight("green")).toBe(0);
  }, 30_000);

  it("rolls back when the check command exits non-zero, showing its output", async () => {
    rig = await startRig();
    const r = await deploy(
      haproxyFlags(rig, {
        "probe-url": "",
        "haproxy-stats": "false",
        "check-command": "echo 'smoke test: login broken' >&2; exit 4",
        "min-requests": "0",
        stages: "50%:5s,100%",
      }),
    );
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/command failed \(exit 4: smoke test: login broken\)/);
    expect(await rig.weight("green")).toBe(0);
  }, 30_000);
});

describe("blue-green through a real HAProxy", () => {
  it("checks green directly at 0%, switches to 100% and keeps blue warm (weight 0, still up)", async () => {
    rig = await startRig();
    const r = await deploy(
      haproxyFlags(rig, {
        strategy: "blue-green",
        "preview-time": "1s",
        "bake-time": "1s",
        "preview-url": `http://127.0.0.1:${rig.green.port}/`,
        "min-requests": "20",
      }),
    );
    expect(r.outputs.conclusion).toBe("promoted");
    expect(await rig.weight("green")).toBe(100);
    expect(await rig.weight("blue")).toBe(0);
    expect((await fetch(`http://127.0.0.1:${rig.blue.port}/`)).status).toBe(200);
    expect(r.summary).toContain("| 1 | 0% |");
  }, 30_000);

  it("refuses blue-green without preview-url when no gate could see green at 0 %, changing nothing", async () => {
    rig = await startRig();
    const r = await deploy(haproxyFlags(rig, { strategy: "blue-green", "preview-time": "1s", "bake-time": "1s" }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "preview-url" is required for blue-green: .* would only reach blue/);
    expect(await rig.weight("green")).toBe(0);
    expect(await rig.weight("blue")).toBe(100);
  }, 30_000);

  it("never switches when green fails its preview checks", async () => {
    rig = await startRig();
    rig.green.errorRate = 0.05;
    const r = await deploy(
      haproxyFlags(rig, { strategy: "blue-green", "preview-time": "2s", "bake-time": "1s", "preview-url": `http://127.0.0.1:${rig.green.port}/` }),
    );
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.outputs.reason).toMatch(/stage 1 \(0%\)/);
    expect(await rig.weight("green")).toBe(0);
    expect(await rig.weight("blue")).toBe(100);
  }, 30_000);

  it("refuses a canary name carrying runtime API commands as an input error, before anything reaches HAProxy", async () => {
    rig = await startRig();
    for (const dry of ["false", "true"]) {
      const r = await deploy(haproxyFlags(rig, { canary: "green weight 0; disable server app/blue; shutdown sessions server app/blue", "dry-run": dry }));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Input "canary" must be an HAProxy server name: letters, digits and _ \. : - only/);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await rig.weight("blue")).toBe(100);
    expect(await rig.weight("green")).toBe(0);
    expect((await fetch(rig.url)).status).toBe(200);
  }, 30_000);

  it("checks the chosen provider's required inputs on a dry run too, all at once", async () => {
    const nginx = await deploy({ provider: "nginx", "probe-url": "http://127.0.0.1:9/", "dry-run": "true", canary: "127.0.0.1:8082;" });
    expect(nginx.code).toBe(2);
    expect(nginx.stderr).toMatch(/Input "nginx-upstream-file" is required with provider: nginx/);
    expect(nginx.stderr).toMatch(/Input "canary" must be a server address nginx accepts/);
    const all = await deploy({
      provider: "nginx",
      "dry-run": "true",
      "prometheus-url": "http://127.0.0.1:9/",
      "pause-after": "30%",
      stages: "10%:1m,100%",
    });
    expect(all.code).toBe(2);
    for (const input of ["nginx-upstream-file", "prometheus-query", "pause-after"]) expect(all.stderr).toContain(`Input "${input}"`);
    const http = await deploy({ provider: "http", "probe-url": "http://127.0.0.1:9/", "dry-run": "true" });
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(/Input "webhook-url" is required with provider: http/);
  }, 30_000);
});
