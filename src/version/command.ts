/**
 * The `version` command: reads git (tags reachable from HEAD, the streamed log since the last
 * release) and hands plain data to the core; then reports, comments on pull requests and tags.
 */
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { ConfigError, ErrorCode, InputError, ShiplineError } from "../kernel/errors.js";
import { readDataFile } from "../kernel/files.js";
import type { Git } from "../kernel/git.js";
import { optionalWrite } from "../kernel/github/index.js";
import type { InputValues } from "../kernel/inputs.js";
import { type Classified, maxBump } from "./core/classify.js";
import { type ParsedCommit, parseCommit } from "./core/commits.js";
import { parseVersionConfig, type VersionConfig } from "./core/config.js";
import { type BranchKind, branchKind, computeNextVersion, DEFAULT_BRANCHES, type NextVersion } from "./core/next-version.js";
import { planChanges } from "./core/plan.js";
import { explainEntries, renderVersionSummary } from "./core/render.js";
import { versionSpec } from "./inputs.js";
import { type ReleaseState, streamSinceLastRelease } from "./last-release.js";
import { ensureFullHistory, openRepository } from "./repository.js";

type Inputs = InputValues<typeof versionSpec.inputs>;

const COMMENT_MARKER = "<!-- shipline:version -->";

function readConfig(inputs: Inputs, cwd: string): VersionConfig {
  const file = inputs["config-file"];
  if (!file) return { branches: DEFAULT_BRANCHES, rules: [], packages: [], initialVersion: undefined };
  const f = readDataFile("config-file", file, cwd);
  const r = parseVersionConfig(f.data);
  if ("problems" in r) {
    const first = r.problems[0];
    const line = first ? f.lineOf(first.path) : undefined;
    throw new ConfigError(
      f.shown,
      r.problems.map((p) => `${p.path.join(".") || "(top level)"}: ${p.message}${f.lineOf(p.path) ? ` (line ${f.lineOf(p.path)})` : ""}`),
      { ...(line === undefined ? {} : { line }), hint: "Fix the config file; docs/version.md lists the keys." },
    );
  }
  return r.config;
}

function resolveBranch(inputs: Inputs, ctx: CommandContext, current: string | undefined): string | undefined {
  if (inputs.branch) return inputs.branch;
  const { context } = ctx;
  if (context.eventName.startsWith("pull_request") && context.baseRef) return context.baseRef;
  if (context.ref?.startsWith("refs/heads/") && context.refName) return context.refName;
  return current;
}

interface Computed {
  state: ReleaseState;
  items: Classified[];
  next: NextVersion;
  commits: number;
  tag: string;
  previousTag: string;
}

/** Reads the log since the last stable release (streamed) and computes the next version. */
async function compute(
  git: Git,
  inputs: Inputs,
  ctx: CommandContext,
  kind: BranchKind,
  config: VersionConfig,
  tagPrefix: string,
  path: string | undefined,
): Promise<Computed> {
  const preset = inputs.preset;
  let changes: ParsedCommit[] = [];
  const streamed = await streamSinceLastRelease(git, {
    tagPrefix,
    range: kind.kind === "maintenance" ? kind.range : undefined,
    path,
    onCommit: (sha, message) => {
      for (const c of parseCommit(sha, message, { preset, light: true })) changes.push(c);
    },
    onReset: () => {
      changes = [];
    },
  });
  const { commits, ...state } = streamed;
  if (state.invalidTags.length > 0) {
    const shown = state.invalidTags.slice(0, 5).join(", ");
    ctx.runtime.log.warning(
      `Ignored ${state.invalidTags.length} tag(s) with the prefix "${tagPrefix}" that are not semantic versions: ${shown}${state.invalidTags.length > 5 ? ", ..." : ""}. Release tags look like ${tagPrefix}1.2.3.`,
    );
  }
  const from = state.lastStable?.tag;
  const plan = planChanges(changes, { preset, rules: config.rules });
  // Pre-release counting needs the bump since the last release of any kind (e.g. since 2.0.0-beta.1).
  let bumpSinceLast = plan.bump;
  if (state.lastRelease && state.lastRelease.tag !== from) {
    const since = new Set((await git.run(["rev-list", `refs/tags/${state.lastRelease.tag}..HEAD`, ...(path ? ["--", path] : [])])).split("\n").filter(Boolean));
    bumpSinceLast = "none";
    for (const i of plan.items) if (i.status === "bump" && since.has(i.change.sha)) bumpSinceLast = maxBump(bumpSinceLast, i.bump);
  }
  const overrideVersion = inputs.version ?? plan.releaseAs?.version;
  const overrideSource = inputs.version ? 'Input "version"' : plan.releaseAs ? `The Release-As footer in ${plan.releaseAs.sha.slice(0, 7)}` : undefined;
  const next = computeNextVersion({
    lastRelease: state.lastRelease,
    lastStable: state.lastStable,
    bump: plan.bump,
    bumpSinceLast,
    allVersions: state.allVersions,
    branch: kind,
    initialVersion: config.initialVersion ?? inputs["initial-version"],
    overrideBump: inputs.bump,
    overrideVersion,
    ...(overrideSource ? { overrideSource } : {}),
    channel: inputs.prerelease || undefined,
    zeroMajorBreakingIsMinor: !inputs["major-on-zero"],
    tagPrefix,
  });
  if (next.errors.length > 0) {
    if (inputs.version) throw new InputError(next.errors.map((e) => ({ input: "version", problem: e.replace(/^Input "version" /, "") })));
    throw new ShiplineError(ErrorCode.InputInvalid, next.errors.join("; "), {
      exitCode: 2,
      hint: "Fix or remove the Release-As footer, or override it with the version input.",
    });
  }
  return {
    state,
    items: plan.items,
    next,
    commits,
    tag: next.version ? `${tagPrefix}${next.version}` : "",
    previousTag: state.lastRelease?.tag ?? "",
  };
}

