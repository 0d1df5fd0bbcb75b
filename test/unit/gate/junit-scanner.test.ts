// The hand-written JUnit scanner against the saxes reference: equal results on every JUnit fixture
// and a generated large file, at any chunk boundary; and every way a hostile or broken file fails.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JunitScanner } from "../../../src/gate/core/junit-scanner.js";
import { Aggregator } from "../../../src/gate/core/model.js";
import { ReportParseError, XmlReportParser } from "../../../src/gate/core/xml-reports.js";
import { generateRealistic } from "../../../bench/gate/realistic.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";
import { ROOT } from "../../helpers/runner.js";

const dir = join(ROOT, "test/fixtures/gate");
const BROKEN = new Set(["xxe.xml", "billion-laughs.xml", "truncated.xml", "binary.xml"]);
const junitFixtures = [...readdirSync(dir).map((f) => f), ...readdirSync(join(dir, "junit")).map((f) => `junit/${f}`)].filter(
  (f) => f.endsWith(".xml") && !BROKEN.has(f) && /<testsuites?[\s>]/.test(readFileSync(join(dir, f), "utf8")),
);

function run(kind: "saxes" | "scanner", text: string, chunk: number) {
  const agg = new Aggregator();
  const p = kind === "saxes" ? new XmlReportParser(agg) : new JunitScanner(agg);
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  p.close();
  return { totals: agg.totals, failures: agg.failures, flaky: agg.flaky, slowest: agg.slowest, warnings: agg.warnings, ids: [...agg.failedIds] };
}

function scanError(text: string, chunk = 5): ReportParseError {
  try {
    run("scanner", text, chunk);
  } catch (e) {
    expect(e).toBeInstanceOf(ReportParseError);
    return e as ReportParseError;
  }
  throw new Error("the scanner accepted a broken report");
}

/** A few MB of JUnit exercising everything the scanner must decode or skip, with CRLF line ends. */
function generated(cases: number): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- generated: <testcase name="not a case"/> -->\r\n<testsuites name="gen">\r\n'];
  for (let i = 0; i < cases; i++) {
    if (i % 100 === 0)
      out.push(
        `${i ? "</testsuite>\r\n" : ""}<testsuite name="pkg.S${i / 100}" file='src/s${i / 100}.ts'>\r\n<properties><property name="seed" value="${i}"/></properties>\r\n`,
      );
    const name = `case ${i} &amp; &lt;more&gt; &#233;&#x1F600; "q" 'a'`;
    const k = i % 9;
    if (k === 0) out.push(`<testcase classname="pkg.S" name="${name.replace(/"/g, "&quot;")}" time="0.${i % 1000}"/>\r\n`);
    else if (k === 1)
      out.push(
        `<testcase name='${name.replace(/'/g, "&apos;")}' classname="pkg.S" time="1.5" line="${i}"><failure message="exp\tected&#10;1 &lt; 2" type="AssertionError"><![CDATA[AssertionError: <tag> & stuff\r\n    at src/s.ts:${i}:3]]> tail &amp; more</failure></testcase>\r\n`,
      );
    else if (k === 2)
      out.push(
        `<testcase classname="pkg.S" name="e${i}"><error type="java.lang.NullPointerException"/><system-out><![CDATA[<testcase name="inside cdata"/>]]></system-out></testcase>\r\n`,
      );
    else if (k === 3) out.push(`<testcase classname="pkg.S" name="s${i}" ><skipped message="later &amp; then"/></testcase >\r\n`);
    else if (k === 4)
      out.push(
        `<testcase classname="pkg.S" name="f${i}" time="2"><flakyFailure message="timeout"><system-out>log &lt;x&gt;</system-out></flakyFailure></testcase>\r\n`,
      );
    else if (k === 5)
      out.push(
        `<?pi some="thing"?><testcase classname="pkg.S" name="r${i}"><failure>first line\r\nsecond</failure><rerunFailure message="again"/></testcase>\r\n`,
      );
    else if (k === 6)
      out.push(`<testsuite name="nested${i}"><testcase name="n${i}" time="0.25"><!-- a comment > with < brackets --></testcase></testsuite>\r\n`);
    else if (k === 7) out.push(`<testcase classname="pkg.S" name="g${i}" status="notrun"/>\r\n`);
    else out.push(`<testcase\r\n  classname="pkg.S"\r\n  name="multi\r\nline ${i}"\r\n  time="0.001"></testcase>\r\n`);
  }
  out.push("</testsuite>\r\n</testsuites>\r\n");
  return out.join("");
}

