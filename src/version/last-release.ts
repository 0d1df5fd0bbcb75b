/**
 * Finding the last release: the highest semver tag with the prefix that is reachable from HEAD
 * (`git for-each-ref --merged`), not the highest in the repository. Shared by `version` and `notes`.
 */
import type { Git } from "../kernel/git.js";
import semver from "semver";
import { highest, parseTags, type TaggedVersion } from "./core/next-version.js";

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

function pattern(prefix: string): string {
  // for-each-ref treats the pattern as a glob; a prefix with glob characters is filtered in code.
  return /[*?[\]]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}*`;
}

async function listTags(git: Git, prefix: string, mergedInto: string | undefined): Promise<string[]> {
  const args = ["for-each-ref", "--format=%(refname:strip=2)", ...(mergedInto ? [`--merged=${mergedInto}`] : []), pattern(prefix)];
  const out = await git.run(args);
  return out.split("\n").filter((t) => t !== "");
}

/** Checks done one by one before falling back to git's own `--merged` walk. */
const MAX_ANCESTRY_CHECKS = 40;

/**
 * Reads the tags and finds the last release reachable from `head`.
 *
 * Cost grows with what changed since the last release, not with the tag count: instead of asking
 * git for the reachability of every tag (`for-each-ref --merged` walks history for each of 20k tags),
 * candidates are checked from the highest version down with `merge-base --is-ancestor` until the
 * highest reachable release and the highest reachable stable release are known; usually one or two
 * checks. After 40 unreachable candidates (many releases on other branches) git's walk is cheaper.
 */
export async function findLastRelease(git: Git, options: FindOptions): Promise<ReleaseState> {
  const head = options.head ?? "HEAD";
  const all = parseTags(await listTags(git, options.tagPrefix, undefined), options.tagPrefix);
  const range = options.range;
  // Parse once: semver.rcompare in a sort comparator would re-parse both sides on every comparison.
  const parsed = (range ? all.versions.filter((v) => semver.satisfies(v.version, range, { includePrerelease: true })) : all.versions).map((v) => ({
    v,
    sv: new semver.SemVer(v.version),
  }));
  const candidates = parsed.sort((a, b) => b.sv.compare(a.sv)).map((x) => x.v);
  let lastRelease: TaggedVersion | undefined;
  let lastStable: TaggedVersion | undefined;
  let checks = 0;
  for (const v of candidates) {
    const isStable = semver.prerelease(v.version) === null;
    if (lastRelease && (lastStable || !isStable)) continue;
    if (++checks > MAX_ANCESTRY_CHECKS) {
      const reachable = parseTags(await listTags(git, options.tagPrefix, head), options.tagPrefix).versions;
      return {
        lastRelease: highest(reachable, range ? { range } : {}),
        lastStable: highest(reachable, { stableOnly: true, ...(range ? { range } : {}) }),
        allVersions: all.versions,
        invalidTags: all.invalid,
      };
    }
    const r = await git.exec(["merge-base", "--is-ancestor", `refs/tags/${v.tag}`, head], { okCodes: [0, 1] });
    if (r.exitCode !== 0) continue;
    lastRelease ??= v;
    if (isStable) lastStable = v;
    if (lastStable) break;
  }
  return { lastRelease, lastStable, allVersions: all.versions, invalidTags: all.invalid };
}
