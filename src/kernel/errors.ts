/**
 * Errors that reach the user. Every error Shipline raises on purpose is a {@link ShiplineError} with a
 * stable `code` (tests and docs refer to the code, not the sentence), a message that says where and
 * what was wrong, and an optional `hint` that says what to do.
 *
 * Exit codes follow the CLI contract: 1 when a policy failed or an operation failed, 2 when the
 * input or configuration is wrong (the user must change something before a re-run can help).
 */

/** Stable error codes. Documented in README.md under "Troubleshooting"; never renamed once released. */
export const ErrorCode = {
  InputInvalid: "input-invalid",
  InputMissing: "input-missing",
  ConfigInvalid: "config-invalid",
  CommandUnavailable: "command-unavailable",
  GitFailed: "git-failed",
  GitPushRejected: "git-push-rejected",
  /** A release tag exists at another commit than the one being released (version and notes alike). */
  TagConflict: "tag-conflict",
  GitHubUnauthorized: "github-unauthorized",
  GitHubForbidden: "github-forbidden",
  GitHubNotFound: "github-not-found",
  GitHubValidation: "github-validation",
  GitHubApi: "github-api",
  ProcessFailed: "process-failed",
  PolicyFailed: "policy-failed",
  Cancelled: "cancelled",
  Internal: "internal",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode] | (string & {});

export interface ShiplineErrorOptions {
  /** What the user should do about it; printed after the message. */
  hint?: string | undefined;
  /** Process exit code for the CLI. Defaults to 1. */
  exitCode?: 1 | 2 | undefined;
  cause?: unknown;
}

/** Base class of every error Shipline raises on purpose. */
export class ShiplineError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly exitCode: 1 | 2;

  constructor(code: ErrorCode, message: string, options: ShiplineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }

  /** The one-line message shown to the user: message, then hint. */
  get userMessage(): string {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}

/** One problem with one input. */
export interface InputProblem {
  /** The input name as written in action.yml (kebab-case). */
  input: string;
  /** What was wrong, including the value received, e.g. `must be a duration like 90s, 5m or 1h; got "5 minutes"`. */
  problem: string;
}

/**
 * An input (or several) is wrong. The message names each input, the value received and the accepted
 * form; at most 10 problems are listed, then "and N more" (validation collects all of them first).
 */
export class InputError extends ShiplineError {
  readonly problems: readonly InputProblem[];

  constructor(problems: InputProblem | readonly InputProblem[], options: ShiplineErrorOptions = {}) {
    const list = Array.isArray(problems) ? (problems as readonly InputProblem[]) : [problems as InputProblem];
    const code = list.every((p) => p.problem.startsWith("is required")) ? ErrorCode.InputMissing : ErrorCode.InputInvalid;
    super(code, formatProblems(list.map((p) => `Input "${p.input}" ${p.problem}`)), { exitCode: 2, ...options });
    this.problems = list;
  }

  /** The names of the inputs at fault, in order. */
  get inputs(): string[] {
    return this.problems.map((p) => p.input);
  }
}

/** A configuration file is wrong: names the file, and the line and key when known. */
export class ConfigError extends ShiplineError {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, problems: string | readonly string[], options: ShiplineErrorOptions & { line?: number } = {}) {
    const list = typeof problems === "string" ? [problems] : problems;
    const where = options.line === undefined ? file : `${file}:${options.line}`;
    super(ErrorCode.ConfigInvalid, formatProblems(list.map((p) => `${where}: ${p}`)), { exitCode: 2, ...options });
    this.file = file;
    this.line = options.line;
  }
}

/** A command whose capability has not landed yet. */
export class CommandUnavailableError extends ShiplineError {
  constructor(command: string) {
    super(ErrorCode.CommandUnavailable, `The "${command}" command is not available yet in this version of Shipline.`, {
      exitCode: 2,
      hint: "Pin a release that lists it in its README, or use another command.",
    });
  }
}

/** Joins problems into one message: up to 10, then "and N more". */
export function formatProblems(lines: readonly string[], max = 10): string {
  if (lines.length === 1) return ensurePeriod(lines[0] as string);
  const shown = lines.slice(0, max).map((l) => `- ${ensurePeriod(l)}`);
  const more = lines.length > max ? [`- and ${lines.length - max} more.`] : [];
  return [`${lines.length} problems:`, ...shown, ...more].join("\n");
}

function ensurePeriod(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** Wraps anything thrown into a ShiplineError; unknown errors become `internal`. */
export function toShiplineError(error: unknown): ShiplineError {
  if (error instanceof ShiplineError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ShiplineError(ErrorCode.Internal, `Unexpected error: ${message}`, {
    cause: error,
    hint: "This is a bug in Shipline; re-run with RUNNER_DEBUG=1 (or --debug) for the stack trace and report it.",
  });
}