describe("the hand-written JUnit scanner equals the saxes parser", () => {
  it("covers the JUnit fixtures, the retry dialects included", () => {
    expect(junitFixtures.length).toBeGreaterThanOrEqual(14);
    expect(junitFixtures).toEqual(expect.arrayContaining(["junit/gradle-test-retry.xml", "junit/gotestsum-rerun-fails.xml"]));
  });

  it.each(junitFixtures)("on %s, at every chunk size", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const want = run("saxes", text, text.length);
    expect(want.totals.tests).toBeGreaterThan(0);
    for (const chunk of [1, 2, 7, 64, text.length]) expect(run("scanner", text, chunk)).toEqual(want);
  });

  it("on a generated 3 MB file with entities, CDATA, comments, PIs, nesting and CRLF", () => {
    const text = generated(24_000);
    expect(text.length).toBeGreaterThan(3_000_000);
    const want = run("saxes", text, 65_536);
    expect(want.totals).toMatchObject({ tests: 24_000, passed: 7999, failed: 5334, errored: 2667, skipped: 5333, flaky: 2667 });
    expect(run("scanner", text, 65_536)).toEqual(want);
    expect(run("scanner", text, 9_973)).toEqual(want);
    expect(want.failures[0]).toMatchObject({ name: "case 1 & <more> é😀 \"q\" 'a'", message: "exp ected\n1 < 2", line: 1, file: "src/s0.ts" });
    expect(want.failures[0]?.details).toBe("AssertionError: <tag> & stuff\n    at src/s.ts:1:3 tail & more");
  });

  it("reads attributes however they are spelled: spaces around =, names that only start like the model's", () => {
    // The scanner's fast path matches `name=` and `<testcase` literally; everything else must take
    // the general walk and still agree with saxes.
    const text = [
      '<testsuites><testsuite name = "spaced" file ="src/a.ts">',
      '<testcase name = "a" classname\t=\t"k" time= "1.5" line ="3"><failure message ="m" type= "T">x</failure></testcase>',
      '<testcase names="no" name="real" timeout="9" time="0.5" classnames="no" classname="cls" lineno="4" filepath="f.ts" types="no"><error type="E"/></testcase>',
      '<testcasex name="not a case"/><testcase\nname="nl" result="skipped"/><testcase\tname="tab"\tstatus="notrun"/>',
      '<testcase name="t" time="0.25"><skipped message = "later"/></testcase>',
      "</testsuite></testsuites>",
    ].join("\n");
    const want = run("saxes", text, text.length);
    expect(want.totals).toMatchObject({ tests: 5, failed: 1, errored: 1, skipped: 3 });
    expect(want.failures.map((f) => [f.suite, f.name, f.file, f.line, f.message])).toEqual([
      ["k", "a", "src/a.ts", 3, "m"],
      ["cls", "real", "f.ts", 4, "E"],
    ]);
    for (const chunk of [1, 2, 3, 5, 8, 13, text.length]) expect(run("scanner", text, chunk)).toEqual(want);
  });
});

describe("the bench's realistic monorepo shape", () => {
  it("reads the same cases on both paths, with the generator's exact counts", async () => {
    const g = await generateRealistic(tempDir(), 2);
    const text = readFileSync(g.file, "utf8");
    const scanner = run("scanner", text, 64 * 1024);
    expect(run("saxes", text, 64 * 1024)).toEqual(scanner);
    expect(scanner.totals).toMatchObject({ tests: g.cases, failed: g.failed, errored: g.errored, skipped: g.skipped, flaky: 0 });
    expect(g.failed).toBeGreaterThan(50);
    cleanupTempDirs();
  });
});

