/**
 * Line-oriented and JSON test reports: TAP 12/13/14 (subtests, TODO/SKIP, bail out), `go test -json`
 * and Dart/Flutter JSON (one event per line, streamed), CTRF, mocha JSON and RSpec JSON (one
 * document each; those tools write small files, so they are parsed whole). Pure.
 */
import type { CaseSink, CaseStatus, TestCase } from "./model.js";
import { ReportParseError } from "./xml-reports.js";

/** Splits streamed text into lines, calling `onLine` with each (1-based line numbers). */
export class LineSplitter {
  private rest = "";
  line = 0;
  constructor(private readonly onLine: (line: string, n: number) => void) {}
  write(chunk: string): void {
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
  close(): void {
    if (this.rest !== "") this.onLine(this.rest, ++this.line);
    this.rest = "";
  }
}

/** A YAML scalar `key: value` from a TAP diagnostic block: plain, quoted, or the first line of a `|`/`>` block. */
function yamlScalar(yaml: string, key: string): string | undefined {
  const m = new RegExp(`^[ \\t]*${key}:[ \\t]*(.*)$`, "m").exec(yaml);
  if (!m) return undefined;
  let v = (m[1] ?? "").trim();
  if (/^[|>][-+]?$/.test(v)) {
    const rest = yaml.slice((m.index ?? 0) + m[0].length + 1);
    v = (rest.split("\n")[0] ?? "").trim();
  } else if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) v = v.slice(1, -1).replace(/''/g, "'");
  else if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1).replace(/\\"/g, '"');
  return v || undefined;
}

