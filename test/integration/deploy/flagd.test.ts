import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FlagdCore } from "@openfeature/flagd-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { computeFlagdShare, FlagdFileStore, FlagdProvider, renderFlagdDocument } from "../../../src/deploy/providers/flagd.js";
import type { ShiplineError } from "../../../src/kernel/errors.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { type FlagApp, startFlagApp } from "./flag-app.js";
import { deploy } from "./run-deploy.js";

const FLAG = "new-checkout";
const V = { on: "on", off: "off" };

/** How flagd itself evaluates the boolean `flag` for each key, with @openfeature/flagd-core. */
function evaluate(text: string, keys: string[], flag = FLAG): Map<string, unknown> {
  const core = new FlagdCore();
  core.setConfigurations(text);
  return new Map(keys.map((k) => [k, core.resolveBooleanEvaluation(flag, false, { targetingKey: k }).value]));
}
const KEYS = Array.from({ length: 20_000 }, (_, i) => `user-${i}`);
const share = (m: Map<string, unknown>) => [...m.values()].filter((v) => v === true).length / m.size;

let dir: string;
let app: FlagApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const tmp = () => (dir = mkdtempSync(join(tmpdir(), "shipline-flagd-")));

describe("the flagd flag file Shipline writes, as flagd evaluates it", () => {
  it.each([1, 10, 25, 50, 90])("serves the on variant to %i%% of 20000 targeting keys (within 1.5 points)", (w) => {
    const text = renderFlagdDocument(undefined, FLAG, w, V);
    expect(Math.abs(share(evaluate(text, KEYS)) - w / 100)).toBeLessThan(0.015);
    expect(computeFlagdShare(text, FLAG, V)).toBe(w);
  });

  it("keeps every user who had the new variant at 10% when the share grows to 50%, and serves no one after a rollback", () => {
    const at10 = evaluate(renderFlagdDocument(undefined, FLAG, 10, V), KEYS);
    const at50 = evaluate(renderFlagdDocument(renderFlagdDocument(undefined, FLAG, 10, V), FLAG, 50, V), KEYS);
    const lost = KEYS.filter((k) => at10.get(k) === true && at50.get(k) !== true);
    expect(lost).toEqual([]);
    const rolledBack = renderFlagdDocument(renderFlagdDocument(undefined, FLAG, 50, V), FLAG, 0, V);
    expect(share(evaluate(rolledBack, KEYS))).toBe(0);
    expect(computeFlagdShare(rolledBack, FLAG, V)).toBe(0);
    const promoted = renderFlagdDocument(rolledBack, FLAG, 100, V);
    expect(share(evaluate(promoted, KEYS))).toBe(1);
    expect(JSON.parse(promoted).flags[FLAG]).toEqual({ state: "ENABLED", variants: { on: true, off: false }, defaultVariant: "on" });
  });

  it("keeps the file's other flags and keys, and moves the flag's own string variants named by flagd-on-variant and flagd-off-variant", () => {
    const existing = JSON.stringify({
      $schema: "https://flagd.dev/schema/v0/flags.json",
      metadata: { team: "payments" },
      flags: {
        "dark-mode": { state: "ENABLED", variants: { yes: true, no: false }, defaultVariant: "no" },
        [FLAG]: { state: "DISABLED", variants: { v2: "checkout-v2", v1: "checkout-v1" }, defaultVariant: "v1", metadata: { owner: "pay" } },
      },
    });
    const variants = { on: "v2", off: "v1" };
    expect(computeFlagdShare(existing, FLAG, variants)).toBe(0);
    const text = renderFlagdDocument(existing, FLAG, 25, variants);
    const doc = JSON.parse(text);
    expect(doc.metadata).toEqual({ team: "payments" });
    expect(doc.flags["dark-mode"]).toEqual({ state: "ENABLED", variants: { yes: true, no: false }, defaultVariant: "no" });
    expect(doc.flags[FLAG].metadata).toEqual({ owner: "pay" });
    const core = new FlagdCore();
    core.setConfigurations(text);
    const got = KEYS.map((k) => core.resolveStringEvaluation(FLAG, "none", { targetingKey: k }).value);
    expect(Math.abs(got.filter((v) => v === "checkout-v2").length / KEYS.length - 0.25)).toBeLessThan(0.015);
    expect(got.every((v) => v === "checkout-v2" || v === "checkout-v1")).toBe(true);
    expect(computeFlagdShare(text, FLAG, variants)).toBe(25);
  });

  it("refuses a file that is not flagd JSON, or a flag without the named variants, naming the file and what to set", () => {
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as ShiplineError;
      }
      throw new Error("no error");
    };
    const notJson = bad(() => renderFlagdDocument("{ flags: ", FLAG, 10, V, "flags/prod.json"));
    expect(notJson.code).toBe("config-invalid");
    expect(notJson.message).toMatch(/flags\/prod\.json is not valid JSON/);
    const noVariant = bad(() =>
      renderFlagdDocument(JSON.stringify({ flags: { [FLAG]: { state: "ENABLED", variants: { a: 1, b: 2 }, defaultVariant: "a" } } }), FLAG, 10, V, "f.json"),
    );
    expect(noVariant.message).toMatch(/no variant "on" or "off" in flag "new-checkout" \(it has "a", "b"\); set "flagd-on-variant" and "flagd-off-variant"/);
    expect(bad(() => renderFlagdDocument('{"flags": []}', FLAG, 10, V, "f.json")).message).toMatch(/"flags" that is not an object/);
  });
});

