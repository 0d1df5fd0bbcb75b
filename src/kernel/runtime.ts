/**
 * The Runtime is how a command talks to the world around it: inputs, outputs, the step summary,
 * logs, annotations, secrets and the clock. Two implementations: {@link ActionsRuntime} (the GitHub
 * runner, through `@actions/core`) and {@link CliRuntime} (a terminal). Commands never touch
 * `process.env`, `console` or `@actions/core` directly, so the same command runs in both and in tests.
 */
import type * as ActionsCoreModule from "@actions/core";
import { appendFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ensureDirectory } from "./files.js";
import { renderPlainText } from "./plain-text.js";
import { byteLength, truncateMarkdown } from "./markdown.js";
import { Redactor } from "./redact.js";

export type OutputValue = string | number | boolean | object | null | undefined;

export interface AnnotationProps {
  title?: string | undefined;
  file?: string | undefined;
  startLine?: number | undefined;
  endLine?: number | undefined;
}

export interface Logger {
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  /** Shown only with RUNNER_DEBUG=1 or --debug. */
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface Runtime {
  readonly kind: "action" | "cli";
  /** Raw input value, '' when unset. */
  input(name: string): string;
  setOutput(name: string, value: OutputValue): void;
  /** Outputs set so far (already redacted), in the order they were set. */
  readonly outputs: ReadonlyMap<string, string>;
  /** Appends markdown to the step summary (or the CLI's summary). Redacted. */
  appendSummary(markdown: string): void;
  readonly log: Logger;
  /** Registers a secret: masked in the runner log and redacted from everything we write. */
  secret(value: string | undefined): void;
  readonly redactor: Redactor;
  /** The clock. Tests inject a fixed one. */
  now(): Date;
  /** The environment this run sees (a copy; commands must not read process.env). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory for relative paths. */
  readonly cwd: string;
  readonly isDebug: boolean;
  /** State handed to a `post:` step (GITHUB_STATE); the CLI keeps it in memory. */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  /** Marks the step failed with one message. Called once, by the entry point. */
  fail(message: string): void;
}

/** GitHub's limit for one step's summary; an oversize summary is dropped whole, so we trim first. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
const SUMMARY_BUDGET = SUMMARY_MAX_BYTES - 16 * 1024;

function stringify(value: OutputValue): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

abstract class BaseRuntime implements Runtime {
  abstract readonly kind: "action" | "cli";
  readonly redactor = new Redactor();
  protected readonly outputMap = new Map<string, string>();
  protected summary = "";
  protected readonly state = new Map<string, string>();
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  private readonly clock: () => Date;
  abstract readonly log: Logger;
  abstract readonly isDebug: boolean;

  constructor(env: Readonly<Record<string, string | undefined>>, cwd: string, clock: () => Date) {
    this.env = env;
    this.cwd = cwd;
    this.clock = clock;
  }

  abstract input(name: string): string;
  abstract fail(message: string): void;

  get outputs(): ReadonlyMap<string, string> {
    return this.outputMap;
  }

  setOutput(name: string, value: OutputValue): void {
    this.outputMap.set(name, this.redactor.redact(stringify(value)));
  }

  appendSummary(markdown: string): void {
    // Check the piece, not the whole summary: endsWith on the growing concatenation would flatten it
    // on every call (quadratic over thousands of appends).
    const piece = this.redactor.redact(markdown);
    this.summary += piece.endsWith("\n") || piece === "" ? piece : `${piece}\n`;
  }

  /** The summary, trimmed to GitHub's per-step limit with a note of what was cut. */
  summaryText(): string {
    if (byteLength(this.summary) <= SUMMARY_BUDGET) return this.summary;
    return truncateMarkdown(
      this.summary,
      SUMMARY_BUDGET,
      "> [!NOTE]\n> The summary was cut here to stay under GitHub's 1 MiB limit per step; the full report is in the step's outputs.\n",
    );
  }

  secret(value: string | undefined): void {
    this.redactor.add(value);
  }

