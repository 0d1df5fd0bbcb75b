export const id = 491;
export const ids = [491];
export const modules = {

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 26 modules
var github = __webpack_require__(6766);
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
function seconds(v) {
    const n = Number(v);
    return Number.isFinite(n) && n > 0 ? n * 1000 : 0;
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
/** A streaming XML report parser: write chunks, then close. Throws ReportParseError on bad XML. */
class XmlReportParser {
    sink;
    format;
    sax = new saxes/* SaxesParser */.wT({ position: true });
    suites = [];
    files = [];
    pending;
    captureKind;
    textHandler = (t) => this.onText(t);
    text = "";
    failed;
    sawCase = false;
    constructor(sink) {
        this.sink = sink;
        this.sax.on("error", (e) => {
            this.failed ??= e;
        });
        this.sax.on("opentag", (t) => this.open(t));
        this.sax.on("closetag", (t) => this.closeTag(t));
        this.sax.on("doctype", () => {
            // Declared entities are never expanded; a report has no business declaring any.
            this.sink.onWarning?.("the report has a DOCTYPE declaration; its entities are not expanded");
        });
    }
    /**
     * Text handlers are attached only while a message or stack trace is being captured: with a
     * handler saxes hands over a string for every whitespace run between tags (1.7 million on the
     * 100 MB bench file). The gain could not be separated from the noise of the shared bench machine.
     */
    get capture() {
        return this.captureKind;
    }
    set capture(v) {
        if (v && !this.captureKind) {
            this.sax.on("text", this.textHandler);
            this.sax.on("cdata", this.textHandler);
        }
        else if (!v && this.captureKind) {
            this.sax.off("text");
            this.sax.off("cdata");
        }
        this.captureKind = v;
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
        if (!this.format)
            throw new ReportParseError("no test report root element (testsuites, testsuite, test-run, test-results, assemblies, TestRun)", this.sax.line);
    }
    check() {
        if (this.failed) {
            const { line, message: msg } = saxesMessage(this.failed.message, this.sax.line);
            throw new ReportParseError(/undefined entity/i.test(msg) ? `${msg} (entities from a DOCTYPE are not expanded)` : msg, line);
        }
    }
    onText(t) {
        if (this.capture && this.text.length < TEXT_CAP)
            this.text += t;
    }
    startCase(c) {
        this.pending = { c, failure: false, error: false, skipped: false, flakyOnly: false };
    }
    open(t) {
        const a = t.attributes;
        if (!this.format) {
            const f = ROOTS[t.name];
            if (!f)
                throw new ReportParseError(`<${t.name}> is not the root of a known test report`, this.sax.line);
            this.format = f;
        }
        if (this.format === "junit")
            this.openJUnit(t.name, a);
        else if (this.format === "nunit3" || this.format === "nunit2")
            this.openNUnit(t.name, a);
        else if (this.format === "xunit")
            this.openXUnit(t.name, a);
        else
            this.openTrx(t.name, a);
    }
    openJUnit(name, a) {
        if (name === "testsuite") {
            this.suites.push(a.name ?? "");
            this.files.push(a.file ?? a.filepath ?? this.files.at(-1));
            return;
        }
        if (name === "testcase") {
            this.sawCase = true;
            const suite = a.classname || this.suites.filter(Boolean).at(-1) || "";
            this.startCase({
                suite,
                name: a.name ?? "",
                status: "passed",
                durationMs: seconds(a.time),
                file: a.file ?? a.filepath ?? this.files.at(-1),
                line: xml_reports_int(a.line ?? a.lineno),
            });
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
            p.c.message ??= a.message || undefined;
            p.type ??= a.type;
            this.capture = "details";
            this.text = "";
        }
        else if (name === "flakyFailure" || name === "flakyError") {
            p.flakyOnly = true;
            p.c.message ??= a.message || a.type;
        }
        else if (name === "skipped") {
            p.skipped = true;
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
    closeTag(t) {
        const name = t.name;
        if (this.capture && this.pending) {
            const isEnd = (this.capture === "details" && ["failure", "error", "rerunFailure", "rerunError", "stack-trace", "StackTrace"].includes(name)) ||
                (this.capture === "message" && ["message", "reason", "Message"].includes(name));
            if (isEnd) {
                const text = this.text.trim();
                if (this.capture === "message")
                    this.pending.c.message ??= text.split("\n")[0];
                else {
                    this.pending.c.details ??= text;
                    this.pending.c.message ??= text.split("\n")[0];
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
                if (p.error)
                    p.c.status = "errored";
                else if (p.failure)
                    p.c.status = "failed";
                else if (p.flakyOnly)
                    p.c.status = "flaky";
                else if (p.skipped)
                    p.c.status = "skipped";
            }
            if (p.c.status !== "passed" && p.c.status !== "skipped")
                p.c.message ??= p.type;
            this.pending = undefined;
            this.sink.onCase(p.c);
        }
    }
}

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
    hasChildren = new Set();
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
        if (this.yaml) {
            if (/^\s*\.\.\.\s*$/.test(line)) {
                const y = this.yaml.join("\n");
                this.yaml = undefined;
                if (this.last) {
                    const msg = /^\s*message:\s*['"]?(.*?)['"]?\s*$/m.exec(y)?.[1];
                    const at = /^\s*at:\s*(.*?):(\d+)/m.exec(y);
                    if (msg)
                        this.last.c.message = msg;
                    if (at) {
                        this.last.c.file ??= at[1];
                        this.last.c.line ??= Number(at[2]);
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
            this.hasChildren.add(depth);
            return;
        }
        const m = TAP_LINE.exec(line);
        if (!m)
            return;
        this.flush();
        const indent = (m[1] ?? "").length;
        const depth = Math.floor(indent / 4);
        // A parent line closing subtests (same depth as the "# Subtest" that opened them) only summarises.
        if (this.hasChildren.has(depth + 1) || (indent === 0 && this.hasChildren.has(0) && this.subtestNames[0] === (m[4] ?? "").trim())) {
            this.hasChildren.delete(depth + 1);
            if (this.subtestNames[0] === (m[4] ?? "").trim())
                this.hasChildren.delete(0);
            return;
        }
        this.sawCase = true;
        const directive = (m[5] ?? "").toUpperCase();
        let status = m[2]?.toLowerCase() === "ok" ? "passed" : "failed";
        if (directive === "SKIP")
            status = "skipped";
        if (directive === "TODO")
            status = status === "failed" ? "skipped" : "passed";
        const suite = this.subtestNames.slice(0, depth).filter(Boolean).join(" > ");
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
/** Chooses the parser for a report from its first chunk (at least a few hundred bytes when available). */
function detectReportParser(head, sink) {
    const text = head.replace(/^\uFEFF/, "");
    const start = text.trimStart();
    if (looksBinary(text))
        throw new ReportParseError("the file is binary, not a test report", 1);
    if (start === "")
        throw new ReportParseError("the file is empty", 1);
    if (start.startsWith("<")) {
        const p = new XmlReportParser(sink);
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
const SLOWEST_KEPT = 10;
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
/** Collects totals and the interesting cases across every report. */
class Aggregator {
    totals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 0 };
    failures = [];
    flaky = [];
    /** Ids of every failed or errored test (for new-vs-known failures); strings only. */
    failedIds = new Set();
    slowest = [];
    warnings = [];
    droppedFailures = 0;
    report = "";
    onCase(c) {
        const t = this.totals;
        t.tests++;
        t[c.status]++;
        t.durationMs += c.durationMs;
        const id = caseId(c);
        if (c.status === "failed" || c.status === "errored") {
            this.failedIds.add(detach(id));
            if (this.failures.length < MAX_KEPT_FAILURES)
                this.failures.push(this.keep(c, id));
            else
                this.droppedFailures++;
        }
        else if (c.status === "flaky" && this.flaky.length < MAX_KEPT_FAILURES) {
            this.flaky.push(this.keep(c, id));
        }
        if (c.durationMs > 0 && (this.slowest.length < SLOWEST_KEPT || c.durationMs > (this.slowest.at(-1)?.durationMs ?? 0))) {
            this.slowest.push(this.keep({ ...c, message: undefined, details: undefined }, id));
            this.slowest.sort((a, b) => b.durationMs - a.durationMs);
            if (this.slowest.length > SLOWEST_KEPT)
                this.slowest.pop();
        }
    }
    onWarning(message) {
        if (this.warnings.length < 50)
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
    const counted = failed.length - quarantined.length;
    const baseFailed = new Set(input.baseline?.failedIds ?? []);
    const newFailures = failed.filter((id) => !baseFailed.has(id));
    const knownFailures = input.baseline ? failed.filter((id) => baseFailed.has(id)) : [];
    if (input.reportsFound === 0)
        add("reports found", false, "no test report matched the globs: a gate that sees nothing must not pass");
    if (input.commandExitCode !== undefined)
        add("test command", input.commandExitCode === 0, `exited with ${input.commandExitCode}`);
    if (input.brokenReports > 0)
        add("reports readable", false, `${input.brokenReports} report(s) could not be parsed`);
    add("failures", counted <= o.maxFailures, `${counted} failed or errored (max ${o.maxFailures})${quarantined.length ? `, ${quarantined.length} quarantined` : ""}`);
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
async function expand(patterns, cwd) {
    const files = new Set();
    for (const p of patterns)
        for await (const f of (0,promises_.glob)(p, { cwd }))
            files.add((0,external_node_path_.resolve)(cwd, f));
    return [...files].sort();
}
/** Streams a file into a parser chosen from its first chunk; errors name the file and line. */
async function streamFile(path, choose, shown) {
    let parser;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { encoding: "utf8", highWaterMark: 1024 * 1024 })) {
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
    const reportFiles = await expand(inputs.reports, reportsDir);
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
    for (const file of await expand(inputs.coverage, reportsDir)) {
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


/***/ })

};
