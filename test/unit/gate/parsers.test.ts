import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCoverageParser } from "../../../src/gate/core/coverage.js";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator, mergeCoverage } from "../../../src/gate/core/model.js";
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

  it("treats a TAP bail out as an errored run", () => {
    const { agg } = parse(fixture("bailout.tap"));
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, errored: 1 });
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

  it("counts nested suites once and ignores suite totals", () => {
    const xml = `<testsuites tests="999"><testsuite name="a" tests="500"><testsuite name="b"><testcase name="x" classname="b"/></testsuite><testcase name="y" classname="a"/></testsuite></testsuites>`;
    expect(parse(xml).agg.totals.tests).toBe(2);
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
    ["clover.xml", "clover", { linesTotal: 2, linesCovered: 1, branchesTotal: 2, branchesCovered: 1 }],
    ["coverage-summary.json", "istanbul-summary", { linesTotal: 10, linesCovered: 8, branchesTotal: 4, branchesCovered: 2 }],
  ])("reads %s (%s)", (file, format, totals) => {
    const r = cov(fixture(file));
    expect(r.format).toBe(format);
    expect(r.totals).toEqual(totals);
  });

  it("keeps hits per line for changed-lines coverage", () => {
    const r = cov(fixture("lcov.info"));
    expect(r.files.find((f) => f.file === "src/calc.ts")?.lineHits?.get(3)).toBe(0);
  });
});
