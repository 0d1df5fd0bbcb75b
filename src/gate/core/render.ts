/**
 * The gate's job summary, PR comment, check run and annotations. Each leads with the verdict and the
 * one reason, then the evidence: the failures with their traces, skipped tests with their reasons,
 * flaky tests, coverage, the rules. Pure.
 */
import { count, formatDuration, formatInteger, formatPercent } from "../../kernel/format.js";
import { codeBlock, escapeHtml, escapeInline, table, truncateMarkdown } from "../../kernel/markdown.js";
import { type CoverageTotals, type FileCoverage, type KeptCase, pct, type Totals } from "./model.js";
import type { GateReport, RuleResult, Verdict } from "./policy.js";

export interface GateView {
  verdict: Verdict;
  totals: Totals;
  failures: readonly KeptCase[];
  droppedFailures: number;
  flaky: readonly KeptCase[];
  slowest: readonly KeptCase[];
  /** Skipped tests with their reasons (in `message`), when the reader kept them. */
  skipped?: readonly KeptCase[] | undefined;
  /**
   * The run time the reports state themselves (JUnit's root `time`), when every report has one: it
   * is what the test runner measured, setup and teardown included, so it is shown in preference to
   * the sum of the test times.
   */
  reportDurationMs?: number | undefined;
  coverage: { totals: CoverageTotals; files: readonly FileCoverage[] } | undefined;
  baseline: GateReport | undefined;
  reportErrors: readonly string[];
  warnings: readonly string[];
  /** Link to the full job summary (for the PR comment). */
  runUrl: string | undefined;
}

/** GitHub rejects comments over 65,536 characters; leave room for the marker. */
export const COMMENT_BUDGET = 60_000;
/** Failures shown with their traces in the summary; the rest are listed in a table. */
const TRACED_FAILURES = 20;
const LISTED_SKIPPED = 50;