describe("FlagdProvider on a file", () => {
  it("replaces the file atomically, reads it back, and stops when something else changed the split", async () => {
    const file = join(tmp(), "flags.json");
    const p = new FlagdProvider({ flag: FLAG, variants: V, store: new FlagdFileStore(file), version: "2.0.0" });
    expect(await p.read()).toBe(0);
    await p.apply(10, 1);
    expect(await p.read()).toBe(10);
    expect(readdirSync(dir)).toEqual(["flags.json"]); // no temp file left behind
    // Someone edits the flag by hand to a split Shipline did not write: the next move fails loudly.
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.flags[FLAG].targeting = { if: [{ "==": [{ var: "email" }, "a@b.c"] }, "on", "off"] };
    writeFileSync(file, JSON.stringify(doc));
    expect(await p.read()).toBeUndefined();
    await p.rollback();
    expect(await p.read()).toBe(0);
    expect(share(evaluate(readFileSync(file, "utf8"), KEYS.slice(0, 1000)))).toBe(0);
  });

  it("fails naming the file when its directory does not exist", async () => {
    const p = new FlagdProvider({ flag: FLAG, variants: V, store: new FlagdFileStore(join(tmp(), "missing", "flags.json")) });
    const e = (await p.apply(10, 1).catch((x: unknown) => x)) as ShiplineError;
    expect(e.message).toMatch(/^Cannot write the flagd file .*missing\/flags\.json: its directory does not exist\.$/);
    expect(e.hint).toMatch(/"flagd-file"/);
  });
});

/** The app reads the flag file on every request and asks flagd-core, as an OpenFeature in-process provider would. */
function appReading(file: string) {
  return (user: string) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return false;
    }
    const core = new FlagdCore();
    core.setConfigurations(text);
    return core.resolveBooleanEvaluation(FLAG, false, { targetingKey: user }).value;
  };
}

const rollout = (file: string, url: string, extra: Record<string, string> = {}) => ({
  provider: "flagd",
  flag: FLAG,
  "flagd-file": file,
  stages: "10%:1s,50%:1s,100%",
  "check-interval": "300ms",
  "probe-url": url,
  "min-requests": "20",
  version: "2.0.0",
  ...extra,
});

