/**
 * The JSON report: what a run (or one shard) measured, with its HDR histograms encoded, so reports
 * can be merged exactly (`shipline loadtest merge`) and compared later (baselines). Its schema is
 * {@link reportSchema}; {@link parseReport} validates reports read back from files and artifacts.
 */
import { z } from "zod";
import { computeScopeFigures, latencyFigure, type ScopeFigures } from "./figures.js";
import { decodeHistogram, encodeHistogram } from "./histogram.js";
import type { LoadPlan } from "./plan.js";
import { createScope, type Recorded, type ScopeStats } from "./recorder.js";
import type { ThresholdResult } from "./thresholds.js";
import type { Verdict } from "./verdict.js";

export const REPORT_KIND = "shipline-loadtest-report";
export const REPORT_VERSION = 1;

const encodedScope = z.object({
  latency: z.string(),
  service: z.string(),
  requests: z.number().int().min(0),
  failed: z.number().int().min(0),
  unavailable: z.number().int().min(0),
  statusCodes: z.record(z.string(), z.number().int().min(0)),
  errors: z.record(z.string(), z.number().int().min(0)),
  checks: z.object({ passed: z.number().int().min(0), failed: z.number().int().min(0) }),
});

/** The run's configuration as far as comparing and merging runs is concerned. */
export const reportConfigSchema = z.object({
  target: z.string(),
  model: z.enum(["open", "ramp", "closed"]),
  /** Whole-run arrival rate (all shards), req/s; peak rate for ramps. */
  rate: z.number().optional(),
  /** Whole-run connections (closed model). */
  connections: z.number().int().optional(),
  stages: z.array(z.object({ durationMs: z.number(), target: z.number() })).optional(),
  durationMs: z.number(),
  warmupMs: z.number(),
  timeoutMs: z.number(),
  maxInFlight: z.number().int(),
  requests: z.array(z.object({ name: z.string(), method: z.string(), path: z.string() })),
});
export type ReportConfig = z.infer<typeof reportConfigSchema>;

export const summarySchema = z.object({
  requests: z.number().int(),
  rps: z.number(),
  p50Ms: z.number().nullable(),
  p90Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
  p99Ms: z.number().nullable(),
  maxMs: z.number().nullable(),
  avgMs: z.number().nullable(),
  serviceP95Ms: z.number().nullable(),
  lagP99Ms: z.number().nullable(),
  /** Failed / measured requests, 0..1. */
  errorRate: z.number(),
  /** Percent of requests the service answered (no network error, no timeout, no 5xx). */
  availability: z.number().nullable(),
  dropped: z.number().int(),
});
export type ReportSummary = z.infer<typeof summarySchema>;

/** One endpoint's figures, exactly as its row in the summary shows them and its thresholds were judged. */
export const endpointSummarySchema = z.object({
  requests: z.number().int(),
  rps: z.number(),
  p50Ms: z.number().nullable(),
  p90Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
  p99Ms: z.number().nullable(),
  maxMs: z.number().nullable(),
  avgMs: z.number().nullable(),
  failed: z.number().int(),
  /** Failed / measured requests, 0..1. */
  errorRate: z.number(),
  availability: z.number().nullable(),
});
export type EndpointSummary = z.infer<typeof endpointSummarySchema>;

export const reportSchema = z.object({
  kind: z.literal(REPORT_KIND),
  version: z.literal(REPORT_VERSION),
  generator: z.string(),
  complete: z.boolean(),
  stopReason: z.string().optional(),
  stopDetail: z.string().optional(),
  startedAt: z.string(),
  startedAtMs: z.number(),
  /** How long after startedAtMs (the shared start-at) this generator really started, ms; the largest of the shards when merged. Absent when on time. */
  lateStartMs: z.number().min(0).optional(),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
  /** Shards merged into this report (1..N); a single run has [its index]. */
  shardsMerged: z.array(z.number().int()),
  config: reportConfigSchema,
  durationMs: z.number(),
  summary: summarySchema,
  /** Per endpoint (request name); absent in reports written before it existed. */
  endpoints: z.record(z.string(), endpointSummarySchema).optional(),
  verdict: z.enum(["pass", "fail", "inconclusive"]),
  reasons: z.array(z.string()),
  thresholds: z.array(
    z.object({ key: z.string(), expression: z.string(), endpoint: z.string().optional(), ok: z.boolean(), actual: z.number().nullable(), detail: z.string() }),
  ),
  errorSamples: z.record(z.string(), z.number()),
  histograms: z.object({
    overall: encodedScope,
    endpoints: z.record(z.string(), encodedScope),
    lag: z.string(),
    seconds: z.array(z.object({ second: z.number().int(), requests: z.number().int(), failed: z.number().int(), latency: z.string() })),
    dropped: z.number().int(),
    /** Of dropped: arrivals skipped because a generator started after start-at (absent in reports before it existed). */
    lateStartDropped: z.number().int().min(0).optional(),
    warmupRequests: z.number().int(),
  }),
});
export type Report = z.infer<typeof reportSchema>;

