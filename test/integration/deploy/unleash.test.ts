/**
 * The unleash provider against a real unleash-server 8 on a real PostgreSQL, both on 127.0.0.1 and
 * started once for this file (test/helpers/unleash.ts). Each test uses its own flag.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TrafficProvider } from "../../../src/deploy/providers/provider.js";
import { UnleashProvider } from "../../../src/deploy/providers/unleash.js";
import type { ShiplineError } from "../../../src/kernel/errors.js";
import { freePort } from "../../helpers/postgres.js";
import { ROOT } from "../../helpers/runner.js";
import { startUnleash, type UnleashServer } from "../../helpers/unleash.js";
import { type FlagApp, startFlagApp } from "./flag-app.js";
import { deploy } from "./run-deploy.js";

let unleash: UnleashServer;
let app: FlagApp | undefined;
beforeAll(async () => {
  const t0 = Date.now();
  unleash = await startUnleash();
  console.log(`[measure] PostgreSQL + unleash-server ready in ${Date.now() - t0} ms`);
}, 180_000);
afterAll(async () => {
  await unleash?.stop();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

let proxies: Server[] = [];
afterEach(() => {
  for (const s of proxies) {
    s.closeAllConnections();
    s.close();
  }
  proxies = [];
});

/** A proxy in front of the real server on 127.0.0.1; `intercept` answers a request itself by returning true. */
async function proxy(intercept: (req: IncomingMessage, res: ServerResponse) => boolean): Promise<string> {
  const server = createServer((req, res) => {
    if (intercept(req, res)) return;
    const chunks: Buffer[] = [];
    req.on("data", (d: Buffer) => chunks.push(d));
    req.on("end", () => {
      fetch(`${unleash.url}${req.url}`, {
        method: req.method as string,
        headers: { authorization: String(req.headers.authorization), "content-type": "application/json" },
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      }).then(async (r) => res.writeHead(r.status, { "content-type": "application/json" }).end(await r.text()));
    });
  });
  proxies.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let n = 0;
async function newFlag(): Promise<string> {
  const name = `checkout-${++n}`;
  await unleash.createFlag(name);
  return name;
}
const provider = (flag: string, extra: Partial<ConstructorParameters<typeof UnleashProvider>[0]> = {}): TrafficProvider =>
  new UnleashProvider({ url: unleash.url, token: unleash.adminToken, environment: "production", flag, backoffMs: 10, ...extra });
const rollout = (s: Awaited<ReturnType<UnleashServer["flagIn"]>>) => s.strategies.find((x) => x.name === "flexibleRollout")?.parameters?.rollout;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => Promise.reject(new Error("expected a failure")),
    (e: unknown) => e as ShiplineError,
  );

