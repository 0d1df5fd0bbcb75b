/**
 * The gate's data model, and the streaming aggregator every parser feeds. Parsers never build a list
 * of all test cases: a 1 GB report holds millions of them. The aggregator keeps exact counts, the
 * failed cases (capped) with their messages, the slowest cases, and the ids of failing tests for the
 * comparison with the base branch. Pure.
 */
import { count } from "../../kernel/format.js";

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
  /**
   * True when the format writes each attempt of a retried test as one more case with the same id
   * (JUnit XML: Gradle's test-retry without `mergeReruns`, `gotestsum --rerun-fails`). The
   * aggregator then merges the attempts of one id within one report into one test. Left unset by
   * formats where a repeated name is a different test (TAP assertions share their descriptions).
   */
  isAttempt?: boolean | undefined;
}

/** A parser's callbacks. */
export interface CaseSink {
  onCase(c: TestCase): void;
  /** A report-level problem that does not change a count (e.g. a TAP YAML block that does not parse). */
  onWarning?(message: string): void;
  /**
   * The report says the run itself failed or was cut short, beyond its test cases: a TAP plan the
   * points do not match, `Bail out!`, a suite whose counts say it failed with no failing case, a
   * stream that stops mid-event. The counts stay as read; the gate fails (see `Aggregator.broken`).
   */
  onBroken?(message: string, line?: number): void;
  /**
   * Tests a report counts without listing them (a JUnit suite with count attributes and no cases):
   * added to the totals; failures among them are kept as one entry for the suite.
   */
  onCounts?(suite: string, counts: { passed: number; failed: number; errored: number; skipped: number }): void;
  /** The run time the report states for itself (JUnit's root `time`), in milliseconds. */
  onReportTime?(ms: number): void;
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
/** Skipped cases kept with their reasons, for the summary. */
export const MAX_KEPT_SKIPPED = 50;
/**
 * Failing test ids kept for quarantine and the comparison with the base (the report file keeps as
 * many). A hostile all-failing 1 GB report has ~9 million of them: unbounded, the set alone took
 * gigabytes. Failures past the cap are still counted (`failedIdsDropped`) and still fail the gate.
 */
export const MAX_FAILED_IDS = 10_000;
/**
 * Failed attempts remembered per report to merge a later attempt of the same test (see
 * {@link Aggregator.onCase}). Only failures are remembered: retry tools rerun only failed tests, so a
 * passing case never needs an entry, and memory stays flat on a report of millions of passes.
 */
export const MAX_TRACKED_ATTEMPTS = 10_000;

/** What the aggregator remembers of a failed attempt, until the report ends. */
interface Attempt {
  /** `flaky` once an attempt passed after the failure. */
  status: "failed" | "errored" | "flaky";
  /** The case in {@link Aggregator.failures} (or moved to `flaky`), undefined when the list was full. */
  kept: KeptCase | undefined;
  /** This report put the id in `failedIds` (another report may have failed the same id: then it stays). */
  addedId: boolean;
  /** The id was counted in `failedIdsDropped`. */
  droppedId: boolean;
}

const SHAPES = 1 << 16;

/** A cheap 16-bit digest of a name: its length and three of its characters. */
function nameShape(name: string): number {
  const n = name.length;
  if (n === 0) return 0;
  return (n * 7919 + name.charCodeAt(n - 1) * 31 + name.charCodeAt(n >> 1) * 131 + name.charCodeAt(n >> 2) * 17) & (SHAPES - 1);
}

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

/**
 * Collects totals and the interesting cases across every report.
 *
 * Within one report, the attempts of a retried test (cases marked {@link TestCase.isAttempt} with
 * the same id) count as one test, so the gate never counts a test twice:
 * - failed, then passed (after any number of failures): one flaky test, kept with the message of
 *   its last failure, as a Surefire `flakyFailure` is. It stays flaky whatever later attempts do:
 *   it has passed on a rerun, which is what flaky means to every retry tool (they stop at the pass).
 * - failed every time: one failed (or errored) test with the message of its last attempt.
 * - a skipped attempt after a failure changes nothing: the test still failed.
 * Only failed attempts are remembered (at most {@link MAX_TRACKED_ATTEMPTS} per report, with a
 * warning past that), so a passing case followed by another attempt of the same id counts as two
 * tests: duplicate passes count twice, and a pass then a failure counts a passed and a failed test
 * (the gate still fails, as it must when the last run failed). Remembering passes would cost memory
 * in proportion to the report, and retry tools never rerun a passed test. Repeats in different
 * reports (one per OS of a matrix) are different runs and count separately.
 */
export class Aggregator implements CaseSink {
  readonly totals: Totals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 0 };
  readonly failures: KeptCase[] = [];
  readonly flaky: KeptCase[] = [];
  /** Ids of failed or errored tests (for new-vs-known failures and quarantine), at most {@link MAX_FAILED_IDS}. */
  readonly failedIds = new Set<string>();
  /** Failed or errored cases whose id was not kept because {@link failedIds} was full. */
  failedIdsDropped = 0;
  readonly slowest: KeptCase[] = [];
  /** The first {@link MAX_KEPT_SKIPPED} skipped cases, their reason in `message`. */
  readonly skipped: KeptCase[] = [];
  readonly warnings: string[] = [];
  /**
   * Run-level problems (`CaseSink.onBroken`), as `report[:line]: message`: each one fails the gate,
   * as an unreadable report does. Capped like the warnings; `brokenCount` counts them all.
   */
  readonly broken: string[] = [];
  brokenCount = 0;
  /** Reports read, and the sum of the run times stated by those that state one ({@link reportTimeMs}). */
  private reportsSeen = 0;
  private reportsTimed = 0;
  private reportTimeSumMs = 0;
  /** Failures beyond {@link MAX_KEPT_FAILURES}, counted but not kept. */
  droppedFailures = 0;
  /** Failed attempts of the current report by id: merging never crosses reports. */
  private attempts = new Map<string, Attempt>();
  /**
   * The names of those attempts: checked before an id is built, so a report with failures pays a
   * Set lookup on a string it already has per case, not an id concatenation (which cost a third of
   * the 100 MB bench's throughput).
   */
  private attemptNames = new Set<string>();
  /** `nameShape` of every name in `attemptNames`: 1 where a remembered name may be. */
  private attemptShapes = new Uint8Array(SHAPES);
  private isAttemptCapWarned = false;
  private currentReport = "";

