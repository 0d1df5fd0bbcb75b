/**
 * A hand-written streaming scanner for JUnit XML reports. Pure: string chunks in, cases out.
 *
 * Why hand-written: saxes, a general XML parser, visits every character and builds an attribute
 * record for every element; feeding the report model, it reached 79 MB/s on the 100 MiB bench file.
 * This scanner jumps from `<` to `<` with indexOf, walks each tag by hand, keeps attribute values
 * only for the elements and attributes the model reads (`ATTRIBUTE_ELEMENTS`, `JunitAttributes`),
 * and decodes text only while a failure message is captured. `<testcase` and the model's attribute
 * names right before "=" are matched with startsWith, not walked character by character, and the
 * buffer is kept a flat string: together ~20% less CPU time than the first version (135 against 109
 * MB/s CPU on 100 MiB), 1.3-1.6x raw saxes counting tags with no model at all. `npx tsx bench/run.ts gate`
 * measures it (bench/gate), docs/gate.md has the figures. The test-case semantics are not here but
 * in the shared `ReportBuilder`, and test/unit/gate/junit-scanner.test.ts runs both parsers over
 * every JUnit fixture and a generated file, at many chunk sizes, and requires equal results.
 *
 * What it checks: tags and attributes are well formed (quoted values, no `<` in them, no duplicate
 * attribute the model reads), end tags match, one root, no text outside it, the five predefined
 * entities and numeric character references in the attributes and text it reads (any other entity
 * is an error); comments, CDATA and processing instructions are skipped, streamed when long; a
 * truncated file fails with its line. What it refuses: a DOCTYPE with an internal subset
 * (`[ <!ENTITY ... ]`): entities are never expanded, so an XXE or billion-laughs report fails at
 * once. What it does not check, unlike saxes: entity references and stray `&` in text it skips
 * (system-out, whitespace) and the syntax of values it does not keep, none of which can change a
 * count.
 */
import type { CaseSink } from "./model.js";
import { ATTRIBUTE_ELEMENTS, NO_ROOT, ReportBuilder, ReportParseError, type XmlFormat } from "./xml-reports.js";

