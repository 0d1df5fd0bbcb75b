/**
 * The deploy screens: the rollout's verdict, its one reason, then the evidence per stage and the
 * timeline, with the plan last; and the dry run, which names every decision a real run would make and
 * warns about a plan that cannot promote. Pure.
 */
import { formatMs } from "../../kernel/inputs.js";
import { escapeMarkdown, table } from "../../kernel/markdown.js";
import { formatRate, type GateEvidence, wilsonInterval } from "./evidence.js";
import type { Sample } from "./gates.js";

export interface StageRecord {
  index: number;
  weight: number;
  startedAtMs: number;
  endedAtMs: number | undefined;
  samples: Sample[];
  /** What ended the stage, in a word or two: promoted, rolled back, not-enough-samples, final stage. */
  decision: string;
  /** Each counting gate's pooled evidence at the stage's end. */
  evidence: GateEvidence[];
  /** The samples the stage needed before it could promote. */
  minSamples?: number;
}

export interface RolloutReport {
  conclusion: "promoted" | "rolled-back" | "not-enough-samples" | "failed" | "waiting";
  reason: string;
  version: string;
  stages: StageRecord[];
  timeToRollbackMs: number | undefined;
  startedAtMs: number;
  /** The plan's markdown ({@link renderPlan}), shown after the verdict and the evidence. */
  plan?: string;
  /** Whether the rollout moved a feature flag (its rollback switches the flag off) rather than traffic. Defaults to false. */
  isFlag?: boolean;
}

/** Seconds with one decimal and no space, so a table column never wraps: `20.3s`. */
const secs = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
const ICON: Record<string, string> = { pass: "✅", fail: "❌", "no-data": "⚪", error: "⚠️", "not-enough-samples": "➖" };

/** "1/60 errors (1.67%), 95% bounds 0.3%–7.4%" for a gate's pooled evidence. */
export function renderEvidence(e: GateEvidence): string {
  const stable = e.stable ? `; stable ${e.stable.errors}/${e.stable.requests} (${formatRate(e.stable.errors / e.stable.requests)})` : "";
  return `${e.gate}: ${e.canary.errors}/${e.canary.requests} errors (${formatRate(e.rate)}), 95% bounds ${formatRate(e.lower)}–${formatRate(e.upper)}${stable}`;
}

export function renderRollout(r: RolloutReport): string {
  const head = {
    promoted: "✅ Promoted",
    "rolled-back": "↩️ Rolled back",
    "not-enough-samples": "↩️ Rolled back: not enough evidence",
    failed: "❌ Failed",
    waiting: "⏸ Waiting",
  }[r.conclusion];
  const lines = [`## ${head}: ${escapeMarkdown(r.version || "rollout")}`, "", escapeMarkdown(r.reason)];
  if (r.timeToRollbackMs !== undefined) {
    const failed = r.stages.some((s) => s.samples.some((x) => x.outcome === "fail"));
    // The figure counts from the first failed check when there was one; else from the decision
    // itself (a cancel, a lost lock, a provider failure, too little evidence).
    const back = r.isFlag ? "The flag was off for everyone" : "Traffic was back on stable";
    lines.push("", `${back} ${formatMs(r.timeToRollbackMs)} after ${failed ? "the first failed check" : "the rollback was decided"}.`);
  }
  if (r.stages.length > 0) {
    lines.push("", "### Stages", "");
    const rows = r.stages.map((s) => [
      String(s.index + 1),
      `${s.weight}%`,
      secs((s.endedAtMs ?? s.startedAtMs) - s.startedAtMs),
      s.samples.map((x) => ICON[x.outcome] ?? x.outcome).join(""),
      s.evidence.length === 0
        ? "no counted requests"
        : `${s.evidence.map((e) => escapeMarkdown(renderEvidence(e))).join("<br>")}${s.minSamples ? ` (needs ${s.minSamples})` : ""}`,
      escapeMarkdown(s.decision),
    ]);
    lines.push(table(["stage", "weight", "time", "checks", "pooled evidence", "decision"], rows, ["right", "right", "right", "left", "left", "left"]));
  }
  const detailed = r.stages.flatMap((s) =>
    s.samples.map((x) => [
      String(s.index + 1),
      secs(x.atMs - r.startedAtMs),
      escapeMarkdown(x.gate),
      `${ICON[x.outcome] ?? ""} ${x.outcome}`,
      escapeMarkdown(x.detail),
    ]),
  );
  if (detailed.length > 0)
    lines.push("", "<details><summary>Every check</summary>", "", table(["stage", "at", "gate", "outcome", "value"], detailed.slice(-300)), "", "</details>");
  if (r.plan) lines.push("", r.plan.trimEnd());
  return `${lines.join("\n")}\n`;
}

/** One stage of a plan as the dry run states it. */
export interface StageFacts {
  weight: number;
  bakeMs: number;
  checkIntervalMs: number;
  /** Samples the stage must pool before it may promote (0: none needed). */
  minSamples: number;
  /** Requests one check's counting gates deliver. */
  perCheck: number;
  /** How long the stage may run past its bake to gather evidence. */
  extensionMs: number;
}

