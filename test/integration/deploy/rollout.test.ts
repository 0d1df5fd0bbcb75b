import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deployCommand } from "../../../src/deploy/command.js";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";
import { runCli } from "../../helpers/runner.js";
import { startRig } from "./rig.js";

afterAll(() => cleanupTempDirs());

async function deploy(flags: Record<string, string>) {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env: { PATH: process.env.PATH ?? "" },
    cwd: tempDir(),
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
  });
  const code = await executeCommand(deployCommand as never, rt);
  rt.flush();
  return { code, outputs: JSON.parse(out) as Record<string, string>, stderr: err.join(""), summary: rt.summaryText() };
}

const common = (socket: string, url: string) => ({
  provider: "haproxy",
  "haproxy-socket": socket,
  backend: "app",
  stable: "blue",
  canary: "green",
  stages: "10%:2s,50%:2s,100%",
  "check-interval": "500ms",
  "probe-url": url,
  "probe-requests": "10",
  "min-requests": "20",
});

describe("deploy through a real HAProxy", () => {
  it("promotes a healthy green to 100 %", async () => {
    const rig = await startRig();
    const traffic = rig.startTraffic(200);
    try {
      const r = await deploy(common(rig.socket, rig.url));
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ conclusion: "promoted", stage: "3", weight: "100" });
      expect(await rig.greenWeight()).toBe(100);
      expect(rig.green.hits).toBeGreaterThan(50);
      expect(r.summary).toContain("## ✅ Promoted");
    } finally {
      await traffic.stop();
      await rig.close();
    }
  });

  it("rolls green back to 0 % within one check interval + 2 s of the first failed check when it returns 5 % errors", async () => {
    const rig = await startRig({ errorRate: 0.05 });
    const traffic = rig.startTraffic(200);
    try {
      const r = await deploy(common(rig.socket, rig.url));
      expect(r.code).toBe(1);
      expect(r.outputs.conclusion).toBe("rolled-back");
      expect(r.outputs.reason).toMatch(/saw \d+ errors? in \d+ requests/);
      expect(await rig.greenWeight()).toBe(0);
      const ttr = Number(r.outputs["time-to-rollback-ms"]);
      expect(ttr).toBeGreaterThanOrEqual(0);
      expect(ttr).toBeLessThan(500 + 2000);
      const greenBefore = rig.green.hits;
      await new Promise((res) => setTimeout(res, 500));
      expect(rig.green.hits - greenBefore).toBe(0);
    } finally {
      await traffic.stop();
      await rig.close();
    }
  });

  it("rolls back a slow green on the p95 gate", async () => {
    const rig = await startRig({ delayMs: 700 });
    try {
      const r = await deploy({ ...common(rig.socket, rig.url), "haproxy-stats": "false", stages: "50%:2s,100%", "probe-requests": "20" });
      expect(r.outputs).toMatchObject({ conclusion: "rolled-back" });
      expect(r.outputs.reason).toContain("p95 above 500 ms");
      expect(await rig.greenWeight()).toBe(0);
    } finally {
      await rig.close();
    }
  });

  // The runner cancels with SIGINT; a runner shutting down or a lost terminal sends SIGTERM or SIGHUP.
  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("rolls back when %s arrives mid-bake, before the process exits", async (signal) => {
    const rig = await startRig();
    try {
      const r = await runCli(
        ["deploy", ...Object.entries({ ...common(rig.socket, rig.url), stages: "10%:30s,100%" }).flatMap(([k, v]) => [`--${k}`, v]), "--json"],
        {
          onStart: (child) => setTimeout(() => child.kill(signal), 1500),
          timeoutMs: 20_000,
        },
      );
      expect(r.exitCode).toBe(1);
      expect(r.json?.conclusion).toBe("rolled-back");
      expect(r.json?.reason).toBe("the job was cancelled");
      expect(await rig.greenWeight()).toBe(0);
    } finally {
      await rig.close();
    }
  });
});

