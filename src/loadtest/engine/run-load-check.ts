/**
 * One call for other capabilities that need "drive this target briefly and tell me if it held"
 * (deploy's `loadtest` gate): plan, run, judge. Input problems come back as data (no throw), so the
 * caller can word them for its own inputs.
 *
 * ```ts
 * const check = await runLoadCheck({ target: "https://canary.example.com", rate: "20", durationMs: 15_000, thresholds: ["http_req_duration: p(95)<500"], signal });
 * if (check.problems.length) ...; else if (check.verdict !== "pass") fail(check.reasons.join("; "));
 * ```
 */
import { type LoadPlan, type PlanOptions, planLoad } from "../core/plan.js";
import { type ReportSummary, summarize } from "../core/report.js";
import { DEFAULT_THRESHOLDS, parseThresholdLines, parseThresholds, type ThresholdResult } from "../core/thresholds.js";
import { computeVerdict, type Verdict, type VerdictOptions } from "../core/verdict.js";
import { runLoadOnWorkers } from "./load-workers.js";
import type { LoadProgress, LoadResult } from "./run-load.js";

export interface LoadCheckOptions extends Omit<PlanOptions, "allowedHosts" | "env"> {
  /** Thresholds as the `thresholds` input writes them (`http_req_duration: p(95)<500`); default: the loadtest defaults. */
  thresholds?: readonly string[] | undefined;
  allowedHosts?: readonly string[] | undefined;
  env?: Readonly<Record<string, string | undefined>> | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: LoadProgress) => void) | undefined;
  progressIntervalMs?: number | undefined;
  /** Inconclusive limits; `minSamples` defaults to 100. */
  verdict?: VerdictOptions | undefined;
}

export interface LoadCheckResult {
  /** Sentences naming what is wrong with the options; when non-empty nothing was sent. */
  problems: string[];
  verdict?: Verdict | undefined;
  /** Why the verdict is not pass. */
  reasons: string[];
  thresholds: ThresholdResult[];
  summary?: ReportSummary | undefined;
  plan?: LoadPlan | undefined;
  result?: LoadResult | undefined;
}

/** Plans, runs and judges a short load test. Never throws for request failures or bad options. */
export async function runLoadCheck(o: LoadCheckOptions): Promise<LoadCheckResult> {
  const { plan, problems } = planLoad({ ...o, allowedHosts: o.allowedHosts ?? [], env: o.env ?? {} });
  const { config, problems: lineProblems } = o.thresholds?.length ? parseThresholdLines(o.thresholds) : { config: DEFAULT_THRESHOLDS, problems: [] };
  const parsed = parseThresholds(config);
  const all = [
    ...problems.map((p) => `${p.input ? `"${p.input}"` : (p.path ?? []).join(".")} ${p.message}`),
    ...[...lineProblems, ...parsed.problems].map((p) => `threshold "${p.key}": ${p.message}`),
  ];
  if (all.length > 0 || !plan) return { problems: all, reasons: [], thresholds: [] };
  const result = await runLoadOnWorkers(plan, { signal: o.signal, onProgress: o.onProgress, progressIntervalMs: o.progressIntervalMs });
  const v = computeVerdict(
    {
      recorded: result.recorded,
      durationMs: result.durationMs,
      warmupMs: plan.warmupMs,
      thresholds: parsed.thresholds,
      isOpenModel: plan.model.kind === "open",
      complete: result.complete,
      stopReason: result.stopReason,
    },
    o.verdict,
  );
  return { problems: [], verdict: v.verdict, reasons: v.reasons, thresholds: v.results, summary: summarize(result.recorded, result.durationMs), plan, result };
}