/** Where a failure happened: the report's file and line, else the first frame of the trace in a test or source file. */
export function locateFailure(c: Pick<KeptCase, "file" | "line" | "details" | "message">): string | undefined {
  const trace = `${c.details ?? ""}\n${c.message ?? ""}`;
  const frames = [...trace.matchAll(/(?:\(|\bat |^|\s)((?:[A-Za-z]:)?[\w@./\\-]+\.[A-Za-z]{1,5}):(\d+)(?::(\d+))?/gm)];
  const useful = frames.filter((m) => !/node_modules|^node:|internal\//.test(m[1] as string));
  if (c.file) {
    // The trace usually has the column the report leaves out.
    const same = useful.find((m) => (m[1] as string).endsWith(c.file as string) && (c.line === undefined || Number(m[2]) === c.line));
    if (same?.[3] && c.line !== undefined) return `${c.file}:${c.line}:${same[3]}`;
    return `${c.file}${c.line !== undefined ? `:${c.line}` : ""}`;
  }
  const frame = useful.find((m) => /\.(test|spec)\.|_test\.|test_|tests?\//.test(m[1] as string)) ?? useful[0];
  if (!frame) return undefined;
  const file = (frame[1] as string).replace(/^.*?\/(?=(?:src|test|tests|lib|spec)\/)/, "");
  return `${file}:${frame[2]}${frame[3] ? `:${frame[3]}` : ""}`;
}

function arrow(now: number | undefined, base: number | undefined): string {
  if (now === undefined || base === undefined) return "";
  const d = now - base;
  if (Math.abs(d) < 0.005) return " (no change)";
  const points = `${Number(Math.abs(d).toFixed(2))} ${Math.abs(d) === 1 ? "point" : "points"}`;
  return d > 0 ? ` (▲ ${points})` : ` (▼ ${points})`;
}

function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** The status a failing row shows: what happened, and how it compares with the base branch. */
function failureStatus(f: KeptCase, v: GateView): string {
  const word = f.status === "errored" ? "💥 errored" : "❌ failed";
  if (v.verdict.quarantined.includes(f.id)) return `${word}, quarantined`;
  if (!v.baseline) return word;
  return v.verdict.knownFailures.includes(f.id) ? `${word}, also on base` : `${word}, new`;
}

function firstLine(text: string | undefined, max = 200): string {
  const line = (text ?? "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const failingRules = (v: GateView): RuleResult[] => v.verdict.rules.filter((r) => r.status === "fail");

/** The verdict and its one reason, for the heading, the check run title and the terminal. */
export function renderGateHeadline(v: GateView): string {
  const t = v.totals;
  if (v.verdict.conclusion === "success") {
    const parts = [`${count(t.passed + t.flaky, "test")} passed`];
    if (t.skipped) parts.push(`${t.skipped} skipped`);
    return `✅ Gate passed: ${parts.join(", ")}`;
  }
  const [first] = failingRules(v);
  return `❌ Gate failed: ${first ? reasonOf(first, v) : "a rule failed"}`;
}

function reasonOf(r: RuleResult, v: GateView): string {
  const t = v.totals;
  if (r.rule === "failures") {
    const bad = t.failed + t.errored;
    const parts = [];
    if (t.failed) parts.push(`${count(t.failed, "test")} failed`);
    if (t.errored) parts.push(`${count(t.errored, "test")} errored`);
    const limits = r.detail.replace(/^\d+ failed or errored \(([^)]*)\)/, "$1");
    return `${parts.join(" and ") || `${count(bad, "test")} failed`} (${limits.replace(/^max (\d+)/, "$1 allowed")})`;
  }
  return `${r.rule}: ${r.detail}`;
}

function durationCell(v: GateView): { label: string; value: string } {
  if (v.reportDurationMs !== undefined) return { label: "time (reported)", value: formatDuration(v.reportDurationMs) };
  return { label: "time (sum of tests)", value: formatDuration(v.totals.durationMs) };
}

/** The job summary. `full` adds the traces, skipped tests and the slowest tests. */
export function renderGate(v: GateView, full = true): string {
  const out: string[] = [];
  const t = v.totals;
  const failing = failingRules(v);
  out.push(`## ${escapeInline(renderGateHeadline(v))}`, "");
  if (failing.length > 1) {
    out.push(
      `Also failed: ${failing
        .slice(1)
        .map((r) => escapeInline(reasonOf(r, v)))
        .join("; ")}.`,
      "",
    );
  }
  const time = durationCell(v);
  out.push(
    table(
      ["tests", "passed", "failed", "errored", "skipped", "flaky", time.label],
      [[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, time.value]],
      ["right", "right", "right", "right", "right", "right", "right"],
    ),
  );
  if (v.baseline) {
    const baseBad = v.baseline.totals.failed + v.baseline.totals.errored;
    const newOnes = v.verdict.newFailures.length;
    out.push(
      "",
      `Base branch: ${count(v.baseline.totals.tests, "test")}, ${baseBad} failing. ${
        t.failed + t.errored > 0 ? `This run: ${newOnes} new ${newOnes === 1 ? "failure" : "failures"}.` : ""
      }`.trim(),
    );
  }

  if (v.failures.length > 0) {
    const bad = t.failed + t.errored;
    out.push("", `### Failed tests (${bad})`, "");
    const traced = full ? v.failures.slice(0, TRACED_FAILURES) : [];
    for (const f of traced) {
      const at = locateFailure(f);
      const msg = firstLine(f.message);
      const summary = `<b>${escapeHtml(f.id)}</b> · ${escapeHtml(failureStatus(f, v))}${at ? ` · <code>${escapeHtml(at)}</code>` : ""}${
        msg ? `<br>${escapeHtml(msg)}` : ""
      }`;
      const trace = f.details?.trim() || f.message?.trim();
      out.push(
        `<details><summary>${summary}</summary>`,
        "",
        trace ? codeBlock(trace.slice(0, 1500)) : "_No message or trace in the report._",
        "",
        "</details>",
      );
    }
    const listed = v.failures.slice(traced.length);
    if (listed.length > 0) {
      if (traced.length > 0) out.push("", `${count(listed.length, "more failure")}:`, "");
      out.push(
        table(
          ["test", "status", "message", "where"],
          listed.slice(0, 200).map((f) => {
            const at = locateFailure(f);
            return [escapeInline(f.id), failureStatus(f, v), escapeInline(firstLine(f.message)), at ? inlineCode(at) : "–"];
          }),
        ),
      );
    }
    const unlisted = v.droppedFailures + Math.max(0, listed.length - 200);
    if (unlisted > 0) out.push("", `…and ${count(unlisted, "more failure")} not listed.`);
  }
  if (v.flaky.length > 0) {
    out.push("", `### Flaky tests (${t.flaky}): passed on a rerun`, "");
    out.push(
      table(
        ["test", "first failure", "where"],
        v.flaky.slice(0, 50).map((f) => {
          const at = locateFailure(f);
          return [escapeInline(f.id), escapeInline(firstLine(f.message)) || "–", at ? inlineCode(at) : "–"];
        }),
      ),
    );
  }
  if (v.coverage) out.push("", ...renderCoverage(v));
  const skipped = v.skipped ?? [];
  if (full && t.skipped > 0) {
    const rows = skipped.slice(0, LISTED_SKIPPED).map((s) => [escapeInline(s.id), escapeInline(firstLine(s.message)) || "no reason given"]);
    const more = t.skipped - rows.length;
    const body =
      rows.length > 0
        ? `${table(["test", "reason"], rows)}${more > 0 ? `\n\n…and ${count(more, "more skipped test")}.` : ""}`
        : "The reports do not name the skipped tests.";
    out.push("", `<details><summary>Skipped tests (${t.skipped})</summary>`, "", body, "", "</details>");
  }
  if (full && v.slowest.length > 0)
    out.push(
      "",
      `<details><summary>Slowest tests</summary>`,
      "",
      table(
        ["test", "time"],
        v.slowest.map((s) => [escapeInline(s.id), formatDuration(s.durationMs)]),
        ["left", "right"],
      ),
      "",
      "</details>",
    );
  out.push(
    "",
    `<details><summary>Rules (${v.verdict.rules.length} checked, ${failing.length} failed)</summary>`,
    "",
    table(
      ["rule", "result", "detail"],
      v.verdict.rules.map((r) => [
        escapeInline(r.rule),
        r.status === "pass" ? "✅ pass" : r.status === "fail" ? "❌ fail" : "➖ not checked",
        escapeInline(r.detail),
      ]),
    ),
    "",
    "</details>",
  );
  if (v.reportErrors.length > 0)
    out.push(
      "",
      `### ${v.reportErrors.length === 1 ? "A report" : "Reports"} that could not be read`,
      "",
      ...v.reportErrors.map((e) => `- ${escapeInline(e)}`),
    );
  if (v.warnings.length > 0)
    out.push("", `<details><summary>Warnings (${v.warnings.length})</summary>`, "", v.warnings.map((w) => `- ${escapeInline(w)}`).join("\n"), "", "</details>");
  return `${out.join("\n")}\n`;
}

function renderCoverage(v: GateView): string[] {
  const cov = v.coverage as NonNullable<GateView["coverage"]>;
  const lines = pct(cov.totals.linesCovered, cov.totals.linesTotal);
  const branches = pct(cov.totals.branchesCovered, cov.totals.branchesTotal);
  const out = ["### Coverage", ""];
  const rows: (string | number)[][] = [
    [
      "lines",
      lines === undefined ? "n/a" : `${formatPercent(lines)}${arrow(lines, v.baseline?.coverage?.lines)}`,
      `${formatInteger(cov.totals.linesCovered)} of ${formatInteger(cov.totals.linesTotal)}`,
    ],
  ];
  if (cov.totals.branchesTotal > 0 || branches !== undefined)
    rows.push([
      "branches",
      branches === undefined ? "n/a" : `${formatPercent(branches)}${arrow(branches, v.baseline?.coverage?.branches)}`,
      `${formatInteger(cov.totals.branchesCovered)} of ${formatInteger(cov.totals.branchesTotal)}`,
    ]);
  if (v.verdict.changedLinesCoverage !== undefined) rows.push(["changed lines", formatPercent(v.verdict.changedLinesCoverage), "–"]);
  out.push(table(["metric", "coverage", "covered"], rows, ["left", "right", "right"]));
  if (v.baseline?.coverage) {
    const base = new Map(v.baseline.coverage.files.map((f) => [f.file, f.lines]));
    const losers = cov.files
      .map((f) => ({ file: f.file, now: pct(f.linesCovered, f.linesTotal), base: base.get(f.file) }))
      .filter((f): f is { file: string; now: number; base: number } => f.now !== undefined && f.base !== undefined && f.now < f.base)
      .sort((a, b) => a.now - a.base - (b.now - b.base))
      .slice(0, 10);
    if (losers.length > 0)
      out.push(
        "",
        "Files that lost the most line coverage:",
        "",
        table(
          ["file", "lines", "change"],
          losers.map((f) => [
            inlineCode(f.file),
            formatPercent(f.now),
            arrow(f.now, f.base)
              .trim()
              .replace(/^\((.*)\)$/, "$1"),
          ]),
          ["left", "right", "right"],
        ),
      );
  }
  return out;
}

/** The sticky PR comment: the verdict, the failures as a table, and coverage, short enough for GitHub's limit. */
export function renderGateComment(v: GateView): string {
  const body = renderGate(v, false);
  const link = v.runUrl ? `[the job summary](${v.runUrl})` : "the job summary";
  const more = v.runUrl ? `\n${link} has the traces, the skipped and the slowest tests.\n` : "";
  return truncateMarkdown(`${body}${more}`, COMMENT_BUDGET, `_Cut to fit a comment; ${link} has everything._`);
}

/** The check run's title (the headline, in GitHub's 255-character limit) and its summary text. */
export function renderGateCheckRun(v: GateView, summary: string): { title: string; summary: string } {
  const title = renderGateHeadline(v);
  return {
    title: title.length > 255 ? `${title.slice(0, 254)}…` : title,
    summary: truncateMarkdown(summary, 60_000, "_Cut to fit a check run; the job summary has everything._"),
  };
}

/** A failure annotation: the message first, the trace as raw details, on the line the report or the trace names. */
export interface GateAnnotation {
  path: string;
  line: number;
  title: string;
  message: string;
  details: string | undefined;
}

/** Annotations for the failures that have a file and line (from the report or the trace); at most `max`. */
export function renderGateAnnotations(v: GateView, max = 500): GateAnnotation[] {
  const out: GateAnnotation[] = [];
  for (const f of v.failures) {
    if (out.length >= max) break;
    const at = locateFailure(f);
    const m = at ? /^(.*?):(\d+)(?::\d+)?$/.exec(at) : null;
    if (!m) continue;
    const status = f.status === "errored" ? "errored" : "failed";
    out.push({
      path: m[1] as string,
      line: Number(m[2]),
      title: `${f.id} ${status}`.slice(0, 255),
      message: (f.message?.trim() || `the test ${status} without a message`).slice(0, 60_000),
      details: f.details ? f.details.slice(0, 60_000) : undefined,
    });
  }
  return out;
}
