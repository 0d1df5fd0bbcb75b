import { describe, expect, it } from "vitest";
import { Aggregator, MAX_DETAILS_CHARS, MAX_FAILED_IDS, MAX_KEPT_FAILURES } from "../../../src/gate/core/model.js";
import { evaluatePolicy, type GateReport, parseChangedLines, type PolicyOptions } from "../../../src/gate/core/policy.js";
import { type GateView, locateFailure, renderGate, renderGateAnnotations, renderGateComment } from "../../../src/gate/core/render.js";

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

function run(cases: [string, "passed" | "failed" | "errored" | "skipped" | "flaky"][]) {
  const agg = new Aggregator();
  agg.report = "junit.xml";
  for (const [name, status] of cases)
    agg.onCase({ suite: "s", name, status, durationMs: 10, file: "src/a.test.ts", line: 3, message: status === "failed" ? `${name} broke | <b>` : undefined });
  return agg;
}

const baseline: GateReport = {
  schema: "shipline-gate/1",
  conclusion: "failure",
  totals: { tests: 10, passed: 9, failed: 1, errored: 0, skipped: 0, flaky: 0, durationMs: 100 },
  coverage: { lines: 82, branches: 60, files: [{ file: "src/a.ts", lines: 90, branches: 50 }] },
  failedIds: ["s > old"],
  commit: "abc",
};

const input = (agg: Aggregator, extra: Partial<Parameters<typeof evaluatePolicy>[0]> = {}) => ({
  totals: agg.totals,
  failedIds: agg.failedIds,
  coverage: undefined,
  baseline: undefined,
  changedLines: undefined,
  commandExitCode: undefined,
  brokenReports: 0,
  reportsFound: 1,
  ...extra,
});

describe("the gate policy", () => {
  it("passes a clean run and fails on any failure by default", () => {
    expect(evaluatePolicy(input(run([["a", "passed"]])), options).conclusion).toBe("success");
    expect(evaluatePolicy(input(run([["a", "failed"]])), options).conclusion).toBe("failure");
  });

  it("never passes when no report was found", () => {
    const v = evaluatePolicy(input(run([]), { reportsFound: 0 }), { ...options, minTests: 0 });
    expect(v.conclusion).toBe("failure");
    expect(v.rules[0]?.detail).toContain("a gate that sees nothing must not pass");
  });

  it("fails when the test command failed even if every report passed", () => {
    expect(evaluatePolicy(input(run([["a", "passed"]]), { commandExitCode: 2 }), options).conclusion).toBe("failure");
  });

  it("tells new failures from ones already failing on the base", () => {
    const v = evaluatePolicy(
      input(
        run([
          ["old", "failed"],
          ["new", "failed"],
        ]),
        { baseline },
      ),
      { ...options, maxFailures: 5 },
    );
    expect(v.newFailures).toEqual(["s > new"]);
    expect(v.knownFailures).toEqual(["s > old"]);
  });

  it("reports quarantined failures without failing the gate", () => {
    const v = evaluatePolicy(
      input(
        run([
          ["a", "passed"],
          ["flaky net", "failed"],
        ]),
      ),
      { ...options, quarantine: ["s > flaky*"] },
    );
    expect(v.conclusion).toBe("success");
    expect(v.quarantined).toEqual(["s > flaky net"]);
  });

  it("applies coverage floors and the drop against the base, skipping relative rules without a baseline", () => {
    const coverage = { totals: { linesTotal: 100, linesCovered: 80, branchesTotal: 10, branchesCovered: 5 }, files: [] };
    const v = evaluatePolicy(input(run([["a", "passed"]]), { coverage, baseline }), {
      ...options,
      coverageLinesMin: 75,
      coverageBranchesMin: 60,
      coverageMaxDrop: 1,
    });
    expect(v.rules.filter((r) => r.status === "fail").map((r) => r.rule)).toEqual(["branch coverage", "line coverage vs base"]);
    const noBase = evaluatePolicy(input(run([["a", "passed"]]), { coverage }), { ...options, coverageMaxDrop: 1, maxTestDrop: 0 });
    expect(noBase.rules.filter((r) => r.status === "skipped").map((r) => r.rule)).toEqual(["test count vs base", "line coverage vs base"]);
  });

  it("measures the coverage of the lines a pull request changes", () => {
    const changed = parseChangedLines([{ filename: "src/a.ts", patch: "@@ -1,2 +1,4 @@\n line1\n+added2\n+added3\n line4" }]);
    expect([...(changed.get("src/a.ts") ?? [])]).toEqual([2, 3]);
    const coverage = {
      totals: { linesTotal: 4, linesCovered: 3, branchesTotal: 0, branchesCovered: 0 },
      files: [
        {
          file: "src/a.ts",
          linesTotal: 4,
          linesCovered: 3,
          branchesTotal: 0,
          branchesCovered: 0,
          lineHits: new Map([
            [1, 1],
            [2, 1],
            [3, 0],
            [4, 1],
          ]),
        },
      ],
    };
    const v = evaluatePolicy(input(run([["a", "passed"]]), { coverage, changedLines: changed }), { ...options, changedLinesCoverageMin: 80 });
    expect(v.changedLinesCoverage).toBe(50);
    expect(v.conclusion).toBe("failure");
  });

  it("fails flaky tests only when asked", () => {
    expect(evaluatePolicy(input(run([["a", "flaky"]])), { ...options, allowFlaky: false }).conclusion).toBe("failure");
    expect(evaluatePolicy(input(run([["a", "flaky"]])), options).conclusion).toBe("success");
  });
});

