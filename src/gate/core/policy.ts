/**
 * The gate's policy: every rule evaluated against the run (and the base branch's report when there
 * is one), each with a verdict a person can read. Pure.
 */
import { type CoverageTotals, type FileCoverage, pct, type Totals } from "./model.js";

/** The JSON report the gate writes (`report-file`) and reads back as the baseline. */
export interface GateReport {
  schema: "shipline-gate/1";
  conclusion: "success" | "failure";
  totals: Totals;
  coverage:
    | { lines: number | undefined; branches: number | undefined; files: { file: string; lines: number | undefined; branches: number | undefined }[] }
    | undefined;
  /** Failing test ids, capped at 10,000. */
  failedIds: string[];
  commit: string | undefined;
}

export interface PolicyOptions {
  maxFailures: number;
  minPassRate: number | undefined;
  minTests: number;
  maxTestDrop: number | undefined;
  coverageLinesMin: number | undefined;
  coverageBranchesMin: number | undefined;
  coverageMaxDrop: number | undefined;
  changedLinesCoverageMin: number | undefined;
  maxDurationMs: number | undefined;
  allowFlaky: boolean;
  /** Test ids (exact, or with `*` wildcards) whose failures are reported but do not fail the gate. */
  quarantine: readonly string[];
}

export interface RuleResult {
  rule: string;
  status: "pass" | "fail" | "skipped";
  detail: string;
}

export interface PolicyInput {
  totals: Totals;
  failedIds: ReadonlySet<string>;
  /** Failing cases beyond the ids kept (`Aggregator.failedIdsDropped`): counted, never quarantined. Defaults to 0. */
  failedIdsDropped?: number | undefined;
  coverage: { totals: CoverageTotals; files: readonly FileCoverage[] } | undefined;
  baseline: GateReport | undefined;
  /** Changed lines per file from the PR diff, when known. */
  changedLines: ReadonlyMap<string, ReadonlySet<number>> | undefined;
  /** Exit code of the test command, when the gate ran one. */
  commandExitCode: number | undefined;
  /** Reports that failed to parse, were cut short, or say the run broke (`Aggregator.broken`). */
  brokenReports: number;
  reportsFound: number;
}

export interface Verdict {
  conclusion: "success" | "failure";
  rules: RuleResult[];
  /** Failures not failing on the base branch. */
  newFailures: string[];
  /** Failures already failing on the base branch. */
  knownFailures: string[];
  quarantined: string[];
  changedLinesCoverage: number | undefined;
}

function globRe(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
}

const f2 = (n: number | undefined) => (n === undefined ? "n/a" : `${n.toFixed(2)}%`);

