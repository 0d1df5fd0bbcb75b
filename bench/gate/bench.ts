// shipline's streaming JUnit parser against raw saxes (floor), fast-xml-parser and xml2js (what
// dorny/test-reporter uses) on a generated 100 MB JUnit file (and 1 GB with GATE_BENCH_1GB=1, shipline
// and saxes only: the DOM parsers cannot hold it). Each tool runs in its own process under
// /usr/bin/time; MB/s is file size over the CPU time of the parse the worker measures (startup
// excluded; CPU rather than wall time because the shared machine's load makes wall time swing 2x).
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchReport, BenchRow } from "../run.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const work = join(root, "bench/.work/gate");
const worker = join(root, "bench/gate/worker.ts");

/** Writes a JUnit file of about `mb` MB: suites of 100 cases, 1 in 50 failing with a stack trace. */
async function generate(mb: number): Promise<{ file: string; cases: number }> {
  mkdirSync(work, { recursive: true });
  const file = join(work, `junit-${mb}mb.xml`);
  const caseBytes = 120;
  const cases = Math.floor((mb * 1024 * 1024) / caseBytes / 100) * 100;
  if (existsSync(file) && statSync(file).size > mb * 1024 * 1024 * 0.9) return { file, cases };
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once("drain", () => r())));
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench" tests="${cases}">\n`);
  for (let s = 0; s < cases / 100; s++) {
    let chunk = `<testsuite name="pkg.module${s}.Spec" tests="100" time="1.5" timestamp="2026-01-01T00:00:00">\n`;
    for (let c = 0; c < 100; c++) {
      const n = s * 100 + c;
      chunk +=
        n % 50 === 0
          ? `<testcase classname="pkg.module${s}.Spec" name="case ${c} &amp; more" time="0.015" file="src/m${s}.ts" line="${c + 1}"><failure message="expected 1 to be 2" type="AssertionError">AssertionError: expected 1 to be 2\n    at src/m${s}.ts:${c + 1}:7</failure></testcase>\n`
          : `<testcase classname="pkg.module${s}.Spec" name="case ${c} does the thing" time="0.015"/>\n`;
    }
    const p = write(`${chunk}</testsuite>\n`);
    if (p) await p;
  }
  await write("</testsuites>\n");
  await new Promise<void>((r) => out.end(r));
  return { file, cases };
}

function measure(tool: string, file: string): { seconds: number; wall: number; peakMb: number; tests: number; ok: boolean; err: string } {
  const r = spawnSync("/usr/bin/time", ["-f", "__TIME__ %e %M", process.execPath, "--import", "tsx", worker, tool, file], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    // A raised heap limit only for the DOM parsers: it lets V8 defer GC, which would inflate the
    // streaming parsers' peak RSS with garbage they never hold on to.
    env: { ...process.env, NODE_OPTIONS: tool === "xml2js" || tool === "fast-xml-parser" ? "--max-old-space-size=4096" : "" },
  });
  const t = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  const o = /^([\d.]+) (\d+) ([\d.]+)/m.exec(r.stdout ?? "");
  if (!t || !o || r.status !== 0)
    return { seconds: Number.NaN, wall: Number.NaN, peakMb: t ? Number(t[2]) / 1024 : 0, tests: 0, ok: false, err: (r.stderr ?? "").slice(-300) };
  return { seconds: Number(o[1]), wall: Number(o[3]), peakMb: Number(t[2]) / 1024, tests: Number(o[2]), ok: true, err: "" };
}

export async function run(log: (m: string) => void): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const targets: BenchReport["targets"] = [];
  const sizes: [number, string[]][] = [[100, ["shipline", "saxes", "fast-xml-parser", "xml2js"]]];
  if (process.env.GATE_BENCH_1GB === "1") sizes.push([1024, ["shipline", "saxes"]]);
  for (const [mb, tools] of sizes) {
    log(`generating ${mb} MB JUnit`);
    const { file, cases } = await generate(mb);
    const fileMb = statSync(file).size / 1024 / 1024;
    const res: Record<string, { mbs: number; peakMb: number }> = {};
    for (const tool of tools) {
      // Best of two for the streaming parsers (a shared 2-core machine is noisy); the DOM parsers once.
      const runs = tool === "shipline" || tool === "saxes" ? 2 : 1;
      let best: ReturnType<typeof measure> | undefined;
      for (let i = 0; i < runs; i++) {
        const m = measure(tool, file);
        log(`${mb} MB ${tool}: ${m.ok ? `${m.seconds}s CPU, ${m.wall}s wall, ${m.peakMb.toFixed(0)} MB peak, ${m.tests} tests` : `failed ${m.err}`}`);
        if (m.ok && m.tests !== cases) throw new Error(`${tool} counted ${m.tests} tests, expected ${cases}`);
        if (!best || (m.ok && (!best.ok || m.seconds < best.seconds))) best = { ...m, peakMb: Math.max(m.peakMb, best?.peakMb ?? 0) };
      }
      if (!best) continue;
      const mbs = best.ok ? fileMb / best.seconds : 0;
      res[tool] = { mbs, peakMb: best.peakMb };
      rows.push({ case: `${mb} MB JUnit`, tool, value: mbs, unit: "MB/s (CPU time)", peakMb: best.peakMb, note: best.ok ? `wall ${best.wall}s` : "failed" });
    }
    const s = res.shipline;
    for (const r of rows.filter((x) => x.case === `${mb} MB JUnit`)) if (s && res[r.tool]?.mbs) r.ratio = s.mbs / (res[r.tool]?.mbs as number);
    if (s) {
      targets.push({ target: `${mb} MB: shipline >= 140 MB/s`, ok: s.mbs >= 140, figure: `${s.mbs.toFixed(0)} MB/s` });
      targets.push({ target: `${mb} MB: shipline peak RSS < 200 MB`, ok: s.peakMb < 200, figure: `${s.peakMb.toFixed(0)} MB` });
      if (res.xml2js?.mbs)
        targets.push({ target: `${mb} MB: shipline >= 7x xml2js`, ok: s.mbs / res.xml2js.mbs >= 7, figure: `${(s.mbs / res.xml2js.mbs).toFixed(1)}x` });
      if (res.saxes?.mbs)
        targets.push({ target: `${mb} MB: shipline >= 0.9x raw saxes`, ok: s.mbs / res.saxes.mbs >= 0.9, figure: `${(s.mbs / res.saxes.mbs).toFixed(2)}x` });
    }
  }
  return { name: "gate", rows, targets };
}
