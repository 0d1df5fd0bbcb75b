/**
 * Typed input readers. Each parser takes the input's name and its raw string (as it arrives in
 * `INPUT_<NAME>` or a CLI flag) and returns the typed value, or throws an {@link InputError} that names
 * the input, quotes the value received and states the accepted form.
 *
 * The parsers are pure; {@link readInputs} applies a whole spec and collects every problem before it
 * fails, so a user fixes all of them in one go.
 */
import { InputError, type InputProblem } from "./errors.js";

/** The kinds of input a spec can declare. */
export type InputKind = "string" | "secret" | "boolean" | "integer" | "number" | "enum" | "duration" | "percent" | "list" | "glob" | "path" | "json";

/** One input of a command, as it appears in action.yml and as a CLI flag. */
export interface InputDef {
  kind: InputKind;
  /** One or two sentences for action.yml, `--help` and the README tables. */
  description: string;
  /** Required inputs fail with "is required" when empty. Defaults to false. */
  required?: boolean;
  /**
   * The default as action.yml writes it. The runner applies it for actions; the CLI and the
   * kernel apply it too when the input is empty. A `${{ ... }}` expression is only evaluated by
   * the runner; the CLI uses {@link InputDef.env} instead.
   */
  default?: string;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  /** Inclusive lower bound for `integer`, `number`, `duration` (ms) and `percent` (0..100). */
  min?: number;
  /** Inclusive upper bound, same units as `min`. */
  max?: number;
  /** Environment variables the CLI falls back to, in order (e.g. GITHUB_TOKEN for a token). */
  env?: readonly string[];
  /** Hidden from `--help` and README tables (kept for compatibility). */
  deprecated?: string;
}

export type InputSpec = Readonly<Record<string, InputDef>>;

type ValueOfKind<D extends InputDef> = D["kind"] extends "boolean"
  ? boolean
  : D["kind"] extends "integer" | "number" | "duration" | "percent"
    ? number
    : D["kind"] extends "list" | "glob"
      ? string[]
      : D["kind"] extends "json"
        ? unknown
        : D["kind"] extends "enum"
          ? D["values"] extends readonly (infer V)[]
            ? V
            : string
          : string;

type Present<D extends InputDef> = D extends { required: true }
  ? true
  : D extends { default: string }
    ? true
    : D extends { kind: "list" | "glob" }
      ? true
      : false;

/** The typed values of a spec: inputs with a default or `required` are never undefined. */
export type InputValues<S extends InputSpec> = {
  -readonly [K in keyof S]: Present<S[K]> extends true ? ValueOfKind<S[K]> : ValueOfKind<S[K]> | undefined;
};

const TRUE = new Set(["true", "True", "TRUE", "yes", "on", "1"]);
const FALSE = new Set(["false", "False", "FALSE", "no", "off", "0"]);

function quote(raw: string): string {
  const shown = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
  return JSON.stringify(shown);
}

function fail(input: string, problem: string): never {
  throw new InputError({ input, problem });
}

/** `true|false` (also yes/no, on/off, 1/0, as YAML 1.1 writes them). */
export function parseBoolean(input: string, raw: string): boolean {
  const v = raw.trim();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return fail(input, `must be true or false; got ${quote(raw)}`);
}

/** A whole number within optional bounds. */
export function parseInteger(input: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const v = raw.trim();
  if (!/^[+-]?\d+$/.test(v)) return fail(input, `must be a whole number${describeBounds(bounds, "")}; got ${quote(raw)}`);
  return checkBounds(input, raw, Number(v), bounds, "", "a whole number");
}

/** A decimal number within optional bounds. */
export function parseNumber(input: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const v = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) {
    return fail(input, `must be a number${describeBounds(bounds, "")}; got ${quote(raw)}`);
  }
  return checkBounds(input, raw, Number(v), bounds, "");
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration like `500ms`, `90s`, `5m`, `1h30m` or `2d`, returned in milliseconds. A bare `0` is
 * accepted; any other bare number is rejected because its unit would be a guess.
 */
export function parseDuration(input: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const v = raw.trim();
  const accepted = "a duration like 90s, 5m, 1h or 1h30m (units ms, s, m, h, d)";
  if (v === "0") return checkBounds(input, raw, 0, bounds, "ms");
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(v)) return fail(input, `must be ${accepted}; got ${quote(raw)}`);
  let total = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2] as string] as number);
  }
  return checkBounds(input, raw, Math.round(total), bounds, "ms");
}

/** A percentage like `10%`, `99.9%` or `10`, returned as the number of percent (10 for "10%"). */
export function parsePercent(input: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const v = raw.trim();
  const m = /^(\d+(\.\d+)?)\s*%?$/.exec(v);
  if (!m) return fail(input, `must be a percentage like 10% or 99.9%; got ${quote(raw)}`);
  return checkBounds(input, raw, Number(m[1]), { min: 0, max: 100, ...bounds }, "%");
}

