/**
 * Finding the last release: the highest semver tag with the prefix that is reachable from HEAD, not
 * the highest in the repository. Part of the release domain: shared by `version` and `notes`.
 */
import semver from "semver";
import type { Git } from "../kernel/git.js";
import type { TaggedVersion } from "../version/core/next-version.js";
import { streamLog } from "./log.js";

export interface ReleaseState {
  /** Highest reachable release, pre-releases included. */
  lastRelease: TaggedVersion | undefined;
  /** Highest reachable stable release. */
  lastStable: TaggedVersion | undefined;
  /** Every version tag with the prefix, reachable or not (to find free numbers). */
  allVersions: TaggedVersion[];
  /** Tags with the prefix that are not valid semver (`v1.2`, `v01.2.3`); ignored. */
  invalidTags: string[];
}

export interface FindOptions {
  tagPrefix: string;
  /** Revision the release must be reachable from. Default HEAD. */
  head?: string;
  /** Only versions in this semver range count (maintenance branches). */
  range?: string;
}

/** A release tag with the commit it points at (peeled), for ancestry checks. */
export interface ReleaseCandidate extends TaggedVersion {
  commit: string;
  stable: boolean;
}

/** The version tags of a prefix, highest first, with their commits. */
export interface ReleaseTags {
  /** Tags in `range` (all when no range), highest version first. */
  candidates: ReleaseCandidate[];
  allVersions: TaggedVersion[];
  invalidTags: string[];
}