describe("deploy with a command provider", () => {
  it("rolls back when the provider command fails", async () => {
    const dir = tempDir();
    const log = join(dir, "calls.log");
    appendFileSync(log, "");
    const script = `echo "$SHIPLINE_ACTION $SHIPLINE_WEIGHT $SHIPLINE_VERSION" >> ${log}; if [ "$SHIPLINE_ACTION" = apply ] && [ "$SHIPLINE_WEIGHT" = 50 ]; then echo "lb refused" >&2; exit 1; fi`;
    const r = await deploy({
      provider: "command",
      "provider-command": script,
      stages: "10%:1s,50%:1s,100%",
      "check-interval": "300ms",
      "probe-url": "",
      "haproxy-stats": "false",
      version: "2.0.0",
      "min-requests": "0",
    }).catch((e) => e);
    // No gate at all is refused up front: a rollout needs evidence.
    expect(r.code).toBe(2);
    const rig = await startRig();
    try {
      const r2 = await deploy({
        provider: "command",
        "provider-command": script,
        stages: "10%:1s,50%:1s,100%",
        "check-interval": "300ms",
        "probe-url": rig.url,
        version: "2.0.0",
        "min-requests": "0",
      });
      expect(r2.outputs.conclusion).toBe("rolled-back");
      expect(r2.outputs.reason).toContain("the provider failed at stage 2");
      expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["apply 10 2.0.0", "apply 50 2.0.0", "rollback 0 2.0.0"]);
    } finally {
      await rig.close();
    }
  });
});

