import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCoverageParser } from "../../../src/gate/core/coverage.js";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator, mergeCoverage, pct } from "../../../src/gate/core/model.js";
import { ReportParseError } from "../../../src/gate/core/xml-reports.js";
import { ROOT } from "../../helpers/runner.js";

const fixture = (name: string) => readFileSync(join(ROOT, "test/fixtures/gate", name), "utf8");

/** Feeds a report in small chunks, as a stream would, and returns the aggregate. */
function parse(text: string, chunk = 37) {
  const agg = new Aggregator();
  const p = detectReportParser(text.slice(0, 512), agg);
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  p.close();
  return { agg, format: p.format };
}

describe("test report parsers", () => {
  it.each([
    ["surefire-flaky.xml", "junit", { tests: 5, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 1 }],
    ["phpunit-nested.xml", "junit", { tests: 3, passed: 2, failed: 1, errored: 0, skipped: 0, flaky: 0 }],
    ["nunit3.xml", "nunit3", { tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1 }],
    ["nunit2.xml", "nunit2", { tests: 3, passed: 1, failed: 1, skipped: 1 }],
    ["xunit.xml", "xunit", { tests: 3, passed: 1, failed: 1, skipped: 1 }],
    ["results.trx", "trx", { tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1 }],
    ["tap14.tap", "tap", { tests: 5, passed: 2, failed: 1, skipped: 2 }],
    ["ctrf.json", "ctrf", { tests: 4, passed: 1, failed: 1, skipped: 1, flaky: 1 }],
    ["mocha.json", "mocha", { tests: 3, passed: 1, failed: 1, skipped: 1 }],
    ["go-test.json", "go-test-json", { tests: 3, passed: 1, failed: 1, skipped: 1 }],
    ["rspec.json", "rspec", { tests: 3, passed: 1, failed: 1, skipped: 1 }],
    ["dart.json", "dart-json", { tests: 2, passed: 1, failed: 1 }],
  ])("counts %s exactly by its own semantics (%s)", (file, format, totals) => {
    const { agg, format: f } = parse(fixture(file));
    expect(f).toBe(format);
    expect(agg.totals).toMatchObject(totals);
  });

  it("keeps failure messages and file:line for annotations", () => {
    const { agg } = parse(fixture("phpunit-nested.xml"));
    expect(agg.failures[0]).toMatchObject({
      id: "Tests.MathTest > testDiv",
      file: "/app/tests/MathTest.php",
      line: 20,
      message: "Failed asserting that 2 matches expected 3.",
    });
    const tap = parse(fixture("tap14.tap")).agg;
    expect(tap.failures[0]).toMatchObject({ id: "parser > reads bodies", message: "expected 1, got 2", file: "test/parser.test.js", line: 12 });
    const go = parse(fixture("go-test.json")).agg;
    expect(go.failures[0]).toMatchObject({ file: "calc_test.go", line: 21 });
  });

  it("treats a TAP bail out as a broken run, counting the points before it as tap-parser does", () => {
    const { agg } = parse(fixture("bailout.tap"));
    // tap-parser: count 1, pass 1, bailout true, ok false.
    expect(agg.totals).toMatchObject({ tests: 1, passed: 1, errored: 0 });
    expect(agg.broken).toEqual([":4: Bail out! database unreachable: the test run stopped"]);
  });

  it("reads TAP 12: no version line, bare ok / not ok, # SKIP in any case, TODO, and stops at Bail out!", () => {
    const { agg, format } = parse(fixture("tap12.tap"));
    expect(format).toBe("tap");
    // 7 test lines before the bail out; "ok 8" after it is ignored. A failing TODO counts as skipped.
    expect(agg.totals).toEqual({ tests: 7, passed: 2, failed: 2, errored: 0, skipped: 3, flaky: 0, durationMs: 0 });
    expect(agg.failures.map((f) => f.id)).toEqual(["reads the config", "test 7"]);
    expect(agg.broken).toEqual([":9: test 7 is outside the plan 1..6", ":10: Bail out! Couldn't connect to the database.: the test run stopped"]);
  });

  it("never expands entities: an XXE report leaks nothing", () => {
    expect(() => parse(fixture("xxe.xml"))).toThrow(/undefined entity/);
    try {
      parse(fixture("xxe.xml"));
    } catch (e) {
      expect(String((e as Error).message)).not.toContain("root:");
    }
  });

  it("stops a billion-laughs report at once with bounded memory", () => {
    const before = process.memoryUsage().heapUsed;
    expect(() => parse(fixture("billion-laughs.xml"))).toThrow(ReportParseError);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it.each([
    ["truncated.xml", /unclosed|unexpected end|attribute/i],
    ["binary.xml", /binary/],
  ])("names the problem in %s with a line", (file, re) => {
    let err: ReportParseError | undefined;
    try {
      parse(fixture(file));
    } catch (e) {
      err = e as ReportParseError;
    }
    expect(err).toBeInstanceOf(ReportParseError);
    expect(err?.message).toMatch(re);
    expect(err?.line).toBeGreaterThan(0);
  });

  it("reads every form of a JUnit time attribute as Number() does, in milliseconds", () => {
    const times = ["0.015", "12", "1.", ".5", "1e-3", "007.250", "123456789012.5", "-1", "abc", ""];
    const xml = `<testsuite>${times.map((t, i) => `<testcase name="t${i}" time="${t}"/>`).join("")}<testcase name="none"/></testsuite>`;
    const { agg } = parse(xml);
    expect(agg.totals.durationMs).toBeCloseTo(15 + 12000 + 1000 + 500 + 1 + 7250 + 123456789012500, 3);
  });

  it("counts nested suites once and ignores suite totals", () => {
    const xml = `<testsuites tests="999"><testsuite name="a" tests="500"><testsuite name="b"><testcase name="x" classname="b"/></testsuite><testcase name="y" classname="a"/></testsuite></testsuites>`;
    expect(parse(xml).agg.totals.tests).toBe(2);
  });
});

describe("JUnit dialects, each written as the tool writes it", () => {
  const none = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  it.each([
    // file, totals, durationMs, the failures (id, file, line, message) in report order
    [
      "jest-junit.xml",
      { tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1 },
      16,
      [
        { id: "Calculator > divides", file: "src/calc.test.js", line: undefined, message: "Error: expect(received).toBe(expected) // Object.is equality" },
        { id: "Test suite failed to run > src/broken.test.js", file: "src/broken.test.js", line: undefined, message: "● Test suite failed to run" },
      ],
    ],
    [
      "gradle.xml",
      { tests: 5, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 1 },
      231,
      [
        { id: "com.example.CalcTest > divides()", message: "org.opentest4j.AssertionFailedError: expected: <3> but was: <2>" },
        { id: "com.example.CalcTest > parses()", message: 'java.lang.NullPointerException: Cannot invoke "String.trim()" because "s" is null' },
      ],
    ],
    [
      "go-junit-report.xml",
      { tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1 },
      1,
      [
        { id: "example.com/calc > TestDiv", file: "calc_test.go", line: 21, message: "calc_test.go:21: Div(4, 2) = 2, want 3" },
        { id: "example.com/calc/parse > TestParse", file: undefined, message: "No test result found" },
      ],
    ],
    [
      "gotestsum.xml",
      { tests: 4, passed: 2, failed: 1, skipped: 1 },
      9,
      [{ id: "example.com/calc > TestDiv", file: "calc_test.go", line: 21, message: "calc_test.go:21: Div(4, 2) = 2, want 3" }],
    ],
    [
      // Gradle test-retry without mergeReruns: 9 attempts of 4 tests; refunds() and settles() passed on a retry.
      "gradle-test-retry.xml",
      { tests: 4, passed: 1, failed: 1, flaky: 2 },
      2564,
      [{ id: "com.example.PaymentTest > declines()", message: "org.opentest4j.AssertionFailedError: expected: <402> but was: <503>" }],
    ],
    [
      // gotestsum --rerun-fails: the reruns follow in the same suite; tax's TestTotal is another test.
      "gotestsum-rerun-fails.xml",
      { tests: 6, passed: 3, failed: 1, flaky: 2 },
      737,
      [{ id: "example.com/shop/cart > TestTotal", file: "cart_test.go", line: 61, message: "cart_test.go:61: Total() = 8, want 10" }],
    ],
    [
      "mocha-junit-reporter.xml",
      { tests: 4, passed: 2, failed: 1, skipped: 1 },
      31,
      [{ id: "Calculator > divides", file: "/home/runner/work/app/test/calc.spec.js", message: "expected 2 to equal 3" }],
    ],
    [
      "bazel-gtest.xml",
      { tests: 5, passed: 2, failed: 1, skipped: 2 },
      3,
      [{ id: "CalcTest > Divides", file: "calc/calc_test.cc", line: 10, message: expect.stringMatching(/^calc\/calc_test\.cc:11\nExpected equality/) }],
    ],
    ["bazel-sh-test.xml", { tests: 1, errored: 1 }, 3000, [{ id: "//tools:lint_test > //tools:lint_test", message: "exited with error code 1" }]],
    [
      "catch2.xml",
      { tests: 7, passed: 2, failed: 2, errored: 1, skipped: 2 },
      0,
      [
        { id: "calc_tests.global > divides", file: "/src/calc/calc_test.cpp", line: 14, message: "Div(4, 2) == 3" },
        { id: "calc_tests.global > vectors/shrinks", file: "/src/calc/calc_test.cpp", line: 31, message: "v.size() == 0" },
        { id: "calc_tests.global > parses", file: "/src/calc/calc_test.cpp", line: 38, message: 'TEST_CASE( "parses" )' },
      ],
    ],
    [
      "nextest.xml",
      { tests: 5, passed: 1, failed: 2, errored: 1, flaky: 1 },
      2404,
      [
        { id: "calc > tests::divides", file: "src/lib.rs", line: 20, message: "thread 'tests::divides' panicked at src/lib.rs:20:9:" },
        { id: "calc > tests::always_times_out", file: undefined, message: "test timeout" },
        { id: "calc::integration > starts_server", message: "execution failure" },
      ],
    ],
    ["scalatest.xml", { tests: 4, passed: 1, failed: 1, skipped: 2 }, 24, [{ id: "com.example.CalcSpec > Calc should divide", message: "2 did not equal 3" }]],
  ])("counts %s exactly", (file, totals, durationMs, failures) => {
    const { agg, format } = parse(fixture(`junit/${file}`));
    expect(format).toBe("junit");
    const { durationMs: d, ...counts } = agg.totals;
    expect(counts).toEqual({ ...none, ...totals });
    expect(d).toBeCloseTo(durationMs, 6);
    expect(agg.failures).toHaveLength(failures.length);
    for (const [i, f] of failures.entries()) expect(agg.failures[i]).toMatchObject(f);
  });

  it("keeps flaky tests with the message of their failed attempt", () => {
    expect(parse(fixture("junit/nextest.xml")).agg.flaky[0]).toMatchObject({ id: "calc > tests::fetches", message: "test failure" });
    expect(parse(fixture("junit/gradle.xml")).agg.flaky[0]).toMatchObject({
      id: "com.example.CalcTest > retried()",
      message: "java.net.SocketTimeoutException: Read timed out",
    });
  });

  it("keeps a test that passed on a retry as flaky with its last failure, and out of the failing ids", () => {
    const gradle = parse(fixture("junit/gradle-test-retry.xml")).agg;
    expect(gradle.flaky.map((f) => [f.id, f.status, f.message])).toEqual([
      ["com.example.PaymentTest > refunds()", "flaky", "java.net.SocketTimeoutException: Read timed out"],
      ["com.example.PaymentTest > settles()", "flaky", "org.opentest4j.AssertionFailedError: expected: <SETTLED> but was: <AUTHORIZED>"],
    ]);
    expect([...gradle.failedIds]).toEqual(["com.example.PaymentTest > declines()"]);
    const go = parse(fixture("junit/gotestsum-rerun-fails.xml")).agg;
    expect(go.flaky.map((f) => [f.id, f.line])).toEqual([
      ["example.com/shop/cart > TestCheckout/with_coupon", 48],
      ["example.com/shop/cart > TestCheckout", undefined],
    ]);
    expect([...go.failedIds]).toEqual(["example.com/shop/cart > TestTotal"]);
  });
});

describe("coverage parsers", () => {
  function cov(text: string) {
    const p = detectCoverageParser(text);
    p.write(text);
    const files = p.close();
    return { format: p.format, ...mergeCoverage(files) };
  }

  it.each([
    ["lcov.info", "lcov", { linesTotal: 6, linesCovered: 5, branchesTotal: 2, branchesCovered: 1 }],
    ["cobertura.xml", "cobertura", { linesTotal: 4, linesCovered: 3, branchesTotal: 2, branchesCovered: 1 }],
    ["jacoco.xml", "jacoco", { linesTotal: 3, linesCovered: 2, branchesTotal: 2, branchesCovered: 1 }],
    ["clover.xml", "clover", { linesTotal: 3, linesCovered: 2, branchesTotal: 2, branchesCovered: 1 }],
    ["coverage-summary.json", "istanbul-summary", { linesTotal: 10, linesCovered: 8, branchesTotal: 4, branchesCovered: 2 }],
  ])("reads %s (%s)", (file, format, totals) => {
    const r = cov(fixture(file));
    expect(r.format).toBe(format);
    expect(r.totals).toEqual(totals);
  });

  it("reads Istanbul coverage-final.json: a line's hits are its best statement's, branches count each arm", () => {
    const r = cov(fixture("coverage-final.json"));
    expect(r.format).toBe("istanbul-final");
    // calc.js: lines 1,2,3,5,6 (line 3 holds a 0-hit and a 2-hit statement: covered) -> 3/5;
    // branches [5,0] and [0,0,1] -> 2/5. util.js: lines 1,2,4,5 -> 3/4; no branches.
    expect(r.totals).toEqual({ linesTotal: 9, linesCovered: 6, branchesTotal: 5, branchesCovered: 2 });
    expect(pct(r.totals.linesCovered, r.totals.linesTotal)).toBe(66.67);
    expect(pct(r.totals.branchesCovered, r.totals.branchesTotal)).toBe(40);
    const byFile = Object.fromEntries(r.files.map((f) => [f.file, [pct(f.linesCovered, f.linesTotal), pct(f.branchesCovered, f.branchesTotal)]]));
    expect(byFile).toEqual({ "/home/runner/work/app/src/calc.js": [60, 40], "/home/runner/work/app/src/util.js": [75, undefined] });
    const calc = r.files.find((f) => f.file.endsWith("calc.js"));
    expect([...(calc?.lineHits ?? [])]).toEqual([
      [1, 1],
      [2, 5],
      [3, 2],
      [5, 0],
      [6, 0],
    ]);
  });

  it("keeps hits per line for changed-lines coverage", () => {
    const r = cov(fixture("lcov.info"));
    expect(r.files.find((f) => f.file === "src/calc.ts")?.lineHits?.get(3)).toBe(0);
  });
});