  /** The report being read, as shown to the user. Setting it starts a new report. */
  get report(): string {
    return this.currentReport;
  }

  set report(name: string) {
    this.currentReport = name;
    this.reportsSeen++;
    this.attempts = new Map();
    this.attemptNames = new Set();
    this.attemptShapes = new Uint8Array(SHAPES);
    this.isAttemptCapWarned = false;
  }

  onCase(c: TestCase): void {
    // No id is built while the report has no failure: the common all-green report pays nothing. With
    // failures, a bit per name shape (length and three characters) rules out nearly every passing
    // case before the Set lookup, which hashes the whole name (a sixth of the model's time on the
    // realistic bench file, where 1 % of the tests fail).
    if (c.isAttempt && this.attemptNames.size > 0 && this.attemptShapes[nameShape(c.name)] === 1 && this.attemptNames.has(c.name)) {
      const prior = this.attempts.get(caseId(c));
      if (prior) {
        this.onRepeat(prior, c);
        return;
      }
    }
    const t = this.totals;
    t.tests++;
    // A switch of named stores: t[c.status] is a keyed store V8 handles generically.
    switch (c.status) {
      case "passed":
        t.passed++;
        break;
      case "failed":
        t.failed++;
        break;
      case "errored":
        t.errored++;
        break;
      case "skipped":
        t.skipped++;
        break;
      default:
        t.flaky++;
    }
    t.durationMs += c.durationMs;
    const isSlow = c.durationMs > this.slowFloor;
    const isFailure = c.status === "failed" || c.status === "errored";
    // The id is built only for the cases kept: most cases pass and are only counted.
    if (!isSlow && !isFailure && c.status !== "flaky") {
      if (c.status === "skipped" && this.skipped.length < MAX_KEPT_SKIPPED) this.skipped.push(this.keep(c, caseId(c)));
      return;
    }
    let id = caseId(c);
    if (isFailure) {
      let addedId = false;
      let droppedId = false;
      if (this.failedIds.size < MAX_FAILED_IDS) {
        if (!this.failedIds.has(id)) {
          id = detach(id);
          this.failedIds.add(id);
          addedId = true;
        }
      } else if (!this.failedIds.has(id)) {
        this.failedIdsDropped++;
        droppedId = true;
      }
      let kept: KeptCase | undefined;
      if (this.failures.length < MAX_KEPT_FAILURES) {
        kept = this.keep(c, id);
        this.failures.push(kept);
      } else this.droppedFailures++;
      if (c.isAttempt) this.trackAttempt(c, id, { status: c.status as Attempt["status"], kept, addedId, droppedId });
    } else if (c.status === "flaky" && this.flaky.length < MAX_KEPT_FAILURES) {
      this.flaky.push(this.keep(c, id));
    }
    if (isSlow) {
      this.slowest.push(this.keep({ ...c, message: undefined, details: undefined }, id));
      this.slowest.sort((a, b) => b.durationMs - a.durationMs);
      if (this.slowest.length > SLOWEST_KEPT) this.slowest.pop();
      if (this.slowest.length === SLOWEST_KEPT) this.slowFloor = (this.slowest.at(-1) as KeptCase).durationMs;
    }
  }

