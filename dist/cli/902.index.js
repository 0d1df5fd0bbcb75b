export const id = 902;
export const ids = [902];
export const modules = {

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/kernel/command.ts
var command = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/format.ts
var format = __webpack_require__(8982);
// EXTERNAL MODULE: ./src/kernel/exec.ts
var exec = __webpack_require__(3996);
// EXTERNAL MODULE: ./src/kernel/files.ts
var files = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 9 modules
var github = __webpack_require__(9702);
// EXTERNAL MODULE: ./src/loadtest/engine/read-zip.ts
var read_zip = __webpack_require__(2253);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/gate/core/baseline.ts
/**
 * The base branch's gate report, read as untrusted input: it comes from an artifact any workflow of
 * the repository could have uploaded. Only the fields the policy and the summary use are kept, each
 * checked for its type and range, so no value of it reaches the PR comment but numbers, and test
 * ids and a commit that are only compared or stored, never shown. Pure.
 */

const count = schemas/* number */.aig().int().min(0).max(1e12);
const percent = schemas/* number */.aig().min(0).max(100).optional();
const schema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz("shipline-gate/1"),
    conclusion: schemas/* enum */.k5n(["success", "failure"]),
    totals: schemas/* object */.Ikc({
        tests: count,
        passed: count,
        failed: count,
        errored: count,
        skipped: count,
        flaky: count,
        durationMs: schemas/* number */.aig().min(0).max(1e15),
    }),
    coverage: schemas/* object */.Ikc({
        lines: percent,
        branches: percent,
        files: schemas/* array */.YOg(schemas/* object */.Ikc({ file: schemas/* string */.YjP().max(4096), lines: percent, branches: percent })).max(1_000_000),
    })
        .optional(),
    failedIds: schemas/* array */.YOg(schemas/* string */.YjP().max(4096)).max(10_000),
    // Never shown; kept for the record of which commit the report was made on.
    commit: schemas/* string */.YjP().max(200).optional(),
});
/** Parses and checks a baseline; throws an Error naming the first field that is wrong. */
function parseBaseline(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`not JSON (${e.message})`);
    }
    const schemaName = doc?.schema;
    if (schemaName !== "shipline-gate/1")
        throw new Error(`not a Shipline gate report (schema ${JSON.stringify(schemaName ?? null)?.slice(0, 40)})`);
    const r = schema.safeParse(doc);
    if (!r.success) {
        const issue = r.error.issues[0];
        const where = issue?.path.join(".") || "(the report)";
        throw new Error(`the field ${where} is not valid (${issue?.message ?? "invalid"})`);
    }
    const d = r.data;
    return {
        schema: d.schema,
        conclusion: d.conclusion,
        totals: d.totals,
        coverage: d.coverage
            ? {
                lines: d.coverage.lines,
                branches: d.coverage.branches,
                files: d.coverage.files.map((f) => ({ file: f.file, lines: f.lines, branches: f.branches })),
            }
            : undefined,
        failedIds: d.failedIds,
        commit: d.commit,
    };
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/gate/core/xml-reports.ts
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


