/**
 * The gate's data model, and the streaming aggregator every parser feeds. Parsers never build a list
 * of all test cases: a 1 GB report holds millions of them. The aggregator keeps exact counts, the
 * failed cases (capped) with their messages, the slowest cases, and the ids of failing tests for the
 * comparison with the base branch. Pure.
 */

export type CaseStatus = "passed" | "failed" | "errored" | "skipped" | "flaky";

/** One test case as a parser reports it. */
export interface TestCase {
  /** Suite or class path, e.g. `tests/api.test.ts > users`. */
  suite: string;
  name: string;
  status: CaseStatus;
  /** Milliseconds; 0 when the report has none. */
  durationMs: number;
  file?: string | undefined;
  line?: number | undefined;
  /** First line or so of the failure message. */
  message?: string | undefined;
  /** Stack trace or details (trimmed by the aggregator). */
  details?: string | undefined;
}

/** A parser's callbacks. */
export interface CaseSink {
  onCase(c: TestCase): void;
  /** A report-level problem that is not fatal (e.g. TAP "Bail out!"). */
  onWarning?(message: string): void;
}

export interface Totals {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  durationMs: number;
}

export interface KeptCase extends TestCase {
  /** `suite > name`, the id used for baselines and quarantine. */
  id: string;
  report: string;
}

/** Limits that keep memory flat whatever the report size. */
export const MAX_KEPT_FAILURES = 1000;
export const MAX_DETAILS_CHARS = 2000;
export const MAX_WARNINGS = 50;
export const SLOWEST_KEPT = 10;
/**
 * Failing test ids kept for quarantine and the comparison with the base (the report file keeps as
 * many). A hostile all-failing 1 GB report has ~9 million of them: unbounded, the set alone took
 * gigabytes. Failures past the cap are still counted (`failedIdsDropped`) and still fail the gate.
 */
export const MAX_FAILED_IDS = 10_000;

export function caseId(c: Pick<TestCase, "suite" | "name">): string {
  return c.suite ? `${c.suite} > ${c.name}` : c.name;
}

/**
 * A copy of `s` that shares no memory with the parser's input. V8 represents substrings and
 * concatenations as views onto their source, so an id kept from a 1 MB chunk would keep that whole
 * chunk alive: on a 100 MB JUnit file with 17k failures that held ~110 MB extra peak RSS (280 MB vs
 * 170 MB for raw saxes, measured by bench/gate). JSON round-trip is the cheapest full copy.
 */
function detach<T extends string | undefined>(s: T): T {
  return (s === undefined ? s : JSON.parse(JSON.stringify(s))) as T;
}

/** Collects totals and the interesting cases across every report. */
export class Aggregator implements CaseSink {
  readonly totals: Totals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 0 };
  readonly failures: KeptCase[] = [];
  readonly flaky: KeptCase[] = [];
  /** Ids of failed or errored tests (for new-vs-known failures and quarantine), at most {@link MAX_FAILED_IDS}. */
  readonly failedIds = new Set<string>();
  /** Failed or errored cases whose id was not kept because {@link failedIds} was full. */
  failedIdsDropped = 0;
  readonly slowest: KeptCase[] = [];
  readonly warnings: string[] = [];
  /** Failures beyond {@link MAX_KEPT_FAILURES}, counted but not kept. */
  droppedFailures = 0;
  report = "";

  onCase(c: TestCase): void {
    const t = this.totals;
    t.tests++;
    t[c.status]++;
    t.durationMs += c.durationMs;
    const isSlow = c.durationMs > 0 && (this.slowest.length < SLOWEST_KEPT || c.durationMs > (this.slowest.at(-1)?.durationMs ?? 0));
    const isFailure = c.status === "failed" || c.status === "errored";
    // The id is built only for the cases kept: most cases pass and are only counted.
    if (!isSlow && !isFailure && c.status !== "flaky") return;
    const id = caseId(c);
    if (isFailure) {
      if (this.failedIds.size < MAX_FAILED_IDS) this.failedIds.add(detach(id));
      else if (!this.failedIds.has(id)) this.failedIdsDropped++;
      if (this.failures.length < MAX_KEPT_FAILURES) this.failures.push(this.keep(c, id));
      else this.droppedFailures++;
    } else if (c.status === "flaky" && this.flaky.length < MAX_KEPT_FAILURES) {
      this.flaky.push(this.keep(c, id));
    }
    if (isSlow) {
      this.slowest.push(this.keep({ ...c, message: undefined, details: undefined }, id));
      this.slowest.sort((a, b) => b.durationMs - a.durationMs);
      if (this.slowest.length > SLOWEST_KEPT) this.slowest.pop();
    }
  }

  onWarning(message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(`${this.report}: ${message}`);
  }

  private keep(c: TestCase, id: string): KeptCase {
    return {
      status: c.status,
      durationMs: c.durationMs,
      line: c.line,
      suite: detach(c.suite),
      name: detach(c.name),
      file: detach(c.file),
      id: detach(id),
      report: this.report,
      details: detach(c.details?.slice(0, MAX_DETAILS_CHARS)),
      message: detach(c.message?.slice(0, 500)),
    };
  }
}

/** Coverage of one file. */
export interface FileCoverage {
  file: string;
  linesTotal: number;
  linesCovered: number;
  branchesTotal: number;
  branchesCovered: number;
  /** Hits per line number, when the format has them (for changed-lines coverage). */
  lineHits?: Map<number, number>;
}

export interface CoverageTotals {
  linesTotal: number;
  linesCovered: number;
  branchesTotal: number;
  branchesCovered: number;
}

/** Percent with two decimals, or undefined when there is nothing to cover. */
export function pct(covered: number, total: number): number | undefined {
  return total === 0 ? undefined : Math.round((covered / total) * 10000) / 100;
}

/** Merges file coverage from several reports: the same file counts once (its best-covered copy). */
export function mergeCoverage(files: readonly FileCoverage[]): { files: FileCoverage[]; totals: CoverageTotals } {
  const byFile = new Map<string, FileCoverage>();
  for (const f of files) {
    const seen = byFile.get(f.file);
    if (!seen || f.linesCovered > seen.linesCovered) byFile.set(f.file, f);
  }
  const totals: CoverageTotals = { linesTotal: 0, linesCovered: 0, branchesTotal: 0, branchesCovered: 0 };
  for (const f of byFile.values()) {
    totals.linesTotal += f.linesTotal;
    totals.linesCovered += f.linesCovered;
    totals.branchesTotal += f.branchesTotal;
    totals.branchesCovered += f.branchesCovered;
  }
  return { files: [...byFile.values()], totals };
}