/** The report's config block for a plan (whole-run figures, independent of the shard). */
export function describePlan(plan: LoadPlan, wholeRunConnections?: number): ReportConfig {
  const m = plan.model;
  const base = {
    target: plan.target,
    durationMs: plan.durationMs,
    warmupMs: plan.warmupMs,
    timeoutMs: plan.timeoutMs,
    maxInFlight: plan.maxInFlight,
    requests: plan.requests.map((r) => ({ name: r.name, method: r.method, path: r.path })),
  };
  if (m.kind === "closed") return { ...base, model: "closed", connections: wholeRunConnections ?? m.connections * plan.shard.count };
  if (m.profile.kind === "ramp") return { ...base, model: "ramp", rate: plan.rate, stages: m.profile.stages.map((s) => ({ ...s })) };
  return { ...base, model: "open", rate: plan.rate };
}

/** Headline figures of what was recorded. `durationMs` is the measured length (for rps). */
export function summarize(rec: Recorded, durationMs: number): ReportSummary {
  const f = computeScopeFigures(rec.overall, durationMs);
  return {
    requests: f.requests,
    rps: f.rps,
    p50Ms: f.p50Ms,
    p90Ms: f.p90Ms,
    p95Ms: f.p95Ms,
    p99Ms: f.p99Ms,
    maxMs: f.maxMs,
    avgMs: f.avgMs,
    serviceP95Ms: latencyFigure(rec.overall.service, "p", 95),
    lagP99Ms: latencyFigure(rec.lag, "p", 99),
    errorRate: f.errorRate,
    availability: f.availability,
    dropped: rec.dropped,
  };
}

/** Per-endpoint figures of what was recorded, by request name. */
export function summarizeEndpoints(rec: Recorded, durationMs: number): Record<string, EndpointSummary> {
  return Object.fromEntries(
    Object.keys(rec.endpoints)
      .sort()
      .map((name) => [name, computeScopeFigures(rec.endpoints[name] as ScopeStats, durationMs) satisfies ScopeFigures]),
  );
}

function encodeScope(s: ScopeStats): z.infer<typeof encodedScope> {
  return {
    latency: encodeHistogram(s.latency),
    service: encodeHistogram(s.service),
    requests: s.requests,
    failed: s.failed,
    unavailable: s.unavailable,
    statusCodes: { ...s.statusCodes },
    errors: { ...s.errors } as Record<string, number>,
    checks: { ...s.checks },
  };
}

function decodeScope(e: z.infer<typeof encodedScope>): ScopeStats {
  const s = createScope();
  s.latency = decodeHistogram(e.latency);
  s.service = decodeHistogram(e.service);
  s.requests = e.requests;
  s.failed = e.failed;
  s.unavailable = e.unavailable;
  s.statusCodes = { ...e.statusCodes };
  s.errors = { ...e.errors };
  s.checks = { ...e.checks };
  return s;
}

/** Encodes what was recorded for the report. */
export function encodeRecorded(rec: Recorded): Report["histograms"] {
  return {
    overall: encodeScope(rec.overall),
    endpoints: Object.fromEntries(Object.entries(rec.endpoints).map(([k, v]) => [k, encodeScope(v)])),
    lag: encodeHistogram(rec.lag),
    seconds: rec.seconds.map((s) => ({ second: s.second, requests: s.requests, failed: s.failed, latency: encodeHistogram(s.latency) })),
    dropped: rec.dropped,
    lateStartDropped: rec.lateStartDropped,
    warmupRequests: rec.warmupRequests,
  };
}

/** Decodes a report's histograms back into a {@link Recorded} (exact: same bucket counts). */
export function decodeRecorded(h: Report["histograms"]): Recorded {
  return {
    overall: decodeScope(h.overall),
    endpoints: Object.fromEntries(Object.entries(h.endpoints).map(([k, v]) => [k, decodeScope(v)])),
    lag: decodeHistogram(h.lag),
    seconds: h.seconds.map((s) => ({ second: s.second, requests: s.requests, failed: s.failed, latency: decodeHistogram(s.latency, true) })),
    dropped: h.dropped,
    lateStartDropped: h.lateStartDropped ?? 0,
    warmupRequests: h.warmupRequests,
  };
}

