// shipline version against the floor (`git log` of the range) and the anchor tools, on generated
// histories: 10k and 100k commits since the last tag, 100k with reverts of commits outside the range,
// and 10k commits behind 20k older tags. Each tool runs under /usr/bin/time for wall time and peak RSS.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchReport, BenchRow } from "../run.js";
import { generateRepo, type RepoSpec } from "./generate.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const bin = (n: string) => join(root, "node_modules/.bin", n);
// Anchors that take longer are stopped and reported as "> 30 s" (a lower bound): the quadratic
// revert filters of conventional-recommended-bump and semantic-release would otherwise take minutes.
const TIMEOUT_MS = 30_000;

interface Measured {
  seconds: number;
  peakMb: number;
  ok: boolean;
  out: string;
}

/** Runs a command under /usr/bin/time -f "%e %M"; stdout is discarded except the last 200 chars. */
export function measure(cmd: string, args: string[], cwd: string): Measured {
  const r = spawnSync("/usr/bin/time", ["-f", "__TIME__ %e %M", cmd, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    timeout: TIMEOUT_MS,
    env: { ...process.env, NO_COLOR: "1", CI: "", GITHUB_ACTIONS: "" },
  });
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!m) return { seconds: TIMEOUT_MS / 1000, peakMb: 0, ok: false, out: (r.stderr ?? "").slice(-300) };
  return { seconds: Number(m[1]), peakMb: Number(m[2]) / 1024, ok: r.status === 0, out: (r.stdout ?? "").slice(-200) };
}

function bestOf(n: number, f: () => Measured): Measured {
  let best = f();
  for (let i = 1; i < n; i++) {
    const m = f();
    if (m.ok && m.seconds < best.seconds) best = { ...m, peakMb: Math.max(m.peakMb, best.peakMb) };
    else best = { ...best, peakMb: Math.max(m.peakMb, best.peakMb) };
  }
  return best;
}

const CASES: (RepoSpec & { label: string })[] = [
  { label: "10k commits", name: "plain-10k", commits: 10_000 },
  { label: "100k commits", name: "plain-100k", commits: 100_000 },
  { label: "100k commits, out-of-range reverts", name: "reverts-100k", commits: 100_000, outOfRangeRevertEvery: 10 },
  { label: "10k commits, 20k older tags", name: "tags-20k", commits: 10_000, oldTags: 20_000 },
];

export async function run(log: (m: string) => void): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const targets: BenchReport["targets"] = [];
  for (const c of CASES) {
    const dir = await generateRepo(c, log);
    const tools: [string, string, string[]][] = [
      ["git log (floor)", "git", ["log", "--format=%H%x00%B%x00", "v1.0.0..HEAD"]],
      ["shipline version", process.execPath, [process.env.SHIPLINE_CLI ?? join(root, "dist/cli/index.js"), "version", "--json", "--branch", "main"]],
      ["git-cliff --bumped-version", bin("git-cliff"), ["--bumped-version"]],
      ["conventional-recommended-bump", bin("conventional-recommended-bump"), ["-p", "conventionalcommits"]],
      [
        "semantic-release --dry-run",
        bin("semantic-release"),
        ["--dry-run", "--no-ci", "--branches", "main", "--repository-url", `file://${dir}`, "--plugins", "@semantic-release/commit-analyzer"],
      ],
    ];
    let floor = 0;
    let ours: Measured | undefined;
    for (const [tool, cmd, args] of tools) {
      // The floor and shipline are cheap: best of 3 each, so the ratio between them is not decided by
      // a burst of load on a shared machine. The anchors run once (their ratios are lower bounds).
      const cheap = tool.startsWith("git log") || tool.startsWith("shipline");
      const m = cheap ? bestOf(3, () => measure(cmd, args, dir)) : measure(cmd, args, dir);
      if (tool.startsWith("git log")) floor = m.seconds;
      if (tool.startsWith("shipline")) ours = m;
      log(`${c.label}: ${tool} ${m.seconds.toFixed(2)} s, ${m.peakMb.toFixed(0)} MB${m.ok ? "" : " (failed or timed out)"}`);
      rows.push({
        case: c.label,
        tool,
        value: m.seconds,
        unit: "s",
        peakMb: m.peakMb,
        ratio: floor > 0 ? m.seconds / floor : undefined,
        note: m.ok ? "" : m.seconds >= TIMEOUT_MS / 1000 ? `timed out: > ${TIMEOUT_MS / 1000} s` : `failed: ${m.out.trim().slice(-120)}`,
      });
    }
    if (ours && floor > 0) {
      // The 2x target is for 100k commits: on 10k, node's own start (~0.15 s) outweighs a 0.1 s git log.
      if (c.commits >= 100_000)
        targets.push({
          target: `${c.label}: shipline <= 2x the git log floor`,
          ok: ours.seconds <= 2 * floor,
          figure: `${(ours.seconds / floor).toFixed(2)}x (${ours.seconds.toFixed(2)} s vs ${floor.toFixed(2)} s)`,
        });
      targets.push({ target: `${c.label}: peak memory under 150 MB`, ok: ours.peakMb < 150, figure: `${ours.peakMb.toFixed(0)} MB` });
      const cliff = rows.find((r) => r.case === c.label && r.tool.startsWith("git-cliff"));
      if (cliff && c.commits >= 100_000)
        targets.push({
          target: `${c.label}: >= 5x faster than git-cliff`,
          ok: cliff.value / ours.seconds >= 5,
          figure: `${(cliff.value / ours.seconds).toFixed(1)}x`,
        });
      if (c.oldTags) {
        // Cost must follow the commits since the last tag, not the tag count: compare with the same
        // 10k commits without the old tags.
        const plain = rows.find((r) => r.case === "10k commits" && r.tool === "shipline version");
        if (plain)
          targets.push({
            target: `${c.label}: 20k tags cost at most 0.3 s more than none`,
            ok: ours.seconds - plain.value <= 0.3,
            figure: `${(ours.seconds - plain.value).toFixed(2)} s more (${ours.seconds.toFixed(2)} s vs ${plain.value.toFixed(2)} s)`,
          });
      }
    }
  }
  return { name: "version", rows, targets };
}
