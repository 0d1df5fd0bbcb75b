// The gate's invariant: a report that cannot be read to its end never leaves the gate green. Every
// complete, all-passing report of every format passes; the same report cut at any point (that drops
// more than trailing whitespace), read in chunks of several sizes, fails the gate: the parser throws
// (an unreadable report) or reports a broken run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCoverageParser } from "../../../src/gate/core/coverage.js";
import { detectReportParser } from "../../../src/gate/core/detect.js";
import { Aggregator } from "../../../src/gate/core/model.js";
import { evaluatePolicy } from "../../../src/gate/core/policy.js";
import { ReportParseError } from "../../../src/gate/core/xml-reports.js";
import { ROOT } from "../../helpers/runner.js";

const dir = join(ROOT, "test/fixtures/gate/complete");
const reports = readdirSync(dir).sort();

/** The gate's verdict on one report, as the command reaches it: parse errors and broken runs fail it. */
function verdict(text: string, chunk: number): { conclusion: string; why: string } {
  const agg = new Aggregator();
  agg.report = "r";
  const errors: string[] = [];
  try {
    // The command detects the format from its first 64 KiB read.
    const p = detectReportParser(text.slice(0, 1 << 16), agg);
    for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
    p.close();
  } catch (e) {
    if (!(e instanceof ReportParseError)) throw e;
    errors.push(`${e.line}: ${e.message}`);
  }
  const v = evaluatePolicy(
    {
      totals: agg.totals,
      failedIds: agg.failedIds,
      coverage: undefined,
      baseline: undefined,
      changedLines: undefined,
      commandExitCode: undefined,
      brokenReports: errors.length + agg.brokenCount,
      reportsFound: 1,
    },
    {
      maxFailures: 0,
      minPassRate: undefined,
      minTests: 0,
      maxTestDrop: undefined,
      coverageLinesMin: undefined,
      coverageBranchesMin: undefined,
      coverageMaxDrop: undefined,
      changedLinesCoverageMin: undefined,
      maxDurationMs: undefined,
      allowFlaky: true,
      quarantine: [],
    },
  );
  return { conclusion: v.conclusion, why: [...errors, ...agg.broken].join("; ") };
}

/**
 * Cut points that drop more than trailing whitespace: all of them for small files. In TAP, comment
 * lines after the last test and plan (node --test's "# tests 2" summary) are not part of the run:
 * a cut that drops only those drops nothing a TAP reader counts.
 */
function cuts(text: string, isTap = false): number[] {
  const out: number[] = [];
  const end = text.trimEnd().length;
  for (let p = 0; p < end; p++) {
    const rest = text.slice(p);
    if (isTap && text[p - 1] === "\n" && rest.split("\n").every((l) => l.trim() === "" || l.startsWith("#"))) continue;
    out.push(p);
  }
  return out;
}

describe("a report that is cut short never passes", () => {
  it("has a complete report of every format to cut", () => {
    expect(reports.length).toBeGreaterThanOrEqual(12);
  });

  it.each(reports)("%s passes whole, with or without a byte order mark", (name) => {
    const text = readFileSync(join(dir, name), "utf8");
    for (const chunk of [7, 64, 1 << 16]) {
      expect(verdict(text, chunk)).toEqual({ conclusion: "success", why: "" });
      expect(verdict(`\uFEFF${text}`, chunk)).toEqual({ conclusion: "success", why: "" });
    }
  });

  it.each(reports)("%s fails the gate when cut at any point", (name) => {
    const text = readFileSync(join(dir, name), "utf8");
    const passed: string[] = [];
    for (const p of cuts(text, name.endsWith(".tap")))
      for (const chunk of [5, 64]) {
        const cut = text.slice(0, p);
        if (verdict(cut, chunk).conclusion !== "failure") passed.push(`cut at ${p} (chunk ${chunk}): ...${JSON.stringify(cut.slice(-40))}`);
      }
    expect(passed).toEqual([]);
  });
});

describe("a coverage report that is cut short is refused", () => {
  const coverage = ["lcov.info", "cobertura.xml", "jacoco.xml", "clover.xml", "coverage-final.json", "coverage-summary.json"];
  function read(text: string, chunk: number): "ok" | "refused" {
    try {
      const p = detectCoverageParser(text.slice(0, chunk));
      for (let i = 0; i < text.length; i += chunk) p.write(text.slice(i, i + chunk));
      p.close();
      return "ok";
    } catch (e) {
      if (!(e instanceof ReportParseError)) throw e;
      return "refused";
    }
  }
  it.each(coverage)("%s is refused when cut at any point", (name) => {
    const text = readFileSync(join(ROOT, "test/fixtures/gate", name), "utf8");
    expect(read(text, 64)).toBe("ok");
    const accepted: number[] = [];
    for (const p of cuts(text)) {
      // LCOV has no end-of-file marker: a cut right after a record's end_of_record line cannot be
      // told from a shorter report (the README says so).
      if (name === "lcov.info" && /end_of_record\n?$/.test(text.slice(0, p))) continue;
      if (read(text.slice(0, p), 5) === "ok") accepted.push(p);
    }
    expect(accepted).toEqual([]);
  });
});