/** Everything {@link buildReport} needs. */
export interface ReportInput {
  generator: string;
  config: ReportConfig;
  shard: { index: number; count: number };
  shardsMerged: number[];
  recorded: Recorded;
  startedAtMs: number;
  /** How late the generator started after `startedAtMs`, ms (0 or undefined: on time). */
  lateStartMs?: number | undefined;
  durationMs: number;
  complete: boolean;
  stopReason?: string | undefined;
  stopDetail?: string | undefined;
  verdict: Verdict;
  reasons: string[];
  thresholds: ThresholdResult[];
  errorSamples: Record<string, number>;
}

/** Builds the JSON report (plain data, ready for JSON.stringify). */
export function buildReport(i: ReportInput): Report {
  return {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    generator: i.generator,
    complete: i.complete,
    ...(i.stopReason ? { stopReason: i.stopReason } : {}),
    ...(i.stopDetail ? { stopDetail: i.stopDetail } : {}),
    startedAt: new Date(i.startedAtMs).toISOString(),
    startedAtMs: i.startedAtMs,
    ...(i.lateStartMs ? { lateStartMs: Math.round(i.lateStartMs) } : {}),
    shard: i.shard,
    shardsMerged: i.shardsMerged,
    config: i.config,
    durationMs: i.durationMs,
    summary: summarize(i.recorded, i.durationMs),
    endpoints: summarizeEndpoints(i.recorded, i.durationMs),
    verdict: i.verdict,
    reasons: i.reasons,
    thresholds: i.thresholds.map((r) => ({
      key: r.threshold.key,
      expression: r.threshold.expression,
      ...(r.threshold.endpoint ? { endpoint: r.threshold.endpoint } : {}),
      ok: r.ok,
      actual: r.actual ?? null,
      detail: r.detail,
    })),
    errorSamples: i.errorSamples,
    histograms: encodeRecorded(i.recorded),
  };
}

/** Validates a report read from `file`; returns it or problem sentences naming the keys. */
export function parseReport(data: unknown): { report?: Report; problems: string[] } {
  if (data && typeof data === "object" && (data as { kind?: unknown }).kind !== REPORT_KIND) {
    return { problems: [`is not a Shipline loadtest report (its "kind" is ${JSON.stringify((data as { kind?: unknown }).kind)}, expected "${REPORT_KIND}")`] };
  }
  const r = reportSchema.safeParse(data);
  if (r.success) return { report: r.data, problems: [] };
  return {
    problems: r.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join(".") || "(top level)"}: ${i.message}`),
  };
}

/**
 * Checks that shard reports belong to one matrix run and can be merged: same config, same shard
 * count, same shared start, every shard exactly once. Returns problem sentences (empty when fine).
 */
export function checkShardsMergeable(reports: readonly { file: string; report: Report }[]): string[] {
  const problems: string[] = [];
  if (reports.length === 0) return ["no shard reports were given"];
  const first = reports[0] as { file: string; report: Report };
  const count = first.report.shard.count;
  const seen = new Map<number, string>();
  for (const { file, report } of reports) {
    if (report.shard.count !== count)
      problems.push(`${file} is shard ${report.shard.index}/${report.shard.count}, but ${first.file} is one of ${count} shards`);
    if (JSON.stringify(report.config) !== JSON.stringify(first.report.config))
      problems.push(`${file} was run with a different configuration than ${first.file} (target, rate, duration or requests differ)`);
    if (report.startedAtMs !== first.report.startedAtMs) {
      problems.push(
        `${file} started at ${report.startedAt}, ${first.file} at ${first.report.startedAt}; shards must share one start time (set the same "start-at" in every matrix job)`,
      );
    }
    for (const s of report.shardsMerged) {
      const other = seen.get(s);
      if (other) problems.push(`shard ${s} appears twice (${other} and ${file})`);
      seen.set(s, file);
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((s) => !seen.has(s));
  if (missing.length > 0)
    problems.push(
      `shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count} ${missing.length > 1 ? "are" : "is"} missing; a merged result would under-count the load`,
    );
  return problems;
}

/** The JSON Schema of the report file (draft 2020-12), generated from {@link reportSchema}. */
export function renderReportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { $schema: schema.$schema, title: "Shipline loadtest report", ...schema };
}