const END_NAME = /^([^\s/>="'<!?]+)\s*$/;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** The attributes the model reads from JUnit elements (see ReportBuilder.openJUnit); others are skipped unread. */
interface JunitAttributes {
  name: string | undefined;
  classname: string | undefined;
  time: string | undefined;
  file: string | undefined;
  filepath: string | undefined;
  line: string | undefined;
  lineno: string | undefined;
  status: string | undefined;
  result: string | undefined;
  message: string | undefined;
  type: string | undefined;
  tests: string | undefined;
  failures: string | undefined;
  errors: string | undefined;
  skipped: string | undefined;
  disabled: string | undefined;
}
/** Element names of a JUnit report as constants: no substring, and a Set lookup on a string whose hash V8 has cached. */
const ELEMENT_NAMES = ["testcase", "testsuite", "testsuites", "failure", "error", "skipped", "system-out", "system-err", "properties", "property"];

function elementName(s: string, from: number, length: number): string {
  if (length === 8 && s.startsWith("testcase", from)) return "testcase";
  for (const known of ELEMENT_NAMES) if (known.length === length && s.startsWith(known, from)) return known;
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
function isRest(s: string, from: number, word: string): boolean {
  for (let j = 1; j < word.length; j++) if (s.charCodeAt(from + j) !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * Which of the model's attributes `s[from, from + length)` names (0: none), without slicing it out:
 * this runs for every attribute of every test case, so it dispatches on length and first character
 * and compares char codes rather than calling startsWith several times.
 */
function junitAttribute(s: string, from: number, length: number): number {
  const c = s.charCodeAt(from);
  switch (length) {
    case 4:
      if (c === 110 /* n */) return isRest(s, from, "name") ? NAME : 0;
      if (c === 116 /* t */) return isRest(s, from, "time") ? TIME : isRest(s, from, "type") ? TYPE : 0;
      if (c === 102 /* f */) return isRest(s, from, "file") ? FILE : 0;
      if (c === 108 /* l */) return isRest(s, from, "line") ? LINE : 0;
      return 0;
    case 5:
      return c === 116 /* t */ && isRest(s, from, "tests") ? TESTS : 0;
    case 6:
      if (c === 115 /* s */) return isRest(s, from, "status") ? STATUS : 0;
      if (c === 114 /* r */) return isRest(s, from, "result") ? RESULT : 0;
      if (c === 108 /* l */) return isRest(s, from, "lineno") ? LINENO : 0;
      if (c === 101 /* e */) return isRest(s, from, "errors") ? ERRORS : 0;
      return 0;
    case 7:
      if (c === 115 /* s */) return isRest(s, from, "skipped") ? SKIPPED : 0;
      return c === 109 /* m */ && isRest(s, from, "message") ? MESSAGE : 0;
    case 8:
      if (c === 102 /* f */) return isRest(s, from, "filepath") ? FILEPATH : isRest(s, from, "failures") ? FAILURES : 0;
      return c === 100 /* d */ && isRest(s, from, "disabled") ? DISABLED : 0;
    case 9:
      return c === 99 /* c */ && isRest(s, from, "classname") ? CLASSNAME : 0;
    default:
      return 0;
  }
}

/** Which of the model's attributes starts at `s[from]` directly followed by "=" (0: none, or spaces around "="). */
function attributeBeforeEquals(s: string, from: number): number {
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
function setAttribute(a: JunitAttributes, key: number, v: string): boolean {
  switch (key) {
    case NAME:
      if (a.name !== undefined) return false;
      a.name = v;
      return true;
    case CLASSNAME:
      if (a.classname !== undefined) return false;
      a.classname = v;
      return true;
    case TIME:
      if (a.time !== undefined) return false;
      a.time = v;
      return true;
    case FILE:
      if (a.file !== undefined) return false;
      a.file = v;
      return true;
    case FILEPATH:
      if (a.filepath !== undefined) return false;
      a.filepath = v;
      return true;
    case LINE:
      if (a.line !== undefined) return false;
      a.line = v;
      return true;
    case LINENO:
      if (a.lineno !== undefined) return false;
      a.lineno = v;
      return true;
    case STATUS:
      if (a.status !== undefined) return false;
      a.status = v;
      return true;
    case RESULT:
      if (a.result !== undefined) return false;
      a.result = v;
      return true;
    case MESSAGE:
      if (a.message !== undefined) return false;
      a.message = v;
      return true;
    case TESTS:
      if (a.tests !== undefined) return false;
      a.tests = v;
      return true;
    case FAILURES:
      if (a.failures !== undefined) return false;
      a.failures = v;
      return true;
    case ERRORS:
      if (a.errors !== undefined) return false;
      a.errors = v;
      return true;
    case SKIPPED:
      if (a.skipped !== undefined) return false;
      a.skipped = v;
      return true;
    case DISABLED:
      if (a.disabled !== undefined) return false;
      a.disabled = v;
      return true;
    default:
      if (a.type !== undefined) return false;
      a.type = v;
      return true;
  }
}
/** One object shape for every element keeps V8's property access monomorphic. */
function newAttributes(): JunitAttributes {
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
const NO_ATTRIBUTES: JunitAttributes = Object.freeze(newAttributes());

function clearAttributes(a: JunitAttributes): JunitAttributes {
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
for (const c of [32, 10, 9, 13]) CLASS[c] = 3;
for (let c = 0; c < 32; c++) CLASS[c] = (CLASS[c] as number) | 2;
for (const c of [47, 62, 61, 34, 39, 60]) CLASS[c] = 2;

function isSpace(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & 1) !== 0;
}

/** Ends a tag or attribute name. NaN (past the end) is not a name end: callers check the bound. */
function isNameEnd(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & 2) !== 0;
}

function isNameStart(c: number): boolean {
  return !(c === 33 || c === 63 || c === 45 || c === 46 || (c >= 48 && c <= 57));
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Streaming JUnit scanner with the same interface and results as `XmlReportParser`. */
export class JunitScanner {
  private readonly builder: ReportBuilder;
  private buf = "";
  /** Line number of `buf[0]`. */
  private line = 1;
  /** Offset in `buf` of the tag being handled, for the builder's errors. */
  private at = 0;
  private readonly stack: string[] = [];
  private readonly attrs = newAttributes();
  private sawRoot = false;
  private isStart = true;
  private failed: ReportParseError | undefined;
  /** Inside a comment, CDATA section or processing instruction cut by a chunk boundary. */
  private skipping: { end: string; isCdata: boolean } | undefined;

  constructor(private readonly sink: CaseSink) {
    this.builder = new ReportBuilder(sink, () => this.line + countLines(this.buf, 0, this.at));
  }

  get format(): XmlFormat | undefined {
    return this.builder.format;
  }

  get sawCase(): boolean {
    return this.builder.sawCase;
  }

  /** Feeds the next chunk; a construct cut by the chunk boundary waits for the next one. */
  write(chunk: string): void {
    if (this.failed) throw this.failed;
    if (this.isStart) {
      this.isStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    // join, not "+": "+" makes a cons string, and every charCodeAt in the tag walk then goes through
    // V8's indirection to the flattened copy; join builds a flat string. 12% of the parse time on
    // the 100 MiB bench file (bench/gate).
    this.buf = this.buf.length === 0 ? chunk : [this.buf, chunk].join("");
    this.guard(() => this.scan(false));
  }

  /** Ends the input; throws ReportParseError when it is truncated or holds no report. */
  close(): void {
    if (this.failed) throw this.failed;
    this.guard(() => this.scan(true));
    if (this.stack.length > 0) this.fail(`unclosed tag: ${this.stack.at(-1)}`, this.buf.length);
    if (!this.builder.format) throw new ReportParseError(NO_ROOT, this.line);
  }

  private guard(f: () => void): void {
    try {
      f();
    } catch (e) {
      this.failed = e instanceof ReportParseError ? e : new ReportParseError(String((e as Error).message), this.line);
      throw this.failed;
    }
  }

  /** Throws with the line of offset `at` in the buffer, counted only now. */
  private fail(message: string, at: number): never {
    throw new ReportParseError(message, this.line + countLines(this.buf, 0, at));
  }

  /** Drops `buf[0..upto)`, counting its newlines. */
  private consume(upto: number): void {
    if (upto === 0) return;
    this.line += countLines(this.buf, 0, upto);
    this.buf = upto >= this.buf.length ? "" : this.buf.slice(upto);
  }

  private scan(isFinal: boolean): void {
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
        if (isFinal) this.fail(`unexpected end of file inside ${isCdata ? "a CDATA section" : end === "-->" ? "a comment" : "a processing instruction"}`, n);
        // Long comments and CDATA (a 50 MB system-out) are dropped as they stream, not buffered;
        // the last characters stay in case the terminator is cut.
        const keep = Math.max(0, n - end.length + 1);
        if (isCdata && b.isCapturing) b.onText(lineEnds(s.slice(0, keep)));
        this.consume(keep);
        return;
      }
      if (isCdata && b.isCapturing) b.onText(lineEnds(s.slice(0, at)));
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
          if (keep === n && s.charCodeAt(n - 1) === 13) keep = n - 1;
          this.text(i, keep);
          this.consume(keep);
          return;
        }
        this.text(i, n);
        i = n;
        break;
      }
      if (lt > i) this.text(i, lt);
      if (lt + 1 >= n) {
        if (isFinal) this.fail("unexpected end of file inside a tag", lt);
        this.consume(lt);
        return;
      }
      const c = s.charCodeAt(lt + 1);
      let next: number;
      if (c === 47 /* / */) next = this.endTag(lt, isFinal);
      else if (c === 33 /* ! */) next = this.bang(lt, isFinal);
      else if (c === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end !== -1) next = end + 2;
        else if (isFinal) this.fail("unexpected end of file inside a processing instruction", lt);
        else next = this.streamRest(lt + 2, "?>", false);
      } else next = this.startTag(lt, isFinal);
      if (next === -1) {
        this.consume(lt);
        if (this.buf.length > MAX_PENDING) this.fail(`a tag longer than ${MAX_PENDING / 1024 / 1024} MB: the report is malformed`, 0);
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
  private nextLessThan = -2;

  /** Characters left in the buffer by a construct that now streams (see `skipping`). */
  private keptTail = 0;

  /**
   * A comment, CDATA section or processing instruction from `start` (its content) runs past the
   * buffer: switch to streaming it. Returns -2, which tells `scan` to keep only `keptTail` chars.
   */
  private streamRest(start: number, end: string, isCdata: boolean): number {
    const s = this.buf;
    const keep = Math.max(start, s.length - end.length + 1);
    if (isCdata && this.builder.isCapturing) this.builder.onText(lineEnds(s.slice(start, keep)));
    this.skipping = { end, isCdata };
    this.keptTail = s.length - keep;
    return -2;
  }

  /** Text between tags: checked outside the root, decoded only while the builder captures it. */
  private text(from: number, to: number): void {
    const s = this.buf;
    if (this.stack.length === 0) {
      for (let k = from; k < to; k++) {
        const ch = s.charCodeAt(k);
        if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9)
          this.fail(this.sawRoot ? "text data outside of root node" : "text data before the root element", k);
      }
      return;
    }
    if (this.builder.isCapturing) this.builder.onText(this.decode(lineEnds(s.slice(from, to)), from));
  }

  /**
   * A start tag at `lt`, walked by hand: jumping to each attribute's closing quote with indexOf and
   * keeping only the values the model reads (`JunitAttributes`), which is where the scanner beats a
   * general parser. Returns the offset after the tag, or -1 when the tag runs past the buffer.
   */
  private startTag(lt: number, isFinal: boolean): number {
    const s = this.buf;
    const n = s.length;
    let k = lt + 1;
    let name: string;
    // Nearly every tag of a big report is a test case: recognise it without the walk and the lookup.
    if (s.startsWith("testcase", k) && isNameEnd(s.charCodeAt(k + 8))) {
      name = "testcase";
      k += 8;
    } else {
      while (k < n && !isNameEnd(s.charCodeAt(k))) k++;
      if (k >= n) return this.cut(lt, isFinal);
      name = elementName(s, lt + 1, k - lt - 1);
    }
    if (name === "" || !isNameStart(name.charCodeAt(0))) this.malformed(lt);
    const wanted = name === "testcase" || ATTRIBUTE_ELEMENTS.has(name);
    // One record reused for every tag (the builder copies what it keeps): no allocation per case.
    const a: JunitAttributes = wanted ? clearAttributes(this.attrs) : NO_ATTRIBUTES;
    let isEmpty = false;
    for (;;) {
      const before = k;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return this.cut(lt, isFinal);
      const c = s.charCodeAt(k);
      if (c === 62 /* > */) {
        k++;
        break;
      }
      if (c === 47 /* / */) {
        if (k + 1 >= n) return this.cut(lt, isFinal);
        if (s.charCodeAt(k + 1) !== 62) this.malformed(lt);
        isEmpty = true;
        k += 2;
        break;
      }
      // An attribute: needs whitespace before it, a name, "=", a quoted value without "<".
      if (k === before) this.malformed(lt);
      const keyStart = k;
      // Fast path: a name the model reads right before "=" is valid as it stands, so the walk over
      // its characters is skipped. Anything else (other names, spaces around "=") takes the walk.
      let key = wanted ? attributeBeforeEquals(s, k) : 0;
      if (key !== 0) k += (ATTRIBUTE_LENGTHS[key] as number) + 1;
      else {
        while (k < n && !isNameEnd(s.charCodeAt(k))) k++;
        const keyEnd = k;
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        if (k >= n) return this.cut(lt, isFinal);
        if (keyEnd === keyStart || s.charCodeAt(k) !== 61 /* = */) this.malformed(lt);
        k++;
        if (wanted) key = junitAttribute(s, keyStart, keyEnd - keyStart);
      }
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return this.cut(lt, isFinal);
      const q = s.charCodeAt(k);
      if (q !== 34 && q !== 39) this.malformed(lt);
      const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
      if (close === -1) return this.cut(lt, isFinal);
      if (key !== 0) {
        const v = this.hasSpecial(s, k + 1, close) ? this.decode(lineEnds(s.slice(k + 1, close)).replace(/[\t\n]/g, " "), lt) : s.slice(k + 1, close);
        if (!setAttribute(a, key, v)) this.fail(`duplicate attribute: ${ATTRIBUTE_NAMES[key]}`, lt);
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
      if (this.sawRoot) this.fail("a second root element: a report has exactly one", lt);
      this.sawRoot = true;
    }
    this.builder.onOpen(name, a as unknown as Record<string, string>);
    if (isEmpty) this.builder.onClose(name);
    else this.stack.push(name);
    return k;
  }

  /** A tag cut by the end of the buffer: wait for more, or fail at the end of the file. */
  private cut(lt: number, isFinal: boolean): number {
    if (isFinal) this.fail("unexpected end of file inside a tag (the report is truncated)", lt);
    return -1;
  }

  private malformed(lt: number): never {
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
  private hasSpecial(s: string, from: number, to: number): boolean {
    const next = this.special;
    for (let k = 0; k < 4; k++) {
      let at = next[k] as number;
      if (at === -1) continue;
      if (at < from) {
        at = s.indexOf(SPECIALS[k] as string, from);
        next[k] = at;
        if (at === -1) continue;
      }
      if (at < to) return true;
    }
    return false;
  }

  /** Next offsets of `SPECIALS` in the buffer being scanned (-1: none left, -2: not searched yet). */
  private readonly special = new Float64Array(4);

  private endTag(lt: number, isFinal: boolean): number {
    const s = this.buf;
    const gt = s.indexOf(">", lt + 2);
    if (gt === -1) {
      if (isFinal) this.fail("unexpected end of file inside a closing tag", lt);
      return -1;
    }
    const name = END_NAME.exec(s.slice(lt + 2, gt))?.[1];
    if (!name) this.fail(`malformed closing tag ${JSON.stringify(s.slice(lt, gt + 1).slice(0, 80))}`, lt);
    const open = this.stack.pop();
    if (open !== name) this.fail(open ? `unexpected close tag </${name}>; expected </${open}>` : `unmatched closing tag </${name}>`, lt);
    this.builder.onClose(name);
    return gt + 1;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
  private bang(lt: number, isFinal: boolean): number {
    const s = this.buf;
    const waitOrFail = (what: string): number => {
      if (isFinal) this.fail(`unexpected end of file inside ${what}`, lt);
      return -1;
    };
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      if (end !== -1) return end + 3;
      return isFinal ? waitOrFail("a comment") : this.streamRest(lt + 4, "-->", false);
    }
    if (s.startsWith("<![CDATA[", lt)) {
      if (this.stack.length === 0) this.fail("CDATA outside of root node", lt);
      const end = s.indexOf("]]>", lt + 9);
      if (end === -1) return isFinal ? waitOrFail("a CDATA section") : this.streamRest(lt + 9, "]]>", true);
      if (this.builder.isCapturing) this.builder.onText(lineEnds(s.slice(lt + 9, end)));
      return end + 3;
    }
    if (s.startsWith("<!DOCTYPE", lt)) {
      const gt = s.indexOf(">", lt);
      const subset = s.indexOf("[", lt);
      if (subset !== -1 && (gt === -1 || subset < gt))
        this.fail("the report declares entities in its DOCTYPE; Shipline never expands them (undefined entity): generate the report without a DOCTYPE", lt);
      if (gt === -1) return waitOrFail("a DOCTYPE");
      if (this.sawRoot) this.fail("a DOCTYPE after the root element", lt);
      this.sink.onWarning?.("the report has a DOCTYPE declaration; its entities are not expanded");
      return gt + 1;
    }
    if (!isFinal && s.length - lt < 9) return -1;
    return this.fail(`malformed markup ${JSON.stringify(s.slice(lt, lt + 20))}`, lt);
  }

  /** Decodes the five predefined entities and numeric character references; anything else is an error. */
  private decode(t: string, at: number): string {
    let amp = t.indexOf("&");
    if (amp === -1) return t;
    let out = "";
    let from = 0;
    while (amp !== -1) {
      const semi = t.indexOf(";", amp + 1);
      const ref = semi === -1 ? "" : t.slice(amp + 1, semi);
      let ch: string | undefined;
      if (ref.startsWith("#")) {
        const cp = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? Number.parseInt(ref.slice(2), 16) : /^#\d{1,7}$/.test(ref) ? Number(ref.slice(1)) : Number.NaN;
        if (!isXmlChar(cp)) this.fail(`malformed character entity: &${ref.slice(0, 12)};`, at);
        ch = String.fromCodePoint(cp);
      } else ch = NAMED[ref];
      if (ch === undefined) this.fail(`undefined entity: ${ref.slice(0, 40) || "a bare &"} (entities from a DOCTYPE are not expanded)`, at);
      out += t.slice(from, amp) + ch;
      from = (semi as number) + 1;
      amp = t.indexOf("&", from);
    }
    return out + t.slice(from);
  }
}

/** XML end-of-line handling: CRLF and lone CR become LF. */
function lineEnds(t: string): string {
  return t.indexOf("\r") === -1 ? t : t.replace(/\r\n?/g, "\n");
}

function countLines(s: string, from: number, to: number): number {
  let lines = 0;
  let k = s.indexOf("\n", from);
  while (k !== -1 && k < to) {
    lines++;
    k = s.indexOf("\n", k + 1);
  }
  return lines;
}
