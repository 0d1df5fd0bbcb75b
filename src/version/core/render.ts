/** The job summary and the `explain` output of `version`. Pure. */
import { code, escapeMarkdown, table } from "../../kernel/markdown.js";
import type { Classified } from "./classify.js";
import type { NextVersion } from "./next-version.js";

/** One row of the `explain` output (JSON). */
export interface ExplainEntry {
  sha: string;
  header: string;
  bump: string;
  status: Classified["status"];
  rule: string;
}

export function explainEntries(items: readonly Classified[]): ExplainEntry[] {
  return items.map((i) => ({ sha: i.change.sha, header: i.change.header, bump: i.bump, status: i.status, rule: i.rule }));
}

export interface SummaryInput {
  next: NextVersion;
  tag: string;
  previousTag: string;
  items: readonly Classified[];
  /** Rows of the table shown at most; the `explain` output always has every commit. */
  maxRows?: number;
  /** Shown above the table, e.g. "Pull request #12 would release". */
  heading?: string;
  tagged?: "created" | "exists" | undefined;
  dryRun?: boolean;
}

const STATUS_LABEL: Record<Classified["status"], string> = {
  bump: "",
  ignored: "ignored",
  unparseable: "unparseable",
  skipped: "skipped",
  reverted: "reverted",
};

/** Markdown for the job summary (and the PR comment). */
export function renderVersionSummary(s: SummaryInput): string {
  const lines: string[] = [];
  const title = s.heading ?? "Next version";
  if (s.next.released) {
    lines.push(`### ${escapeMarkdown(title)}: ${code(s.tag)} (${s.next.releaseType})`);
  } else {
    lines.push(`### ${escapeMarkdown(title)}: no release`);
  }
  lines.push("");
  const prev = s.previousTag ? code(s.previousTag) : "none";
  lines.push(`Previous release: ${prev}. ${escapeMarkdown(s.next.reason.charAt(0).toUpperCase() + s.next.reason.slice(1))}.`);
  for (const n of s.next.notes) lines.push(`\n> [!NOTE]\n> ${escapeMarkdown(n)}.`);
  if (s.tagged === "created") lines.push(`\nTagged ${code(s.tag)}.`);
  if (s.tagged === "exists") lines.push(`\n${code(s.tag)} already exists at this commit: already released.`);
  if (s.dryRun) lines.push("\nDry run: nothing was written.");
  lines.push("");
  const counts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
  for (const i of s.items) counts[i.status]++;
  lines.push(
    `${s.items.length} change(s) since ${prev}: ${counts.bump} release, ${counts.ignored} ignored, ${counts.unparseable} unparseable, ${counts.skipped} skipped, ${counts.reverted} reverted.`,
  );
  lines.push("");
  const max = s.maxRows ?? 300;
  const rows = s.items
    .slice(0, max)
    .map((i) => [
      code(i.change.sha.slice(0, 7)),
      escapeMarkdown(i.change.header.slice(0, 100)),
      i.status === "bump" ? `**${i.bump}**` : STATUS_LABEL[i.status],
      escapeMarkdown(i.rule),
    ]);
  if (rows.length > 0) lines.push(table(["commit", "message", "bump", "rule"], rows));
  if (s.items.length > max) lines.push(`\n…and ${s.items.length - max} more; the \`explain\` output lists every commit.`);
  return `${lines.join("\n")}\n`;
}
