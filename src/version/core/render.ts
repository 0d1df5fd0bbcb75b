/** The job summary and the `explain` output of `version`. Pure. */
import { count } from "../../kernel/format.js";
import { code, escapeInline, table } from "../../kernel/markdown.js";
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
    rows.push({ sha: "", header: "", bump: "none", status: "omitted", rule: `and ${count(total - items.length, "more change")}; the summary counts them all` });
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
  /** Heading level: 2 (default) alone, 3 under a `## Packages` heading. */
  headingLevel?: 2 | 3;
  /** https://github.com/owner/repo (or the GHES URL): commits become links, as in the release notes. */
  repoUrl?: string | undefined;
  tagged?: "created" | "exists" | undefined;
  dryRun?: boolean;
}

const STATUS_LABEL: Record<Classified["status"], string> = {
  bump: "",
  ignored: "no release",
  unparseable: "⚠️ not conventional",
  skipped: "skipped ([skip release])",
  reverted: "reverted",
};

const BUMP_ORDER = { major: 3, minor: 2, patch: 1, none: 0 } as const;

function commitLink(sha: string, repoUrl: string | undefined): string {
  const short = code(sha.slice(0, 7));
  return repoUrl ? `[${short}](${repoUrl}/commit/${sha})` : short;
}

/** The changes that decided the bump: those with the highest bump of the range. */
function decidingChanges(items: readonly Classified[]): Classified[] {
  let top = 0;
  for (const i of items) if (i.status === "bump") top = Math.max(top, BUMP_ORDER[i.bump as keyof typeof BUMP_ORDER] ?? 0);
  if (top === 0) return [];
  return items.filter((i) => i.status === "bump" && BUMP_ORDER[i.bump as keyof typeof BUMP_ORDER] === top);
}

/** Why, in one sentence a person can act on: the commits that decided a bump, or the rule that did. */
function reasonLine(s: SummaryInput, deciding: readonly Classified[]): string {
  const why = s.next.reason.charAt(0).toUpperCase() + s.next.reason.slice(1);
  if (!s.next.released || deciding.length === 0 || !/ since /.test(s.next.reason)) return `${escapeInline(why)}.`;
  const kind = deciding[0]?.bump;
  const what =
    kind === "major"
      ? count(deciding.length, "breaking change")
      : kind === "minor"
        ? count(deciding.length, "new feature")
        : count(deciding.length, "fix", "fixes");
  const shown = deciding
    .slice(0, 3)
    .map((i) => `- ${commitLink(i.change.sha, s.repoUrl)} ${escapeInline(i.change.header.slice(0, 100))} (${escapeInline(i.rule)})`);
  const more = deciding.length > 3 ? [`- …and ${deciding.length - 3} more in the table below`] : [];
  return [`**${kind === "major" ? "Major" : kind === "minor" ? "Minor" : "Patch"} release because of ${what}:**`, "", ...shown, ...more].join("\n");
}

/** Markdown for the job summary (and the PR comment): the version and why first, then every change. */
export function renderVersionSummary(s: SummaryInput): string {
  const lines: string[] = [];
  const h = "#".repeat(s.headingLevel ?? 2);
  const prev = s.previousTag ? code(s.previousTag) : "the first commit";
  const title = escapeInline(s.heading ?? "Next version");
  const type = s.next.releaseType === "prerelease" ? "pre-release" : `${s.next.releaseType} release`;
  if (s.next.released) lines.push(`${h} 🏷️ ${title}: ${code(s.tag)}, a ${type}`);
  else lines.push(`${h} ${title}: no release`);
  lines.push("");
  const deciding = decidingChanges(s.items);
  lines.push(reasonLine(s, deciding));
  for (const n of s.next.notes) lines.push(`\n> [!NOTE]\n> ${escapeInline(n)}.`);
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
  const unconventional = s.items.filter((i) => i.status === "unparseable");
  if (counts.unparseable > 0) {
    const shown = unconventional.slice(0, 5).map((i) => `> ${commitLink(i.change.sha, s.repoUrl)} ${escapeInline(i.change.header.slice(0, 100))}`);
    lines.push(
      "> [!WARNING]",
      `> ${count(counts.unparseable, "commit is", "commits are")} not conventional and ${counts.unparseable === 1 ? "does" : "do"} not count towards the version:`,
      ">",
      ...shown.flatMap((l, i) => (i === 0 ? [l] : [">", l])),
      "",
    );
  }
  const parts: string[] = [];
  if (counts.bump) parts.push(`${counts.bump} released`);
  if (counts.ignored) parts.push(`${counts.ignored} with no release`);
  if (counts.unparseable) parts.push(`${counts.unparseable} not conventional`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  if (counts.reverted) parts.push(`${counts.reverted} reverted`);
  lines.push(`${count(total, "change")} since ${prev}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}.`);
  lines.push("");
  const max = s.maxRows ?? 300;
  const rows = s.items
    .slice(0, max)
    .map((i) => [
      commitLink(i.change.sha, s.repoUrl),
      escapeInline(i.change.header.slice(0, 100)),
      i.status === "bump" ? (BUMP_ORDER[i.bump as keyof typeof BUMP_ORDER] === 3 ? "**major**" : i.bump) : STATUS_LABEL[i.status],
      escapeInline(i.rule),
    ]);
  if (rows.length > 0)
    lines.push(
      `<details${total <= 20 ? " open" : ""}><summary>Every change (${total})</summary>`,
      "",
      table(["commit", "message", "bump", "rule"], rows),
      "",
      "</details>",
    );
  const shown = Math.min(max, s.items.length);
  if (total > shown)
    lines.push(
      `\n…and ${count(total - shown, "more change")}${s.items.length > shown ? `; the \`explain\` output lists the first ${Math.min(s.items.length, MAX_EXPLAIN_ROWS)}` : ""}.`,
    );
  return `${lines.join("\n")}\n`;
}
