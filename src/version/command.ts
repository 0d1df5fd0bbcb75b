/**
 * The `version` command: reads git (tags reachable from HEAD, the streamed log since the last
 * release) and hands plain data to the core; then reports, comments on pull requests and tags.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { ConfigError, ErrorCode, InputError, ShiplineError } from "../kernel/errors.js";
import { count } from "../kernel/format.js";
import { readDataFile } from "../kernel/files.js";
import type { Git } from "../kernel/git.js";
import { optionalWrite } from "../kernel/github/index.js";
import type { InputValues } from "../kernel/inputs.js";
import { parseCommit } from "../release/core/commits.js";
import { checkVersion } from "../release/core/version-input.js";
import { parseVersionConfig, type VersionConfig } from "./core/config.js";
import { planDependentBumps, type WorkspacePackage } from "./core/dependents.js";
import { type BranchKind, branchKind, DEFAULT_BRANCHES, type NextVersion } from "./core/next-version.js";
import type { ChangePlan } from "./core/plan.js";
import { explainEntries, MAX_EXPLAIN_ROWS, renderVersionSummary } from "./core/render.js";
import { versionSpec } from "./inputs.js";
import type { ReleaseState } from "../release/last-release.js";
import { readNextRelease } from "../release/next-release.js";
import { writeReleaseTag } from "../release/tags.js";
import { ensureFullHistory, ensureReleaseTags, openRepository, resolveRepoPath } from "../release/repository.js";

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
  plan: ChangePlan;
  next: NextVersion;
  commits: number;
  tag: string;
  previousTag: string;
}

/**
 * On `pr-version-from: title`: the pull request's own commits (replaced by its title as one
 * change) and the title. The PR's commits are those not on the base: HEAD^1..HEAD on the merge
 * commit actions/checkout checks out (refs/pull/N/merge, "Merge <head> into <base>"), else
 * pull_request.base.sha..HEAD from the event.
 */
interface TitleScope {
  shas: Set<string>;
  title: string;
}

async function readTitleScope(git: Git, ctx: CommandContext): Promise<TitleScope> {
  const pr = ctx.context.payload.pull_request as { title?: string; base?: { sha?: string } } | undefined;
  const [parentList = "", subject = ""] = (await git.run(["log", "-1", "--format=%P%x00%s", "HEAD"])).trim().split("\0");
  const parents = parentList.split(" ");
  // Only GitHub's test merge has the base as first parent for sure; a PR branch that merged main
  // in is a merge too, and its first parent is the branch.
  let base: string | undefined = parents.length === 2 && /^Merge [0-9a-f]{40} into [0-9a-f]{40}$/.test(subject) ? parents[0] : undefined;
  if (!base && pr?.base?.sha) base = await git.revParse(pr.base.sha);
  if (!base) {
    throw new InputError({
      input: "pr-version-from",
      problem:
        "is \"title\", but the pull request's commits cannot be told apart from the base branch: HEAD is not the pull request's merge commit and the event names no base commit in this clone. Keep actions/checkout's default ref on pull_request events, or set pr-version-from: commits",
    });
  }
  const shas = new Set((await git.run(["rev-list", `${base}..HEAD`])).split("\n").filter(Boolean));
  return { shas, title: String(pr?.title ?? "") };
}

/**
 * The manifest of a package for bump-dependents: its package.json name and the names in
 * dependencies, peerDependencies and optionalDependencies (devDependencies are not published, so a
 * release of one does not concern the dependent's users). No package.json: no dependencies.
 */
