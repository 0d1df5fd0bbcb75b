// Attempts of a retried test written as repeated JUnit cases (Gradle test-retry without
// mergeReruns, gotestsum --rerun-fails) count as one test per report, never twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator, type CaseStatus, MAX_FAILED_IDS, MAX_KEPT_FAILURES, MAX_TRACKED_ATTEMPTS } from "../../../src/gate/core/model.js";
import { evaluatePolicy, type PolicyOptions } from "../../../src/gate/core/policy.js";
import { ROOT } from "../../helpers/runner.js";

const options: PolicyOptions = {
  maxFailures: 0,
  minPassRate: undefined,
  minTests: 1,
  maxTestDrop: undefined,
  coverageLinesMin: undefined,
  coverageBranchesMin: undefined,
  coverageMaxDrop: undefined,
  changedLinesCoverageMin: undefined,
  maxDurationMs: undefined,
  allowFlaky: true,
  quarantine: [],
};

const counts = (agg: Aggregator) => {
  const { durationMs: _, ...rest } = agg.totals;
  return rest;
};

/** Feeds attempts as a JUnit parser does: `[name, status, message?]`, in report order. */
function attempts(agg: Aggregator, cases: [string, CaseStatus, string?][], isAttempt = true): Aggregator {
  for (const [name, status, message] of cases) agg.onCase({ suite: "s", name, status, durationMs: 5, message, isAttempt });
  return agg;
}

function readReport(agg: Aggregator, report: string, text: string): void {
  agg.report = report;
  const p = detectReportParser(text.slice(0, 512), agg);
  p.write(text);
  p.close();
}

const verdict = (agg: Aggregator, o: PolicyOptions = options) =>
  evaluatePolicy(
    {
      totals: agg.totals,
      failedIds: agg.failedIds,
      failedIdsDropped: agg.failedIdsDropped,
      coverage: undefined,
      baseline: undefined,
      changedLines: undefined,
      commandExitCode: undefined,
      brokenReports: 0,
      reportsFound: 1,
    },
    o,
  ).conclusion;

describe("repeated attempts of one test in one report", () => {
  it("counts failed-then-passed as one flaky test, kept with its last failure, and lets the gate pass", () => {
    const agg = attempts(new Aggregator(), [
      ["a", "failed", "first"],
      ["b", "passed"],
      ["a", "failed", "second"],
      ["a", "passed"],
    ]);
    expect(counts(agg)).toEqual({ tests: 2, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 1 });
    expect(agg.totals.durationMs).toBe(20);
    expect(agg.failures).toEqual([]);
    expect(agg.flaky).toMatchObject([{ id: "s > a", status: "flaky", message: "second" }]);
    expect([...agg.failedIds]).toEqual([]);
    expect(verdict(agg)).toBe("success");
    expect(verdict(agg, { ...options, allowFlaky: false })).toBe("failure");
  });

  it("counts an errored test that passed on a retry as flaky, not errored", () => {
    const agg = attempts(new Aggregator(), [
      ["a", "errored", "NPE"],
      ["a", "passed"],
    ]);
    expect(counts(agg)).toMatchObject({ tests: 1, errored: 0, flaky: 1 });
  });

  it("counts a test that failed every attempt once, with the last attempt's message, and fails the gate", () => {
    const agg = attempts(new Aggregator(), [
      ["a", "failed", "first"],
      ["a", "errored", "second"],
      ["a", "failed", "third"],
    ]);
    expect(counts(agg)).toEqual({ tests: 1, passed: 0, failed: 1, errored: 0, skipped: 0, flaky: 0 });
    expect(agg.failures).toMatchObject([{ id: "s > a", status: "failed", message: "third" }]);
    expect([...agg.failedIds]).toEqual(["s > a"]);
    expect(verdict(agg)).toBe("failure");
  });

  it("keeps a test flaky once it passed on a retry, and a skipped retry leaves a failure failed", () => {
    const agg = attempts(new Aggregator(), [
      ["a", "failed"],
      ["a", "passed"],
      ["a", "failed"],
      ["b", "failed", "b broke"],
      ["b", "skipped"],
    ]);
    expect(counts(agg)).toEqual({ tests: 2, passed: 0, failed: 1, errored: 0, skipped: 0, flaky: 1 });
    expect(agg.failures.map((f) => f.id)).toEqual(["s > b"]);
  });

  it("remembers only failures: a pass then a failure counts two tests and fails the gate, duplicate passes count twice", () => {
    const agg = attempts(new Aggregator(), [
      ["a", "passed"],
      ["a", "failed"],
      ["b", "passed"],
      ["b", "passed"],
    ]);
    expect(counts(agg)).toEqual({ tests: 4, passed: 3, failed: 1, errored: 0, skipped: 0, flaky: 0 });
    expect(verdict(agg)).toBe("failure");
  });

  it("does not merge cases of formats where a repeated name is another test (TAP assertions)", () => {
    const agg = new Aggregator();
    readReport(agg, "tape.tap", "TAP version 13\nnot ok 1 should be equal\nok 2 should be equal\n1..2\n");
    expect(counts(agg)).toMatchObject({ tests: 2, passed: 1, failed: 1, flaky: 0 });
    expect(
      attempts(
        new Aggregator(),
        [
          ["a", "failed"],
          ["a", "passed"],
        ],
        false,
      ).totals,
    ).toMatchObject({ tests: 2, failed: 1, passed: 1 });
  });
});

