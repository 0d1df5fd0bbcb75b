import { describe, expect, it } from "vitest";
import {
  computeMergedPullRequests,
  inheritHeaderPullRequest,
  linkPullRequests,
  parseMergedPr,
  type RangeCommit,
} from "../../../src/notes/core/pull-requests.js";
import { parseCommit } from "../../../src/version/core/commits.js";

/** A graph from "sha:parent1,parent2[:#pr]" lines, newest first as git log prints. */
function graph(...lines: string[]): RangeCommit[] {
  return lines.map((l) => {
    const [sha, parents = "", pr] = l.split(":") as [string, string?, string?];
    return { sha, parents: parents ? parents.split(",") : [], mergedPr: pr ? Number(pr.slice(1)) : undefined };
  });
}

const asObject = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

describe("which PR merge brought each commit in", () => {
  it.each([
    ["GitHub", "Merge pull request #12 from octo/feature-x", 12],
    ["Bitbucket", "Merged in feature/x (pull request #7)", 7],
    ["a branch merge", "Merge branch 'main' into feature", undefined],
    ["a squash commit", "feat: x (#40)", undefined],
    ["a conventional subject mentioning a merge", "feat: Merge pull request #3 from the UI", undefined],
  ])("reads the PR number of a %s header", (_what, header, pr) => {
    expect(parseMergedPr(header)).toBe(pr);
  });

  it.each<[string, string[], Record<string, number>]>([
    ["a linear history has no PR commits", ["c:b", "b:a", "a:"], {}],
    ["a --no-ff merge gives its branch commits the PR, not main's commits or the merge", ["m:a,y:#12", "y:x", "x:a", "a:base"], { x: 12, y: 12 }],
    ["two PRs merged one after the other each keep their own commits", ["m2:m1,q:#2", "q:m1", "m1:a,p:#1", "p:a", "a:"], { p: 1, q: 2 }],
    [
      "a branch that merged main into itself does not claim main's older PR commits",
      // PR #1 (p) merged as m1; feature branch f1 forked at a, merged main (b = merge of m1 into it), then merged as #2.
      ["m2:m1,f2:#2", "f2:b", "b:f1,m1", "m1:a,p:#1", "p:a", "f1:a", "a:"],
      { p: 1, f1: 2, b: 2, f2: 2 },
    ],
    ["a PR merged into another PR's branch keeps its own number", ["m2:a,m1:#20", "m1:r1,n:#5", "n:r1", "r1:a", "a:"], { r1: 20, m1: 20, n: 5 }],
    [
      "a plain branch merge inside a PR passes the PR on; a plain merge on main gives none",
      ["m3:m2,s:", "s:a", "m2:a,m1:#9", "m1:x,y", "y:a", "x:a", "a:"],
      { x: 9, y: 9, m1: 9 },
    ],
    ["a parent outside the range ends the walk", ["m:a,y:#3", "y:outside", "a:outside"], { y: 3 }],
  ])("%s", (_what, lines, expected) => {
    expect(asObject(computeMergedPullRequests(graph(...lines)))).toEqual(expected);
  });

  // Speed is measured by `npm run bench`, not by a wall-clock bound here; a quadratic walk over 100k
  // commits would still run past the test timeout.
  it("maps each of 100k commits with a merge every 10 to the PR that merged it", () => {
    const commits: RangeCommit[] = [];
    // Newest first: main m_i (merge of m_{i-1} and branch b_i) over 10k merges.
    for (let i = 10_000; i >= 1; i--) {
      commits.push({ sha: `m${i}`, parents: [i > 1 ? `m${i - 1}` : "root", `b${i}.8`], mergedPr: i });
      for (let j = 8; j >= 0; j--) commits.push({ sha: `b${i}.${j}`, parents: [j > 0 ? `b${i}.${j - 1}` : i > 1 ? `m${i - 1}` : "root"], mergedPr: undefined });
    }
    const map = computeMergedPullRequests(commits);
    expect(map.size).toBe(90_000);
    expect(map.get("b5000.3")).toBe(5000);
  });
});

describe("linking changes to their PR", () => {
  it("gives squash bullets the PR of their commit's header", () => {
    const parsed = parseCommit("a".repeat(40), "Bundle of changes (#40)\n\n* fix: one\n* feat(ui): two (#41)");
    const linked = inheritHeaderPullRequest(parsed);
    expect(linked.map((c) => [c.subject, c.pullRequest])).toEqual([
      ["Bundle of changes (#40)", 40],
      ["one", 40],
      ["two (#41)", 41],
    ]);
    expect(parsed[1]?.pullRequest).toBeUndefined();
  });

  it("gives commits brought in by a merge their PR and leaves a (#N) suffix alone", () => {
    const changes = [
      ...parseCommit("x".repeat(40), "fix: one"),
      ...parseCommit("y".repeat(40), "feat: two (#8)"),
      ...parseCommit("z".repeat(40), "feat: three"),
    ];
    const out = linkPullRequests(
      changes,
      new Map([
        ["x".repeat(40), 12],
        ["y".repeat(40), 12],
      ]),
    );
    expect(out.map((c) => c.pullRequest)).toEqual([12, 8, undefined]);
  });
});