/** Everything a real run would decide, for the dry run. */
export interface DryRunFacts {
  version: string;
  environment: string;
  strategy: string;
  /** The provider in words (provider-config's describeProvider). */
  provider: string;
  stable: string;
  canary: string;
  /** Each gate in words, e.g. `http probe of http://…/health: 20 requests per check`. */
  gates: string[];
  errorRateMax: number;
  p95MaxMs: number;
  stages: StageFacts[];
  /** Why a real run would be refused now (freeze, window), if it would. */
  refusal?: string;
  /** The plan table ({@link renderPlan}). */
  plan: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Checks one stage delivers in its bake: one per interval, at least one. */
function checksInBake(s: StageFacts): number {
  return Math.max(1, Math.floor(s.bakeMs / Math.max(1, s.checkIntervalMs)));
}

/** Warnings about a plan that cannot promote as written, one per problem, naming the stage and the fix. */
export function planWarnings(f: Pick<DryRunFacts, "stages">): string[] {
  const out: string[] = [];
  for (const [i, s] of f.stages.entries()) {
    const name = `Stage ${i + 1} (${s.weight}%)`;
    if (s.bakeMs > 0 && s.bakeMs < s.checkIntervalMs)
      out.push(
        `${name} bakes ${formatMs(s.bakeMs)}, shorter than its ${formatMs(s.checkIntervalMs)} check interval: its one check comes after the bake, ${formatMs(s.checkIntervalMs)} into the stage. Lengthen the bake or shorten check-interval.`,
      );
    if (s.minSamples === 0 || s.bakeMs === 0) continue;
    const extraChecks = Math.floor(s.extensionMs / Math.max(1, s.checkIntervalMs));
    const most = (checksInBake(s) + extraChecks) * s.perCheck;
    if (most < s.minSamples)
      out.push(
        `${name} needs ${s.minSamples} samples, but its gates deliver at most about ${most} (${s.perCheck} per check, ${plural(checksInBake(s), "check")} in the bake and ${extraChecks} more in the ${formatMs(s.extensionMs)} extension): a healthy canary would end as not-enough-samples. Lower min-samples, lengthen the bake or raise probe-requests.`,
      );
  }
  return out;
}

/** The dry run's summary: it says it is one, then every decision the real run would make. */
export function renderDryRun(f: DryRunFacts): string {
  const warnings = planWarnings(f);
  const lines = [
    `## 🧪 Dry run: ${escapeMarkdown(f.version || "rollout")} to ${escapeMarkdown(f.environment)} — nothing was changed`,
    "",
    warnings.length > 0
      ? `This plan cannot promote as written (${warnings.length} problem${warnings.length === 1 ? "" : "s"} below).`
      : f.refusal
        ? "The plan can promote, but a real run would be refused now (below)."
        : "A real run would follow this plan.",
  ];
  // The refusal quotes the freeze and window inputs as written (as the log does).
  if (f.refusal) lines.push("", `> [!WARNING]\n> ${f.refusal}.`);
  // Warnings are Shipline's own words around numbers and durations: nothing to escape.
  for (const w of warnings) lines.push("", `> [!WARNING]\n> ${w}`);
  lines.push(
    "",
    // A named header row: GitHub draws an empty one as a blank bar above the facts.
    "| decision | a real run would use |",
    "| --- | --- |",
    `| version | ${f.version ? escapeMarkdown(f.version) : "not set"} |`,
    `| environment | ${escapeMarkdown(f.environment)} |`,
    `| strategy | ${f.strategy} |`,
    `| provider | ${escapeMarkdown(f.provider)} |`,
    `| gates | ${f.gates.map(escapeMarkdown).join("<br>")} |`,
    `| thresholds | error rate ≤ ${formatRate(f.errorRateMax)} (breach: 95% lower bound above it; pass: pooled rate within it), p95 ≤ ${f.p95MaxMs} ms |`,
  );
  lines.push("", "### Evidence per stage", "");
  const rows = f.stages.map((s, i) => {
    const delivered = s.bakeMs === 0 ? 0 : checksInBake(s) * s.perCheck;
    const bound = delivered > 0 ? `${formatRate(wilsonInterval({ requests: delivered, errors: 0 }).upper)}` : "–";
    return [
      String(i + 1),
      `${s.weight}%`,
      s.bakeMs === 0 ? "none" : formatMs(s.bakeMs),
      s.bakeMs === 0 ? "–" : formatMs(s.checkIntervalMs),
      String(delivered),
      s.minSamples === 0 ? "none" : String(s.minSamples),
      s.bakeMs === 0 ? "–" : `up to ${formatMs(s.extensionMs)}`,
      bound,
    ];
  });
  lines.push(
    table(["stage", "weight", "bake", "checks every", "samples in bake", "min-samples", "extension", "95% upper bound if error-free"], rows, [
      "right",
      "right",
      "right",
      "right",
      "right",
      "right",
      "right",
      "right",
    ]),
  );
  lines.push("", f.plan.trimEnd());
  return `${lines.join("\n")}\n`;
}
