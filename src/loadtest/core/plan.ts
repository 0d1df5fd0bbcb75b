/**
 * Planning: inputs and the scenario file become one {@link LoadPlan}, the plain data the engine runs.
 * Every problem is collected (input problems name the input, file problems the key and line) before
 * anything is sent.
 */
import { type CompiledChecks, compileChecks } from "./checks.js";
import { interpolateEnv, requestName, type Scenario } from "./scenario.js";
import { parseRate, parseShard, planRequestCycle, profileDurationMs, type RateProfile, type Shard, totalArrivals } from "./schedule.js";
import { parseDuration } from "../../kernel/inputs.js";

/** One request, ready to send. */
export interface PlannedRequest {
  name: string;
  method: string;
  /** Path and query, appended to the target's path. */
  path: string;
  headers: Record<string, string>;
  body?: string | undefined;
  checks: CompiledChecks;
}

/** Load model. Open models follow a rate profile; the closed model keeps N connections busy. */
export type LoadModel = { kind: "open"; profile: RateProfile } | { kind: "closed"; connections: number; durationMs: number };

/** Everything the engine needs to run. All times in ms. */
export interface LoadPlan {
  /** Base URL without a trailing slash, e.g. `https://staging.example.com/api`. */
  target: string;
  requests: PlannedRequest[];
  /** Request index of arrival i is `cycle[i % cycle.length]` (weights, spread evenly). */
  cycle: number[];
  /** For the open model the profile covers warm-up + measured part; for the closed model `durationMs` does. */
  model: LoadModel;
  /** Warm-up length from the start; excluded from every statistic. Default 0. */
  warmupMs: number;
  /** Measured length (after warm-up). */
  durationMs: number;
  /** Per-request timeout. Default 10 s. */
  timeoutMs: number;
  /** Open model: arrivals beyond this many in-flight requests are dropped (counted). Default 10 000. */
  maxInFlight: number;
  /** Open model: keep-alive connections at most. Default 256. */
  maxConnections: number;
  /** This generator's shard (1/1 for a single run). Rate and connections are divided by its count. */
  shard: Shard;
  /**
   * Worker threads this generator runs on (1: the calling thread). Each takes 1/workers of the shard's
   * arrivals (or connections), see {@link planWorkerShares}.
   */
  workers: number;
  /** Whole-run nominal arrival rate (req/s), all shards together; undefined for the closed model. */
  rate?: number | undefined;
  /** Hosts traffic may go to (lower-case; `*.example.com` wildcards). */
  allowedHosts: string[];
  /** Hard caps: the run stops at whichever comes first. */
  maxDurationMs: number;
  maxRequests: number;
  /** Stops the run when the error rate of the last `windowMs` is at least `errorRate` (0..1) over at least `minRequests`. */
  circuitBreaker?: { errorRate: number; minRequests: number; windowMs: number } | undefined;
}

/** What planning reads: the action's inputs (already typed) and the parsed scenario file. */
export interface PlanOptions {
  target?: string | undefined;
  rate?: string | undefined;
  baselineRps?: number | undefined;
  durationMs?: number | undefined;
  connections?: number | undefined;
  warmupMs?: number | undefined;
  timeoutMs?: number | undefined;
  maxInFlight?: number | undefined;
  shard?: string | undefined;
  /** Worker threads: a whole number, or `auto` (see {@link planWorkers}). Default 1. */
  workers?: string | number | undefined;
  /** Cores available to this process (for `workers: auto`). Default 1. */
  availableCores?: number | undefined;
  allowedHosts: readonly string[];
  /** Hard cap on the run's length. Default 30 min. */
  maxDurationMs?: number | undefined;
  /** Hard cap on requests (this shard). Default 10 000 000. */
  maxRequests?: number | undefined;
  /** Circuit breaker in percent (0 disables). Default 50. */
  circuitBreakerPercent?: number | undefined;
  scenario?: Scenario | undefined;
  /** Environment for `${VAR}` in the scenario. */
  env: Readonly<Record<string, string | undefined>>;
}

/** A planning problem: on an input (named), or on a key of the scenario file. */
export interface PlanProblem {
  input?: string | undefined;
  /** Scenario key path, for file problems. */
  path?: (string | number)[] | undefined;
  message: string;
}

export const DEFAULT_DURATION_MS = 30_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_IN_FLIGHT = 10_000;
/** Most requests in flight one generator may hold (the scenario schema and the input use the same bound). */
export const MAX_IN_FLIGHT = 100_000;
export const DEFAULT_MAX_CONNECTIONS = 256;
export const DEFAULT_MAX_DURATION_MS = 30 * 60_000;
export const DEFAULT_MAX_REQUESTS = 10_000_000;
/** Most worker threads one generator may use. */
export const MAX_WORKERS = 64;
/** `workers: auto` adds a thread per this many req/s of the shard's rate: one core holds at least that (bench/loadtest). */
export const AUTO_WORKER_RATE = 20_000;