/** Creates the tag, idempotently: an existing tag at the same commit is "already released". */
async function createTag(git: Git, ctx: CommandContext, inputs: Inputs, tag: string, version: string): Promise<"created" | "exists"> {
  const sha = (await git.revParse("HEAD")) as string;
  const message = `Release ${version}`;
  const conflict = (at: string) =>
    new ShiplineError(ErrorCode.GitPushRejected, `Tag ${tag} already exists at ${at.slice(0, 7)}, not at HEAD (${sha.slice(0, 7)}).`, {
      hint: "Another commit was released with this version. Fetch the tags and re-run so the next version is computed from it, or delete the wrong tag.",
    });
  if (inputs["tag-method"] === "api" && ctx.hasToken()) {
    const refs = ctx.github().refs;
    const existing = await refs.resolveTag(tag);
    if (existing) {
      if (existing !== sha) throw conflict(existing);
      return "exists";
    }
    const obj = await refs.createTagObject(tag, message, sha);
    const created = await refs.create(`tags/${tag}`, obj.sha);
    if (created === "exists") {
      // Lost a race with a concurrent run: fine if it tagged the same commit.
      const winner = await refs.resolveTag(tag);
      if (winner !== sha) throw conflict(winner ?? "?");
      return "exists";
    }
    return "created";
  }
  if (inputs["tag-method"] === "api") ctx.runtime.log.notice("No GitHub token: creating the tag with git push instead of the API.");
  const local = await git.exec(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { okCodes: [0, 1] });
  if (local.exitCode === 0 && local.stdout.trim() !== sha) throw conflict(local.stdout.trim());
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
    throw conflict(peeled ?? remoteSha);
  }
  throw new ShiplineError(ErrorCode.GitPushRejected, `git push ${remote} refs/tags/${tag} failed: ${push.stderr.trim().split("\n").slice(-2).join(" ")}`, {
    hint: 'Give the job "permissions: contents: write", or use tag-method: api with a token that can write.',
  });
}

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime, context } = ctx;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const git = await openRepository(cwd, ctx);
  await ensureFullHistory(git, ctx);
  const config = readConfig(inputs, cwd);
  const current = await git.currentBranch();
  const branch = resolveBranch(inputs, ctx, current);
  if (!branch) {
    throw new InputError({
      input: "branch",
      problem: "is empty and HEAD is detached, so the release branch is unknown. Pass the branch (branch: main), or check out a branch",
    });
  }
  const known = branchKind(branch, config.branches);
  const kind: BranchKind = known ?? { kind: "release" };
  let path = inputs.path;
  if (path) {
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const abs = resolve(cwd, path);
    const rel = relative(top, abs);
    if (rel.startsWith("..") || isAbsolute(rel))
      throw new InputError({ input: "path", problem: `points outside the repository (${top}); got "${inputs.path}"` });
    if (!existsSync(abs)) throw new InputError({ input: "path", problem: `does not exist in the repository; got "${inputs.path}"` });
    path = rel || ".";
  }

  const isPull = context.eventName.startsWith("pull_request") && context.pullNumber !== undefined;
  if (config.packages.length > 0 && !inputs.path) {
    const results: Record<string, unknown>[] = [];
    let anyReleased = false;
    let summary = "## Packages\n\n";
    for (const p of config.packages) {
      const c = await compute(git, inputs, ctx, kind, config, p.tagPrefix, p.path);
      anyReleased ||= c.next.released;
      results.push({
        name: p.name,
        path: p.path,
        version: c.next.version,
        tag: c.tag,
        "previous-tag": c.previousTag,
        "release-type": c.next.releaseType,
        released: c.next.released,
        commits: c.commits,
      });
      summary += renderVersionSummary({ next: c.next, tag: c.tag, previousTag: c.previousTag, items: c.items, heading: p.name, maxRows: 50 });
      summary += "\n";
    }
    runtime.setOutput("packages", results);
    runtime.setOutput("released", anyReleased);
    runtime.appendSummary(summary);
    return { conclusion: "success" };
  }

  const c = await compute(git, inputs, ctx, kind, config, inputs["tag-prefix"], path);
  const unparseable = c.items.filter((i) => i.status === "unparseable");
  let tagged: "created" | "exists" | undefined;
  if (!known && c.next.released) runtime.log.notice(`Branch "${branch}" is not a release branch: this is a preview; nothing is tagged.`);
  if (inputs["create-tag"] && c.next.released && !inputs["dry-run"] && !isPull) {
    if (!known) {
      throw new InputError({
        input: "create-tag",
        problem: `is true on branch "${branch}", which is not a release branch (${config.branches.release.join(", ")}, pre-release or maintenance branches). Run the release from one of them`,
      });
    }
    tagged = await createTag(git, ctx, inputs, c.tag, c.next.version);
  }

  const heading = isPull ? `Pull request #${context.pullNumber} would release` : undefined;
  const summary = renderVersionSummary({
    next: c.next,
    tag: c.tag,
    previousTag: c.previousTag,
    items: c.items,
    tagged,
    dryRun: inputs["dry-run"],
    ...(heading ? { heading } : {}),
  });
  runtime.appendSummary(summary);
  runtime.setOutput("version", c.next.version);
  runtime.setOutput("previous-version", c.state.lastRelease?.version ?? "");
  runtime.setOutput("tag", c.tag);
  runtime.setOutput("previous-tag", c.previousTag);
  runtime.setOutput("release-type", c.next.releaseType);
  runtime.setOutput("released", c.next.released);
  runtime.setOutput("prerelease", c.next.prerelease);
  runtime.setOutput("commits", c.commits);
  runtime.setOutput("explain", explainEntries(c.items));
  for (const n of c.next.notes) runtime.log.notice(n);
  runtime.log.info(c.next.released ? `Next version: ${c.next.version} (${c.next.releaseType}; ${c.next.reason}).` : `No release: ${c.next.reason}.`);

  if (isPull && inputs.comment && ctx.hasToken() && !inputs["dry-run"]) {
    await optionalWrite(runtime.log, context, "the pull request comment", () =>
      ctx.github().comments.upsertSticky(context.pullNumber as number, COMMENT_MARKER, summary),
    );
  }
  const problems: string[] = [];
  if (isPull && inputs["check-pr-title"]) {
    const title = String((context.payload.pull_request as { title?: string } | undefined)?.title ?? "");
    const parsed = parseCommit("", title, { preset: inputs.preset })[0];
    if (!parsed?.conventional)
      problems.push(`The pull request title "${title}" is not a conventional commit header (type(scope): subject); squash merges use it as the commit message`);
  }
  if (inputs["fail-on-unconventional"] && unparseable.length > 0) {
    const shown = unparseable.slice(0, 3).map((i) => `${i.change.sha.slice(0, 7)} "${i.change.header.slice(0, 60)}"`);
    problems.push(
      `${unparseable.length} commit(s) are not conventional: ${shown.join(", ")}${unparseable.length > 3 ? ", ..." : ""}. Reword them, or set fail-on-unconventional: false`,
    );
  }
  if (problems.length > 0) return { conclusion: "failure", message: problems.join(". ") };
  return { conclusion: "success" };
}

export const versionCommand = defineCommand(versionSpec, run);
