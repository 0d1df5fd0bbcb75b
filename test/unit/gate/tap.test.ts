// TAP read as TAP 13/14 and tap-parser (node-tap's reader) read it: every way a run can stop early or
// miscount is a broken run named in the summary, with its line; the points read are still counted.
import { describe, expect, it } from "vitest";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator } from "../../../src/gate/core/model.js";
import { MAX_LINE_CHARS } from "../../../src/gate/core/text-reports.js";

function parse(text: string, chunk = 13) {
  const agg = new Aggregator();
  agg.report = "t.tap";
  const p = detectReportParser(text.slice(0, 512), agg);
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  p.close();
  return agg;
}

describe("TAP plans and numbering", () => {
  it.each([
    // name, tap, totals (as tap-parser counts them), the broken-run messages
    ["a complete run", "TAP version 14\n1..2\nok 1 - a\nok 2 - b\n", { tests: 2, passed: 2 }, []],
    ["a plan at the end", "ok 1 - a\nok 2 - b\n1..2\n", { tests: 2, passed: 2 }, []],
    [
      "no plan: the process died before printing it",
      "TAP version 13\nok 1 - a\nok 2 - b\n",
      { tests: 2, passed: 2 },
      ["t.tap:3: no plan (1..N) after 2 tests: the test process stopped before printing it, or the producer never writes one"],
    ],
    ["fewer points than planned", "1..5\nok 1\nok 2\nok 3\nok 4\n", { tests: 4, passed: 4 }, ["t.tap:5: plan 1..5 but 4 tests ran: the run stopped early"]],
    [
      "more points than planned",
      "1..2\nok 1\nok 2\nok 3\n",
      { tests: 3, passed: 3 },
      ["t.tap:4: test 3 is outside the plan 1..2", "t.tap:1: plan 1..2 but 3 tests ran"],
    ],
    ["a trailing plan that miscounts", "ok 1\nok 2\n1..3\n", { tests: 2 }, ["t.tap:3: plan 1..3 but 2 tests ran"]],
    [
      "a point numbered past the plan",
      "1..5\nok 1\nok 2\nok 3\nok 4\nok 6\n",
      { tests: 5, passed: 5 },
      ["t.tap:6: test number 6 where 5 was expected: tests 5..5 are missing"],
    ],
    ["out-of-order numbers", "1..3\nok 1\nok 3\nok 2\n", { tests: 3 }, ["t.tap:3: test number 3 where 2 was expected: tests 2..2 are missing"]],
    ["a duplicate number", "1..3\nok 1\nok 2\nok 2\n", { tests: 3 }, ["t.tap:4: test number 2 appears twice: the numbers must run in order"]],
    [
      "a plan in the middle",
      "ok 1\n1..3\nok 2\nok 3\n",
      { tests: 3 },
      ["t.tap:3: the plan 1..3 (line 2) is followed by more tests: a plan belongs at the start or the end"],
    ],
    ["two plans", "1..1\nok 1\n1..1\n", { tests: 1 }, ["t.tap:3: a second plan 1..1 after 1..1 (line 1)"]],
    ["1..0 skips the whole file", "TAP version 13\n1..0 # SKIP no database\n", { tests: 0 }, []],
    ["1..0 with points", "1..0\nok 1\n", { tests: 1 }, ["t.tap:1: plan 1..0 (skip all) but 1 test ran"]],
    ["Bail out! stops the run", "1..3\nok 1 - a\nBail out! no db\nok 2\nok 3\n", { tests: 1, passed: 1 }, ["t.tap:3: Bail out! no db: the test run stopped"]],
    ["a last line cut off", "1..2\nok 1 - a\nok 2 - lo", { tests: 2, passed: 2 }, ["t.tap:3: the last line has no line end: the output was cut off"]],
    [
      "a YAML block cut off",
      "1..1\nnot ok 1 - a\n  ---\n  message: boom\n",
      { tests: 1, failed: 1 },
      ['t.tap:4: the YAML block that starts on line 3 never ends (no "..."): the output was cut off'],
    ],
  ])("%s", (_name, tap, totals, broken) => {
    const agg = parse(tap);
    expect(agg.totals).toMatchObject(totals);
    expect(agg.broken).toEqual(broken);
  });

  it("reads directives as TAP does: a failing TODO does not fail, SKIP is skipped, escaped # is text", () => {
    const agg = parse("1..5\nnot ok 1 - later # TODO not yet\nok 2 - done early # todo\nok 3 - net # SKIP offline\nok 4 - a \\# b\nnot ok 5 - real\n");
    expect(agg.totals).toMatchObject({ tests: 5, passed: 2, failed: 1, skipped: 2 });
    expect(agg.failures.map((f) => f.id)).toEqual(["real"]);
    expect(agg.broken).toEqual([]);
  });

  it("reports a YAML block that does not parse as a warning and keeps counting", () => {
    const agg = parse("1..2\nnot ok 1 - a\n  ---\n  message: [unclosed\n  ...\nok 2 - b\n");
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    expect(agg.broken).toEqual([]);
    expect(agg.warnings[0]).toMatch(/^t\.tap: the YAML block on lines 3-5 does not parse/);
  });

  it("reads message and location from YAML diagnostics in node-tap's and node:test's keys", () => {
    const agg = parse(
      "1..2\nnot ok 1 - a\n  ---\n  message: 'boom'\n  at:\n    file: test/a.js\n    line: 7\n  ...\nnot ok 2 - b\n  ---\n  duration_ms: 3.5\n  error: |-\n    kaput\n    more\n  location: 'file:///x/b.test.mjs:9:3'\n  ...\n",
    );
    expect(agg.failures.map((f) => [f.id, f.message, f.file, f.line])).toEqual([
      ["a", "boom", "test/a.js", 7],
      ["b", "kaput", "/x/b.test.mjs", 9],
    ]);
  });
});