/**
 * Why `value` cannot go on the wire as a request path or header, or undefined when it can. A CR/LF
 * in a path or header ends the request line early, and what follows is read by the server as a
 * second request (request smuggling); other control characters and spaces are refused with them.
 * Header values may hold spaces and tabs (`Bearer abc`), never a control character. The message gives
 * the position and code of the character, never the value: it may hold an interpolated secret.
 */
export function unsafeWireText(value: string, kind: "path" | "header name" | "header value"): string | undefined {
  const bad = kind === "header value" ? /[\u0000-\u0008\u000a-\u001f\u007f]/ : /[\u0000-\u0020\u007f]/;
  const m = bad.exec(value);
  if (!m) return undefined;
  const ch = m[0].codePointAt(0) ?? 0;
  const name = ch === 0x0d ? "CR" : ch === 0x0a ? "LF" : ch === 0x20 ? "a space" : `control character U+${ch.toString(16).toUpperCase().padStart(4, "0")}`;
  const fix = kind === "path" ? "percent-encode it (%20, %0D, %0A)" : "remove it";
  return `must not contain ${kind === "header value" ? "control characters" : "control characters or spaces"}; found ${name} at position ${m.index + 1}: ${fix}`;
}

/** Does `host` match an allowed-hosts entry (`example.com`, `*.example.com`, `host:port`)? */
export function isHostAllowed(url: URL, allowed: readonly string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const hostPort = `${host}:${url.port || (url.protocol === "https:" ? "443" : "80")}`;
  return allowed.some((raw) => {
    const a = raw
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/\/.*$/, "");
    if (a.startsWith("*.")) return host.endsWith(a.slice(1));
    return a === host || a === hostPort || a === `[${host}]`;
  });
}

function fileDuration(raw: string | undefined, path: (string | number)[], problems: PlanProblem[]): number | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseDuration(path.join("."), raw);
  } catch {
    problems.push({ path, message: `must be a duration like 30s or 5m; got "${raw}"` });
    return undefined;
  }
}

/**
 * Builds the plan. Inputs win over the scenario file (so a workflow can reuse one file at another
 * rate). Returns the plan, or every problem.
 */
