// Accuracy of version and notes on held-out real-shaped release histories (./fixtures.ts), next to
// semantic-release's commit-analyzer and conventional-changelog's parser in the same run. Targets:
// version at least as good as commit-analyzer; notes recall >= 85 %, precision >= 97 %.
import type { BenchReport } from "../run.js";
import { evaluate } from "./evaluate.js";

export async function run(log: (m: string) => void): Promise<BenchReport> {
  const s = await evaluate();
  for (const m of s.misses) log(m);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  return {
    name: "accuracy",
    rows: [
      { case: `${s.releases} releases`, tool: "shipline version (releases right)", value: s.version.shipline, unit: "" },
      { case: `${s.releases} releases`, tool: "commit-analyzer (releases right)", value: s.version.commitAnalyzer, unit: "" },
      { case: "notes recall", tool: "shipline notes", value: 100 * s.notes.shipline.recall, unit: "%" },
      { case: "notes precision", tool: "shipline notes", value: 100 * s.notes.shipline.precision, unit: "%" },
      { case: "notes recall", tool: "conventional-changelog parser", value: 100 * s.notes.conventionalChangelog.recall, unit: "%" },
      { case: "notes precision", tool: "conventional-changelog parser", value: 100 * s.notes.conventionalChangelog.precision, unit: "%" },
    ],
    targets: [
      {
        target: "version at least as good as commit-analyzer",
        ok: s.version.shipline >= s.version.commitAnalyzer,
        figure: `${s.version.shipline} vs ${s.version.commitAnalyzer} of ${s.releases}`,
      },
      { target: "notes recall >= 85 %", ok: s.notes.shipline.recall >= 0.85, figure: pct(s.notes.shipline.recall) },
      { target: "notes precision >= 97 %", ok: s.notes.shipline.precision >= 0.97, figure: pct(s.notes.shipline.precision) },
    ],
  };
}