  /** The duration a case must exceed to be among the slowest: 0 until the list is full, then its last. */
  private slowFloor = 0;

  private trackAttempt(c: TestCase, id: string, a: Attempt): void {
    if (this.attempts.size < MAX_TRACKED_ATTEMPTS) {
      // The key shares the detached copy kept in failedIds when there is one.
      this.attempts.set(a.addedId ? id : detach(id), a);
      this.attemptNames.add(detach(c.name));
      this.attemptShapes[nameShape(c.name)] = 1;
    } else if (!this.isAttemptCapWarned) {
      this.isAttemptCapWarned = true;
      this.onWarning(
        `more than ${MAX_TRACKED_ATTEMPTS} tests failed; a rerun of "${caseId(c)}" or any later failing test counts as another test, even if it passed`,
      );
    }
  }

  /** Another attempt of a test that already failed in this report: it changes that test, never adds one. */
  private onRepeat(prior: Attempt, c: TestCase): void {
    const t = this.totals;
    // Every attempt ran: the time is spent, whatever the count.
    t.durationMs += c.durationMs;
    if (prior.status === "flaky" || c.status === "skipped") return;
    if (c.status === "passed" || c.status === "flaky") {
      t[prior.status]--;
      t.flaky++;
      const id = caseId(c);
      if (prior.addedId) this.failedIds.delete(id);
      if (prior.droppedId) this.failedIdsDropped--;
      prior.status = "flaky";
      prior.addedId = false;
      prior.droppedId = false;
      if (prior.kept) {
        this.failures.splice(this.failures.indexOf(prior.kept), 1);
        prior.kept.status = "flaky";
      } else this.droppedFailures--;
      // Without a kept failure (the list was full) the flaky entry has the passing attempt's place and no message.
      if (this.flaky.length < MAX_KEPT_FAILURES) this.flaky.push(prior.kept ?? this.keep({ ...c, status: "flaky" }, id));
      return;
    }
    // Failed again: one failed test, described by its last attempt.
    t[prior.status]--;
    t[c.status]++;
    prior.status = c.status;
    if (prior.kept) {
      const kept = this.keep(c, prior.kept.id);
      this.failures[this.failures.indexOf(prior.kept)] = kept;
      prior.kept = kept;
    }
  }

  onReportTime(ms: number): void {
    this.reportsTimed++;
    this.reportTimeSumMs += ms;
  }

  /**
   * The run time the reports state, when every report read states one (summed across reports, as
   * the test times are); undefined otherwise, and the summary falls back to the sum of test times.
   */
  get reportTimeMs(): number | undefined {
    return this.reportsSeen > 0 && this.reportsTimed === this.reportsSeen ? this.reportTimeSumMs : undefined;
  }

  onWarning(message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(`${this.report}: ${message}`);
  }

  onCounts(suite: string, n: { passed: number; failed: number; errored: number; skipped: number }): void {
    const t = this.totals;
    t.passed += n.passed;
    t.failed += n.failed;
    t.errored += n.errored;
    t.skipped += n.skipped;
    t.tests += n.passed + n.failed + n.errored + n.skipped;
    if (n.failed + n.errored === 0) return;
    const name = `(${count(n.failed + n.errored, "failing test")} the report counts but does not list)`;
    const c: TestCase = {
      suite,
      name,
      status: n.failed > 0 ? "failed" : "errored",
      durationMs: 0,
      message: `${count(n.failed, "failure")}, ${count(n.errored, "error")}`,
    };
    const id = caseId(c);
    if (this.failedIds.size < MAX_FAILED_IDS) this.failedIds.add(detach(id));
    else this.failedIdsDropped++;
    if (this.failures.length < MAX_KEPT_FAILURES) this.failures.push(this.keep(c, id));
    else this.droppedFailures++;
  }

  onBroken(message: string, line?: number): void {
    this.brokenCount++;
    if (this.broken.length < MAX_WARNINGS) this.broken.push(`${this.report}${line ? `:${line}` : ""}: ${message}`);
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
