/**
 * Streaming parsers for XML test reports: JUnit in its dialects (jest-junit, vitest, pytest, Maven
 * Surefire/Failsafe with flakyFailure/rerunFailure, Gradle, go-junit-report/gotestsum, mocha,
 * PHPUnit's nested suites, bazel, Catch2, nextest, scalatest), NUnit 2 and 3, xUnit.net v2 and
 * .NET TRX. The dialect is decided by the root element.
 *
 * Built on saxes (a streaming, non-validating parser): no DOM of the file is ever built, and
 * document type declarations are never expanded, so an XXE report that references /etc/passwd or
 * a billion-laughs report fails with "undefined entity" instead of leaking or exploding.
 * Counts come from the test cases themselves, never from suite attributes, so nested suites and
 * `<testsuites>` totals are never double-counted. Pure: chunks in, cases out.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CaseSink, CaseStatus, TestCase } from "./model.js";
import { count as counted } from "../../kernel/format.js";

export type XmlFormat = "junit" | "nunit3" | "nunit2" | "xunit" | "trx";

const ROOTS: Record<string, XmlFormat> = {
  testsuites: "junit",
  testsuite: "junit",
  "test-run": "nunit3",
  "test-results": "nunit2",
  // NUnit 3 files written for one fixture or assembly (nunitlite, the engine's explore/run of a suite).
  "test-suite": "nunit3",
  assemblies: "xunit",
  assembly: "xunit",
  TestRun: "trx",
};

/** An error with the position in the file where parsing stopped. */
export class ReportParseError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

const TEXT_CAP = 4000;

/** saxes prefixes messages with `[file:]line:column: `; split that into a line number and the message. */
export function saxesMessage(raw: string, fallbackLine: number): { line: number; message: string } {
  const m = /^(?:[^:\d][^:]*:)?(\d+):(\d+): (.*)$/s.exec(raw);
  return m ? { line: Number(m[1]), message: m[3] as string } : { line: fallbackLine, message: raw };
}

/** Seconds (a report's `time`) to milliseconds; 0 when missing, negative or not a number. */
function seconds(v: string | undefined): number {
  if (v === undefined) return 0;
  const n = plainDecimal(v) ?? Number(v);
  return Number.isFinite(n) && n > 0 ? n * 1000 : 0;
}

/**
 * `123.456` parsed without Number(), which showed as one of the costliest lines of a 100 MB JUnit
 * parse (bench/gate). Exact: with at most 15 digits both the digits and the power of ten are exact
 * doubles, and one IEEE division rounds correctly, as Number() does. Anything else: undefined.
 */
function plainDecimal(v: string): number | undefined {
  const len = v.length;
  if (len === 0 || len > 15) return undefined;
  let digits = 0;
  let scale = 1;
  let isFraction = false;
  for (let k = 0; k < len; k++) {
    const c = v.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      if (isFraction) scale *= 10;
    } else if (c === 46 && !isFraction && k > 0 && k < len - 1) isFraction = true;
    else return undefined;
  }
  return digits / scale;
}

/** Whether a time attribute is a written zero ("0", "0.000", "0."), which reads as 0 rightly. */
function isZero(v: string): boolean {
  return /^\s*[+-]?0*\.?0*(?:[eE][+-]?\d+)?\s*$/.test(v) && /0/.test(v);
}

