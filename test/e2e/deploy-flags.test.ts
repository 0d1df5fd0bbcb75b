/**
 * The built CLI and post step with `provider: unleash` against a real unleash-server on a real
 * PostgreSQL (test/helpers/unleash.ts), with the app behind the flag on 127.0.0.1.
 */
import type { ChildProcess } from "node:child_process";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FlagApp, startFlagApp } from "../integration/deploy/flag-app.js";
import { parseWorkflowCommands, ROOT, runCli } from "../helpers/runner.js";
import { startUnleash, type UnleashServer } from "../helpers/unleash.js";

let unleash: UnleashServer;
let app: FlagApp | undefined;
beforeAll(async () => {
  unleash = await startUnleash();
}, 180_000);
afterAll(async () => {
  await unleash?.stop();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

let n = 0;
async function newFlag(): Promise<string> {
  const name = `e2e-checkout-${++n}`;
  await unleash.createFlag(name);
  return name;
}
const rolloutOf = (s: Awaited<ReturnType<UnleashServer["flagIn"]>>) => s.strategies.find((x) => x.name === "flexibleRollout")?.parameters?.rollout;
const secretPart = () => unleash.adminToken.slice(4);

/** The documented command, with shorter stages; the token from UNLEASH_TOKEN when `tokenFromEnv`. */
const cliArgs = (flag: string, probeUrl: string, stages: string, tokenFromEnv = false) => [
  "deploy",
  "--provider",
  "unleash",
  "--unleash-url",
  unleash.url,
  ...(tokenFromEnv ? [] : ["--unleash-token", unleash.adminToken]),
  "--flag",
  flag,
  "--unleash-environment",
  "production",
  "--stages",
  stages,
  "--check-interval",
  "1s",
  "--probe-url",
  probeUrl,
  "--json",
];

describe("shipline deploy (dist/cli) --provider unleash against a real unleash-server", () => {
  it("promotes a healthy canary: the flag is on at rollout 100 and the JSON has the usual outputs", async () => {
    const flag = await newFlag();
    app = await startFlagApp(() => false, false);
    const r = await runCli(cliArgs(flag, app.url, "10%:8s,50%:8s,100%"), { timeoutMs: 80_000 });
    expect(r.stderr).not.toContain(secretPart());
    expect(r.stdout).not.toContain(secretPart());
    expect(r.json, r.json?.reason).toMatchObject({ conclusion: "promoted", stage: "3", weight: "100", "time-to-rollback-ms": "" });
    expect(r.exitCode).toBe(0);
    const s = await unleash.flagIn(flag, "production");
    expect(s.enabled).toBe(true);
    expect(rolloutOf(s)).toBe("100");
  }, 100_000);

  it("turns the flag off before exiting when SIGINT arrives mid-bake, and exits 1 (the token from UNLEASH_TOKEN)", async () => {
    const flag = await newFlag();
    app = await startFlagApp(() => false, false);
    let child: ChildProcess | undefined;
    // The token from the environment, so it is not in the process list.
    const running = runCli(cliArgs(flag, app.url, "50%:30s,100%", true), {
      timeoutMs: 45_000,
      env: { UNLEASH_TOKEN: unleash.adminToken },
      onStart: (c) => (child = c),
    });
    const deadline = Date.now() + 20_000;
    const on = async () => {
      const s = await unleash.flagIn(flag, "production");
      return s.enabled && rolloutOf(s) === "50";
    };
    while (!(await on()) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    if (!(await on())) {
      child?.kill("SIGKILL");
      throw new Error(`the flag never reached 50%: ${(await running).stderr}`);
    }
    const sentAt = Date.now();
    child?.kill("SIGINT");
    const r = await running;
    const exitedAfterMs = Date.now() - sentAt;
    expect(r.exitCode).toBe(1);
    expect(r.json).toMatchObject({ conclusion: "rolled-back", weight: "0" });
    expect(r.json?.reason).toMatch(/cancelled/);
    const s = await unleash.flagIn(flag, "production");
    expect(s.enabled).toBe(false);
    expect(rolloutOf(s)).toBe("0");
    console.log(`[measure] SIGINT to exit with the Unleash flag off: ${exitedAfterMs} ms`);
    expect(exitedAfterMs).toBeLessThan(3000);
  }, 60_000);
});

describe("dist/deploy-post (the post: step) with provider unleash", () => {
  it("switches the flag off when the main step died mid-rollout, and masks the token", async () => {
    const flag = await newFlag();
    await unleash.admin("POST", `/api/admin/projects/default/features/${flag}/environments/production/strategies`, {
      name: "flexibleRollout",
      parameters: { rollout: "50", stickiness: "default", groupId: flag },
    });
    await unleash.admin("POST", `/api/admin/projects/default/features/${flag}/environments/production/on`);
    const r = spawnSync(process.execPath, [join(ROOT, "dist/deploy-post/index.js")], {
      env: {
        PATH: process.env.PATH ?? "",
        INPUT_PROVIDER: "unleash",
        "INPUT_UNLEASH-URL": unleash.url,
        "INPUT_UNLEASH-TOKEN": unleash.adminToken,
        "INPUT_UNLEASH-PROJECT": "default",
        "INPUT_UNLEASH-ENVIRONMENT": "production",
        INPUT_FLAG: flag,
        "INPUT_FLAGD-ON-VARIANT": "on",
        "INPUT_FLAGD-OFF-VARIANT": "off",
        STATE_rollout: JSON.stringify({ rolloutId: "production/1", environment: "production" }),
      },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("::warning::The deploy step ended without finishing rollout production/1: switching the flag off.");
    expect(parseWorkflowCommands(r.stdout).masked).toContain(unleash.adminToken);
    // Masked before the step writes anything else, so no earlier line (a warning, an error) can hold it.
    expect(r.stdout.split("\n")[0]).toBe(`::add-mask::${unleash.adminToken}`);
    expect(r.stdout.replace(`::add-mask::${unleash.adminToken}`, "")).not.toContain(secretPart());
    const s = await unleash.flagIn(flag, "production");
    expect(s.enabled).toBe(false);
    expect(rolloutOf(s)).toBe("0");
  }, 30_000);
});