function pattern(prefix: string): string {
  // for-each-ref treats the pattern as a glob; a prefix with glob characters is filtered in code.
  return /[*?[\]]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}*`;
}

/**
 * Lists the version tags with `tagPrefix` (one `for-each-ref`, no history walk) and sorts them,
 * highest first. Cost grows with the tag count only by this one listing.
 */
export async function readReleaseTags(git: Git, options: { tagPrefix: string; range?: string | undefined }): Promise<ReleaseTags> {
  const out = await git.run(["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)", pattern(options.tagPrefix)]);
  const prefix = options.tagPrefix;
  const range = options.range === undefined ? undefined : new semver.Range(options.range, { includePrerelease: true });
  const allVersions: TaggedVersion[] = [];
  const invalidTags: string[] = [];
  const keyed: { c: ReleaseCandidate; major: number; minor: number; patch: number }[] = [];
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const [tag, obj, peeled] = line.split("\0") as [string, string, string];
    if (!tag.startsWith(prefix)) continue;
    const rest = tag.slice(prefix.length);
    if (!/^\d/.test(rest)) continue;
    // Plain X.Y.Z needs no semver object: with 20k tags, building one per tag (twice, to validate
    // and to sort) was most of the time spent on tags.
    const plain = PLAIN.exec(rest);
    let major: number;
    let minor: number;
    let patch: number;
    let stable = true;
    if (plain) {
      major = Number(plain[1]);
      minor = Number(plain[2]);
      patch = Number(plain[3]);
    } else {
      const sv = semver.parse(rest);
      if (sv === null || sv.version !== rest) {
        invalidTags.push(tag);
        continue;
      }
      ({ major, minor, patch } = sv);
      stable = sv.prerelease.length === 0;
    }
    allVersions.push({ tag, version: rest });
    if (range && !range.test(rest)) continue;
    keyed.push({ c: { tag, version: rest, commit: peeled || obj, stable }, major, minor, patch });
  }
  keyed.sort(
    (a, b) =>
      b.major - a.major ||
      b.minor - a.minor ||
      b.patch - a.patch ||
      (a.c.stable === b.c.stable ? (a.c.stable ? 0 : semver.rcompare(a.c.version, b.c.version)) : a.c.stable ? -1 : 1),
  );
  return { candidates: keyed.map((k) => k.c), allVersions, invalidTags };
}

const PLAIN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Checks done one by one before falling back to git's own `--merged` walk. */
const MAX_ANCESTRY_CHECKS = 40;

async function isAncestor(git: Git, commit: string, head: string): Promise<boolean> {
  return (await git.exec(["merge-base", "--is-ancestor", commit, head], { okCodes: [0, 1] })).exitCode === 0;
}

/**
 * Picks the highest reachable release and the highest reachable stable release from the candidates
 * (highest first), checking `merge-base --is-ancestor` from the top down; `known` answers for
 * commits whose reachability is already known without git (undefined: ask git). After 40
 * unreachable candidates (many releases on other branches) git's one `--merged` walk is cheaper.
 */
async function pickReachable(
  git: Git,
  tags: ReleaseTags,
  head: string,
  known: (c: ReleaseCandidate) => boolean | undefined = () => undefined,
): Promise<{ lastRelease: ReleaseCandidate | undefined; lastStable: ReleaseCandidate | undefined }> {
  let lastRelease: ReleaseCandidate | undefined;
  let lastStable: ReleaseCandidate | undefined;
  let checks = 0;
  let merged: Set<string> | undefined;
  for (const c of tags.candidates) {
    if (lastRelease && (lastStable || !c.stable)) continue;
    let reachable = known(c);
    if (reachable === undefined) {
      if (merged === undefined && ++checks > MAX_ANCESTRY_CHECKS) {
        const out = await git.run(["for-each-ref", "--format=%(refname:strip=2)", `--merged=${head}`, "refs/tags/"]);
        merged = new Set(out.split("\n"));
      }
      reachable = merged ? merged.has(c.tag) : await isAncestor(git, c.commit, head);
    }
    if (!reachable) continue;
    lastRelease ??= c;
    if (c.stable) lastStable = c;
    if (lastStable) break;
  }
  return { lastRelease, lastStable };
}

function strip(c: ReleaseCandidate | undefined): TaggedVersion | undefined {
  return c ? { tag: c.tag, version: c.version } : undefined;
}

/**
 * Reads the tags and finds the last release reachable from `head`.
 *
 * Cost grows with what changed since the last release, not with the tag count: instead of asking
 * git for the reachability of every tag (`for-each-ref --merged` walks history for each of 20k tags),
 * candidates are checked from the highest version down with `merge-base --is-ancestor` until the
 * highest reachable release and the highest reachable stable release are known; usually one or two
 * checks.
 */
export async function findLastRelease(git: Git, options: FindOptions): Promise<ReleaseState> {
  const tags = await readReleaseTags(git, options);
  const picked = await pickReachable(git, tags, options.head ?? "HEAD");
  return { lastRelease: strip(picked.lastRelease), lastStable: strip(picked.lastStable), allVersions: tags.allVersions, invalidTags: tags.invalidTags };
}

export interface StreamOptions {
  tagPrefix: string;
  range?: string | undefined;
  /** Limit the commits to this path (monorepo package). */
  path?: string | undefined;
  /** Called for every commit since the last stable release, newest first. */
  onCommit: (sha: string, message: string) => void;
  /** Called when commits already reported must be forgotten (the optimistic guess was wrong). */
  onReset: () => void;
}

/**
 * Finds the last release AND streams the commits since the last stable one, in about the time of
 * the `git log` alone.
 *
 * Checking reachability first (`merge-base --is-ancestor`) walks the same commits the log walks
 * afterwards: on 100k commits that check alone took 0.67 s beside a 1.6 s log. Instead the highest
 * stable tag is assumed reachable and the log runs with `--boundary`: the tag's commit is reachable
 * from HEAD exactly when it shows up as a boundary commit (every commit on a path from HEAD down to
 * it is in the range, so its child on that path is, and it is that child's excluded parent). When
 * the guess is wrong (the highest tag is on another branch) the commits are dropped via `onReset` and
 * the ancestry checks of {@link findLastRelease} take over. With `path`, history simplification
 * rewrites parents, so the boundary proves nothing: that case checks ancestry first.
 */
export async function streamSinceLastRelease(git: Git, options: StreamOptions): Promise<ReleaseState & { commits: number }> {
  const tags = await readReleaseTags(git, options);
  const head = (await git.revParse("HEAD")) as string;
  const guess = options.path ? undefined : tags.candidates.find((c) => c.stable);
  // Pre-releases above the stable guess are reachable exactly when they are in the streamed range.
  const needRange = tags.candidates.length > 0 && !tags.candidates[0]?.stable;
  const inRange = needRange ? new Set<string>() : undefined;
  let commits = 0;

  const readLog = async (from: string | undefined, boundary: boolean): Promise<Set<string>> => {
    const boundaries = new Set<string>();
    await streamLog(git, { revs: [from ? `${from}..HEAD` : "HEAD"], boundary, path: options.path }, (c) => {
      if (c.boundary) {
        boundaries.add(c.sha);
        return;
      }
      commits++;
      inRange?.add(c.sha);
      options.onCommit(c.sha, c.message);
    });
    return boundaries;
  };

  if (guess && guess.commit !== head) {
    const boundaries = await readLog(guess.commit, true);
    if (boundaries.has(guess.commit)) {
      const picked = await pickReachable(git, tags, head, (c) => (c === guess || inRange?.has(c.commit) ? true : undefined));
      return { lastRelease: strip(picked.lastRelease), lastStable: strip(guess), allVersions: tags.allVersions, invalidTags: tags.invalidTags, commits };
    }
    options.onReset();
    commits = 0;
    inRange?.clear();
  }
  const picked = await pickReachable(git, tags, head, (c) => (c.commit === head ? true : undefined));
  if (!(picked.lastStable && picked.lastStable.commit === head)) await readLog(picked.lastStable?.commit, false);
  return {
    lastRelease: strip(picked.lastRelease),
    lastStable: strip(picked.lastStable),
    allVersions: tags.allVersions,
    invalidTags: tags.invalidTags,
    commits,
  };
}
