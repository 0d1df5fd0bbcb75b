/**
 * A throwaway PostgreSQL cluster for tests: `initdb` in a temp dir, `pg_ctl start` on 127.0.0.1 with a
 * free port, trust authentication, stopped and deleted by `stop()`. The binaries come from Debian's
 * `postgresql` package (/usr/lib/postgresql/<major>/bin, the newest major found). PostgreSQL refuses
 * to run as root, so when the tests run as root the cluster runs as the `postgres` OS user. A saved
 * template (a stopped cluster's data directory) replaces initdb and whatever setup it holds.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { chown } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Postgres {
  host: string;
  port: number;
  user: string;
  /** postgres://user@127.0.0.1:port/db */
  url(database: string): string;
  /** Creates a database (owned by the superuser). */
  createDatabase(name: string): Promise<void>;
  /**
   * Stops the cluster cleanly, copies its data directory to `target` (atomically: a temp copy, then
   * a rename; an existing `target` is kept) and starts it again on the same port. A later
   * `startPostgres({ template: target })` starts from that copy instead of an empty cluster.
   */
  saveTemplate(target: string): Promise<void>;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** A data directory saved with {@link Postgres.saveTemplate}: copied instead of running initdb. */
  template?: string | undefined;
}

/** The bin directory of the newest PostgreSQL Debian installed, or undefined. */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? undefined : join(root, majors[0], "bin");
}

/** A free TCP port on 127.0.0.1 (bound, then released). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function osUser(name: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const { stdout } = await run("id", ["-u", name]);
    const { stdout: g } = await run("id", ["-g", name]);
    return { uid: Number(stdout.trim()), gid: Number(g.trim()) };
  } catch {
    return undefined;
  }
}

/** Starts a cluster; throws one line that names the tool, why and how to install it. */
export async function startPostgres(options: PostgresOptions = {}): Promise<Postgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb): run `apt-get install -y postgresql`.");
  const isRoot = userInfo().uid === 0;
  const pgUser = isRoot ? await osUser("postgres") : undefined;
  if (isRoot && !pgUser)
    throw new Error(
      "PostgreSQL refuses to run as root and there is no `postgres` OS user to run it as: run `apt-get install -y postgresql` (it creates the user).",
    );
  const dir = mkdtempSync(join(tmpdir(), "shipline-pg-"));
  if (pgUser) await chown(dir, pgUser.uid, pgUser.gid);
  const data = join(dir, "data");
  const log = join(dir, "postgres.log");
  // As root: runuser drops to the postgres user; the program and its arguments stay an argument array.
  const as = (program: string, args: string[]) =>
    pgUser ? run("runuser", ["-u", "postgres", "--", join(bin, program), ...args], { cwd: dir }) : run(join(bin, program), args, { cwd: dir });
  const port = await freePort();
  const why = (e: unknown) => ((e as { stderr?: string }).stderr || (e as Error).message).trim().split("\n").slice(-2).join(" ");
  try {
    if (options.template && existsSync(options.template)) {
      // cp -a keeps the owner (postgres) and the 0700 mode PostgreSQL insists on.
      await run("cp", ["-a", options.template, data]);
    } else {
      await as("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL ${options.template ? "template copy" : "initdb"} failed in ${dir}: ${why(e)}`);
  }
  const start = async () => {
    try {
      await as("pg_ctl", [
        "start",
        "-D",
        data,
        "-w",
        "-t",
        "30",
        "-l",
        log,
        "-o",
        `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      ]);
    } catch (e) {
      const tail = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").slice(-2).join(" ") : "";
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}: ${why(e)} ${tail}`);
    }
  };
  await start();
  const pg: Postgres = {
    host: "127.0.0.1",
    port,
    user: "postgres",
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async createDatabase(name) {
      await run(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
    },
    async saveTemplate(target) {
      await as("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w"]);
      const tmp = `${target}.${process.pid}-${Date.now()}.tmp`;
      try {
        mkdirSync(dirname(target), { recursive: true });
        await run("cp", ["-a", data, tmp]);
        try {
          renameSync(tmp, target);
        } catch (e) {
          // Another test file saved the same template first: keep theirs.
          if (!existsSync(target)) throw e;
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
        await start();
      }
    },
    async stop() {
      try {
        await as("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return pg;
}
