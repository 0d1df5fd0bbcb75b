/**
 * The next release of a range, as version computes it and notes previews it: the last release
 * (tags reachable from HEAD), the changes since it streamed through version's change planner, and
 * the next version from the core. One code path, so `shipline notes` without `--version` names the
 * version `shipline version` would release.
 */
import type { Git } from "../kernel/git.js";
import { maxBump, type ReleaseRule } from "../version/core/classify.js";
import { type BranchKind, computeNextVersion, type NextVersion } from "../version/core/next-version.js";
import { type ChangePlan, createChangePlanner } from "../version/core/plan.js";
import { type Preset, parseCommit } from "./core/commits.js";
import { type ReleaseState, streamSinceLastRelease } from "./last-release.js";
import { streamLog } from "./log.js";

/** Options for {@link readNextRelease}. */
export interface NextReleaseOptions {
  preset: Preset;
  rules: readonly ReleaseRule[];
  tagPrefix: string;
  /** Only commits touching this path (from the repository's top). */
  path: string | undefined;
  branch: BranchKind;
  initialVersion: string;
  overrideBump: "auto" | "patch" | "minor" | "major" | "prerelease" | "none";
  /** An exact version from an input; a Release-As footer in the range is used otherwise. */
  overrideVersion: string | undefined;
  channel: string | undefined;
  zeroMajorBreakingIsMinor: boolean;
  /** Rows the plan keeps for the explain output. Defaults to unbounded. */
  maxItems?: number;
  /** The least bump (bump-dependents: a package whose dependency releases releases a patch). Defaults to none. */
  floor?: "patch" | "none";
  /**
   * Called before parsing each commit: the message to parse instead, or undefined to skip the
   * commit (version's pr-version-from: title). `reset` is called when the range is read again.
   */
  rewrite?: { message(sha: string, message: string): string | undefined; reset(): void };
}

/** What {@link readNextRelease} found. */
export interface NextRelease {
  state: ReleaseState;
  plan: ChangePlan;
  next: NextVersion;
  /** Commits read since the last stable release. */
  commits: number;
  /** Where an exact version came from, for messages: an input or a Release-As footer. */
  overrideSource: string | undefined;
}

/** Reads the range since the last release (streamed) and computes the next version. */
export async function readNextRelease(git: Git, options: NextReleaseOptions): Promise<NextRelease> {
  const { preset, rewrite } = options;
  const plannerOptions = { preset, rules: options.rules, ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }) };
  // Changes go to the planner as they are parsed, so memory follows the bounded rows, not the range.
  let planner = createChangePlanner(plannerOptions);
  const onCommit = (sha: string, message: string) => {
    const text = rewrite ? rewrite.message(sha, message) : message;
    if (text === undefined) return;
    for (const c of parseCommit(sha, text, { preset, light: true })) planner.add(c);
  };
  const streamed = await streamSinceLastRelease(git, {
    tagPrefix: options.tagPrefix,
    range: options.branch.kind === "maintenance" ? options.branch.range : undefined,
    path: options.path,
    onCommit,
    onReset: () => {
      planner = createChangePlanner(plannerOptions);
      rewrite?.reset();
    },
  });
  const { commits, ...state } = streamed;
  const plan = planner.finish();
  // Pre-release counting needs the bump since the last release of any kind (e.g. since 2.0.0-beta.1):
  // a second, shorter walk through its own planner, as the first one keeps no per-commit list.
  let bumpSinceLast = plan.bump;
  if (state.lastRelease && state.lastRelease.tag !== state.lastStable?.tag) {
    planner = createChangePlanner({ ...plannerOptions, maxItems: 0 });
    rewrite?.reset();
    await streamLog(git, { revs: [`refs/tags/${state.lastRelease.tag}..HEAD`], path: options.path }, (c) => onCommit(c.sha, c.message));
    bumpSinceLast = planner.finish().bump;
  }
  const floor = options.floor ?? "none";
  const overrideVersion = options.overrideVersion ?? plan.releaseAs?.version;
  const overrideSource = options.overrideVersion
    ? 'Input "version"'
    : plan.releaseAs
      ? `The Release-As footer in ${plan.releaseAs.sha.slice(0, 7)}`
      : undefined;
  const next = computeNextVersion({
    lastRelease: state.lastRelease,
    lastStable: state.lastStable,
    bump: maxBump(plan.bump, floor),
    bumpSinceLast: maxBump(bumpSinceLast, floor),
    allVersions: state.allVersions,
    branch: options.branch,
    initialVersion: options.initialVersion,
    overrideBump: options.overrideBump,
    overrideVersion,
    ...(overrideSource ? { overrideSource } : {}),
    channel: options.channel,
    zeroMajorBreakingIsMinor: options.zeroMajorBreakingIsMinor,
    tagPrefix: options.tagPrefix,
  });
  return { state, plan, next, commits, overrideSource };
}
