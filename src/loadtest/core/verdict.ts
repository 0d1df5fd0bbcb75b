/**
 * The verdict of a run: `pass`, `fail` or `inconclusive`.
 *
 * Inconclusive means the run cannot vouch for the target either way: the generator itself was the
 * bottleneck (it dropped more than 0.1 % of the arrivals because max-in-flight was reached or a shard
 * started after start-at and skipped the arrivals whose time had passed, or it sent
 * more than 1 % of the requests over 50 ms late, which distorts the latencies it measured), or it took
 * fewer than `minSamples` samples. An incomplete run (cancelled, circuit breaker) is `fail` when a threshold already
 * failed or the breaker tripped, otherwise inconclusive.
 */
import { formatMs, formatShare, latencyFigure } from "./figures.js";
import { countAbove } from "./histogram.js";
import type { Recorded } from "./recorder.js";
import { evaluateThresholds, type Threshold, type ThresholdResult } from "./thresholds.js";

export type Verdict = "pass" | "fail" | "inconclusive";

/** Limits for calling a run inconclusive. */
export interface VerdictOptions {
  /** Fewest measured requests for a conclusive run. Default 100. */
  minSamples?: number | undefined;
  /** Largest share of dropped arrivals (0..1) for a conclusive run. Default 0.001 (0.1 %). */
  maxDroppedShare?: number | undefined;
  /**
   * Scheduling lag in ms beyond which a request counts as sent late (open model). The run is
   * inconclusive when more than 1 % of its requests, and at least 10, were sent that late (a single
   * hiccup of a busy machine does not void a short run). Default 50 ms.
   */
  maxLagMs?: number | undefined;
}

export interface VerdictInput {
  recorded: Recorded;
  durationMs: number;
  warmupMs: number;
  thresholds: readonly Threshold[];
  isOpenModel: boolean;
  /** False when the run stopped early. */
  complete: boolean;
  stopReason?: string | undefined;
}

export interface VerdictResult {
  verdict: Verdict;
  results: ThresholdResult[];
  /** Sentences explaining an inconclusive or failed verdict. */
  reasons: string[];
}

/** Evaluates thresholds and decides the verdict. Pure; see the module comment for the rules. */
export function computeVerdict(input: VerdictInput, options: VerdictOptions = {}): VerdictResult {
  const minSamples = options.minSamples ?? 100;
  const maxDropped = options.maxDroppedShare ?? 0.001;
  const maxLag = options.maxLagMs ?? 50;
  const rec = input.recorded;
  const results = evaluateThresholds(input.thresholds, { recorded: rec, durationMs: input.durationMs, warmupMs: input.warmupMs });
  const failed = results.filter((r) => !r.ok);
  const reasons: string[] = [];
  const inconclusive: string[] = [];
  const n = rec.overall.requests;
  if (n < minSamples) inconclusive.push(`only ${n} requests were measured (at least ${minSamples} are needed); run longer or at a higher rate`);
  const arrivals = n + rec.dropped;
  if (input.isOpenModel && arrivals > 0 && rec.dropped / arrivals > maxDropped) {
    const late = rec.lateStartDropped;
    const share = formatShare(rec.dropped / arrivals);
    const causes: string[] = [];
    if (rec.dropped - late > 0) causes.push(`${rec.dropped - late} because max-in-flight was reached (raise max-in-flight or shard the load)`);
    if (late > 0)
      causes.push(
        `${late} because a generator started after start-at and skipped the arrivals whose time had passed (set start-at further ahead so every shard is ready)`,
      );
    inconclusive.push(`the generator dropped ${rec.dropped} of ${arrivals} arrivals (${share}): ${causes.join("; ")}`);
  }
  const late = input.isOpenModel ? countAbove(rec.lag, maxLag * 1000) : 0;
  if (late > Math.max(10, 0.01 * rec.lag.totalCount)) {
    const lagP99 = latencyFigure(rec.lag, "p", 99);
    inconclusive.push(
      `the generator fell behind its schedule: ${late} of ${rec.lag.totalCount} requests were sent more than ${maxLag} ms late (99% were within ${formatMs(lagP99)}); it needs more CPU, or split the rate over shards`,
    );
  }
  if (input.stopReason === "circuit-breaker") {
    reasons.push("the circuit breaker stopped the run");
    return { verdict: "fail", results, reasons: [...reasons, ...failed.map((f) => `${f.threshold.key}: ${f.threshold.expression} failed (${f.detail})`)] };
  }
  if (failed.length > 0 && inconclusive.length === 0) {
    return { verdict: "fail", results, reasons: failed.map((f) => `${f.threshold.key}: ${f.threshold.expression} failed (${f.detail})`) };
  }
  if (input.stopReason === "aborted-on-threshold" && failed.length > 0) {
    return { verdict: "fail", results, reasons: failed.map((f) => `${f.threshold.key}: ${f.threshold.expression} failed (${f.detail})`) };
  }
  if (!input.complete) inconclusive.push("the run stopped before its plan ended");
  if (inconclusive.length > 0) return { verdict: "inconclusive", results, reasons: inconclusive };
  return { verdict: "pass", results, reasons };
}