  now(): Date {
    return this.clock();
  }

  saveState(name: string, value: string): void {
    // GITHUB_STATE is a file on the runner like GITHUB_OUTPUT: what a post step reads must be redacted too.
    this.state.set(name, this.redactor.redact(value));
  }

  getState(name: string): string {
    return this.state.get(name) ?? "";
  }
}

/** The `@actions/core` module an {@link ActionsRuntime} writes through. */
export type ActionsCore = typeof ActionsCoreModule;

/** Runtime inside GitHub Actions, on `@actions/core`. Make one with {@link ActionsRuntime.create}. */
export class ActionsRuntime extends BaseRuntime {
  readonly kind = "action" as const;
  readonly isDebug: boolean;
  readonly log: Logger;
  private readonly core: ActionsCore;

  /**
   * Loads `@actions/core` and makes the runtime. The module is imported here, not at the top of this
   * file, because the CLI never uses it: with the HTTP client it brings, it was two thirds of the
   * CLI's bundle and about 30 ms of every CLI start (`shipline --version` 70-80 ms, now 40-50 ms).
   */
  static async create(env?: Readonly<Record<string, string | undefined>>, cwd?: string, clock?: () => Date): Promise<ActionsRuntime> {
    return new ActionsRuntime(await import("@actions/core"), env, cwd, clock);
  }

  constructor(
    core: ActionsCore,
    env: Readonly<Record<string, string | undefined>> = { ...process.env },
    cwd = env.GITHUB_WORKSPACE || process.cwd(),
    clock: () => Date = () => new Date(),
  ) {
    super(env, cwd, clock);
    this.core = core;
    this.isDebug = env.RUNNER_DEBUG === "1";
    const r = (s: string) => this.redactor.redact(s);
    const props = (p?: AnnotationProps): ActionsCoreModule.AnnotationProperties | undefined =>
      p ? { title: p.title, file: p.file, startLine: p.startLine, endLine: p.endLine } : undefined;
    this.log = {
      info: (m) => core.info(r(m)),
      warning: (m, p) => core.warning(r(m), props(p)),
      error: (m, p) => core.error(r(m), props(p)),
      notice: (m, p) => core.notice(r(m), props(p)),
      debug: (m) => core.debug(r(m)),
      group: (name, fn) => core.group(r(name), fn),
    };
  }

  input(name: string): string {
    return this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
  }

  private readonly masked = new Set<string>();

  override secret(value: string | undefined): void {
    // Once per value: a provider registering the token the entry point already masked adds nothing.
    if (value && !this.masked.has(value)) {
      this.masked.add(value);
      this.core.setSecret(value);
    }
    super.secret(value);
  }

  override setOutput(name: string, value: OutputValue): void {
    super.setOutput(name, value);
    this.core.setOutput(name, this.outputMap.get(name) ?? "");
  }

  override saveState(name: string, value: string): void {
    super.saveState(name, value);
    this.core.saveState(name, this.state.get(name) ?? "");
  }

  override getState(name: string): string {
    return this.env[`STATE_${name}`] ?? super.getState(name);
  }

  /** Writes the summary file. Called once at the end of the step by the entry point. */
  flushSummary(): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    const text = this.summaryText();
    if (!file || text.trim() === "") return;
    appendFileSync(file, text, "utf8");
  }

  fail(message: string): void {
    this.core.setFailed(this.redactor.redact(message));
  }
}

export interface CliRuntimeOptions {
  /** Flag values by input name (kebab-case). */
  flags: ReadonlyMap<string, string>;
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** Print outputs as one JSON object on stdout; logs go to stderr. */
  json?: boolean;
  /**
   * Write the summary as Markdown to this file instead of printing it. Without it the summary is
   * printed on stdout as plain text (see renderPlainText), whether stdout is a terminal or not.
   */
  summaryFile?: string | undefined;
  debug?: boolean;
  clock?: () => Date;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Environment variables consulted for an input when its flag is absent, by input name. */
  envFallbacks?: ReadonlyMap<string, readonly string[]>;
}

