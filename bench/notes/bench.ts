// shipline notes against the floor (`git log` of the range, with the author fields notes reads) and
// the anchor tools (git-cliff --unreleased, conventional-changelog -u, semantic-release's notes
// phase), on the version benchmark's generated 100k-commit history (shared generator, cached under
// bench/.work/). Each tool runs under /usr/bin/time for wall time and peak RSS. Targets: at most
// 2.5x the floor, under 300 MB. SHIPLINE_CLI names another CLI bundle to measure, as in bench/version.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { logArgs } from "../../src/release/log.js";
import type { BenchReport, BenchRow } from "../run.js";
import { measure } from "../version/bench.js";
import { generateRepo } from "../version/generate.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const bin = (n: string) => join(root, "node_modules/.bin", n);
const cli = process.env.SHIPLINE_CLI ?? join(root, "dist/cli/index.js");

const CASES = [{ label: "100k commits", name: "plain-100k", commits: 100_000 }];

export async function run(log: (m: string) => void): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const targets: BenchReport["targets"] = [];
  for (const c of CASES) {
    const dir = await generateRepo(c, log);
    const tools: [string, string, string[]][] = [
      // The floor is the log notes runs itself (src/release/log.ts), --boundary included.
      ["git log (floor)", "git", logArgs({ revs: ["v1.0.0..HEAD"], boundary: true, authors: true })],
      ["shipline notes", process.execPath, [cli, "notes", "--json", "--version", "1.1.0", "--from", "v1.0.0", "--changelog", "none", "--release", "false"]],
      ["git-cliff --unreleased", bin("git-cliff"), ["--unreleased"]],
      ["conventional-changelog -u", bin("conventional-changelog"), ["-p", "conventionalcommits", "-u"]],
      // The notes phase needs the analyze phase before it (no release type, no notes); a dry run
      // stops before publishing and prints the notes. The repository is its own "remote".
      [
        "semantic-release --dry-run (analyze + notes)",
        bin("semantic-release"),
        [
          "--dry-run",
          "--no-ci",
          "--branches",
          "main",
          "--repository-url",
          `file://${dir}`,
          "--plugins",
          "@semantic-release/commit-analyzer,@semantic-release/release-notes-generator",
        ],
      ],
    ];
    let floor = 0;
    let ours: ReturnType<typeof measure> | undefined;
    for (const [tool, cmd, args] of tools) {
      const m = measure(cmd, args, dir);
      if (tool.startsWith("git log")) floor = m.seconds;
      if (tool.startsWith("shipline")) ours = m;
      log(`${c.label}: ${tool} ${m.seconds.toFixed(2)} s, ${m.peakMb.toFixed(0)} MB${m.ok ? "" : ` (failed or timed out: ${m.out})`}`);
      rows.push({
        case: c.label,
        tool,
        value: m.seconds,
        unit: "s",
        peakMb: m.peakMb,
        ratio: floor > 0 ? m.seconds / floor : undefined,
        note: m.ok ? "" : "failed or timed out",
      });
    }
    if (ours && floor > 0) {
      targets.push({
        target: `${c.label}: shipline notes <= 2.5x the git log floor`,
        ok: ours.ok && ours.seconds <= 2.5 * Math.max(floor, 0.05),
        figure: `${(ours.seconds / floor).toFixed(2)}x (${ours.seconds.toFixed(2)} s vs ${floor.toFixed(2)} s)`,
      });
      targets.push({ target: `${c.label}: peak memory under 300 MB`, ok: ours.ok && ours.peakMb < 300, figure: `${ours.peakMb.toFixed(0)} MB` });
    }
  }
  return { name: "notes", rows, targets };
}