describe("the gate summary", () => {
  it("puts the verdict first and escapes what reports say", async () => {
    const agg = run([
      ["a", "passed"],
      ["b", "failed"],
      ["c", "skipped"],
      ["d", "flaky"],
    ]);
    const coverage = {
      totals: { linesTotal: 100, linesCovered: 80, branchesTotal: 10, branchesCovered: 5 },
      files: [{ file: "src/a.ts", linesTotal: 10, linesCovered: 7, branchesTotal: 0, branchesCovered: 0 }],
    };
    const verdict = evaluatePolicy(input(agg, { coverage, baseline }), options);
    const md = renderGate({
      verdict,
      totals: agg.totals,
      failures: agg.failures,
      droppedFailures: 0,
      flaky: agg.flaky,
      slowest: agg.slowest,
      skipped: agg.skipped,
      coverage,
      baseline,
      reportErrors: ["broken.xml:3: unclosed tag"],
      warnings: [],
      runUrl: "https://github.com/o/r/actions/runs/1",
    });
    expect(md.split("\n")[0]).toBe("## ❌ Gate failed: 1 test failed (0 allowed)");
    // The failure is stated once, in the heading: no bullet list, the rules are folded away.
    expect(md.match(/1 failed or errored|1 test failed/g)).toHaveLength(2);
    expect(md).toContain("<details><summary>Rules (2 checked, 1 failed)</summary>");
    // Each trace sits with its row; the message is HTML-escaped inside the summary.
    expect(md).toContain("<b>s &gt; b</b> · ❌ failed, new · <code>src/a.test.ts:3</code><br>b broke | &lt;b&gt;</summary>");
    expect(md).toContain("80% (▼ 2 points)");
    expect(md).not.toContain("test(s)");
    expect(md).toContain("| time (sum of tests) |");
    await expect(md).toMatchFileSnapshot("./__outputs__/gate-summary.md");
  });

  it("keeps the PR comment under GitHub's limit and links to the summary", () => {
    const agg = new Aggregator();
    for (let i = 0; i < 1000; i++) agg.onCase({ suite: "s", name: `t${i}`, status: "failed", durationMs: 1, message: "x".repeat(300) });
    const verdict = evaluatePolicy(input(agg), options);
    const comment = renderGateComment({
      verdict,
      totals: agg.totals,
      failures: agg.failures,
      droppedFailures: 0,
      flaky: [],
      slowest: [],
      coverage: undefined,
      baseline: undefined,
      reportErrors: [],
      warnings: [],
      runUrl: "https://x/run",
    });
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toContain("[the job summary](https://x/run)");
  });
});

