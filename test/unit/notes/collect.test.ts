import { describe, expect, it } from "vitest";
import { createNotesCollector, entryKey } from "../../../src/notes/core/collect.js";
import { renderNotes } from "../../../src/notes/core/render.js";
import { type ParsedCommit, parseCommit } from "../../../src/release/core/commits.js";
import { inheritHeaderPullRequest } from "../../../src/notes/core/pull-requests.js";

const visible = new Set(["breaking", "feat", "fix", "perf", "revert"]);
const sha = (n: number) => n.toString(16).padStart(40, "c");

/** Messages newest first, as git log prints them. */
function collect(messages: readonly string[]): ParsedCommit[] {
  const collector = createNotesCollector({ visible, typeMap: {} });
  messages.forEach((m, i) => {
    for (const c of inheritHeaderPullRequest(parseCommit(sha(messages.length - i), m))) collector.add(c);
  });
  return collector.finish();
}

const render = (changes: ParsedCommit[]) =>
  renderNotes({ version: "1.1.0", tag: "v1.1.0", previousTag: "v1.0.0", date: "2024-06-01", repoUrl: undefined, changes, contributors: [] }).body;

describe("collecting the entries of the notes", () => {
  it("lists a squash-merged PR once: its conventional title, not the bullets of its history", () => {
    const body = render(
      collect(["feat: create Scm abstraction (#2001)\n\n* feat: add Scm interface\n* feat: add GitHub Scm\n* fix: review comments\n* feat: add Scm interface"]),
    );
    expect(body.match(/^- /gm)).toHaveLength(1);
    expect(body).toContain("- create Scm abstraction (");
  });

  it("collapses one commit's duplicates that differ only in case and punctuation", () => {
    const changes = collect([
      "Skip changelog (#512)\n\nBEGIN_COMMIT_OVERRIDE\nfeat: Add skip changelog flag\n\nfix: add skip-changelog flag\nEND_COMMIT_OVERRIDE",
    ]);
    expect(changes).toHaveLength(1);
    expect(entryKey("Add skip changelog flag (#512)")).toBe(entryKey("add skip-changelog flag"));
  });

  it("collapses the same subject from two commits of a section into the oldest", () => {
    const changes = collect(["fix: Handle null ids", "fix: handle null IDs."]);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.sha).toBe(sha(1));
  });

  it("cancels a revert and its target by SHA (never by a 7-character prefix alone), hidden types included", () => {
    const target = sha(1);
    const changes = collect([`Revert "chore: tidy"\n\nThis reverts commit ${target}.`, "feat: kept", "chore: tidy"]);
    expect(changes.map((c) => c.header)).toEqual(["feat: kept"]);
  });

  it("keeps the change a revert of a revert brings back, and shows no stray quote", () => {
    const body = render(collect(['Revert "Revert "feat: update octokit to v20""', 'Revert "feat: update octokit to v20"', "feat: update octokit to v20"]));
    expect(body).toContain("### Features\n\n- update octokit to v20");
    expect(body).not.toContain("Reverts");
    const outside = render(collect(['Revert "Revert "update octokit to v20"" (#1300)']));
    expect(outside).toContain('- Revert "update octokit to v20"');
    expect(outside).not.toMatch(/v20""/);
  });

  it("lists the breaking notes of a header that is not conventional", () => {
    const body = render(collect(["v9 (#639)\n\nBREAKING CHANGE: node 18 is the minimum\n\nBREAKING CHANGE: the foo option is removed"]));
    expect(body).toMatch(/### ⚠️ Breaking changes\n\n- (v9: )?node 18 is the minimum/);
    expect(body).toMatch(/\n- (v9: )?the foo option is removed/);
  });

  it("lists a revert of a commit released earlier under Reverts", () => {
    const body = render(collect([`Revert "fix(deps): update got (#10)" (#11)\n\nThis reverts commit ${"e".repeat(40)}.`]));
    expect(body).toMatch(/### Reverts\n\n- fix\(deps\): update got/);
  });
});
