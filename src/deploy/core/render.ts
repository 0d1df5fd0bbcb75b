/** The rollout timeline for the job summary. Pure. */
import { escapeMarkdown, table } from "../../kernel/markdown.js";
import type { GateEvidence } from "./evidence.js";
import type { Sample } from "./gates.js";

export interface StageRecord {
  index: number;
  weight: number;
  startedAtMs: number;
  endedAtMs: number | undefined;
  samples: Sample[];
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
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ICON: Record<string, string> = { pass: "✅", fail: "❌", "no-data": "⚪", error: "⚠️", "not-enough-samples": "➖" };

export function renderRollout(r: RolloutReport): string {
  const head = {
    promoted: "✅ Promoted",
    "rolled-back": "↩️ Rolled back",
    "not-enough-samples": "↩️ Rolled back: not enough evidence",
    failed: "❌ Failed",
    waiting: "⏸ Waiting",
  }[r.conclusion];
  const lines = [`## ${head}: ${escapeMarkdown(r.version || "rollout")}`, "", escapeMarkdown(r.reason)];
  if (r.timeToRollbackMs !== undefined) lines.push("", `Traffic was back on stable ${secs(r.timeToRollbackMs)} after the first failed check.`);
  lines.push("", "### Timeline", "");
  const rows = r.stages.map((s) => [
    String(s.index + 1),
    `${s.weight}%`,
    secs((s.endedAtMs ?? s.startedAtMs) - s.startedAtMs),
    s.samples.map((x) => ICON[x.outcome] ?? x.outcome).join(""),
    escapeMarkdown(s.decision),
  ]);
  lines.push(table(["stage", "weight", "time", "checks", "decision"], rows, ["right", "right", "right", "left", "left"]));
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
  return `${lines.join("\n")}\n`;
}
