/** The job summary and the `explain` output of `version`. Pure. */
import { code, escapeMarkdown, table } from "../../kernel/markdown.js";
import type { Classified } from "./classify.js";
import type { NextVersion } from "./next-version.js";
import type { StatusCounts } from "./plan.js";

/**
 * Rows of the `explain` output at most. GitHub caps one step output at 1 MB; 1000 rows of about
 * 150 bytes stay well under it, where 100k commits made a 15 MB output that the runner rejects.
 */
export const MAX_EXPLAIN_ROWS = 1000;

/** One row of the `explain` output (JSON). `omitted` is the last row of a cut list, counting the rest. */
export interface ExplainEntry {
  sha: string;
  header: string;
  bump: string;
  status: Classified["status"] | "omitted";
  rule: string;
}

/**
 * The `explain` rows of the classified changes, newest first. When `total` (every change of the
 * range; defaults to the rows given) is larger, a last row with status `omitted` says how many more.
 */
export function explainEntries(items: readonly Classified[], total = items.length): ExplainEntry[] {
  const rows: ExplainEntry[] = items.map((i) => ({ sha: i.change.sha, header: i.change.header, bump: i.bump, status: i.status, rule: i.rule }));
  if (total > items.length)
    rows.push({ sha: "", header: "", bump: "none", status: "omitted", rule: `and ${total - items.length} more change(s); the summary counts them all` });
  return rows;
}

export interface SummaryInput {
  next: NextVersion;
  tag: string;
  previousTag: string;
  /** The first changes of the range (all of them, or the planner's bounded rows). */
  items: readonly Classified[];
  /** Every change of the range; defaults to the number of items. */
  total?: number;
  /** Changes per status over the whole range; defaults to counting the items. */
  counts?: StatusCounts;
  /** Rows of the table shown at most. Defaults to 300. */
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
  const total = s.total ?? s.items.length;
  let counts = s.counts;
  if (!counts) {
    counts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
    for (const i of s.items) counts[i.status]++;
  }
  lines.push(
    `${total} change(s) since ${prev}: ${counts.bump} release, ${counts.ignored} ignored, ${counts.unparseable} unparseable, ${counts.skipped} skipped, ${counts.reverted} reverted.`,
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
  const shown = Math.min(max, s.items.length);
  if (total > shown)
    lines.push(
      `\n…and ${total - shown} more${s.items.length > shown ? `; the \`explain\` output lists the first ${Math.min(s.items.length, MAX_EXPLAIN_ROWS)}` : ""}.`,
    );
  return `${lines.join("\n")}\n`;
}
