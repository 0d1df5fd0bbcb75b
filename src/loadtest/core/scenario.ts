/**
 * The scenario file (YAML or JSON): its zod schema (the published JSON Schema is generated from it,
 * see `schema/loadtest-scenario.schema.json`), validation with problems that name the key and the
 * line, and `${VAR}` interpolation of environment variables the file declares.
 *
 * The schema holds no transforms, so `z.toJSONSchema` represents it exactly; durations and rates are
 * checked by pattern here and converted in `plan.ts`.
 */
import { z } from "zod";

export const DURATION_PATTERN = "^(\\d+(\\.\\d+)?(ms|s|m|h|d))+$";
const duration = z.string().regex(new RegExp(DURATION_PATTERN), "must be a duration like 500ms, 30s, 5m or 1h30m");
const rate = z.union([
  z.number().positive("must be above 0 requests per second"),
  z.string().regex(/^\d+(\.\d+)?x$/, 'must be requests per second (a number) or a multiple of baseline-rps like "10x"'),
]);

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export const checksSchema = z
  .object({
    status: z
      .union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)])
      .optional()
      .describe(
        "Expected status code(s). Without it, any 2xx passes; a 3xx fails (redirects are not followed), so list it, e.g. 302, when a redirect is the expected answer.",
      ),
    "body-contains": z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe("Text(s) the response body must contain."),
    json: z
      .record(z.string().regex(/^\$?[.[]?/), z.unknown())
      .optional()
      .describe('JSON path → expected value, e.g. {"$.status": "ok", "$.items[0].id": 1}.'),
  })
  .strict();

export const requestSchema = z
  .object({
    name: z.string().min(1).max(100).optional().describe("Endpoint name used in reports and thresholds ({name:...}). Default: METHOD path."),
    method: z.enum(HTTP_METHODS).optional().describe("Default GET."),
    path: z.string().startsWith("/", "must start with /").describe("Path and query, appended to the target, e.g. /api/items?limit=10."),
    headers: z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "is not a valid header name"), z.string()).optional(),
    body: z.string().optional().describe("Raw request body."),
    json: z.unknown().optional().describe("JSON request body (sets content-type: application/json)."),
    weight: z.number().int().min(1).max(1000).optional().describe("Relative share of arrivals (whole number, default 1)."),
    checks: checksSchema.optional(),
  })
  .strict();

export const stageSchema = z.object({ duration, target: z.number().min(0).describe("Arrival rate (req/s) reached at the end of the stage.") }).strict();

export const loadSchema = z
  .object({
    rate: rate.optional().describe('Open model: constant arrival rate in req/s, or a multiple of baseline-rps ("10x"). The default model.'),
    "baseline-rps": z.number().positive().optional().describe("Normal traffic in req/s, for rate: 10x."),
    duration: duration.optional().describe("Measured duration (after warm-up). Default 30s."),
    stages: z.array(stageSchema).min(1).optional().describe("Ramping arrival rate: linear from the previous rate to each stage's target."),
    "start-rate": z.number().min(0).optional().describe("Arrival rate at the start of the first stage (default 0)."),
    connections: z.number().int().min(1).max(10000).optional().describe("Closed model: this many connections, each sending back to back."),
    "max-in-flight": z
      .number()
      .int()
      .min(1)
      .max(100000)
      .optional()
      .describe("Open model cap on requests in flight; arrivals beyond it are dropped and counted."),
    "max-connections": z.number().int().min(1).max(10000).optional().describe("Open model: keep-alive connections to open at most (default 256)."),
    "warm-up": duration.optional().describe("Run this long before measuring; excluded from every statistic."),
    timeout: duration.optional().describe("Per-request timeout (default 10s)."),
  })
  .strict();

const thresholdItem = z.union([z.string(), z.object({ threshold: z.string(), abortOnFail: z.boolean().optional() }).strict()]);

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    target: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe("Base URL of the system under test."),
    env: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/))
      .optional()
      .describe("Environment variables the file may use as ${NAME} in paths, headers and bodies; their values are masked."),
    load: loadSchema.optional(),
    requests: z.array(requestSchema).min(1).optional(),
    thresholds: z
      .record(z.string(), z.array(thresholdItem))
      .optional()
      .describe('k6-style thresholds: {"http_req_duration": ["p(95)<500"], "http_req_failed": ["rate<0.001"], "availability": ["value>=99.9%"]}.'),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioRequest = z.infer<typeof requestSchema>;
