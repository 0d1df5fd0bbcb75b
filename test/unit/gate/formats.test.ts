// How each format's failures are read, as its own tools read them: every report below says
// something failed, so none may leave the gate green.
import { describe, expect, it } from "vitest";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator } from "../../../src/gate/core/model.js";
import { XmlReportParser } from "../../../src/gate/core/xml-reports.js";

function parse(text: string, chunk = 17) {
  const agg = new Aggregator();
  agg.report = "r";
  const p = detectReportParser(text.slice(0, 1 << 16), agg);
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  p.close();
  return { agg, format: p.format };
}

describe("JUnit suites", () => {
  it("reads a suite with counts and no cases from its counts, and its failures fail", () => {
    const { agg } = parse('<testsuites><testsuite name="api" tests="6" failures="1" skipped="2"/></testsuites>');
    expect(agg.totals).toMatchObject({ tests: 6, passed: 3, failed: 1, skipped: 2 });
    expect(agg.failures.map((f) => f.id)).toEqual(["api > (1 failing test the report counts but does not list)"]);
    expect(agg.failedIds.size).toBe(1);
  });

  it("counts disabled tests as skipped, from suite counts and from cases", () => {
    expect(parse('<testsuite name="a" tests="5" disabled="2" errors="1"></testsuite>').agg.totals).toMatchObject({
      tests: 5,
      passed: 2,
      errored: 1,
      skipped: 2,
    });
    expect(parse('<testsuite name="a"><testcase name="x" status="disabled"/></testsuite>').agg.totals).toMatchObject({ tests: 1, skipped: 1 });
  });

  it("breaks the run when a suite's counts say it failed and none of its cases did", () => {
    const { agg } = parse('<testsuites failures="1"><testsuite name="a" tests="1" failures="1"><testcase name="x"/></testsuite></testsuites>');
    expect(agg.totals).toMatchObject({ tests: 1, passed: 1 });
    expect(agg.broken).toEqual([
      'r:1: suite "a": its counts say 1 failure and 0 errors, but none of its test cases failed (a setup, teardown or crash outside the tests?)',
    ]);
  });

  it("does not call a suite broken for a flaky rerun it counts among its failures (Gradle test-retry)", () => {
    const xml =
      '<testsuite name="a" tests="2" failures="1"><testcase classname="C" name="t"><failure message="boom"/></testcase><testcase classname="C" name="t"/></testsuite>';
    const { agg } = parse(xml);
    expect(agg.totals).toMatchObject({ tests: 1, flaky: 1 });
    expect(agg.broken).toEqual([]);
  });

  it.each(["scanner", "saxes"])('warns about time="<<computed>>" and still reads the tests (%s)', (path) => {
    const xml = '<testsuite name="a" tests="2"><testcase name="x" time="<<computed>>"/><testcase name="y" time="0.5"><failure/></testcase></testsuite>';
    const agg = new Aggregator();
    agg.report = "r";
    const p = path === "scanner" ? detectReportParser(xml, agg) : new XmlReportParser(agg);
    p.write(xml);
    p.close();
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, failed: 1, durationMs: 500 });
    expect(agg.warnings[0]).toMatch(/an attribute value contains "<"/);
  });
});