describe("the unleash provider against a real unleash-server", () => {
  it("creates the flexibleRollout strategy, turns the flag on in that environment only, and reads each share back", async () => {
    const flag = await newFlag();
    const p = provider(flag);
    expect(await p.read()).toBe(0);
    await p.apply(10, 1);
    const at10 = await unleash.flagIn(flag, "production");
    expect(at10.enabled).toBe(true);
    expect(at10.strategies).toHaveLength(1);
    expect(at10.strategies[0]?.parameters).toEqual({ rollout: "10", stickiness: "default", groupId: flag });
    expect(await p.read()).toBe(10);
    await p.apply(50, 2);
    const at50 = await unleash.flagIn(flag, "production");
    expect(at50.strategies).toHaveLength(1); // the same strategy moved, not a second one
    expect(rollout(at50)).toBe("50");
    expect((await unleash.flagIn(flag, "development")).enabled).toBe(false);
    await p.apply(100, 3);
    expect(await unleash.flagIn(flag, "production")).toMatchObject({ enabled: true });
    expect(rollout(await unleash.flagIn(flag, "production"))).toBe("100");
  });

  it("rolls back with the kill switch: the flag off in the environment, its rollout at 0, other environments untouched", async () => {
    const flag = await newFlag();
    await unleash.admin("POST", `/api/admin/projects/default/features/${flag}/environments/development/on`);
    const p = provider(flag);
    await p.apply(50, 1);
    await p.rollback();
    const after = await unleash.flagIn(flag, "production");
    expect(after.enabled).toBe(false);
    expect(rollout(after)).toBe("0");
    expect(await p.read()).toBe(0);
    expect((await unleash.flagIn(flag, "development")).enabled).toBe(true);
  });

  it("drives the existing unconstrained flexibleRollout (keeping its stickiness) and warns about other strategies that expose the flag", async () => {
    const flag = await newFlag();
    const base = `/api/admin/projects/default/features/${flag}/environments/production/strategies`;
    await unleash.admin("POST", base, {
      name: "flexibleRollout",
      constraints: [{ contextName: "userId", operator: "IN", values: ["qa-1"] }],
      parameters: { rollout: "100", stickiness: "default", groupId: flag },
    });
    await unleash.admin("POST", base, { name: "flexibleRollout", disabled: true, parameters: { rollout: "5", stickiness: "sessionId", groupId: flag } });
    const warnings: string[] = [];
    const p = provider(flag, { log: (m) => warnings.push(m) });
    await p.apply(20, 1);
    const s = await unleash.flagIn(flag, "production");
    expect(s.strategies).toHaveLength(2);
    const driven = s.strategies.find((x) => x.parameters?.stickiness === "sessionId");
    expect(driven).toMatchObject({ disabled: false, parameters: { rollout: "20", stickiness: "sessionId", groupId: flag } });
    expect(s.strategies.find((x) => x !== driven)?.parameters?.rollout).toBe("100");
    expect(warnings).toEqual([expect.stringMatching(/other active strategy \(flexibleRollout\); users they match see the flag on/)]);
  });

  it("reads what another hand changed, so the rollout can notice it", async () => {
    const flag = await newFlag();
    const p = provider(flag);
    await p.apply(10, 1);
    const id = (await unleash.flagIn(flag, "production")).strategies[0] as unknown as { id: string };
    await unleash.admin("PATCH", `/api/admin/projects/default/features/${flag}/environments/production/strategies/${id.id}`, [
      { op: "replace", path: "/parameters/rollout", value: "30" },
    ]);
    expect(await p.read()).toBe(30);
    await unleash.admin("POST", `/api/admin/projects/default/features/${flag}/environments/production/off`);
    expect(await p.read()).toBe(0);
  });

  it("fails naming the flag, project and environment on a 404, and the token input on a 401 or 403, without the token", async () => {
    const flag = await newFlag();
    const missing = await failure(provider("no-such-flag").apply(10, 1));
    expect(missing.message).toMatch(/has no flag "no-such-flag" in project "default", environment "production" \(HTTP 404: There's no feature named/);
    expect(missing.hint).toMatch(/Check "flag", "unleash-project" and "unleash-environment"/);
    const env = await failure(provider(flag, { environment: "staging" }).apply(10, 1));
    expect(env.message).toMatch(/environment "staging" \(HTTP 404/);
    const wrong = "*:*.0123456789abcdef0123456789abcdef";
    const unauthorized = await failure(provider(flag, { token: wrong }).read());
    expect(unauthorized.message).toMatch(/refused the token in "unleash-token" \(HTTP 401\)/);
    expect(`${unauthorized.message} ${unauthorized.hint}`).not.toContain("0123456789abcdef");
    const forbidden = await failure(provider(flag, { token: unleash.backendToken }).apply(10, 1));
    expect(forbidden.message).toMatch(/for the token in "unleash-token" \(HTTP 40[13]/);
    expect(`${forbidden.message} ${forbidden.hint}`).not.toContain(unleash.backendToken);
    expect((await unleash.flagIn(flag, "production")).enabled).toBe(false);
  });

  it("retries a 503 (as a proxy in front of Unleash answers while it restarts) and reports another 4xx with Unleash's own message", async () => {
    const flag = await newFlag();
    let refusals = 1;
    let rejectPut = false;
    const p = provider(flag, {
      url: await proxy((req, res) => {
        if (refusals > 0) {
          refusals--;
          res.writeHead(503).end("unleash restarting");
          return true;
        }
        if (!rejectPut || req.method !== "PUT") return false;
        res
          .writeHead(400, { "content-type": "application/json" })
          .end(JSON.stringify({ name: "BadDataError", message: '"parameters.rollout" must be a number' }));
        return true;
      }),
    });
    await p.apply(10, 1);
    expect(refusals).toBe(0);
    expect(rollout(await unleash.flagIn(flag, "production"))).toBe("10");
    rejectPut = true;
    const e = await failure(p.apply(20, 2));
    expect(e.message).toMatch(
      /did not accept PUT .*\/strategies\/\S+ for flag "checkout-\d+" in project "default", environment "production" \(1 attempt\): HTTP 400: "parameters.rollout" must be a number\./,
    );
    expect(rollout(await unleash.flagIn(flag, "production"))).toBe("10");
  });

  it("fails a move, and a rollback, when Unleash answers 200 but reads back otherwise", async () => {
    const flag = await newFlag();
    let swallow = false;
    // A middlebox that acknowledges writes without passing them on: only the read-back can tell.
    const p = provider(flag, {
      url: await proxy((req, res) => {
        if (!swallow || req.method === "GET") return false;
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
        return true;
      }),
    });
    await p.apply(10, 1);
    swallow = true;
    const move = await failure(p.apply(20, 2));
    expect(move.message).toMatch(/Unleash reports flag "checkout-\d+" in project "default", environment "production" on at 10% after setting it on at 20%\./);
    const back = await failure(p.rollback());
    expect(back.message).toMatch(/Unleash still reports flag "checkout-\d+" in project "default", environment "production" on after turning it off\./);
    expect(back.hint).toMatch(/Turn the flag off by hand/);
  });

  it("fails naming unleash-url when nothing answers there", async () => {
    const port = await freePort();
    const e = await failure(provider("x", { url: `http://127.0.0.1:${port}/api/`, attempts: 2 }).read());
    expect(e.message).toMatch(
      new RegExp(
        `Unleash at http://127.0.0.1:${port} did not accept GET /api/admin/projects/default/features/x/environments/production.*\\(2 attempts\\): .*ECONNREFUSED`,
      ),
    );
    expect(e.hint).toMatch(/"unleash-url"/);
  });
});

/** The app behind the flag: user n sees the new path when the flag is on and n % 100 < rollout (read from Unleash, cached 100 ms). */
function appReading(flag: string) {
  let cached: { at: number; share: Promise<number> } | undefined;
  let n = 0;
  return async () => {
    if (!cached || Date.now() - cached.at > 100) {
      cached = {
        at: Date.now(),
        share: unleash.flagIn(flag, "production").then((s) => (s.enabled ? Number(rollout(s) ?? 0) : 0)),
      };
    }
    return n++ % 100 < (await cached.share);
  };
}

const cli = (flag: string, probeUrl: string, extra: Record<string, string> = {}) => ({
  provider: "unleash",
  "unleash-url": unleash.url,
  "unleash-token": unleash.adminToken,
  flag,
  "unleash-environment": "production",
  stages: "10%:1s,50%:1s,100%",
  "check-interval": "300ms",
  "probe-url": probeUrl,
  "min-requests": "20",
  ...extra,
});

describe("shipline deploy --provider unleash against a real unleash-server", () => {
  it("promotes a healthy canary: the flag ends on at rollout 100, and the token shows nowhere", async () => {
    const flag = await newFlag();
    app = await startFlagApp(appReading(flag), false);
    const r = await deploy(cli(flag, app.url));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ conclusion: "promoted", stage: "3", weight: "100" });
    const s = await unleash.flagIn(flag, "production");
    expect(s.enabled).toBe(true);
    expect(rollout(s)).toBe("100");
    expect(app.served.on).toBeGreaterThan(0);
    expect(`${JSON.stringify(r.outputs)} ${r.stderr} ${r.summary}`).not.toContain(unleash.adminToken.slice(4));
  });

  it("names the sides after the flag's state, not blue and green, in the log, the summary and the outputs", async () => {
    const flag = await newFlag();
    app = await startFlagApp(appReading(flag), false);
    const r = await deploy(cli(flag, app.url));
    expect(r.code).toBe(0);
    expect(r.outputs.reason).toBe("all 3 stages passed; flag on has 100% of the traffic");
    expect(r.stderr).toMatch(/Stage 1\/3: 10% to flag on, bake 1s\./);
    expect(r.summary).toContain("| stage | flag on (new) | flag off (stable) | bake |");
    expect(`${JSON.stringify(r.outputs)} ${r.stderr} ${r.summary}`).not.toMatch(/\b(green|blue)\b/);
    const failing = await newFlag();
    await app.close();
    app = await startFlagApp(appReading(failing), true);
    const back = await deploy(cli(failing, app.url));
    expect(back.outputs.conclusion).toBe("rolled-back");
    expect(back.summary).toMatch(/The flag was off for everyone \d+ms after the first failed check\./);
    expect(`${JSON.stringify(back.outputs)} ${back.stderr} ${back.summary}`).not.toMatch(/\b(green|blue)\b/);
  });

  it("rolls back a canary whose new code path fails: the flag ends off, at rollout 0, with time-to-rollback-ms", async () => {
    const flag = await newFlag();
    app = await startFlagApp(appReading(flag), true);
    const r = await deploy(cli(flag, app.url));
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ conclusion: "rolled-back", stage: "1", weight: "0" });
    const ttr = Number(r.outputs["time-to-rollback-ms"]);
    expect(ttr).toBeGreaterThanOrEqual(0);
    expect(ttr).toBeLessThan(5000);
    console.log(`[measure] unleash kill switch: time-to-rollback-ms ${ttr}`);
    const s = await unleash.flagIn(flag, "production");
    expect(s.enabled).toBe(false);
    expect(rollout(s)).toBe("0");
  });

  it("stops with exit 1 and the flag off when the flag does not exist, and masks the token in the message", async () => {
    const r = await deploy(cli("never-created", "http://127.0.0.1:9/", { "unleash-url": `${unleash.url}/` }));
    expect(r.code).toBe(1);
    expect(r.outputs.conclusion).toBe("failed");
    expect(r.stderr).toMatch(/no flag "never-created" in project "default", environment "production"/);
    expect(r.stderr).not.toContain(unleash.adminToken.slice(4));
  });

  it("accepts the inputs of examples/workflows/flag-rollout.yml in a dry run, changing nothing in Unleash", async () => {
    const wf = parse(readFileSync(join(ROOT, "examples/workflows/flag-rollout.yml"), "utf8")) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const step = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .find((st) => st.uses?.includes("shipline/deploy"));
    const flag = await newFlag();
    const values: Record<string, string> = {
      "inputs.flag": flag,
      "secrets.UNLEASH_ADMIN_TOKEN": unleash.adminToken,
      "secrets.SLACK_WEBHOOK_URL": "",
      "inputs.dry-run": "true",
    };
    const inputs = Object.fromEntries(
      Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, e: string) => values[e] ?? "")]),
    );
    expect(inputs).toMatchObject({ provider: "unleash", flag, "dry-run": "true" });
    const r = await deploy({ ...inputs, "unleash-url": unleash.url });
    expect(r.code).toBe(0);
    expect(r.outputs.conclusion).toBe("dry-run");
    expect(r.stderr).toMatch(/Stage 4\/4: 100% to flag on, bake/);
    expect((await unleash.flagIn(flag, "production")).strategies).toEqual([]);
  });

  it("names every missing unleash input in one message with exit 2, in a dry run too", async () => {
    const r = await deploy({ provider: "unleash", "probe-url": "http://127.0.0.1:9/", "unleash-url": "unleash.local", "dry-run": "true" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "flag" is required with provider: unleash/);
    expect(r.stderr).toMatch(/Input "unleash-url" must be an http\(s\) URL like https:\/\/unleash.example.com; got "unleash.local"/);
    expect(r.stderr).toMatch(/Input "unleash-token" is required with provider: unleash/);
  });
});
