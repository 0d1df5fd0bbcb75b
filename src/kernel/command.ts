/**
 * What a command is: one spec (name, inputs, outputs) used by action.yml, the CLI flags and the
 * contract tests, plus a `run` that does the work. The spec lives in `src/<capability>/inputs.ts`
 * and imports nothing heavy, so the CLI's `--help` and the action.yml generator load fast.
 */
import type { Clock } from "./clock.js";
import type { CommandUnavailableError } from "./errors.js";
import type { GitHubPorts } from "./github/index.js";
import type { RunContext } from "./context.js";
import type { InputSpec, InputValues } from "./inputs.js";
import type { Runtime } from "./runtime.js";

export const COMMAND_NAMES = ["gate", "version", "notes", "loadtest", "deploy"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface OutputDef {
  description: string;
}

/** GitHub Marketplace branding (https://feathericons.com names). */
export interface Branding {
  icon: string;
  color: "white" | "black" | "yellow" | "blue" | "green" | "orange" | "red" | "purple" | "gray-dark";
}

export interface CommandSpec<S extends InputSpec = InputSpec> {
  name: CommandName;
  /** Marketplace name, e.g. "Shipline gate". */
  title: string;
  /** One sentence for action.yml and `--help`. */
  description: string;
  branding: Branding;
  inputs: S;
  outputs: Readonly<Record<string, OutputDef>>;
  /** Optional `post:` entry (deploy uses it to finish records when the main step died). */
  post?: boolean;
  /**
   * CLI only: positional arguments go to the list input `input`, joined by newlines. A first
   * positional word named in `subcommands` sets those inputs instead (`shipline loadtest merge a.json
   * b.json` sets mode=merge and reports=a.json, b.json). Flags given explicitly win.
   */
  positional?: { input: string; subcommands?: Readonly<Record<string, Readonly<Record<string, string>>>> };
}

/** What a command hands back: success, or a policy failure with the one message for the step. */
export interface CommandResult {
  conclusion: "success" | "failure";
  /** Shown as the step's failure message when `conclusion` is "failure". */
  message?: string;
}

export interface CommandContext {
  runtime: Runtime;
  context: RunContext;
  /**
   * The GitHub ports for the run's repository, built on first use from the `github-token` input
   * (CLI: GITHUB_TOKEN/GH_TOKEN). Throws an InputError naming "github-token" when there is no token
   * or no repository.
   */
  github(): GitHubPorts;
  /** True when a token is available (so `github()` will not throw for lack of one). */
  hasToken(): boolean;
  /** Shipline's version, e.g. "1.2.0". */
  version: string;
  /** Time and sleeps. Tests inject a fake one; the real one is Date.now and setTimeout. */
  clock: Clock;
  /**
   * Aborts when the job is cancelled (SIGINT, SIGTERM or SIGHUP; the reason is the signal's name).
   * Reading it installs the process listeners, so a command that never reads it keeps Node's
   * default behaviour on those signals.
   */
  readonly signal: AbortSignal;
}

export interface Command<S extends InputSpec = InputSpec> {
  spec: CommandSpec<S>;
  run(inputs: InputValues<S>, ctx: CommandContext): Promise<CommandResult>;
  /** The `post:` step, when the spec declares one. */
  post?(ctx: CommandContext): Promise<void>;
}

/** Binds a spec to its implementation, keeping the input types. */
export function defineCommand<S extends InputSpec>(
  spec: CommandSpec<S>,
  run: (inputs: InputValues<S>, ctx: CommandContext) => Promise<CommandResult>,
  post?: (ctx: CommandContext) => Promise<void>,
): Command<S> {
  return post ? { spec, run, post } : { spec, run };
}

/** A command whose capability has not landed: fails with exit code 2 and says so. No fake outputs. */
export function unavailableCommand<S extends InputSpec>(spec: CommandSpec<S>, error: () => CommandUnavailableError): Command<S> {
  return {
    spec,
    run: async () => {
      throw error();
    },
  };
}
