/**
 * Real git repositories for tests: temp directories, an isolated git config (no user's global
 * config leaks in), pinned author/committer dates so SHAs are stable across runs, a bare remote,
 * and a smart-HTTP remote on 127.0.0.1 (`git http-backend`) that records every request, so tests
 * can assert what was pushed and with which credentials (changesets/action's
 * `expectRequestsToUseToken`).
 */
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** 2024-01-01T00:00:00Z; each commit advances one minute so order and SHAs are deterministic. */
const EPOCH = 1_704_067_200;

const dirs: string[] = [];
/** Removes every temp dir this module made (call from afterAll, or rely on the OS tmp cleaner). */
export function cleanupTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A fresh temp directory, removed by {@link cleanupTempDirs}. */
export function tempDir(prefix = "shipline-test-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** Environment for git children: isolated config, no prompts, pinned identity. */
export function gitEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const globalConfig = join(home, ".gitconfig");
  writeFileSync(globalConfig, "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n[tag]\n\tgpgSign = false\n[commit]\n\tgpgSign = false\n", {
    flag: "a",
  });
  const base: Record<string, string> = {};
  for (const k of ["PATH", "LANG", "TMPDIR", "SYSTEMROOT"]) if (process.env[k]) base[k] = process.env[k] as string;
  return {
    ...base,
    HOME: home,
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: "Ada Lovelace",
    GIT_AUTHOR_EMAIL: "ada@example.com",
    GIT_COMMITTER_NAME: "Ada Lovelace",
    GIT_COMMITTER_EMAIL: "ada@example.com",
    LC_ALL: "C",
    ...extra,
  };
}

export interface CommitOptions {
  /** Files to write (path -> content) before committing; `null` deletes the file. */
  files?: Record<string, string | null>;
  author?: { name: string; email: string };
  /** Allow a commit with no changes (default true when no files are given). */
  allowEmpty?: boolean;
}

export interface TempRepo {
  dir: string;
  env: Record<string, string>;
  /** Runs git in the repo and returns trimmed stdout. */
  git(...args: string[]): Promise<string>;
  /** Commits with a pinned date; returns the new SHA. */
  commit(message: string, options?: CommitOptions): Promise<string>;
  /** Creates a tag (lightweight unless `message` is given) at `ref` (HEAD by default). */
  tag(name: string, options?: { message?: string; ref?: string }): Promise<void>;
  /** Checks out a new or existing branch. */
  checkout(branch: string, options?: { create?: boolean }): Promise<void>;
  head(): Promise<string>;
}

/** A new repository on branch `main` with an isolated config and pinned dates. */
export async function createTempRepo(options: { bare?: boolean; dir?: string } = {}): Promise<TempRepo> {
  const dir = options.dir ?? tempDir("shipline-repo-");
  const home = tempDir("shipline-home-");
  const env = gitEnv(home);
  let tick = 0;
  const git = async (...args: string[]) => (await run("git", args, { cwd: dir, env, maxBuffer: 256 * 1024 * 1024 })).stdout.trim();
  await git("init", "-q", ...(options.bare ? ["--bare"] : []), "-b", "main");
  const repo: TempRepo = {
    dir,
    env,
    git,
    async commit(message, opts = {}) {
      for (const [path, content] of Object.entries(opts.files ?? {})) {
        const full = join(dir, path);
        if (content === null) {
          rmSync(full, { force: true });
        } else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, content);
        }
      }
      const date = `${EPOCH + tick++ * 60} +0000`;
      const commitEnv: Record<string, string> = { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
      if (opts.author) {
        commitEnv.GIT_AUTHOR_NAME = opts.author.name;
        commitEnv.GIT_AUTHOR_EMAIL = opts.author.email;
      }
      await run("git", ["add", "-A"], { cwd: dir, env: commitEnv });
      const allowEmpty = opts.allowEmpty ?? !opts.files;
      const msgFile = join(home, "COMMIT_MSG");
      writeFileSync(msgFile, message);
      await run("git", ["commit", "-q", ...(allowEmpty ? ["--allow-empty"] : []), "-F", msgFile], { cwd: dir, env: commitEnv });
      return git("rev-parse", "HEAD");
    },
    async tag(name, opts = {}) {
      const date = `${EPOCH + tick * 60} +0000`;
      const tagEnv = { ...env, GIT_COMMITTER_DATE: date };
      const args = opts.message ? ["tag", "-a", name, "-m", opts.message] : ["tag", name];
      if (opts.ref) args.push(opts.ref);
      await run("git", args, { cwd: dir, env: tagEnv });
    },
    async checkout(branch, opts = {}) {
      await git("checkout", "-q", ...(opts.create ? ["-b"] : []), branch);
    },
    head: () => git("rev-parse", "HEAD"),
  };
  return repo;
}

/** A bare repository to use as `origin` (a path remote). */
export async function createBareRemote(): Promise<TempRepo> {
  return createTempRepo({ bare: true });
}

export interface RecordedGitRequest {
  method: string;
  /** Path and query, e.g. /info/refs?service=git-receive-pack. */
  url: string;
  authorization: string | undefined;
  headers: IncomingHttpHeaders;
}

export interface GitHttpRemote {
  /** http://127.0.0.1:PORT/repo.git */
  url: string;
  requests: RecordedGitRequest[];
  close(): Promise<void>;
}

/**
 * Serves a bare repository over git's smart HTTP protocol on 127.0.0.1 through `git http-backend`,
 * recording each request. With `requireToken`, requests without `Authorization: basic
 * base64(x-access-token:TOKEN)` get 401, as GitHub answers.
 */
export async function startGitHttpRemote(bareDir: string, options: { requireToken?: string } = {}): Promise<GitHttpRemote> {
  const execPath = (await run("git", ["--exec-path"])).stdout.trim();
  const backend = join(execPath, "git-http-backend");
  const requests: RecordedGitRequest[] = [];
  const expected = options.requireToken ? `basic ${Buffer.from(`x-access-token:${options.requireToken}`).toString("base64")}` : undefined;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    requests.push({ method: req.method ?? "GET", url, authorization: req.headers.authorization, headers: req.headers });
    if (expected && req.headers.authorization?.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="shipline-test"' });
      res.end("unauthorized");
      return;
    }
    const [pathPart, query = ""] = url.split("?");
    const pathInfo = (pathPart ?? "/").replace(/^\/repo\.git/, "");
    const child = spawn(backend, [], {
      env: {
        GIT_PROJECT_ROOT: bareDir,
        GIT_HTTP_EXPORT_ALL: "1",
        PATH_INFO: pathInfo,
        QUERY_STRING: query,
        REQUEST_METHOD: req.method ?? "GET",
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        REMOTE_USER: "shipline",
        REMOTE_ADDR: "127.0.0.1",
        GIT_CONFIG_NOSYSTEM: "1",
        HOME: bareDir,
        PATH: process.env.PATH ?? "",
      },
    });
    // receive-pack is off by default over HTTP without an authenticated user; REMOTE_USER set above enables it.
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const idx = head.indexOf("\r\n\r\n");
      if (idx === -1) return;
      headersDone = true;
      const lines = head.subarray(0, idx).toString("utf8").split("\r\n");
      let status = 200;
      for (const line of lines) {
        const c = line.indexOf(":");
        const k = line.slice(0, c).trim();
        const v = line.slice(c + 1).trim();
        if (k.toLowerCase() === "status") status = Number(v.split(" ")[0]);
        else res.setHeader(k, v);
      }
      res.writeHead(status);
      res.write(head.subarray(idx + 4));
    });
    child.on("close", () => res.end());
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/repo.git`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
