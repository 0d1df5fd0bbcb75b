/**
 * Opening the repository a command works on: clear errors outside a checkout or in an empty
 * repository, and a shallow clone deepened (or a precise fix named). Shared by version and notes.
 */
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { CommandContext } from "../kernel/command.js";
import { ErrorCode, InputError, ShiplineError } from "../kernel/errors.js";
import { Git } from "../kernel/git.js";

/** Opens the repository, failing clearly outside a checkout or in a repository with no commits. */
export async function openRepository(cwd: string, ctx: CommandContext, input = "working-directory"): Promise<Git> {
  if (!existsSync(cwd)) throw new InputError({ input, problem: `names a directory that does not exist: "${cwd}"` });
  const token = ctx.hasToken() ? ctx.runtime.input("github-token").trim() : undefined;
  const git = new Git({ cwd, token, serverUrl: ctx.context.serverUrl, redactor: ctx.runtime.redactor, env: ctx.runtime.env });
  const inside = await git.exec(["rev-parse", "--is-inside-work-tree"], { okCodes: [0, 128] });
  if (inside.exitCode !== 0) {
    throw new ShiplineError(ErrorCode.GitFailed, `${cwd} is not a git repository.`, {
      exitCode: 2,
      hint: 'Run after "actions/checkout" (with fetch-depth: 0), or pass --cwd with a repository.',
    });
  }
  if (!(await git.revParse("HEAD"))) {
    throw new ShiplineError(ErrorCode.GitFailed, `The repository in ${cwd} has no commits yet.`, {
      exitCode: 2,
      hint: "Commit something first; there is nothing to version.",
    });
  }
  return git;
}

/**
 * A shallow clone hides tags and history: deepen it when a token allows, else fail with the
 * checkout setting that fixes it.
 */
export async function ensureFullHistory(git: Git, ctx: CommandContext): Promise<void> {
  if (!(await git.isShallow())) return;
  const remote = (await git.exec(["remote"], { okCodes: [0] })).stdout.split("\n")[0]?.trim();
  if (remote) {
    ctx.runtime.log.info(`Shallow clone: fetching the full history and tags from ${remote}.`);
    const r = await git.exec(["fetch", "--quiet", "--unshallow", "--tags", remote], { okCodes: [0, 1, 128] });
    if (r.exitCode === 0) return;
    ctx.runtime.log.debug(`git fetch --unshallow failed: ${r.stderr.trim()}`);
  }
  throw new ShiplineError(ErrorCode.GitFailed, "The repository is a shallow clone, so the last release tag and the commits since it cannot be read.", {
    exitCode: 2,
    hint: 'Set "fetch-depth: 0" on actions/checkout (with: fetch-depth: 0), or run "git fetch --unshallow --tags".',
  });
}

function releaseTagPattern(prefix: string): string {
  // A prefix with glob characters cannot be put in a pattern; list every tag and filter in code.
  return /[*?[\]\\]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}[0-9]*`;
}

/**
 * A clone without tags (`git clone --no-tags`, a `git fetch` of branches only, actions/checkout
 * with `fetch-tags: false`) has no release tag, and the version would silently become a first
 * release. When none of `tagPrefixes` has a tag locally, asks the first remote (`git ls-remote
 * --tags`); when it has release tags, fetches them (with the token, when there is one) or fails
 * naming the checkout setting. A remote that cannot be listed (offline, no credentials) is left
 * alone: nothing proves tags are missing. Returns true when tags were fetched (recompute), false
 * when nothing changed. Costs one local `for-each-ref` when tags are present.
 */
export async function ensureReleaseTags(git: Git, ctx: CommandContext, tagPrefixes: readonly string[]): Promise<boolean> {
  const isRelease = (ref: string) => tagPrefixes.some((p) => ref.startsWith(`refs/tags/${p}`) && /^\d+\.\d+\.\d+/.test(ref.slice(10 + p.length)));
  const patterns = [...new Set(tagPrefixes.map(releaseTagPattern))];
  const local = await git.run(["for-each-ref", "--format=%(refname)", ...patterns]);
  if (local.split("\n").some(isRelease)) return false;
  const remote = (await git.exec(["remote"], { okCodes: [0] })).stdout.split("\n")[0]?.trim();
  if (!remote) return false;
  const listed = await git.exec(["ls-remote", "--tags", "--refs", remote], { okCodes: [0, 1, 2, 128], timeoutMs: 60_000 });
  if (listed.exitCode !== 0) {
    ctx.runtime.log.debug(`git ls-remote --tags ${remote} failed, so missing release tags cannot be detected: ${listed.stderr.trim()}`);
    return false;
  }
  const remoteTags = listed.stdout
    .split("\n")
    .map((l) => l.split("\t")[1]?.trim() ?? "")
    .filter(isRelease);
  if (remoteTags.length === 0) return false;
  const shown = remoteTags
    .slice(-3)
    .map((r) => r.slice(10))
    .join(", ");
  ctx.runtime.log.info(`This clone has no release tags, but ${remote} has ${remoteTags.length} (${shown}): fetching the tags.`);
  const fetched = await git.exec(["fetch", "--quiet", "--tags", remote], { okCodes: [0, 1, 128], timeoutMs: 300_000 });
  if (fetched.exitCode === 0) return true;
  const why = fetched.stderr.trim().split("\n").slice(-1)[0] ?? "";
  throw new ShiplineError(
    ErrorCode.GitFailed,
    `This clone has no release tags, but the remote "${remote}" has ${remoteTags.length} (${shown}), and "git fetch --tags ${remote}" failed: ${why}. Without them the last release is unknown and the version would be a first release.`,
    {
      exitCode: 2,
      hint: 'Set "fetch-tags: true" (or "fetch-depth: 0") on actions/checkout, or run "git fetch --tags" before this step.',
    },
  );
}

/**
 * A `path` input checked to lie inside the repository: relative to the repository's top (as version
 * stores it) and to `cwd` (where git runs, so a pathspec for commands run there). Shared by version
 * and notes so both count the same commits for a package.
 */
export async function resolveRepoPath(git: Git, cwd: string, input: string): Promise<{ fromTop: string; fromCwd: string }> {
  const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
  const abs = resolve(cwd, input);
  const rel = relative(top, abs);
  if (rel.startsWith("..") || isAbsolute(rel)) throw new InputError({ input: "path", problem: `points outside the repository (${top}); got "${input}"` });
  if (!existsSync(abs)) throw new InputError({ input: "path", problem: `does not exist in the repository; got "${input}". Pass the package's directory` });
  return { fromTop: rel || ".", fromCwd: relative(cwd, abs) || "." };
}