/** TRX durations look like 00:00:01.2345678. */
function trxDuration(v: string | undefined): number {
  const m = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(v ?? "");
  if (!m) return 0;
  return (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000;
}

function int(v: string | undefined): number | undefined {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

interface Pending {
  c: TestCase;
  /** Child outcomes seen so far. */
  failure: boolean;
  error: boolean;
  skipped: boolean;
  flakyOnly: boolean;
  /** Catch2's `!mayfail` tag: its failures are expected and do not fail the run. */
  mayFail: boolean;
  /** The failure's type attribute: the message of last resort. */
  type?: string | undefined;
}

/** Elements whose attributes the builder reads; a scanner may pass an empty record for any other. */
export const ATTRIBUTE_ELEMENTS: ReadonlySet<string> = new Set([
  "testsuites",
  "testsuite",
  "testcase",
  "failure",
  "error",
  "rerunFailure",
  "rerunError",
  "flakyFailure",
  "flakyError",
  "skipped",
  "test-suite",
  "test-case",
  "collection",
  "assembly",
  "test",
  "UnitTestResult",
  "test-run",
  "test-results",
  "errors",
  "ResultSummary",
  "Counters",
]);

/** Elements whose text the builder may capture (messages and stack traces). */
const DETAILS_ENDS = new Set(["failure", "error", "rerunFailure", "rerunError", "stack-trace", "StackTrace"]);
const MESSAGE_ENDS = new Set(["message", "reason", "Message"]);

/** A suite being read: what its attributes declare, and what its cases (and nested suites) showed. */
interface SuiteFrame {
  name: string;
  /** JUnit: the counts the suite's attributes declare (undefined: none). NUnit/TRX: failing counts declared. */
  declared: { tests: number; failures: number; errors: number; skipped: number } | undefined;
  /** NUnit: the suite's own result says it failed (`result="Failed"`, `success="False"`). */
  saysFailed: string | undefined;
  cases: number;
  /** Failed, errored or flaky cases under the suite (flaky: a failed attempt counts in the suite's failures). */
  failing: number;
  line: number;
}

/**
 * A count attribute: a non-negative integer, or undefined when missing. A malformed one (a template's
 * `<<computed>>`, a negative number) is reported by `warn` and read as missing.
 */
function count(v: string | undefined, what: string, warn: (m: string) => void): number | undefined {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (Number.isInteger(n) && n >= 0 && n <= 1e9) return n;
  warn(`${what}="${v.slice(0, 40)}" is not a count; ignored`);
  return undefined;
}

/**
 * TRX outcomes, as the producing tools mean them. Readers disagree beyond Passed/Failed/NotExecuted
 * (dorny/test-reporter knows only those three; publish-unit-test-result skips everything but
 * Passed/Failed/Error; the Jenkins MSTest plugin fails Timeout and Aborted): the gate fails every
 * outcome that says the test did not complete (Error, Timeout, Aborted, Disconnected), skips those
 * that say it did not run or decided nothing, and passes PassedButRunAborted (the run's abort is
 * reported on its own). Pending and InProgress mean the run stopped before the test ended.
 */
const TRX_OUTCOMES: Record<string, CaseStatus> = {
  passed: "passed",
  passedbutrunaborted: "passed",
  failed: "failed",
  error: "errored",
  timeout: "errored",
  aborted: "errored",
  disconnected: "errored",
  notexecuted: "skipped",
  notrunnable: "skipped",
  inconclusive: "skipped",
  warning: "skipped",
  completed: "skipped",
  pending: "skipped",
  inprogress: "skipped",
};

/** go-junit-report writes this fixed text as every failure's message; the real one is in the body. */
const GENERIC_MESSAGES = new Set(["Failed"]);

/**
 * Where a failure happened, from the failure text of dialects that have no file/line attributes:
 * Go (`calc_test.go:21: msg`, go-junit-report and gotestsum), Catch2 (`at /src/x.cpp:14`) and Rust
 * (`panicked at src/lib.rs:20:9`, cargo-nextest).
 */
function locateInText(text: string): { file: string; line: number; goMessage?: string } | undefined {
  // Each pattern only where its marker occurs: a Java stack trace of 4000 characters has none of them,
  // and three multi-line regexes over every failure's text showed in the realistic bench profile.
  const go = text.includes("_test.go:") ? /^[ \t]*([\w./-]+_test\.go):(\d+): .*$/m.exec(text) : null;
  if (go) return { file: go[1] as string, line: Number(go[2]), goMessage: go[0].trim() };
  const catch2 = text.startsWith("at ") || text.includes("\nat ") ? /^at (\S.*?):(\d+)[ \t]*$/m.exec(text) : null;
  if (catch2) return { file: catch2[1] as string, line: Number(catch2[2]) };
  const rust = text.includes("panicked at ") ? /panicked at ([^\s:]+\.rs):(\d+):\d+/.exec(text) : null;
  if (rust) return { file: rust[1] as string, line: Number(rust[2]) };
  return undefined;
}

/**
 * Turns element events (open with attributes, text, close) into test cases, whatever tokenizer
 * produces them: saxes ({@link XmlReportParser}) or the hand-written JUnit scanner
 * (`JunitScanner` in junit-scanner.ts). Keeping the semantics here is what keeps both paths equal.
 */
export class ReportBuilder {
  format: XmlFormat | undefined;
  sawCase = false;
  private readonly suites: string[] = [];
  private readonly files: (string | undefined)[] = [];
  /** Open suites (JUnit testsuite(s), NUnit test-run/test-suite/test-results), for their declared outcomes. */
  private readonly frames: SuiteFrame[] = [];
  /** Warnings already given, so a malformed attribute on every suite warns once. */
  private readonly warned = new Set<string>();
  /** xUnit.net: inside `<errors>`, where each `<error>` is a failure outside any test. */
  private isInXunitErrors = false;
  /** TRX: the run summary's outcome and counters, and whether a result failed. */
  private trxSummary: { outcome: string; failing: number } | undefined;
  private trxFailing = 0;
  private pending: Pending | undefined;
  private readonly slot: Pending = {
    c: { suite: "", name: "", status: "passed", durationMs: 0 },
    failure: false,
    error: false,
    skipped: false,
    flakyOnly: false,
    mayFail: false,
  };
  private captureKind: "message" | "details" | undefined;
  private text = "";

  /**
   * @param sink receives the cases.
   * @param lineNow the current line, for errors.
   * @param onCapture told when text starts or stops mattering, so a tokenizer can skip text otherwise.
   */
  constructor(
    private readonly sink: CaseSink,
    private readonly lineNow: () => number,
    private readonly onCapture: (isCapturing: boolean) => void = () => {},
  ) {}

  /** A warning once per kind (the key) and report. */
  warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.sink.onWarning?.(`line ${this.lineNow()}: ${message}`);
  }

  private pushFrame(name: string, declared: SuiteFrame["declared"], saysFailed: string | undefined): void {
    this.frames.push({ name, declared, saysFailed, cases: 0, failing: 0, line: this.lineNow() });
  }

  /**
   * A suite ends. JUnit: a suite with counts and no cases is read from its counts (as
   * publish-unit-test-result reads it), and one whose counts say tests failed while none of its
   * cases did breaks the run. NUnit/TRX: a suite whose result says it failed with no failing case
   * under it (a OneTimeSetUp, a crashed test host) breaks the run.
   */
  private popFrame(): void {
    const f = this.frames.pop();
    if (!f) return;
    const d = f.declared;
    const shown = f.name ? `"${f.name}"` : "(unnamed)";
    if (d && f.cases === 0 && d.tests + d.failures + d.errors + d.skipped > 0) {
      const failed = Math.min(d.failures, d.tests || d.failures);
      const errored = Math.min(d.errors, Math.max(0, (d.tests || d.failures + d.errors) - failed));
      const skipped = Math.min(d.skipped, Math.max(0, (d.tests || d.failures + d.errors + d.skipped) - failed - errored));
      const total = Math.max(d.tests, failed + errored + skipped);
      this.sink.onCounts?.(f.name, { passed: total - failed - errored - skipped, failed, errored, skipped });
      this.sawCase = true;
      f.cases = total;
      f.failing = failed + errored;
    } else if (f.failing === 0 && ((d && d.failures + d.errors > 0) || f.saysFailed)) {
      const why =
        d && d.failures + d.errors > 0 ? `its counts say ${counted(d.failures, "failure")} and ${counted(d.errors, "error")}` : `its result is ${f.saysFailed}`;
      this.sink.onBroken?.(`suite ${shown}: ${why}, but none of its test cases failed (a setup, teardown or crash outside the tests?)`, f.line);
      f.failing = 1;
    }
    const parent = this.frames.at(-1);
    if (parent) {
      parent.cases += f.cases;
      parent.failing += f.failing;
    }
  }

  private countCase(status: CaseStatus): void {
    const f = this.frames.at(-1);
    if (!f) return;
    f.cases++;
    if (status === "failed" || status === "errored" || status === "flaky") f.failing++;
  }

  /** The JUnit count attributes of a suite. */
  private junitCounts(a: Record<string, string>): SuiteFrame["declared"] {
    const warn = (m: string) => this.warnOnce(m.slice(0, m.indexOf("=")), m);
    const tests = count(a.tests, "tests", warn);
    const failures = count(a.failures, "failures", warn);
    const errors = count(a.errors, "errors", warn);
    const skipped = count(a.skipped, "skipped", warn);
    const disabled = count(a.disabled, "disabled", warn);
    if (tests === undefined && failures === undefined && errors === undefined && skipped === undefined && disabled === undefined) return undefined;
    // Disabled tests (GoogleTest, bazel) count as skipped, as every reader counts them.
    return { tests: tests ?? 0, failures: failures ?? 0, errors: errors ?? 0, skipped: (skipped ?? 0) + (disabled ?? 0) };
  }

  /** True while a message or stack trace is being captured: only then does text matter. */
  get isCapturing(): boolean {
    return this.captureKind !== undefined;
  }

  private set capture(v: "message" | "details" | undefined) {
    if ((v === undefined) !== (this.captureKind === undefined)) this.onCapture(v !== undefined);
    this.captureKind = v;
  }

  /** Text or CDATA content, already decoded. */
  onText(t: string): void {
    if (this.captureKind && this.text.length < TEXT_CAP) this.text += t;
  }

  private startCase(c: TestCase): void {
    // One state object reused for every case: a big report has millions of them.
    const p = this.slot;
    p.c = c;
    p.failure = false;
    p.error = false;
    p.skipped = false;
    p.flakyOnly = false;
    p.mayFail = false;
    p.type = undefined;
    this.pending = p;
  }

  /** An element opens. Throws ReportParseError when the root is not a test report's. */
  onOpen(name: string, a: Record<string, string>): void {
    if (!this.format) {
      const f = ROOTS[name];
      if (!f) throw new ReportParseError(`<${name}> is not the root of a known test report`, this.lineNow());
      this.format = f;
      const seconds = f === "junit" && a.time !== undefined ? Number(a.time) : Number.NaN;
      if (Number.isFinite(seconds) && seconds >= 0) this.sink.onReportTime?.(seconds * 1000);
    }
    if (this.format === "junit") this.openJUnit(name, a);
    else if (this.format === "nunit3" || this.format === "nunit2") this.openNUnit(name, a);
    else if (this.format === "xunit") this.openXUnit(name, a);
    else this.openTrx(name, a);
  }

  private openJUnit(name: string, a: Record<string, string>): void {
    if (name === "testsuite") {
      this.suites.push(a.name ?? "");
      this.files.push(a.file ?? a.filepath ?? this.files.at(-1));
      this.pushFrame(a.name ?? "", this.junitCounts(a), undefined);
      return;
    }
    if (name === "testsuites") {
      this.pushFrame(a.name ?? "", this.junitCounts(a), undefined);
      return;
    }
    if (name === "testcase") {
      this.sawCase = true;
      let enclosing = "";
      for (let k = this.suites.length - 1; k >= 0 && !enclosing; k--) enclosing = this.suites[k] as string;
      let suite = a.classname || enclosing;
      const durationMs = seconds(a.time);
      let caseName = a.name ?? "";
      const cls = a.classname;
      if (cls && caseName === cls && enclosing) {
        // jest-junit's default: classname and name are both "<describe> <title>".
        suite = enclosing;
        if (caseName.startsWith(`${enclosing} `)) caseName = caseName.slice(enclosing.length + 1);
      } else if (cls && caseName.length > cls.length && caseName.endsWith(cls) && caseName.charCodeAt(caseName.length - cls.length - 1) === 32) {
        // mocha-junit-reporter: name is the full title, classname the test's own title.
        suite = caseName.slice(0, caseName.length - cls.length - 1);
        caseName = cls;
      }
      this.startCase({
        suite,
        name: caseName,
        status: "passed",
        durationMs,
        file: a.file ?? a.filepath ?? this.files.at(-1),
        line: int(a.line ?? a.lineno),
        // Gradle's test-retry (without mergeReruns) and gotestsum --rerun-fails write each attempt as
        // one more case. Set here, in the literal, not later: adding a property to every case after
        // it is built cost the bench ~10 % (a shape change per case).
        isAttempt: true,
      });
      // GoogleTest (and bazel's gtest reports): disabled tests are status="notrun", GTEST_SKIP is
      // result="skipped", both with no <skipped> child in older versions.
      if (a.status === "notrun" || a.status === "disabled" || a.result === "skipped" || a.result === "suppressed") (this.pending as Pending).skipped = true;
      if (durationMs === 0 && a.time !== undefined && !isZero(a.time))
        this.warnOnce("time", `time="${a.time.slice(0, 40)}" is not a number of seconds; read as 0`);
      return;
    }
    const p = this.pending;
    if (!p) return;
    if (name === "failure" || name === "error" || name === "rerunFailure" || name === "rerunError") {
      if (name === "error" || name === "rerunError") p.error = true;
      else p.failure = true;
      if (a.message && !GENERIC_MESSAGES.has(a.message)) p.c.message ??= a.message;
      p.type ??= a.type || undefined;
      this.capture = "details";
      this.text = "";
    } else if (name === "flakyFailure" || name === "flakyError") {
      p.flakyOnly = true;
      p.c.message ??= a.message || a.type;
    } else if (name === "skipped") {
      p.skipped = true;
      if (a.message === "TEST_CASE tagged with !mayfail") p.mayFail = true;
      p.c.message ??= a.message;
    }
  }

  private openNUnit(name: string, a: Record<string, string>): void {
    if (name === "test-suite" || name === "test-run" || name === "test-results") {
      if (name === "test-suite") this.suites.push(a.name ?? "");
      const result = a.result ?? "";
      const saysFailed =
        /^(failed|failure|error|cancelled)/i.test(result) || a.success === "False"
          ? `${result || "not a success"}${a.label ? ` (${a.label}${a.site ? `, ${a.site}` : ""})` : a.site ? ` (${a.site})` : ""}`
          : undefined;
      this.pushFrame(a.fullname ?? a.name ?? "", undefined, saysFailed);
      return;
    }
    if (name === "test-case") {
      this.sawCase = true;
      const result = (a.result ?? "").toLowerCase();
      const label = (a.label ?? "").toLowerCase();
      let status: CaseStatus = "passed";
      if (result === "failed" || result === "failure") status = label === "error" || label === "invalid" || label === "cancelled" ? "errored" : "failed";
      else if (result === "error" || result === "cancelled" || result === "notrunnable") status = "errored";
      else if (this.format === "nunit2" && a.success === "False" && a.executed !== "False") status = "failed";
      else if (this.format === "nunit2" && a.executed === "False") status = "skipped";
      else if (result === "skipped" || result === "ignored" || result === "inconclusive" || result === "warning") status = "skipped";
      else if (result !== "" && result !== "passed" && result !== "success")
        this.warnOnce(`result-${result}`, `result="${a.result}" is not an NUnit outcome; read as passed`);
      const fullname = a.fullname ?? a.name ?? "";
      const suite = a.classname ?? (fullname.includes(".") ? fullname.slice(0, fullname.lastIndexOf(".")) : (this.suites.at(-1) ?? ""));
      this.startCase({ suite, name: a.methodname ?? (a.name ?? "").split(".").pop() ?? "", status, durationMs: seconds(a.duration ?? a.time) });
      return;
    }
    if (!this.pending) return;
    // NUnit 2: a <failure> child is a failure whatever the attributes say (publish-unit-test-result's rule).
    if (name === "failure" && this.format === "nunit2" && this.pending.c.status === "passed") this.pending.c.status = "failed";
    if (name === "message") {
      this.capture = "message";
      this.text = "";
    } else if (name === "stack-trace") {
      this.capture = "details";
      this.text = "";
    }
  }

  private openXUnit(name: string, a: Record<string, string>): void {
    if (name === "collection" || name === "assembly") {
      this.suites.push(a.name ?? "");
      return;
    }
    if (name === "errors") {
      this.isInXunitErrors = true;
      return;
    }
    if (name === "error" && this.isInXunitErrors) {
      // An error outside any test: a fixture's or an assembly's setup or cleanup. xUnit.net counts it
      // in "Errors" and fails the run.
      this.sawCase = true;
      this.startCase({
        suite: a.name ?? "",
        name: `${a.type ?? "error"} failure`,
        status: "errored",
        durationMs: 0,
        message: `xUnit.net reported a ${a.type ?? ""} error outside the tests`.replace("  ", " "),
      });
      return;
    }
    if (name === "test") {
      this.sawCase = true;
      const result = (a.result ?? "").toLowerCase();
      const status: CaseStatus = result === "fail" ? "failed" : result === "skip" || result === "notrun" ? "skipped" : "passed";
      if (result !== "fail" && result !== "pass" && result !== "skip" && result !== "notrun")
        this.warnOnce(`result-${result}`, `result="${a.result ?? ""}" is not an xUnit.net outcome; read as passed`);
      const full = a.name ?? "";
      this.startCase({
        suite: a.type ?? this.suites.at(-1) ?? "",
        name: a.method && full.startsWith(`${a.type}.`) ? full.slice((a.type ?? "").length + 1) : full,
        status,
        durationMs: seconds(a.time),
      });
      return;
    }
    if (!this.pending) return;
    if (name === "message" || name === "reason") {
      if (this.pending.c.message !== undefined && this.isInXunitErrors) this.pending.c.message = undefined;
      this.capture = "message";
      this.text = "";
    } else if (name === "stack-trace") {
      this.capture = "details";
      this.text = "";
    }
  }

  private openTrx(name: string, a: Record<string, string>): void {
    if (name === "ResultSummary") {
      this.trxSummary = { outcome: a.outcome ?? "", failing: 0 };
      return;
    }
    if (name === "Counters" && this.trxSummary) {
      const warn = (m: string) => this.warnOnce(m, m);
      for (const k of ["failed", "error", "timeout", "aborted", "disconnected"]) this.trxSummary.failing += count(a[k], k, warn) ?? 0;
      return;
    }
    if (name === "UnitTestResult") {
      this.sawCase = true;
      const outcome = (a.outcome ?? "").toLowerCase();
      // A result without an outcome is an error (publish-unit-test-result's rule).
      let status: CaseStatus | undefined = outcome === "" ? "errored" : TRX_OUTCOMES[outcome];
      if (!status) {
        this.warnOnce(`outcome-${outcome}`, `outcome="${a.outcome}" is not a TRX outcome; read as an error`);
        status = "errored";
      }
      if (outcome === "pending" || outcome === "inprogress")
        this.sink.onBroken?.(`test "${a.testName ?? ""}" is ${a.outcome}: the run ended before it finished`, this.lineNow());
      if (outcome === "passedbutrunaborted") this.warnOnce("runaborted", `test "${a.testName ?? ""}" passed but the test run was aborted`);
      if (status === "failed" || status === "errored") this.trxFailing++;
      const full = a.testName ?? "";
      const dot = full.lastIndexOf(".");
      this.startCase({ suite: dot > 0 ? full.slice(0, dot) : "", name: dot > 0 ? full.slice(dot + 1) : full, status, durationMs: trxDuration(a.duration) });
      return;
    }
    if (!this.pending) return;
    if (name === "Message") {
      this.capture = "message";
      this.text = "";
    } else if (name === "StackTrace") {
      this.capture = "details";
      this.text = "";
    }
  }

  /** An element closes (self-closing elements open and close at once). */
  onClose(name: string): void {
    if (this.captureKind && this.pending) {
      const isEnd = this.captureKind === "details" ? DETAILS_ENDS.has(name) : MESSAGE_ENDS.has(name);
      if (isEnd) {
        const text = this.text.trim();
        if (text) {
          const first = text.split("\n", 1)[0]?.trimEnd();
          if (this.captureKind === "message") this.pending.c.message ??= first;
          else {
            this.pending.c.details ??= text;
            this.pending.c.message ??= first;
          }
        }
        this.capture = undefined;
        this.text = "";
      }
    }
    if (
      (name === "testsuite" && this.format === "junit") ||
      (name === "test-suite" && this.format?.startsWith("nunit")) ||
      ((name === "collection" || name === "assembly") && this.format === "xunit")
    ) {
      this.suites.pop();
      if (this.format === "junit") this.files.pop();
      if (this.format !== "xunit") this.popFrame();
      return;
    }
    if ((name === "testsuites" && this.format === "junit") || ((name === "test-run" || name === "test-results") && this.format?.startsWith("nunit"))) {
      this.popFrame();
      return;
    }
    if (name === "errors" && this.format === "xunit") {
      this.isInXunitErrors = false;
      return;
    }
    if (name === "TestRun" && this.format === "trx" && this.trxSummary) {
      const o = this.trxSummary.outcome.toLowerCase();
      if (this.trxFailing === 0 && (this.trxSummary.failing > 0 || /^(failed|error|timeout|aborted)$/.test(o)))
        this.sink.onBroken?.(
          `the run summary's outcome is ${this.trxSummary.outcome || "not given"} with ${this.trxSummary.failing} failing in its counters, but no test result failed (a test host that crashed or a run that was aborted?)`,
          this.lineNow(),
        );
      return;
    }
    const ends =
      name === "testcase" ||
      name === "test-case" ||
      (name === "test" && this.format === "xunit") ||
      (name === "error" && this.format === "xunit" && this.isInXunitErrors) ||
      name === "UnitTestResult";
    if (ends && this.pending) {
      const p = this.pending;
      if (this.format === "junit") {
        if (p.mayFail) p.c.status = "skipped";
        else if (p.error) p.c.status = "errored";
        else if (p.failure) p.c.status = "failed";
        else if (p.flakyOnly) p.c.status = "flaky";
        else if (p.skipped) p.c.status = "skipped";
        if ((p.c.file === undefined || p.c.line === undefined) && p.c.details && (p.error || p.failure)) {
          const at = locateInText(p.c.details);
          if (at) {
            p.c.file ??= at.file;
            p.c.line ??= at.line;
            if (at.goMessage && (p.c.message === undefined || p.c.message.startsWith("=== RUN"))) p.c.message = at.goMessage;
          }
        }
      }
      if (p.c.status !== "passed" && p.c.status !== "skipped") p.c.message ??= p.type;
      this.pending = undefined;
      this.countCase(p.c.status);
      this.sink.onCase(p.c);
    }
  }
}

/**
 * A streaming XML report parser on saxes: write chunks, then close. Throws ReportParseError on bad
 * XML. The JUnit path uses the faster hand-written `JunitScanner`; this one reads NUnit, xUnit.net
 * and TRX, and is the reference the scanner is tested against.
 */
export class XmlReportParser {
  private readonly sax = new SaxesParser({ position: true });
  private readonly builder: ReportBuilder;
  private readonly textHandler = (t: string) => this.builder.onText(t);
  private failed: Error | undefined;

  constructor(sink: CaseSink) {
    // Text handlers are attached only while a message or stack trace is being captured: with a
    // handler saxes hands over a string for every whitespace run between tags (1.7 million on the
    // 100 MB bench file).
    this.builder = new ReportBuilder(
      sink,
      () => this.sax.line,
      (on) => {
        if (on) {
          this.sax.on("text", this.textHandler);
          this.sax.on("cdata", this.textHandler);
        } else {
          this.sax.off("text");
          this.sax.off("cdata");
        }
      },
    );
    this.sax.on("error", (e) => {
      // saxes reads on past a "<" in an attribute value (`time="<<computed>>"`): a warning, as in the
      // JUnit scanner. Every other error stops the report.
      if (/disallowed character\.$/.test(e.message) && this.isInAttribute()) {
        this.builder.warnOnce("lt", 'an attribute value contains "<", which XML does not allow; read as written');
        return;
      }
      this.failed ??= e;
    });
    this.sax.on("opentag", (t) => this.builder.onOpen(t.name, (t as SaxesTagPlain).attributes as Record<string, string>));
    this.sax.on("closetag", (t) => this.builder.onClose(t.name));
    this.sax.on("doctype", () => {
      // Declared entities are never expanded; a report has no business declaring any.
      sink.onWarning?.("the report has a DOCTYPE declaration; its entities are not expanded");
    });
  }

  get format(): XmlFormat | undefined {
    return this.builder.format;
  }

  get sawCase(): boolean {
    return this.builder.sawCase;
  }

  /** Whether saxes is inside a quoted attribute value (its state is not public API; names from saxes 6). */
  private isInAttribute(): boolean {
    const state = (this.sax as unknown as { state: number }).state;
    return state === ATTRIB_VALUE_QUOTED;
  }

  write(chunk: string): void {
    if (this.failed) return;
    this.sax.write(chunk);
    this.check();
  }

  close(): void {
    if (!this.failed) this.sax.close();
    this.check();
    if (!this.builder.format) throw new ReportParseError(NO_ROOT, this.sax.line);
  }

  private check(): void {
    if (this.failed) {
      const { line, message: msg } = saxesMessage(this.failed.message, this.sax.line);
      throw new ReportParseError(/undefined entity/i.test(msg) ? `${msg} (entities from a DOCTYPE are not expanded)` : msg, line);
    }
  }
}

/** saxes 6's state for a quoted attribute value (S_ATTRIB_VALUE_QUOTED in saxes.js). */
const ATTRIB_VALUE_QUOTED = 40;

/** The message when a file holds no test report root element. */
export const NO_ROOT = "no test report root element (testsuites, testsuite, test-run, test-results, assemblies, TestRun)";