function readManifest(cwd: string, path: string): Pick<WorkspacePackage, "manifestName" | "dependsOn"> {
  const file = join(cwd, path, "package.json");
  if (!existsSync(file)) return { manifestName: undefined, dependsOn: [] };
  let data: { name?: unknown; dependencies?: unknown; peerDependencies?: unknown; optionalDependencies?: unknown };
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as typeof data;
  } catch (e) {
    throw new ConfigError(relative(cwd, file), `is not valid JSON (${(e as Error).message})`, {
      hint: 'Fix the package.json, or set "bump-dependents: false" in the config file.',
    });
  }
  const names = (o: unknown) => (o && typeof o === "object" ? Object.keys(o) : []);
  return {
    manifestName: typeof data.name === "string" ? data.name : undefined,
    dependsOn: [...names(data.dependencies), ...names(data.peerDependencies), ...names(data.optionalDependencies)],
  };
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
  titleScope: TitleScope | undefined,
  /** Released packages this one depends on (bump-dependents): it releases at least a patch. */
  dependsOnReleased: readonly string[] = [],
): Promise<Computed> {
  let titleSha: string | undefined;
  const floor = dependsOnReleased.length > 0 ? "patch" : "none";
  const { state, plan, next, commits } = await readNextRelease(git, {
    preset: inputs.preset,
    rules: config.rules,
    tagPrefix,
    path,
    branch: kind,
    initialVersion: config.initialVersion ?? inputs["initial-version"],
    overrideBump: inputs.bump,
    overrideVersion: inputs.version,
    channel: inputs.prerelease || undefined,
    zeroMajorBreakingIsMinor: !inputs["major-on-zero"],
    maxItems: MAX_EXPLAIN_ROWS,
    floor,
    ...(titleScope
      ? {
          rewrite: {
            // The PR's commits become one change, its title, at the place of the newest of them.
            message: (sha: string, message: string) => {
              if (!titleScope.shas.has(sha)) return message;
              if (titleSha !== undefined) return undefined;
              titleSha = sha;
              return titleScope.title;
            },
            reset: () => {
              titleSha = undefined;
            },
          },
        }
      : {}),
  });
  if (state.invalidTags.length > 0) {
    const shown = state.invalidTags.slice(0, 5).join(", ");
    ctx.runtime.log.warning(
      `Ignored ${count(state.invalidTags.length, "tag")} with the prefix "${tagPrefix}" that are not semantic versions: ${shown}${state.invalidTags.length > 5 ? ", ..." : ""}. Release tags look like ${tagPrefix}1.2.3.`,
    );
  }
  if (floor !== "none" && plan.bump === "none" && next.released)
    next.notes.push(
      `released as a patch because it depends on ${dependsOnReleased.join(", ")}, ${dependsOnReleased.length === 1 ? "which releases" : "which release"} in this run`,
    );
  if (next.errors.length > 0) {
    if (inputs.version) throw new InputError(next.errors.map((e) => ({ input: "version", problem: e.replace(/^Input "version" /, "") })));
    throw new ShiplineError(ErrorCode.InputInvalid, next.errors.join("; "), {
      exitCode: 2,
      hint: "Fix or remove the Release-As footer, or override it with the version input.",
    });
  }
  return {
    state,
    plan,
    next,
    commits,
    tag: next.version ? `${tagPrefix}${next.version}` : "",
    previousTag: state.lastRelease?.tag ?? "",
  };
}

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime, context } = ctx;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const git = await openRepository(cwd, ctx);
  await ensureFullHistory(git, ctx);
  const config = readConfig(inputs, cwd);
  // Checked before anything is read or written: `vbanana` and `v99999999999999999999.0.0` were tagged.
  const badInitial = checkVersion(inputs["initial-version"]);
  if (badInitial) throw new InputError({ input: "initial-version", problem: badInitial });
  const badConfigInitial = config.initialVersion === undefined ? undefined : checkVersion(config.initialVersion);
  if (badConfigInitial)
    throw new ConfigError(inputs["config-file"] ?? "config-file", `initial-version ${badConfigInitial}`, { hint: "Fix initial-version in the config file." });
  if (inputs.version !== undefined) {
    const want = inputs.version.startsWith(inputs["tag-prefix"]) ? inputs.version.slice(inputs["tag-prefix"].length) : inputs.version;
    const badVersion = checkVersion(want);
    if (badVersion) throw new InputError({ input: "version", problem: badVersion });
  }
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
  if (path) path = (await resolveRepoPath(git, cwd, path)).fromTop;

  const isPull = context.eventName.startsWith("pull_request") && context.pullNumber !== undefined;
  const packages = config.packages.length > 0 && !inputs.path ? config.packages : undefined;
  const targets = packages ?? [{ name: undefined, tagPrefix: inputs["tag-prefix"], path }];
  const titleScope = isPull && inputs["pr-version-from"] === "title" ? await readTitleScope(git, ctx) : undefined;

  let results: { name: string | undefined; path: string | undefined; c: Computed; tagged: "created" | "exists" | undefined; dependsOn?: string[] }[] = [];
  const computeAll = async () => {
    results = [];
    for (const t of targets) {
      const c = await compute(git, inputs, ctx, kind, config, t.tagPrefix, t.path, titleScope);
      results.push({ name: t.name, path: t.path, c, tagged: undefined });
    }
  };
  await computeAll();
  // No tag at all with a prefix: maybe a clone without tags rather than a first release. Asked only
  // then, so the usual run pays nothing; when the tags get fetched, the versions are computed again.
  const untagged = targets.filter((_, i) => results[i]?.c.state.allVersions.length === 0);
  if (
    untagged.length > 0 &&
    (await ensureReleaseTags(
      git,
      ctx,
      untagged.map((t) => t.tagPrefix),
    ))
  )
    await computeAll();
  if (packages && config.bumpDependents) {
    // Dependents are decided on the released set of this run, then computed again with a patch floor.
    const bumps = planDependentBumps(packages.map((p, i) => ({ ...readManifest(cwd, p.path), name: p.name, released: results[i]?.c.next.released === true })));
    for (const [i, p] of packages.entries()) {
      const because = bumps.get(p.name);
      if (!because) continue;
      const c = await compute(git, inputs, ctx, kind, config, p.tagPrefix, p.path, titleScope, because);
      results[i] = { name: p.name, path: p.path, c, tagged: undefined, dependsOn: because };
    }
  }
  const released = results.filter((r) => r.c.next.released);
  if (!known && released.length > 0) runtime.log.notice(`Branch "${branch}" is not a release branch: this is a preview; nothing is tagged.`);
  if (inputs["create-tag"] && released.length > 0 && !inputs["dry-run"] && !isPull) {
    if (!known) {
      throw new InputError({
        input: "create-tag",
        problem: `is true on branch "${branch}", which is not a release branch (${config.branches.release.join(", ")}, pre-release or maintenance branches). Run the release from one of them`,
      });
    }
    // One tag per released package; each is idempotent, so a re-run after a partial failure
    // finds the tags already made at HEAD and creates only the missing ones.
    const sha = (await git.revParse("HEAD")) as string;
    for (const r of released)
      r.tagged = await writeReleaseTag(git, ctx, {
        tag: r.c.tag,
        sha,
        message: `Release ${r.name ? `${r.name} ${r.c.next.version}` : r.c.next.version}`,
        method: inputs["tag-method"],
      });
  }

  const pullHeading = isPull ? `Pull request #${context.pullNumber} would release` : undefined;
  const summaryOf = (r: (typeof results)[number], heading: string | undefined) =>
    renderVersionSummary({
      next: r.c.next,
      tag: r.c.tag,
      previousTag: r.c.previousTag,
      items: r.c.plan.items,
      total: r.c.plan.total,
      counts: r.c.plan.counts,
      tagged: r.tagged,
      dryRun: inputs["dry-run"],
      repoUrl: context.repository ? `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}` : undefined,
      ...(heading ? { heading } : {}),
      ...(packages ? { maxRows: 50, headingLevel: 3 as const } : {}),
    });
  let summary: string;
  if (packages) {
    summary = `## Packages\n\n${results.map((r) => summaryOf(r, pullHeading ? `${pullHeading} ${r.name}` : r.name)).join("\n")}`;
    runtime.setOutput(
      "packages",
      results.map((r) => ({
        name: r.name,
        path: r.path,
        version: r.c.next.version,
        tag: r.c.tag,
        "previous-tag": r.c.previousTag,
        "release-type": r.c.next.releaseType,
        released: r.c.next.released,
        commits: r.c.commits,
        tagged: r.tagged ?? "",
        ...(config.bumpDependents ? { "dependencies-released": r.dependsOn ?? [] } : {}),
      })),
    );
    runtime.setOutput("released", released.length > 0);
    runtime.setOutput("explain", Object.fromEntries(results.map((r) => [r.name, explainEntries(r.c.plan.items, r.c.plan.total)])));
  } else {
    const c = (results[0] as (typeof results)[number]).c;
    summary = summaryOf(results[0] as (typeof results)[number], pullHeading);
    runtime.setOutput("version", c.next.version);
    runtime.setOutput("previous-version", c.state.lastRelease?.version ?? "");
    runtime.setOutput("tag", c.tag);
    runtime.setOutput("previous-tag", c.previousTag);
    runtime.setOutput("release-type", c.next.releaseType);
    runtime.setOutput("released", c.next.released);
    runtime.setOutput("prerelease", c.next.prerelease);
    runtime.setOutput("commits", c.commits);
    runtime.setOutput("explain", explainEntries(c.plan.items, c.plan.total));
  }
  runtime.appendSummary(summary);
  for (const r of results) {
    const who = r.name ? `${r.name}: ` : "";
    for (const n of r.c.next.notes) runtime.log.notice(`${who}${n}`);
    runtime.log.info(
      r.c.next.released ? `${who}Next version: ${r.c.next.version} (${r.c.next.releaseType}; ${r.c.next.reason}).` : `${who}No release: ${r.c.next.reason}.`,
    );
  }

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
  if (inputs["fail-on-unconventional"]) {
    for (const r of results) {
      const n = r.c.plan.counts.unparseable;
      if (n === 0) continue;
      const shown = r.c.plan.unparseable.slice(0, 3).map((i) => `${i.change.sha.slice(0, 7)} "${i.change.header.slice(0, 60)}"`);
      problems.push(
        `${r.name ? `Package "${r.name}": ` : ""}${count(n, "commit")} ${n === 1 ? "is" : "are"} not conventional: ${shown.join(", ")}${n > 3 ? ", ..." : ""}. Reword them, or set fail-on-unconventional: false`,
      );
    }
  }
  if (problems.length > 0) return { conclusion: "failure", message: problems.join(". ") };
  return { conclusion: "success" };
}

export const versionCommand = defineCommand(versionSpec, run);
