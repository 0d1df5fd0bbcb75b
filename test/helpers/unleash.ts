/**
 * A real unleash-server (the npm package, a devDependency) for tests, on a throwaway PostgreSQL
 * cluster (see postgres.ts), both on 127.0.0.1. The server runs in a child process started with
 * unleash's programmatic `start()` and an admin token through `authentication.initApiTokens`; the
 * version check and telemetry are off, so it never calls out. `stop()` ends both.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { type Postgres, freePort, startPostgres } from "./postgres.js";

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
    initApiTokens: [
      { type: "admin", secret: o.token, tokenName: "shipline-tests", projects: ["*"], environment: "*" },
      { type: "backend", secret: o.backendToken, tokenName: "shipline-tests-backend", projects: ["default"], environment: "production" },
    ],
  },
});
process.stdout.write("SHIPLINE-UNLEASH-READY\\n");
`;

/** Starts PostgreSQL and unleash-server; throws one line naming the tool, why and how to install. */
export async function startUnleash(): Promise<UnleashServer> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve("unleash-server");
  } catch {
    throw new Error("unleash-server is not installed: run `npm install` (it is a devDependency; it needs Node >= 22).");
  }
  const pg: Postgres = await startPostgres();
  let child: ChildProcess | undefined;
  try {
    await pg.createDatabase("unleash");
    const port = await freePort();
    const token = `*:*.${randomBytes(16).toString("hex")}`;
    const backendToken = `default:production.${randomBytes(16).toString("hex")}`;
    let log = "";
    child = spawn(process.execPath, ["--input-type=module", "-e", CHILD], {
      env: {
        PATH: process.env.PATH ?? "",
        SHIPLINE_TEST_UNLEASH: JSON.stringify({ entry: `file://${entry}`, dbPort: pg.port, port, token, backendToken }),
        SEND_TELEMETRY: "false",
        CHECK_VERSION: "false",
        SCARF_ANALYTICS: "false",
        DO_NOT_TRACK: "1",
        TZ: "UTC",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const c = child;
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`unleash-server did not start within 90 s: ${log.trim().split("\n").slice(-3).join(" ")}`)), 90_000);
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
        if (c.exitCode === null) {
          const exited = new Promise((ok) => c.once("exit", ok));
          c.kill("SIGTERM");
          const t = setTimeout(() => c.kill("SIGKILL"), 5000);
          await exited;
          clearTimeout(t);
        }
        await pg.stop();
      },
    };
    return server;
  } catch (e) {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await pg.stop().catch(() => undefined);
    throw e;
  }
}