export function planLoad(o: PlanOptions): { plan?: LoadPlan; problems: PlanProblem[]; secrets: string[] } {
  const problems: PlanProblem[] = [];
  const s = o.scenario ?? {};
  const load = s.load ?? {};
  const secrets = (s.env ?? []).map((n) => o.env[n]).filter((v): v is string => typeof v === "string" && v !== "");

  // Target and allowed hosts.
  const targetRaw = o.target?.trim() || s.target;
  let target: URL | undefined;
  if (!targetRaw) problems.push({ input: "target", message: 'is required: set "target" (e.g. https://staging.example.com) or "target:" in the scenario file' });
  else {
    try {
      target = new URL(targetRaw);
      if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error("protocol");
      if (target.username || target.password) {
        problems.push({ input: "target", message: "must not contain credentials; pass them as a header with an ${ENV} variable in the scenario file" });
      }
    } catch {
      problems.push({ input: "target", message: `must be an http(s) URL like https://staging.example.com; got "${targetRaw}"` });
      target = undefined;
    }
  }
  const allowedHosts = o.allowedHosts.length > 0 ? o.allowedHosts.map((h) => h.trim().toLowerCase()) : target ? [target.hostname.toLowerCase()] : [];
  if (target && !isHostAllowed(target, allowedHosts)) {
    problems.push({
      input: "allowed-hosts",
      message: `does not list the target's host "${target.hostname}" (allowed: ${allowedHosts.join(", ")}); add it to allowed-hosts if this target is really meant`,
    });
  }

  // Shard.
  const shard = parseShard(o.shard);
  if (typeof shard === "string") problems.push({ input: "shard", message: shard });
  const shardCount = typeof shard === "string" ? 1 : shard.count;

  // Timing.
  const warmupMs = o.warmupMs ?? fileDuration(load["warm-up"], ["load", "warm-up"], problems) ?? 0;
  const timeoutMs = o.timeoutMs ?? fileDuration(load.timeout, ["load", "timeout"], problems) ?? DEFAULT_TIMEOUT_MS;
  const maxDurationMs = o.maxDurationMs ?? DEFAULT_MAX_DURATION_MS;
  const maxRequests = o.maxRequests ?? DEFAULT_MAX_REQUESTS;
  const baselineRps = o.baselineRps ?? load["baseline-rps"];

  // Model: inputs first, then the file.
  let model: LoadModel | undefined;
  let durationMs = 0;
  let rate: number | undefined;
  const connections = o.connections ?? (o.rate === undefined ? load.connections : undefined);
  const rateRaw = o.rate ?? (o.connections === undefined ? load.rate : undefined);
  if (connections !== undefined && rateRaw !== undefined && o.connections !== undefined && o.rate !== undefined) {
    problems.push({ input: "connections", message: 'is set together with "rate"; choose the open model (rate) or the closed model (connections)' });
  }
  const fileDur = fileDuration(load.duration, ["load", "duration"], problems);
  if (connections !== undefined) {
    durationMs = o.durationMs ?? fileDur ?? DEFAULT_DURATION_MS;
    if (connections < shardCount)
      problems.push({ input: "connections", message: `is ${connections}, fewer than the ${shardCount} shards; use at least one connection per shard` });
    const per = typeof shard === "string" ? connections : Math.floor(connections / shardCount) + (shard.index <= connections % shardCount ? 1 : 0);
    model = { kind: "closed", connections: per, durationMs: warmupMs + durationMs };
  } else if (rateRaw === undefined && load.stages) {
    const stages: { durationMs: number; target: number }[] = [];
    load.stages.forEach((st, i) => {
      const d = fileDuration(st.duration, ["load", "stages", i, "duration"], problems) ?? 0;
      if (d <= 0) problems.push({ path: ["load", "stages", i, "duration"], message: "must be longer than 0" });
      stages.push({ durationMs: d, target: st.target });
    });
    const profile: RateProfile = { kind: "ramp", startRate: load["start-rate"] ?? 0, stages };
    durationMs = profileDurationMs(profile) - warmupMs;
    if (durationMs <= 0) problems.push({ path: ["load", "warm-up"], message: "is as long as the stages together; nothing would be measured" });
    model = { kind: "open", profile };
    rate = Math.max(profile.startRate, ...stages.map((x) => x.target));
  } else {
    const r = parseRate(rateRaw ?? "", baselineRps);
    if (rateRaw === undefined)
      problems.push({
        input: "rate",
        message: 'is required for the open model: set "rate" (req/s, or 10x with baseline-rps), "connections", or load.stages in the scenario file',
      });
    else if (typeof r === "string") problems.push(o.rate !== undefined ? { input: "rate", message: r } : { path: ["load", "rate"], message: r });
    else rate = r;
    durationMs = o.durationMs ?? fileDur ?? DEFAULT_DURATION_MS;
    if (rate !== undefined) model = { kind: "open", profile: { kind: "constant", rate, durationMs: warmupMs + durationMs } };
  }
  if (durationMs + warmupMs > maxDurationMs) {
    problems.push({
      input: "duration",
      message: `plus warm-up is ${Math.round((durationMs + warmupMs) / 1000)}s, above the hard cap max-duration (${Math.round(maxDurationMs / 1000)}s); shorten it or raise max-duration`,
    });
  }
  if (durationMs <= 0 && model?.kind !== "open") problems.push({ input: "duration", message: "must be longer than 0" });
  if (model?.kind === "open" && rate !== undefined) {
    const arrivals = totalArrivals(model.profile) / shardCount;
    if (arrivals > maxRequests) {
      problems.push({
        input: "max-requests",
        message: `is ${maxRequests}, but the plan sends about ${Math.round(arrivals)} requests per generator; lower rate or duration, or raise max-requests`,
      });
    }
  }

  const maxInFlight = o.maxInFlight ?? load["max-in-flight"] ?? DEFAULT_MAX_IN_FLIGHT;
  if (!Number.isSafeInteger(maxInFlight) || maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT)
    problems.push({ input: "max-in-flight", message: `is ${maxInFlight}; use a whole number from 1 to ${MAX_IN_FLIGHT}` });

  // Requests.
  const missing = new Set<string>();
  const declared = new Set(s.env ?? []);
  const env = Object.fromEntries([...declared].map((n) => [n, o.env[n]]));
  const requests: PlannedRequest[] = [];
  const scenarioRequests = s.requests ?? [{ path: target ? "/" : "/" }];
  scenarioRequests.forEach((r, i) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(interpolateEnv(r.headers ?? {}, env, missing))) headers[k.toLowerCase()] = v;
    let body: string | undefined;
    if (r.json !== undefined) {
      body = JSON.stringify(interpolateEnv(r.json, env, missing));
      headers["content-type"] ??= "application/json";
    } else if (r.body !== undefined) body = interpolateEnv(r.body, env, missing);
    // Checked after interpolation: a ${VAR} value can carry a CR/LF as well as the file can.
    const path = interpolateEnv(r.path, env, missing);
    const pathProblem = unsafeWireText(path, "path");
    if (pathProblem) problems.push({ path: ["requests", i, "path"], message: pathProblem });
    for (const [k, v] of Object.entries(headers)) {
      const nameProblem = unsafeWireText(k, "header name");
      if (nameProblem) problems.push({ path: ["requests", i, "headers", k], message: `header name ${nameProblem}` });
      const valueProblem = unsafeWireText(v, "header value");
      if (valueProblem) problems.push({ path: ["requests", i, "headers", k], message: valueProblem });
    }
    const { compiled, problems: checkProblems } = compileChecks(r.checks);
    for (const p of checkProblems) problems.push({ path: ["requests", i, "checks", "json"], message: p });
    requests.push({ name: requestName(r), method: r.method ?? "GET", path, headers, body, checks: compiled });
  });
  for (const name of missing)
    problems.push({
      path: ["env"],
      message: `lists ${name}, but the environment has no ${name}; set it in the step's env: (e.g. ${name}: \${{ secrets.${name} }})`,
    });

  const workers = model ? planWorkers(o.workers, model, rate === undefined ? undefined : rate / shardCount, o.availableCores ?? 1) : 1;
  if (typeof workers === "string") problems.push({ input: "workers", message: workers });

  if (problems.length > 0 || !model || !target || typeof shard === "string" || typeof workers === "string") return { problems, secrets };
  const base = target.href.replace(/\/+$/, "");
  const cycle = planRequestCycle(scenarioRequests.map((r) => r.weight ?? 1));
  const cbPercent = o.circuitBreakerPercent ?? 50;
  const plan: LoadPlan = {
    target: base,
    requests,
    cycle,
    model,
    warmupMs,
    durationMs,
    timeoutMs,
    maxInFlight,
    maxConnections: load["max-connections"] ?? DEFAULT_MAX_CONNECTIONS,
    shard,
    workers,
    rate,
    allowedHosts,
    maxDurationMs,
    maxRequests,
    circuitBreaker: cbPercent > 0 ? { errorRate: cbPercent / 100, minRequests: 100, windowMs: 5000 } : undefined,
  };
  return { plan, problems, secrets };
}

