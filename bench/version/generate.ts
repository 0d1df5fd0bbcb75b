// Generates benchmark repositories with `git fast-import`: N conventional commits after a v1.0.0 tag,
// optionally with `Revert "..."` commits that name commits outside the range, and optionally many tags
// on the history before the release. Cached under bench/.work/ by name. Shared with bench/notes.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const WORK = resolve(fileURLToPath(import.meta.url), "../../.work");

export interface RepoSpec {
  name: string;
  /** Commits after the v1.0.0 tag. */
  commits: number;
  /** Every n-th commit is a revert of a commit before the range (0 = none). */
  outOfRangeRevertEvery?: number;
  /** Tags on commits before v1.0.0 (v0.0.1, v0.0.2, ...). */
  oldTags?: number;
}

const TYPES = ["feat", "fix", "docs", "chore", "refactor", "test", "perf", "ci"];
const SCOPES = ["api", "ui", "core", "db", "cli"];
const ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", LC_ALL: "C" };

function message(i: number, spec: RepoSpec, oldShaMarks: number): string {
  if (spec.outOfRangeRevertEvery && i % spec.outOfRangeRevertEvery === 0 && oldShaMarks > 0) {
    return `Revert "feat: old feature ${i}"\n\nThis reverts commit ${(i * 2654435761).toString(16).padStart(40, "0").slice(-40)}.\n`;
  }
  const type = TYPES[i % TYPES.length];
  const scope = SCOPES[i % SCOPES.length];
  const body = i % 3 === 0 ? `\n\nLonger explanation of change ${i} with some words in it.\n\nCloses #${i % 997}` : "";
  return `${type}(${scope}): change number ${i}${body}\n`;
}

/** Writes the repository (or reuses the cached one) and returns its path. */
export async function generateRepo(spec: RepoSpec, log: (m: string) => void): Promise<string> {
  const dir = join(WORK, spec.name);
  if (existsSync(join(dir, ".git", "shipline-bench-done"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync("git", ["init", "-q", "-b", "main", dir], { env: ENV });
  log(`generating ${spec.name}: ${spec.commits} commits, ${spec.oldTags ?? 0} old tags`);
  const child = spawn("git", ["fast-import", "--quiet"], { cwd: dir, env: ENV, stdio: ["pipe", "inherit", "inherit"] });
  let mark = 0;
  let date = 1_600_000_000;
  const chunks: string[] = [];
  const flush = async () => {
    if (!child.stdin.write(chunks.join(""))) await new Promise((r) => child.stdin.once("drain", r));
    chunks.length = 0;
  };
  const commit = async (msg: string, withFile: boolean) => {
    mark++;
    const data = Buffer.byteLength(msg);
    chunks.push(`commit refs/heads/main\nmark :${mark}\ncommitter Bench <bench@example.com> ${date++} +0000\ndata ${data}\n${msg}\n`);
    if (mark > 1) chunks.push(`from :${mark - 1}\n`);
    if (withFile) chunks.push(`M 644 inline file${mark % 50}.txt\ndata ${String(mark).length}\n${mark}\n`);
    if (chunks.length > 2000) await flush();
  };
  const oldCommits = Math.max(10, spec.oldTags ?? 0);
  for (let i = 0; i < oldCommits; i++) {
    await commit(`feat: old feature ${i}\n`, true);
    if (spec.oldTags && i < spec.oldTags)
      chunks.push(`tag v0.${Math.floor(i / 1000)}.${i % 1000}\nfrom :${mark}\ntagger Bench <bench@example.com> ${date} +0000\ndata 4\nold\n\n`);
  }
  chunks.push(`tag v1.0.0\nfrom :${mark}\ntagger Bench <bench@example.com> ${date} +0000\ndata 7\nv1.0.0\n\n`);
  for (let i = 1; i <= spec.commits; i++) await commit(message(i, spec, oldCommits), true);
  await flush();
  child.stdin.end();
  await new Promise((r) => child.on("close", r));
  spawnSync("git", ["reset", "-q", "--hard", "main"], { cwd: dir, env: ENV });
  // A CI checkout has packed refs (a clone writes packed-refs); fast-import leaves one file per tag.
  spawnSync("git", ["pack-refs", "--all"], { cwd: dir, env: ENV });
  spawnSync("touch", [join(dir, ".git", "shipline-bench-done")]);
  return dir;
}