/** Runtime for the `shipline` CLI: flags in, readable text (or JSON) out. */
export class CliRuntime extends BaseRuntime {
  readonly kind = "cli" as const;
  readonly isDebug: boolean;
  readonly log: Logger;
  private readonly options: CliRuntimeOptions;
  private readonly out: (text: string) => void;
  private readonly err: (text: string) => void;
  failure: string | undefined;

  constructor(options: CliRuntimeOptions) {
    const env = options.env ?? { ...process.env };
    super(env, options.cwd ?? process.cwd(), options.clock ?? (() => new Date()));
    this.options = options;
    this.isDebug = options.debug ?? env.RUNNER_DEBUG === "1";
    this.out = options.stdout ?? ((t) => process.stdout.write(t));
    this.err = options.stderr ?? ((t) => process.stderr.write(t));
    const color = !options.json && env.NO_COLOR === undefined && process.stderr.isTTY === true;
    const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const where = (p?: AnnotationProps) => (p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ""}: ` : "");
    const line = (s: string) => this.err(`${this.redactor.redact(s)}\n`);
    let depth = 0;
    const indent = () => "  ".repeat(depth);
    this.log = {
      info: (m) => line(`${indent()}${m}`),
      warning: (m, p) => line(`${indent()}${paint("33", "warning")}: ${where(p)}${m}`),
      error: (m, p) => line(`${indent()}${paint("31", "error")}: ${where(p)}${m}`),
      notice: (m, p) => line(`${indent()}${paint("36", "notice")}: ${where(p)}${m}`),
      debug: (m) => {
        if (this.isDebug) line(`${indent()}debug: ${m}`);
      },
      group: async (name, fn) => {
        line(`${indent()}${paint("1", name)}`);
        depth++;
        try {
          return await fn();
        } finally {
          depth--;
        }
      },
    };
  }

  input(name: string): string {
    const flag = this.options.flags.get(name);
    if (flag !== undefined) return flag;
    for (const v of this.options.envFallbacks?.get(name) ?? []) {
      const value = this.env[v];
      if (value) return value;
    }
    return "";
  }

  fail(message: string): void {
    this.failure = this.redactor.redact(message);
    this.err(`error: ${this.failure}\n`);
  }

  /**
   * Prints the summary and outputs at the end of the run. The `--summary-file` directory is created
   * when missing. When the file still cannot be written, the summary goes to stdout instead (the
   * command's work is not lost) and the returned message names the file; undefined on success.
   */
  flush(): string | undefined {
    let summary = this.summaryText();
    let problem: string | undefined;
    if (this.options.summaryFile) {
      try {
        ensureDirectory(dirname(this.options.summaryFile));
        writeFileSync(this.options.summaryFile, summary, "utf8");
        summary = "";
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        problem = this.redactor.redact(
          `Could not write --summary-file "${this.options.summaryFile}" (${err.code ?? err.message}); the summary is printed ${this.options.json ? "to stderr" : "below"} instead. Pass a writable file path.`,
        );
        this.err(`error: ${problem}\n`);
      }
    }
    if (this.options.json) {
      // Written value by value: one output can be tens of MB (version's explain on a long range),
      // and a single pretty-printed string of everything would double that.
      const entries = [...this.outputMap];
      if (entries.length === 0) this.out("{}\n");
      for (const [i, [k, v]] of entries.entries())
        this.out(`${i === 0 ? "{\n" : ""}  ${JSON.stringify(k)}: ${JSON.stringify(v)}${i === entries.length - 1 ? "\n}\n" : ",\n"}`);
      if (problem && summary.trim() !== "") this.err(renderPlainText(summary));
    } else if ((!this.options.summaryFile || problem) && summary.trim() !== "") {
      // People read stdout, on a terminal or in a CI log alike: plain text with aligned columns.
      // Markdown is for renderers, and goes where they read it: --summary-file and the runner.
      this.out(renderPlainText(summary));
    }
    return problem;
  }
}
