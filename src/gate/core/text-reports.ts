/**
 * Line-oriented and JSON test reports: TAP 12/13/14 (subtests, TODO/SKIP, bail out), `go test -json`
 * and Dart/Flutter JSON (one event per line, streamed), CTRF, mocha JSON and RSpec JSON (one
 * document each; those tools write small files, so they are parsed whole). Pure.
 */
import { parse as parseYaml } from "yaml";
import type { CaseSink, CaseStatus, TestCase } from "./model.js";
import { ReportParseError } from "./xml-reports.js";
import { count } from "../../kernel/format.js";

/**
 * The longest line the line-based readers accept. A `go test -json` output event or a TAP line is a
 * few hundred bytes; past this the file is not a report a tool wrote, and holding it would cost
 * memory in proportion to it.
 */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * Splits streamed text into lines, calling `onLine` with each (1-based line numbers). Linear in the
 * input whatever the line length: a chunk without a line end is kept aside, never searched again or
 * joined into one growing string per chunk (that was quadratic: 61 s for a 40 MB one-line file).
 */
export class LineSplitter {
  private parts: string[] = [];
  private partsLength = 0;
  line = 0;
  /** True when the input ended in the middle of a line (its last line has no line end). */
  endedMidLine = false;
  constructor(
    private readonly onLine: (line: string, n: number) => void,
    private readonly maxLine = MAX_LINE_CHARS,
  ) {}
  write(chunk: string): void {
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
      if (nl - start > this.maxLine) this.tooLong();
      this.emit(chunk.slice(start, nl));
      start = nl + 1;
      nl = chunk.indexOf("\n", start);
    }
    if (start < chunk.length) this.keep(chunk.slice(start));
  }
  close(): void {
    if (this.partsLength > 0) {
      this.endedMidLine = true;
      const whole = this.parts.join("");
      this.parts = [];
      this.partsLength = 0;
      this.emit(whole);
    }
  }
  private keep(s: string): void {
    if (s === "") return;
    this.partsLength += s.length;
    if (this.partsLength > this.maxLine) this.tooLong();
    this.parts.push(s);
  }
  private emit(l: string): void {
    this.onLine(l.charCodeAt(l.length - 1) === 13 ? l.slice(0, -1) : l, ++this.line);
  }
  private tooLong(): never {
    throw new ReportParseError(
      `line ${this.line + 1} is longer than ${this.maxLine / 1024 / 1024} MB: not a report a test tool writes (check that the file is the report, not a log or a binary)`,
      this.line + 1,
    );
  }
}

/** A test point line, read by hand (a regex with lazy groups is slow on very long lines). */
interface TapPoint {
  ok: boolean;
  id: number | undefined;
  description: string;
  directive: "SKIP" | "TODO" | undefined;
  reason: string;
  time: number;
}

