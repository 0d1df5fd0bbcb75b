/**
 * Coverage reports: LCOV, Cobertura, JaCoCo and Clover XML (streamed with saxes), Istanbul's
 * coverage-summary.json and coverage-final.json. Line and branch counts per file, and hits per line
 * where the format has them (for the coverage of the lines a PR changes). Pure.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { FileCoverage } from "./model.js";
import { withoutBom } from "./detect.js";
import { LineSplitter } from "./text-reports.js";
import { ReportParseError, saxesMessage } from "./xml-reports.js";

export interface CoverageParser {
  format: string;
  write(chunk: string): void;
  close(): FileCoverage[];
}

function file(name: string): FileCoverage {
  return { file: name.replace(/^\.\//, ""), linesTotal: 0, linesCovered: 0, branchesTotal: 0, branchesCovered: 0, lineHits: new Map() };
}

function lcov(): CoverageParser {
  const files: FileCoverage[] = [];
  let cur: FileCoverage | undefined;
  let sawSf = false;
  let lastLine = "";
  const lines = new LineSplitter((l) => {
    lastLine = l;
    const i = l.indexOf(":");
    const key = i === -1 ? l.trim() : l.slice(0, i);
    const val = i === -1 ? "" : l.slice(i + 1);
    if (key === "SF") {
      cur = file(val);
      sawSf = true;
    } else if (!cur) return;
    else if (key === "DA") {
      const [ln, hits] = val.split(",");
      const n = Number(ln);
      const h = Number(hits);
      cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, h));
    } else if (key === "BRDA") {
      const taken = val.split(",")[3];
      cur.branchesTotal++;
      if (taken !== "-" && Number(taken) > 0) cur.branchesCovered++;
    } else if (key === "end_of_record") {
      cur.linesTotal = cur.lineHits?.size ?? 0;
      cur.linesCovered = [...(cur.lineHits?.values() ?? [])].filter((h) => h > 0).length;
      files.push(cur);
      cur = undefined;
    }
  });
  return {
    format: "lcov",
    write: (c) => lines.write(c),
    close: () => {
      lines.close();
      if (lines.endedMidLine && lastLine.trim() !== "end_of_record")
        throw new ReportParseError("the last line has no line end: the file was cut off", lines.line);
      if (!sawSf) throw new ReportParseError("no SF: records in the LCOV file", lines.line);
      if (cur) throw new ReportParseError(`the record for ${cur.file} has no end_of_record; the file may be truncated`, lines.line);
      return files;
    },
  };
}

function xml(): CoverageParser {
  const sax = new SaxesParser({ position: true });
  const files = new Map<string, FileCoverage>();
  let format = "xml";
  let cur: FileCoverage | undefined;
  let pkg = "";
  let failed: Error | undefined;
  const get = (name: string) => {
    let f = files.get(name);
    if (!f) {
      f = file(name);
      files.set(name, f);
    }
    return f;
  };
  sax.on("error", (e) => {
    failed ??= e;
  });
  /** Per-file totals a format states itself (JaCoCo's sourcefile counters, Clover's file metrics): the producing tool's own figures. */
  const stated = new Map<FileCoverage, { lines?: [number, number]; branches?: [number, number] }>();
  const path: string[] = [];
  let inMethods = 0;
  sax.on("opentag", (tag) => {
    const t = tag as SaxesTagPlain;
    const a = t.attributes as Record<string, string>;
    const parent = path.at(-1);
    if (!tag.isSelfClosing) path.push(t.name);
    if (format === "xml") {
      if (t.name === "coverage" && ("line-rate" in a || "lines-valid" in a)) format = "cobertura";
      else if (t.name === "report") format = "jacoco";
      else if (t.name === "coverage") format = "clover";
    }
    if (format === "cobertura") {
      if (t.name === "methods") inMethods += tag.isSelfClosing ? 0 : 1;
      else if (t.name === "class") cur = get(a.filename ?? a.name ?? "");
      // A class's <lines> are its file's lines; istanbul (vitest, jest, nyc) repeats each method's
      // first line under <methods>, which cobertura's own totals (lines-valid) do not count again.
      else if (t.name === "line" && cur && inMethods === 0) {
        const n = Number(a.number);
        cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.hits) || 0));
        const cc = /\((\d+)\/(\d+)\)/.exec(a["condition-coverage"] ?? "");
        if (a.branch === "true" && cc) {
          cur.branchesCovered += Number(cc[1]);
          cur.branchesTotal += Number(cc[2]);
        }
      }
    } else if (format === "jacoco") {
      if (t.name === "package") pkg = a.name ?? "";
      else if (t.name === "sourcefile") cur = get(pkg ? `${pkg}/${a.name}` : (a.name ?? ""));
      else if (t.name === "line" && cur) {
        const n = Number(a.nr);
        cur.lineHits?.set(n, Number(a.ci) > 0 ? 1 : 0);
        cur.branchesCovered += Number(a.cb) || 0;
        cur.branchesTotal += (Number(a.cb) || 0) + (Number(a.mb) || 0);
      } else if (t.name === "counter" && cur && parent === "sourcefile") {
        const covered = Number(a.covered) || 0;
        const total = covered + (Number(a.missed) || 0);
        const s = stated.get(cur) ?? {};
        if (a.type === "LINE") s.lines = [covered, total];
        else if (a.type === "BRANCH") s.branches = [covered, total];
        stated.set(cur, s);
      }
    } else if (format === "clover") {
      if (t.name === "file") cur = get(a.path ?? a.name ?? "");
      else if (t.name === "line" && cur) {
        const n = Number(a.num);
        if (a.type === "cond") {
          // OpenClover: truecount/falsecount are how often the condition was true/false (2 branches).
          // istanbul's clover: they are the covered and missed branches of the line, and the line is
          // a statement too. The file's <metrics> below carry either tool's own totals.
          const total = 2;
          const covered = (Number(a.truecount) > 0 ? 1 : 0) + (Number(a.falsecount) > 0 ? 1 : 0);
          cur.branchesTotal += total;
          cur.branchesCovered += covered;
          cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.count) || Number(a.truecount) || 0));
        } else if (a.type !== "method") {
          cur.lineHits?.set(n, Math.max(cur.lineHits.get(n) ?? 0, Number(a.count) || 0));
        }
      } else if (t.name === "metrics" && cur && parent === "file" && "statements" in a) {
        stated.set(cur, {
          lines: [Number(a.coveredstatements) || 0, Number(a.statements) || 0],
          branches: [Number(a.coveredconditionals) || 0, Number(a.conditionals) || 0],
        });
      }
    }
  });
  sax.on("closetag", (tag) => {
    const t = tag as SaxesTagPlain;
    if (!tag.isSelfClosing) path.pop();
    if (t.name === "methods" && !tag.isSelfClosing) inMethods--;
    if (t.name === "class" || t.name === "sourcefile" || t.name === "file") cur = undefined;
  });
  const check = () => {
    if (failed) {
      const { line, message } = saxesMessage(failed.message, sax.line);
      throw new ReportParseError(message, line);
    }
  };
  return {
    get format() {
      return format;
    },
    write: (c) => {
      if (!failed) sax.write(c);
      check();
    },
    close: () => {
      if (!failed) sax.close();
      check();
      if (format === "xml") throw new ReportParseError("an XML file that is not a Cobertura, JaCoCo or Clover report", 1);
      for (const f of files.values()) {
        f.linesTotal = f.lineHits?.size ?? 0;
        f.linesCovered = [...(f.lineHits?.values() ?? [])].filter((h) => h > 0).length;
        const own = stated.get(f);
        if (own?.lines) [f.linesCovered, f.linesTotal] = own.lines;
        if (own?.branches) [f.branchesCovered, f.branchesTotal] = own.branches;
      }
      return [...files.values()];
    },
  };
}

