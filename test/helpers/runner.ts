/**
 * Runs a built action bundle exactly as the GitHub runner does: `node dist/<action>/index.js` with
 * `INPUT_<NAME>` variables (upper-cased, spaces to underscores, hyphens kept), the action.yml defaults
 * applied by the harness (the runner applies them, not @actions/core), and the runner's files:
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV, GITHUB_EVENT_PATH. Returns what a user
 * would see: parsed outputs, the summary, annotations, the exit code and the log.
 *
 * Every run carries a token canary (./canary.ts): the run sees secrets, the runner's own tokens
 * included, and fails when any of them shows, in any escaping, in what the run produced. New e2e
 * tests get the check for free; `canary: false` is for a test that asserts a leak itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { canaryToken, findLeaks, requestLogMarks, snapshotFiles, withoutMaskCommands } from "./canary.js";
import { tempDir } from "./git.js";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

export interface Annotation {
  level: "error" | "warning" | "notice" | "debug";
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export interface BundleResult {
  exitCode: number;
  /** Outputs from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The step summary markdown ('' when none). */
  summary: string;
  /** State saved for a post step (GITHUB_STATE). */
  state: Record<string, string>;
  annotations: Annotation[];
  /** Values the action asked the runner to mask (::add-mask::). */
  masked: string[];
  stdout: string;
  stderr: string;
  durationMs: number;
  /** The directory holding the runner files, for follow-up steps (e.g. a post step). */
  runnerDir: string;
}

export interface BundleOptions {
  /** Input values by their action.yml name. Unset inputs get the action.yml default. */
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ATTEMPT ...). */
  env?: Record<string, string>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  eventName?: string;
  /** GITHUB_WORKSPACE and the process cwd. */
  cwd?: string;
  /** GITHUB_API_URL (the Prism URL in tests). */
  apiUrl?: string;
  /** The value `${{ github.token }}` evaluates to. */
  token?: string;
  timeoutMs?: number;
  /** Bundle to run instead of dist/<action>/index.js, e.g. "deploy-post". */
  entry?: string;
  /** Called with the child once it started (to send signals). */
  onStart?: (child: ChildProcess) => void;
  /** Set false only in a test that asserts a leak (or its absence) itself. Default true. */
  canary?: boolean;
  /** Reuse the runner files of an earlier step (GITHUB_STATE for a post step). */
  runnerDir?: string;
}

/** The secrets the runner gives every JavaScript action step, fresh canaries per run. */
function runnerSecrets(): { env: Record<string, string>; tokens: string[] } {
  const runtime = canaryToken("runtime");
  const oidc = canaryToken("oidc");
  return {
    env: { ACTIONS_RUNTIME_TOKEN: runtime, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc, ACTIONS_ID_TOKEN_REQUEST_URL: "http://127.0.0.1:9/oidc" },
    tokens: [runtime, oidc],
  };
}

/** Fails the test with every place a canary leaked. */
function assertNoLeaks(what: string, check: Parameters<typeof findLeaks>[0]): void {
  const leaks = findLeaks(check);
  if (leaks.length > 0) throw new Error(`${what} leaked a token:\n  ${leaks.slice(0, 20).join("\n  ")}`);
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
}

/** The action.yml defaults, with `${{ github.token }}` evaluated; other expressions become ''. */
export function actionDefaults(action: string, token: string): Record<string, string> {
  const file = action === "main" ? join(ROOT, "action.yml") : join(ROOT, action, "action.yml");
  const doc = parse(readFileSync(file, "utf8")) as ActionYml;
  const out: Record<string, string> = {};
  for (const [name, def] of Object.entries(doc.inputs ?? {})) {
    if (def.default === undefined) continue;
    out[name] = String(def.default).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => (expr === "github.token" ? token : ""));
  }
  return out;
}

