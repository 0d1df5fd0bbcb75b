// Coverage as the producing tool counts it. Each fixture was written by the tool and version its
// folder names; the expected figures are that tool's own summary of the same run:
// - vitest 5.1.1 (@vitest/coverage-v8, istanbul reporters), `text-summary`: Lines 68.75% (11/16),
//   Branches 33.33% (5/15), for every reporter of the run (lcov, cobertura, clover, json, json-summary).
// - coverage.py 6.5.0 (`coverage run --branch`), `coverage json` totals: 13 of 20 statements,
//   8 of 12 branches; `coverage xml` and `coverage lcov` of the same run.
// - JaCoCo 0.8.12 XML: the report's LINE counter 3 covered / 2 missed, BRANCH 1 / 1; the same data
//   through the cover2cover converter to Cobertura (lines-valid="5" lines-covered="3").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCoverageParser } from "../../../src/gate/core/coverage.js";
import { mergeCoverage } from "../../../src/gate/core/model.js";
import { ROOT } from "../../helpers/runner.js";

const dir = join(ROOT, "test/fixtures/gate/coverage-tools");

function totals(file: string, chunk = 1000) {
  const text = readFileSync(join(dir, file), "utf8");
  const p = detectCoverageParser(text.slice(0, 1 << 16));
  for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
  const files = p.close();
  return { format: p.format, ...mergeCoverage(files).totals };
}

describe("coverage totals equal the producing tool's own", () => {
  const vitest = { linesTotal: 16, linesCovered: 11, branchesTotal: 15, branchesCovered: 5 };
  const coveragePy = { linesTotal: 20, linesCovered: 13, branchesTotal: 12, branchesCovered: 8 };
  const jacoco = { linesTotal: 5, linesCovered: 3, branchesTotal: 2, branchesCovered: 1 };
  it.each([
    ["vitest-5.1.1-v8/lcov.info", "lcov", vitest],
    // istanbul repeats each function's first line under <methods>: counted once, as lines-valid is.
    ["vitest-5.1.1-v8/cobertura-coverage.xml", "cobertura", vitest],
    // istanbul's clover: a "cond" line is a statement too, and its truecount/falsecount are branch counts.
    ["vitest-5.1.1-v8/clover.xml", "clover", vitest],
    ["vitest-5.1.1-v8/coverage-final.json", "istanbul-final", vitest],
    ["vitest-5.1.1-v8/coverage-summary.json", "istanbul-summary", vitest],
    ["coverage.py-6.5.0/coverage.xml", "cobertura", coveragePy],
    ["coverage.py-6.5.0/coverage.lcov", "lcov", coveragePy],
    ["jacoco-0.8.12/jacoco.xml", "jacoco", jacoco],
    ["jacoco-0.8.12/cover2cover-cobertura.xml", "cobertura", jacoco],
  ])("%s (%s)", (file, format, expected) => {
    for (const chunk of [7, 1000]) expect(totals(file, chunk)).toEqual({ format, ...expected });
  });

  it.each(["vitest-5.1.1-v8/cobertura-coverage.xml", "coverage.py-6.5.0/coverage.xml", "jacoco-0.8.12/cover2cover-cobertura.xml"])(
    "%s: equals the file's own lines-valid / branches-valid",
    (file) => {
      const head = readFileSync(join(dir, file), "utf8");
      const attr = (k: string) => Number(new RegExp(`${k}="(\\d+)"`).exec(head)?.[1]);
      expect(totals(file)).toMatchObject({
        linesTotal: attr("lines-valid"),
        linesCovered: attr("lines-covered"),
        branchesTotal: attr("branches-valid"),
        branchesCovered: attr("branches-covered"),
      });
    },
  );
});
