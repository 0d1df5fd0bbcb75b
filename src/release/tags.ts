/**
 * The one tag writer of version and notes, and the one error for a release tag that already exists
 * at another commit. Idempotent: a tag at the commit being released is reused ("exists"), a race
 * with a concurrent run that tagged the same commit is fine, and a tag at any other commit is never
 * moved or reused (TagConflictError, before anything else is written).
 */
import type { CommandContext } from "../kernel/command.js";
import { ErrorCode, ShiplineError } from "../kernel/errors.js";
import type { Git } from "../kernel/git.js";

/** The release tag exists at another commit than the one being released. Exit code 2: a re-run cannot help until the version or the tag changes. */
export class TagConflictError extends ShiplineError {
  constructor(tag: string, at: string, want: string, where: string) {
    super(
      ErrorCode.TagConflict,
      `Tag "${tag}" already exists ${where} at ${at.slice(0, 7)}, not at ${want.slice(0, 7)}, the commit being released. A release for it would describe other commits than the tag holds.`,
      {
        exitCode: 2,
        hint: `Another commit was released with this version. Release the next version instead: fetch the tags and re-run so the version is computed from them (notes: pass the version action's outputs, or set "to: ${tag}" to regenerate the tagged commit's notes). If the tag itself is wrong, delete it (git push --delete origin ${tag}) and re-run.`,
      },
    );
  }
}

/** Options for {@link writeReleaseTag}. */
export interface WriteTagOptions {
  tag: string;
  /** The commit to tag (full SHA). */
  sha: string;
  /** The annotated tag's message, e.g. `Release 1.4.0`. */
  message: string;
  /**
   * `api`: a verified tag through the GitHub API (needs a token; without one, falls back to git
   * with a notice). `git`: an annotated tag pushed to the first remote (none: a local tag only).
   */
  method: "api" | "git";
  /** The caller looked the tag up on GitHub already and found none: skip that request. Defaults to false. */
  checked?: boolean;
}

/** Creates the annotated release tag, idempotently. Returns "exists" when it was already at `sha`. */
export async function writeReleaseTag(git: Git, ctx: CommandContext, options: WriteTagOptions): Promise<"created" | "exists"> {
  const { tag, sha, message } = options;
  if (options.method === "api" && ctx.hasToken()) {
    const refs = ctx.github().refs;
    const existing = options.checked ? undefined : await refs.resolveTag(tag);
    if (existing) {
      if (existing !== sha) throw new TagConflictError(tag, existing, sha, "on GitHub");
      return "exists";
    }
    const obj = await refs.createTagObject(tag, message, sha);
    const created = await refs.create(`tags/${tag}`, obj.sha);
    if (created === "exists") {
      // Lost a race with a concurrent run: fine if it tagged the same commit.
      const winner = await refs.resolveTag(tag);
      if (winner !== sha) throw new TagConflictError(tag, winner ?? "?", sha, "on GitHub (made by a concurrent run)");
      ctx.runtime.log.info(`Tag ${tag} was created by a concurrent run; reusing it.`);
      return "exists";
    }
    return "created";
  }
  if (options.method === "api") ctx.runtime.log.notice("No GitHub token: creating the tag with git push instead of the API.");
  const local = await git.exec(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { okCodes: [0, 1] });
  if (local.exitCode === 0 && local.stdout.trim() !== sha) throw new TagConflictError(tag, local.stdout.trim(), sha, "in this repository");
  if (local.exitCode !== 0)
    await git.run([
      "-c",
      "user.name=github-actions[bot]",
      "-c",
      "user.email=41898282+github-actions[bot]@users.noreply.github.com",
      "tag",
      "-a",
      tag,
      "-m",
      message,
      sha,
    ]);
  const remote = (await git.run(["remote"])).split("\n")[0]?.trim();
  if (!remote) return local.exitCode === 0 ? "exists" : "created";
  const push = await git.exec(["push", "--porcelain", remote, `refs/tags/${tag}`], { okCodes: [0, 1] });
  if (push.exitCode === 0) return /\[up to date\]/.test(push.stdout) ? "exists" : "created";
  const remoteSha = (await git.run(["ls-remote", remote, `refs/tags/${tag}^{}`, `refs/tags/${tag}`])).split("\n")[0]?.split("\t")[0];
  if (remoteSha === sha) return "exists";
  if (remoteSha) {
    // The remote's annotated tag object differs from ours; compare the commits it points at.
    await git.exec(["fetch", "--quiet", remote, `+refs/tags/${tag}:refs/tags/${tag}`], { okCodes: [0, 1, 128] });
    const peeled = await git.revParse(`refs/tags/${tag}`);
    if (peeled === sha) return "exists";
    throw new TagConflictError(tag, peeled ?? remoteSha, sha, `on ${remote}`);
  }
  throw new ShiplineError(ErrorCode.GitPushRejected, `git push ${remote} refs/tags/${tag} failed: ${push.stderr.trim().split("\n").slice(-2).join(" ")}`, {
    hint: 'Give the job "permissions: contents: write", or use tag-method: api with a token that can write.',
  });
}