const TAP_LINE = /^(\s*)(not ok|ok)\b\s*(\d+)?\s*(?:-\s*)?([^#]*?)\s*(?:#\s*(SKIP|TODO)\S*\s*(.*))?$/i;

/**
 * TAP. Subtests (indented, TAP 14 `# Subtest:`) are reported with their parent as suite; a parent
 * line that only summarises its subtests is not counted again. `not ok ... # TODO` is not a
 * failure (TAP's rule); `Bail out!` is a warning and a failure of the run.
 */
export class TapParser {
  private readonly lines: LineSplitter;
  private last: { c: TestCase; indent: number } | undefined;
  private yaml: string[] | undefined;
  private readonly subtestNames: string[] = [];
  /** hasChildren[d]: a test point at depth d was seen since the last test point at depth d - 1. */
  private readonly hasChildren: boolean[] = [];
  sawCase = false;
  bailedOut = false;

  constructor(private readonly sink: CaseSink) {
    this.lines = new LineSplitter((l) => this.onLine(l));
  }

  write(chunk: string): void {
    this.lines.write(chunk);
  }

  close(): void {
    this.lines.close();
    this.flush();
    if (!this.sawCase && !this.bailedOut) throw new ReportParseError("no TAP test lines (ok / not ok)", this.lines.line);
  }

  private flush(): void {
    if (this.last) this.sink.onCase(this.last.c);
    this.last = undefined;
  }

  private onLine(line: string): void {
    // TAP: a harness stops reading at "Bail out!"; whatever a producer writes after it was not a run.
    if (this.bailedOut) return;
    if (this.yaml) {
      if (/^\s*\.\.\.\s*$/.test(line)) {
        const y = this.yaml.join("\n");
        this.yaml = undefined;
        if (this.last) {
          // node:test writes `error:` and `location: 'file:line:col'`; node-tap and TAP 14
          // producers write `message:` and `at:` (a string or a map with file/line).
          const msg = yamlScalar(y, "message") ?? yamlScalar(y, "error");
          const loc = /^[ \t]*(?:at|location):[ \t]*['"]?(?:file:\/\/)?([^'"\s]+?):(\d+)(?::\d+)?['"]?[ \t]*$/m.exec(y);
          if (msg) this.last.c.message = msg;
          if (loc) {
            this.last.c.file ??= loc[1];
            this.last.c.line ??= Number(loc[2]);
          } else {
            const file = /^[ \t]*at:[ \t]*\n(?:[ \t]+\w+:.*\n)*?[ \t]+file:[ \t]*['"]?([^'"\n]+?)['"]?[ \t]*$/m.exec(y)?.[1];
            const line = /^[ \t]*at:[ \t]*\n(?:[ \t]+\w+:.*\n)*?[ \t]+line:[ \t]*(\d+)/m.exec(y)?.[1];
            if (file && line) {
              this.last.c.file ??= file;
              this.last.c.line ??= Number(line);
            }
          }
          const ms = /^\s*duration_ms:\s*([\d.]+)/m.exec(y);
          if (ms) this.last.c.durationMs = Number(ms[1]);
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
    if (!m) return;
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
    if (isParent) return;
    this.sawCase = true;
    const directive = (m[5] ?? "").toUpperCase();
    let status: CaseStatus = m[2]?.toLowerCase() === "ok" ? "passed" : "failed";
    if (directive === "SKIP") status = "skipped";
    if (directive === "TODO") status = status === "failed" ? "skipped" : "passed";
    const suite = names.filter(Boolean).join(" > ");
    this.last = { c: { suite, name: (m[4] ?? "").trim() || `test ${m[3] ?? ""}`.trim(), status, durationMs: 0, message: m[6] || undefined }, indent };
  }
}

/** `go test -json`: one event per line; a test's final action decides its status. */
export class GoTestJsonParser {
  private readonly lines: LineSplitter;
  private readonly output = new Map<string, string>();
  sawCase = false;
  constructor(private readonly sink: CaseSink) {
    this.lines = new LineSplitter((l, n) => this.onLine(l, n));
  }
  write(chunk: string): void {
    this.lines.write(chunk);
  }
  close(): void {
    this.lines.close();
    if (!this.sawCase) throw new ReportParseError("no test events in go test -json output", this.lines.line);
  }
  private onLine(line: string, n: number): void {
    if (line.trim() === "") return;
    let e: { Action?: string; Package?: string; Test?: string; Elapsed?: number; Output?: string };
    try {
      e = JSON.parse(line);
    } catch {
      throw new ReportParseError("not a JSON event line", n);
    }
    if (!e.Test) return;
    const key = `${e.Package}\u0000${e.Test}`;
    if (e.Action === "output" && e.Output) {
      const prev = this.output.get(key) ?? "";
      if (prev.length < 4000) this.output.set(key, prev + e.Output);
      return;
    }
    const status: CaseStatus | undefined = e.Action === "pass" ? "passed" : e.Action === "fail" ? "failed" : e.Action === "skip" ? "skipped" : undefined;
    if (!status) return;
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
      message:
        status === "failed"
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
export class DartJsonParser {
  private readonly lines: LineSplitter;
  private readonly tests = new Map<number, { name: string; file: string | undefined; line: number | undefined; start: number }>();
  private readonly errors = new Map<number, string>();
  sawCase = false;
  constructor(private readonly sink: CaseSink) {
    this.lines = new LineSplitter((l, n) => this.onLine(l, n));
  }
  write(chunk: string): void {
    this.lines.write(chunk);
  }
  close(): void {
    this.lines.close();
    if (!this.sawCase) throw new ReportParseError("no testDone events in the Dart JSON report", this.lines.line);
  }
  private onLine(line: string, n: number): void {
    if (line.trim() === "" || !line.startsWith("{")) return;
    let e: {
      type?: string;
      test?: { id: number; name: string; root_url?: string; url?: string; root_line?: number; line?: number };
      testID?: number;
      result?: string;
      skipped?: boolean;
      hidden?: boolean;
      error?: string;
      time?: number;
    };
    try {
      e = JSON.parse(line);
    } catch {
      throw new ReportParseError("not a JSON event line", n);
    }
    if (e.type === "testStart" && e.test) {
      this.tests.set(e.test.id, {
        name: e.test.name,
        file: (e.test.root_url ?? e.test.url)?.replace(/^file:\/\//, ""),
        line: e.test.root_line ?? e.test.line,
        start: e.time ?? 0,
      });
    } else if (e.type === "error" && e.testID !== undefined) {
      this.errors.set(e.testID, e.error ?? "");
    } else if (e.type === "testDone" && e.testID !== undefined && !e.hidden) {
      const t = this.tests.get(e.testID);
      if (!t) return;
      this.sawCase = true;
      const status: CaseStatus = e.skipped ? "skipped" : e.result === "success" ? "passed" : e.result === "error" ? "errored" : "failed";
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

type Json = Record<string, unknown>;

/** CTRF, mocha JSON and RSpec JSON: whole-document formats. Returns false when `doc` is none of them. */
export function parseJsonReport(doc: unknown, sink: CaseSink): "ctrf" | "mocha" | "rspec" | undefined {
  if (!doc || typeof doc !== "object") return undefined;
  const d = doc as Json;
  const results = d.results as Json | undefined;
  if (results && Array.isArray(results.tests)) {
    for (const t of results.tests as Json[]) {
      const s = String(t.status ?? "");
      let status: CaseStatus =
        s === "passed" ? "passed" : s === "failed" ? "failed" : s === "skipped" || s === "pending" || s === "other" ? "skipped" : "errored";
      if (status === "passed" && (t.flaky === true || (Number(t.retries) > 0 && t.flaky !== false))) status = "flaky";
      sink.onCase({
        suite: String(t.suite ?? ""),
        name: String(t.name ?? ""),
        status,
        durationMs: Number(t.duration) || 0,
        file: t.filePath as string | undefined,
        line: Number(t.line) || undefined,
        message: t.message as string | undefined,
        details: t.trace as string | undefined,
      });
    }
    return "ctrf";
  }
  if (d.stats && Array.isArray(d.tests) && (Array.isArray(d.passes) || Array.isArray(d.failures))) {
    const pending = new Set((d.pending as Json[] | undefined)?.map((t) => String(t.fullTitle)) ?? []);
    for (const t of d.tests as Json[]) {
      const err = t.err as Json | undefined;
      const failed = err && Object.keys(err).length > 0;
      const status: CaseStatus = pending.has(String(t.fullTitle)) || t.pending === true ? "skipped" : failed ? "failed" : "passed";
      const full = String(t.fullTitle ?? t.title ?? "");
      const title = String(t.title ?? "");
      sink.onCase({
        suite: full.endsWith(title) ? full.slice(0, full.length - title.length).trim() : "",
        name: title,
        status,
        durationMs: Number(t.duration) || 0,
        file: t.file as string | undefined,
        message: failed ? String(err?.message ?? "") : undefined,
        details: failed ? String(err?.stack ?? "") : undefined,
      });
    }
    return "mocha";
  }
  if (Array.isArray(d.examples) && d.summary) {
    for (const e of d.examples as Json[]) {
      const s = String(e.status ?? "");
      const status: CaseStatus = s === "passed" ? "passed" : s === "failed" ? "failed" : "skipped";
      const ex = e.exception as Json | undefined;
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
        details: ex ? (ex.backtrace as string[] | undefined)?.slice(0, 10).join("\n") : undefined,
      });
    }
    return "rspec";
  }
  return undefined;
}
