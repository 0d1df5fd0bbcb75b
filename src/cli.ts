/**
 * `shipline <command> [--flags]`: the five actions as one CLI over the same specs and code.
 * Flags are the action's input names (`coverage-lines-min` <-> `--coverage-lines-min`).
 * Exit codes: 0 ok, 1 the policy failed (or an operation failed), 2 bad input.
 */
import { resolve } from "node:path";
import { COMMAND_NAMES, type CommandName, type CommandSpec } from "./kernel/command.js";
import { executeCommand, installCrashGuard } from "./kernel/entry.js";
import { directoryProblem } from "./kernel/files.js";
import { InputError, ShiplineError } from "./kernel/errors.js";
import { closest } from "./kernel/inputs.js";
import { Redactor } from "./kernel/redact.js";
import { CliRuntime } from "./kernel/runtime.js";
import { SHIPLINE_VERSION } from "./kernel/version.js";
import { specs } from "./specs.js";

/** Flags every command accepts, on top of its inputs. */
const GLOBAL_FLAGS: Record<string, { description: string; takesValue: boolean }> = {
  json: { description: "Print the outputs as one JSON object on stdout (logs go to stderr).", takesValue: false },
  "summary-file": { description: "Write the summary as Markdown to this file; without it stdout shows it as plain text.", takesValue: true },
  cwd: { description: "Run in this directory (default: the current one).", takesValue: true },
  debug: { description: "Print debug logs and stack traces.", takesValue: false },
  help: { description: "Show this help.", takesValue: false },
};

export interface ParsedArgs {
  command: CommandName | undefined;
  flags: Map<string, string>;
  globals: { json: boolean; summaryFile?: string; cwd?: string; debug: boolean; help: boolean; version: boolean };
}

