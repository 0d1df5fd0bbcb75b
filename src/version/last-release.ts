/**
 * Finding the last release: the highest semver tag with the prefix that is reachable from HEAD
 * (`git for-each-ref --merged`), not the highest in the repository. Shared by `version` and `notes`.
 */
import type { Git } from "../kernel/git.js";
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

/** Reads the tags and finds the last release reachable from `head`. */
export async function findLastRelease(git: Git, options: FindOptions): Promise<ReleaseState> {
  const head = options.head ?? "HEAD";
  const [reachable, all] = await Promise.all([listTags(git, options.tagPrefix, head), listTags(git, options.tagPrefix, undefined)]);
  const r = parseTags(reachable, options.tagPrefix);
  const a = parseTags(all, options.tagPrefix);
  const range = options.range;
  return {
    lastRelease: highest(r.versions, range ? { range } : {}),
    lastStable: highest(r.versions, { stableOnly: true, ...(range ? { range } : {}) }),
    allVersions: a.versions,
    invalidTags: a.invalid,
  };
}
