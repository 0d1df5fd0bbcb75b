import { describe, expect, it } from "vitest";
import { parseCommit } from "../../../src/version/core/commits.js";
import { createChangePlanner, planChanges } from "../../../src/version/core/plan.js";
import { explainEntries, renderVersionSummary } from "../../../src/version/core/render.js";

/** Changes of a newest-first list of messages; SHAs derived from the position (stable, distinct). */
function changesOf(messages: readonly string[]) {
  return messages.flatMap((m, i) => parseCommit(String(i + 1).padStart(40, "0"), m, { light: true }));
}

describe("merge commits", () => {
  it.each([
    ["Merge pull request #5 from octo/feature-x", 5],
    ["Merge pull request #12 from octo/fix\n\nfeat: the PR title as body", 12],
    ["Merge branch 'feature-x'", undefined],
    ["Merge branch 'feature-x' into main", undefined],
    ["Merge branch 'main' of github.com:o/r", undefined],
    ["Merge remote-tracking branch 'origin/main'", undefined],
    ["Merge tag 'v1.2.0'", undefined],
    [`Merge ${"a".repeat(40)} into ${"b".repeat(40)}`, undefined],
    ["Merged in feature/x (pull request #7)", 7],
  ])("recognises %j as a merge commit, with its PR number", (message, pr) => {
    const [c, ...rest] = parseCommit("f".repeat(40), message);
    expect(c).toMatchObject({ merge: true, mergedPr: pr, conventional: false, unparseableReason: "merge commit" });
    expect(rest).toEqual([]);
  });

  it.each(["feat: merge the two caches", "Merge conflicts are annoying", "Merged the branches by hand"])("does not take %j for a merge commit", (message) => {
    expect(parseCommit("f".repeat(40), message)[0]?.merge).toBeUndefined();
  });

  it("classifies merges as ignored with the reason, never as unparseable", () => {
    const plan = planChanges(changesOf(["Merge pull request #5 from o/x", "fix: on the branch", "Merge branch 'y'"]), { preset: "conventionalcommits" });
    expect(plan.items.map((i) => [i.status, i.rule])).toEqual([
      ["ignored", "merge commit: its branch's commits count on their own"],
      ["bump", "fix: patch"],
      ["ignored", "merge commit: its branch's commits count on their own"],
    ]);
    expect(plan.bump).toBe("patch");
  });

  it("counts a PR's change once when GitHub writes the conventional PR title into the merge body", () => {
    const plan = planChanges(changesOf(["Merge pull request #9 from o/x\n\nfeat: add x\n\n* feat: bullet too", "feat: add x"]), {
      preset: "conventionalcommits",
    });
    expect(plan.items.filter((i) => i.status === "bump")).toHaveLength(1);
    expect(plan.bump).toBe("minor");
  });

  it("does not turn a merge body's BREAKING CHANGE into a major: the branch commit carries it", () => {
    const plan = planChanges(changesOf(["Merge branch 'x'\n\nBREAKING CHANGE: gone", "fix: y"]), { preset: "conventionalcommits" });
    expect(plan.bump).toBe("patch");
  });
});

describe("Release-As footers", () => {
  it("takes the newest Release-As footer in the range", () => {
    const plan = planChanges(changesOf(["chore: newer\n\nRelease-As: 3.0.0", "chore: older\n\nRelease-As: 2.0.0"]), { preset: "conventionalcommits" });
    expect(plan.releaseAs?.version).toBe("3.0.0");
  });

  it("ignores a Release-As footer in a [skip release] commit", () => {
    const plan = planChanges(changesOf(["chore: try [skip release]\n\nRelease-As: 9.0.0", "chore: real\n\nRelease-As: 2.0.0"]), {
      preset: "conventionalcommits",
    });
    expect(plan.releaseAs).toEqual({ version: "2.0.0", sha: "2".padStart(40, "0") });
  });

  it("ignores a Release-As footer whose commit was reverted in the same range", () => {
    const plan = planChanges(changesOf(['Revert "chore: go big"', "chore: go big\n\nRelease-As: 5.0.0", "fix: a"]), {
      preset: "conventionalcommits",
    });
    expect(plan.releaseAs).toBeUndefined();
    expect(plan.bump).toBe("patch");
  });

  it("ignores a Release-As footer in a revert that cancels a change in the range", () => {
    const plan = planChanges(changesOf(['Revert "feat: x"\n\nRelease-As: 4.0.0', "feat: x"]), { preset: "conventionalcommits" });
    expect(plan.releaseAs).toBeUndefined();
  });
});