const ROOTS = {
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
class ReportParseError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const TEXT_CAP = 4000;
/** saxes prefixes messages with `[file:]line:column: `; split that into a line number and the message. */
function saxesMessage(raw, fallbackLine) {
    const m = /^(?:[^:\d][^:]*:)?(\d+):(\d+): (.*)$/s.exec(raw);
    return m ? { line: Number(m[1]), message: m[3] } : { line: fallbackLine, message: raw };
}
/** Seconds (a report's `time`) to milliseconds; 0 when missing, negative or not a number. */
function seconds(v) {
    if (v === undefined)
        return 0;
    const n = plainDecimal(v) ?? Number(v);
    return Number.isFinite(n) && n > 0 ? n * 1000 : 0;
}
/**
 * `123.456` parsed without Number(), which showed as one of the costliest lines of a 100 MB JUnit
 * parse (bench/gate). Exact: with at most 15 digits both the digits and the power of ten are exact
 * doubles, and one IEEE division rounds correctly, as Number() does. Anything else: undefined.
 */
function plainDecimal(v) {
    const len = v.length;
    if (len === 0 || len > 15)
        return undefined;
    let digits = 0;
    let scale = 1;
    let isFraction = false;
    for (let k = 0; k < len; k++) {
        const c = v.charCodeAt(k);
        if (c >= 48 && c <= 57) {
            digits = digits * 10 + (c - 48);
            if (isFraction)
                scale *= 10;
        }
        else if (c === 46 && !isFraction && k > 0 && k < len - 1)
            isFraction = true;
        else
            return undefined;
    }
    return digits / scale;
}
/** Whether a time attribute is a written zero ("0", "0.000", "0."), which reads as 0 rightly. */
function isZero(v) {
    return /^\s*[+-]?0*\.?0*(?:[eE][+-]?\d+)?\s*$/.test(v) && /0/.test(v);
}
/** TRX durations look like 00:00:01.2345678. */
function trxDuration(v) {
    const m = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(v ?? "");
    if (!m)
        return 0;
    return (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000;
}
function xml_reports_int(v) {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Elements whose attributes the builder reads; a scanner may pass an empty record for any other. */
const ATTRIBUTE_ELEMENTS = new Set([
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
/**
 * A count attribute: a non-negative integer, or undefined when missing. A malformed one (a template's
 * `<<computed>>`, a negative number) is reported by `warn` and read as missing.
 */
function xml_reports_count(v, what, warn) {
    if (v === undefined || v === "")
        return undefined;
    const n = Number(v);
    if (Number.isInteger(n) && n >= 0 && n <= 1e9)
        return n;
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
const TRX_OUTCOMES = {
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
function locateInText(text) {
    // Each pattern only where its marker occurs: a Java stack trace of 4000 characters has none of them,
    // and three multi-line regexes over every failure's text showed in the realistic bench profile.
    const go = text.includes("_test.go:") ? /^[ \t]*([\w./-]+_test\.go):(\d+): .*$/m.exec(text) : null;
    if (go)
        return { file: go[1], line: Number(go[2]), goMessage: go[0].trim() };
    const catch2 = text.startsWith("at ") || text.includes("\nat ") ? /^at (\S.*?):(\d+)[ \t]*$/m.exec(text) : null;
    if (catch2)
        return { file: catch2[1], line: Number(catch2[2]) };
    const rust = text.includes("panicked at ") ? /panicked at ([^\s:]+\.rs):(\d+):\d+/.exec(text) : null;
    if (rust)
        return { file: rust[1], line: Number(rust[2]) };
    return undefined;
}
/**
 * Turns element events (open with attributes, text, close) into test cases, whatever tokenizer
 * produces them: saxes ({@link XmlReportParser}) or the hand-written JUnit scanner
 * (`JunitScanner` in junit-scanner.ts). Keeping the semantics here is what keeps both paths equal.
 */
class ReportBuilder {
    sink;
    lineNow;
    onCapture;
    format;
    sawCase = false;
    suites = [];
    files = [];
    /** Open suites (JUnit testsuite(s), NUnit test-run/test-suite/test-results), for their declared outcomes. */
    frames = [];
    /** Warnings already given, so a malformed attribute on every suite warns once. */
    warned = new Set();
    /** xUnit.net: inside `<errors>`, where each `<error>` is a failure outside any test. */
    isInXunitErrors = false;
    /** TRX: the run summary's outcome and counters, and whether a result failed. */
    trxSummary;
    trxFailing = 0;
    pending;
    slot = {
        c: { suite: "", name: "", status: "passed", durationMs: 0 },
        failure: false,
        error: false,
        skipped: false,
        flakyOnly: false,
        mayFail: false,
    };
    captureKind;
    text = "";
    /**
     * @param sink receives the cases.
     * @param lineNow the current line, for errors.
     * @param onCapture told when text starts or stops mattering, so a tokenizer can skip text otherwise.
     */
    constructor(sink, lineNow, onCapture = () => { }) {
        this.sink = sink;
        this.lineNow = lineNow;
        this.onCapture = onCapture;
    }
    /** A warning once per kind (the key) and report. */
    warnOnce(key, message) {
        if (this.warned.has(key))
            return;
        this.warned.add(key);
        this.sink.onWarning?.(`line ${this.lineNow()}: ${message}`);
    }
    pushFrame(name, declared, saysFailed) {
        this.frames.push({ name, declared, saysFailed, cases: 0, failing: 0, line: this.lineNow() });
    }
    /**
     * A suite ends. JUnit: a suite with counts and no cases is read from its counts (as
     * publish-unit-test-result reads it), and one whose counts say tests failed while none of its
     * cases did breaks the run. NUnit/TRX: a suite whose result says it failed with no failing case
     * under it (a OneTimeSetUp, a crashed test host) breaks the run.
     */
    popFrame() {
        const f = this.frames.pop();
        if (!f)
            return;
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
        }
        else if (f.failing === 0 && ((d && d.failures + d.errors > 0) || f.saysFailed)) {
            const why = d && d.failures + d.errors > 0 ? `its counts say ${(0,format/* count */.U9)(d.failures, "failure")} and ${(0,format/* count */.U9)(d.errors, "error")}` : `its result is ${f.saysFailed}`;
            this.sink.onBroken?.(`suite ${shown}: ${why}, but none of its test cases failed (a setup, teardown or crash outside the tests?)`, f.line);
            f.failing = 1;
        }
        const parent = this.frames.at(-1);
        if (parent) {
            parent.cases += f.cases;
            parent.failing += f.failing;
        }
    }
    countCase(status) {
        const f = this.frames.at(-1);
        if (!f)
            return;
        f.cases++;
        if (status === "failed" || status === "errored" || status === "flaky")
            f.failing++;
    }
    /** The JUnit count attributes of a suite. */
    junitCounts(a) {
        const warn = (m) => this.warnOnce(m.slice(0, m.indexOf("=")), m);
        const tests = xml_reports_count(a.tests, "tests", warn);
        const failures = xml_reports_count(a.failures, "failures", warn);
        const errors = xml_reports_count(a.errors, "errors", warn);
        const skipped = xml_reports_count(a.skipped, "skipped", warn);
        const disabled = xml_reports_count(a.disabled, "disabled", warn);
        if (tests === undefined && failures === undefined && errors === undefined && skipped === undefined && disabled === undefined)
            return undefined;
        // Disabled tests (GoogleTest, bazel) count as skipped, as every reader counts them.
        return { tests: tests ?? 0, failures: failures ?? 0, errors: errors ?? 0, skipped: (skipped ?? 0) + (disabled ?? 0) };
    }
    /** True while a message or stack trace is being captured: only then does text matter. */
    get isCapturing() {
        return this.captureKind !== undefined;
    }
    set capture(v) {
        if ((v === undefined) !== (this.captureKind === undefined))
            this.onCapture(v !== undefined);
        this.captureKind = v;
    }
    /** Text or CDATA content, already decoded. */
    onText(t) {
        if (this.captureKind && this.text.length < TEXT_CAP)
            this.text += t;
    }
    startCase(c) {
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
    onOpen(name, a) {
        if (!this.format) {
            const f = ROOTS[name];
            if (!f)
                throw new ReportParseError(`<${name}> is not the root of a known test report`, this.lineNow());
            this.format = f;
            const seconds = f === "junit" && a.time !== undefined ? Number(a.time) : Number.NaN;
            if (Number.isFinite(seconds) && seconds >= 0)
                this.sink.onReportTime?.(seconds * 1000);
        }
        if (this.format === "junit")
            this.openJUnit(name, a);
        else if (this.format === "nunit3" || this.format === "nunit2")
            this.openNUnit(name, a);
        else if (this.format === "xunit")
            this.openXUnit(name, a);
        else
            this.openTrx(name, a);
    }
    openJUnit(name, a) {
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
            for (let k = this.suites.length - 1; k >= 0 && !enclosing; k--)
                enclosing = this.suites[k];
            let suite = a.classname || enclosing;
            const durationMs = seconds(a.time);
            let caseName = a.name ?? "";
            const cls = a.classname;
            if (cls && caseName === cls && enclosing) {
                // jest-junit's default: classname and name are both "<describe> <title>".
                suite = enclosing;
                if (caseName.startsWith(`${enclosing} `))
                    caseName = caseName.slice(enclosing.length + 1);
            }
            else if (cls && caseName.length > cls.length && caseName.endsWith(cls) && caseName.charCodeAt(caseName.length - cls.length - 1) === 32) {
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
                line: xml_reports_int(a.line ?? a.lineno),
                // Gradle's test-retry (without mergeReruns) and gotestsum --rerun-fails write each attempt as
                // one more case. Set here, in the literal, not later: adding a property to every case after
                // it is built cost the bench ~10 % (a shape change per case).
                isAttempt: true,
            });
            // GoogleTest (and bazel's gtest reports): disabled tests are status="notrun", GTEST_SKIP is
            // result="skipped", both with no <skipped> child in older versions.
            if (a.status === "notrun" || a.status === "disabled" || a.result === "skipped" || a.result === "suppressed")
                this.pending.skipped = true;
            if (durationMs === 0 && a.time !== undefined && !isZero(a.time))
                this.warnOnce("time", `time="${a.time.slice(0, 40)}" is not a number of seconds; read as 0`);
            return;
        }
        const p = this.pending;
        if (!p)
            return;
        if (name === "failure" || name === "error" || name === "rerunFailure" || name === "rerunError") {
            if (name === "error" || name === "rerunError")
                p.error = true;
            else
                p.failure = true;
            if (a.message && !GENERIC_MESSAGES.has(a.message))
                p.c.message ??= a.message;
            p.type ??= a.type || undefined;
            this.capture = "details";
            this.text = "";
        }
        else if (name === "flakyFailure" || name === "flakyError") {
            p.flakyOnly = true;
            p.c.message ??= a.message || a.type;
        }
        else if (name === "skipped") {
            p.skipped = true;
            if (a.message === "TEST_CASE tagged with !mayfail")
                p.mayFail = true;
            p.c.message ??= a.message;
        }
    }
    openNUnit(name, a) {
        if (name === "test-suite" || name === "test-run" || name === "test-results") {
            if (name === "test-suite")
                this.suites.push(a.name ?? "");
            const result = a.result ?? "";
            const saysFailed = /^(failed|failure|error|cancelled)/i.test(result) || a.success === "False"
                ? `${result || "not a success"}${a.label ? ` (${a.label}${a.site ? `, ${a.site}` : ""})` : a.site ? ` (${a.site})` : ""}`
                : undefined;
            this.pushFrame(a.fullname ?? a.name ?? "", undefined, saysFailed);
            return;
        }
        if (name === "test-case") {
            this.sawCase = true;
            const result = (a.result ?? "").toLowerCase();
            const label = (a.label ?? "").toLowerCase();
            let status = "passed";
            if (result === "failed" || result === "failure")
                status = label === "error" || label === "invalid" || label === "cancelled" ? "errored" : "failed";
            else if (result === "error" || result === "cancelled" || result === "notrunnable")
                status = "errored";
            else if (this.format === "nunit2" && a.success === "False" && a.executed !== "False")
                status = "failed";
            else if (this.format === "nunit2" && a.executed === "False")
                status = "skipped";
            else if (result === "skipped" || result === "ignored" || result === "inconclusive" || result === "warning")
                status = "skipped";
            else if (result !== "" && result !== "passed" && result !== "success")
                this.warnOnce(`result-${result}`, `result="${a.result}" is not an NUnit outcome; read as passed`);
            const fullname = a.fullname ?? a.name ?? "";
            const suite = a.classname ?? (fullname.includes(".") ? fullname.slice(0, fullname.lastIndexOf(".")) : (this.suites.at(-1) ?? ""));
            this.startCase({ suite, name: a.methodname ?? (a.name ?? "").split(".").pop() ?? "", status, durationMs: seconds(a.duration ?? a.time) });
            return;
        }
        if (!this.pending)
            return;
        // NUnit 2: a <failure> child is a failure whatever the attributes say (publish-unit-test-result's rule).
        if (name === "failure" && this.format === "nunit2" && this.pending.c.status === "passed")
            this.pending.c.status = "failed";
        if (name === "message") {
            this.capture = "message";
            this.text = "";
        }
        else if (name === "stack-trace") {
            this.capture = "details";
            this.text = "";
        }
    }
    openXUnit(name, a) {
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
            const status = result === "fail" ? "failed" : result === "skip" || result === "notrun" ? "skipped" : "passed";
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
        if (!this.pending)
            return;
        if (name === "message" || name === "reason") {
            if (this.pending.c.message !== undefined && this.isInXunitErrors)
                this.pending.c.message = undefined;
            this.capture = "message";
            this.text = "";
        }
        else if (name === "stack-trace") {
            this.capture = "details";
            this.text = "";
        }
    }
    openTrx(name, a) {
        if (name === "ResultSummary") {
            this.trxSummary = { outcome: a.outcome ?? "", failing: 0 };
            return;
        }
        if (name === "Counters" && this.trxSummary) {
            const warn = (m) => this.warnOnce(m, m);
            for (const k of ["failed", "error", "timeout", "aborted", "disconnected"])
                this.trxSummary.failing += xml_reports_count(a[k], k, warn) ?? 0;
            return;
        }
        if (name === "UnitTestResult") {
            this.sawCase = true;
            const outcome = (a.outcome ?? "").toLowerCase();
            // A result without an outcome is an error (publish-unit-test-result's rule).
            let status = outcome === "" ? "errored" : TRX_OUTCOMES[outcome];
            if (!status) {
                this.warnOnce(`outcome-${outcome}`, `outcome="${a.outcome}" is not a TRX outcome; read as an error`);
                status = "errored";
            }
            if (outcome === "pending" || outcome === "inprogress")
                this.sink.onBroken?.(`test "${a.testName ?? ""}" is ${a.outcome}: the run ended before it finished`, this.lineNow());
            if (outcome === "passedbutrunaborted")
                this.warnOnce("runaborted", `test "${a.testName ?? ""}" passed but the test run was aborted`);
            if (status === "failed" || status === "errored")
                this.trxFailing++;
            const full = a.testName ?? "";
            const dot = full.lastIndexOf(".");
            this.startCase({ suite: dot > 0 ? full.slice(0, dot) : "", name: dot > 0 ? full.slice(dot + 1) : full, status, durationMs: trxDuration(a.duration) });
            return;
        }
        if (!this.pending)
            return;
        if (name === "Message") {
            this.capture = "message";
            this.text = "";
        }
        else if (name === "StackTrace") {
            this.capture = "details";
            this.text = "";
        }
    }
    /** An element closes (self-closing elements open and close at once). */
    onClose(name) {
        if (this.captureKind && this.pending) {
            const isEnd = this.captureKind === "details" ? DETAILS_ENDS.has(name) : MESSAGE_ENDS.has(name);
            if (isEnd) {
                const text = this.text.trim();
                if (text) {
                    const first = text.split("\n", 1)[0]?.trimEnd();
                    if (this.captureKind === "message")
                        this.pending.c.message ??= first;
                    else {
                        this.pending.c.details ??= text;
                        this.pending.c.message ??= first;
                    }
                }
                this.capture = undefined;
                this.text = "";
            }
        }
        if ((name === "testsuite" && this.format === "junit") ||
            (name === "test-suite" && this.format?.startsWith("nunit")) ||
            ((name === "collection" || name === "assembly") && this.format === "xunit")) {
            this.suites.pop();
            if (this.format === "junit")
                this.files.pop();
            if (this.format !== "xunit")
                this.popFrame();
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
                this.sink.onBroken?.(`the run summary's outcome is ${this.trxSummary.outcome || "not given"} with ${this.trxSummary.failing} failing in its counters, but no test result failed (a test host that crashed or a run that was aborted?)`, this.lineNow());
            return;
        }
        const ends = name === "testcase" ||
            name === "test-case" ||
            (name === "test" && this.format === "xunit") ||
            (name === "error" && this.format === "xunit" && this.isInXunitErrors) ||
            name === "UnitTestResult";
        if (ends && this.pending) {
            const p = this.pending;
            if (this.format === "junit") {
                if (p.mayFail)
                    p.c.status = "skipped";
                else if (p.error)
                    p.c.status = "errored";
                else if (p.failure)
                    p.c.status = "failed";
                else if (p.flakyOnly)
                    p.c.status = "flaky";
                else if (p.skipped)
                    p.c.status = "skipped";
                if ((p.c.file === undefined || p.c.line === undefined) && p.c.details && (p.error || p.failure)) {
                    const at = locateInText(p.c.details);
                    if (at) {
                        p.c.file ??= at.file;
                        p.c.line ??= at.line;
                        if (at.goMessage && (p.c.message === undefined || p.c.message.startsWith("=== RUN")))
                            p.c.message = at.goMessage;
                    }
                }
            }
            if (p.c.status !== "passed" && p.c.status !== "skipped")
                p.c.message ??= p.type;
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
class XmlReportParser {
    sax = new saxes/* SaxesParser */.wT({ position: true });
    builder;
    textHandler = (t) => this.builder.onText(t);
    failed;
    constructor(sink) {
        // Text handlers are attached only while a message or stack trace is being captured: with a
        // handler saxes hands over a string for every whitespace run between tags (1.7 million on the
        // 100 MB bench file).
        this.builder = new ReportBuilder(sink, () => this.sax.line, (on) => {
            if (on) {
                this.sax.on("text", this.textHandler);
                this.sax.on("cdata", this.textHandler);
            }
            else {
                this.sax.off("text");
                this.sax.off("cdata");
            }
        });
        this.sax.on("error", (e) => {
            // saxes reads on past a "<" in an attribute value (`time="<<computed>>"`): a warning, as in the
            // JUnit scanner. Every other error stops the report.
            if (/disallowed character\.$/.test(e.message) && this.isInAttribute()) {
                this.builder.warnOnce("lt", 'an attribute value contains "<", which XML does not allow; read as written');
                return;
            }
            this.failed ??= e;
        });
        this.sax.on("opentag", (t) => this.builder.onOpen(t.name, t.attributes));
        this.sax.on("closetag", (t) => this.builder.onClose(t.name));
        this.sax.on("doctype", () => {
            // Declared entities are never expanded; a report has no business declaring any.
            sink.onWarning?.("the report has a DOCTYPE declaration; its entities are not expanded");
        });
    }
    get format() {
        return this.builder.format;
    }
    get sawCase() {
        return this.builder.sawCase;
    }
    /** Whether saxes is inside a quoted attribute value (its state is not public API; names from saxes 6). */
    isInAttribute() {
        const state = this.sax.state;
        return state === ATTRIB_VALUE_QUOTED;
    }
    write(chunk) {
        if (this.failed)
            return;
        this.sax.write(chunk);
        this.check();
    }
    close() {
        if (!this.failed)
            this.sax.close();
        this.check();
        if (!this.builder.format)
            throw new ReportParseError(NO_ROOT, this.sax.line);
    }
    check() {
        if (this.failed) {
            const { line, message: msg } = saxesMessage(this.failed.message, this.sax.line);
            throw new ReportParseError(/undefined entity/i.test(msg) ? `${msg} (entities from a DOCTYPE are not expanded)` : msg, line);
        }
    }
}
/** saxes 6's state for a quoted attribute value (S_ATTRIB_VALUE_QUOTED in saxes.js). */
const ATTRIB_VALUE_QUOTED = 40;
/** The message when a file holds no test report root element. */
const NO_ROOT = "no test report root element (testsuites, testsuite, test-run, test-results, assemblies, TestRun)";

;// CONCATENATED MODULE: ./src/gate/core/text-reports.ts
/**
 * Line-oriented and JSON test reports: TAP 12/13/14 (subtests, TODO/SKIP, bail out), `go test -json`
 * and Dart/Flutter JSON (one event per line, streamed), CTRF, mocha JSON and RSpec JSON (one
 * document each; those tools write small files, so they are parsed whole). Pure.
 */



/**
 * The longest line the line-based readers accept. A `go test -json` output event or a TAP line is a
 * few hundred bytes; past this the file is not a report a tool wrote, and holding it would cost
 * memory in proportion to it.
 */
const MAX_LINE_CHARS = 64 * 1024 * 1024;
/**
 * Splits streamed text into lines, calling `onLine` with each (1-based line numbers). Linear in the
 * input whatever the line length: a chunk without a line end is kept aside, never searched again or
 * joined into one growing string per chunk (that was quadratic: 61 s for a 40 MB one-line file).
 */
class LineSplitter {
    onLine;
    maxLine;
    parts = [];
    partsLength = 0;
    line = 0;
    /** True when the input ended in the middle of a line (its last line has no line end). */
    endedMidLine = false;
    constructor(onLine, maxLine = MAX_LINE_CHARS) {
        this.onLine = onLine;
        this.maxLine = maxLine;
    }
    write(chunk) {
        let nl = chunk.indexOf("\n");
        if (nl === -1) {
            this.keep(chunk);
            return;
        }
        let start = 0;
        if (this.parts.length > 0) {
            this.keep(chunk.slice(0, nl));
            const whole = this.parts.join("");
            this.parts = [];
            this.partsLength = 0;
            this.emit(whole);
            start = nl + 1;
            nl = chunk.indexOf("\n", start);
        }
        while (nl !== -1) {
            if (nl - start > this.maxLine)
                this.tooLong();
            this.emit(chunk.slice(start, nl));
            start = nl + 1;
            nl = chunk.indexOf("\n", start);
        }
        if (start < chunk.length)
            this.keep(chunk.slice(start));
    }
    close() {
        if (this.partsLength > 0) {
            this.endedMidLine = true;
            const whole = this.parts.join("");
            this.parts = [];
            this.partsLength = 0;
            this.emit(whole);
        }
    }
    keep(s) {
        if (s === "")
            return;
        this.partsLength += s.length;
        if (this.partsLength > this.maxLine)
            this.tooLong();
        this.parts.push(s);
    }
    emit(l) {
        this.onLine(l.charCodeAt(l.length - 1) === 13 ? l.slice(0, -1) : l, ++this.line);
    }
    tooLong() {
        throw new ReportParseError(`line ${this.line + 1} is longer than ${this.maxLine / 1024 / 1024} MB: not a report a test tool writes (check that the file is the report, not a log or a binary)`, this.line + 1);
    }
}
function parseTapPoint(line, from) {
    let k = from;
    let ok = true;
    if (line.startsWith("not ok", k)) {
        ok = false;
        k += 6;
    }
    else if (line.startsWith("ok", k))
        k += 2;
    else
        return undefined;
    const after = line.charCodeAt(k);
    if (k < line.length && after !== 32 && after !== 9)
        return undefined;
    while (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)
        k++;
    let id;
    const digits = k;
    while (k < line.length && line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57)
        k++;
    if (k > digits) {
        if (k < line.length && line.charCodeAt(k) !== 32 && line.charCodeAt(k) !== 9)
            k = digits;
        else
            id = Number(line.slice(digits, k));
    }
    let rest = line.slice(k).trim();
    if (rest.startsWith("-"))
        rest = rest.slice(1).trimStart();
    // The directive is the last unescaped "#": "# SKIP" / "# TODO" (any case, any suffix: "# skipped").
    let description = rest;
    let directive;
    let reason = "";
    let time = 0;
    let hash = rest.indexOf("#");
    while (hash !== -1 && rest.charCodeAt(hash - 1) === 92 /* \ */)
        hash = rest.indexOf("#", hash + 1);
    if (hash !== -1) {
        const tail = rest.slice(hash + 1).trimStart();
        const word = tail.slice(0, 4).toUpperCase();
        if (word === "SKIP" || word === "TODO") {
            directive = word;
            description = rest.slice(0, hash).trimEnd();
            const space = tail.search(/\s/);
            reason = space === -1 ? "" : tail.slice(space).trim();
        }
        else if (tail.startsWith("time=")) {
            // node-tap: "ok 1 - name # time=12.3ms"
            description = rest.slice(0, hash).trimEnd();
            const ms = /^time=([\d.]+)(ms|s)?/.exec(tail);
            if (ms)
                time = Number(ms[1]) * (ms[2] === "s" ? 1000 : 1);
        }
    }
    return { ok, id, description: description.replace(/\\#/g, "#"), directive, reason, time };
}
/** What the YAML diagnostics of a test point say, in the keys node:test, node-tap and TAP 14 producers write. */
function readTapYaml(doc, c) {
    if (!doc || typeof doc !== "object")
        return;
    const d = doc;
    const str = (v) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
    const msg = str(d.message) ?? str(d.error) ?? (d.error && typeof d.error === "object" ? str(d.error.message) : undefined);
    if (msg)
        c.message = msg.split("\n")[0]?.trim() || undefined;
    const at = d.at ?? d.location;
    if (typeof at === "string") {
        const m = /^(?:file:\/\/)?(.+?):(\d+)(?::\d+)?$/.exec(at.trim());
        if (m) {
            c.file ??= m[1];
            c.line ??= Number(m[2]);
        }
    }
    else if (at && typeof at === "object") {
        const a = at;
        const file = str(a.file);
        const line = Number(a.line);
        if (file && Number.isInteger(line) && line > 0) {
            c.file ??= file;
            c.line ??= line;
        }
    }
    const ms = Number(d.duration_ms);
    if (Number.isFinite(ms) && ms >= 0)
        c.durationMs = ms;
}
/** Longest YAML diagnostics block kept for a test point; longer ones are read no further. */
const MAX_YAML_CHARS = 64 * 1024;
/**
 * TAP 12/13/14, read as the specifications and the reference parser (tap-parser, node-tap) read it:
 * - a run that stops early or miscounts is broken: no plan, a plan the points do not match, test
 *   numbers out of order or repeated, a plan in the middle, `Bail out!`, a stream cut in the
 *   middle of a line or of a YAML block. These are reported through `CaseSink.onBroken` with
 *   their line, and the points read so far are still counted.
 * - `not ok ... # TODO` is not a failure (counted as skipped), `ok ... # TODO` passes, `# SKIP` is
 *   skipped, `1..0` (with or without a reason) skips the whole file.
 * - a YAML block that does not parse is a warning, not fatal.
 * - subtests (indented): the leaves are counted, as node --test's own summary does; a parent line
 *   only summarises them, unless it failed with no failing leaf (a hook, or the parent's own body):
 *   then it is a failed test itself. A broken subtest (plan mismatch, no plan) breaks the run.
 */
class TapParser {
    sink;
    lines;
    levels = [];
    /** The last leaf, held back until its YAML block (if any) is read. */
    last;
    yaml;
    /**
     * `# Subtest:` lines not yet used, in order. node:test writes one at the parent's indent before
     * every test (leaves too), TAP 14 at the child's indent: a new level takes the first one between
     * its parent's indent and its own.
     */
    subtestNames = [];
    /** A child level just closed: the next point at the parent's indent is its summary. */
    closedChild;
    sawCase = false;
    sawTap = false;
    bailedOut = false;
    constructor(sink) {
        this.sink = sink;
        this.lines = new LineSplitter((l, n) => this.onLine(l, n));
        this.levels.push(this.newLevel(0, ""));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    close() {
        this.lines.close();
        if (this.bailedOut)
            return;
        const n = this.lines.line;
        if (this.yaml) {
            this.broken(`the YAML block that starts on line ${this.yaml.line} never ends (no "..."): the output was cut off`, n);
            this.yaml = undefined;
        }
        this.flush();
        if (!this.sawTap)
            throw new ReportParseError("no TAP test lines (ok / not ok) and no plan", n);
        if (this.lines.endedMidLine)
            this.broken("the last line has no line end: the output was cut off", n);
        while (this.levels.length > 1)
            this.closeLevel(n);
        this.checkPlan(this.levels[0], n, true, "");
    }
    newLevel(indent, name) {
        return { indent, name, plan: undefined, count: 0, lastId: 0, isPlanInMiddle: false, hasNumberingProblem: false, failed: false };
    }
    broken(message, line) {
        for (const l of this.levels)
            l.failed = true;
        this.sink.onBroken?.(message, line);
    }
    flush() {
        if (this.last)
            this.sink.onCase(this.last.c);
        this.last = undefined;
    }
    where(level) {
        const names = this.levels
            .slice(1, this.levels.indexOf(level) + 1)
            .map((l) => l.name)
            .filter(Boolean);
        return names.length > 0 ? `subtest "${names.join(" > ")}": ` : "";
    }
    checkPlan(level, line, isTop, where) {
        const p = level.plan;
        if (!p) {
            if (level.count > 0 || isTop)
                this.broken(`${where}no plan (1..N) after ${(0,format/* count */.U9)(level.count, "test")}: the test process stopped before printing it, or the producer never writes one`, line);
            return;
        }
        const planned = p.end - p.start + 1;
        if (p.end === 0 && p.start === 1) {
            if (level.count > 0)
                this.broken(`${where}plan 1..0 (skip all) but ${(0,format/* count */.U9)(level.count, "test")} ran`, p.line);
            return;
        }
        if (planned < 0) {
            this.broken(`${where}plan ${p.start}..${p.end} is not a range of tests`, p.line);
            return;
        }
        if (level.count !== planned) {
            const early = level.count < planned && !p.isAfterPoints ? ": the run stopped early" : "";
            this.broken(`${where}plan ${p.start}..${p.end} but ${(0,format/* count */.U9)(level.count, "test")} ran${early}`, level.count < planned && !p.isAfterPoints ? line : p.line);
        }
    }
    closeLevel(line) {
        this.flush();
        const child = this.levels.at(-1);
        const where = this.where(child);
        this.levels.pop();
        this.checkPlan(child, line, false, where);
        const parent = this.levels.at(-1);
        if (child.failed)
            parent.failed = true;
        this.closedChild = child;
    }
    onLine(raw, n) {
        // TAP: a harness stops reading at "Bail out!"; whatever a producer writes after it was not a run.
        if (this.bailedOut)
            return;
        let indent = 0;
        while (raw.charCodeAt(indent) === 32 || raw.charCodeAt(indent) === 9)
            indent++;
        if (this.yaml) {
            const y = this.yaml;
            if (indent >= y.indent && raw.startsWith("...", indent) && raw.slice(indent + 3).trim() === "") {
                this.yaml = undefined;
                this.endYaml(y, n);
                return;
            }
            if (indent >= y.indent || raw.trim() === "") {
                if (y.chars < MAX_YAML_CHARS) {
                    y.lines.push(raw);
                    y.chars += raw.length + 1;
                }
                return;
            }
            // A line less indented than the block, before its "...": the block is broken, the line is TAP.
            this.yaml = undefined;
            this.sink.onWarning?.(`the YAML block that starts on line ${y.line} has no "..." before line ${n}; its diagnostics are ignored`);
        }
        const line = raw.slice(indent);
        if (line === "")
            return;
        if (this.last && line.startsWith("---") && line.slice(3).trim() === "" && indent >= this.last.indent) {
            this.yaml = { lines: [], chars: 0, indent, line: n };
            return;
        }
        if (/^Bail out!/i.test(line)) {
            this.bailedOut = true;
            this.sawTap = true;
            this.flush();
            const reason = line.slice(9).trim();
            this.broken(`Bail out!${reason ? ` ${reason}` : ""}: the test run stopped`, n);
            return;
        }
        if (line.startsWith("# Subtest")) {
            const m = /^# Subtest:?\s*(.*)$/.exec(line);
            this.flush();
            this.subtestNames.push({ name: (m?.[1] ?? "").trim(), indent });
            return;
        }
        const isPlan = line.startsWith("1..") || /^\d+\.\.\d+(\s|$)/.test(line);
        const point = isPlan ? undefined : parseTapPoint(line, 0);
        if (!isPlan && !point)
            return;
        this.sawTap = true;
        this.flush();
        // Indentation decides the level: deeper opens a subtest, shallower closes subtests.
        while (this.levels.length > 1 && indent < this.levels.at(-1).indent)
            this.closeLevel(n);
        let level = this.levels.at(-1);
        while (indent > level.indent) {
            // One level per 4 spaces (TAP 14, node:test), so a first point two levels deep opens both.
            const to = (indent - level.indent) % 4 === 0 ? level.indent + 4 : indent;
            const from = level.indent;
            const at = this.subtestNames.findIndex((s) => s.indent >= from && s.indent <= to);
            const name = at === -1 ? "" : this.subtestNames[at].name;
            if (at !== -1)
                this.subtestNames.splice(0, at + 1);
            level = this.newLevel(to, name);
            this.levels.push(level);
            this.closedChild = undefined;
        }
        this.subtestNames = this.subtestNames.filter((s) => s.indent < indent);
        if (isPlan) {
            this.onPlan(level, line, n);
            return;
        }
        this.onPoint(level, point, indent, n);
    }
    onPlan(level, line, n) {
        const m = /^(\d+)\.\.(\d+)/.exec(line);
        if (level.plan) {
            this.broken(`${this.where(level)}a second plan ${m?.[0]} after ${level.plan.start}..${level.plan.end} (line ${level.plan.line})`, n);
            return;
        }
        level.plan = { start: Number(m?.[1]), end: Number(m?.[2]), line: n, isAfterPoints: level.count > 0 };
        this.closedChild = undefined;
    }
    onPoint(level, p, indent, n) {
        const where = this.where(level);
        if (level.plan?.isAfterPoints && !level.isPlanInMiddle) {
            level.isPlanInMiddle = true;
            this.broken(`${where}the plan ${level.plan.start}..${level.plan.end} (line ${level.plan.line}) is followed by more tests: a plan belongs at the start or the end`, n);
        }
        level.count++;
        const expected = level.lastId + 1;
        if (p.id !== undefined) {
            if (p.id !== expected && !level.hasNumberingProblem) {
                level.hasNumberingProblem = true;
                this.broken(p.id < expected
                    ? `${where}test number ${p.id} ${p.id === level.lastId ? "appears twice" : `comes after ${level.lastId}`}: the numbers must run in order`
                    : `${where}test number ${p.id} where ${expected} was expected: tests ${expected}..${p.id - 1} are missing`, n);
            }
            level.lastId = p.id;
        }
        else
            level.lastId = expected;
        if (level.plan && !level.plan.isAfterPoints && level.lastId > level.plan.end && level.plan.end > 0 && !level.hasNumberingProblem) {
            level.hasNumberingProblem = true;
            this.broken(`${where}test ${level.lastId} is outside the plan ${level.plan.start}..${level.plan.end}`, n);
        }
        const child = this.closedChild;
        this.closedChild = undefined;
        const isTodo = p.directive === "TODO";
        let status = p.ok ? "passed" : "failed";
        if (p.directive === "SKIP")
            status = "skipped";
        if (isTodo)
            status = p.ok ? "passed" : "skipped";
        if (child && child.count > 0) {
            if (!child.name)
                child.name = p.description;
            // A parent's line summarises its leaves, which were counted. It is a test of its own only when
            // it failed and no leaf or problem under it says why (node --test: a failing hook or body).
            if (status !== "failed" || child.failed)
                return;
        }
        this.sawCase = true;
        const suite = this.levels
            .slice(1)
            .map((l) => l.name)
            .filter(Boolean)
            .join(" > ");
        this.last = {
            c: { suite, name: p.description || `test ${level.lastId}`, status, durationMs: p.time, message: p.reason || undefined },
            indent,
        };
        if (status === "failed")
            for (const l of this.levels)
                l.failed = true;
    }
    endYaml(y, n) {
        if (!this.last)
            return;
        const text = y.lines.join("\n");
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(dedent(y.lines), { maxAliasCount: 100 });
        }
        catch (e) {
            this.sink.onWarning?.(`the YAML block on lines ${y.line}-${n} does not parse (${String(e.message).split("\n")[0]}); its diagnostics are ignored`);
            return;
        }
        readTapYaml(doc, this.last.c);
        if (this.last.c.status === "failed" || this.last.c.status === "errored")
            this.last.c.details = text.slice(0, 2000);
    }
}
function dedent(lines) {
    let min = Number.POSITIVE_INFINITY;
    for (const l of lines) {
        if (l.trim() === "")
            continue;
        let k = 0;
        while (l.charCodeAt(k) === 32)
            k++;
        min = Math.min(min, k);
    }
    if (!Number.isFinite(min))
        return "";
    return lines.map((l) => l.slice(min)).join("\n");
}
/**
 * `go test -json`: one event per line; a test's final action decides its status. Each package ends
 * with an event of its own (`pass`, `fail` or `skip` without a Test): a package that failed with no
 * failing test (a build error, a panic or timeout outside a test, TestMain) breaks the run, and so
 * does a package whose events stop before that final event (the stream was cut).
 */
class GoTestJsonParser {
    sink;
    lines;
    output = new Map();
    /** Packages seen, with whether a test of theirs failed and whether they ended. */
    packages = new Map();
    sawCase = false;
    constructor(sink) {
        this.sink = sink;
        this.lines = new LineSplitter((l, n) => this.onLine(l, n));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    close() {
        this.lines.close();
        if (!this.sawCase && this.packages.size === 0)
            throw new ReportParseError("no test events in go test -json output", this.lines.line);
        for (const [name, p] of this.packages)
            if (!p.ended)
                this.sink.onBroken?.(`package ${name}: its events stop before its result (pass/fail): the run was cut off`, this.lines.line);
    }
    onLine(line, n) {
        if (line.trim() === "")
            return;
        let e;
        try {
            e = JSON.parse(line);
        }
        catch {
            throw new ReportParseError(`not a JSON event line${this.lines.endedMidLine ? " (the last line is cut off)" : ""}`, n);
        }
        if (!e || typeof e !== "object")
            throw new ReportParseError("not a JSON event line", n);
        if (e.Action === "build-fail") {
            this.sink.onBroken?.(`package ${e.ImportPath ?? "?"} failed to build`, n);
            return;
        }
        const pkgName = e.Package ?? "";
        let pkg = this.packages.get(pkgName);
        if (!pkg && e.Package !== undefined) {
            pkg = { failedTests: 0, ended: false, output: "" };
            this.packages.set(pkgName, pkg);
        }
        if (!e.Test) {
            if (!pkg)
                return;
            if (e.Action === "output" && e.Output && pkg.output.length < 2000)
                pkg.output += e.Output;
            else if (e.Action === "pass" || e.Action === "skip")
                pkg.ended = true;
            else if (e.Action === "fail") {
                pkg.ended = true;
                if (pkg.failedTests === 0) {
                    const why = pkg.output
                        .split("\n")
                        .map((l) => l.trim())
                        .find((l) => l && l !== "FAIL" && !l.startsWith("FAIL\t") && !l.startsWith("exit status"));
                    this.sink.onBroken?.(`package ${pkgName} failed with no failing test${why ? `: ${why.slice(0, 300)}` : ""}`, n);
                }
            }
            return;
        }
        const key = `${e.Package}\u0000${e.Test}`;
        if (e.Action === "output" && e.Output) {
            const prev = this.output.get(key) ?? "";
            if (prev.length < 4000)
                this.output.set(key, prev + e.Output);
            return;
        }
        const status = e.Action === "pass" ? "passed" : e.Action === "fail" ? "failed" : e.Action === "skip" ? "skipped" : undefined;
        if (!status)
            return;
        this.sawCase = true;
        if (status === "failed" && pkg)
            pkg.failedTests++;
        const out = this.output.get(key);
        this.output.delete(key);
        const loc = out ? /\s([\w./-]+_test\.go):(\d+):/.exec(out) : null;
        this.sink.onCase({
            suite: e.Package ?? "",
            name: e.Test,
            status,
            durationMs: (e.Elapsed ?? 0) * 1000,
            file: loc?.[1],
            line: loc ? Number(loc[2]) : undefined,
            message: status === "failed"
                ? out
                    ?.split("\n")
                    .find((l) => /_test\.go:\d+:/.test(l))
                    ?.trim()
                : undefined,
            details: status === "failed" ? out : undefined,
        });
    }
}
/** Dart/Flutter `--reporter json`: testStart gives names, testDone the result. */
class DartJsonParser {
    sink;
    lines;
    tests = new Map();
    errors = new Map();
    sawCase = false;
    failedTests = 0;
    done;
    constructor(sink) {
        this.sink = sink;
        this.lines = new LineSplitter((l, n) => this.onLine(l, n));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    /** The reporter ends with `{"type":"done","success":...}`: without it the run was cut off; `false` with no failing test broke it. */
    close() {
        this.lines.close();
        if (!this.sawCase && !this.done)
            throw new ReportParseError("no testDone events in the Dart JSON report", this.lines.line);
        if (!this.done)
            this.sink.onBroken?.('no "done" event at the end: the test run was cut off', this.lines.line);
        else if (this.done.success !== true && this.failedTests === 0)
            this.sink.onBroken?.(`the run ended with success: ${String(this.done.success)} and no failing test (a file that failed to load?)`, this.done.line);
    }
    onLine(line, n) {
        if (line.trim() === "" || !line.startsWith("{"))
            return;
        let e;
        try {
            e = JSON.parse(line);
        }
        catch {
            throw new ReportParseError("not a JSON event line", n);
        }
        if (e.type === "done") {
            this.done = { success: e.success, line: n };
            return;
        }
        if (e.type === "testStart" && e.test) {
            this.tests.set(e.test.id, {
                name: e.test.name,
                file: (e.test.root_url ?? e.test.url)?.replace(/^file:\/\//, ""),
                line: e.test.root_line ?? e.test.line,
                start: e.time ?? 0,
            });
        }
        else if (e.type === "error" && e.testID !== undefined) {
            this.errors.set(e.testID, e.error ?? "");
        }
        else if (e.type === "testDone" && e.testID !== undefined && (!e.hidden || (e.result !== undefined && e.result !== "success"))) {
            const t = this.tests.get(e.testID);
            if (!t)
                return;
            this.sawCase = true;
            const status = e.skipped ? "skipped" : e.result === "success" ? "passed" : e.result === "error" ? "errored" : "failed";
            if (status === "failed" || status === "errored")
                this.failedTests++;
            this.sink.onCase({
                suite: "",
                name: t.name,
                status,
                durationMs: Math.max(0, (e.time ?? 0) - t.start),
                file: t.file,
                line: t.line,
                message: this.errors.get(e.testID)?.split("\n")[0],
            });
        }
    }
}
/** CTRF, mocha JSON and RSpec JSON: whole-document formats. Returns false when `doc` is none of them. */
function parseJsonReport(doc, sink) {
    if (!doc || typeof doc !== "object")
        return undefined;
    const d = doc;
    const results = d.results;
    if (results && Array.isArray(results.tests)) {
        let failing = 0;
        for (const t of results.tests) {
            const s = String(t.status ?? "");
            let status = s === "passed" ? "passed" : s === "failed" ? "failed" : s === "skipped" || s === "pending" || s === "other" ? "skipped" : "errored";
            if (status === "passed" && (t.flaky === true || (Number(t.retries) > 0 && t.flaky !== false)))
                status = "flaky";
            if (status === "failed" || status === "errored")
                failing++;
            sink.onCase({
                suite: String(t.suite ?? ""),
                name: String(t.name ?? ""),
                status,
                durationMs: Number(t.duration) || 0,
                file: t.filePath,
                line: Number(t.line) || undefined,
                message: t.message,
                details: t.trace,
            });
        }
        const summary = results.summary;
        const declared = Number(summary?.failed) || 0;
        if (declared > 0 && failing === 0)
            sink.onBroken?.(`the summary says ${(0,format/* count */.U9)(declared, "test")} failed, but no test in the report failed`);
        return "ctrf";
    }
    if (d.stats && Array.isArray(d.tests) && (Array.isArray(d.passes) || Array.isArray(d.failures))) {
        const pending = new Set(d.pending?.map((t) => String(t.fullTitle)) ?? []);
        for (const t of d.tests) {
            const err = t.err;
            const failed = err && Object.keys(err).length > 0;
            const status = pending.has(String(t.fullTitle)) || t.pending === true ? "skipped" : failed ? "failed" : "passed";
            const full = String(t.fullTitle ?? t.title ?? "");
            const title = String(t.title ?? "");
            sink.onCase({
                suite: full.endsWith(title) ? full.slice(0, full.length - title.length).trim() : "",
                name: title,
                status,
                durationMs: Number(t.duration) || 0,
                file: t.file,
                message: failed ? String(err?.message ?? "") : undefined,
                details: failed ? String(err?.stack ?? "") : undefined,
            });
        }
        // Hook failures ("before all" hook ...) are in `failures` but not in `tests`: mocha counts them as
        // failures (stats.failures) and fails the run, so they are failed tests here too.
        const inTests = new Set(d.tests.map((t) => String(t.fullTitle ?? t.title ?? "")));
        for (const f of d.failures ?? []) {
            const full = String(f.fullTitle ?? f.title ?? "");
            if (inTests.has(full))
                continue;
            const err = f.err;
            const title = String(f.title ?? full);
            sink.onCase({
                suite: full.endsWith(title) ? full.slice(0, full.length - title.length).trim() : "",
                name: title,
                status: "failed",
                durationMs: Number(f.duration) || 0,
                file: f.file,
                message: String(err?.message ?? "a hook failed"),
                details: err?.stack === undefined ? undefined : String(err.stack),
            });
        }
        return "mocha";
    }
    if (Array.isArray(d.examples) && d.summary) {
        for (const e of d.examples) {
            const s = String(e.status ?? "");
            const status = s === "passed" ? "passed" : s === "failed" ? "failed" : "skipped";
            const ex = e.exception;
            const full = String(e.full_description ?? "");
            const desc = String(e.description ?? full);
            sink.onCase({
                suite: full.endsWith(desc) ? full.slice(0, full.length - desc.length).trim() : "",
                name: desc,
                status,
                durationMs: (Number(e.run_time) || 0) * 1000,
                file: String(e.file_path ?? "").replace(/^\.\//, "") || undefined,
                line: Number(e.line_number) || undefined,
                message: ex ? String(ex.message ?? "").split("\n")[0] : undefined,
                details: ex ? ex.backtrace?.slice(0, 10).join("\n") : undefined,
            });
        }
        const outside = Number(d.summary.errors_outside_of_examples_count) || 0;
        if (outside > 0) {
            const msg = Array.isArray(d.messages) ? String(d.messages[0] ?? "").split("\n")[0] : "";
            sink.onBroken?.(`${(0,format/* count */.U9)(outside, "error")} occurred outside of examples (a spec file failed to load)${msg ? `: ${msg.slice(0, 300)}` : ""}`);
        }
        return "rspec";
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gate/core/junit-scanner.ts

const END_NAME = /^([^\s/>="'<!?]+)\s*$/;
const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** Element names of a JUnit report as constants: no substring, and a Set lookup on a string whose hash V8 has cached. */
const ELEMENT_NAMES = ["testcase", "testsuite", "testsuites", "failure", "error", "skipped", "system-out", "system-err", "properties", "property"];
function elementName(s, from, length) {
    if (length === 8 && s.startsWith("testcase", from))
        return "testcase";
    for (const known of ELEMENT_NAMES)
        if (known.length === length && s.startsWith(known, from))
            return known;
    return s.slice(from, from + length);
}
/**
 * The model's attributes by number, so the tag walk stores a value with a switch of named property
 * stores: `a[key]` with a string key is a keyed store, which V8 handles as megamorphic here.
 */
const NAME = 1;
const CLASSNAME = 2;
const TIME = 3;
const FILE = 4;
const FILEPATH = 5;
const LINE = 6;
const LINENO = 7;
const STATUS = 8;
const RESULT = 9;
const MESSAGE = 10;
const TYPE = 11;
const TESTS = 12;
const FAILURES = 13;
const ERRORS = 14;
const SKIPPED = 15;
const DISABLED = 16;
const ATTRIBUTE_NAMES = [
    "",
    "name",
    "classname",
    "time",
    "file",
    "filepath",
    "line",
    "lineno",
    "status",
    "result",
    "message",
    "type",
    "tests",
    "failures",
    "errors",
    "skipped",
    "disabled",
];
const ATTRIBUTE_LENGTHS = Uint8Array.from(ATTRIBUTE_NAMES, (a) => a.length);
/** Whether `s[from + 1, from + word.length)` equals `word` past its first character (which the caller checked). */
function isRest(s, from, word) {
    for (let j = 1; j < word.length; j++)
        if (s.charCodeAt(from + j) !== word.charCodeAt(j))
            return false;
    return true;
}
/**
 * Which of the model's attributes `s[from, from + length)` names (0: none), without slicing it out:
 * this runs for every attribute of every test case, so it dispatches on length and first character
 * and compares char codes rather than calling startsWith several times.
 */
function junitAttribute(s, from, length) {
    const c = s.charCodeAt(from);
    switch (length) {
        case 4:
            if (c === 110 /* n */)
                return isRest(s, from, "name") ? NAME : 0;
            if (c === 116 /* t */)
                return isRest(s, from, "time") ? TIME : isRest(s, from, "type") ? TYPE : 0;
            if (c === 102 /* f */)
                return isRest(s, from, "file") ? FILE : 0;
            if (c === 108 /* l */)
                return isRest(s, from, "line") ? LINE : 0;
            return 0;
        case 5:
            return c === 116 /* t */ && isRest(s, from, "tests") ? TESTS : 0;
        case 6:
            if (c === 115 /* s */)
                return isRest(s, from, "status") ? STATUS : 0;
            if (c === 114 /* r */)
                return isRest(s, from, "result") ? RESULT : 0;
            if (c === 108 /* l */)
                return isRest(s, from, "lineno") ? LINENO : 0;
            if (c === 101 /* e */)
                return isRest(s, from, "errors") ? ERRORS : 0;
            return 0;
        case 7:
            if (c === 115 /* s */)
                return isRest(s, from, "skipped") ? SKIPPED : 0;
            return c === 109 /* m */ && isRest(s, from, "message") ? MESSAGE : 0;
        case 8:
            if (c === 102 /* f */)
                return isRest(s, from, "filepath") ? FILEPATH : isRest(s, from, "failures") ? FAILURES : 0;
            return c === 100 /* d */ && isRest(s, from, "disabled") ? DISABLED : 0;
        case 9:
            return c === 99 /* c */ && isRest(s, from, "classname") ? CLASSNAME : 0;
        default:
            return 0;
    }
}
/** Which of the model's attributes starts at `s[from]` directly followed by "=" (0: none, or spaces around "="). */
function attributeBeforeEquals(s, from) {
    switch (s.charCodeAt(from)) {
        case 99 /* c */:
            return s.startsWith("classname=", from) ? CLASSNAME : 0;
        case 110 /* n */:
            return s.startsWith("name=", from) ? NAME : 0;
        case 116 /* t */:
            return s.startsWith("time=", from) ? TIME : s.startsWith("type=", from) ? TYPE : s.startsWith("tests=", from) ? TESTS : 0;
        case 102 /* f */:
            return s.startsWith("file=", from) ? FILE : s.startsWith("filepath=", from) ? FILEPATH : s.startsWith("failures=", from) ? FAILURES : 0;
        case 101 /* e */:
            return s.startsWith("errors=", from) ? ERRORS : 0;
        case 100 /* d */:
            return s.startsWith("disabled=", from) ? DISABLED : 0;
        case 108 /* l */:
            return s.startsWith("line=", from) ? LINE : s.startsWith("lineno=", from) ? LINENO : 0;
        case 115 /* s */:
            return s.startsWith("status=", from) ? STATUS : s.startsWith("skipped=", from) ? SKIPPED : 0;
        case 114 /* r */:
            return s.startsWith("result=", from) ? RESULT : 0;
        case 109 /* m */:
            return s.startsWith("message=", from) ? MESSAGE : 0;
        default:
            return 0;
    }
}
/** Stores attribute `key` (see `junitAttribute`); false when the tag already had it. */
function setAttribute(a, key, v) {
    switch (key) {
        case NAME:
            if (a.name !== undefined)
                return false;
            a.name = v;
            return true;
        case CLASSNAME:
            if (a.classname !== undefined)
                return false;
            a.classname = v;
            return true;
        case TIME:
            if (a.time !== undefined)
                return false;
            a.time = v;
            return true;
        case FILE:
            if (a.file !== undefined)
                return false;
            a.file = v;
            return true;
        case FILEPATH:
            if (a.filepath !== undefined)
                return false;
            a.filepath = v;
            return true;
        case LINE:
            if (a.line !== undefined)
                return false;
            a.line = v;
            return true;
        case LINENO:
            if (a.lineno !== undefined)
                return false;
            a.lineno = v;
            return true;
        case STATUS:
            if (a.status !== undefined)
                return false;
            a.status = v;
            return true;
        case RESULT:
            if (a.result !== undefined)
                return false;
            a.result = v;
            return true;
        case MESSAGE:
            if (a.message !== undefined)
                return false;
            a.message = v;
            return true;
        case TESTS:
            if (a.tests !== undefined)
                return false;
            a.tests = v;
            return true;
        case FAILURES:
            if (a.failures !== undefined)
                return false;
            a.failures = v;
            return true;
        case ERRORS:
            if (a.errors !== undefined)
                return false;
            a.errors = v;
            return true;
        case SKIPPED:
            if (a.skipped !== undefined)
                return false;
            a.skipped = v;
            return true;
        case DISABLED:
            if (a.disabled !== undefined)
                return false;
            a.disabled = v;
            return true;
        default:
            if (a.type !== undefined)
                return false;
            a.type = v;
            return true;
    }
}
/** One object shape for every element keeps V8's property access monomorphic. */
function newAttributes() {
    return {
        name: undefined,
        classname: undefined,
        time: undefined,
        file: undefined,
        filepath: undefined,
        line: undefined,
        lineno: undefined,
        status: undefined,
        result: undefined,
        message: undefined,
        type: undefined,
        tests: undefined,
        failures: undefined,
        errors: undefined,
        skipped: undefined,
        disabled: undefined,
    };
}
const NO_ATTRIBUTES = Object.freeze(newAttributes());
function clearAttributes(a) {
    a.name = undefined;
    a.classname = undefined;
    a.time = undefined;
    a.file = undefined;
    a.filepath = undefined;
    a.line = undefined;
    a.lineno = undefined;
    a.status = undefined;
    a.result = undefined;
    a.message = undefined;
    a.type = undefined;
    a.tests = undefined;
    a.failures = undefined;
    a.errors = undefined;
    a.skipped = undefined;
    a.disabled = undefined;
    return a;
}
/** The longest entity reference the scanner decodes, `&#x10FFFF;`: a cut one is at most this long. */
const MAX_ENTITY = 10;
/** What an attribute value must decode or normalise: entities, tabs, line ends. */
const SPECIALS = ["&", "\n", "\t", "\r"];
/**
 * The longest single tag (or text kept while capturing) the scanner waits for across chunks. Real
 * tags are a few hundred bytes; without a limit a hostile tag would grow the buffer to the file size.
 */
const MAX_PENDING = 16 * 1024 * 1024;
/** Character classes for ASCII: 1 = whitespace, 2 = ends a name (whitespace, "/", ">", "=", quotes, "<"). */
const CLASS = new Uint8Array(128);
for (const c of [32, 10, 9, 13])
    CLASS[c] = 3;
for (let c = 0; c < 32; c++)
    CLASS[c] = CLASS[c] | 2;
for (const c of [47, 62, 61, 34, 39, 60])
    CLASS[c] = 2;
function isSpace(c) {
    return c < 128 && (CLASS[c] & 1) !== 0;
}
/** Ends a tag or attribute name. NaN (past the end) is not a name end: callers check the bound. */
function isNameEnd(c) {
    return c < 128 && (CLASS[c] & 2) !== 0;
}
function isNameStart(c) {
    return !(c === 33 || c === 63 || c === 45 || c === 46 || (c >= 48 && c <= 57));
}
function isXmlChar(cp) {
    return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}
/** Streaming JUnit scanner with the same interface and results as `XmlReportParser`. */
class JunitScanner {
    sink;
    builder;
    buf = "";
    /** Line number of `buf[0]`. */
    line = 1;
    /** Offset in `buf` of the tag being handled, for the builder's errors. */
    at = 0;
    stack = [];
    attrs = newAttributes();
    sawRoot = false;
    isStart = true;
    failed;
    /** Inside a comment, CDATA section or processing instruction cut by a chunk boundary. */
    skipping;
    constructor(sink) {
        this.sink = sink;
        this.builder = new ReportBuilder(sink, () => this.line + countLines(this.buf, 0, this.at));
    }
    get format() {
        return this.builder.format;
    }
    get sawCase() {
        return this.builder.sawCase;
    }
    /** Feeds the next chunk; a construct cut by the chunk boundary waits for the next one. */
    write(chunk) {
        if (this.failed)
            throw this.failed;
        if (this.isStart) {
            this.isStart = false;
            if (chunk.charCodeAt(0) === 0xfeff)
                chunk = chunk.slice(1);
        }
        // join, not "+": "+" makes a cons string, and every charCodeAt in the tag walk then goes through
        // V8's indirection to the flattened copy; join builds a flat string. 12% of the parse time on
        // the 100 MiB bench file (bench/gate).
        this.buf = this.buf.length === 0 ? chunk : [this.buf, chunk].join("");
        this.guard(() => this.scan(false));
    }
    /** Ends the input; throws ReportParseError when it is truncated or holds no report. */
    close() {
        if (this.failed)
            throw this.failed;
        this.guard(() => this.scan(true));
        if (this.stack.length > 0)
            this.fail(`unclosed tag: ${this.stack.at(-1)}`, this.buf.length);
        if (!this.builder.format)
            throw new ReportParseError(NO_ROOT, this.line);
    }
    guard(f) {
        try {
            f();
        }
        catch (e) {
            this.failed = e instanceof ReportParseError ? e : new ReportParseError(String(e.message), this.line);
            throw this.failed;
        }
    }
    /** Throws with the line of offset `at` in the buffer, counted only now. */
    fail(message, at) {
        throw new ReportParseError(message, this.line + countLines(this.buf, 0, at));
    }
    /** Drops `buf[0..upto)`, counting its newlines. */
    consume(upto) {
        if (upto === 0)
            return;
        this.line += countLines(this.buf, 0, upto);
        this.buf = upto >= this.buf.length ? "" : this.buf.slice(upto);
    }
    scan(isFinal) {
        this.special.fill(-2);
        this.nextLessThan = -2;
        const s = this.buf;
        const n = s.length;
        const b = this.builder;
        let i = 0;
        if (this.skipping) {
            const { end, isCdata } = this.skipping;
            const at = s.indexOf(end);
            if (at === -1) {
                if (isFinal)
                    this.fail(`unexpected end of file inside ${isCdata ? "a CDATA section" : end === "-->" ? "a comment" : "a processing instruction"}`, n);
                // Long comments and CDATA (a 50 MB system-out) are dropped as they stream, not buffered;
                // the last characters stay in case the terminator is cut.
                const keep = Math.max(0, n - end.length + 1);
                if (isCdata && b.isCapturing)
                    b.onText(lineEnds(s.slice(0, keep)));
                this.consume(keep);
                return;
            }
            if (isCdata && b.isCapturing)
                b.onText(lineEnds(s.slice(0, at)));
            this.skipping = undefined;
            i = at + end.length;
        }
        while (i < n) {
            // The start tag just walked has already found the next "<" (or that there is none).
            const lt = this.nextLessThan !== -2 ? this.nextLessThan : s.indexOf("<", i);
            this.nextLessThan = -2;
            if (lt === -1) {
                if (!isFinal && b.isCapturing) {
                    // Keep a possibly cut entity ("&am") or CRLF for the next chunk.
                    const amp = s.lastIndexOf("&");
                    let keep = amp >= Math.max(i, n - MAX_ENTITY) && s.indexOf(";", amp) === -1 ? amp : n;
                    if (keep === n && s.charCodeAt(n - 1) === 13)
                        keep = n - 1;
                    this.text(i, keep);
                    this.consume(keep);
                    return;
                }
                this.text(i, n);
                i = n;
                break;
            }
            if (lt > i)
                this.text(i, lt);
            if (lt + 1 >= n) {
                if (isFinal)
                    this.fail("unexpected end of file inside a tag", lt);
                this.consume(lt);
                return;
            }
            const c = s.charCodeAt(lt + 1);
            let next;
            if (c === 47 /* / */)
                next = this.endTag(lt, isFinal);
            else if (c === 33 /* ! */)
                next = this.bang(lt, isFinal);
            else if (c === 63 /* ? */) {
                const end = s.indexOf("?>", lt + 2);
                if (end !== -1)
                    next = end + 2;
                else if (isFinal)
                    this.fail("unexpected end of file inside a processing instruction", lt);
                else
                    next = this.streamRest(lt + 2, "?>", false);
            }
            else
                next = this.startTag(lt, isFinal);
            if (next === -1) {
                this.consume(lt);
                if (this.buf.length > MAX_PENDING)
                    this.fail(`a tag longer than ${MAX_PENDING / 1024 / 1024} MB: the report is malformed`, 0);
                return;
            }
            if (next === -2) {
                this.consume(n - this.keptTail);
                return;
            }
            i = next;
        }
        this.consume(i);
    }
    /**
     * Offset of the first "<" after the start tag `startTag` just walked (-1: none in the buffer), which
     * its check for "<" inside the tag found anyway; -2 when `scan` must search itself.
     */
    nextLessThan = -2;
    /** Characters left in the buffer by a construct that now streams (see `skipping`). */
    keptTail = 0;
    /**
     * A comment, CDATA section or processing instruction from `start` (its content) runs past the
     * buffer: switch to streaming it. Returns -2, which tells `scan` to keep only `keptTail` chars.
     */
    streamRest(start, end, isCdata) {
        const s = this.buf;
        const keep = Math.max(start, s.length - end.length + 1);
        if (isCdata && this.builder.isCapturing)
            this.builder.onText(lineEnds(s.slice(start, keep)));
        this.skipping = { end, isCdata };
        this.keptTail = s.length - keep;
        return -2;
    }
    /** Text between tags: checked outside the root, decoded only while the builder captures it. */
    text(from, to) {
        const s = this.buf;
        if (this.stack.length === 0) {
            for (let k = from; k < to; k++) {
                const ch = s.charCodeAt(k);
                if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9)
                    this.fail(this.sawRoot ? "text data outside of root node" : "text data before the root element", k);
            }
            return;
        }
        if (this.builder.isCapturing)
            this.builder.onText(this.decode(lineEnds(s.slice(from, to)), from));
    }
    /**
     * A start tag at `lt`, walked by hand: jumping to each attribute's closing quote with indexOf and
     * keeping only the values the model reads (`JunitAttributes`), which is where the scanner beats a
     * general parser. Returns the offset after the tag, or -1 when the tag runs past the buffer.
     */
    startTag(lt, isFinal) {
        const s = this.buf;
        const n = s.length;
        let k = lt + 1;
        let name;
        // Nearly every tag of a big report is a test case: recognise it without the walk and the lookup.
        if (s.startsWith("testcase", k) && isNameEnd(s.charCodeAt(k + 8))) {
            name = "testcase";
            k += 8;
        }
        else {
            while (k < n && !isNameEnd(s.charCodeAt(k)))
                k++;
            if (k >= n)
                return this.cut(lt, isFinal);
            name = elementName(s, lt + 1, k - lt - 1);
        }
        if (name === "" || !isNameStart(name.charCodeAt(0)))
            this.malformed(lt);
        const wanted = name === "testcase" || ATTRIBUTE_ELEMENTS.has(name);
        // One record reused for every tag (the builder copies what it keeps): no allocation per case.
        const a = wanted ? clearAttributes(this.attrs) : NO_ATTRIBUTES;
        let isEmpty = false;
        for (;;) {
            const before = k;
            while (k < n && isSpace(s.charCodeAt(k)))
                k++;
            if (k >= n)
                return this.cut(lt, isFinal);
            const c = s.charCodeAt(k);
            if (c === 62 /* > */) {
                k++;
                break;
            }
            if (c === 47 /* / */) {
                if (k + 1 >= n)
                    return this.cut(lt, isFinal);
                if (s.charCodeAt(k + 1) !== 62)
                    this.malformed(lt);
                isEmpty = true;
                k += 2;
                break;
            }
            // An attribute: needs whitespace before it, a name, "=", a quoted value without "<".
            if (k === before)
                this.malformed(lt);
            const keyStart = k;
            // Fast path: a name the model reads right before "=" is valid as it stands, so the walk over
            // its characters is skipped. Anything else (other names, spaces around "=") takes the walk.
            let key = wanted ? attributeBeforeEquals(s, k) : 0;
            if (key !== 0)
                k += ATTRIBUTE_LENGTHS[key] + 1;
            else {
                while (k < n && !isNameEnd(s.charCodeAt(k)))
                    k++;
                const keyEnd = k;
                while (k < n && isSpace(s.charCodeAt(k)))
                    k++;
                if (k >= n)
                    return this.cut(lt, isFinal);
                if (keyEnd === keyStart || s.charCodeAt(k) !== 61 /* = */)
                    this.malformed(lt);
                k++;
                if (wanted)
                    key = junitAttribute(s, keyStart, keyEnd - keyStart);
            }
            while (k < n && isSpace(s.charCodeAt(k)))
                k++;
            if (k >= n)
                return this.cut(lt, isFinal);
            const q = s.charCodeAt(k);
            if (q !== 34 && q !== 39)
                this.malformed(lt);
            const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
            if (close === -1)
                return this.cut(lt, isFinal);
            if (key !== 0) {
                const v = this.hasSpecial(s, k + 1, close) ? this.decode(lineEnds(s.slice(k + 1, close)).replace(/[\t\n]/g, " "), lt) : s.slice(k + 1, close);
                if (!setAttribute(a, key, v))
                    this.fail(`duplicate attribute: ${ATTRIBUTE_NAMES[key]}`, lt);
            }
            k = close + 1;
        }
        // No "<" inside the tag, so none in a value (XML forbids it); one search per tag, not per value.
        // One there is a malformed value (a reporter's `time="<<computed>>"`): a warning, as saxes
        // reads on past it, not a reason to read no tests.
        let lessThan = s.indexOf("<", lt + 1);
        if (lessThan !== -1 && lessThan < k) {
            this.at = lt;
            this.builder.warnOnce("lt", 'an attribute value contains "<", which XML does not allow; read as written');
            lessThan = s.indexOf("<", k);
        }
        this.nextLessThan = lessThan;
        this.at = lt;
        if (this.stack.length === 0) {
            if (this.sawRoot)
                this.fail("a second root element: a report has exactly one", lt);
            this.sawRoot = true;
        }
        this.builder.onOpen(name, a);
        if (isEmpty)
            this.builder.onClose(name);
        else
            this.stack.push(name);
        return k;
    }
    /** A tag cut by the end of the buffer: wait for more, or fail at the end of the file. */
    cut(lt, isFinal) {
        if (isFinal)
            this.fail("unexpected end of file inside a tag (the report is truncated)", lt);
        return -1;
    }
    malformed(lt) {
        const s = this.buf;
        const gt = s.indexOf(">", lt);
        const shown = s.slice(lt, Math.min(gt === -1 ? s.length : gt + 1, lt + 80));
        return this.fail(`malformed tag ${JSON.stringify(shown)}: attribute values must be quoted and contain no "<"`, lt);
    }
    /**
     * Whether `s[from, to)` holds "&", a tab or a line end, which attribute values must decode or
     * normalise (literal tabs and line ends become spaces). The next position of each is cached per
     * buffer, so a value costs a comparison, not a scan: the search for each character resumes only
     * once a value starts past its cached position, which keeps the work linear in the buffer.
     */
    hasSpecial(s, from, to) {
        const next = this.special;
        for (let k = 0; k < 4; k++) {
            let at = next[k];
            if (at === -1)
                continue;
            if (at < from) {
                at = s.indexOf(SPECIALS[k], from);
                next[k] = at;
                if (at === -1)
                    continue;
            }
            if (at < to)
                return true;
        }
        return false;
    }
    /** Next offsets of `SPECIALS` in the buffer being scanned (-1: none left, -2: not searched yet). */
    special = new Float64Array(4);
    endTag(lt, isFinal) {
        const s = this.buf;
        const gt = s.indexOf(">", lt + 2);
        if (gt === -1) {
            if (isFinal)
                this.fail("unexpected end of file inside a closing tag", lt);
            return -1;
        }
        const name = END_NAME.exec(s.slice(lt + 2, gt))?.[1];
        if (!name)
            this.fail(`malformed closing tag ${JSON.stringify(s.slice(lt, gt + 1).slice(0, 80))}`, lt);
        const open = this.stack.pop();
        if (open !== name)
            this.fail(open ? `unexpected close tag </${name}>; expected </${open}>` : `unmatched closing tag </${name}>`, lt);
        this.builder.onClose(name);
        return gt + 1;
    }
    /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
    bang(lt, isFinal) {
        const s = this.buf;
        const waitOrFail = (what) => {
            if (isFinal)
                this.fail(`unexpected end of file inside ${what}`, lt);
            return -1;
        };
        if (s.startsWith("<!--", lt)) {
            const end = s.indexOf("-->", lt + 4);
            if (end !== -1)
                return end + 3;
            return isFinal ? waitOrFail("a comment") : this.streamRest(lt + 4, "-->", false);
        }
        if (s.startsWith("<![CDATA[", lt)) {
            if (this.stack.length === 0)
                this.fail("CDATA outside of root node", lt);
            const end = s.indexOf("]]>", lt + 9);
            if (end === -1)
                return isFinal ? waitOrFail("a CDATA section") : this.streamRest(lt + 9, "]]>", true);
            if (this.builder.isCapturing)
                this.builder.onText(lineEnds(s.slice(lt + 9, end)));
            return end + 3;
        }
        if (s.startsWith("<!DOCTYPE", lt)) {
            const gt = s.indexOf(">", lt);
            const subset = s.indexOf("[", lt);
            if (subset !== -1 && (gt === -1 || subset < gt))
                this.fail("the report declares entities in its DOCTYPE; Shipline never expands them (undefined entity): generate the report without a DOCTYPE", lt);
            if (gt === -1)
                return waitOrFail("a DOCTYPE");
            if (this.sawRoot)
                this.fail("a DOCTYPE after the root element", lt);
            this.sink.onWarning?.("the report has a DOCTYPE declaration; its entities are not expanded");
            return gt + 1;
        }
        if (!isFinal && s.length - lt < 9)
            return -1;
        return this.fail(`malformed markup ${JSON.stringify(s.slice(lt, lt + 20))}`, lt);
    }
    /** Decodes the five predefined entities and numeric character references; anything else is an error. */
    decode(t, at) {
        let amp = t.indexOf("&");
        if (amp === -1)
            return t;
        let out = "";
        let from = 0;
        while (amp !== -1) {
            const semi = t.indexOf(";", amp + 1);
            const ref = semi === -1 ? "" : t.slice(amp + 1, semi);
            let ch;
            if (ref.startsWith("#")) {
                const cp = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? Number.parseInt(ref.slice(2), 16) : /^#\d{1,7}$/.test(ref) ? Number(ref.slice(1)) : Number.NaN;
                if (!isXmlChar(cp))
                    this.fail(`malformed character entity: &${ref.slice(0, 12)};`, at);
                ch = String.fromCodePoint(cp);
            }
            else
                ch = NAMED[ref];
            if (ch === undefined)
                this.fail(`undefined entity: ${ref.slice(0, 40) || "a bare &"} (entities from a DOCTYPE are not expanded)`, at);
            out += t.slice(from, amp) + ch;
            from = semi + 1;
            amp = t.indexOf("&", from);
        }
        return out + t.slice(from);
    }
}
/** XML end-of-line handling: CRLF and lone CR become LF. */
function lineEnds(t) {
    return t.indexOf("\r") === -1 ? t : t.replace(/\r\n?/g, "\n");
}
function countLines(s, from, to) {
    let lines = 0;
    let k = s.indexOf("\n", from);
    while (k !== -1 && k < to) {
        lines++;
        k = s.indexOf("\n", k + 1);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/gate/core/detect.ts



/** Documents parsed whole are capped: CTRF, mocha and RSpec JSON are small in practice. */
const MAX_JSON_DOCUMENT = 256 * 1024 * 1024;
function looksBinary(head) {
    // NUL bytes or a high share of control characters: a zip, an image, a compiled file.
    let ctrl = 0;
    const n = Math.min(head.length, 1024);
    for (let i = 0; i < n; i++) {
        const c = head.charCodeAt(i);
        if (c === 0)
            return true;
        if (c < 9 || (c > 13 && c < 32) || c === 0xfffd)
            ctrl++;
    }
    return n > 0 && ctrl / n > 0.1;
}
/** The root element's name from a document's first bytes, past the prolog; undefined when not in `head`. */
function xmlRootName(head) {
    let rest = head.replace(/^\uFEFF/, "");
    for (;;) {
        const prolog = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/.exec(rest);
        if (!prolog)
            break;
        rest = rest.slice(prolog[0].length);
    }
    return /^\s*<([^\s/>!?]+)[\s/>]/.exec(rest)?.[1];
}
/**
 * A parser whose first chunk loses its UTF-8 byte order mark: Windows tools (NUnit, TRX, PowerShell
 * redirects) write one before every format, and no format's reader should see it.
 */
function withoutBom(p) {
    let isFirst = true;
    const write = p.write.bind(p);
    p.write = (c) => {
        if (isFirst && c !== "") {
            isFirst = false;
            if (c.charCodeAt(0) === 0xfeff)
                c = c.slice(1);
        }
        write(c);
    };
    return p;
}
/** Chooses the parser for a report from its first chunk (at least a few hundred bytes when available). */
function detectReportParser(head, sink) {
    return withoutBom(chooseReportParser(head, sink));
}
function chooseReportParser(head, sink) {
    const text = head.replace(/^\uFEFF/, "");
    const start = text.trimStart();
    if (looksBinary(text))
        throw new ReportParseError("the file is binary, not a test report", 1);
    if (start === "")
        throw new ReportParseError("the file is empty", 1);
    if (start.startsWith("<")) {
        // JUnit, by far the most common and the largest reports, goes through the hand-written scanner
        // (measurably faster, see junit-scanner.ts and bench/gate); NUnit, xUnit.net and TRX through saxes.
        const root = xmlRootName(text);
        const p = root === "testsuites" || root === "testsuite" ? new JunitScanner(sink) : new XmlReportParser(sink);
        return {
            get format() {
                return p.format ?? "xml";
            },
            write: (c) => p.write(c),
            close: () => p.close(),
        };
    }
    if (/^\{"Time":|^\{"Action":/.test(start)) {
        const p = new GoTestJsonParser(sink);
        return { format: "go-test-json", write: (c) => p.write(c), close: () => p.close() };
    }
    if (/^\{"protocolVersion"|^\{"type":"start"/.test(start)) {
        const p = new DartJsonParser(sink);
        return { format: "dart-json", write: (c) => p.write(c), close: () => p.close() };
    }
    if (start.startsWith("{")) {
        let buf = "";
        let format = "json";
        return {
            get format() {
                return format;
            },
            write: (c) => {
                buf += c;
                if (buf.length > MAX_JSON_DOCUMENT)
                    throw new ReportParseError("the JSON report is larger than 256 MB", undefined);
            },
            close: () => {
                let doc;
                try {
                    doc = JSON.parse(buf);
                }
                catch (e) {
                    const pos = /position (\d+)/.exec(e.message);
                    const line = pos ? buf.slice(0, Number(pos[1])).split("\n").length : undefined;
                    throw new ReportParseError(`invalid JSON (${e.message.replace(/ in JSON at .*$/, "")}); the file may be truncated`, line);
                }
                const f = parseJsonReport(doc, sink);
                if (!f)
                    throw new ReportParseError("a JSON file that is not a CTRF, mocha or RSpec report", 1);
                format = f;
            },
        };
    }
    if (/^(TAP version \d+|1\.\.\d+|(not )?ok\b|# Subtest)/m.test(start.slice(0, 4096))) {
        const p = new TapParser(sink);
        return { format: "tap", write: (c) => p.write(c), close: () => p.close() };
    }
    throw new ReportParseError("not a test report Shipline reads (JUnit, NUnit, xUnit, TRX, TAP, CTRF, mocha, RSpec, go test -json, Dart JSON)", 1);
}

;// CONCATENATED MODULE: ./src/gate/core/coverage.ts
/**
 * Coverage reports: LCOV, Cobertura, JaCoCo and Clover XML (streamed with saxes), Istanbul's
 * coverage-summary.json and coverage-final.json. Line and branch counts per file, and hits per line
 * where the format has them (for the coverage of the lines a PR changes). Pure.
 */




function file(name) {
    return { file: name.replace(/^\.\//, ""), linesTotal: 0, linesCovered: 0, branchesTotal: 0, branchesCovered: 0, lineHits: new Map() };
}
function lcov() {
    const files = [];
    let cur;
    let sawSf = false;
    let lastLine = "";
    const lines = new LineSplitter((l) => {
        lastLine = l;
        const i = l.indexOf(":");
        const key = i === -1 ? l.trim() : l.slice(0, i);
        const val = i === -1 ? "" : l.slice(i + 1);
        if (key === "SF") {
            cur = file(val);
            sawSf = true;
        }
        else if (!cur)
            return;
        else if (key === "DA") {
            const [ln, hits] = val.split(",");
            const n = Number(ln);
            const h = Number(hits);
            cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, h));
        }
        else if (key === "BRDA") {
            const taken = val.split(",")[3];
            cur.branchesTotal++;
            if (taken !== "-" && Number(taken) > 0)
                cur.branchesCovered++;
        }
        else if (key === "end_of_record") {
            cur.linesTotal = cur.lineHits?.size ?? 0;
            cur.linesCovered = [...(cur.lineHits?.values() ?? [])].filter((h) => h > 0).length;
            files.push(cur);
            cur = undefined;
        }
    });
    return {
        format: "lcov",
        write: (c) => lines.write(c),
        close: () => {
            lines.close();
            if (lines.endedMidLine && lastLine.trim() !== "end_of_record")
                throw new ReportParseError("the last line has no line end: the file was cut off", lines.line);
            if (!sawSf)
                throw new ReportParseError("no SF: records in the LCOV file", lines.line);
            if (cur)
                throw new ReportParseError(`the record for ${cur.file} has no end_of_record; the file may be truncated`, lines.line);
            return files;
        },
    };
}
function xml() {
    const sax = new saxes/* SaxesParser */.wT({ position: true });
    const files = new Map();
    let format = "xml";
    let cur;
    let pkg = "";
    let failed;
    const get = (name) => {
        let f = files.get(name);
        if (!f) {
            f = file(name);
            files.set(name, f);
        }
        return f;
    };
    sax.on("error", (e) => {
        failed ??= e;
    });
    /** Per-file totals a format states itself (JaCoCo's sourcefile counters, Clover's file metrics): the producing tool's own figures. */
    const stated = new Map();
    const path = [];
    let inMethods = 0;
    sax.on("opentag", (tag) => {
        const t = tag;
        const a = t.attributes;
        const parent = path.at(-1);
        if (!tag.isSelfClosing)
            path.push(t.name);
        if (format === "xml") {
            if (t.name === "coverage" && ("line-rate" in a || "lines-valid" in a))
                format = "cobertura";
            else if (t.name === "report")
                format = "jacoco";
            else if (t.name === "coverage")
                format = "clover";
        }
        if (format === "cobertura") {
            if (t.name === "methods")
                inMethods += tag.isSelfClosing ? 0 : 1;
            else if (t.name === "class")
                cur = get(a.filename ?? a.name ?? "");
            // A class's <lines> are its file's lines; istanbul (vitest, jest, nyc) repeats each method's
            // first line under <methods>, which cobertura's own totals (lines-valid) do not count again.
            else if (t.name === "line" && cur && inMethods === 0) {
                const n = Number(a.number);
                cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.hits) || 0));
                const cc = /\((\d+)\/(\d+)\)/.exec(a["condition-coverage"] ?? "");
                if (a.branch === "true" && cc) {
                    cur.branchesCovered += Number(cc[1]);
                    cur.branchesTotal += Number(cc[2]);
                }
            }
        }
        else if (format === "jacoco") {
            if (t.name === "package")
                pkg = a.name ?? "";
            else if (t.name === "sourcefile")
                cur = get(pkg ? `${pkg}/${a.name}` : (a.name ?? ""));
            else if (t.name === "line" && cur) {
                const n = Number(a.nr);
                cur.lineHits?.set(n, Number(a.ci) > 0 ? 1 : 0);
                cur.branchesCovered += Number(a.cb) || 0;
                cur.branchesTotal += (Number(a.cb) || 0) + (Number(a.mb) || 0);
            }
            else if (t.name === "counter" && cur && parent === "sourcefile") {
                const covered = Number(a.covered) || 0;
                const total = covered + (Number(a.missed) || 0);
                const s = stated.get(cur) ?? {};
                if (a.type === "LINE")
                    s.lines = [covered, total];
                else if (a.type === "BRANCH")
                    s.branches = [covered, total];
                stated.set(cur, s);
            }
        }
        else if (format === "clover") {
            if (t.name === "file")
                cur = get(a.path ?? a.name ?? "");
            else if (t.name === "line" && cur) {
                const n = Number(a.num);
                if (a.type === "cond") {
                    // OpenClover: truecount/falsecount are how often the condition was true/false (2 branches).
                    // istanbul's clover: they are the covered and missed branches of the line, and the line is
                    // a statement too. The file's <metrics> below carry either tool's own totals.
                    const total = 2;
                    const covered = (Number(a.truecount) > 0 ? 1 : 0) + (Number(a.falsecount) > 0 ? 1 : 0);
                    cur.branchesTotal += total;
                    cur.branchesCovered += covered;
                    cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.count) || Number(a.truecount) || 0));
                }
                else if (a.type !== "method") {
                    cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.count) || 0));
                }
            }
            else if (t.name === "metrics" && cur && parent === "file" && "statements" in a) {
                stated.set(cur, {
                    lines: [Number(a.coveredstatements) || 0, Number(a.statements) || 0],
                    branches: [Number(a.coveredconditionals) || 0, Number(a.conditionals) || 0],
                });
            }
        }
    });
    sax.on("closetag", (tag) => {
        const t = tag;
        if (!tag.isSelfClosing)
            path.pop();
        if (t.name === "methods" && !tag.isSelfClosing)
            inMethods--;
        if (t.name === "class" || t.name === "sourcefile" || t.name === "file")
            cur = undefined;
    });
    const check = () => {
        if (failed) {
            const { line, message } = saxesMessage(failed.message, sax.line);
            throw new ReportParseError(message, line);
        }
    };
    return {
        get format() {
            return format;
        },
        write: (c) => {
            if (!failed)
                sax.write(c);
            check();
        },
        close: () => {
            if (!failed)
                sax.close();
            check();
            if (format === "xml")
                throw new ReportParseError("an XML file that is not a Cobertura, JaCoCo or Clover report", 1);
            for (const f of files.values()) {
                f.linesTotal = f.lineHits?.size ?? 0;
                f.linesCovered = [...(f.lineHits?.values() ?? [])].filter((h) => h > 0).length;
                const own = stated.get(f);
                if (own?.lines)
                    [f.linesCovered, f.linesTotal] = own.lines;
                if (own?.branches)
                    [f.branchesCovered, f.branchesTotal] = own.branches;
            }
            return [...files.values()];
        },
    };
}
function istanbul() {
    let buf = "";
    let format = "istanbul";
    return {
        get format() {
            return format;
        },
        write: (c) => {
            buf += c;
        },
        close: () => {
            let doc;
            try {
                doc = JSON.parse(buf);
            }
            catch (e) {
                throw new ReportParseError(`invalid JSON (${e.message}); the file may be truncated`, undefined);
            }
            const out = [];
            for (const [name, v] of Object.entries(doc)) {
                if (name === "total")
                    continue;
                if (v && typeof v === "object" && "lines" in v && typeof v.lines === "object") {
                    format = "istanbul-summary";
                    const lines = v.lines;
                    const branches = (v.branches ?? { total: 0, covered: 0 });
                    out.push({ file: name, linesTotal: lines.total, linesCovered: lines.covered, branchesTotal: branches.total, branchesCovered: branches.covered });
                }
                else if (v && typeof v === "object" && "statementMap" in v) {
                    format = "istanbul-final";
                    const f = file(String(v.path ?? name));
                    const map = v.statementMap;
                    const s = v.s;
                    for (const [id, loc] of Object.entries(map))
                        f.lineHits?.set(loc.start.line, Math.max(f.lineHits.get(loc.start.line) ?? 0, s[id] ?? 0));
                    for (const counts of Object.values((v.b ?? {}))) {
                        f.branchesTotal += counts.length;
                        f.branchesCovered += counts.filter((c) => c > 0).length;
                    }
                    f.linesTotal = f.lineHits?.size ?? 0;
                    f.linesCovered = [...(f.lineHits?.values() ?? [])].filter((h) => h > 0).length;
                    out.push(f);
                }
            }
            if (out.length === 0)
                throw new ReportParseError("a JSON file that is not an Istanbul coverage-summary.json or coverage-final.json", 1);
            return out;
        },
    };
}
/** Chooses the coverage parser from the first chunk. */
function detectCoverageParser(head) {
    const start = head.replace(/^\uFEFF/, "").trimStart();
    if (start === "")
        throw new ReportParseError("the file is empty", 1);
    if (start.startsWith("<"))
        return withoutBom(xml());
    if (start.startsWith("{"))
        return withoutBom(istanbul());
    if (/^(TN:|SF:)/m.test(start.slice(0, 2048)))
        return withoutBom(lcov());
    throw new ReportParseError("not a coverage report Shipline reads (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON)", 1);
}

;// CONCATENATED MODULE: ./src/gate/core/model.ts
/**
 * The gate's data model, and the streaming aggregator every parser feeds. Parsers never build a list
 * of all test cases: a 1 GB report holds millions of them. The aggregator keeps exact counts, the
 * failed cases (capped) with their messages, the slowest cases, and the ids of failing tests for the
 * comparison with the base branch. Pure.
 */

/** Limits that keep memory flat whatever the report size. */
const MAX_KEPT_FAILURES = 1000;
const MAX_DETAILS_CHARS = 2000;
const MAX_WARNINGS = 50;
const SLOWEST_KEPT = 10;
/** Skipped cases kept with their reasons, for the summary. */
const MAX_KEPT_SKIPPED = 50;
/**
 * Failing test ids kept for quarantine and the comparison with the base (the report file keeps as
 * many). A hostile all-failing 1 GB report has ~9 million of them: unbounded, the set alone took
 * gigabytes. Failures past the cap are still counted (`failedIdsDropped`) and still fail the gate.
 */
const MAX_FAILED_IDS = 10_000;
/**
 * Failed attempts remembered per report to merge a later attempt of the same test (see
 * {@link Aggregator.onCase}). Only failures are remembered: retry tools rerun only failed tests, so a
 * passing case never needs an entry, and memory stays flat on a report of millions of passes.
 */
const MAX_TRACKED_ATTEMPTS = 10_000;
const SHAPES = 1 << 16;
/** A cheap 16-bit digest of a name: its length and three of its characters. */
function nameShape(name) {
    const n = name.length;
    if (n === 0)
        return 0;
    return (n * 7919 + name.charCodeAt(n - 1) * 31 + name.charCodeAt(n >> 1) * 131 + name.charCodeAt(n >> 2) * 17) & (SHAPES - 1);
}
function caseId(c) {
    return c.suite ? `${c.suite} > ${c.name}` : c.name;
}
/**
 * A copy of `s` that shares no memory with the parser's input. V8 represents substrings and
 * concatenations as views onto their source, so an id kept from a 1 MB chunk would keep that whole
 * chunk alive: on a 100 MB JUnit file with 17k failures that held ~110 MB extra peak RSS (280 MB vs
 * 170 MB for raw saxes, measured by bench/gate). JSON round-trip is the cheapest full copy.
 */
function detach(s) {
    return (s === undefined ? s : JSON.parse(JSON.stringify(s)));
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
class Aggregator {
    totals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 0 };
    failures = [];
    flaky = [];
    /** Ids of failed or errored tests (for new-vs-known failures and quarantine), at most {@link MAX_FAILED_IDS}. */
    failedIds = new Set();
    /** Failed or errored cases whose id was not kept because {@link failedIds} was full. */
    failedIdsDropped = 0;
    slowest = [];
    /** The first {@link MAX_KEPT_SKIPPED} skipped cases, their reason in `message`. */
    skipped = [];
    warnings = [];
    /**
     * Run-level problems (`CaseSink.onBroken`), as `report[:line]: message`: each one fails the gate,
     * as an unreadable report does. Capped like the warnings; `brokenCount` counts them all.
     */
    broken = [];
    brokenCount = 0;
    /** Reports read, and the sum of the run times stated by those that state one ({@link reportTimeMs}). */
    reportsSeen = 0;
    reportsTimed = 0;
    reportTimeSumMs = 0;
    /** Failures beyond {@link MAX_KEPT_FAILURES}, counted but not kept. */
    droppedFailures = 0;
    /** Failed attempts of the current report by id: merging never crosses reports. */
    attempts = new Map();
    /**
     * The names of those attempts: checked before an id is built, so a report with failures pays a
     * Set lookup on a string it already has per case, not an id concatenation (which cost a third of
     * the 100 MB bench's throughput).
     */
    attemptNames = new Set();
    /** `nameShape` of every name in `attemptNames`: 1 where a remembered name may be. */
    attemptShapes = new Uint8Array(SHAPES);
    isAttemptCapWarned = false;
    currentReport = "";
    /** The report being read, as shown to the user. Setting it starts a new report. */
    get report() {
        return this.currentReport;
    }
    set report(name) {
        this.currentReport = name;
        this.reportsSeen++;
        this.attempts = new Map();
        this.attemptNames = new Set();
        this.attemptShapes = new Uint8Array(SHAPES);
        this.isAttemptCapWarned = false;
    }
    onCase(c) {
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
            if (c.status === "skipped" && this.skipped.length < MAX_KEPT_SKIPPED)
                this.skipped.push(this.keep(c, caseId(c)));
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
            }
            else if (!this.failedIds.has(id)) {
                this.failedIdsDropped++;
                droppedId = true;
            }
            let kept;
            if (this.failures.length < MAX_KEPT_FAILURES) {
                kept = this.keep(c, id);
                this.failures.push(kept);
            }
            else
                this.droppedFailures++;
            if (c.isAttempt)
                this.trackAttempt(c, id, { status: c.status, kept, addedId, droppedId });
        }
        else if (c.status === "flaky" && this.flaky.length < MAX_KEPT_FAILURES) {
            this.flaky.push(this.keep(c, id));
        }
        if (isSlow) {
            this.slowest.push(this.keep({ ...c, message: undefined, details: undefined }, id));
            this.slowest.sort((a, b) => b.durationMs - a.durationMs);
            if (this.slowest.length > SLOWEST_KEPT)
                this.slowest.pop();
            if (this.slowest.length === SLOWEST_KEPT)
                this.slowFloor = this.slowest.at(-1).durationMs;
        }
    }
    /** The duration a case must exceed to be among the slowest: 0 until the list is full, then its last. */
    slowFloor = 0;
    trackAttempt(c, id, a) {
        if (this.attempts.size < MAX_TRACKED_ATTEMPTS) {
            // The key shares the detached copy kept in failedIds when there is one.
            this.attempts.set(a.addedId ? id : detach(id), a);
            this.attemptNames.add(detach(c.name));
            this.attemptShapes[nameShape(c.name)] = 1;
        }
        else if (!this.isAttemptCapWarned) {
            this.isAttemptCapWarned = true;
            this.onWarning(`more than ${MAX_TRACKED_ATTEMPTS} tests failed; a rerun of "${caseId(c)}" or any later failing test counts as another test, even if it passed`);
        }
    }
    /** Another attempt of a test that already failed in this report: it changes that test, never adds one. */
    onRepeat(prior, c) {
        const t = this.totals;
        // Every attempt ran: the time is spent, whatever the count.
        t.durationMs += c.durationMs;
        if (prior.status === "flaky" || c.status === "skipped")
            return;
        if (c.status === "passed" || c.status === "flaky") {
            t[prior.status]--;
            t.flaky++;
            const id = caseId(c);
            if (prior.addedId)
                this.failedIds.delete(id);
            if (prior.droppedId)
                this.failedIdsDropped--;
            prior.status = "flaky";
            prior.addedId = false;
            prior.droppedId = false;
            if (prior.kept) {
                this.failures.splice(this.failures.indexOf(prior.kept), 1);
                prior.kept.status = "flaky";
            }
            else
                this.droppedFailures--;
            // Without a kept failure (the list was full) the flaky entry has the passing attempt's place and no message.
            if (this.flaky.length < MAX_KEPT_FAILURES)
                this.flaky.push(prior.kept ?? this.keep({ ...c, status: "flaky" }, id));
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
    onReportTime(ms) {
        this.reportsTimed++;
        this.reportTimeSumMs += ms;
    }
    /**
     * The run time the reports state, when every report read states one (summed across reports, as
     * the test times are); undefined otherwise, and the summary falls back to the sum of test times.
     */
    get reportTimeMs() {
        return this.reportsSeen > 0 && this.reportsTimed === this.reportsSeen ? this.reportTimeSumMs : undefined;
    }
    onWarning(message) {
        if (this.warnings.length < MAX_WARNINGS)
            this.warnings.push(`${this.report}: ${message}`);
    }
    onCounts(suite, n) {
        const t = this.totals;
        t.passed += n.passed;
        t.failed += n.failed;
        t.errored += n.errored;
        t.skipped += n.skipped;
        t.tests += n.passed + n.failed + n.errored + n.skipped;
        if (n.failed + n.errored === 0)
            return;
        const name = `(${(0,format/* count */.U9)(n.failed + n.errored, "failing test")} the report counts but does not list)`;
        const c = {
            suite,
            name,
            status: n.failed > 0 ? "failed" : "errored",
            durationMs: 0,
            message: `${(0,format/* count */.U9)(n.failed, "failure")}, ${(0,format/* count */.U9)(n.errored, "error")}`,
        };
        const id = caseId(c);
        if (this.failedIds.size < MAX_FAILED_IDS)
            this.failedIds.add(detach(id));
        else
            this.failedIdsDropped++;
        if (this.failures.length < MAX_KEPT_FAILURES)
            this.failures.push(this.keep(c, id));
        else
            this.droppedFailures++;
    }
    onBroken(message, line) {
        this.brokenCount++;
        if (this.broken.length < MAX_WARNINGS)
            this.broken.push(`${this.report}${line ? `:${line}` : ""}: ${message}`);
    }
    keep(c, id) {
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
/** Percent with two decimals, or undefined when there is nothing to cover. */
function pct(covered, total) {
    return total === 0 ? undefined : Math.round((covered / total) * 10000) / 100;
}
/** Merges file coverage from several reports: the same file counts once (its best-covered copy). */
function mergeCoverage(files) {
    const byFile = new Map();
    for (const f of files) {
        const seen = byFile.get(f.file);
        if (!seen || f.linesCovered > seen.linesCovered)
            byFile.set(f.file, f);
    }
    const totals = { linesTotal: 0, linesCovered: 0, branchesTotal: 0, branchesCovered: 0 };
    for (const f of byFile.values()) {
        totals.linesTotal += f.linesTotal;
        totals.linesCovered += f.linesCovered;
        totals.branchesTotal += f.branchesTotal;
        totals.branchesCovered += f.branchesCovered;
    }
    return { files: [...byFile.values()], totals };
}

;// CONCATENATED MODULE: ./src/gate/core/policy.ts
/**
 * The gate's policy: every rule evaluated against the run (and the base branch's report when there
 * is one), each with a verdict a person can read. Pure.
 */

function globRe(pattern) {
    return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
}
const f2 = (n) => (n === undefined ? "n/a" : `${n.toFixed(2)}%`);
/** Evaluates every rule. A gate that saw no test at all never passes. */
function evaluatePolicy(input, o) {
    const rules = [];
    const add = (rule, ok, detail) => rules.push({ rule, status: ok === undefined ? "skipped" : ok ? "pass" : "fail", detail });
    const t = input.totals;
    const quarantine = o.quarantine.map(globRe);
    const failed = [...input.failedIds];
    const quarantined = failed.filter((id) => quarantine.some((q) => q.test(id)));
    const unlisted = input.failedIdsDropped ?? 0;
    const counted = failed.length - quarantined.length + unlisted;
    const baseFailed = new Set(input.baseline?.failedIds ?? []);
    const newFailures = failed.filter((id) => !baseFailed.has(id));
    const knownFailures = input.baseline ? failed.filter((id) => baseFailed.has(id)) : [];
    if (input.reportsFound === 0)
        add("reports found", false, "no test report matched the globs: a gate that sees nothing must not pass");
    if (input.commandExitCode !== undefined)
        add("test command", input.commandExitCode === 0, `exited with ${input.commandExitCode}`);
    if (input.brokenReports > 0)
        add("reports readable", false, `${input.brokenReports} ${input.brokenReports === 1 ? "report problem" : "report problems"}: unreadable, cut short, or saying the run failed (listed below)`);
    add("failures", counted <= o.maxFailures, `${counted} failed or errored (max ${o.maxFailures})${quarantined.length ? `, ${quarantined.length} quarantined` : ""}${unlisted ? `, ${unlisted} past the first ${failed.length} not checked against the quarantine` : ""}`);
    add("tests", t.tests >= o.minTests, `${t.tests} ${t.tests === 1 ? "test" : "tests"} (min ${o.minTests})`);
    if (o.minPassRate !== undefined) {
        const executed = t.tests - t.skipped;
        const rate = executed === 0 ? 0 : ((t.passed + t.flaky) / executed) * 100;
        add("pass rate", rate >= o.minPassRate, `${rate.toFixed(2)}% (min ${o.minPassRate}%)`);
    }
    if (!o.allowFlaky)
        add("flaky tests", t.flaky === 0, `${t.flaky} ${t.flaky === 1 ? "test" : "tests"} passed only on a rerun`);
    if (o.maxDurationMs !== undefined)
        add("duration", t.durationMs <= o.maxDurationMs, `${(t.durationMs / 1000).toFixed(1)} s (max ${(o.maxDurationMs / 1000).toFixed(1)} s)`);
    if (o.maxTestDrop !== undefined) {
        if (!input.baseline)
            add("test count vs base", undefined, "no baseline report from the base branch: skipped");
        else {
            const drop = input.baseline.totals.tests - t.tests;
            add("test count vs base", drop <= o.maxTestDrop, `${t.tests} vs ${input.baseline.totals.tests} on the base (${drop > 0 ? `-${drop}` : `+${-drop}`}, max drop ${o.maxTestDrop})`);
        }
    }
    const lines = input.coverage ? pct(input.coverage.totals.linesCovered, input.coverage.totals.linesTotal) : undefined;
    const branches = input.coverage ? pct(input.coverage.totals.branchesCovered, input.coverage.totals.branchesTotal) : undefined;
    if (o.coverageLinesMin !== undefined)
        add("line coverage", lines === undefined ? false : lines >= o.coverageLinesMin, lines === undefined ? "no coverage report" : `${f2(lines)} (min ${o.coverageLinesMin}%)`);
    if (o.coverageBranchesMin !== undefined)
        add("branch coverage", branches === undefined ? false : branches >= o.coverageBranchesMin, branches === undefined ? "no branch data" : `${f2(branches)} (min ${o.coverageBranchesMin}%)`);
    if (o.coverageMaxDrop !== undefined) {
        const base = input.baseline?.coverage?.lines;
        if (base === undefined || lines === undefined)
            add("line coverage vs base", undefined, "no baseline coverage: skipped");
        else
            add("line coverage vs base", base - lines <= o.coverageMaxDrop + 1e-9, `${f2(lines)} vs ${f2(base)} on the base (max drop ${o.coverageMaxDrop} points)`);
    }
    let changedLinesCoverage;
    if (o.changedLinesCoverageMin !== undefined) {
        if (!input.changedLines || !input.coverage)
            add("changed lines coverage", undefined, "no PR diff or no per-line coverage: skipped");
        else {
            let total = 0;
            let covered = 0;
            const byFile = new Map(input.coverage.files.map((f) => [f.file, f]));
            for (const [file, changed] of input.changedLines) {
                const cov = byFile.get(file) ?? [...byFile.values()].find((f) => f.file.endsWith(`/${file}`) || file.endsWith(`/${f.file}`));
                if (!cov?.lineHits)
                    continue;
                for (const l of changed) {
                    const h = cov.lineHits.get(l);
                    if (h === undefined)
                        continue; // not an executable line
                    total++;
                    if (h > 0)
                        covered++;
                }
            }
            changedLinesCoverage = pct(covered, total);
            add("changed lines coverage", changedLinesCoverage === undefined ? undefined : changedLinesCoverage >= o.changedLinesCoverageMin, changedLinesCoverage === undefined
                ? "no executable changed line"
                : `${f2(changedLinesCoverage)} of ${total} changed ${total === 1 ? "line" : "lines"} (min ${o.changedLinesCoverageMin}%)`);
        }
    }
    const conclusion = rules.some((r) => r.status === "fail") ? "failure" : "success";
    return { conclusion, rules, newFailures, knownFailures, quarantined, changedLinesCoverage };
}
/** Changed (added) line numbers per file from unified diff patches (the PR files API). */
function parseChangedLines(files) {
    const out = new Map();
    for (const f of files) {
        if (!f.patch)
            continue;
        const set = new Set();
        let line = 0;
        for (const l of f.patch.split("\n")) {
            const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
            if (h) {
                line = Number(h[1]);
                continue;
            }
            if (l.startsWith("+"))
                set.add(line++);
            else if (!l.startsWith("-"))
                line++;
        }
        out.set(f.filename, set);
    }
    return out;
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
;// CONCATENATED MODULE: ./src/gate/core/render.ts
/**
 * The gate's job summary, PR comment, check run and annotations. Each leads with the verdict and the
 * one reason, then the evidence: the failures with their traces, skipped tests with their reasons,
 * flaky tests, coverage, the rules. Pure.
 */



/** GitHub rejects comments over 65,536 characters; leave room for the marker. */
const COMMENT_BUDGET = 60_000;
/** Failures shown with their traces in the summary; the rest are listed in a table. */
const TRACED_FAILURES = 20;
const LISTED_SKIPPED = 50;
/** Where a failure happened: the report's file and line, else the first frame of the trace in a test or source file. */
function locateFailure(c) {
    const trace = `${c.details ?? ""}\n${c.message ?? ""}`;
    const frames = [...trace.matchAll(/(?:\(|\bat |^|\s)((?:[A-Za-z]:)?[\w@./\\-]+\.[A-Za-z]{1,5}):(\d+)(?::(\d+))?/gm)];
    const useful = frames.filter((m) => !/node_modules|^node:|internal\//.test(m[1]));
    if (c.file) {
        // The trace usually has the column the report leaves out.
        const same = useful.find((m) => m[1].endsWith(c.file) && (c.line === undefined || Number(m[2]) === c.line));
        if (same?.[3] && c.line !== undefined)
            return `${c.file}:${c.line}:${same[3]}`;
        return `${c.file}${c.line !== undefined ? `:${c.line}` : ""}`;
    }
    const frame = useful.find((m) => /\.(test|spec)\.|_test\.|test_|tests?\//.test(m[1])) ?? useful[0];
    if (!frame)
        return undefined;
    const file = frame[1].replace(/^.*?\/(?=(?:src|test|tests|lib|spec)\/)/, "");
    return `${file}:${frame[2]}${frame[3] ? `:${frame[3]}` : ""}`;
}
function arrow(now, base) {
    if (now === undefined || base === undefined)
        return "";
    const d = now - base;
    if (Math.abs(d) < 0.005)
        return " (no change)";
    const points = `${Number(Math.abs(d).toFixed(2))} ${Math.abs(d) === 1 ? "point" : "points"}`;
    return d > 0 ? ` (▲ ${points})` : ` (▼ ${points})`;
}
function inlineCode(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
/** The status a failing row shows: what happened, and how it compares with the base branch. */
function failureStatus(f, v) {
    const word = f.status === "errored" ? "💥 errored" : "❌ failed";
    if (v.verdict.quarantined.includes(f.id))
        return `${word}, quarantined`;
    if (!v.baseline)
        return word;
    return v.verdict.knownFailures.includes(f.id) ? `${word}, also on base` : `${word}, new`;
}
function firstLine(text, max = 200) {
    const line = (text ?? "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
const failingRules = (v) => v.verdict.rules.filter((r) => r.status === "fail");
/** The verdict and its one reason, for the heading, the check run title and the terminal. */
function renderGateHeadline(v) {
    const t = v.totals;
    if (v.verdict.conclusion === "success") {
        const parts = [`${(0,format/* count */.U9)(t.passed + t.flaky, "test")} passed`];
        if (t.skipped)
            parts.push(`${t.skipped} skipped`);
        return `✅ Gate passed: ${parts.join(", ")}`;
    }
    const [first] = failingRules(v);
    return `❌ Gate failed: ${first ? reasonOf(first, v) : "a rule failed"}`;
}
function reasonOf(r, v) {
    const t = v.totals;
    if (r.rule === "failures") {
        const bad = t.failed + t.errored;
        const parts = [];
        if (t.failed)
            parts.push(`${(0,format/* count */.U9)(t.failed, "test")} failed`);
        if (t.errored)
            parts.push(`${(0,format/* count */.U9)(t.errored, "test")} errored`);
        const limits = r.detail.replace(/^\d+ failed or errored \(([^)]*)\)/, "$1");
        return `${parts.join(" and ") || `${(0,format/* count */.U9)(bad, "test")} failed`} (${limits.replace(/^max (\d+)/, "$1 allowed")})`;
    }
    return `${r.rule}: ${r.detail}`;
}
function durationCell(v) {
    if (v.reportDurationMs !== undefined)
        return { label: "time (reported)", value: (0,format/* formatDuration */.a3)(v.reportDurationMs) };
    return { label: "time (sum of tests)", value: (0,format/* formatDuration */.a3)(v.totals.durationMs) };
}
/** The job summary. `full` adds the traces, skipped tests and the slowest tests. */
function renderGate(v, full = true) {
    const out = [];
    const t = v.totals;
    const failing = failingRules(v);
    out.push(`## ${(0,markdown/* escapeInline */.VV)(renderGateHeadline(v))}`, "");
    if (failing.length > 1) {
        out.push(`Also failed: ${failing
            .slice(1)
            .map((r) => (0,markdown/* escapeInline */.VV)(reasonOf(r, v)))
            .join("; ")}.`, "");
    }
    const time = durationCell(v);
    out.push((0,markdown/* table */.tp)(["tests", "passed", "failed", "errored", "skipped", "flaky", time.label], [[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, time.value]], ["right", "right", "right", "right", "right", "right", "right"]));
    if (v.baseline) {
        const baseBad = v.baseline.totals.failed + v.baseline.totals.errored;
        const newOnes = v.verdict.newFailures.length;
        out.push("", `Base branch: ${(0,format/* count */.U9)(v.baseline.totals.tests, "test")}, ${baseBad} failing. ${t.failed + t.errored > 0 ? `This run: ${newOnes} new ${newOnes === 1 ? "failure" : "failures"}.` : ""}`.trim());
    }
    if (v.failures.length > 0) {
        const bad = t.failed + t.errored;
        out.push("", `### Failed tests (${bad})`, "");
        const traced = full ? v.failures.slice(0, TRACED_FAILURES) : [];
        for (const f of traced) {
            const at = locateFailure(f);
            const msg = firstLine(f.message);
            const summary = `<b>${(0,markdown/* escapeHtml */.ZD)(f.id)}</b> · ${(0,markdown/* escapeHtml */.ZD)(failureStatus(f, v))}${at ? ` · <code>${(0,markdown/* escapeHtml */.ZD)(at)}</code>` : ""}${msg ? `<br>${(0,markdown/* escapeHtml */.ZD)(msg)}` : ""}`;
            const trace = f.details?.trim() || f.message?.trim();
            out.push(`<details><summary>${summary}</summary>`, "", trace ? (0,markdown/* codeBlock */.DV)(trace.slice(0, 1500)) : "_No message or trace in the report._", "", "</details>");
        }
        const listed = v.failures.slice(traced.length);
        if (listed.length > 0) {
            if (traced.length > 0)
                out.push("", `${(0,format/* count */.U9)(listed.length, "more failure")}:`, "");
            out.push((0,markdown/* table */.tp)(["test", "status", "message", "where"], listed.slice(0, 200).map((f) => {
                const at = locateFailure(f);
                return [(0,markdown/* escapeInline */.VV)(f.id), failureStatus(f, v), (0,markdown/* escapeInline */.VV)(firstLine(f.message)), at ? inlineCode(at) : "–"];
            })));
        }
        const unlisted = v.droppedFailures + Math.max(0, listed.length - 200);
        if (unlisted > 0)
            out.push("", `…and ${(0,format/* count */.U9)(unlisted, "more failure")} not listed.`);
    }
    if (v.flaky.length > 0) {
        out.push("", `### Flaky tests (${t.flaky}): passed on a rerun`, "");
        out.push((0,markdown/* table */.tp)(["test", "first failure", "where"], v.flaky.slice(0, 50).map((f) => {
            const at = locateFailure(f);
            return [(0,markdown/* escapeInline */.VV)(f.id), (0,markdown/* escapeInline */.VV)(firstLine(f.message)) || "–", at ? inlineCode(at) : "–"];
        })));
    }
    if (v.coverage)
        out.push("", ...renderCoverage(v));
    const skipped = v.skipped ?? [];
    if (full && t.skipped > 0) {
        const rows = skipped.slice(0, LISTED_SKIPPED).map((s) => [(0,markdown/* escapeInline */.VV)(s.id), (0,markdown/* escapeInline */.VV)(firstLine(s.message)) || "no reason given"]);
        const more = t.skipped - rows.length;
        const body = rows.length > 0
            ? `${(0,markdown/* table */.tp)(["test", "reason"], rows)}${more > 0 ? `\n\n…and ${(0,format/* count */.U9)(more, "more skipped test")}.` : ""}`
            : "The reports do not name the skipped tests.";
        out.push("", `<details><summary>Skipped tests (${t.skipped})</summary>`, "", body, "", "</details>");
    }
    if (full && v.slowest.length > 0)
        out.push("", `<details><summary>Slowest tests</summary>`, "", (0,markdown/* table */.tp)(["test", "time"], v.slowest.map((s) => [(0,markdown/* escapeInline */.VV)(s.id), (0,format/* formatDuration */.a3)(s.durationMs)]), ["left", "right"]), "", "</details>");
    out.push("", `<details><summary>Rules (${v.verdict.rules.length} checked, ${failing.length} failed)</summary>`, "", (0,markdown/* table */.tp)(["rule", "result", "detail"], v.verdict.rules.map((r) => [
        (0,markdown/* escapeInline */.VV)(r.rule),
        r.status === "pass" ? "✅ pass" : r.status === "fail" ? "❌ fail" : "➖ not checked",
        (0,markdown/* escapeInline */.VV)(r.detail),
    ])), "", "</details>");
    if (v.reportErrors.length > 0)
        out.push("", `### ${v.reportErrors.length === 1 ? "A report" : "Reports"} that could not be read`, "", ...v.reportErrors.map((e) => `- ${(0,markdown/* escapeInline */.VV)(e)}`));
    if (v.warnings.length > 0)
        out.push("", `<details><summary>Warnings (${v.warnings.length})</summary>`, "", v.warnings.map((w) => `- ${(0,markdown/* escapeInline */.VV)(w)}`).join("\n"), "", "</details>");
    return `${out.join("\n")}\n`;
}
function renderCoverage(v) {
    const cov = v.coverage;
    const lines = pct(cov.totals.linesCovered, cov.totals.linesTotal);
    const branches = pct(cov.totals.branchesCovered, cov.totals.branchesTotal);
    const out = ["### Coverage", ""];
    const rows = [
        [
            "lines",
            lines === undefined ? "n/a" : `${(0,format/* formatPercent */.l9)(lines)}${arrow(lines, v.baseline?.coverage?.lines)}`,
            `${(0,format/* formatInteger */.Sm)(cov.totals.linesCovered)} of ${(0,format/* formatInteger */.Sm)(cov.totals.linesTotal)}`,
        ],
    ];
    if (cov.totals.branchesTotal > 0 || branches !== undefined)
        rows.push([
            "branches",
            branches === undefined ? "n/a" : `${(0,format/* formatPercent */.l9)(branches)}${arrow(branches, v.baseline?.coverage?.branches)}`,
            `${(0,format/* formatInteger */.Sm)(cov.totals.branchesCovered)} of ${(0,format/* formatInteger */.Sm)(cov.totals.branchesTotal)}`,
        ]);
    if (v.verdict.changedLinesCoverage !== undefined)
        rows.push(["changed lines", (0,format/* formatPercent */.l9)(v.verdict.changedLinesCoverage), "–"]);
    out.push((0,markdown/* table */.tp)(["metric", "coverage", "covered"], rows, ["left", "right", "right"]));
    if (v.baseline?.coverage) {
        const base = new Map(v.baseline.coverage.files.map((f) => [f.file, f.lines]));
        const losers = cov.files
            .map((f) => ({ file: f.file, now: pct(f.linesCovered, f.linesTotal), base: base.get(f.file) }))
            .filter((f) => f.now !== undefined && f.base !== undefined && f.now < f.base)
            .sort((a, b) => a.now - a.base - (b.now - b.base))
            .slice(0, 10);
        if (losers.length > 0)
            out.push("", "Files that lost the most line coverage:", "", (0,markdown/* table */.tp)(["file", "lines", "change"], losers.map((f) => [
                inlineCode(f.file),
                (0,format/* formatPercent */.l9)(f.now),
                arrow(f.now, f.base)
                    .trim()
                    .replace(/^\((.*)\)$/, "$1"),
            ]), ["left", "right", "right"]));
    }
    return out;
}
/** The sticky PR comment: the verdict, the failures as a table, and coverage, short enough for GitHub's limit. */
function renderGateComment(v) {
    const body = renderGate(v, false);
    const link = v.runUrl ? `[the job summary](${v.runUrl})` : "the job summary";
    const more = v.runUrl ? `\n${link} has the traces, the skipped and the slowest tests.\n` : "";
    return (0,markdown/* truncateMarkdown */.o4)(`${body}${more}`, COMMENT_BUDGET, `_Cut to fit a comment; ${link} has everything._`);
}
/** The check run's title (the headline, in GitHub's 255-character limit) and its summary text. */
function renderGateCheckRun(v, summary) {
    const title = renderGateHeadline(v);
    return {
        title: title.length > 255 ? `${title.slice(0, 254)}…` : title,
        summary: (0,markdown/* truncateMarkdown */.o4)(summary, 60_000, "_Cut to fit a check run; the job summary has everything._"),
    };
}
/** Annotations for the failures that have a file and line (from the report or the trace); at most `max`. */
function renderGateAnnotations(v, max = 500) {
    const out = [];
    for (const f of v.failures) {
        if (out.length >= max)
            break;
        const at = locateFailure(f);
        const m = at ? /^(.*?):(\d+)(?::\d+)?$/.exec(at) : null;
        if (!m)
            continue;
        const status = f.status === "errored" ? "errored" : "failed";
        out.push({
            path: m[1],
            line: Number(m[2]),
            title: `${f.id} ${status}`.slice(0, 255),
            message: (f.message?.trim() || `the test ${status} without a message`).slice(0, 60_000),
            details: f.details ? f.details.slice(0, 60_000) : undefined,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/gate/inputs.ts
var inputs = __webpack_require__(2466);
;// CONCATENATED MODULE: ./src/gate/command.ts
/**
 * The `gate` command: optionally runs the tests, streams every report into the parsers, evaluates
 * the policy (against the base branch's report when there is one) and reports: job summary, a check
 * run with annotations or workflow-command annotations, one sticky PR comment, outputs, and the JSON
 * report that becomes the next baseline.
 */


















const COMMENT_MARKER = "<!-- shipline:gate -->";
const READ_CHUNK_BYTES = 64 * 1024;
/** Streams a file into a parser chosen from its first chunk; errors name the file and line. */
async function streamFile(path, choose, shown) {
    let parser;
    try {
        // 64 KiB chunks: strings under V8's large-object size (~128 KiB) die in the young generation;
        // 1 MiB chunks went to the large-object space and lifted peak RSS on a 100 MiB JUnit file from
        // ~100 MB to ~200 MB, and were slower too (bench/gate).
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { encoding: "utf8", highWaterMark: READ_CHUNK_BYTES })) {
            parser ??= choose(chunk);
            parser.write(chunk);
        }
        if (!parser)
            parser = choose("");
        return parser;
    }
    catch (e) {
        throw located(e, shown);
    }
}
function located(e, shown) {
    if (e instanceof ReportParseError)
        return new Error(`${shown}${e.line ? `:${e.line}` : ""}: ${e.message}`);
    const code = e.code;
    return new Error(`${shown}: ${code ? `cannot be read (${code})` : e.message}`);
}
async function readBaseline(inputs, ctx, cwd) {
    const parse = (text, where) => {
        try {
            return parseBaseline(text);
        }
        catch (e) {
            throw new errors/* ConfigError */.xL(where, `the baseline cannot be used: ${e.message}`, { hint: "Point baseline at the report-file a gate run wrote." });
        }
    };
    if (inputs.baseline) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, inputs.baseline), "utf8");
        }
        catch {
            throw new errors/* InputError */.dz({ input: "baseline", problem: `names a file that cannot be read: "${inputs.baseline}"` });
        }
        return parse(text, inputs.baseline);
    }
    const { context } = ctx;
    const base = context.baseRef ?? context.payload.repository?.default_branch;
    if (!ctx.hasToken() || !base || !context.eventName.startsWith("pull_request"))
        return undefined;
    try {
        const gh = ctx.github();
        // The branch name alone proves nothing: a fork's pull request from its own "main" runs in this
        // repository too, and its artifacts are listed here. Only runs whose head is this repository count.
        const artifacts = (await gh.actions.listArtifacts(inputs["baseline-artifact"])).filter((a) => {
            const run = a.workflow_run;
            return !a.expired && run?.head_branch === base && run.repository_id !== undefined && run.head_repository_id === run.repository_id;
        });
        const latest = artifacts[0];
        if (!latest) {
            ctx.runtime.log.notice(`No "${inputs["baseline-artifact"]}" artifact from ${base} of this repository yet: rules against the base branch are skipped.`);
            return undefined;
        }
        const where = `artifact ${latest.name} (run ${latest.workflow_run?.id})`;
        let entries;
        try {
            entries = (0,read_zip/* readZipEntries */.Y)(await gh.actions.downloadArtifact(latest), (name) => name.endsWith(".json"), ARTIFACT_LIMITS);
        }
        catch (e) {
            throw new errors/* ConfigError */.xL(where, `the baseline cannot be used: ${e.message}`, {
                hint: "Upload only the gate's report-file as the baseline artifact.",
            });
        }
        const entry = [...entries][0];
        if (!entry)
            return undefined;
        return parse(entry[1].toString("utf8"), where);
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        ctx.runtime.log.warning(`Could not read the base branch's report: ${e.message} Rules against the base are skipped.`);
        return undefined;
    }
}
/**
 * Caps for an untrusted artifact's zip (the reports of workflow_run mode, the baseline): a zip bomb
 * must not fill the disk or memory. Enforced on the bytes inflated, not on the sizes the zip claims.
 */
const ARTIFACT_LIMITS = read_zip/* DEFAULT_ZIP_LIMITS */.R;
/**
 * workflow_run mode: downloads the artifact the triggering run uploaded (a fork's run cannot write
 * to the base repository, so the trusted workflow reports for it) into a fresh temp dir and returns
 * that dir, where the report globs are then matched. Entries are untrusted: paths that escape the
 * dir are refused and sizes are capped before anything is inflated.
 */
async function readRunArtifact(ctx, name) {
    const run = ctx.context.payload.workflow_run;
    if (ctx.context.eventName !== "workflow_run" || !run?.id)
        throw new errors/* InputError */.dz({
            input: "reports-artifact",
            problem: `is only used on workflow_run events (this run is "${ctx.context.eventName}"); remove it or run the gate from a workflow_run workflow`,
        });
    const gh = ctx.github();
    const artifact = (await gh.actions.listRunArtifacts(run.id)).find((a) => a.name === name && !a.expired);
    if (!artifact)
        throw new errors/* InputError */.dz({
            input: "reports-artifact",
            problem: `names an artifact "${name}" that run ${run.id} did not upload; upload the reports with actions/upload-artifact under that name`,
        });
    let entries;
    try {
        entries = (0,read_zip/* readZipEntries */.Y)(await gh.actions.downloadArtifact(artifact), () => true, ARTIFACT_LIMITS);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL(`artifact ${name}`, `${e.message}`, { hint: "Upload the test reports, not their whole directory tree." });
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.runtime.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), "shipline-gate-"));
    for (const [entry, data] of entries) {
        const rel = (0,external_node_path_.normalize)(entry);
        if ((0,external_node_path_.isAbsolute)(rel) || rel.startsWith("..")) {
            ctx.runtime.log.warning(`Artifact ${name}: skipped the entry "${entry}", whose path leaves the artifact.`);
            continue;
        }
        const to = (0,external_node_path_.join)(dir, rel);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
        (0,external_node_fs_.writeFileSync)(to, data);
    }
    return { dir, headSha: run.head_sha };
}
async function changedLines(ctx, inputs) {
    if (inputs["changed-lines-coverage-min"] === undefined || !ctx.context.pullNumber || !ctx.hasToken())
        return undefined;
    try {
        return parseChangedLines(await ctx.github().pulls.listFiles(ctx.context.pullNumber));
    }
    catch (e) {
        ctx.runtime.log.warning(`Could not read the pull request's diff: ${e.message}`);
        return undefined;
    }
}
async function run(inputs, ctx) {
    const { runtime, context } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    if (inputs.reports.length === 0 && !inputs.command) {
        throw new errors/* InputError */.dz({
            input: "reports",
            problem: "is empty: give the globs of your test reports (e.g. reports/**/*.xml), and optionally a command that writes them",
        });
    }
    let commandExitCode;
    if (inputs.command) {
        await runtime.log.group(`Running: ${inputs.command}`, async () => {
            const stdout = (0,exec/* lineSplitter */.s1)((line) => runtime.log.info(line));
            const stderr = (0,exec/* lineSplitter */.s1)((line) => runtime.log.info(line));
            const r = await (0,exec/* runScript */.j3)(inputs.command, {
                cwd,
                env: runtime.env,
                onStdout: (c) => stdout.push(c),
                onStderr: (c) => stderr.push(c),
            });
            stdout.end();
            stderr.end();
            commandExitCode = r.exitCode;
            runtime.log.info(`The test command exited with ${r.exitCode} after ${(r.durationMs / 1000).toFixed(1)} s.`);
        });
    }
    let reportsDir = cwd;
    let sha = context.sha;
    if (inputs["reports-artifact"]) {
        const fetched = await readRunArtifact(ctx, inputs["reports-artifact"]);
        reportsDir = fetched.dir;
        sha = fetched.headSha ?? sha;
    }
    const agg = new Aggregator();
    const reportErrors = [];
    const reportFiles = await (0,files/* expandGlobs */.GE)(inputs.reports, reportsDir);
    for (const file of reportFiles) {
        const shown = (0,external_node_path_.relative)(reportsDir, file) || file;
        agg.report = shown;
        try {
            const p = await streamFile(file, (head) => detectReportParser(head, agg), shown);
            p.close();
            runtime.log.debug(`${shown}: ${p.format}`);
        }
        catch (e) {
            const msg = e instanceof ReportParseError ? located(e, shown).message : e.message;
            reportErrors.push(msg);
            runtime.log.warning(`Skipped a report that could not be read: ${msg}`);
        }
    }
    // Reports read to their end that say the run itself broke (a TAP plan not met, Bail out!, counts
    // that say a suite failed): listed with the unreadable ones, and each fails the gate the same way.
    reportErrors.push(...agg.broken);
    const unlistedBroken = agg.brokenCount - agg.broken.length;
    if (unlistedBroken > 0)
        reportErrors.push(`and ${(0,format/* count */.U9)(unlistedBroken, "more problem")} of the same kind`);
    const coverageFiles = [];
    for (const file of await (0,files/* expandGlobs */.GE)(inputs.coverage, reportsDir)) {
        const shown = (0,external_node_path_.relative)(reportsDir, file) || file;
        try {
            const p = await streamFile(file, (head) => detectCoverageParser(head), shown);
            coverageFiles.push(...p.close().map((f) => ({ ...f, file: f.file.startsWith("/") ? (0,external_node_path_.relative)(cwd, f.file) : f.file })));
        }
        catch (e) {
            const msg = e instanceof ReportParseError ? located(e, shown).message : e.message;
            reportErrors.push(msg);
            runtime.log.warning(`Skipped a coverage report that could not be read: ${msg}`);
        }
    }
    if (inputs.coverage.length > 0 && coverageFiles.length === 0)
        runtime.log.warning(`No coverage report matched ${inputs.coverage.join(", ")}.`);
    let quarantine = [];
    if (inputs.quarantine) {
        try {
            quarantine = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, inputs.quarantine), "utf8")
                .split("\n")
                .map((l) => l.trim())
                .filter((l) => l && !l.startsWith("#"));
        }
        catch {
            throw new errors/* InputError */.dz({ input: "quarantine", problem: `names a file that cannot be read: "${inputs.quarantine}"` });
        }
    }
    const baseline = await readBaseline(inputs, ctx, cwd);
    const coverage = coverageFiles.length > 0 ? mergeCoverage(coverageFiles) : undefined;
    const verdict = evaluatePolicy({
        totals: agg.totals,
        failedIds: agg.failedIds,
        failedIdsDropped: agg.failedIdsDropped,
        coverage,
        baseline,
        changedLines: await changedLines(ctx, inputs),
        commandExitCode,
        brokenReports: reportErrors.length,
        reportsFound: inputs["allow-missing-reports"] ? Math.max(1, reportFiles.length) : reportFiles.length,
    }, {
        maxFailures: inputs["max-failures"],
        minPassRate: inputs["min-pass-rate"],
        minTests: reportFiles.length === 0 && inputs["allow-missing-reports"] ? 0 : inputs["min-tests"],
        maxTestDrop: inputs["max-test-drop"],
        coverageLinesMin: inputs["coverage-lines-min"],
        coverageBranchesMin: inputs["coverage-branches-min"],
        coverageMaxDrop: inputs["coverage-max-drop"],
        changedLinesCoverageMin: inputs["changed-lines-coverage-min"],
        maxDurationMs: inputs["max-duration"],
        allowFlaky: inputs["allow-flaky"],
        quarantine,
    });
    const view = {
        verdict,
        totals: agg.totals,
        failures: agg.failures,
        droppedFailures: agg.droppedFailures,
        flaky: agg.flaky,
        slowest: agg.slowest,
        skipped: agg.skipped,
        reportDurationMs: agg.reportTimeMs,
        coverage,
        baseline,
        reportErrors,
        warnings: agg.warnings,
        runUrl: context.runUrl,
    };
    // The report this run leaves behind: the next run's baseline.
    const lines = coverage ? pct(coverage.totals.linesCovered, coverage.totals.linesTotal) : undefined;
    const branches = coverage ? pct(coverage.totals.branchesCovered, coverage.totals.branchesTotal) : undefined;
    const report = {
        schema: "shipline-gate/1",
        conclusion: verdict.conclusion,
        totals: agg.totals,
        coverage: coverage
            ? {
                lines,
                branches,
                files: coverage.files.map((f) => ({ file: f.file, lines: pct(f.linesCovered, f.linesTotal), branches: pct(f.branchesCovered, f.branchesTotal) })),
            }
            : undefined,
        failedIds: [...agg.failedIds].slice(0, 10_000),
        commit: sha,
    };
    const reportFile = (0,external_node_path_.join)(runtime.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), "shipline-gate-report.json");
    // A file on the runner outlives the step (artifacts): redacted like the summary.
    (0,external_node_fs_.writeFileSync)(reportFile, runtime.redactor.redact(JSON.stringify(report)));
    const summary = renderGate(view);
    runtime.appendSummary(summary);
    const t = agg.totals;
    runtime.setOutput("conclusion", verdict.conclusion);
    runtime.setOutput("tests", t.tests);
    runtime.setOutput("passed", t.passed);
    runtime.setOutput("failed", t.failed);
    runtime.setOutput("errored", t.errored);
    runtime.setOutput("skipped", t.skipped);
    runtime.setOutput("flaky", t.flaky);
    runtime.setOutput("duration-seconds", (t.durationMs / 1000).toFixed(3));
    runtime.setOutput("coverage-lines", lines ?? "");
    runtime.setOutput("coverage-branches", branches ?? "");
    runtime.setOutput("report-file", reportFile);
    // Annotations: a check run when permitted, else workflow commands (which need no permission).
    const annotated = renderGateAnnotations(view);
    let checkRunMade = false;
    if (inputs["check-run"] && ctx.hasToken() && sha && runtime.kind === "action") {
        const made = await (0,github/* optionalWrite */.w3)(runtime.log, context, "the check run (annotations go to the workflow log instead)", () => ctx.github().checks.createCompleted(inputs["check-name"], sha, verdict.conclusion, renderGateCheckRun(view, summary), annotated.map((a) => ({
            path: a.path,
            start_line: a.line,
            end_line: a.line,
            annotation_level: "failure",
            title: a.title,
            message: a.message,
            ...(a.details ? { raw_details: a.details } : {}),
        }))));
        checkRunMade = made !== undefined;
    }
    if (!checkRunMade)
        for (const a of annotated.slice(0, 50))
            runtime.log.error(a.message, { title: a.title.slice(0, 200), file: a.path, startLine: a.line });
    if (inputs.comment && context.pullNumber && ctx.hasToken()) {
        try {
            await (0,github/* optionalWrite */.w3)(runtime.log, context, "the pull request comment", () => ctx.github().comments.upsertSticky(context.pullNumber, COMMENT_MARKER, renderGateComment(view)));
        }
        catch (e) {
            if (!(e instanceof github/* GitHubApiError */.OS))
                throw e;
            runtime.log.warning(`Could not update the pull request comment: ${e.userMessage}`);
        }
    }
    if (verdict.conclusion === "failure") {
        const failing = verdict.rules.filter((r) => r.status === "fail").map((r) => `${r.rule}: ${r.detail}`);
        return { conclusion: "failure", message: `The gate failed. ${failing.join("; ")}.` };
    }
    return { conclusion: "success" };
}
const gateCommand = (0,command/* defineCommand */.NB)(inputs/* gateSpec */.L, run);


/***/ }),

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   j3: () => (/* binding */ runScript),
/* harmony export */   s1: () => (/* binding */ lineSplitter),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/**
 * Running programs. Always `spawn(program, argv)` with `shell: false`: no input ever reaches a shell
 * (release-please needed "fix: use execFile" and "fix: second order command injection").
 * The one exception is the documented `command:` inputs of gate and deploy, which are scripts the
 * workflow author wrote, run through {@link runScript} with `bash -e -o pipefail -c` exactly as a
 * `run:` step would.
 */


/**
 * Variables a child never receives: the step's inputs (`INPUT_GITHUB-TOKEN` holds the token) and the
 * runner's own credentials. A `run:` step does not get them either; a workflow that wants a token in
 * its command passes it through `env:`.
 */
const SCRUBBED_ENV = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/i;
/**
 * The environment a child process gets: `env` without the step's inputs and the runner's tokens
 * ({@link SCRUBBED_ENV}) and without unset values. Every spawn in Shipline goes through this.
 */
function childEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !SCRUBBED_ENV.test(k))
            out[k] = v;
    return out;
}
const LINE_MAX = 64 * 1024;
const LINE_KEEP = 4 * 1024;
/**
 * Splits a child's output stream into whole lines for `onLine`. Log a child's output through this,
 * not chunk by chunk: a secret cut in two by a chunk boundary would escape redaction.
 * Call `end()` when the stream closes to emit the last unterminated line. A line longer than 64 KiB
 * is handed over in pieces, each keeping back the last 4 KiB (longer than any secret) for the next.
 */
function lineSplitter(onLine) {
    let pending = "";
    const decoder = new TextDecoder("utf-8");
    return {
        push(chunk) {
            pending += decoder.decode(chunk, { stream: true });
            const lines = pending.split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                onLine(line.replace(/\r$/, ""));
            if (pending.length > LINE_MAX) {
                onLine(pending.slice(0, -LINE_KEEP));
                pending = pending.slice(-LINE_KEEP);
            }
        },
        end() {
            pending += decoder.decode();
            if (pending !== "")
                onLine(pending.replace(/\r$/, ""));
            pending = "";
        },
    };
}
const STDERR_KEEP = 64 * 1024;
/** Error for a program that failed; names the program, its arguments and the end of its stderr. */
class ProcessError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0 {
    exitCode2;
    stderr;
    constructor(program, args, result, redactor, code = _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, hint) {
        const r = (s) => (redactor ? redactor.redact(s) : s);
        const tail = result.stderr.trim().split("\n").slice(-5).join("\n");
        const cmd = [program, ...args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
        super(code, r(`${truncate(cmd, 200)} failed (exit ${result.exitCode})${tail ? `: ${JSON.stringify(tail)}` : ""}`), { hint });
        this.exitCode2 = result.exitCode;
        this.stderr = r(result.stderr);
    }
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/**
 * Runs `program` with `args` (no shell) and resolves with its output. Rejects with a
 * {@link ProcessError} when the exit code is not in `okCodes`, and with a ShiplineError when the
 * program cannot be started.
 */
function runProcess(program, args, options = {}) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: options.cwd,
            env: childEnv(options.env ?? process.env),
            shell: false,
            stdio: ["pipe", "pipe", "pipe"],
            signal: options.signal,
        });
        const out = [];
        let err = "";
        let killTimer;
        let timer;
        let timedOut = false;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGTERM");
                killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => (options.onStdout ? options.onStdout(c) : out.push(c)));
        child.stderr.on("data", (c) => {
            options.onStderr?.(c);
            err += c.toString("utf8");
            if (err.length > STDERR_KEEP * 2)
                err = err.slice(-STDERR_KEEP);
        });
        child.stdin.on("error", () => {
            /* the child may exit before reading its stdin; its exit code tells the story */
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (e.name === "AbortError") {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.Cancelled, `${program} was cancelled.`));
                return;
            }
            const hint = e.code === "ENOENT" ? `Install ${program} or check that it is on PATH.` : undefined;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `Could not start ${program}: ${e.message}`, { hint }));
        });
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const result = {
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: err.length > STDERR_KEEP ? err.slice(-STDERR_KEEP) : err,
                durationMs: performance.now() - started,
            };
            if (timedOut) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `${program} did not finish within ${options.timeoutMs} ms and was stopped.`));
                return;
            }
            if (!(options.okCodes ?? [0]).includes(result.exitCode)) {
                reject(new ProcessError(program, args, result, options.redactor));
                return;
            }
            resolve(result);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
function signalNumber(signal) {
    return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0;
}
/**
 * Runs a workflow author's script through bash, as a `run:` step does (`bash -e -o pipefail`). Only
 * for inputs documented as scripts; never interpolate other inputs into `script`. Resolves with the
 * result whatever the exit code.
 */
function runScript(script, options = {}) {
    return runProcess("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
        ...options,
        okCodes: Array.from({ length: 256 }, (_, i) => i),
    });
}


/***/ }),

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ formatInteger),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/**
 * One way to print each kind of number, shared by every screen (summaries, comments, the terminal):
 * a figure that appears twice must read the same both times. Pure.
 */