/** Parses the GITHUB_OUTPUT / GITHUB_STATE file format (`name<<DELIM ... DELIM` and `name=value`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] as string);
      out[name] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");

/** Parses workflow commands (`::error file=a.ts,line=3::msg`) from a step's stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masked: string[] } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, cmd, props = "", data = ""] = m;
    if (cmd === "add-mask") {
      masked.push(unescapeData(data));
      continue;
    }
    if (cmd !== "error" && cmd !== "warning" && cmd !== "notice" && cmd !== "debug") continue;
    const a: Annotation = { level: cmd, message: unescapeData(data) };
    for (const p of props.split(",").filter(Boolean)) {
      const eq = p.indexOf("=");
      const k = p.slice(0, eq);
      const v = unescapeProp(p.slice(eq + 1));
      if (k === "file") a.file = v;
      else if (k === "line") a.line = Number(v);
      else if (k === "title") a.title = v;
    }
    annotations.push(a);
  }
  return { annotations, masked };
}

/** Runs node with `args`, collecting its output; kills it and fails after `timeoutMs` (default 60 s). */
async function runNode(
  args: string[],
  o: { cwd: string; env: Record<string, string>; timeoutMs?: number | undefined; onStart?: ((child: ChildProcess) => void) | undefined; what: string },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { cwd: o.cwd, env: o.env, stdio: ["ignore", "pipe", "pipe"] });
  o.onStart?.(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const timeoutMs = o.timeoutMs ?? 60_000;
  const exitCode = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`${o.what} did not finish within ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      ok(code ?? (signal === "SIGKILL" ? 137 : 1));
    });
  });
  return { exitCode, stdout, stderr };
}

/** Runs `node dist/<action>/index.js` as the runner would. */
export async function runBundle(action: string, options: BundleOptions = {}): Promise<BundleResult> {
  const dir = options.runnerDir ?? tempDir("shipline-runner-");
  const files = {
    output: join(dir, "output"),
    summary: join(dir, "summary.md"),
    state: join(dir, "state"),
    env: join(dir, "env"),
    path: join(dir, "path"),
    event: join(dir, "event.json"),
  };
  for (const f of [files.output, files.summary, files.env, files.path]) writeFileSync(f, "");
  if (!existsSync(files.state)) writeFileSync(files.state, "");
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const token = options.token ?? "";
  const inputs = { ...actionDefaults(action, token), ...(options.inputs ?? {}) };
  const cwd = options.cwd ?? dir;
  const secrets = runnerSecrets();
  const env: Record<string, string> = {
    ...secrets.env,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? "push",
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: dir,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9/unreachable",
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_RUN_ID: "1000",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "test",
    GITHUB_WORKFLOW: "CI",
    SHIPLINE_GITHUB_TIME_SCALE: "0.01",
    ...(options.env ?? {}),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  // A post step sees the state its main step saved, as STATE_<name>.
  for (const [k, v] of Object.entries(parseCommandFile(readFileSync(files.state, "utf8")))) env[`STATE_${k}`] = v;
  const bundle = join(ROOT, "dist", options.entry ?? action, "index.js");
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run "npm run build" first.`);
  const started = performance.now();
  const canaryDirs = options.canary === false ? [] : cwd === ROOT ? [dir] : [cwd, dir];
  const before = snapshotFiles(canaryDirs);
  const marks = requestLogMarks();
  const { exitCode, stdout, stderr } = await runNode([bundle], { cwd, env, timeoutMs: options.timeoutMs, onStart: options.onStart, what: action });
  const { annotations, masked } = parseWorkflowCommands(stdout);
  const runnerFiles = {
    GITHUB_OUTPUT: readFileSync(files.output, "utf8"),
    GITHUB_STEP_SUMMARY: readFileSync(files.summary, "utf8"),
    GITHUB_STATE: readFileSync(files.state, "utf8"),
    GITHUB_ENV: readFileSync(files.env, "utf8"),
  };
  if (options.canary !== false) {
    // Secrets passed as inputs (github-token, webhook-secret ...) are canaries too.
    const inputSecrets = [
      token,
      ...Object.entries(inputs)
        .filter(([k]) => /token|secret/i.test(k))
        .map(([, v]) => v),
    ].filter((t) => t.length >= 12);
    assertNoLeaks(`dist/${options.entry ?? action}`, {
      tokens: [...new Set([...inputSecrets, ...secrets.tokens])],
      texts: { stdout: withoutMaskCommands(stdout), stderr, ...runnerFiles },
      dirs: canaryDirs,
      before,
      marks,
    });
  }
  return {
    exitCode,
    outputs: parseCommandFile(runnerFiles.GITHUB_OUTPUT),
    summary: runnerFiles.GITHUB_STEP_SUMMARY,
    state: parseCommandFile(runnerFiles.GITHUB_STATE),
    annotations,
    masked,
    stdout,
    stderr,
    durationMs: performance.now() - started,
    runnerDir: dir,
  };
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON when it is JSON. */
  json: Record<string, string> | undefined;
}

/** Runs `node dist/cli/index.js <args>`. */
export async function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; onStart?: (child: ChildProcess) => void; canary?: boolean } = {},
): Promise<CliResult> {
  const bundle = join(ROOT, "dist", "cli", "index.js");
  // A CLI run inside a job step can see the runner's tokens too.
  const secrets = runnerSecrets();
  const env: Record<string, string> = {
    ...secrets.env,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    NO_COLOR: "1",
    SHIPLINE_GITHUB_TIME_SCALE: "0.01",
    ...(options.env ?? {}),
  };
  const canaryDirs = options.canary === false || (options.cwd ?? ROOT) === ROOT ? [] : [options.cwd as string];
  const before = snapshotFiles(canaryDirs);
  const marks = requestLogMarks();
  const { exitCode, stdout, stderr } = await runNode([bundle, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    timeoutMs: options.timeoutMs,
    onStart: options.onStart,
    what: `shipline ${args.join(" ")}`,
  });
  if (options.canary !== false) {
    const tokens = [...secrets.tokens, ...["GITHUB_TOKEN", "GH_TOKEN"].map((k) => env[k] ?? "").filter((t) => t.length >= 12)];
    assertNoLeaks(`shipline ${args.join(" ")}`, { tokens, texts: { stdout, stderr }, dirs: canaryDirs, before, marks });
  }
  let json: Record<string, string> | undefined;
  try {
    json = JSON.parse(stdout) as Record<string, string>;
  } catch {
    json = undefined;
  }
  return { exitCode, stdout, stderr, json };
}
