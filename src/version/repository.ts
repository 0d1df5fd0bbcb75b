/**
 * Opening the repository a command works on: clear errors outside a checkout or in an empty
 * repository, and a shallow clone deepened (or a precise fix named). Shared by version and notes.
 */
import { existsSync } from "node:fs";
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