/** `1 test`, `2 tests`; `plural` defaults to `singular + "s"`. Counts use thousands separators. */
function count(n, singular, plural = `${singular}s`) {
    return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}
/** An integer with thousands separators: `12,345`. */
function formatInteger(n) {
    return Math.round(n).toLocaleString("en-US");
}
/**
 * A duration in milliseconds for people: `0.84 ms`, `7.6 ms`, `340 ms`, `3.41 s`, `2 min 5 s`, `1 h 2 min`.
 * At most two decimals below 10 ms and 10 s, one below a minute, whole units elsewhere; trailing zeros dropped.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return "n/a";
    if (ms < 10)
        return `${Number(ms.toFixed(2))} ms`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 10)
        return `${Number(s.toFixed(2))} s`;
    if (s < 60)
        return `${Number(s.toFixed(1))} s`;
    const totalS = Math.round(s);
    if (totalS < 3600)
        return `${Math.floor(totalS / 60)} min${totalS % 60 ? ` ${totalS % 60} s` : ""}`;
    const totalMin = Math.round(totalS / 60);
    return `${Math.floor(totalMin / 60)} h${totalMin % 60 ? ` ${totalMin % 60} min` : ""}`;
}
/**
 * A percentage from a value already in percent (`12.5` → `12.5%`): at most two decimals, trailing
 * zeros dropped (`0.1%`, `1.67%`, `79.96%`, `100%`). Never rounded to fewer decimals: 79.96 % must
 * not print as the 80 % it fails.
 */