function parseTapPoint(line: string, from: number): TapPoint | undefined {
  let k = from;
  let ok = true;
  if (line.startsWith("not ok", k)) {
    ok = false;
    k += 6;
  } else if (line.startsWith("ok", k)) k += 2;
  else return undefined;
  const after = line.charCodeAt(k);
  if (k < line.length && after !== 32 && after !== 9) return undefined;
  while (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9) k++;
  let id: number | undefined;
  const digits = k;
  while (k < line.length && line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57) k++;
  if (k > digits) {
    if (k < line.length && line.charCodeAt(k) !== 32 && line.charCodeAt(k) !== 9) k = digits;
    else id = Number(line.slice(digits, k));
  }
  let rest = line.slice(k).trim();
  if (rest.startsWith("-")) rest = rest.slice(1).trimStart();
  // The directive is the last unescaped "#": "# SKIP" / "# TODO" (any case, any suffix: "# skipped").
  let description = rest;
  let directive: TapPoint["directive"];
  let reason = "";
  let time = 0;
  let hash = rest.indexOf("#");
  while (hash !== -1 && rest.charCodeAt(hash - 1) === 92 /* \ */) hash = rest.indexOf("#", hash + 1);
  if (hash !== -1) {
    const tail = rest.slice(hash + 1).trimStart();
    const word = tail.slice(0, 4).toUpperCase();
    if (word === "SKIP" || word === "TODO") {
      directive = word;
      description = rest.slice(0, hash).trimEnd();
      const space = tail.search(/\s/);
      reason = space === -1 ? "" : tail.slice(space).trim();
    } else if (tail.startsWith("time=")) {
      // node-tap: "ok 1 - name # time=12.3ms"
      description = rest.slice(0, hash).trimEnd();
      const ms = /^time=([\d.]+)(ms|s)?/.exec(tail);
      if (ms) time = Number(ms[1]) * (ms[2] === "s" ? 1000 : 1);
    }
  }
  return { ok, id, description: description.replace(/\\#/g, "#"), directive, reason, time };
}

/** What the YAML diagnostics of a test point say, in the keys node:test, node-tap and TAP 14 producers write. */
function readTapYaml(doc: unknown, c: TestCase): void {
  if (!doc || typeof doc !== "object") return;
  const d = doc as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
  const msg = str(d.message) ?? str(d.error) ?? (d.error && typeof d.error === "object" ? str((d.error as Record<string, unknown>).message) : undefined);
  if (msg) c.message = msg.split("\n")[0]?.trim() || undefined;
  const at = d.at ?? d.location;
  if (typeof at === "string") {
    const m = /^(?:file:\/\/)?(.+?):(\d+)(?::\d+)?$/.exec(at.trim());
    if (m) {
      c.file ??= m[1];
      c.line ??= Number(m[2]);
    }
  } else if (at && typeof at === "object") {
    const a = at as Record<string, unknown>;
    const file = str(a.file);
    const line = Number(a.line);
    if (file && Number.isInteger(line) && line > 0) {
      c.file ??= file;
      c.line ??= line;
    }
  }
  const ms = Number(d.duration_ms);
  if (Number.isFinite(ms) && ms >= 0) c.durationMs = ms;
}

/** One TAP document: the top level, or a subtest (indented, TAP 14 and node:test). */
interface TapLevel {
  indent: number;
  name: string;
  plan: { start: number; end: number; line: number; isAfterPoints: boolean } | undefined;
  count: number;
  lastId: number;
  /** A point came after a plan that followed points: the plan was in the middle. */
  isPlanInMiddle: boolean;
  hasNumberingProblem: boolean;
  /** Some leaf or problem under this level failed the run. */
  failed: boolean;
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
export class TapParser {
  private readonly lines: LineSplitter;
  private readonly levels: TapLevel[] = [];
  /** The last leaf, held back until its YAML block (if any) is read. */
  private last: { c: TestCase; indent: number } | undefined;
  private yaml: { lines: string[]; chars: number; indent: number; line: number } | undefined;
  /**
   * `# Subtest:` lines not yet used, in order. node:test writes one at the parent's indent before
   * every test (leaves too), TAP 14 at the child's indent: a new level takes the first one between
   * its parent's indent and its own.
   */
  private subtestNames: { name: string; indent: number }[] = [];
  /** A child level just closed: the next point at the parent's indent is its summary. */
  private closedChild: TapLevel | undefined;
  sawCase = false;
  sawTap = false;
  bailedOut = false;

  constructor(private readonly sink: CaseSink) {
    this.lines = new LineSplitter((l, n) => this.onLine(l, n));
    this.levels.push(this.newLevel(0, ""));
  }

  write(chunk: string): void {
    this.lines.write(chunk);
  }

  close(): void {
    this.lines.close();
    if (this.bailedOut) return;
    const n = this.lines.line;
    if (this.yaml) {
      this.broken(`the YAML block that starts on line ${this.yaml.line} never ends (no "..."): the output was cut off`, n);
      this.yaml = undefined;
    }
    this.flush();
    if (!this.sawTap) throw new ReportParseError("no TAP test lines (ok / not ok) and no plan", n);
    if (this.lines.endedMidLine) this.broken("the last line has no line end: the output was cut off", n);
    while (this.levels.length > 1) this.closeLevel(n);
    this.checkPlan(this.levels[0] as TapLevel, n, true, "");
  }

  private newLevel(indent: number, name: string): TapLevel {
    return { indent, name, plan: undefined, count: 0, lastId: 0, isPlanInMiddle: false, hasNumberingProblem: false, failed: false };
  }

  private broken(message: string, line: number): void {
    for (const l of this.levels) l.failed = true;
    this.sink.onBroken?.(message, line);
  }

  private flush(): void {
    if (this.last) this.sink.onCase(this.last.c);
    this.last = undefined;
  }

  private where(level: TapLevel): string {
    const names = this.levels
      .slice(1, this.levels.indexOf(level) + 1)
      .map((l) => l.name)
      .filter(Boolean);
    return names.length > 0 ? `subtest "${names.join(" > ")}": ` : "";
  }

  private checkPlan(level: TapLevel, line: number, isTop: boolean, where: string): void {
    const p = level.plan;
    if (!p) {
      if (level.count > 0 || isTop)
        this.broken(
          `${where}no plan (1..N) after ${count(level.count, "test")}: the test process stopped before printing it, or the producer never writes one`,
          line,
        );
      return;
    }
    const planned = p.end - p.start + 1;
    if (p.end === 0 && p.start === 1) {
      if (level.count > 0) this.broken(`${where}plan 1..0 (skip all) but ${count(level.count, "test")} ran`, p.line);
      return;
    }
    if (planned < 0) {
      this.broken(`${where}plan ${p.start}..${p.end} is not a range of tests`, p.line);
      return;
    }
    if (level.count !== planned) {
      const early = level.count < planned && !p.isAfterPoints ? ": the run stopped early" : "";
      this.broken(`${where}plan ${p.start}..${p.end} but ${count(level.count, "test")} ran${early}`, level.count < planned && !p.isAfterPoints ? line : p.line);
    }
  }

  private closeLevel(line: number): void {
    this.flush();
    const child = this.levels.at(-1) as TapLevel;
    const where = this.where(child);
    this.levels.pop();
    this.checkPlan(child, line, false, where);
    const parent = this.levels.at(-1) as TapLevel;
    if (child.failed) parent.failed = true;
    this.closedChild = child;
  }

  private onLine(raw: string, n: number): void {
    // TAP: a harness stops reading at "Bail out!"; whatever a producer writes after it was not a run.
    if (this.bailedOut) return;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32 || raw.charCodeAt(indent) === 9) indent++;
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
    if (line === "") return;
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
    if (!isPlan && !point) return;
    this.sawTap = true;
    this.flush();
    // Indentation decides the level: deeper opens a subtest, shallower closes subtests.
    while (this.levels.length > 1 && indent < (this.levels.at(-1) as TapLevel).indent) this.closeLevel(n);
    let level = this.levels.at(-1) as TapLevel;
    while (indent > level.indent) {
      // One level per 4 spaces (TAP 14, node:test), so a first point two levels deep opens both.
      const to = (indent - level.indent) % 4 === 0 ? level.indent + 4 : indent;
      const from = level.indent;
      const at = this.subtestNames.findIndex((s) => s.indent >= from && s.indent <= to);
      const name = at === -1 ? "" : (this.subtestNames[at] as { name: string }).name;
      if (at !== -1) this.subtestNames.splice(0, at + 1);
      level = this.newLevel(to, name);
      this.levels.push(level);
      this.closedChild = undefined;
    }
    this.subtestNames = this.subtestNames.filter((s) => s.indent < indent);
    if (isPlan) {
      this.onPlan(level, line, n);
      return;
    }
    this.onPoint(level, point as TapPoint, indent, n);
  }

  private onPlan(level: TapLevel, line: string, n: number): void {
    const m = /^(\d+)\.\.(\d+)/.exec(line);
    if (level.plan) {
      this.broken(`${this.where(level)}a second plan ${m?.[0]} after ${level.plan.start}..${level.plan.end} (line ${level.plan.line})`, n);
      return;
    }
    level.plan = { start: Number(m?.[1]), end: Number(m?.[2]), line: n, isAfterPoints: level.count > 0 };
    this.closedChild = undefined;
  }

  private onPoint(level: TapLevel, p: TapPoint, indent: number, n: number): void {
    const where = this.where(level);
    if (level.plan?.isAfterPoints && !level.isPlanInMiddle) {
      level.isPlanInMiddle = true;
      this.broken(
        `${where}the plan ${level.plan.start}..${level.plan.end} (line ${level.plan.line}) is followed by more tests: a plan belongs at the start or the end`,
        n,
      );
    }
    level.count++;
    const expected = level.lastId + 1;
    if (p.id !== undefined) {
      if (p.id !== expected && !level.hasNumberingProblem) {
        level.hasNumberingProblem = true;
        this.broken(
          p.id < expected
            ? `${where}test number ${p.id} ${p.id === level.lastId ? "appears twice" : `comes after ${level.lastId}`}: the numbers must run in order`
            : `${where}test number ${p.id} where ${expected} was expected: tests ${expected}..${p.id - 1} are missing`,
          n,
        );
      }
      level.lastId = p.id;
    } else level.lastId = expected;
    if (level.plan && !level.plan.isAfterPoints && level.lastId > level.plan.end && level.plan.end > 0 && !level.hasNumberingProblem) {
      level.hasNumberingProblem = true;
      this.broken(`${where}test ${level.lastId} is outside the plan ${level.plan.start}..${level.plan.end}`, n);
    }
    const child = this.closedChild;
    this.closedChild = undefined;
    const isTodo = p.directive === "TODO";
    let status: CaseStatus = p.ok ? "passed" : "failed";
    if (p.directive === "SKIP") status = "skipped";
    if (isTodo) status = p.ok ? "passed" : "skipped";
    if (child && child.count > 0) {
      if (!child.name) child.name = p.description;
      // A parent's line summarises its leaves, which were counted. It is a test of its own only when
      // it failed and no leaf or problem under it says why (node --test: a failing hook or body).
      if (status !== "failed" || child.failed) return;
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
    if (status === "failed") for (const l of this.levels) l.failed = true;
  }

  private endYaml(y: { lines: string[]; line: number }, n: number): void {
    if (!this.last) return;
    const text = y.lines.join("\n");
    let doc: unknown;
    try {
      doc = parseYaml(dedent(y.lines), { maxAliasCount: 100 });
    } catch (e) {
      this.sink.onWarning?.(
        `the YAML block on lines ${y.line}-${n} does not parse (${String((e as Error).message).split("\n")[0]}); its diagnostics are ignored`,
      );
      return;
    }
    readTapYaml(doc, this.last.c);
    if (this.last.c.status === "failed" || this.last.c.status === "errored") this.last.c.details = text.slice(0, 2000);
  }
}

function dedent(lines: string[]): string {
  let min = Number.POSITIVE_INFINITY;
  for (const l of lines) {
    if (l.trim() === "") continue;
    let k = 0;
    while (l.charCodeAt(k) === 32) k++;
    min = Math.min(min, k);
  }
  if (!Number.isFinite(min)) return "";
  return lines.map((l) => l.slice(min)).join("\n");
}

/**
 * `go test -json`: one event per line; a test's final action decides its status. Each package ends
 * with an event of its own (`pass`, `fail` or `skip` without a Test): a package that failed with no
 * failing test (a build error, a panic or timeout outside a test, TestMain) breaks the run, and so
 * does a package whose events stop before that final event (the stream was cut).
 */
export class GoTestJsonParser {
  private readonly lines: LineSplitter;
  private readonly output = new Map<string, string>();
  /** Packages seen, with whether a test of theirs failed and whether they ended. */
  private readonly packages = new Map<string, { failedTests: number; ended: boolean; output: string }>();
  sawCase = false;
  constructor(private readonly sink: CaseSink) {
    this.lines = new LineSplitter((l, n) => this.onLine(l, n));
  }
  write(chunk: string): void {
    this.lines.write(chunk);
  }
  close(): void {
    this.lines.close();
    if (!this.sawCase && this.packages.size === 0) throw new ReportParseError("no test events in go test -json output", this.lines.line);
    for (const [name, p] of this.packages)
      if (!p.ended) this.sink.onBroken?.(`package ${name}: its events stop before its result (pass/fail): the run was cut off`, this.lines.line);
  }
  private onLine(line: string, n: number): void {
    if (line.trim() === "") return;
    let e: { Action?: string; Package?: string; ImportPath?: string; Test?: string; Elapsed?: number; Output?: string };
    try {
      e = JSON.parse(line);
    } catch {
      throw new ReportParseError(`not a JSON event line${this.lines.endedMidLine ? " (the last line is cut off)" : ""}`, n);
    }
    if (!e || typeof e !== "object") throw new ReportParseError("not a JSON event line", n);
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
      if (!pkg) return;
      if (e.Action === "output" && e.Output && pkg.output.length < 2000) pkg.output += e.Output;
      else if (e.Action === "pass" || e.Action === "skip") pkg.ended = true;
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
      if (prev.length < 4000) this.output.set(key, prev + e.Output);
      return;
    }
    const status: CaseStatus | undefined = e.Action === "pass" ? "passed" : e.Action === "fail" ? "failed" : e.Action === "skip" ? "skipped" : undefined;
    if (!status) return;
    this.sawCase = true;
    if (status === "failed" && pkg) pkg.failedTests++;
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
  private failedTests = 0;
  private done: { success: boolean | null | undefined; line: number } | undefined;
  constructor(private readonly sink: CaseSink) {
    this.lines = new LineSplitter((l, n) => this.onLine(l, n));
  }
  write(chunk: string): void {
    this.lines.write(chunk);
  }
  /** The reporter ends with `{"type":"done","success":...}`: without it the run was cut off; `false` with no failing test broke it. */
  close(): void {
    this.lines.close();
    if (!this.sawCase && !this.done) throw new ReportParseError("no testDone events in the Dart JSON report", this.lines.line);
    if (!this.done) this.sink.onBroken?.('no "done" event at the end: the test run was cut off', this.lines.line);
    else if (this.done.success !== true && this.failedTests === 0)
      this.sink.onBroken?.(`the run ended with success: ${String(this.done.success)} and no failing test (a file that failed to load?)`, this.done.line);
  }
  private onLine(line: string, n: number): void {
    if (line.trim() === "" || !line.startsWith("{")) return;
    let e: {
      type?: string;
      test?: { id: number; name: string; root_url?: string; url?: string; root_line?: number; line?: number };
      testID?: number;
      result?: string;
      skipped?: boolean;
      success?: boolean | null;
      hidden?: boolean;
      error?: string;
      time?: number;
    };
    try {
      e = JSON.parse(line);
    } catch {
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
    } else if (e.type === "error" && e.testID !== undefined) {
      this.errors.set(e.testID, e.error ?? "");
    } else if (e.type === "testDone" && e.testID !== undefined && (!e.hidden || (e.result !== undefined && e.result !== "success"))) {
      const t = this.tests.get(e.testID);
      if (!t) return;
      this.sawCase = true;
      const status: CaseStatus = e.skipped ? "skipped" : e.result === "success" ? "passed" : e.result === "error" ? "errored" : "failed";
      if (status === "failed" || status === "errored") this.failedTests++;
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
    let failing = 0;
    for (const t of results.tests as Json[]) {
      const s = String(t.status ?? "");
      let status: CaseStatus =
        s === "passed" ? "passed" : s === "failed" ? "failed" : s === "skipped" || s === "pending" || s === "other" ? "skipped" : "errored";
      if (status === "passed" && (t.flaky === true || (Number(t.retries) > 0 && t.flaky !== false))) status = "flaky";
      if (status === "failed" || status === "errored") failing++;
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
    const summary = results.summary as Json | undefined;
    const declared = Number(summary?.failed) || 0;
    if (declared > 0 && failing === 0) sink.onBroken?.(`the summary says ${count(declared, "test")} failed, but no test in the report failed`);
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
    // Hook failures ("before all" hook ...) are in `failures` but not in `tests`: mocha counts them as
    // failures (stats.failures) and fails the run, so they are failed tests here too.
    const inTests = new Set((d.tests as Json[]).map((t) => String(t.fullTitle ?? t.title ?? "")));
    for (const f of (d.failures as Json[] | undefined) ?? []) {
      const full = String(f.fullTitle ?? f.title ?? "");
      if (inTests.has(full)) continue;
      const err = f.err as Json | undefined;
      const title = String(f.title ?? full);
      sink.onCase({
        suite: full.endsWith(title) ? full.slice(0, full.length - title.length).trim() : "",
        name: title,
        status: "failed",
        durationMs: Number(f.duration) || 0,
        file: f.file as string | undefined,
        message: String(err?.message ?? "a hook failed"),
        details: err?.stack === undefined ? undefined : String(err.stack),
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
    const outside = Number((d.summary as Json).errors_outside_of_examples_count) || 0;
    if (outside > 0) {
      const msg = Array.isArray(d.messages) ? String(d.messages[0] ?? "").split("\n")[0] : "";
      sink.onBroken?.(`${count(outside, "error")} occurred outside of examples (a spec file failed to load)${msg ? `: ${msg.slice(0, 300)}` : ""}`);
    }
    return "rspec";
  }
  return undefined;
}