/**
 * Resolves the `workers` input for one generator: a whole number 1..{@link MAX_WORKERS}, or `auto`:
 * one thread per {@link AUTO_WORKER_RATE} req/s of `shardRate` (open model) or one per connection
 * (closed model), at most `availableCores`. Returns the count, or an error sentence (without the
 * input's name). Undefined or empty is 1.
 */
export function planWorkers(raw: string | number | undefined, model: LoadModel, shardRate: number | undefined, availableCores: number): number | string {
  const v = typeof raw === "number" ? String(raw) : (raw ?? "").trim().toLowerCase();
  const cores = Math.max(1, Math.floor(availableCores));
  if (v === "" || v === "1") return 1;
  if (v === "auto") {
    const wanted = model.kind === "closed" ? model.connections : Math.ceil((shardRate ?? 0) / AUTO_WORKER_RATE);
    return Math.max(1, Math.min(cores, wanted, MAX_WORKERS));
  }
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_WORKERS) {
    return `must be a whole number of threads from 1 to ${MAX_WORKERS}, or auto (one per ${AUTO_WORKER_RATE} req/s, at most one per core); got "${raw}"`;
  }
  const n = Number(v);
  if (model.kind === "closed" && n > model.connections) {
    return `is ${n}, more than the ${model.connections} connections this generator keeps open; use at most one worker per connection`;
  }
  return n;
}

/**
 * Splits one generator's plan over `plan.workers` threads. Worker j (0-based) of W is, for the
 * arrival schedule, shard `(k-1) + N*j + 1` of `N*W` when the generator is shard k of N: it keeps
 * the global arrivals `i ≡ (k-1) + N*j (mod N*W)`, so the W workers together send exactly the
 * shard's arrivals, request for request (the same stride split the shards use). The closed model's
 * connections, `max-requests`, `max-in-flight` and `max-connections` are divided too. Each share
 * has `workers: 1`.
 */
export function planWorkerShares(plan: LoadPlan): LoadPlan[] {
  const w = plan.workers;
  const split = (total: number, j: number) => Math.floor(total / w) + (j < total % w ? 1 : 0);
  return Array.from({ length: w }, (_, j) => ({
    ...plan,
    workers: 1,
    shard: { index: plan.shard.index + plan.shard.count * j, count: plan.shard.count * w },
    model: plan.model.kind === "closed" ? { ...plan.model, connections: split(plan.model.connections, j) } : plan.model,
    maxRequests: Math.max(1, split(plan.maxRequests, j)),
    maxInFlight: Math.max(1, Math.ceil(plan.maxInFlight / w)),
    maxConnections: Math.max(1, Math.ceil(plan.maxConnections / w)),
  }));
}