describe("TAP subtests", () => {
  it("counts the leaves, and a failing subtest fails its parent and the run", () => {
    const tap = "TAP version 14\n1..2\n# Subtest: db\n    1..2\n    ok 1 - connects\n    not ok 2 - migrates\nnot ok 1 - db\nok 2 - other\n";
    const agg = parse(tap);
    expect(agg.totals).toMatchObject({ tests: 3, passed: 2, failed: 1 });
    expect(agg.failures.map((f) => f.id)).toEqual(["db > migrates"]);
  });

  it("still fails a run whose parent line says ok over a failing subtest", () => {
    const agg = parse("1..1\n    1..1\n    not ok 1 - inner\nok 1 - outer\n");
    expect(agg.totals).toMatchObject({ tests: 1, failed: 1 });
  });

  it("counts a parent that failed with no failing leaf (a hook, its own body) as a failed test", () => {
    const agg = parse("1..1\n# Subtest: suite\n    1..1\n    ok 1 - inner\nnot ok 1 - suite\n  ---\n  error: 'after hook failed'\n  ...\n");
    expect(agg.totals).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    expect(agg.failures[0]).toMatchObject({ id: "suite", message: "after hook failed" });
  });

  it("breaks the run when a subtest's plan is not met, naming the subtest", () => {
    const agg = parse("1..1\n# Subtest: db\n    1..3\n    ok 1 - a\n    ok 2 - b\nok 1 - db\n");
    expect(agg.totals).toMatchObject({ tests: 2, passed: 2 });
    expect(agg.broken).toEqual(['t.tap:6: subtest "db": plan 1..3 but 2 tests ran: the run stopped early']);
  });

  it("breaks the run when a subtest has no plan", () => {
    const agg = parse("1..1\n# Subtest: db\n    ok 1 - a\nok 1 - db\n");
    expect(agg.broken).toEqual([
      't.tap:4: subtest "db": no plan (1..N) after 1 test: the test process stopped before printing it, or the producer never writes one',
    ]);
  });

  it("opens every level of a first point two levels deep, with both names", () => {
    const agg = parse(
      "# Subtest: a\n    # Subtest: b\n        # Subtest: c\n        not ok 1 - c\n        1..1\n    not ok 1 - b\n    1..1\nnot ok 1 - a\n1..1\n",
    );
    expect(agg.totals).toMatchObject({ tests: 1, failed: 1 });
    expect(agg.failures[0]?.id).toBe("a > b > c");
    expect(agg.broken).toEqual([]);
  });
});

describe("long TAP lines", () => {
  it("reads a 40 MB line in linear time", () => {
    const name = "x".repeat(40 * 1024 * 1024);
    const started = performance.now();
    const agg = parse(`1..1\nok 1 - ${name}\n`, 64 * 1024);
    const ms = performance.now() - started;
    expect(agg.totals.passed).toBe(1);
    // Quadratic splitting took 61 s for this; linear is well under a second on an idle machine.
    expect(ms).toBeLessThan(10_000);
  });

  it("refuses a line past the cap with a clear error naming the line", () => {
    const agg = new Aggregator();
    const p = detectReportParser("1..1\n", agg);
    p.write("1..1\nok 1 - ");
    const chunk = "y".repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i <= MAX_LINE_CHARS / chunk.length; i++) p.write(chunk);
    }).toThrow(/line 2 is longer than 64 MB/);
  });
});