export type ScenarioChecks = z.infer<typeof checksSchema>;

/** A problem in a scenario file: the key path (`load.rate`, `requests[1].path`), its line when known, and what is wrong. */
export interface ScenarioProblem {
  path: (string | number)[];
  key: string;
  line?: number | undefined;
  message: string;
}

/** Formats a key path the way users write it: `requests[1].checks.status`. */
export function formatKeyPath(path: readonly (string | number | symbol)[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out === "" ? "(top level)" : out;
}

/** The JSON Schema of the scenario file (draft 2020-12), generated from {@link scenarioSchema}. */
export function renderScenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: "Shipline loadtest scenario",
    ...schema,
  };
}

/**
 * Validates parsed file data. `lineOf` maps a key path to its 1-based line (YAML); problems are
 * all collected. Returns the scenario or the problems.
 */
export function parseScenario(
  data: unknown,
  lineOf: (path: (string | number)[]) => number | undefined = () => undefined,
): { scenario?: Scenario; problems: ScenarioProblem[] } {
  const result = scenarioSchema.safeParse(data ?? {});
  if (result.success) {
    const problems = checkScenarioSemantics(result.data, lineOf);
    return problems.length ? { problems } : { scenario: result.data, problems };
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    let message = issue.message;
    let line: number | undefined;
    if (issue.code === "unrecognized_keys") {
      message = `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; check the spelling (the schema is schema/loadtest-scenario.schema.json)`;
      line = lineOf([...path, issue.keys[0] as string]);
    } else if (issue.code === "invalid_value") {
      message = `must be one of ${issue.values.map(String).join(", ")}; got ${JSON.stringify(valueAt(data, path))}`;
    }
    line ??= lineOf(path) ?? lineOf(path.slice(0, -1));
    return { path, key: formatKeyPath(path), line, message };
  });
  return { problems };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const p of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function checkScenarioSemantics(s: Scenario, lineOf: (path: (string | number)[]) => number | undefined): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, key: formatKeyPath(path), line: lineOf(path), message });
  const load = s.load ?? {};
  const models = [load.rate !== undefined ? "rate" : "", load.stages ? "stages" : "", load.connections !== undefined ? "connections" : ""].filter(Boolean);
  if (models.length > 1)
    add(["load"], `sets ${models.join(" and ")}; choose one load model: rate (open, constant), stages (open, ramping) or connections (closed)`);
  if (load.stages && load.duration !== undefined)
    add(["load", "duration"], "is set together with stages; the stages' durations add up to the run's length, remove duration");
  const names = new Set<string>();
  (s.requests ?? []).forEach((r, i) => {
    const name = requestName(r);
    if (names.has(name)) add(["requests", i, "name"], `"${name}" is used by two requests; give each a unique name`);
    names.add(name);
    if (r.body !== undefined && r.json !== undefined) add(["requests", i], "sets both body and json; keep one");
  });
  const declared = new Set(s.env ?? []);
  const scan = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      for (const m of value.matchAll(/\$\{([^}]*)\}/g)) {
        if (!declared.has(m[1] as string)) add(path, `uses \${${m[1]}}, which is not listed under "env:"; add it there (its value is then masked in logs)`);
      }
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) scan(v, [...path, i]);
    } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) scan(v, [...path, k]);
  };
  (s.requests ?? []).forEach((r, i) => {
    scan(r.path, ["requests", i, "path"]);
    scan(r.headers, ["requests", i, "headers"]);
    scan(r.body, ["requests", i, "body"]);
    scan(r.json, ["requests", i, "json"]);
  });
  return problems;
}

/** A request's display name: its `name`, else `METHOD path` without the query. */
export function requestName(r: Pick<ScenarioRequest, "name" | "method" | "path">): string {
  return r.name ?? `${r.method ?? "GET"} ${r.path.split("?")[0]}`;
}

/**
 * Replaces `${NAME}` with `env[NAME]` in every string of `value`. Returns the missing names instead
 * of throwing, so the caller can name them all.
 */
export function interpolateEnv<T>(value: T, env: Readonly<Record<string, string | undefined>>, missing: Set<string>): T {
  if (typeof value === "string") {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
      const v = env[name];
      if (v === undefined) {
        missing.add(name);
        return "";
      }
      return v;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => interpolateEnv(v, env, missing)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, missing)])) as T;
  }
  return value;
}
