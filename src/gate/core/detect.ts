/**
 * Picks a parser from a report's first bytes, so users list globs and never name formats. Pure.
 */
import type { CaseSink } from "./model.js";
import { DartJsonParser, GoTestJsonParser, parseJsonReport, TapParser } from "./text-reports.js";
import { JunitScanner } from "./junit-scanner.js";
import { ReportParseError, XmlReportParser } from "./xml-reports.js";

export interface StreamParser {
  /** Known once the first chunk is seen. */
  readonly format: string;
  write(chunk: string): void;
  /** Throws ReportParseError when the report is truncated, empty or not a test report. */
  close(): void;
}

/** Documents parsed whole are capped: CTRF, mocha and RSpec JSON are small in practice. */
const MAX_JSON_DOCUMENT = 256 * 1024 * 1024;

function looksBinary(head: string): boolean {
  // NUL bytes or a high share of control characters: a zip, an image, a compiled file.
  let ctrl = 0;
  const n = Math.min(head.length, 1024);
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}

/** The root element's name from a document's first bytes, past the prolog; undefined when not in `head`. */
export function xmlRootName(head: string): string | undefined {
  let rest = head.replace(/^\uFEFF/, "");
  for (;;) {
    const prolog = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  return /^\s*<([^\s/>!?]+)[\s/>]/.exec(rest)?.[1];
}

/**
 * A parser whose first chunk loses its UTF-8 byte order mark: Windows tools (NUnit, TRX, PowerShell
 * redirects) write one before every format, and no format's reader should see it.
 */
export function withoutBom<P extends { write(c: string): void }>(p: P): P {
  let isFirst = true;
  const write = p.write.bind(p);
  p.write = (c: string) => {
    if (isFirst && c !== "") {
      isFirst = false;
      if (c.charCodeAt(0) === 0xfeff) c = c.slice(1);
    }
    write(c);
  };
  return p;
}

/** Chooses the parser for a report from its first chunk (at least a few hundred bytes when available). */
export function detectReportParser(head: string, sink: CaseSink): StreamParser {
  return withoutBom(chooseReportParser(head, sink));
}

function chooseReportParser(head: string, sink: CaseSink): StreamParser {
  const text = head.replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (looksBinary(text)) throw new ReportParseError("the file is binary, not a test report", 1);
  if (start === "") throw new ReportParseError("the file is empty", 1);
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
        if (buf.length > MAX_JSON_DOCUMENT) throw new ReportParseError("the JSON report is larger than 256 MB", undefined);
      },
      close: () => {
        let doc: unknown;
        try {
          doc = JSON.parse(buf);
        } catch (e) {
          const pos = /position (\d+)/.exec((e as Error).message);
          const line = pos ? buf.slice(0, Number(pos[1])).split("\n").length : undefined;
          throw new ReportParseError(`invalid JSON (${(e as Error).message.replace(/ in JSON at .*$/, "")}); the file may be truncated`, line);
        }
        const f = parseJsonReport(doc, sink);
        if (!f) throw new ReportParseError("a JSON file that is not a CTRF, mocha or RSpec report", 1);
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
