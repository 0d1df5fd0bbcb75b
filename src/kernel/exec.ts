/**
 * Running programs. Always `spawn(program, argv)` with `shell: false`: no input ever reaches a shell
 * (release-please needed "fix: use execFile" and "fix: second order command injection").
 * The one exception is the documented `command:` inputs of gate and deploy, which are scripts the
 * workflow author wrote, run through {@link runScript} with `bash -e -o pipefail -c` exactly as a
 * `run:` step would.
 */
import { spawn } from "node:child_process";
import { ErrorCode, ShiplineError } from "./errors.js";
import type { Redactor } from "./redact.js";

/**
 * Variables a child never receives: the step's inputs (`INPUT_GITHUB-TOKEN` holds the token) and the
 * runner's own credentials. A `run:` step does not get them either; a workflow that wants a token in
 * its command passes it through `env:`.
 */
const SCRUBBED_ENV = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/i;

/**
 * The environment a child process gets: `env` without the step's inputs and the runner's tokens
 * ({@link SCRUBBED_ENV}) and without unset values. Every spawn in Shipline goes through this.
 */
export function childEnv(env: Readonly<Record<string, string | undefined>>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !SCRUBBED_ENV.test(k)) out[k] = v;
  return out;
}

const LINE_MAX = 64 * 1024;
const LINE_KEEP = 4 * 1024;

/**
 * Splits a child's output stream into whole lines for `onLine`. Log a child's output through this,
 * not chunk by chunk: a secret cut in two by a chunk boundary would escape redaction.
 * Call `end()` when the stream closes to emit the last unterminated line. A line longer than 64 KiB
 * is handed over in pieces, each keeping back the last 4 KiB (longer than any secret) for the next.
 */
export function lineSplitter(onLine: (line: string) => void): { push(chunk: Buffer): void; end(): void } {
  let pending = "";
  const decoder = new TextDecoder("utf-8");
  return {
    push(chunk) {
      pending += decoder.decode(chunk, { stream: true });
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line.replace(/\r$/, ""));
      if (pending.length > LINE_MAX) {
        onLine(pending.slice(0, -LINE_KEEP));
        pending = pending.slice(-LINE_KEEP);
      }
    },
    end() {
      pending += decoder.decode();
      if (pending !== "") onLine(pending.replace(/\r$/, ""));
      pending = "";
    },
  };
}

export interface RunOptions {
  cwd?: string | undefined;
  /**
   * Environment for the child. Defaults to the parent's environment. Step inputs and runner tokens
   * are removed either way (see {@link childEnv}).
   */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Written to the child's stdin, then stdin is closed. */
  input?: string | Buffer | undefined;
  /** Kills the child (SIGTERM, then SIGKILL after 2 s) after this many milliseconds. No limit by default. */
  timeoutMs?: number | undefined;
  /** Masks secrets in the error message. */
  redactor?: Redactor | undefined;
  /** Exit codes that are not errors. Defaults to [0]. */
  okCodes?: readonly number[] | undefined;
  /** Called with each chunk of stdout as it arrives (the result's stdout is then empty). */
  onStdout?: ((chunk: Buffer) => void) | undefined;
  /** Called with each chunk of stderr as it arrives (stderr is still collected, up to 64 KiB). */
  onStderr?: ((chunk: Buffer) => void) | undefined;
  /** Aborts the child. */
  signal?: AbortSignal | undefined;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const STDERR_KEEP = 64 * 1024;

/** Error for a program that failed; names the program, its arguments and the end of its stderr. */
export class ProcessError extends ShiplineError {
  readonly exitCode2: number;
  readonly stderr: string;
  constructor(program: string, args: readonly string[], result: RunResult, redactor?: Redactor, code: string = ErrorCode.ProcessFailed, hint?: string) {
    const r = (s: string) => (redactor ? redactor.redact(s) : s);
    const tail = result.stderr.trim().split("\n").slice(-5).join("\n");
    const cmd = [program, ...args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
    super(code, r(`${truncate(cmd, 200)} failed (exit ${result.exitCode})${tail ? `: ${JSON.stringify(tail)}` : ""}`), { hint });
    this.exitCode2 = result.exitCode;
    this.stderr = r(result.stderr);
  }
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

/**
 * Runs `program` with `args` (no shell) and resolves with its output. Rejects with a
 * {@link ProcessError} when the exit code is not in `okCodes`, and with a ShiplineError when the
 * program cannot be started.
 */
export function runProcess(program: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: childEnv(options.env ?? process.env),
      shell: false,
      stdio: ["pipe", "pipe", "pipe"],
      signal: options.signal,
    });
    const out: Buffer[] = [];
    let err = "";
    let killTimer: NodeJS.Timeout | undefined;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGTERM");
        killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
      }, options.timeoutMs);
    }
    child.stdout.on("data", (c: Buffer) => (options.onStdout ? options.onStdout(c) : out.push(c)));
    child.stderr.on("data", (c: Buffer) => {
      options.onStderr?.(c);
      err += c.toString("utf8");
      if (err.length > STDERR_KEEP * 2) err = err.slice(-STDERR_KEEP);
    });
    child.stdin.on("error", () => {
      /* the child may exit before reading its stdin; its exit code tells the story */
    });
    child.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      if (e.name === "AbortError") {
        reject(new ShiplineError(ErrorCode.Cancelled, `${program} was cancelled.`));
        return;
      }
      const hint = e.code === "ENOENT" ? `Install ${program} or check that it is on PATH.` : undefined;
      reject(new ShiplineError(ErrorCode.ProcessFailed, `Could not start ${program}: ${e.message}`, { hint }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      const result: RunResult = {
        exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: err.length > STDERR_KEEP ? err.slice(-STDERR_KEEP) : err,
        durationMs: performance.now() - started,
      };
      if (timedOut) {
        reject(new ShiplineError(ErrorCode.ProcessFailed, `${program} did not finish within ${options.timeoutMs} ms and was stopped.`));
        return;
      }
      if (!(options.okCodes ?? [0]).includes(result.exitCode)) {
        reject(new ProcessError(program, args, result, options.redactor));
        return;
      }
      resolve(result);
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 0;
}

/**
 * Runs a workflow author's script through bash, as a `run:` step does (`bash -e -o pipefail`). Only
 * for inputs documented as scripts; never interpolate other inputs into `script`. Resolves with the
 * result whatever the exit code.
 */
export function runScript(script: string, options: Omit<RunOptions, "okCodes"> = {}): Promise<RunResult> {
  return runProcess("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
    ...options,
    okCodes: Array.from({ length: 256 }, (_, i) => i),
  });
}