describe("shipline deploy --provider flagd", () => {
  it("promotes a healthy canary: the flag ends on for every user", async () => {
    const file = join(tmp(), "flags.json");
    app = await startFlagApp(appReading(file), false);
    const r = await deploy(rollout(file, app.url));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Stage 3\/3: 100%/);
    expect(r.outputs).toMatchObject({ conclusion: "promoted", weight: "100", stage: "3" });
    expect(app.served.on).toBeGreaterThan(0);
    expect(share(evaluate(readFileSync(file, "utf8"), KEYS.slice(0, 2000)))).toBe(1);
  });

  it("rolls back a canary whose new code path fails: the flag ends off for every user", async () => {
    const file = join(tmp(), "flags.json");
    app = await startFlagApp(appReading(file), true);
    const r = await deploy(rollout(file, app.url));
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ conclusion: "rolled-back", weight: "0", stage: "1" });
    expect(Number(r.outputs["time-to-rollback-ms"])).toBeGreaterThanOrEqual(0);
    expect(Number(r.outputs["time-to-rollback-ms"])).toBeLessThan(5000);
    expect(share(evaluate(readFileSync(file, "utf8"), KEYS.slice(0, 2000)))).toBe(0);
    expect(r.stderr).toMatch(/Rollout rolled-back/);
  });

  it("refuses a flag name that is not a plain key, before touching anything", async () => {
    const file = join(tmp(), "flags.json");
    const r = await deploy(rollout(file, "http://127.0.0.1:9/", { flag: "a/../b?x=1" }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "flag" must be a flag name of letters, digits and _ \. : ~ - \(at most 100\); got "a\/\.\.\/b\?x=1"/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("names every missing flag input in one message with exit 2, in a dry run too", async () => {
    const r = await deploy({ provider: "flagd", "probe-url": "http://127.0.0.1:9/", "flagd-off-variant": "on", "dry-run": "true" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "flag" is required with provider: flagd/);
    expect(r.stderr).toMatch(/Input "flagd-file" is required with provider: flagd/);
    expect(r.stderr).toMatch(/Input "flagd-off-variant" must differ from flagd-on-variant/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("shipline deploy --provider flagd --flagd-branch (the Contents API)", () => {
  let gh: GitHubUnderTest;
  beforeAll(async () => {
    gh = await startGitHub();
  }, 60_000);
  afterAll(async () => {
    await gh?.close();
  });

  it("commits each move of the flag file to the branch, keeping the file's other flags, and ends on for everyone", async () => {
    const key = `main:deploy/flags.json`;
    const seed = JSON.stringify({ flags: { "dark-mode": { state: "ENABLED", variants: { on: true, off: false }, defaultVariant: "off" } } });
    gh.state.contents.set(key, { content: Buffer.from(seed), sha: "1".repeat(40) });
    const committed = () => gh.state.contents.get(key)?.content.toString("utf8") ?? "";
    app = await startFlagApp((user) => {
      const core = new FlagdCore();
      core.setConfigurations(committed());
      return core.resolveBooleanEvaluation(FLAG, false, { targetingKey: user }).value;
    }, false);
    const r = await deploy(rollout("deploy/flags.json", app.url, { "flagd-branch": "main", stages: "10%:1s,100%" }), {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
      SHIPLINE_GITHUB_TIME_SCALE: "0.01",
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ conclusion: "promoted" });
    const moves = gh.state.contentCommits.filter((c) => c.path === "deploy/flags.json").map((c) => c.message);
    expect(moves).toEqual(["chore(flags): flag new-checkout on for 10% (2.0.0, stage 1)", "chore(flags): flag new-checkout on for 100% (2.0.0, stage 2)"]);
    const doc = JSON.parse(committed());
    expect(doc.flags["dark-mode"].defaultVariant).toBe("off");
    expect(share(evaluate(committed(), KEYS.slice(0, 2000)))).toBe(1);
  }, 60_000);

  it("asks for github-token when there is none", async () => {
    const r = await deploy(rollout("deploy/flags.json", "http://127.0.0.1:9/", { "flagd-branch": "main" }), { GITHUB_REPOSITORY: "o/r" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "github-token" is required with flagd-branch/);
  });
});