describe("deploy refuses bad input and frozen windows", () => {
  it.each([
    [{ stages: "10%:5m,5%:1m,100%" }, 'Input "stages" is wrong: stage 2 "5%:1m" does not raise the weight above 10%'],
    [{ stages: "10%:5m,50%" }, "the last stage must be 100%"],
    [{ "check-interval": "soon" }, 'Input "check-interval" must be a duration'],
    [{ provider: "haproxy", "haproxy-socket": "" }, 'Input "haproxy-socket" is required with provider: haproxy'],
    [{ freeze: "someday" }, 'Input "freeze" is wrong: "someday" is not a weekly freeze'],
  ])("rejects %j", async (flags, message) => {
    const r = await deploy({ "probe-url": "http://127.0.0.1:9/", "haproxy-socket": "/nonexistent.sock", ...flags });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("names every problem with the stages, the provider, the gates and the time inputs in one message, in a dry run too", async () => {
    for (const dry of ["false", "true"]) {
      const r = await deploy({
        stages: "10%:5m,5%:1m,100%",
        provider: "nginx",
        "loadtest-rate": "20",
        freeze: "someday",
        timezone: "Mars/Olympus",
        "pause-after": "abc",
        "dry-run": dry,
      });
      expect(r.code).toBe(2);
      for (const input of ["stages", "nginx-upstream-file", "loadtest-target", "freeze", "timezone", "pause-after"])
        expect(r.stderr, `${input} (dry-run ${dry})`).toContain(`Input "${input}"`);
    }
  });

  it("refuses to start inside a freeze and says when the window opens", async () => {
    const r = await deploy({ "probe-url": "http://127.0.0.1:9/", "haproxy-socket": "/x.sock", freeze: "mon 00:00 - sun 23:59" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Deployments are frozen now");
    expect(r.stderr).toMatch(/the window opens \w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(\d{4}-\d{2}-\d{2}T/);
  });

  it("prints the plan and the time it needs in a dry run, changing nothing", async () => {
    const r = await deploy({ "probe-url": "http://127.0.0.1:9/", "haproxy-socket": "/x.sock", "dry-run": "true", stages: "10%:3h,50%:3h,100%:1h" });
    expect(r.code).toBe(0);
    expect(r.summary).toContain("| 1 | 10% | 90% | 3h |");
    expect(r.summary).toContain("The plan needs 2 jobs under the 5h30m job budget: job 1 stage 1, job 2 stages 2–3.");
    expect(r.stderr).toContain("Stage 2/3: 50% to green, bake 3h, checks every 30s, needs 7200 samples (extended by up to 3h to gather them).");
    expect(r.outputs.conclusion).toBe("dry-run");
    // With --json the summary is not printed: the log states the time against the job limit.
    expect(r.stderr).toContain(
      "The plan bakes 7h in all (GitHub ends a job after 6h; job-budget 5h30m): 2 jobs, each after the first a run with mode: resume.",
    );
    const short = await deploy({
      "probe-url": "http://127.0.0.1:9/",
      "haproxy-socket": "/x.sock",
      "dry-run": "true",
      stages: "10%:5m,50%:10m,100%",
      "pause-after": "10%",
    });
    expect(short.stderr).toContain(
      "The plan bakes 15m in all (GitHub ends a job after 6h; job-budget 5h30m): one job, held for approval after 10% (mode: approve continues).",
    );
  });

  it("says it is a dry run, leads with the verdict, names version, environment, provider, gates and thresholds, and warns about a plan that cannot promote", async () => {
    const r = await deploy({
      "probe-url": "http://127.0.0.1:9/",
      "haproxy-socket": "/x.sock",
      "dry-run": "true",
      version: "2.0.0",
      environment: "staging",
      stages: "10%:2s,50%:30s,100%",
      "check-interval": "3s",
      "min-samples": "500",
    });
    expect(r.code).toBe(0);
    expect(r.outputs.conclusion).toBe("dry-run");
    expect(r.outputs.reason).toBe("dry run: nothing was changed; the plan cannot promote as written (3 problems)");
    const summary = r.summary;
    expect(summary.startsWith("## 🧪 Dry run: 2.0.0 to staging — nothing was changed\n\nThis plan cannot promote as written (3 problems below).")).toBe(true);
    expect(summary).toContain("> Stage 1 (10%) bakes 2s, shorter than its 3s check interval: its one check comes after the bake, 3s into the stage.");
    expect(summary).toContain(
      "> Stage 1 (10%) needs 500 samples, but its gates deliver at most about 80 (20 per check, 1 check in the bake and 3 more in the 9s extension)",
    );
    expect(summary).toMatch(
      /> Stage 2 \(50%\) needs 500 samples, but its gates deliver at most about 400 \(20 per check, 10 checks in the bake and 10 more in the 30s extension\)/,
    );
    expect(summary).toContain("| provider | haproxy runtime API at /x.sock \\(backend app: blue → green\\) |");
    expect(summary).toContain("| version | 2.0.0 |\n| environment | staging |");
    expect(summary).toContain(
      "| gates | http probe of http://127.0.0.1:9/: 20 requests per check, status below 500<br>haproxy-stats: green's own response counters against blue's |",
    );
    expect(summary).toMatch(/\| thresholds \| error rate ≤ 0\.1% .*p95 ≤ 500 ms \|/);
    // The verdict comes before the plan.
    expect(summary.indexOf("Dry run")).toBeLessThan(summary.indexOf("### Rollout plan"));
    expect(r.stderr).toMatch(/::warning::|Stage 1 \(10%\) bakes 2s, shorter than its 3s check interval/);
    // A plan that can promote says so, with the default min-samples stated per stage.
    const ok = await deploy({
      "probe-url": "http://127.0.0.1:9/",
      "haproxy-socket": "/x.sock",
      "dry-run": "true",
      stages: "10%:20s,50%:20s,100%",
      "check-interval": "2s",
    });
    expect(ok.outputs.reason).toBe("dry run: nothing was changed");
    expect(ok.summary).toContain("A real run would follow this plan.");
    expect(ok.summary).toContain("| 1 | 10% | 20s | 2s | 200 | 200 | up to 20s |");
  });
});