function formatPercent(percent) {
    if (!Number.isFinite(percent))
        return "n/a";
    return `${Number(percent.toFixed(2))}%`;
}


/***/ }),

/***/ 2253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ DEFAULT_ZIP_LIMITS),
/* harmony export */   Y: () => (/* binding */ readZipEntries)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reads the files of a zip archive (a GitHub Actions artifact download) in memory. Artifacts are
 * small (one JSON report), and this avoids a dependency for ~50 lines: stored and deflated entries
 * only, no zip64, no encryption, which is what actions/upload-artifact produces.
 */

const DEFAULT_ZIP_LIMITS = { maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };
/** Entries of `zip` whose name satisfies `want`, as name → contents. Throws on a malformed archive or one past `limits`. */
function readZipEntries(zip, want = () => true, limits = DEFAULT_ZIP_LIMITS) {
    const out = new Map();
    let total = 0;
    const tooBig = (name) => new Error(`the archive inflates to more than ${limits.maxEntryBytes / 1024 / 1024} MB per entry or ${limits.maxTotalBytes / 1024 / 1024} MB in all (entry ${name}); refusing it`);
    // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd === -1)
        throw new Error("not a zip archive (no end of central directory)");
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n++) {
        if (zip.readUInt32LE(p) !== 0x02014b50)
            throw new Error("malformed zip central directory");
        const method = zip.readUInt16LE(p + 10);
        const compressedSize = zip.readUInt32LE(p + 20);
        const nameLen = zip.readUInt16LE(p + 28);
        const extraLen = zip.readUInt16LE(p + 30);
        const commentLen = zip.readUInt16LE(p + 32);
        const localOffset = zip.readUInt32LE(p + 42);
        const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
        p += 46 + nameLen + extraLen + commentLen;
        if (name.endsWith("/") || !want(name))
            continue;
        if (zip.readUInt32LE(localOffset) !== 0x04034b50)
            throw new Error(`malformed zip local header for ${name}`);
        const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        const room = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
        let entry;
        if (method === 0)
            entry = Buffer.from(data);
        else if (method === 8) {
            try {
                entry = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, { maxOutputLength: Math.max(1, room) });
            }
            catch (e) {
                if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
                    throw tooBig(name);
                throw e;
            }
        }
        else
            throw new Error(`zip entry ${name} uses compression method ${method}; only stored and deflate are supported`);
        if (entry.length > room)
            throw tooBig(name);
        total += entry.length;
        out.set(name, entry);
    }
    return out;
}


/***/ })

};