describe("the scanner on broken and hostile reports", () => {
  it("counts nothing inside comments or CDATA, even across chunk boundaries", () => {
    const text =
      '<testsuite name="s"><!-- <testcase name="x"/> --><testcase name="a"><system-out><![CDATA[<testcase name="y"/>]]></system-out></testcase></testsuite>';
    for (const chunk of [1, 3, 11]) expect(run("scanner", text, chunk).totals.tests).toBe(1);
  });

  it("decodes an entity cut by a chunk boundary", () => {
    const text = '<testsuite><testcase name="a"><failure>x &amp; y &#x41;</failure></testcase></testsuite>';
    for (let chunk = 1; chunk < 12; chunk++) expect(run("scanner", text, chunk).failures[0]?.message).toBe("x & y A");
  });

  it.each([
    ["a truncated tag", '<testsuite name="t">\n<testcase name="a"/>\n<testcase name="b" cla', 3, /unexpected end of file inside a tag/],
    ["an unclosed element (at the end of the file)", '<testsuite name="t">\n<testcase name="a">\n', 3, /unclosed tag: testcase/],
    ["an unquoted attribute", '<testsuite name="t">\n\n<testcase name=a/>\n</testsuite>', 3, /malformed tag .*must be quoted/],
    ["a mismatched end tag", '<testsuite name="t">\n<testcase name="a">\n</testsuite>', 3, /unexpected close tag <\/testsuite>; expected <\/testcase>/],
    ["a duplicate attribute", '<testsuite>\n<testcase name="a" name="b"/>\n</testsuite>', 2, /duplicate attribute: name/],
    ["a duplicate attribute spelled another way", '<testsuite>\n<testcase time="1" classname="c" time = "2"/>\n</testsuite>', 2, /duplicate attribute: time/],
    ["an undefined entity in a failure", '<testsuite>\n<testcase name="a">\n<failure message="&nbsp;"/></testcase></testsuite>', 3, /undefined entity: nbsp/],
    ["a bad character reference", '<testsuite>\n<testcase name="&#0;"/></testsuite>', 2, /malformed character entity/],
    ["text after the root", '<testsuite><testcase name="a"/></testsuite>\n\nextra', 3, /text data outside of root node/],
    ["a second root", "<testsuite/>\n<testsuite/>", 2, /a second root element/],
    ["an unterminated comment", "<testsuite>\n<!-- never closed", 2, /unexpected end of file inside a comment/],
    ["an unterminated CDATA", '<testsuite><testcase name="a"><failure>\n<![CDATA[ never', 2, /inside a CDATA section/],
  ])("reports %s with its line", (_what, text, line, re) => {
    const e = scanError(text);
    expect(e.message).toMatch(re);
    expect(e.line).toBe(line);
    expect(() => run("saxes", text, text.length)).toThrow();
  });

  it("refuses a DOCTYPE that declares entities (XXE): nothing is read or leaked", () => {
    const e = scanError(readFileSync(join(dir, "xxe.xml"), "utf8"));
    expect(e.message).toMatch(/declares entities in its DOCTYPE/);
    expect(e.message).not.toContain("root:");
    expect(e.line).toBe(2);
  });

  it("refuses a billion-laughs report at once, before any expansion", () => {
    const before = process.memoryUsage().heapUsed;
    const e = scanError(readFileSync(join(dir, "billion-laughs.xml"), "utf8"), 1 << 20);
    expect(e.message).toMatch(/declares entities/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });

  it("warns about a DOCTYPE without declarations and reads the report", () => {
    const agg = new Aggregator();
    const p = new JunitScanner(agg);
    p.write('<?xml version="1.0"?>\n<!DOCTYPE testsuite SYSTEM "junit.dtd">\n<testsuite><testcase name="a"/></testsuite>');
    p.close();
    expect(agg.totals.tests).toBe(1);
    expect(agg.warnings).toEqual([": the report has a DOCTYPE declaration; its entities are not expanded"]);
  });

  it("names a root that is not a test report, and an empty document", () => {
    expect(scanError("<html><body/></html>").message).toMatch(/<html> is not the root of a known test report/);
    expect(scanError("<?xml version='1.0'?>\n").message).toMatch(/no test report root element/);
  });

  it("streams a 32 MB system-out CDATA and a long comment instead of buffering them", () => {
    const agg = new Aggregator();
    const p = new JunitScanner(agg);
    const block = "log line <b> & ]] > \n".repeat(3000);
    p.write('<testsuite name="s"><testcase name="a"><system-out><![CDATA[');
    for (let i = 0; i < 500; i++) p.write(block);
    p.write("]]></system-out></testcase><!--");
    for (let i = 0; i < 100; i++) p.write(block);
    p.write('--><testcase name="b"><failure><![CDATA[');
    for (let i = 0; i < 100; i++) p.write(block);
    p.write("]]></failure></testcase></testsuite>");
    p.close();
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    expect(agg.failures[0]?.message).toBe("log line <b> & ]] >");
  });

  it("refuses a single tag longer than 16 MB instead of buffering the file", () => {
    const p = new JunitScanner(new Aggregator());
    p.write('<testsuite name="s">\n<testcase name="');
    const mb = "a".repeat(1024 * 1024);
    let err: unknown;
    try {
      for (let i = 0; i < 20; i++) p.write(mb);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReportParseError);
    expect((err as ReportParseError).message).toMatch(/a tag longer than 16 MB/);
    expect((err as ReportParseError).line).toBe(2);
  });

  it("stays failed after the first error", () => {
    const p = new JunitScanner(new Aggregator());
    expect(() => p.write("<testsuite><testcase name=x/>")).toThrow(ReportParseError);
    expect(() => p.write("</testsuite>")).toThrow(/malformed tag/);
    expect(() => p.close()).toThrow(/malformed tag/);
  });
});