describe("NUnit", () => {
  it('reads NUnit 2 failures from success="False" and <failure>, not run from executed="False"', () => {
    const xml = `<test-results total="4"><test-suite name="A" executed="True" success="False"><results>
<test-case name="A.T.Ok" executed="True" success="True"/>
<test-case name="A.T.Bad" executed="True" success="False"><failure><message>boom</message></failure></test-case>
<test-case name="A.T.Worse" executed="True" result="Error" success="False"/>
<test-case name="A.T.Off" executed="False" result="Ignored"/>
</results></test-suite></test-results>`;
    const { agg, format } = parse(xml);
    expect(format).toBe("nunit2");
    expect(agg.totals).toMatchObject({ tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1 });
    expect(agg.failures[0]).toMatchObject({ id: "A.T > Bad", message: "boom" });
  });

  it("reads NUnit 3 with a <test-suite> root, and invalid or cancelled cases as errors", () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<test-suite type="TestFixture" name="T" fullname="A.T" result="Failed">
<test-case name="Ok" fullname="A.T.Ok" result="Passed"/>
<test-case name="Bad" fullname="A.T.Bad" result="Failed"/>
<test-case name="Sig" fullname="A.T.Sig" result="Failed" label="Invalid"/>
<test-case name="Warn" fullname="A.T.Warn" result="Warning"/>
<test-case name="Maybe" fullname="A.T.Maybe" result="Inconclusive"/>
</test-suite>`;
    const { agg, format } = parse(xml);
    expect(format).toBe("nunit3");
    expect(agg.totals).toMatchObject({ tests: 5, passed: 1, failed: 1, errored: 1, skipped: 2 });
  });

  it("breaks the run when a suite failed (OneTimeSetUp) with no failing case", () => {
    const xml = `<test-run result="Failed"><test-suite type="TestFixture" name="T" fullname="A.T" result="Failed" label="Error" site="SetUp">
<test-case name="Ok" fullname="A.T.Ok" result="Passed"/></test-suite></test-run>`;
    const { agg } = parse(xml);
    expect(agg.broken).toEqual([
      'r:1: suite "A.T": its result is Failed (Error, SetUp), but none of its test cases failed (a setup, teardown or crash outside the tests?)',
    ]);
  });
});

describe("xUnit.net and TRX", () => {
  it("counts an xUnit.net error outside the tests (a fixture's cleanup) as an errored test", () => {
    const xml = `<assemblies><assembly name="A.dll" total="1" errors="1"><errors><error type="fixture-cleanup" name="A.T"><failure exception-type="System.Exception"><message>cleanup failed</message></failure></error></errors>
<collection name="c"><test name="A.T.Ok" type="A.T" method="Ok" result="Pass"/></collection></assembly></assemblies>`;
    const { agg } = parse(xml);
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, errored: 1 });
    expect(agg.failures[0]).toMatchObject({ id: "A.T > fixture-cleanup failure", message: "cleanup failed" });
  });

  const trx = (outcome: string) =>
    `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testName="A.T.X" outcome="${outcome}"/></Results></TestRun>`;
  it.each([
    ["Passed", "passed"],
    ["PassedButRunAborted", "passed"],
    ["Failed", "failed"],
    ["Error", "errored"],
    ["Timeout", "errored"],
    ["Aborted", "errored"],
    ["Disconnected", "errored"],
    ["NotExecuted", "skipped"],
    ["NotRunnable", "skipped"],
    ["Inconclusive", "skipped"],
    ["Warning", "skipped"],
    ["Completed", "skipped"],
    ["Pending", "skipped"],
    ["InProgress", "skipped"],
  ])("maps the TRX outcome %s to %s", (outcome, status) => {
    const { agg } = parse(trx(outcome));
    expect(agg.totals).toMatchObject({ tests: 1, [status]: 1 });
    expect(agg.broken.length > 0).toBe(outcome === "Pending" || outcome === "InProgress");
  });

  it("breaks the run when the TRX summary says failed and no result did (a crashed test host)", () => {
    const xml = `<TestRun><Results><UnitTestResult testName="A.T.X" outcome="Passed"/></Results><ResultSummary outcome="Failed"><Counters total="2" failed="0" error="0"/><RunInfos><RunInfo outcome="Error"><Text>Test host process crashed</Text></RunInfo></RunInfos></ResultSummary></TestRun>`;
    expect(parse(xml).agg.broken[0]).toMatch(/the run summary's outcome is Failed/);
  });
});

describe("line and JSON formats", () => {
  const go = (lines: object[]) => lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
  it("breaks the run for a go package that failed with no failing test (a panic in TestMain, a build error)", () => {
    const { agg } = parse(
      go([
        { Action: "run", Package: "p", Test: "TestA" },
        { Action: "pass", Package: "p", Test: "TestA" },
        { Action: "output", Package: "p", Output: "panic: boom in TestMain\n" },
        { Action: "fail", Package: "p", Elapsed: 0.1 },
      ]),
    );
    expect(agg.totals).toMatchObject({ tests: 1, passed: 1 });
    expect(agg.broken).toEqual(["r:4: package p failed with no failing test: panic: boom in TestMain"]);
  });

  it("breaks the run for go events cut before the package's result", () => {
    const { agg } = parse(
      go([
        { Action: "run", Package: "p", Test: "TestA" },
        { Action: "pass", Package: "p", Test: "TestA" },
      ]),
    );
    expect(agg.broken).toEqual(["r:2: package p: its events stop before its result (pass/fail): the run was cut off"]);
  });

  it("breaks a Dart run that ended unsuccessfully with no failing test", () => {
    const text = '{"protocolVersion":"0.1.1","type":"start"}\n{"success":false,"type":"done","time":5}\n';
    expect(parse(text).agg.broken).toEqual(["r:2: the run ended with success: false and no failing test (a file that failed to load?)"]);
  });

  it("counts a mocha hook failure, which is in failures and not in tests, as a failed test", () => {
    const doc = {
      stats: { tests: 1, failures: 1 },
      tests: [{ title: "a", fullTitle: "s a", err: {} }],
      passes: [{ title: "a", fullTitle: "s a", err: {} }],
      failures: [{ title: '"before all" hook for "b"', fullTitle: 's "before all" hook for "b"', err: { message: "db down" } }],
      pending: [],
    };
    const { agg } = parse(JSON.stringify(doc));
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    expect(agg.failures[0]).toMatchObject({ message: "db down" });
  });

  it("breaks an RSpec run with errors outside of examples, and a CTRF run whose summary failed", () => {
    const rspec = {
      examples: [],
      summary: { example_count: 0, errors_outside_of_examples_count: 1 },
      messages: ["An error occurred while loading ./spec/a_spec.rb.\nboom"],
    };
    expect(parse(JSON.stringify(rspec)).agg.broken).toEqual([
      "r: 1 error occurred outside of examples (a spec file failed to load): An error occurred while loading ./spec/a_spec.rb.",
    ]);
    const ctrf = { results: { summary: { tests: 1, failed: 2 }, tests: [{ name: "a", status: "passed" }] } };
    expect(parse(JSON.stringify(ctrf)).agg.broken).toEqual(["r: the summary says 2 tests failed, but no test in the report failed"]);
  });
});
