/**
 * Response checks: expected status, body contains, JSON path equals. Compiled once per request so
 * the hot path only compares.
 */
import type { ScenarioChecks } from "./scenario.js";

/** A compiled set of checks for one request. */
export interface CompiledChecks {
  /**
   * Accepted statuses; undefined means any 2xx. A 3xx fails the implicit check: redirects are never
   * followed (traffic stays on the allowed hosts), so an unexpected one most likely means a
   * misconfigured target (http→https, a login page), which must not pass as a fast 200.
   */
  statuses?: ReadonlySet<number> | undefined;
  contains: readonly string[];
  json: readonly { path: string; segments: (string | number)[]; expected: unknown }[];
  /** True when the body must be read (body or JSON checks). */
  needsBody: boolean;
  /** Number of checks a response is tested against (status counts as one). */
  count: number;
}

/**
 * Parses a JSON path: `$.a.b[0].c`, `$['a b']`, or the short form `a.b.0`. Returns the segments or
 * an error sentence.
 */
export function parseJsonPath(path: string): (string | number)[] | string {
  let p = path.trim();
  if (p.startsWith("$")) p = p.slice(1);
  const out: (string | number)[] = [];
  let i = 0;
  while (i < p.length) {
    if (p[i] === ".") {
      i++;
      const m = /^[^.[\]]+/.exec(p.slice(i));
      if (!m) return `"${path}" has an empty name after "."`;
      out.push(/^\d+$/.test(m[0]) ? Number(m[0]) : m[0]);
      i += m[0].length;
    } else if (p[i] === "[") {
      const m = /^\[(?:(\d+)|'([^']*)'|"([^"]*)")\]/.exec(p.slice(i));
      if (!m) return `"${path}" has a malformed [...] part; use [0] or ['name']`;
      out.push(m[1] !== undefined ? Number(m[1]) : ((m[2] ?? m[3]) as string));
      i += m[0].length;
    } else if (out.length === 0) {
      const m = /^[^.[\]]+/.exec(p.slice(i)) as RegExpExecArray;
      out.push(/^\d+$/.test(m[0]) ? Number(m[0]) : m[0]);
      i += m[0].length;
    } else return `"${path}" is not a JSON path like $.data.items[0].id`;
  }
  return out;
}

/** Compiles checks; returns error sentences for malformed JSON paths. */
export function compileChecks(checks: ScenarioChecks | undefined): { compiled: CompiledChecks; problems: string[] } {
  const problems: string[] = [];
  const statuses = checks?.status === undefined ? undefined : new Set(Array.isArray(checks.status) ? checks.status : [checks.status]);
  const containsRaw = checks?.["body-contains"];
  const contains = containsRaw === undefined ? [] : Array.isArray(containsRaw) ? containsRaw : [containsRaw];
  const json: CompiledChecks["json"][number][] = [];
  for (const [path, expected] of Object.entries(checks?.json ?? {})) {
    const segments = parseJsonPath(path);
    if (typeof segments === "string") problems.push(segments);
    else json.push({ path, segments, expected });
  }
  const needsBody = contains.length > 0 || json.length > 0;
  return { compiled: { statuses, contains, json, needsBody, count: 1 + contains.length + json.length }, problems };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Result of checking one response. */
export interface CheckOutcome {
  passed: number;
  failed: number;
  /** True when the status was acceptable (explicit list, or 2xx without one). */
  statusOk: boolean;
  /** The first failed check, for sampling error messages. */
  firstFailure?: string | undefined;
}

/** Checks one response. `body` is only needed when `compiled.needsBody`. */
export function evaluateChecks(compiled: CompiledChecks, status: number, body: string | undefined): CheckOutcome {
  let passed = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const fail = (what: string) => {
    failed++;
    firstFailure ??= what;
  };
  const statusOk = compiled.statuses ? compiled.statuses.has(status) : status >= 200 && status < 300;
  if (statusOk) passed++;
  else fail(`status ${status}`);
  const text = body ?? "";
  for (const c of compiled.contains) {
    if (text.includes(c)) passed++;
    else fail(`body does not contain ${JSON.stringify(c)}`);
  }
  if (compiled.json.length > 0) {
    let doc: unknown;
    let parsed = true;
    try {
      doc = JSON.parse(text);
    } catch {
      parsed = false;
    }
    for (const j of compiled.json) {
      if (!parsed) {
        fail(`body is not JSON (for ${j.path})`);
        continue;
      }
      let v: unknown = doc;
      for (const s of j.segments) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[s] : undefined;
      if (deepEqual(v, j.expected)) passed++;
      else fail(`${j.path} is ${JSON.stringify(v) ?? "missing"}, expected ${JSON.stringify(j.expected)}`);
    }
  }
  return { passed, failed, statusOk, firstFailure };
}
