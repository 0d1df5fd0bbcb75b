// Start-up of each action bundle: `node dist/<action>/index.js` with an invalid input, so the bundle
// loads, parses its inputs and fails at once (the work is the start-up itself). Compared with bare
// `node -e 0` in the same run. Also reports bundle sizes. The post bundles start with no saved state.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchReport, BenchRow } from "../run.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(args: string[], env: Record<string, string>): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? "", ...env }, stdio: "ignore" });
    samples.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(samples);
}

export async function run(log: (m: string) => void): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const targets: BenchReport["targets"] = [];
  const bare = time(["-e", "0"], {});
  rows.push({ case: "start-up", tool: "node -e 0 (floor)", value: bare, unit: "s" });
  // The post bundles run after every deploy step (post-if: always()), so their start-up counts too;
  // with no saved rollout state they load, find nothing to finish and exit.
  for (const name of ["gate", "version", "notes", "loadtest", "deploy", "main", "cli", "deploy-post", "main-post"]) {
    const dir = join(root, "dist", name);
    const size = readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const args = name === "cli" ? [join(dir, "index.js"), "version", "--preset", "nope"] : [join(dir, "index.js")];
    const env: Record<string, string> =
      name === "cli"
        ? {}
        : { INPUT_COMMAND: "nope", "INPUT_DRY-RUN": "maybe", "INPUT_MAX-FAILURES": "-1", INPUT_DURATION: "soon", "INPUT_CHECK-INTERVAL": "soon" };
    const t = time(args, env);
    log(`${name}: ${t.toFixed(3)} s, ${(size / 1024).toFixed(0)} KiB`);
    rows.push({ case: "start-up with bad input", tool: `dist/${name}`, value: t, unit: "s", ratio: t / bare, note: `${(size / 1024).toFixed(0)} KiB bundle` });
    targets.push({ target: `dist/${name} starts in under 0.3 s`, ok: t < 0.3, figure: `${t.toFixed(3)} s` });
  }
  return { name: "startup", rows, targets };
}