describe("repeats across reports", () => {
  const gradle = readFileSync(join(ROOT, "test/fixtures/gate/junit/gradle-test-retry.xml"), "utf8");

  it("counts the same test in each report of an OS matrix as separate tests", () => {
    const agg = new Aggregator();
    for (const os of ["ubuntu", "macos", "windows"]) readReport(agg, `${os}/TEST-com.example.PaymentTest.xml`, gradle);
    expect(counts(agg)).toEqual({ tests: 12, passed: 3, failed: 3, errored: 0, skipped: 0, flaky: 6 });
    expect(agg.failures.map((f) => f.report)).toEqual([
      "ubuntu/TEST-com.example.PaymentTest.xml",
      "macos/TEST-com.example.PaymentTest.xml",
      "windows/TEST-com.example.PaymentTest.xml",
    ]);
  });

  it("never merges a rerun with another report's failure, and keeps that failure's id", () => {
    const agg = new Aggregator();
    agg.report = "linux.xml";
    attempts(agg, [["a", "failed", "on linux"]]);
    agg.report = "windows.xml";
    attempts(agg, [["a", "passed"]]);
    expect(counts(agg)).toMatchObject({ tests: 2, passed: 1, failed: 1, flaky: 0 });
    attempts(agg, [
      ["b", "failed"],
      ["b", "passed"],
    ]);
    agg.report = "macos.xml";
    attempts(agg, [
      ["a", "failed", "on macos"],
      ["a", "passed"],
    ]);
    expect(counts(agg)).toMatchObject({ tests: 4, passed: 1, failed: 1, flaky: 2 });
    // linux's failure of "s > a" still counts for the quarantine and the baseline though macos's passed on a retry.
    expect([...agg.failedIds]).toEqual(["s > a"]);
    expect(agg.failures).toMatchObject([{ id: "s > a", report: "linux.xml", message: "on linux" }]);
  });
});

describe("bounded memory on huge reports", () => {
  it(`tracks at most ${MAX_TRACKED_ATTEMPTS} failed tests per report, warns once, and counts later reruns apart`, () => {
    const agg = new Aggregator();
    agg.report = "huge.xml";
    const failing = Array.from({ length: MAX_TRACKED_ATTEMPTS + 2 }, (_, i): [string, CaseStatus] => [`t${i}`, "failed"]);
    attempts(agg, failing);
    attempts(agg, [
      ["t0", "passed"],
      [`t${MAX_TRACKED_ATTEMPTS + 1}`, "passed"],
    ]);
    expect(counts(agg)).toMatchObject({ tests: MAX_TRACKED_ATTEMPTS + 3, passed: 1, failed: MAX_TRACKED_ATTEMPTS + 1, flaky: 1 });
    expect(agg.warnings).toEqual([
      `huge.xml: more than ${MAX_TRACKED_ATTEMPTS} tests failed; a rerun of "s > t${MAX_TRACKED_ATTEMPTS}" or any later failing test counts as another test, even if it passed`,
    ]);
    // A new report starts with an empty memory of attempts.
    agg.report = "next.xml";
    attempts(agg, [
      ["x", "failed"],
      ["x", "passed"],
    ]);
    expect(counts(agg)).toMatchObject({ flaky: 2 });
    expect(agg.warnings).toHaveLength(1);
  });

  it("keeps the capped lists exact when a failure past their caps passes on a retry", () => {
    const agg = new Aggregator();
    const n = MAX_FAILED_IDS + 1;
    expect(n).toBeGreaterThan(MAX_KEPT_FAILURES);
    attempts(
      agg,
      Array.from({ length: n }, (_, i): [string, CaseStatus] => [`t${i}`, "failed"]),
    );
    expect(agg.droppedFailures).toBe(n - MAX_KEPT_FAILURES);
    expect(agg.failedIdsDropped).toBe(1);
    // Past the tracking cap the last one is not merged; the one before it was tracked but had no room in either list.
    attempts(agg, [[`t${n - 2}`, "passed"]]);
    expect(agg.failedIdsDropped).toBe(1);
    expect(agg.droppedFailures).toBe(n - MAX_KEPT_FAILURES - 1);
    expect(agg.failedIds.has(`s > t${n - 2}`)).toBe(false);
    expect(agg.flaky).toMatchObject([{ id: `s > t${n - 2}`, status: "flaky", message: undefined }]);
    attempts(agg, [["t0", "passed"]]);
    expect(agg.failures).toHaveLength(MAX_KEPT_FAILURES - 1);
    expect(agg.flaky.map((f) => [f.id, f.message])).toEqual([
      [`s > t${n - 2}`, undefined],
      ["s > t0", undefined],
    ]);
    expect(counts(agg)).toMatchObject({ tests: n, failed: n - 2, flaky: 2 });
  });
});
