// One parse of one JUnit file by one tool, in its own process so peak RSS belongs to that tool alone.
// Prints "cpu-seconds tests wall-seconds" on stdout (both from the start of the read to the last
// case, start-up excluded); the driver reads peak RSS from /usr/bin/time.
import { createReadStream, readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { detectReportParser } from "../../src/gate/core/detect.js";
import { Aggregator } from "../../src/gate/core/model.js";
import { XmlReportParser } from "../../src/gate/core/xml-reports.js";

const [tool, file] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let tests = 0;
/** failed errored skipped, for the tools that read outcomes (the bench checks them against the generator's). */
let outcomes = "";

// The chunk size src/gate/command.ts reads with.
async function stream(onChunk: (c: string) => void): Promise<void> {
  for await (const c of createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 })) onChunk(c as string);
}

if (tool === "shipline") {
  // The same path the command takes: first chunk picks the parser, chunks stream in.
  const agg = new Aggregator();
  let p: ReturnType<typeof detectReportParser> | undefined;
  await stream((c) => {
    p ??= detectReportParser(c, agg);
    p.write(c);
  });
  p?.close();
  tests = agg.totals.tests;
  outcomes = ` ${agg.totals.failed} ${agg.totals.errored} ${agg.totals.skipped}`;
} else if (tool === "shipline-saxes") {
  // The same model fed by saxes instead of the hand-written scanner: what the scanner is worth.
  const agg = new Aggregator();
  const p = new XmlReportParser(agg);
  await stream((c) => p.write(c));
  p.close();
  tests = agg.totals.tests;
  outcomes = ` ${agg.totals.failed} ${agg.totals.errored} ${agg.totals.skipped}`;
} else if (tool === "saxes") {
  // The floor: raw saxes counting <testcase> open tags, no model.
  const p = new SaxesParser();
  p.on("opentag", (t) => {
    if (t.name === "testcase") tests++;
  });
  await stream((c) => p.write(c));
  p.close();
} else if (tool === "fast-xml-parser") {
  const { XMLParser } = await import("fast-xml-parser");
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "testcase" || n === "testsuite" }).parse(readFileSync(file, "utf8"));
  for (const s of doc.testsuites.testsuite) tests += s.testcase.length;
} else if (tool === "xml2js") {
  // xml2js ships no types; only the one call is needed.
  const name = "xml2js";
  const { parseStringPromise } = (await import(name)) as {
    parseStringPromise: (xml: string) => Promise<{ testsuites: { testsuite: { testcase: unknown[] }[] } }>;
  };
  const doc = await parseStringPromise(readFileSync(file, "utf8"));
  for (const s of doc.testsuites.testsuite) tests += s.testcase.length;
} else {
  throw new Error(`unknown tool ${tool}`);
}
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`${((cpu.user + cpu.system) / 1e6).toFixed(4)} ${tests} ${((performance.now() - t0) / 1000).toFixed(4)}${outcomes}\n`);