function istanbul(): CoverageParser {
  let buf = "";
  let format = "istanbul";
  return {
    get format() {
      return format;
    },
    write: (c) => {
      buf += c;
    },
    close: () => {
      let doc: Record<string, Record<string, unknown>>;
      try {
        doc = JSON.parse(buf);
      } catch (e) {
        throw new ReportParseError(`invalid JSON (${(e as Error).message}); the file may be truncated`, undefined);
      }
      const out: FileCoverage[] = [];
      for (const [name, v] of Object.entries(doc)) {
        if (name === "total") continue;
        if (v && typeof v === "object" && "lines" in v && typeof v.lines === "object") {
          format = "istanbul-summary";
          const lines = v.lines as { total: number; covered: number };
          const branches = (v.branches ?? { total: 0, covered: 0 }) as { total: number; covered: number };
          out.push({ file: name, linesTotal: lines.total, linesCovered: lines.covered, branchesTotal: branches.total, branchesCovered: branches.covered });
        } else if (v && typeof v === "object" && "statementMap" in v) {
          format = "istanbul-final";
          const f = file(String((v as { path?: string }).path ?? name));
          const map = v.statementMap as Record<string, { start: { line: number } }>;
          const s = v.s as Record<string, number>;
          for (const [id, loc] of Object.entries(map)) f.lineHits?.set(loc.start.line, Math.max(f.lineHits.get(loc.start.line) ?? 0, s[id] ?? 0));
          for (const counts of Object.values((v.b ?? {}) as Record<string, number[]>)) {
            f.branchesTotal += counts.length;
            f.branchesCovered += counts.filter((c) => c > 0).length;
          }
          f.linesTotal = f.lineHits?.size ?? 0;
          f.linesCovered = [...(f.lineHits?.values() ?? [])].filter((h) => h > 0).length;
          out.push(f);
        }
      }
      if (out.length === 0) throw new ReportParseError("a JSON file that is not an Istanbul coverage-summary.json or coverage-final.json", 1);
      return out;
    },
  };
}

/** Chooses the coverage parser from the first chunk. */
export function detectCoverageParser(head: string): CoverageParser {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start === "") throw new ReportParseError("the file is empty", 1);
  if (start.startsWith("<")) return withoutBom(xml());
  if (start.startsWith("{")) return withoutBom(istanbul());
  if (/^(TN:|SF:)/m.test(start.slice(0, 2048))) return withoutBom(lcov());
  throw new ReportParseError("not a coverage report Shipline reads (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON)", 1);
}
