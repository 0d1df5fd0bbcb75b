/**
 * Entry points shared by the actions and the CLI: read inputs, build the context, run the command,
 * write outputs and the summary, and fail the step exactly once, with one message and its hint. The
 * stack trace is printed only in debug mode (RUNNER_DEBUG=1 or --debug).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command, CommandContext, CommandResult } from "./command.js";
import { type Clock, processCancellation, systemClock } from "./clock.js";
import { buildContext } from "./context.js";
import { EnvVar } from "./env-vars.js";
import { ConfigError, ErrorCode, InputError, ShiplineError, toShiplineError } from "./errors.js";
import { directoryProblem } from "./files.js";
import { createGitHubPorts, type GitHubPorts } from "./github/index.js";
import { type InputSpec, readInputs } from "./inputs.js";
import { ActionsRuntime, type Runtime } from "./runtime.js";
import { SHIPLINE_VERSION, USER_AGENT } from "./version.js";

/** Runner-provided credentials every action step sees (masked by the runner in its log, not in our files). */
const RUNNER_SECRET_ENV = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"] as const;

/** Reads and parses the event payload named by GITHUB_EVENT_PATH; `{}` when there is none. */
export function readEventPayload(env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(path, `the event payload (GITHUB_EVENT_PATH) could not be read: ${(e as Error).message}`);
  }
}

/** What a test may put in place of the real clock and the process's cancel signals. */
export interface ContextOptions {
  clock?: Clock;
  signal?: AbortSignal;
}

/** Builds the context handed to a command's `run`. */
export function createCommandContext(
  runtime: Runtime,
  spec: InputSpec,
  options: ContextOptions & { cancellation?: { readonly signal: AbortSignal } } = {},
): CommandContext {
  const context = buildContext(runtime.env, readEventPayload(runtime.env));
  let ports: GitHubPorts | undefined;
  const token = () => (spec["github-token"] ? runtime.input("github-token").trim() : "");
  const cancellation = options.cancellation;
  const fixedSignal = options.signal ?? (cancellation ? undefined : new AbortController().signal);
  return {
    runtime,
    context,
    version: SHIPLINE_VERSION,
    clock: options.clock ?? systemClock,
    get signal() {
      return fixedSignal ?? (cancellation as { readonly signal: AbortSignal }).signal;
    },
    hasToken: () => token() !== "" && context.repository !== undefined,
    github: () => {
      if (ports) return ports;
      const t = token();
      if (!t) {
        throw new InputError({
          input: "github-token",
          problem: 'is empty, and this step needs the GitHub API: pass "github-token: ${{ github.token }}" (the default) or set GITHUB_TOKEN for the CLI',
        });
      }
      if (!context.repository) {
        throw new ShiplineError(ErrorCode.ConfigInvalid, "The repository is unknown (GITHUB_REPOSITORY is not set).", {
          exitCode: 2,
          hint: "Set GITHUB_REPOSITORY=owner/name, or run inside a clone whose origin is on GitHub.",
        });
      }
      ports = createGitHubPorts({
        token: t,
        baseUrl: context.apiUrl,
        owner: context.repository.owner,
        repo: context.repository.repo,
        userAgent: USER_AGENT,
        log: runtime.log,
        redactor: runtime.redactor,
        timeScale: Number(runtime.env[EnvVar.GitHubTimeScale]) || 1,
        timeoutMs: Number(runtime.env[EnvVar.GitHubTimeoutMs]) || undefined,
        isReadOnly: context.isFork,
      });
      return ports;
    },
  };
}

/** Masks every secret input and the runner's own tokens before the step writes anything. */
function registerSecrets(command: Command, runtime: Runtime): void {
  for (const [name, def] of Object.entries(command.spec.inputs)) {
    if (def.kind === "secret") runtime.secret(runtime.input(name));
  }
  // The runner's own tokens are in every action's environment; they never belong in what we write.
  for (const name of RUNNER_SECRET_ENV) runtime.redactor.add(runtime.env[name]);
}

/**
 * Runs a command in a runtime and returns the exit code: 0 success, 1 policy or operation failure,
 * 2 bad input. Never throws. The step is failed through `runtime.fail` at most once.
 */
export async function executeCommand(command: Command, runtime: Runtime, options: ContextOptions = {}): Promise<number> {
  const cancellation = options.signal ? undefined : processCancellation();
  try {
    registerSecrets(command, runtime);
    const inputs = readInputs(command.spec.inputs, (name) => runtime.input(name));
    const workingDirectory = (inputs as Record<string, unknown>)["working-directory"];
    if (typeof workingDirectory === "string") {
      const problem = directoryProblem(resolve(runtime.cwd, workingDirectory));
      // Checked up front: a missing directory otherwise reads as "no test report matched" or
      // "not a git repository", far from its cause.
      if (problem)
        throw new InputError({ input: "working-directory", problem: `${problem} ("${resolve(runtime.cwd, workingDirectory)}"): pass an existing directory` });
    }
    const ctx = createCommandContext(runtime, command.spec.inputs, { ...options, ...(cancellation ? { cancellation } : {}) });
    const result: CommandResult = await command.run(inputs as never, ctx);
    for (const name of runtime.outputs.keys()) {
      if (!(name in command.spec.outputs)) runtime.log.debug(`Output "${name}" is not declared in the ${command.spec.name} spec.`);
    }
    if (result.conclusion === "failure") {
      runtime.fail(result.message ?? `${command.spec.name} failed.`);
      return 1;
    }
    return 0;
  } catch (e) {
    const err = toShiplineError(e);
    if (runtime.isDebug || err.code === ErrorCode.Internal) {
      const stack = e instanceof Error && e.stack ? e.stack : String(e);
      if (runtime.isDebug) runtime.log.debug(stack);
    }
    runtime.fail(err.userMessage);
    return err.exitCode;
  } finally {
    cancellation?.dispose();
  }
}

/**
 * Last resort for an error thrown outside the command's promise chain (a stray callback, an
 * unhandled rejection): Node would print a stack trace, unredacted, with whatever the error message
 * holds. Instead: one redacted line through `runtime.fail` (the stack only in debug), exit code 1.
 */
export function installCrashGuard(runtime: Runtime): void {
  const onCrash = (e: unknown) => {
    if (runtime.isDebug && e instanceof Error && e.stack) runtime.log.debug(e.stack);
    runtime.fail(toShiplineError(e).userMessage);
    process.exit(1);
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
}

/** The whole life of an action's main step. Used by `src/actions/<name>.ts`. */
/** `env` defaults to the process environment; the root action passes its renamed inputs in it. */
export async function runAction(command: Command, env: Readonly<Record<string, string | undefined>> = { ...process.env }): Promise<void> {
  const runtime = await ActionsRuntime.create(env);
  installCrashGuard(runtime);
  const code = await executeCommand(command, runtime);
  try {
    runtime.flushSummary();
  } catch (e) {
    runtime.log.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
  process.exitCode = code === 0 ? 0 : 1;
}

/** The `post:` step of an action whose spec declares one. */
export async function runPost(command: Command): Promise<void> {
  const runtime = await ActionsRuntime.create();
  if (!command.post) return;
  installCrashGuard(runtime);
  try {
    registerSecrets(command, runtime);
    await command.post(createCommandContext(runtime, command.spec.inputs));
  } catch (e) {
    runtime.fail(toShiplineError(e).userMessage);
    process.exitCode = 1;
  }
  try {
    runtime.flushSummary();
  } catch (e) {
    runtime.log.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}
