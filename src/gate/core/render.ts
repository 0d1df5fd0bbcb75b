/** The gate's job summary, PR comment and annotations. Verdict first. Pure. */
import { code, codeBlock, details, escapeMarkdown, table, truncateMarkdown } from "../../kernel/markdown.js";
import { type CoverageTotals, type FileCoverage, type KeptCase, pct, type Totals } from "./model.js";
import type { GateReport, Verdict } from "./policy.js";

export interface GateView {
  verdict: Verdict;
  totals: Totals;
  failures: readonly KeptCase[];
  droppedFailures: number;
  flaky: readonly KeptCase[];
  slowest: readonly KeptCase[];
  coverage: { totals: CoverageTotals; files: readonly FileCoverage[] } | undefined;
  baseline: GateReport | undefined;
  reportErrors: readonly string[];
  warnings: readonly string[];
  /** Link to the full job summary (for the PR comment). */
  runUrl: string | undefined;
}

/** GitHub rejects comments over 65,536 characters; leave room for the marker. */
export const COMMENT_BUDGET = 60_000;

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);

function arrow(now: number | undefined, base: number | undefined): string {
  if (now === undefined || base === undefined) return "";
  const d = now - base;
  if (Math.abs(d) < 0.005) return " (=)";
  return d > 0 ? ` (▲ +${d.toFixed(2)})` : ` (▼ ${d.toFixed(2)})`;
}

function where(c: KeptCase): string {
  return c.file ? code(`${c.file}${c.line ? `:${c.line}` : ""}`) : "";
}

/** The job summary. `full` adds failure details and the slowest tests. */
export function renderGate(v: GateView, full = true): string {
  const out: string[] = [];
  const ok = v.verdict.conclusion === "success";
  const t = v.totals;
  out.push(`## ${ok ? "✅ Gate passed" : "❌ Gate failed"}`);
  out.push("");
  const failing = v.verdict.rules.filter((r) => r.status === "fail");
  if (failing.length > 0) {
    for (const r of failing) out.push(`- **${escapeMarkdown(r.rule)}**: ${escapeMarkdown(r.detail)}`);
    out.push("");
  }
  out.push(
    table(
      ["tests", "passed", "failed", "errored", "skipped", "flaky", "duration"],
      [[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, ms(t.durationMs)]],
      ["right", "right", "right", "right", "right", "right", "right"],
    ),
  );
  if (v.baseline) out.push("", `Base branch: ${v.baseline.totals.tests} test(s), ${v.baseline.totals.failed + v.baseline.totals.errored} failing.`);
  out.push("");
  out.push(
    details(
      "Rules",
      table(
        ["rule", "result", "detail"],
        v.verdict.rules.map((r) => [escapeMarkdown(r.rule), r.status === "pass" ? "✅" : r.status === "fail" ? "❌" : "➖ skipped", escapeMarkdown(r.detail)]),
      ),
      !ok,
    ),
  );
  if (v.failures.length > 0) {
    out.push("", `### Failed tests (${t.failed + t.errored})`, "");
    const known = new Set(v.verdict.knownFailures);
    const quarantined = new Set(v.verdict.quarantined);
    const rows = v.failures.map((f) => [
      escapeMarkdown(f.id),
      f.status,
      quarantined.has(f.id) ? "quarantined" : known.has(f.id) ? "also on base" : v.baseline ? "**new**" : "",
      escapeMarkdown((f.message ?? "").slice(0, 200)),
      where(f),
    ]);
    out.push(table(["test", "status", "", "message", "where"], rows));
    if (v.droppedFailures > 0) out.push("", `…and ${v.droppedFailures} more failure(s) not listed.`);
    if (full) {
      for (const f of v.failures.slice(0, 20)) if (f.details) out.push("", details(f.id, codeBlock(f.details.slice(0, 1500))));
    }
  }
  if (v.flaky.length > 0) {
    out.push("", `### Flaky tests (${t.flaky}): passed on a rerun`, "");
    out.push(
      table(
        ["test", "where"],
        v.flaky.slice(0, 50).map((f) => [escapeMarkdown(f.id), where(f)]),
      ),
    );
  }
  if (v.coverage) {
    const lines = pct(v.coverage.totals.linesCovered, v.coverage.totals.linesTotal);
    const branches = pct(v.coverage.totals.branchesCovered, v.coverage.totals.branchesTotal);
    out.push("", "### Coverage", "");
    const rows: (string | number)[][] = [
      [
        "lines",
        lines === undefined ? "n/a" : `${lines.toFixed(2)}%${arrow(lines, v.baseline?.coverage?.lines)}`,
        `${v.coverage.totals.linesCovered}/${v.coverage.totals.linesTotal}`,
      ],
      [
        "branches",
        branches === undefined ? "n/a" : `${branches.toFixed(2)}%${arrow(branches, v.baseline?.coverage?.branches)}`,
        `${v.coverage.totals.branchesCovered}/${v.coverage.totals.branchesTotal}`,
      ],
    ];
    if (v.verdict.changedLinesCoverage !== undefined) rows.push(["changed lines", `${v.verdict.changedLinesCoverage.toFixed(2)}%`, ""]);
    out.push(table(["metric", "coverage", "covered"], rows, ["left", "right", "right"]));
    if (v.baseline?.coverage) {
      const base = new Map(v.baseline.coverage.files.map((f) => [f.file, f.lines]));
      const losers = v.coverage.files
        .map((f) => ({ file: f.file, now: pct(f.linesCovered, f.linesTotal), base: base.get(f.file) }))
        .filter((f) => f.now !== undefined && f.base !== undefined && (f.now as number) < (f.base as number))
        .sort((a, b) => (a.now as number) - (a.base as number) - ((b.now as number) - (b.base as number)))
        .slice(0, 10);
      if (losers.length > 0)
        out.push(
          "",
          "Files that lost most:",
          "",
          table(
            ["file", "lines", "change"],
            losers.map((f) => [code(f.file), `${(f.now as number).toFixed(2)}%`, arrow(f.now, f.base).trim()]),
          ),
        );
    }
  }
  if (full && v.slowest.length > 0)
    out.push(
      "",
      details(
        "Slowest tests",
        table(
          ["test", "duration"],
          v.slowest.map((s) => [escapeMarkdown(s.id), ms(s.durationMs)]),
          ["left", "right"],
        ),
      ),
    );
  if (v.reportErrors.length > 0) out.push("", "### Reports that could not be read", "", ...v.reportErrors.map((e) => `- ${escapeMarkdown(e)}`));
  if (v.warnings.length > 0) out.push("", details("Warnings", v.warnings.map((w) => `- ${escapeMarkdown(w)}`).join("\n")));
  return `${out.join("\n")}\n`;
}

/** The sticky PR comment: the same verdict and tables, short enough for GitHub's limit. */
export function renderGateComment(v: GateView): string {
  const body = renderGate(v, false);
  const link = v.runUrl ? `[the job summary](${v.runUrl})` : "the job summary";
  return truncateMarkdown(body, COMMENT_BUDGET, `_Cut to fit a comment; ${link} has everything._`);
}
