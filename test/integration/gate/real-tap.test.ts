// TAP as node --test really writes it: generated at test time, so a change in node's TAP reporter
// (it writes "# Subtest: x" before every test, leaves included) shows up here and not in production.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator } from "../../../src/gate/core/model.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

/** Runs `source` as a node:test file with the TAP reporter and returns its stdout. */
function nodeTap(source: string): { tap: string; file: string } {
  const dir = tempDir();
  const file = join(dir, "sample.test.mjs");
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, ["--test", "--test-reporter=tap", file], { cwd: dir, encoding: "utf8" });
  expect(r.stdout).toMatch(/^TAP version 13/);
  return { tap: r.stdout, file };
}

function parse(text: string, chunk = 41) {
  const agg = new Aggregator();
  const p = detectReportParser(text.slice(0, 512), agg);
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  p.close();
  return { agg, format: p.format };
}

const HEAD = 'import { test, describe, it } from "node:test";\nimport assert from "node:assert";\n';

describe("TAP written by node --test --test-reporter=tap", () => {
  it("counts a flat file of two tests (each preceded by its own # Subtest line)", () => {
    const { tap } = nodeTap(`${HEAD}test("adds", () => assert.equal(1 + 1, 2));\ntest("subtracts", () => assert.equal(2 - 1, 1));\n`);
    const { agg, format } = parse(tap);
    expect(format).toBe("tap");
    expect(agg.totals).toMatchObject({ tests: 2, passed: 2, failed: 0, errored: 0, skipped: 0 });
  });

  it("counts nested subtests once, keeps top-level skip and todo, and drops only the suite lines", () => {
    const { tap, file } = nodeTap(
      `${HEAD}test("adds", () => assert.equal(1 + 1, 2));
test("divides", () => assert.equal(4 / 2, 3));
test.skip("later", () => {});
test.todo("someday", () => { throw new Error("not yet"); });
describe("group", () => {
  it("inner ok", () => {});
  it("inner bad", () => { assert.equal(1, 2); });
  it.skip("inner skip", () => {});
  describe("deeper", () => { it("deep ok", () => {}); });
});
`,
    );
    // node's own summary for this file: "# tests 8", "# pass 3", "# fail 2", "# skipped 2", "# todo 1".
    expect(tap).toContain("# tests 8");
    const { agg } = parse(tap);
    // A failing TODO is not a failure (TAP's rule): it counts as skipped.
    expect(agg.totals).toMatchObject({ tests: 8, passed: 3, failed: 2, errored: 0, skipped: 3 });
    expect(agg.failures.map((f) => f.id)).toEqual(["divides", "group > inner bad"]);
    // file:line from node's `location: '/abs/sample.test.mjs:LINE:COL'` YAML key.
    expect(agg.failures[0]).toMatchObject({ file, line: 4, message: "2 == 3" });
    expect(agg.failures[1]).toMatchObject({ file, line: 9, message: "1 == 2" });
  });

  it("names deeper subtests with their whole suite path", () => {
    const { tap } = nodeTap(`${HEAD}describe("a", () => { describe("b", () => { it("fails", () => assert.fail("boom")); }); });\n`);
    const { agg } = parse(tap);
    expect(agg.totals).toMatchObject({ tests: 1, failed: 1 });
    expect(agg.failures[0]).toMatchObject({ id: "a > b > fails", message: "boom" });
  });
});
