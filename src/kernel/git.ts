/**
 * git, run with argument arrays only. A token never goes into a remote URL (where it ends up in
 * `.git/config`, in error messages and in `ps`): it is passed per command as an
 * `http.<server>/.extraheader` through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`,
 * the same header actions/checkout writes, so it is scoped to that one git process
 * (changesets/action does the same for the same reason).
 */
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { ErrorCode, ShiplineError } from "./errors.js";
import { childEnv, ProcessError, type RunResult, runProcess } from "./exec.js";
import type { Redactor } from "./redact.js";

export interface GitOptions {
  /** Working tree (or bare repository) to run in. */
  cwd: string;
  /** Token for HTTPS remotes; sent as an extra header, never in a URL. */
  token?: string | undefined;
  /** Server the token is for, e.g. https://github.com. Defaults to every HTTPS remote. */
  serverUrl?: string | undefined;
  redactor?: Redactor | undefined;
  /** Base environment. Defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

/** A git repository on disk. */
export class Git {
  readonly cwd: string;
  private readonly options: GitOptions;

  constructor(options: GitOptions) {
    this.cwd = options.cwd;
    this.options = options;
  }

  /** Environment for a git child: the token header when a token is set, no prompts, C locale. */
  env(): Record<string, string | undefined> {
    const env: Record<string, string | undefined> = { ...(this.options.env ?? process.env), GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    if (this.options.token) {
      const scope = this.options.serverUrl ? `http.${this.options.serverUrl.replace(/\/+$/, "")}/.extraheader` : "http.extraheader";
      const basic = Buffer.from(`x-access-token:${this.options.token}`).toString("base64");
      const n = Number(env.GIT_CONFIG_COUNT) || 0;
      // checkout@v4 persists its own extraheader; an empty value first resets the list so git sends
      // only ours (two Authorization headers make GitHub answer 400).
      env[`GIT_CONFIG_KEY_${n}`] = scope;
      env[`GIT_CONFIG_VALUE_${n}`] = "";
      env[`GIT_CONFIG_KEY_${n + 1}`] = scope;
      env[`GIT_CONFIG_VALUE_${n + 1}`] = `AUTHORIZATION: basic ${basic}`;
      env.GIT_CONFIG_COUNT = String(n + 2);
    }
    return env;
  }

  /** Runs `git <args>` and returns stdout. Throws a git-failed error naming the command. */
  async run(args: readonly string[], options: { okCodes?: readonly number[]; input?: string; timeoutMs?: number } = {}): Promise<string> {
    return (await this.exec(args, options)).stdout;
  }

  /** Like {@link run} but resolves with the whole result (exit code, stderr). */
  async exec(args: readonly string[], options: { okCodes?: readonly number[]; input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
    try {
      return await runProcess("git", args, {
        cwd: this.cwd,
        env: this.env(),
        redactor: this.options.redactor,
        okCodes: options.okCodes,
        input: options.input,
        timeoutMs: options.timeoutMs,
      });
    } catch (e) {
      throw toGitError(e, args);
    }
  }

  /**
   * Streams the output of `git <args>` split on `separator` (one ASCII byte, NUL by default), calling
   * `onRecord` for each record without holding the whole output in memory. Used for `git log` over
   * large ranges. `onRecord` returning `false` stops the stream: git is killed, no further record is
   * handed over, and the promise resolves.
   */
  stream(args: readonly string[], onRecord: (record: string) => unknown, separator = 0): Promise<void> {
    return new Promise((resolve, reject) => {
      // Into a pipe, `git log` flushes after every commit (GIT_FLUSH in git(1)): 100k writes and
      // 'data' events of a few hundred bytes each. Nothing here reads a commit before the next one
      // is printed, so let stdio fill its buffer: the 100k-commit log reached node in 120 ms instead
      // of 190-270 ms.
      const env = { ...this.env(), GIT_FLUSH: "0" };
      const child = spawn("git", args, { cwd: this.cwd, env: childEnv(env), shell: false, stdio: ["ignore", "pipe", "pipe"] });
      // One UTF-8 decode per chunk, then string slices: decoding each record from its own Buffer
      // view (a Buffer object and a native call per field, 400k on the 100k-commit benchmark) took
      // about 50 ms more CPU. A record is copied out of the chunk's string before it is handed on,
      // because V8 keeps a whole string alive for as long as any slice of it lives: a kept SHA
      // would otherwise hold its chunk, and the log would end up in memory after all. The
      // decoder carries a character split across two chunks over to the next one.
      const decoder = new StringDecoder("utf8");
      const sep = String.fromCharCode(separator);
      let pending: string[] = [];
      let stderr = "";
      let stopped = false;
      const emit = (record: string) => {
        if (onRecord(ownedCopy(record)) === false) {
          stopped = true;
          child.kill();
        }
      };
      child.stdout.on("data", (chunk: Buffer) => {
        if (stopped) return;
        const text = decoder.write(chunk);
        let start = 0;
        let idx = text.indexOf(sep);
        while (idx !== -1) {
          let rec = text.slice(start, idx);
          if (pending.length > 0) {
            pending.push(rec);
            rec = pending.join("");
            pending = [];
          }
          emit(rec);
          if (stopped) return;
          start = idx + 1;
          idx = text.indexOf(sep, start);
        }
        if (start < text.length) pending.push(text.slice(start));
      });
      child.stderr.on("data", (c: Buffer) => {
        if (stderr.length < 65536) stderr += c.toString("utf8");
      });
      child.on("error", (e) =>
        reject(new ShiplineError(ErrorCode.GitFailed, `Could not start git: ${e.message}`, { hint: "Install git and make sure it is on PATH." })),
      );
      child.on("close", (code) => {
        if (stopped) {
          resolve();
          return;
        }
        if (code !== 0) {
          reject(toGitError(new ProcessError("git", args, { exitCode: code ?? 1, stdout: "", stderr, durationMs: 0 }, this.options.redactor), args));
          return;
        }
        const rest = pending.join("") + decoder.end();
        if (rest.trim() !== "") emit(rest);
        resolve();
      });
    });
  }

  /** The full SHA of `rev`, or undefined when it does not resolve. */
  async revParse(rev: string): Promise<string | undefined> {
    const r = await this.exec(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { okCodes: [0, 1, 128] });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** True when the repository is a shallow clone. */
  async isShallow(): Promise<boolean> {
    return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }

  /** The current branch, or undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const r = await this.exec(["symbolic-ref", "--quiet", "--short", "HEAD"], { okCodes: [0, 1, 128] });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }
}

/**
 * `text` as a string of its own: concatenating and slicing makes V8 copy the characters into a new
 * string, where a plain slice would keep the string it was cut from alive.
 */
function ownedCopy(text: string): string {
  return ` ${text}`.slice(1);
}

function toGitError(e: unknown, args: readonly string[]): unknown {
  if (!(e instanceof ProcessError)) return e;
  const stderr = e.stderr;
  const isPush = args[0] === "push";
  if (isPush && /rejected|denied|403|401|Authentication failed|Permission to .* denied|protected branch/i.test(stderr)) {
    return new ShiplineError(ErrorCode.GitPushRejected, e.message, {
      hint: /denied|403|401|Authentication failed/i.test(stderr)
        ? 'Give the job "permissions: contents: write" or pass a token with push access in "github-token".'
        : "Someone pushed the same ref first; fetch and re-run.",
    });
  }
  if (/not a git repository/i.test(stderr)) {
    return new ShiplineError(ErrorCode.GitFailed, e.message, {
      exitCode: 2,
      hint: 'Run inside a git checkout: add "actions/checkout" before this step, or pass --cwd with a repository.',
    });
  }
  return new ShiplineError(ErrorCode.GitFailed, e.message);
}
