// npm run bench [name ...]: runs bench/<name>/bench.ts for each capability (all by default) and prints
// ratios against the anchor tools measured in the same run. Each bench module exports
// `run(log): Promise<BenchReport>`; reports are also written to bench/results/<name>.json.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface BenchRow {
  /** What was measured, e.g. "100k commits, plain history". */
  case: string;
  /** Tool name, e.g. "shipline", "git log (floor)", "git-cliff". */
  tool: string;
  /** Seconds, req/s, MB/s... as named in `unit`. */
  value: number;
  unit: string;
  /** Peak RSS in MB, when measured. */
  peakMb?: number;
  /** Ratio against the reference row of the case, when meaningful (e.g. shipline / floor). */
  ratio?: number;
  note?: string;
}

export interface BenchReport {
  name: string;
  rows: BenchRow[];
  /** Targets checked, e.g. "shipline <= 2x git log floor": pass/fail with the figure. */
  targets: { target: string; ok: boolean; figure: string }[];
}

const root = resolve(fileURLToPath(import.meta.url), "..");
const wanted = process.argv.slice(2);
const names = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "bench.ts")))
  .map((d) => d.name)
  .filter((n) => wanted.length === 0 || wanted.includes(n));
mkdirSync(join(root, "results"), { recursive: true });
let failed = 0;
for (const name of names) {
  console.log(`\n## ${name}\n`);
  const mod = (await import(pathToFileURL(join(root, name, "bench.ts")).href)) as { run: (log: (m: string) => void) => Promise<BenchReport> };
  const report = await mod.run((m) => console.error(`[${name}] ${m}`));
  console.log("| case | tool | value | peak MB | ratio | note |\n|---|---|---:|---:|---:|---|");
  for (const r of report.rows) {
    console.log(
      `| ${r.case} | ${r.tool} | ${r.value.toFixed(3)} ${r.unit} | ${r.peakMb?.toFixed(0) ?? ""} | ${r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}x`} | ${r.note ?? ""} |`,
    );
  }
  for (const t of report.targets) {
    console.log(`- ${t.ok ? "PASS" : "MISS"} ${t.target}: ${t.figure}`);
    if (!t.ok) failed++;
  }
  writeFileSync(join(root, "results", `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
}
console.log(`\n${failed === 0 ? "all targets met" : `${failed} target(s) missed`}`);