describe("what the gate summary shows of a failing run", () => {
  const trace = [
    "AssertionError: expected 3 to be 2",
    "    at Object.<anonymous> (/home/runner/work/shop/shop/node_modules/vitest/dist/index.js:10:5)",
    "    at /home/runner/work/shop/shop/src/cart.test.ts:42:31",
  ].join("\n");

  function view(): GateView {
    const agg = new Aggregator();
    agg.report = "junit.xml";
    agg.onReportTime(3412);
    agg.onCase({ suite: "cart", name: "adds `null` items", status: "failed", durationMs: 2000, message: "expected 3 to be 2", details: trace });
    agg.onCase({
      suite: "cart",
      name: "totals",
      status: "errored",
      durationMs: 100,
      message: "TypeError: x is undefined",
      details: "TypeError\n at src/total.ts:7:2",
    });
    agg.onCase({ suite: "cart", name: "pays", status: "skipped", durationMs: 0, message: "needs the payment sandbox" });
    agg.onCase({ suite: "cart", name: "ok", status: "passed", durationMs: 170 });
    const verdict = evaluatePolicy(input(agg), options);
    return {
      verdict,
      totals: agg.totals,
      failures: agg.failures,
      droppedFailures: 0,
      flaky: [],
      slowest: agg.slowest,
      skipped: agg.skipped,
      reportDurationMs: agg.reportTimeMs,
      coverage: undefined,
      baseline: undefined,
      reportErrors: [],
      warnings: [],
      runUrl: undefined,
    };
  }

  it("finds where a test failed in its trace, skipping node_modules frames", () => {
    expect(locateFailure({ details: trace })).toBe("src/cart.test.ts:42:31");
    expect(locateFailure({ file: "src/cart.test.ts", line: 42, details: trace })).toBe("src/cart.test.ts:42:31");
    expect(locateFailure({ message: "no location" })).toBeUndefined();
  });

  it("states the verdict and its reason once, and gives each failure its status, place and trace", () => {
    const md = renderGate(view());
    expect(md.split("\n")[0]).toBe("## ❌ Gate failed: 1 test failed and 1 test errored (0 allowed)");
    expect(md).not.toMatch(/^- \*\*failures/m);
    expect(md).toContain("<b>cart &gt; adds `null` items</b> · ❌ failed · <code>src/cart.test.ts:42:31</code><br>expected 3 to be 2</summary>");
    expect(md).toContain("<b>cart &gt; totals</b> · 💥 errored · <code>src/total.ts:7:2</code>");
    expect(md.indexOf("at /home/runner/work/shop/shop/src/cart.test.ts:42:31")).toBeLessThan(md.indexOf("cart &gt; totals"));
  });

  it("lists skipped tests with their reasons, and labels the time with where it comes from", () => {
    const md = renderGate(view());
    expect(md).toContain("<details><summary>Skipped tests (1)</summary>");
    expect(md).toContain("| cart > pays | needs the payment sandbox |");
    expect(md).toContain("| time (reported) |");
    expect(md).toContain("| 4 | 1 | 1 | 1 | 1 | 0 | 3.41 s |");
    const noTime = { ...view(), reportDurationMs: undefined };
    expect(renderGate(noTime)).toContain("| 4 | 1 | 1 | 1 | 1 | 0 | 2.27 s |");
  });

  it("annotates the line the trace names, with the message first and the trace as details", () => {
    const [a] = renderGateAnnotations(view());
    expect(a).toMatchObject({ path: "src/cart.test.ts", line: 42, title: "cart > adds `null` items failed", message: "expected 3 to be 2" });
    expect(a?.details).toContain("cart.test.ts:42:31");
  });

  it("puts the failures in a table in the PR comment, with no empty column", () => {
    const md = renderGateComment(view());
    expect(md).toContain("| test | status | message | where |");
    expect(md).toContain("| cart > adds `null` items | ❌ failed | expected 3 to be 2 | `src/cart.test.ts:42:31` |");
    expect(md).not.toMatch(/\|[ \t]*\|/);
  });
});

describe("bounded memory on hostile all-failing reports", () => {
  it("keeps at most MAX_FAILED_IDS ids and MAX_KEPT_FAILURES details, counts the rest, and still fails the gate", () => {
    const agg = new Aggregator();
    const extra = 2500;
    for (let i = 0; i < MAX_FAILED_IDS + extra; i++)
      agg.onCase({ suite: "s", name: `t${i}`, status: i % 2 ? "errored" : "failed", durationMs: 1, message: "boom", details: "x".repeat(5000) });
    expect(agg.totals).toMatchObject({ tests: MAX_FAILED_IDS + extra, failed: (MAX_FAILED_IDS + extra) / 2, errored: (MAX_FAILED_IDS + extra) / 2 });
    expect(agg.failedIds.size).toBe(MAX_FAILED_IDS);
    expect(agg.failedIdsDropped).toBe(extra);
    expect(agg.failures).toHaveLength(MAX_KEPT_FAILURES);
    expect(agg.droppedFailures).toBe(MAX_FAILED_IDS + extra - MAX_KEPT_FAILURES);
    expect(agg.failures.every((f) => (f.details?.length ?? 0) <= MAX_DETAILS_CHARS)).toBe(true);
    // Everything quarantined: the ids past the cap cannot be matched, so they still count.
    const v = evaluatePolicy({ ...input(agg), failedIdsDropped: agg.failedIdsDropped }, { ...options, maxFailures: extra - 1, quarantine: ["s > *"] });
    expect(v.conclusion).toBe("failure");
    expect(v.rules.find((r) => r.rule === "failures")?.detail).toBe(
      `${extra} failed or errored (max ${extra - 1}), ${MAX_FAILED_IDS} quarantined, ${extra} past the first ${MAX_FAILED_IDS} not checked against the quarantine`,
    );
  });

  it("does not grow with the number of failures past the caps", () => {
    const agg = new Aggregator();
    const feed = (from: number, to: number) => {
      for (let i = from; i < to; i++)
        agg.onCase({
          suite: `suite ${i}`,
          name: `a long test name number ${i} ${"n".repeat(100)}`,
          status: "failed",
          durationMs: 5,
          message: "m".repeat(400),
          details: "d".repeat(3000),
        });
    };
    feed(0, 20_000);
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    feed(20_000, 220_000);
    globalThis.gc?.();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(40 * 1024 * 1024);
    expect(agg.totals.failed).toBe(220_000);
    expect(agg.failedIds.size).toBe(MAX_FAILED_IDS);
  });
});