/** Parses argv (without node and the script). Throws InputError for unknown or malformed flags. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const globals: ParsedArgs["globals"] = { json: false, debug: false, help: false, version: false };
  const flags = new Map<string, string>();
  const args = [...argv];
  let command: CommandName | undefined;
  if (args[0] !== undefined && !args[0].startsWith("-")) {
    const name = args.shift() as string;
    if (!(COMMAND_NAMES as readonly string[]).includes(name)) {
      const near = closest(name, COMMAND_NAMES);
      throw new ShiplineError("input-invalid", `Unknown command "${name}".${near ? ` Did you mean "${near}"?` : ""}`, {
        exitCode: 2,
        hint: `Commands: ${COMMAND_NAMES.join(", ")}. Run "shipline --help".`,
      });
    }
    command = name as CommandName;
  }
  const spec = command ? specs[command] : undefined;
  const positional: string[] = [];
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (!arg.startsWith("--") && spec?.positional) {
      positional.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) {
      throw new ShiplineError("input-invalid", `Unexpected argument "${arg}".`, {
        exitCode: 2,
        hint: `Flags take the form --name value. Run "shipline ${command ?? ""} --help".`,
      });
    }
    const eq = arg.indexOf("=");
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (name === "version" && !command) {
      globals.version = true;
      continue;
    }
    const global = GLOBAL_FLAGS[name];
    if (global) {
      if (global.takesValue) {
        value ??= args.shift();
        if (value === undefined || value.startsWith("--")) throw new InputError({ input: name, problem: "needs a value: --" + name + " VALUE" });
      }
      if (name === "json") globals.json = true;
      else if (name === "debug") globals.debug = true;
      else if (name === "help") globals.help = true;
      else if (name === "summary-file") globals.summaryFile = value as string;
      else if (name === "cwd") globals.cwd = value as string;
      continue;
    }
    if (!spec) {
      throw new ShiplineError("input-invalid", `Flag "--${name}" needs a command before it.`, { exitCode: 2, hint: `Run "shipline --help" for the commands.` });
    }
    let negated = false;
    if (!(name in spec.inputs) && name.startsWith("no-") && spec.inputs[name.slice(3)]?.kind === "boolean") {
      name = name.slice(3);
      negated = true;
    }
    const def = spec.inputs[name];
    if (!def) {
      const known = [...Object.keys(spec.inputs), ...Object.keys(GLOBAL_FLAGS)];
      const near = closest(name, known);
      throw new ShiplineError("input-invalid", `Unknown flag "--${name}" for shipline ${spec.name}.${near ? ` Did you mean "--${near}"?` : ""}`, {
        exitCode: 2,
        hint: `Run "shipline ${spec.name} --help" for its flags.`,
      });
    }
    if (def.kind === "boolean") {
      if (negated) value = "false";
      else if (value === undefined) {
        const next = args[0];
        value = next !== undefined && /^(true|false)$/i.test(next) ? (args.shift() as string) : "true";
      }
    } else if (value === undefined) {
      value = args.shift();
      if (value === undefined || (value.startsWith("--") && value.length > 2)) {
        throw new InputError({ input: name, problem: `needs a value: --${name} VALUE (${def.description})` });
      }
    }
    const prev = flags.get(name);
    flags.set(name, prev !== undefined && (def.kind === "list" || def.kind === "glob") ? `${prev}\n${value}` : value);
  }
  if (spec?.positional && positional.length > 0) {
    const preset = spec.positional.subcommands?.[positional[0] as string];
    if (preset) {
      positional.shift();
      for (const [k, v] of Object.entries(preset)) if (!flags.has(k)) flags.set(k, v);
    }
    if (positional.length > 0) {
      const input = spec.positional.input;
      const prev = flags.get(input);
      flags.set(input, [...(prev === undefined ? [] : [prev]), ...positional].join("\n"));
    }
  }
  return { command, flags, globals };
}

/** `shipline --help`. */
export function renderMainHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((n) => n.length));
  const lines = [
    `shipline ${SHIPLINE_VERSION}: ship software safely, from a laptop or a GitHub workflow.`,
    "",
    "Usage: shipline <command> [--flags]",
    "",
    "Commands:",
    ...COMMAND_NAMES.map((n) => `  ${n.padEnd(width)}  ${specs[n].description}`),
    "",
    "Global flags:",
    ...Object.entries(GLOBAL_FLAGS).map(([f, d]) => `  --${f.padEnd(14)}${d.description}`),
    "  --version       Print the version.",
    "",
    "Exit codes: 0 ok, 1 the policy or an operation failed, 2 bad input.",
    'Run "shipline <command> --help" for a command\'s flags.',
  ];
  return `${lines.join("\n")}\n`;
}