/** Evaluates every rule. A gate that saw no test at all never passes. */
export function evaluatePolicy(input: PolicyInput, o: PolicyOptions): Verdict {
  const rules: RuleResult[] = [];
  const add = (rule: string, ok: boolean | undefined, detail: string) =>
    rules.push({ rule, status: ok === undefined ? "skipped" : ok ? "pass" : "fail", detail });
  const t = input.totals;
  const quarantine = o.quarantine.map(globRe);
  const failed = [...input.failedIds];
  const quarantined = failed.filter((id) => quarantine.some((q) => q.test(id)));
  const unlisted = input.failedIdsDropped ?? 0;
  const counted = failed.length - quarantined.length + unlisted;
  const baseFailed = new Set(input.baseline?.failedIds ?? []);
  const newFailures = failed.filter((id) => !baseFailed.has(id));
  const knownFailures = input.baseline ? failed.filter((id) => baseFailed.has(id)) : [];

  if (input.reportsFound === 0) add("reports found", false, "no test report matched the globs: a gate that sees nothing must not pass");
  if (input.commandExitCode !== undefined) add("test command", input.commandExitCode === 0, `exited with ${input.commandExitCode}`);
  if (input.brokenReports > 0)
    add(
      "reports readable",
      false,
      `${input.brokenReports} ${input.brokenReports === 1 ? "report problem" : "report problems"}: unreadable, cut short, or saying the run failed (listed below)`,
    );
  add(
    "failures",
    counted <= o.maxFailures,
    `${counted} failed or errored (max ${o.maxFailures})${quarantined.length ? `, ${quarantined.length} quarantined` : ""}${
      unlisted ? `, ${unlisted} past the first ${failed.length} not checked against the quarantine` : ""
    }`,
  );
  add("tests", t.tests >= o.minTests, `${t.tests} ${t.tests === 1 ? "test" : "tests"} (min ${o.minTests})`);
  if (o.minPassRate !== undefined) {
    const executed = t.tests - t.skipped;
    const rate = executed === 0 ? 0 : ((t.passed + t.flaky) / executed) * 100;
    add("pass rate", rate >= o.minPassRate, `${rate.toFixed(2)}% (min ${o.minPassRate}%)`);
  }
  if (!o.allowFlaky) add("flaky tests", t.flaky === 0, `${t.flaky} ${t.flaky === 1 ? "test" : "tests"} passed only on a rerun`);
  if (o.maxDurationMs !== undefined)
    add("duration", t.durationMs <= o.maxDurationMs, `${(t.durationMs / 1000).toFixed(1)} s (max ${(o.maxDurationMs / 1000).toFixed(1)} s)`);
  if (o.maxTestDrop !== undefined) {
    if (!input.baseline) add("test count vs base", undefined, "no baseline report from the base branch: skipped");
    else {
      const drop = input.baseline.totals.tests - t.tests;
      add(
        "test count vs base",
        drop <= o.maxTestDrop,
        `${t.tests} vs ${input.baseline.totals.tests} on the base (${drop > 0 ? `-${drop}` : `+${-drop}`}, max drop ${o.maxTestDrop})`,
      );
    }
  }

  const lines = input.coverage ? pct(input.coverage.totals.linesCovered, input.coverage.totals.linesTotal) : undefined;
  const branches = input.coverage ? pct(input.coverage.totals.branchesCovered, input.coverage.totals.branchesTotal) : undefined;
  if (o.coverageLinesMin !== undefined)
    add(
      "line coverage",
      lines === undefined ? false : lines >= o.coverageLinesMin,
      lines === undefined ? "no coverage report" : `${f2(lines)} (min ${o.coverageLinesMin}%)`,
    );
  if (o.coverageBranchesMin !== undefined)
    add(
      "branch coverage",
      branches === undefined ? false : branches >= o.coverageBranchesMin,
      branches === undefined ? "no branch data" : `${f2(branches)} (min ${o.coverageBranchesMin}%)`,
    );
  if (o.coverageMaxDrop !== undefined) {
    const base = input.baseline?.coverage?.lines;
    if (base === undefined || lines === undefined) add("line coverage vs base", undefined, "no baseline coverage: skipped");
    else
      add("line coverage vs base", base - lines <= o.coverageMaxDrop + 1e-9, `${f2(lines)} vs ${f2(base)} on the base (max drop ${o.coverageMaxDrop} points)`);
  }
  let changedLinesCoverage: number | undefined;
  if (o.changedLinesCoverageMin !== undefined) {
    if (!input.changedLines || !input.coverage) add("changed lines coverage", undefined, "no PR diff or no per-line coverage: skipped");
    else {
      let total = 0;
      let covered = 0;
      const byFile = new Map(input.coverage.files.map((f) => [f.file, f]));
      for (const [file, changed] of input.changedLines) {
        const cov = byFile.get(file) ?? [...byFile.values()].find((f) => f.file.endsWith(`/${file}`) || file.endsWith(`/${f.file}`));
        if (!cov?.lineHits) continue;
        for (const l of changed) {
          const h = cov.lineHits.get(l);
          if (h === undefined) continue; // not an executable line
          total++;
          if (h > 0) covered++;
        }
      }
      changedLinesCoverage = pct(covered, total);
      add(
        "changed lines coverage",
        changedLinesCoverage === undefined ? undefined : changedLinesCoverage >= o.changedLinesCoverageMin,
        changedLinesCoverage === undefined
          ? "no executable changed line"
          : `${f2(changedLinesCoverage)} of ${total} changed ${total === 1 ? "line" : "lines"} (min ${o.changedLinesCoverageMin}%)`,
      );
    }
  }
  const conclusion = rules.some((r) => r.status === "fail") ? "failure" : "success";
  return { conclusion, rules, newFailures, knownFailures, quarantined, changedLinesCoverage };
}

/** Changed (added) line numbers per file from unified diff patches (the PR files API). */
export function parseChangedLines(files: readonly { filename: string; patch?: string | undefined }[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const f of files) {
    if (!f.patch) continue;
    const set = new Set<number>();
    let line = 0;
    for (const l of f.patch.split("\n")) {
      const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
      if (h) {
        line = Number(h[1]);
        continue;
      }
      if (l.startsWith("+")) set.add(line++);
      else if (!l.startsWith("-")) line++;
    }
    out.set(f.filename, set);
  }
  return out;
}