/** One of a fixed set of values (case-sensitive). */
export function parseEnum<V extends string>(input: string, raw: string, values: readonly V[]): V {
  const v = raw.trim();
  if ((values as readonly string[]).includes(v)) return v as V;
  const near = closest(v, values);
  const tip = near ? ` Did you mean "${near}"?` : "";
  return fail(input, `must be one of ${values.join(", ")}; got ${quote(raw)}.${tip}`);
}

/**
 * A list: one item per line, or comma-separated on one line. Blank items and `#` comment lines are
 * dropped; items are trimmed.
 */
export function parseList(raw: string): string[] {
  const lines = raw.includes("\n") ? raw.split(/\r?\n/) : raw.split(",");
  return lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * Glob patterns, one per line or comma-separated; a comma inside `{a,b}` or `[...]` belongs to the
 * pattern (`reports/{unit,e2e}/*.xml` is one pattern, which a plain list would cut in two). An
 * unbalanced brace or bracket is refused, since it would silently match nothing.
 */
export function parseGlobs(input: string, raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    let depth = 0;
    let start = 0;
    const parts: string[] = [];
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === "\\") i++;
      else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") depth--;
      else if (c === "," && depth === 0) {
        parts.push(line.slice(start, i));
        start = i + 1;
      }
      if (depth < 0) return fail(input, `has a "${c}" without its opening bracket in ${quote(line.trim())}; fix the pattern`);
    }
    if (depth !== 0) return fail(input, `has an unclosed "{" or "[" in ${quote(line.trim())}; close it (e.g. reports/{unit,e2e}/*.xml)`);
    parts.push(line.slice(start));
    for (const p of parts.map((x) => x.trim())) if (p !== "" && !p.startsWith("#")) out.push(p);
  }
  return out;
}

/** Inline JSON. */
export function parseJson(input: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    return fail(input, `must be valid JSON (${(e as Error).message}); got ${quote(raw)}`);
  }
}

function describeBounds(b: { min?: number; max?: number }, unit: string): string {
  const u = (n: number) => (unit === "ms" ? formatMs(n) : `${n}${unit}`);
  if (b.min !== undefined && b.max !== undefined) return ` from ${u(b.min)} to ${u(b.max)}`;
  if (b.min !== undefined) return ` of at least ${u(b.min)}`;
  if (b.max !== undefined) return ` of at most ${u(b.max)}`;
  return "";
}

function checkBounds(input: string, raw: string, n: number, b: { min?: number; max?: number }, unit: string, kind?: string): number {
  if ((b.min !== undefined && n < b.min) || (b.max !== undefined && n > b.max)) {
    const what = kind ?? (unit === "ms" ? "a duration" : unit === "%" ? "a percentage" : "a number");
    return fail(input, `must be ${what}${describeBounds(b, unit)}; got ${quote(raw)}`);
  }
  return n;
}

/** Formats milliseconds the way inputs are written: 90000 -> "1m30s", 500 -> "500ms". */
export function formatMs(ms: number): string {
  if (ms === 0) return "0s";
  if (ms < 1000) return `${ms}ms`;
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}

/** Damerau-free Levenshtein distance; small inputs only (names of flags and enum values). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min((prev[j] as number) + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}

/** The candidate nearest to `value`, when it is close enough to be a plausible typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** Parses one raw value according to its definition. Empty strings must be handled by the caller. */
export function parseInput(name: string, def: InputDef, raw: string): unknown {
  const bounds = { ...(def.min === undefined ? {} : { min: def.min }), ...(def.max === undefined ? {} : { max: def.max }) };
  switch (def.kind) {
    case "boolean":
      return parseBoolean(name, raw);
    case "integer":
      return parseInteger(name, raw, bounds);
    case "number":
      return parseNumber(name, raw, bounds);
    case "duration":
      return parseDuration(name, raw, bounds);
    case "percent":
      return parsePercent(name, raw, bounds);
    case "enum":
      return parseEnum(name, raw, def.values ?? []);
    case "list":
      return parseList(raw);
    case "glob":
      return parseGlobs(name, raw);
    case "json":
      return parseJson(name, raw);
    case "string":
    case "secret":
    case "path":
      return raw.trim();
  }
}

/**
 * Reads every input of a spec through `get` (which returns the raw string, '' when unset), applies
 * spec defaults to empty inputs (except `${{ }}` expressions, which only the runner evaluates), and
 * fails once with every problem found.
 */
export function readInputs<S extends InputSpec>(spec: S, get: (name: string, def: InputDef) => string): InputValues<S> {
  const out: Record<string, unknown> = {};
  const problems: InputProblem[] = [];
  for (const [name, def] of Object.entries(spec)) {
    let raw = get(name, def);
    if (raw.trim() === "" && def.default !== undefined && !def.default.includes("${{")) raw = def.default;
    if (raw.trim() === "") {
      if (def.required) problems.push({ input: name, problem: `is required: ${def.description}` });
      out[name] = def.kind === "list" || def.kind === "glob" ? [] : undefined;
      continue;
    }
    try {
      out[name] = parseInput(name, def, raw);
    } catch (e) {
      if (e instanceof InputError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return out as InputValues<S>;
}