describe("the streaming planner", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? `feat: f${i}` : i % 10 === 1 ? `update ${i}` : `docs: d${i}`));

  it("keeps only the first maxItems rows but counts and bumps over the whole range", () => {
    const planner = createChangePlanner({ preset: "conventionalcommits", maxItems: 5 });
    for (const c of changesOf([...many(1000), "feat!: oldest breaking"])) planner.add(c);
    const plan = planner.finish();
    expect(plan.items).toHaveLength(5);
    expect(plan.total).toBe(1001);
    expect(plan.counts).toEqual({ bump: 101, ignored: 800, unparseable: 100, skipped: 0, reverted: 0 });
    expect(plan.bump).toBe("major");
    expect(plan.unparseable).toHaveLength(10);
  });

  it("takes back a revert's patch when the change it reverts shows up later in the range", () => {
    const plan = planChanges(changesOf(['Revert "feat: risky"', "docs: x", "feat: risky"]), { preset: "conventionalcommits" });
    expect(plan.bump).toBe("none");
    expect(plan.items.map((i) => i.status)).toEqual(["reverted", "ignored", "reverted"]);
    expect(plan.counts).toMatchObject({ bump: 0, reverted: 2 });
  });

  it("cancels every change of a reverted squash commit, matched by SHA", () => {
    const changes = [
      ...parseCommit("b".repeat(40), `Revert "Release train (#3)"\n\nThis reverts commit ${"a".repeat(40)}.`, { light: true }),
      ...parseCommit("a".repeat(40), "Release train (#3)\n\n* feat: one\n* fix: two", { light: true }),
    ];
    const plan = planChanges(changes, { preset: "conventionalcommits" });
    expect(plan.bump).toBe("none");
    expect(plan.counts.reverted).toBe(4);
  });

  it("marks a revert's row as reverted even when the reverted change is past the kept rows", () => {
    const planner = createChangePlanner({ preset: "conventionalcommits", maxItems: 1 });
    for (const c of changesOf(['Revert "feat: risky"', "docs: a", "feat: risky"])) planner.add(c);
    const plan = planner.finish();
    expect(plan.items.map((i) => i.status)).toEqual(["reverted"]);
    expect(plan.bump).toBe("none");
  });
});

describe("the explain rows", () => {
  it("ends a cut list with one omitted row that counts the rest", () => {
    const plan = planChanges(changesOf(["feat: a", "fix: b"]), { preset: "conventionalcommits", maxItems: 1 });
    expect(explainEntries(plan.items, plan.total)).toEqual([
      { sha: "1".padStart(40, "0"), header: "feat: a", bump: "minor", status: "bump", rule: "feat: minor" },
      { sha: "", header: "", bump: "none", status: "omitted", rule: "and 1 more change; the summary counts them all" },
    ]);
  });

  it("summarises the counts of the whole range, not of the kept rows", () => {
    const plan = planChanges(changesOf(["feat: a", "fix: b", "Update c"]), { preset: "conventionalcommits", maxItems: 1 });
    const md = renderVersionSummary({
      next: { version: "1.1.0", releaseType: "minor", released: true, prerelease: false, reason: "minor since v1.0.0", errors: [], notes: [] },
      tag: "v1.1.0",
      previousTag: "v1.0.0",
      items: plan.items,
      total: plan.total,
      counts: plan.counts,
    });
    expect(md).toContain("3 changes since `v1.0.0`: 2 released, 1 not conventional.");
    expect(md).toContain("…and 2 more changes.");
  });

  it("leads with the version and the commits that decided a major, links commits and highlights unconventional ones", async () => {
    const plan = planChanges(
      changesOf([
        "fix: round totals",
        "feat(api)!: remove the v1 endpoints",
        "Update things",
        "docs: readme",
        "feat: export to `csv`\n\nBREAKING CHANGE: the export_file option is now `output`",
        "fix: typo",
      ]),
      { preset: "conventionalcommits" },
    );
    const md = renderVersionSummary({
      next: { version: "2.0.0", releaseType: "major", released: true, prerelease: false, reason: "major since v1.2.3", errors: [], notes: [] },
      tag: "v2.0.0",
      previousTag: "v1.2.3",
      items: plan.items,
      total: plan.total,
      counts: plan.counts,
      repoUrl: "https://github.com/acme/app",
    });
    const [heading, , reason] = md.split("\n");
    expect(heading).toBe("## 🏷️ Next version: `v2.0.0`, a major release");
    expect(reason).toBe("**Major release because of 2 breaking changes:**");
    expect(md).toContain(`- [\`0000000\`](https://github.com/acme/app/commit/${"2".padStart(40, "0")}) feat(api)!: remove the v1 endpoints (`);
    expect(md).toContain("> [!WARNING]\n> 1 commit is not conventional and does not count towards the version:");
    expect(md).toContain("| ⚠️ not conventional |");
    expect(md).not.toMatch(/\b0 (ignored|skipped|reverted)|\(s\)/);
    await expect(md).toMatchFileSnapshot("./__outputs__/version-summary.md");
  });
});
