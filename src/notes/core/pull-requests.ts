/**
 * Which pull request brought each commit in. A PR merged with a merge commit leaves its branch
 * commits in the history with no `(#N)` suffix: only the merge's header names the PR. Without this
 * the notes would list those commits with no PR link and the PR would get no "released in" comment.
 * Pure: a commit graph in, a map out.
 */
import type { ParsedCommit } from "../../version/core/commits.js";

/** One commit of the range with its parents, as `git log --format=%H%x00%P` prints them. */
export interface RangeCommit {
  sha: string;
  /** Parent SHAs, first parent first; parents outside the range are allowed (the walk stops there). */
  parents: readonly string[];
  /** The PR number when this is a PR merge commit (see {@link parseMergedPr}). */
  mergedPr: number | undefined;
}

// GitHub's and Bitbucket's default merge headers. Derived here rather than read from version's
// parsed commit so notes does not depend on which parser fields exist; both match the same headers.
const GITHUB_MERGE = /^Merge pull request #(\d+) from \S/;
const BITBUCKET_MERGE = /^Merged in \S+ \(pull request #(\d+)\)/;

/**
 * The PR number of a PR merge commit's header (`Merge pull request #12 from o/branch`, Bitbucket's
 * `Merged in branch (pull request #12)`), or undefined for any other header (a squash `feat: x (#12)`
 * is not a merge: its PR is in the suffix already).
 */
export function parseMergedPr(header: string): number | undefined {
  if (!header.startsWith("Merge")) return undefined;
  const m = GITHUB_MERGE.exec(header) ?? BITBUCKET_MERGE.exec(header);
  return m ? Number(m[1]) : undefined;
}

/**
 * Maps every commit a PR merge brought in to that PR's number: the commits reachable from the
 * merge's second (and further) parents and not from its first parent, using only parent links
 * inside the range (a parent outside it ends the walk).
 *
 * The history is split into first-parent chains: the chain from the tip (the release branch itself)
 * is claimed first, then the side of each merge on it, oldest merge first, each side claiming its own
 * first-parent chain and then its merges' sides, depth first. Processing oldest first means that
 * when a merge's side is walked, everything reachable from its first parent is already claimed, so
 * the walk stops exactly at ancestors(first parent): a branch that merged main into itself does not
 * steal main's older commits. Each commit is claimed once: linear time over the range.
 *
 * A PR merged into another PR's branch (nested) gives its commits its own number; a non-PR merge
 * (`Merge branch 'x'`) passes on the number of the PR it is part of, if any.
 *
 * @param commits the range, in any order (git log prints newest first).
 * @returns SHA -> PR number, only for commits brought in by a PR merge (not the merge itself).
 */
export function computeMergedPullRequests(commits: readonly RangeCommit[]): Map<string, number> {
  const bySha = new Map<string, RangeCommit>();
  let anyPr = false;
  for (const c of commits) {
    bySha.set(c.sha, c);
    if (c.mergedPr !== undefined) anyPr = true;
  }
  const out = new Map<string, number>();
  if (!anyPr) return out;
  const isParent = new Set<string>();
  for (const c of commits) for (const p of c.parents) isParent.add(p);
  const claimed = new Set<string>();
  // Explicit stack instead of recursion: nesting depth is unbounded in odd histories.
  const stack: { start: string; pr: number | undefined }[] = [];
  for (const c of commits) if (!isParent.has(c.sha)) stack.push({ start: c.sha, pr: undefined });
  while (stack.length > 0) {
    const { start, pr } = stack.pop() as { start: string; pr: number | undefined };
    const merges: RangeCommit[] = [];
    let sha: string | undefined = start;
    while (sha !== undefined && !claimed.has(sha)) {
      const c = bySha.get(sha);
      if (!c) break;
      claimed.add(sha);
      if (pr !== undefined) out.set(sha, pr);
      if (c.parents.length > 1) merges.push(c);
      sha = c.parents[0];
    }
    // The chain was walked newest first: push in that order so the oldest merge's side is popped first.
    for (const m of merges) {
      const side = m.mergedPr ?? pr;
      for (let i = m.parents.length - 1; i >= 1; i--) stack.push({ start: m.parents[i] as string, pr: side });
    }
  }
  return out;
}

/**
 * Gives a commit's squash bullets the PR of its header: GitHub's squash merge writes `feat: x (#40)`
 * with the PR's commits as `* fix: y` bullets, and each bullet is an entry that belongs to #40. An
 * override block (`BEGIN_COMMIT_OVERRIDE`) replaces the header, so its entries have no header to
 * inherit from and are left as they are.
 *
 * @param parsed one commit's changes as parseCommit returns them (header first).
 * @returns a new list; changed entries are copies, the rest the same objects.
 */
export function inheritHeaderPullRequest(parsed: readonly ParsedCommit[]): ParsedCommit[] {
  const head = parsed[0];
  const pr = head?.source === "header" ? head.pullRequest : undefined;
  if (pr === undefined || parsed.length === 1) return parsed.slice();
  return parsed.map((c) => (c.source === "squash-bullet" && c.pullRequest === undefined ? { ...c, pullRequest: pr } : c));
}

/**
 * Gives the commits a PR merge brought in the PR's link (see {@link computeMergedPullRequests}).
 * Changes that name their own PR (a `(#N)` suffix) keep it.
 *
 * @returns a new list; changed entries are copies, the rest the same objects.
 */
export function linkPullRequests(changes: readonly ParsedCommit[], mergedPrOf: ReadonlyMap<string, number>): ParsedCommit[] {
  if (mergedPrOf.size === 0) return changes.slice();
  return changes.map((c) => {
    if (c.pullRequest !== undefined) return c;
    const pr = mergedPrOf.get(c.sha);
    return pr === undefined ? c : { ...c, pullRequest: pr };
  });
}
