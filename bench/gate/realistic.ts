// A JUnit report shaped like a large Java/JS monorepo's, for bench/gate: unique test ids; 1 % of
// cases failing with a 10-35-frame stack trace (half in CDATA, half as escaped text with entities);
// 0.2 % errors; 3 % skipped; 8 % of cases with multi-line <system-out> CDATA; suite <properties>.
// Deterministic (a seeded PRNG), so a cached file is reused and its counts are known exactly.
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface Generated {
  file: string;
  cases: number;
  failed: number;
  errored: number;
  skipped: number;
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ["returns", "rejects", "creates", "updates", "deletes", "parses", "renders", "retries", "caches", "validates"];
const NOUNS = ["order", "invoice", "user", "session", "payment", "cart", "token", "report", "schedule", "webhook"];
const CONDS = ["when empty", "with a null id", "after a timeout", "for an admin", "on a retry", "with unicode", "under load", "without a token"];

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function stack(rnd: () => number, cls: string, frames: number, kind: string, message: string): string {
  const lines = [`${kind}: ${message}`];
  for (let f = 0; f < frames; f++) {
    const r = rnd();
    if (f < 3) lines.push(`\tat ${cls}.lambda$${f}(${cls.split(".").pop()}.java:${10 + Math.floor(r * 400)})`);
    else if (r < 0.5)
      lines.push(`\tat org.junit.platform.engine.support.hierarchical.NodeTestTask.lambda$executeRecursively$${f}(NodeTestTask.java:${100 + f})`);
    else if (r < 0.8) lines.push(`\tat java.base/java.util.ArrayList.forEach(ArrayList.java:${1500 + f})`);
    else lines.push(`\tat    Object.<anonymous> (/home/runner/work/app/packages/core/src/module${f}.test.ts:${f + 1}:${f + 7})`);
  }
  return lines.join("\n");
}

/** Writes (or reuses) a realistic JUnit file of about `mb` MiB under `dir`. */
export async function generateRealistic(dir: string, mb: number): Promise<Generated> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `junit-realistic-${mb}mib.xml`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) return { file, ...(JSON.parse(readFileSync(meta, "utf8")) as Omit<Generated, "file">) };
  const rnd = prng(20261203);
  const target = mb * 1024 * 1024;
  const out = createWriteStream(file);
  let bytes = 0;
  const write = (s: string) => {
    bytes += Buffer.byteLength(s);
    return out.write(s) ? undefined : new Promise<void>((r) => out.once("drain", () => r()));
  };
  const g = { cases: 0, failed: 0, errored: 0, skipped: 0 };
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="monorepo" time="12345.6">\n`);
  for (let s = 0; bytes < target - 4096; s++) {
    const pkg = `com.acme.${NOUNS[s % NOUNS.length]}.module${s}`;
    const cls = `${pkg}.${NOUNS[(s * 7) % NOUNS.length]?.replace(/^./, (c) => c.toUpperCase())}ServiceTest`;
    const n = 50 + Math.floor(rnd() * 300);
    const before = { ...g };
    let chunk = "    <properties>\n";
    for (let p = 0; p < 12; p++) chunk += `      <property name="prop.${p}.${NOUNS[p % NOUNS.length]}" value="/opt/hostedtoolcache/${p}/value-${s}-${p}"/>\n`;
    chunk += "    </properties>\n";
    for (let c = 0; c < n; c++) {
      const id = g.cases++;
      const name = `${VERBS[id % VERBS.length]} ${NOUNS[(id >> 3) % NOUNS.length]} ${CONDS[(id >> 5) % CONDS.length]} #${id}`;
      const time = (rnd() * 0.5).toFixed(3);
      const r = rnd();
      const withOut = rnd() < 0.08;
      let body = "";
      if (r < 0.01) {
        g.failed++;
        const msg = `expected: <${id}> but was: <${id + 1}> for "${name}" & more`;
        const trace = stack(rnd, cls, 10 + Math.floor(rnd() * 26), "org.opentest4j.AssertionFailedError", msg);
        body += `\n      <failure message="${escapeXml(msg)}" type="org.opentest4j.AssertionFailedError">${
          rnd() < 0.5 ? `<![CDATA[${trace}]]>` : escapeXml(trace)
        }</failure>`;
      } else if (r < 0.012) {
        g.errored++;
        const msg = `Cannot invoke "String.trim()" because "<local${id}>" is null`;
        const trace = stack(rnd, cls, 10 + Math.floor(rnd() * 26), "java.lang.NullPointerException", msg);
        body += `\n      <error message="${escapeXml(msg)}" type="java.lang.NullPointerException">${rnd() < 0.5 ? `<![CDATA[${trace}]]>` : escapeXml(trace)}</error>`;
      } else if (r < 0.042) {
        g.skipped++;
        body += `\n      <skipped message="disabled until #${id % 997} is fixed"/>`;
      }
      if (withOut) {
        const lines: string[] = [];
        const k = 3 + Math.floor(rnd() * 18);
        for (let l = 0; l < k; l++)
          lines.push(`${new Date(1796326500000 + l * 37).toISOString()} DEBUG [worker-${l % 4}] ${NOUNS[l % NOUNS.length]} step ${l} <ok> & done`);
        body += `\n      <system-out><![CDATA[${lines.join("\n")}\n]]></system-out>`;
      }
      chunk += body
        ? `    <testcase name="${escapeXml(name)}" classname="${cls}" time="${time}">${body}\n    </testcase>\n`
        : `    <testcase name="${escapeXml(name)}" classname="${cls}" time="${time}"/>\n`;
    }
    const head = `  <testsuite name="${cls}" tests="${n}" skipped="${g.skipped - before.skipped}" failures="${g.failed - before.failed}" errors="${g.errored - before.errored}" timestamp="2026-12-03T10:15:02" hostname="runner-${s % 8}" time="${(rnd() * 30).toFixed(3)}">\n`;
    const p = write(`${head}${chunk}  </testsuite>\n`);
    if (p) await p;
  }
  await write("</testsuites>\n");
  await new Promise<void>((r) => out.end(r));
  writeFileSync(meta, JSON.stringify(g));
  return { file, ...g };
}
