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

export type XmlFormat = "junit" | "nunit3" | "nunit2" | "xunit" | "trx";

const ROOTS: Record<string, XmlFormat> = {
  testsuites: "junit",
  testsuite: "junit",
  "test-run": "nunit3",
  "test-results": "nunit2",
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

function seconds(v: string | undefined): number {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n * 1000 : 0;
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
  /** The failure's type attribute: the message of last resort. */
  type?: string | undefined;
}

/** A streaming XML report parser: write chunks, then close. Throws ReportParseError on bad XML. */
export class XmlReportParser {
  format: XmlFormat | undefined;
  private readonly sax = new SaxesParser({ position: true });
  private readonly suites: string[] = [];
  private readonly files: (string | undefined)[] = [];
  private pending: Pending | undefined;
  private captureKind: "message" | "details" | undefined;
  private readonly textHandler = (t: string) => this.onText(t);
  private text = "";
  private failed: Error | undefined;
  sawCase = false;

  constructor(private readonly sink: CaseSink) {
    this.sax.on("error", (e) => {
      this.failed ??= e;
    });
    this.sax.on("opentag", (t) => this.open(t as SaxesTagPlain));
    this.sax.on("closetag", (t) => this.closeTag(t as SaxesTagPlain));
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
  private get capture(): "message" | "details" | undefined {
    return this.captureKind;
  }

  private set capture(v: "message" | "details" | undefined) {
    if (v && !this.captureKind) {
      this.sax.on("text", this.textHandler);
      this.sax.on("cdata", this.textHandler);
    } else if (!v && this.captureKind) {
      this.sax.off("text");
      this.sax.off("cdata");
    }
    this.captureKind = v;
  }

  write(chunk: string): void {
    if (this.failed) return;
    this.sax.write(chunk);
    this.check();
  }

  close(): void {
    if (!this.failed) this.sax.close();
    this.check();
    if (!this.format)
      throw new ReportParseError("no test report root element (testsuites, testsuite, test-run, test-results, assemblies, TestRun)", this.sax.line);
  }

  private check(): void {
    if (this.failed) {
      const { line, message: msg } = saxesMessage(this.failed.message, this.sax.line);
      throw new ReportParseError(/undefined entity/i.test(msg) ? `${msg} (entities from a DOCTYPE are not expanded)` : msg, line);
    }
  }

  private onText(t: string): void {
    if (this.capture && this.text.length < TEXT_CAP) this.text += t;
  }

  private startCase(c: TestCase): void {
    this.pending = { c, failure: false, error: false, skipped: false, flakyOnly: false };
  }

  private open(t: SaxesTagPlain): void {
    const a = t.attributes as Record<string, string>;
    if (!this.format) {
      const f = ROOTS[t.name];
      if (!f) throw new ReportParseError(`<${t.name}> is not the root of a known test report`, this.sax.line);
      this.format = f;
    }
    if (this.format === "junit") this.openJUnit(t.name, a);
    else if (this.format === "nunit3" || this.format === "nunit2") this.openNUnit(t.name, a);
    else if (this.format === "xunit") this.openXUnit(t.name, a);
    else this.openTrx(t.name, a);
  }

  private openJUnit(name: string, a: Record<string, string>): void {
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
        line: int(a.line ?? a.lineno),
      });
      return;
    }
    const p = this.pending;
    if (!p) return;
    if (name === "failure" || name === "error" || name === "rerunFailure" || name === "rerunError") {
      if (name === "error" || name === "rerunError") p.error = true;
      else p.failure = true;
      p.c.message ??= a.message || undefined;
      p.type ??= a.type;
      this.capture = "details";
      this.text = "";
    } else if (name === "flakyFailure" || name === "flakyError") {
      p.flakyOnly = true;
      p.c.message ??= a.message || a.type;
    } else if (name === "skipped") {
      p.skipped = true;
      p.c.message ??= a.message;
    }
  }

  private openNUnit(name: string, a: Record<string, string>): void {
    if (name === "test-suite") {
      this.suites.push(a.name ?? "");
      return;
    }
    if (name === "test-case") {
      this.sawCase = true;
      const result = (a.result ?? "").toLowerCase();
      const label = (a.label ?? "").toLowerCase();
      let status: CaseStatus = "passed";
      if (this.format === "nunit2" && a.executed === "False") status = "skipped";
      else if (result === "failed" || result === "failure") status = label === "error" ? "errored" : "failed";
      else if (result === "error") status = "errored";
      else if (result === "skipped" || result === "ignored" || result === "notrunnable" || result === "inconclusive") status = "skipped";
      const fullname = a.fullname ?? a.name ?? "";
      const suite = a.classname ?? (fullname.includes(".") ? fullname.slice(0, fullname.lastIndexOf(".")) : (this.suites.at(-1) ?? ""));
      this.startCase({ suite, name: a.methodname ?? (a.name ?? "").split(".").pop() ?? "", status, durationMs: seconds(a.duration ?? a.time) });
      return;
    }
    if (!this.pending) return;
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
    if (name === "test") {
      this.sawCase = true;
      const result = (a.result ?? "").toLowerCase();
      const status: CaseStatus = result === "fail" ? "failed" : result === "skip" || result === "notrun" ? "skipped" : "passed";
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
      this.capture = "message";
      this.text = "";
    } else if (name === "stack-trace") {
      this.capture = "details";
      this.text = "";
    }
  }

  private openTrx(name: string, a: Record<string, string>): void {
    if (name === "UnitTestResult") {
      this.sawCase = true;
      const outcome = (a.outcome ?? "").toLowerCase();
      const status: CaseStatus =
        outcome === "passed"
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
    if (!this.pending) return;
    if (name === "Message") {
      this.capture = "message";
      this.text = "";
    } else if (name === "StackTrace") {
      this.capture = "details";
      this.text = "";
    }
  }

  private closeTag(t: SaxesTagPlain): void {
    const name = t.name;
    if (this.capture && this.pending) {
      const isEnd =
        (this.capture === "details" && ["failure", "error", "rerunFailure", "rerunError", "stack-trace", "StackTrace"].includes(name)) ||
        (this.capture === "message" && ["message", "reason", "Message"].includes(name));
      if (isEnd) {
        const text = this.text.trim();
        if (this.capture === "message") this.pending.c.message ??= text.split("\n")[0];
        else {
          this.pending.c.details ??= text;
          this.pending.c.message ??= text.split("\n")[0];
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
      return;
    }
    const ends = name === "testcase" || name === "test-case" || (name === "test" && this.format === "xunit") || name === "UnitTestResult";
    if (ends && this.pending) {
      const p = this.pending;
      if (this.format === "junit") {
        if (p.error) p.c.status = "errored";
        else if (p.failure) p.c.status = "failed";
        else if (p.flakyOnly) p.c.status = "flaky";
        else if (p.skipped) p.c.status = "skipped";
      }
      if (p.c.status !== "passed" && p.c.status !== "skipped") p.c.message ??= p.type;
      this.pending = undefined;
      this.sink.onCase(p.c);
    }
  }
}
