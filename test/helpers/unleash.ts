/**
 * A real unleash-server (the npm package, a devDependency) for tests, on a throwaway PostgreSQL
 * cluster (see postgres.ts), both on 127.0.0.1. The server runs in a child process started with
 * unleash's programmatic `start()` and an admin token through `authentication.initApiTokens`; the
 * version check and telemetry are off, so it never calls out. `stop()` ends both.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { findPostgresBin, freePort, type Postgres, startPostgres } from "./postgres.js";

export interface UnleashServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** An admin API token (all projects, all environments). */
  adminToken: string;
  /** A backend (client SDK) token for project default, environment production: no Admin API rights. */
  backendToken: string;
  /** An Admin API call with the admin token; returns the status and the parsed JSON body. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** Creates a release flag in a project (default "default"). */
  createFlag(name: string, project?: string): Promise<void>;
  /** The flag's state in one environment, as the Admin API reports it. */
  flagIn(
    name: string,
    environment: string,
    project?: string,
  ): Promise<{ enabled: boolean; strategies: { name: string; parameters?: Record<string, string>; disabled?: boolean }[] }>;
  stop(): Promise<void>;
}

// The child process: unleash's start() with explicit options (initApiTokens is the documented option
// for a token created at start-up). SEND_TELEMETRY and CHECK_VERSION are set in its environment too:
// createConfig reads `options.telemetry || env`, so a false option alone would not turn it off.
const CHILD = `
const o = JSON.parse(process.env.SHIPLINE_TEST_UNLEASH);
const { start } = await import(o.entry);
await start({
  db: { host: "127.0.0.1", port: o.dbPort, user: "postgres", password: "postgres", database: "unleash", ssl: false },
  server: { host: "127.0.0.1", port: o.port, gracefulShutdownEnable: false },
  logLevel: "error",
  versionCheck: { enable: false },
  telemetry: false,
  authentication: {
    type: "open-source",
    createAdminUser: false,
    initApiTokens: o.tokens
      ? [
          { type: "admin", secret: o.tokens.token, tokenName: "shipline-tests", projects: ["*"], environment: "*" },
          { type: "backend", secret: o.tokens.backendToken, tokenName: "shipline-tests-backend", projects: ["default"], environment: "production" },
        ]
      : [],
  },
});
process.stdout.write("SHIPLINE-UNLEASH-READY\\n");
`;

/** Starts unleash-server in a child process and resolves once it serves; `tokens` false starts it without any. */
async function launch(entry: string, dbPort: number, port: number, tokens: { token: string; backendToken: string } | undefined): Promise<ChildProcess> {
  let log = "";
  const c = spawn(process.execPath, ["--input-type=module", "-e", CHILD], {
    env: {
      PATH: process.env.PATH ?? "",
      SHIPLINE_TEST_UNLEASH: JSON.stringify({ entry: pathToFileURL(entry).href, dbPort, port, tokens }),
      SEND_TELEMETRY: "false",
      CHECK_VERSION: "false",
      SCARF_ANALYTICS: "false",
      DO_NOT_TRACK: "1",
      TZ: "UTC",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`unleash-server did not start within 120 s: ${log.trim().split("\n").slice(-3).join(" ")}`)), 120_000);
      c.stdout?.on("data", (d: Buffer) => {
        log += d.toString();
        if (log.includes("SHIPLINE-UNLEASH-READY")) {
          clearTimeout(timer);
          ok();
        }
      });
      c.stderr?.on("data", (d: Buffer) => {
        log += d.toString();
      });
      c.once("exit", (code) => {
        clearTimeout(timer);
        fail(new Error(`unleash-server exited with code ${code} while starting: ${log.trim().split("\n").slice(-3).join(" ")}`));
      });
    });
  } catch (e) {
    await stopChild(c);
    throw e;
  }
  return c;
}

async function stopChild(c: ChildProcess): Promise<void> {
  if (c.exitCode !== null || c.signalCode !== null) return;
  const exited = new Promise((ok) => c.once("exit", ok));
  c.kill("SIGTERM");
  const t = setTimeout(() => c.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(t);
}

/**
 * Starts PostgreSQL and unleash-server; throws one line naming the tool, why and how to install.
 * Unleash's schema migrations take most of a first start (about 30 s here), so the migrated,
 * token-less database is saved once per unleash and PostgreSQL version under node_modules/.cache
 * and later starts copy it (a few seconds).
 */
export async function startUnleash(): Promise<UnleashServer> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve("unleash-server");
  } catch {
    throw new Error("unleash-server is not installed: run `npm install` (it is a devDependency; it needs Node >= 22).");
  }
  const pkgRoot = resolve(dirname(entry), "../..");
  const version = (JSON.parse(readFileSync(join(pkgRoot, "package.json"), "utf8")) as { version: string }).version;
  const pgMajor = basename(dirname(findPostgresBin() ?? "/unknown/bin"));
  const template = resolve(pkgRoot, "..", ".cache", "shipline-tests", `unleash-${version}-pg${pgMajor}`);
  const fromTemplate = existsSync(template);
  const pg: Postgres = await startPostgres({ template: fromTemplate ? template : undefined });
  let child: ChildProcess | undefined;
  try {
    const port = await freePort();
    if (!fromTemplate) {
      await pg.createDatabase("unleash");
      // Migrate without tokens (Unleash creates initApiTokens only into an empty token table), save.
      await stopChild(await launch(entry, pg.port, port, undefined));
      await pg.saveTemplate(template);
    }
    const token = `*:*.${randomBytes(16).toString("hex")}`;
    const backendToken = `default:production.${randomBytes(16).toString("hex")}`;
    child = await launch(entry, pg.port, port, { token, backendToken });
    const c = child;
    const url = `http://127.0.0.1:${port}`;
    const admin = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: token, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {}
      return { status: res.status, body: parsed };
    };
    const server: UnleashServer = {
      url,
      adminToken: token,
      backendToken,
      admin,
      async createFlag(name, project = "default") {
        const r = await admin("POST", `/api/admin/projects/${project}/features`, { name, type: "release" });
        if (r.status >= 300) throw new Error(`creating flag ${name}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
      },
      async flagIn(name, environment, project = "default") {
        const r = await admin("GET", `/api/admin/projects/${project}/features/${name}/environments/${environment}`);
        if (r.status !== 200) throw new Error(`reading flag ${name} in ${environment}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
        return r.body as Awaited<ReturnType<UnleashServer["flagIn"]>>;
      },
      async stop() {
        await stopChild(c);
        await pg.stop();
      },
    };
    return server;
  } catch (e) {
    if (child) await stopChild(child);
    await pg.stop().catch(() => undefined);
    throw e;
  }
}
