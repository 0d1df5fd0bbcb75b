export const id = 552;
export const ids = [552];
export const modules = {

/***/ 2552:
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
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/kernel/command.ts
var command = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/exec.ts
var exec = __webpack_require__(3996);
// EXTERNAL MODULE: ./src/kernel/files.ts
var files = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 8 modules
var github = __webpack_require__(2717);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
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
]);
/** Elements whose text the builder may capture (messages and stack traces). */
const DETAILS_ENDS = new Set(["failure", "error", "rerunFailure", "rerunError", "stack-trace", "StackTrace"]);
const MESSAGE_ENDS = new Set(["message", "reason", "Message"]);
/** go-junit-report writes this fixed text as every failure's message; the real one is in the body. */
const GENERIC_MESSAGES = new Set(["Failed"]);
/**
 * Where a failure happened, from the failure text of dialects that have no file/line attributes:
 * Go (`calc_test.go:21: msg`, go-junit-report and gotestsum), Catch2 (`at /src/x.cpp:14`) and Rust
 * (`panicked at src/lib.rs:20:9`, cargo-nextest).
 */
function locateInText(text) {
    const go = /^[ \t]*([\w./-]+_test\.go):(\d+): .*$/m.exec(text);
    if (go)
        return { file: go[1], line: Number(go[2]), goMessage: go[0].trim() };
    const catch2 = /^at (\S.*?):(\d+)[ \t]*$/m.exec(text);
    if (catch2)
        return { file: catch2[1], line: Number(catch2[2]) };
    const rust = /panicked at ([^\s:]+\.rs):(\d+):\d+/.exec(text);
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
            return;
        }
        if (name === "testcase") {
            this.sawCase = true;
            let enclosing = "";
            for (let k = this.suites.length - 1; k >= 0 && !enclosing; k--)
                enclosing = this.suites[k];
            let suite = a.classname || enclosing;
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
                durationMs: seconds(a.time),
                file: a.file ?? a.filepath ?? this.files.at(-1),
                line: xml_reports_int(a.line ?? a.lineno),
                // Gradle's test-retry (without mergeReruns) and gotestsum --rerun-fails write each attempt as
                // one more case. Set here, in the literal, not later: adding a property to every case after
                // it is built cost the bench ~10 % (a shape change per case).
                isAttempt: true,
            });
            // GoogleTest (and bazel's gtest reports): disabled tests are status="notrun", GTEST_SKIP is
            // result="skipped", both with no <skipped> child in older versions.
            if (a.status === "notrun" || a.result === "skipped" || a.result === "suppressed")
                this.pending.skipped = true;
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
        if (name === "test-suite") {
            this.suites.push(a.name ?? "");
            return;
        }
        if (name === "test-case") {
            this.sawCase = true;
            const result = (a.result ?? "").toLowerCase();
            const label = (a.label ?? "").toLowerCase();
            let status = "passed";
            if (this.format === "nunit2" && a.executed === "False")
                status = "skipped";
            else if (result === "failed" || result === "failure")
                status = label === "error" ? "errored" : "failed";
            else if (result === "error")
                status = "errored";
            else if (result === "skipped" || result === "ignored" || result === "notrunnable" || result === "inconclusive")
                status = "skipped";
            const fullname = a.fullname ?? a.name ?? "";
            const suite = a.classname ?? (fullname.includes(".") ? fullname.slice(0, fullname.lastIndexOf(".")) : (this.suites.at(-1) ?? ""));
            this.startCase({ suite, name: a.methodname ?? (a.name ?? "").split(".").pop() ?? "", status, durationMs: seconds(a.duration ?? a.time) });
            return;
        }
        if (!this.pending)
            return;
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
        if (name === "test") {
            this.sawCase = true;
            const result = (a.result ?? "").toLowerCase();
            const status = result === "fail" ? "failed" : result === "skip" || result === "notrun" ? "skipped" : "passed";
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
            this.capture = "message";
            this.text = "";
        }
        else if (name === "stack-trace") {
            this.capture = "details";
            this.text = "";
        }
    }
    openTrx(name, a) {
        if (name === "UnitTestResult") {
            this.sawCase = true;
            const outcome = (a.outcome ?? "").toLowerCase();
            const status = outcome === "passed"
                ? "passed"
                : outcome === "failed"
                    ? "failed"
                    : outcome === "error" || outcome === "timeout" || outcome === "aborted"
                        ? "errored"
                        : "skipped";
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
            return;
        }
        const ends = name === "testcase" || name === "test-case" || (name === "test" && this.format === "xunit") || name === "UnitTestResult";
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
/** The message when a file holds no test report root element. */
const NO_ROOT = "no test report root element (testsuites, testsuite, test-run, test-results, assemblies, TestRun)";

;// CONCATENATED MODULE: ./src/gate/core/text-reports.ts

/** Splits streamed text into lines, calling `onLine` with each (1-based line numbers). */
class LineSplitter {
    onLine;
    rest = "";
    line = 0;
    constructor(onLine) {
        this.onLine = onLine;
    }
    write(chunk) {
        const text = this.rest + chunk;
        let start = 0;
        let nl = text.indexOf("\n", start);
        while (nl !== -1) {
            this.onLine(text.slice(start, nl).replace(/\r$/, ""), ++this.line);
            start = nl + 1;
            nl = text.indexOf("\n", start);
        }
        this.rest = text.slice(start);
    }
    close() {
        if (this.rest !== "")
            this.onLine(this.rest, ++this.line);
        this.rest = "";
    }
}
/** A YAML scalar `key: value` from a TAP diagnostic block: plain, quoted, or the first line of a `|`/`>` block. */
function yamlScalar(yaml, key) {
    const m = new RegExp(`^[ \\t]*${key}:[ \\t]*(.*)$`, "m").exec(yaml);
    if (!m)
        return undefined;
    let v = (m[1] ?? "").trim();
    if (/^[|>][-+]?$/.test(v)) {
        const rest = yaml.slice((m.index ?? 0) + m[0].length + 1);
        v = (rest.split("\n")[0] ?? "").trim();
    }
    else if (v.startsWith("'") && v.endsWith("'") && v.length >= 2)
        v = v.slice(1, -1).replace(/''/g, "'");
    else if (v.startsWith('"') && v.endsWith('"') && v.length >= 2)
        v = v.slice(1, -1).replace(/\\"/g, '"');
    return v || undefined;
}
const TAP_LINE = /^(\s*)(not ok|ok)\b\s*(\d+)?\s*(?:-\s*)?([^#]*?)\s*(?:#\s*(SKIP|TODO)\S*\s*(.*))?$/i;
/**
 * TAP. Subtests (indented, TAP 14 `# Subtest:`) are reported with their parent as suite; a parent
 * line that only summarises its subtests is not counted again. `not ok ... # TODO` is not a
 * failure (TAP's rule); `Bail out!` is a warning and a failure of the run.
 */
class TapParser {
    sink;
    lines;
    last;
    yaml;
    subtestNames = [];
    /** hasChildren[d]: a test point at depth d was seen since the last test point at depth d - 1. */
    hasChildren = [];
    sawCase = false;
    bailedOut = false;
    constructor(sink) {
        this.sink = sink;
        this.lines = new LineSplitter((l) => this.onLine(l));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    close() {
        this.lines.close();
        this.flush();
        if (!this.sawCase && !this.bailedOut)
            throw new ReportParseError("no TAP test lines (ok / not ok)", this.lines.line);
    }
    flush() {
        if (this.last)
            this.sink.onCase(this.last.c);
        this.last = undefined;
    }
    onLine(line) {
        // TAP: a harness stops reading at "Bail out!"; whatever a producer writes after it was not a run.
        if (this.bailedOut)
            return;
        if (this.yaml) {
            if (/^\s*\.\.\.\s*$/.test(line)) {
                const y = this.yaml.join("\n");
                this.yaml = undefined;
                if (this.last) {
                    // node:test writes `error:` and `location: 'file:line:col'`; node-tap and TAP 14
                    // producers write `message:` and `at:` (a string or a map with file/line).
                    const msg = yamlScalar(y, "message") ?? yamlScalar(y, "error");
                    const loc = /^[ \t]*(?:at|location):[ \t]*['"]?(?:file:\/\/)?([^'"\s]+?):(\d+)(?::\d+)?['"]?[ \t]*$/m.exec(y);
                    if (msg)
                        this.last.c.message = msg;
                    if (loc) {
                        this.last.c.file ??= loc[1];
                        this.last.c.line ??= Number(loc[2]);
                    }
                    else {
                        const file = /^[ \t]*at:[ \t]*\n(?:[ \t]+\w+:.*\n)*?[ \t]+file:[ \t]*['"]?([^'"\n]+?)['"]?[ \t]*$/m.exec(y)?.[1];
                        const line = /^[ \t]*at:[ \t]*\n(?:[ \t]+\w+:.*\n)*?[ \t]+line:[ \t]*(\d+)/m.exec(y)?.[1];
                        if (file && line) {
                            this.last.c.file ??= file;
                            this.last.c.line ??= Number(line);
                        }
                    }
                    const ms = /^\s*duration_ms:\s*([\d.]+)/m.exec(y);
                    if (ms)
                        this.last.c.durationMs = Number(ms[1]);
                    this.last.c.details = y.slice(0, 2000);
                }
                return;
            }
            this.yaml.push(line);
            return;
        }
        if (/^\s*---\s*$/.test(line) && this.last) {
            this.yaml = [];
            return;
        }
        const bail = /^\s*Bail out!\s*(.*)$/i.exec(line);
        if (bail) {
            this.bailedOut = true;
            this.flush();
            this.sink.onWarning?.(`Bail out!${bail[1] ? ` ${bail[1]}` : ""}`);
            this.sink.onCase({
                suite: "",
                name: `Bail out! ${bail[1] ?? ""}`.trim(),
                status: "errored",
                durationMs: 0,
                message: bail[1] || "the test run bailed out",
            });
            this.sawCase = true;
            return;
        }
        const sub = /^(\s*)# Subtest:\s*(.*)$/.exec(line);
        if (sub) {
            this.flush();
            const depth = (sub[1] ?? "").length / 4;
            this.subtestNames[depth] = sub[2] ?? "";
            this.subtestNames.length = depth + 1;
            return;
        }
        const m = TAP_LINE.exec(line);
        if (!m)
            return;
        this.flush();
        const indent = (m[1] ?? "").length;
        const depth = Math.floor(indent / 4);
        // A test point is a parent (it only summarises) exactly when indented test points came before it
        // since its previous sibling. node --test writes "# Subtest: x" before every test, leaves
        // included, so the comment alone says nothing.
        const isParent = this.hasChildren[depth + 1] === true;
        this.hasChildren.length = depth + 1;
        this.hasChildren[depth] = true;
        const names = this.subtestNames.slice(0, depth);
        this.subtestNames.length = Math.min(this.subtestNames.length, depth);
        if (isParent)
            return;
        this.sawCase = true;
        const directive = (m[5] ?? "").toUpperCase();
        let status = m[2]?.toLowerCase() === "ok" ? "passed" : "failed";
        if (directive === "SKIP")
            status = "skipped";
        if (directive === "TODO")
            status = status === "failed" ? "skipped" : "passed";
        const suite = names.filter(Boolean).join(" > ");
        this.last = { c: { suite, name: (m[4] ?? "").trim() || `test ${m[3] ?? ""}`.trim(), status, durationMs: 0, message: m[6] || undefined }, indent };
    }
}
/** `go test -json`: one event per line; a test's final action decides its status. */
class GoTestJsonParser {
    sink;
    lines;
    output = new Map();
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
        if (!this.sawCase)
            throw new ReportParseError("no test events in go test -json output", this.lines.line);
    }
    onLine(line, n) {
        if (line.trim() === "")
            return;
        let e;
        try {
            e = JSON.parse(line);
        }
        catch {
            throw new ReportParseError("not a JSON event line", n);
        }
        if (!e.Test)
            return;
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
    constructor(sink) {
        this.sink = sink;
        this.lines = new LineSplitter((l, n) => this.onLine(l, n));
    }
    write(chunk) {
        this.lines.write(chunk);
    }
    close() {
        this.lines.close();
        if (!this.sawCase)
            throw new ReportParseError("no testDone events in the Dart JSON report", this.lines.line);
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
        else if (e.type === "testDone" && e.testID !== undefined && !e.hidden) {
            const t = this.tests.get(e.testID);
            if (!t)
                return;
            this.sawCase = true;
            const status = e.skipped ? "skipped" : e.result === "success" ? "passed" : e.result === "error" ? "errored" : "failed";
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
        for (const t of results.tests) {
            const s = String(t.status ?? "");
            let status = s === "passed" ? "passed" : s === "failed" ? "failed" : s === "skipped" || s === "pending" || s === "other" ? "skipped" : "errored";
            if (status === "passed" && (t.flaky === true || (Number(t.retries) > 0 && t.flaky !== false)))
                status = "flaky";
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
        return "rspec";
    }
    return undefined;
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
    const lines = new LineSplitter((l) => {
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
    sax.on("opentag", (tag) => {
        const t = tag;
        const a = t.attributes;
        if (format === "xml") {
            if (t.name === "coverage" && ("line-rate" in a || "lines-valid" in a))
                format = "cobertura";
            else if (t.name === "report")
                format = "jacoco";
            else if (t.name === "coverage" && "clover" in a)
                format = "clover";
            else if (t.name === "coverage")
                format = "clover";
        }
        if (format === "cobertura") {
            if (t.name === "class")
                cur = get(a.filename ?? a.name ?? "");
            else if (t.name === "line" && cur) {
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
        }
        else if (format === "clover") {
            if (t.name === "file")
                cur = get(a.path ?? a.name ?? "");
            else if (t.name === "line" && cur) {
                const n = Number(a.num);
                if (a.type === "cond") {
                    const total = 2;
                    const covered = (Number(a.truecount) > 0 ? 1 : 0) + (Number(a.falsecount) > 0 ? 1 : 0);
                    cur.branchesTotal += total;
                    cur.branchesCovered += covered;
                }
                else {
                    cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.count) || 0));
                }
            }
        }
    });
    sax.on("closetag", (tag) => {
        const t = tag;
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
        return xml();
    if (start.startsWith("{"))
        return istanbul();
    if (/^(TN:|SF:)/m.test(start.slice(0, 2048)))
        return lcov();
    throw new ReportParseError("not a coverage report Shipline reads (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON)", 1);
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
const ATTRIBUTE_NAMES = ["", "name", "classname", "time", "file", "filepath", "line", "lineno", "status", "result", "message", "type"];
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
        case 6:
            if (c === 115 /* s */)
                return isRest(s, from, "status") ? STATUS : 0;
            if (c === 114 /* r */)
                return isRest(s, from, "result") ? RESULT : 0;
            if (c === 108 /* l */)
                return isRest(s, from, "lineno") ? LINENO : 0;
            return 0;
        case 7:
            return c === 109 /* m */ && isRest(s, from, "message") ? MESSAGE : 0;
        case 8:
            return c === 102 /* f */ && isRest(s, from, "filepath") ? FILEPATH : 0;
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
            return s.startsWith("time=", from) ? TIME : s.startsWith("type=", from) ? TYPE : 0;
        case 102 /* f */:
            return s.startsWith("file=", from) ? FILE : s.startsWith("filepath=", from) ? FILEPATH : 0;
        case 108 /* l */:
            return s.startsWith("line=", from) ? LINE : s.startsWith("lineno=", from) ? LINENO : 0;
        case 115 /* s */:
            return s.startsWith("status=", from) ? STATUS : 0;
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
        const lessThan = s.indexOf("<", lt + 1);
        if (lessThan !== -1 && lessThan < k)
            this.malformed(lt);
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
/** Chooses the parser for a report from its first chunk (at least a few hundred bytes when available). */
function detectReportParser(head, sink) {
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
    warnings = [];
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
    isAttemptCapWarned = false;
    currentReport = "";
    /** The report being read, as shown to the user. Setting it starts a new report. */
    get report() {
        return this.currentReport;
    }
    set report(name) {
        this.currentReport = name;
        this.attempts = new Map();
        this.attemptNames = new Set();
        this.isAttemptCapWarned = false;
    }
    onCase(c) {
        // No id is built while the report has no failure: the common all-green report pays nothing.
        if (c.isAttempt && this.attemptNames.has(c.name)) {
            const prior = this.attempts.get(caseId(c));
            if (prior) {
                this.onRepeat(prior, c);
                return;
            }
        }
        const t = this.totals;
        t.tests++;
        t[c.status]++;
        t.durationMs += c.durationMs;
        const isSlow = c.durationMs > 0 && (this.slowest.length < SLOWEST_KEPT || c.durationMs > (this.slowest.at(-1)?.durationMs ?? 0));
        const isFailure = c.status === "failed" || c.status === "errored";
        // The id is built only for the cases kept: most cases pass and are only counted.
        if (!isSlow && !isFailure && c.status !== "flaky")
            return;
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
        }
    }
    trackAttempt(c, id, a) {
        if (this.attempts.size < MAX_TRACKED_ATTEMPTS) {
            // The key shares the detached copy kept in failedIds when there is one.
            this.attempts.set(a.addedId ? id : detach(id), a);
            this.attemptNames.add(detach(c.name));
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
    onWarning(message) {
        if (this.warnings.length < MAX_WARNINGS)
            this.warnings.push(`${this.report}: ${message}`);
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
        add("reports readable", false, `${input.brokenReports} report(s) could not be parsed`);
    add("failures", counted <= o.maxFailures, `${counted} failed or errored (max ${o.maxFailures})${quarantined.length ? `, ${quarantined.length} quarantined` : ""}${unlisted ? `, ${unlisted} past the first ${failed.length} not checked against the quarantine` : ""}`);
    add("tests", t.tests >= o.minTests, `${t.tests} test(s) (min ${o.minTests})`);
    if (o.minPassRate !== undefined) {
        const executed = t.tests - t.skipped;
        const rate = executed === 0 ? 0 : ((t.passed + t.flaky) / executed) * 100;
        add("pass rate", rate >= o.minPassRate, `${rate.toFixed(2)}% (min ${o.minPassRate}%)`);
    }
    if (!o.allowFlaky)
        add("flaky tests", t.flaky === 0, `${t.flaky} test(s) passed only on a rerun`);
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
                : `${f2(changedLinesCoverage)} of ${total} changed line(s) (min ${o.changedLinesCoverageMin}%)`);
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
/** The gate's job summary, PR comment and annotations. Verdict first. Pure. */


/** GitHub rejects comments over 65,536 characters; leave room for the marker. */
const COMMENT_BUDGET = 60_000;
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
function arrow(now, base) {
    if (now === undefined || base === undefined)
        return "";
    const d = now - base;
    if (Math.abs(d) < 0.005)
        return " (=)";
    return d > 0 ? ` (▲ +${d.toFixed(2)})` : ` (▼ ${d.toFixed(2)})`;
}
function where(c) {
    return c.file ? (0,markdown/* code */.aY)(`${c.file}${c.line ? `:${c.line}` : ""}`) : "";
}
/** The job summary. `full` adds failure details and the slowest tests. */
function renderGate(v, full = true) {
    const out = [];
    const ok = v.verdict.conclusion === "success";
    const t = v.totals;
    out.push(`## ${ok ? "✅ Gate passed" : "❌ Gate failed"}`);
    out.push("");
    const failing = v.verdict.rules.filter((r) => r.status === "fail");
    if (failing.length > 0) {
        for (const r of failing)
            out.push(`- **${(0,markdown/* escapeMarkdown */.FV)(r.rule)}**: ${(0,markdown/* escapeMarkdown */.FV)(r.detail)}`);
        out.push("");
    }
    out.push((0,markdown/* table */.tp)(["tests", "passed", "failed", "errored", "skipped", "flaky", "duration"], [[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, ms(t.durationMs)]], ["right", "right", "right", "right", "right", "right", "right"]));
    if (v.baseline)
        out.push("", `Base branch: ${v.baseline.totals.tests} test(s), ${v.baseline.totals.failed + v.baseline.totals.errored} failing.`);
    out.push("");
    out.push((0,markdown/* details */.zH)("Rules", (0,markdown/* table */.tp)(["rule", "result", "detail"], v.verdict.rules.map((r) => [(0,markdown/* escapeMarkdown */.FV)(r.rule), r.status === "pass" ? "✅" : r.status === "fail" ? "❌" : "➖ skipped", (0,markdown/* escapeMarkdown */.FV)(r.detail)])), !ok));
    if (v.failures.length > 0) {
        out.push("", `### Failed tests (${t.failed + t.errored})`, "");
        const known = new Set(v.verdict.knownFailures);
        const quarantined = new Set(v.verdict.quarantined);
        const rows = v.failures.map((f) => [
            (0,markdown/* escapeMarkdown */.FV)(f.id),
            f.status,
            quarantined.has(f.id) ? "quarantined" : known.has(f.id) ? "also on base" : v.baseline ? "**new**" : "",
            (0,markdown/* escapeMarkdown */.FV)((f.message ?? "").slice(0, 200)),
            where(f),
        ]);
        out.push((0,markdown/* table */.tp)(["test", "status", "", "message", "where"], rows));
        if (v.droppedFailures > 0)
            out.push("", `…and ${v.droppedFailures} more failure(s) not listed.`);
        if (full) {
            for (const f of v.failures.slice(0, 20))
                if (f.details)
                    out.push("", (0,markdown/* details */.zH)(f.id, (0,markdown/* codeBlock */.DV)(f.details.slice(0, 1500))));
        }
    }
    if (v.flaky.length > 0) {
        out.push("", `### Flaky tests (${t.flaky}): passed on a rerun`, "");
        out.push((0,markdown/* table */.tp)(["test", "where"], v.flaky.slice(0, 50).map((f) => [(0,markdown/* escapeMarkdown */.FV)(f.id), where(f)])));
    }
    if (v.coverage) {
        const lines = pct(v.coverage.totals.linesCovered, v.coverage.totals.linesTotal);
        const branches = pct(v.coverage.totals.branchesCovered, v.coverage.totals.branchesTotal);
        out.push("", "### Coverage", "");
        const rows = [
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
        if (v.verdict.changedLinesCoverage !== undefined)
            rows.push(["changed lines", `${v.verdict.changedLinesCoverage.toFixed(2)}%`, ""]);
        out.push((0,markdown/* table */.tp)(["metric", "coverage", "covered"], rows, ["left", "right", "right"]));
        if (v.baseline?.coverage) {
            const base = new Map(v.baseline.coverage.files.map((f) => [f.file, f.lines]));
            const losers = v.coverage.files
                .map((f) => ({ file: f.file, now: pct(f.linesCovered, f.linesTotal), base: base.get(f.file) }))
                .filter((f) => f.now !== undefined && f.base !== undefined && f.now < f.base)
                .sort((a, b) => a.now - a.base - (b.now - b.base))
                .slice(0, 10);
            if (losers.length > 0)
                out.push("", "Files that lost most:", "", (0,markdown/* table */.tp)(["file", "lines", "change"], losers.map((f) => [(0,markdown/* code */.aY)(f.file), `${f.now.toFixed(2)}%`, arrow(f.now, f.base).trim()])));
        }
    }
    if (full && v.slowest.length > 0)
        out.push("", (0,markdown/* details */.zH)("Slowest tests", (0,markdown/* table */.tp)(["test", "duration"], v.slowest.map((s) => [(0,markdown/* escapeMarkdown */.FV)(s.id), ms(s.durationMs)]), ["left", "right"])));
    if (v.reportErrors.length > 0)
        out.push("", "### Reports that could not be read", "", ...v.reportErrors.map((e) => `- ${(0,markdown/* escapeMarkdown */.FV)(e)}`));
    if (v.warnings.length > 0)
        out.push("", (0,markdown/* details */.zH)("Warnings", v.warnings.map((w) => `- ${(0,markdown/* escapeMarkdown */.FV)(w)}`).join("\n")));
    return `${out.join("\n")}\n`;
}
/** The sticky PR comment: the same verdict and tables, short enough for GitHub's limit. */
function renderGateComment(v) {
    const body = renderGate(v, false);
    const link = v.runUrl ? `[the job summary](${v.runUrl})` : "the job summary";
    return (0,markdown/* truncateMarkdown */.o4)(body, COMMENT_BUDGET, `_Cut to fit a comment; ${link} has everything._`);
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
            const doc = JSON.parse(text);
            if (doc.schema !== "shipline-gate/1")
                throw new Error(`not a Shipline gate report (schema "${String(doc.schema)}")`);
            return doc;
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
        const artifacts = (await gh.actions.listArtifacts(inputs["baseline-artifact"])).filter((a) => !a.expired && a.workflow_run?.head_branch === base);
        const latest = artifacts[0];
        if (!latest) {
            ctx.runtime.log.notice(`No "${inputs["baseline-artifact"]}" artifact from ${base} yet: rules against the base branch are skipped.`);
            return undefined;
        }
        const zip = (0,esm/* unzipSync */.AO)(new Uint8Array(await gh.actions.downloadArtifact(latest)));
        const entry = Object.entries(zip).find(([name]) => name.endsWith(".json"));
        if (!entry)
            return undefined;
        return parse(Buffer.from(entry[1]).toString("utf8"), `artifact ${latest.name}`);
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        ctx.runtime.log.warning(`Could not read the base branch's report: ${e.message} Rules against the base are skipped.`);
        return undefined;
    }
}
/** Caps for an untrusted artifact's zip: a zip bomb must not fill the disk or memory. */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
const MAX_ARTIFACT_BYTES = 1024 * 1024 * 1024;
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
    const zipped = new Uint8Array(await gh.actions.downloadArtifact(artifact));
    let total = 0;
    const entries = (0,esm/* unzipSync */.AO)(zipped, {
        filter: (f) => {
            total += f.originalSize;
            if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_ARTIFACT_BYTES)
                throw new errors/* ConfigError */.xL(`artifact ${name}`, `the artifact inflates to more than ${MAX_ARTIFACT_BYTES / 1024 / 1024} MB (entry ${f.name}); refusing it`);
            return !f.name.endsWith("/");
        },
    });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.runtime.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), "shipline-gate-"));
    for (const [entry, data] of Object.entries(entries)) {
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
            const r = await (0,exec/* runScript */.j3)(inputs.command, {
                cwd,
                env: runtime.env,
                onStdout: (c) => runtime.log.info(c.toString("utf8").trimEnd()),
                onStderr: (c) => runtime.log.info(c.toString("utf8").trimEnd()),
            });
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
    (0,external_node_fs_.writeFileSync)(reportFile, JSON.stringify(report));
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
    const annotated = agg.failures.filter((f) => f.file && f.line).slice(0, 500);
    let checkRunMade = false;
    if (inputs["check-run"] && ctx.hasToken() && sha && runtime.kind === "action") {
        const made = await (0,github/* optionalWrite */.w3)(runtime.log, context, "the check run (annotations go to the workflow log instead)", () => ctx.github().checks.createCompleted(inputs["check-name"], sha, verdict.conclusion, { title: `${t.passed} passed, ${t.failed + t.errored} failed, ${t.skipped} skipped`, summary: summary.slice(0, 60_000) }, annotated.map((f) => ({
            path: f.file,
            start_line: f.line,
            end_line: f.line,
            annotation_level: "failure",
            title: f.id.slice(0, 255),
            message: (f.message ?? f.status).slice(0, 60_000),
            ...(f.details ? { raw_details: f.details.slice(0, 60_000) } : {}),
        }))));
        checkRunMade = made !== undefined;
    }
    if (!checkRunMade)
        for (const f of annotated.slice(0, 50))
            runtime.log.error(`${f.id}: ${f.message ?? f.status}`, { title: f.id.slice(0, 200), file: f.file, startLine: f.line });
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
/* harmony export */   j3: () => (/* binding */ runScript),
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
            env: (options.env ?? process.env),
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

/***/ 7762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   lD: () => (/* binding */ readDataFile)
/* harmony export */ });
/* unused harmony export parseDataText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2386);
/**
 * Reading the configuration files users hand us (JSON or YAML), with errors that name the file,
 * the line and what to do.
 */





/**
 * Reads a JSON or YAML file named by an input. A missing file is an InputError naming the input;
 * a syntax error is a ConfigError naming the file and line.
 */
function readDataFile(input, file, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ input, problem: `names a file that ${why}: "${file}" (relative to ${cwd}). Check the path, or create the file` });
    }
    return parseDataText(file, path, text);
}
/** Parses JSON or YAML text (JSON is YAML; YAML gives line numbers for both). */
function parseDataText(shown, path, text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first?.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(shown, doc.errors.map((e) => (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "")).slice(0, 10), line === undefined ? { hint: "Fix the syntax and re-run." } : { line, hint: "Fix the syntax and re-run." });
    }
    const lineCounter = text;
    return {
        path,
        shown,
        data: doc.toJS(),
        lineOf(keyPath) {
            const node = doc.getIn(keyPath, true);
            const offset = node?.range?.[0];
            if (offset === undefined)
                return undefined;
            return lineCounter.slice(0, offset).split("\n").length;
        },
    };
}
/**
 * The files matching glob patterns (from a `glob` input) under `cwd`, as sorted, de-duplicated
 * absolute paths. Directories are left out; a pattern that matches nothing adds nothing (the caller
 * decides whether that is an error and names its input).
 */
async function expandGlobs(patterns, cwd) {
    const files = new Set();
    for (const p of patterns)
        for await (const entry of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.glob)(p, { cwd, withFileTypes: true }))
            if (!entry.isDirectory())
                files.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(entry.parentPath, entry.name));
    return [...files].sort();
}


/***/ })

};