/** `shipline <command> --help`: every input as a flag, with its kind and default. */
export function renderCommandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.inputs)
    .filter(([, d]) => !d.deprecated)
    .map(([name, d]) => {
      const kind = d.kind === "enum" ? (d.values ?? []).join("|") : d.kind === "boolean" ? "" : d.kind === "secret" ? "string" : d.kind;
      const flag = `--${name}${kind ? ` <${kind}>` : ""}`;
      const extra = [
        d.required ? "required" : "",
        d.default !== undefined && !d.default.includes("${{") ? `default: ${d.default}` : "",
        d.env ? `env: ${d.env.join(", ")}` : "",
      ].filter(Boolean);
      return [flag, `${d.description}${extra.length ? ` (${extra.join("; ")})` : ""}`] as const;
    });
  const width = Math.min(44, Math.max(...rows.map(([f]) => f.length)));
  const lines = [
    `shipline ${spec.name}: ${spec.description}`,
    "",
    `Usage: shipline ${spec.name}${spec.positional?.subcommands ? ` [${Object.keys(spec.positional.subcommands).join("|")}]` : ""} [--flags]${spec.positional ? ` [${spec.positional.input}...]` : ""}`,
    "",
    "Flags:",
    ...rows.map(([f, d]) => (f.length > width ? `  ${f}\n  ${" ".repeat(width)}  ${d}` : `  ${f.padEnd(width)}  ${d}`)),
    "",
    "Global flags:",
    ...Object.entries(GLOBAL_FLAGS).map(([f, d]) => `  --${f.padEnd(14)}${d.description}`),
    "",
    "Outputs (printed by --json):",
    ...Object.entries(spec.outputs).map(([o, d]) => `  ${o}: ${d.description}`),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The directory a command runs in: `--cwd` resolved once against the process's directory (the
 * process's directory without it). Commands resolve their `working-directory` input (default ".")
 * against it; also passing `--cwd` as that input applied a relative path twice ("r/r").
 */
export function resolveCliCwd(cwdFlag: string | undefined, processCwd: string): string {
  return cwdFlag === undefined ? processCwd : resolve(processCwd, cwdFlag);
}

/** Runs the CLI and returns the exit code. */
export async function main(
  argv: readonly string[],
  io: { stdout?: (t: string) => void; stderr?: (t: string) => void; env?: Record<string, string | undefined> } = {},
): Promise<number> {
  const out = io.stdout ?? ((t: string) => process.stdout.write(t));
  const env = io.env ?? { ...process.env };
  // Errors before the command's runtime exists can quote an argument, and a token pasted in the
  // wrong place is an argument: mask the tokens the environment holds there too.
  const early = new Redactor();
  for (const name of ["GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"]) early.add(env[name]);
  const rawErr = io.stderr ?? ((t: string) => process.stderr.write(t));
  const err = (t: string) => rawErr(early.redact(t));
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    const se = e as ShiplineError;
    err(`error: ${se.userMessage ?? String(e)}\n`);
    return 2;
  }
  if (parsed.globals.version) {
    out(`${SHIPLINE_VERSION}\n`);
    return 0;
  }
  if (!parsed.command || parsed.globals.help) {
    out(parsed.command ? renderCommandHelp(specs[parsed.command]) : renderMainHelp());
    return parsed.command || parsed.globals.help || argv.length === 0 ? 0 : 2;
  }
  const { loadCommand } = await import("./command-loader.js");
  const command = await loadCommand(parsed.command);
  const spec = command.spec;
  const flags = new Map(parsed.flags);
  const envFallbacks = new Map<string, readonly string[]>();
  for (const [name, def] of Object.entries(spec.inputs)) if (def.env) envFallbacks.set(name, def.env);
  const cwd = resolveCliCwd(parsed.globals.cwd, process.cwd());
  const cwdProblem = parsed.globals.cwd === undefined ? undefined : directoryProblem(cwd);
  if (cwdProblem) {
    // Checked before the command runs: a missing directory otherwise surfaces as a misleading
    // "no test report matched" or "not a git repository" far from its cause.
    const shown = parsed.globals.cwd === cwd ? `"${cwd}"` : `"${parsed.globals.cwd}" ("${cwd}")`;
    err(`error: --cwd ${shown} ${cwdProblem}. Pass an existing directory.\n`);
    return 2;
  }
  const runtime = new CliRuntime({
    flags,
    env,
    cwd,
    json: parsed.globals.json,
    summaryFile: parsed.globals.summaryFile,
    debug: parsed.globals.debug,
    stdout: out,
    stderr: (t) => err(t),
    envFallbacks,
  });
  for (const [name, def] of Object.entries(spec.inputs))
    if (def.kind === "secret" && flags.get(name))
      // A flag's value is in the process list (ps) and the shell history of everyone on the machine.
      runtime.log.warning(
        `--${name} on the command line is visible to other users of this machine (ps, shell history); set ${def.env?.[0] ?? `it in an environment variable`} instead.`,
      );
  // Only for the real process: an in-process caller (a test) keeps its own handlers.
  if (!io.stderr) installCrashGuard(runtime);
  const code = await executeCommand(command, runtime);
  const flushProblem = runtime.flush();
  return flushProblem && code === 0 ? 1 : code;
}
