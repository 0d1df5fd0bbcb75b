import { describe, expect, it } from "vitest";
import { RELEASES } from "../../../bench/accuracy/fixtures.js";
import { cancelReverts, parseCommit, plainChangeType } from "../../../src/version/core/commits.js";

const SHA = "a".repeat(40);
const one = (msg: string, preset: "conventionalcommits" | "angular" = "conventionalcommits") => parseCommit(SHA, msg, { preset })[0];

describe("parsing commit messages", () => {
  it.each([
    ["feat: add x", { type: "feat", scope: undefined, subject: "add x", breaking: false }],
    ["fix(api): handle null", { type: "fix", scope: "api", subject: "handle null", breaking: false }],
    ["feat!: drop node 18", { type: "feat", breaking: true }],
    ["refactor(core)!: rename", { type: "refactor", scope: "core", breaking: true }],
    ["Feat: capitalised type", { type: "feat" }],
  ])("reads the header %j", (msg, expected) => {
    expect(one(msg)).toMatchObject(expected);
  });

  it.each([
    ["fix: x\n\nBREAKING CHANGE: the config moved", "the config moved"],
    ["fix: x\n\nBREAKING-CHANGE: hyphenated footer", "hyphenated footer"],
    ["fix: x\n\nSome body.\n\nBREAKING CHANGE: first line\ncontinues here\nReviewed-by: Z", "first line\ncontinues here"],
  ])("treats a BREAKING CHANGE footer as breaking, keeping its text: %j", (msg, note) => {
    const c = one(msg);
    expect(c?.breaking).toBe(true);
    expect(c?.breakingNotes).toEqual([note]);
  });

  it("treats feat! as breaking under the angular preset too (semantic-release's angular preset does not)", () => {
    expect(one("feat!: x", "angular")?.breaking).toBe(true);
  });

  it("rejects types outside the angular list under the angular preset, with the reason", () => {
    const c = one("wip: stuff", "angular");
    expect(c?.conventional).toBe(false);
    expect(c?.unparseableReason).toBe('type "wip" is not an Angular type');
    expect(one("wip: stuff")?.conventional).toBe(true);
  });

  it("marks non-conventional headers as unparseable with a reason", () => {
    expect(one("Update README")).toMatchObject({ conventional: false, unparseableReason: "header is not type(scope): subject" });
  });

  it("splits the conventional bullets of a merge train (a header that is not conventional) into separate changes", () => {
    const changes = parseCommit(SHA, "Release train (#12)\n\n* feat(ui): button\n\n* fix: crash on start\n\n* docs: readme\n* not conventional");
    expect(changes.map((c) => `${c.type}:${c.subject}`)).toEqual(["undefined:Release train (#12)", "feat:button", "fix:crash on start", "docs:readme"]);
    expect(changes[0]?.pullRequest).toBe(12);
    expect(changes.slice(1).every((c) => c.source === "squash-bullet" && c.sha === SHA)).toBe(true);
  });

  it("lets a conventional squash title decide: its bullets are the PR's history, its BREAKING CHANGE footers still count", () => {
    // fix(edge-case) squash with feat bullets was released as a patch.
    const changes = parseCommit(SHA, "fix(edge-case): handle empty input (#892)\n\n* feat: add option\n* feat: another option\n* fix typo");
    expect(changes.map((c) => c.header)).toEqual(["fix(edge-case): handle empty input (#892)"]);
    const breaking = parseCommit(SHA, "fix: tidy (#5)\n\n* feat: x\n\nBREAKING CHANGE: the config moved");
    expect(breaking).toHaveLength(1);
    expect(breaking[0]).toMatchObject({ breaking: true, breakingNotes: ["the config moved"] });
  });

  it("counts a BREAKING CHANGE footer under a header that is not conventional", () => {
    const c = one("v9 (#639)\n\nBREAKING CHANGE: drop node 18\n\nBREAKING-CHANGE: new config format");
    expect(c).toMatchObject({ conventional: false, breaking: true, breakingNotes: ["drop node 18", "new config format"] });
  });

  it("replaces the message with a BEGIN_COMMIT_OVERRIDE block", () => {
    const changes = parseCommit(SHA, "chore: merge stuff\n\nBEGIN_COMMIT_OVERRIDE\nfeat: real feature\nfix(db): real fix\nEND_COMMIT_OVERRIDE\n");
    expect(changes.map((c) => c.header)).toEqual(["feat: real feature", "fix(db): real fix"]);
    expect(changes.every((c) => c.source === "override")).toBe(true);
  });

  it("reads an override block as release-please does: blank-line separated messages with bodies, and nested commits", () => {
    const msg = [
      "Squash of many things (#77)",
      "",
      "* feat: noise from the PR's history",
      "",
      "BEGIN_COMMIT_OVERRIDE",
      "feat(api): new endpoint",
      "",
      "With a body line.",
      "",
      "fix: a fix",
      "",
      "BREAKING CHANGE: the endpoint moved",
      "BEGIN_NESTED_COMMIT",
      "perf(db): faster query",
      "END_NESTED_COMMIT",
      "END_COMMIT_OVERRIDE",
    ].join("\n");
    const changes = parseCommit(SHA, msg);
    expect(changes.map((c) => c.header)).toEqual(["feat(api): new endpoint", "fix: a fix", "perf(db): faster query"]);
    expect(changes[1]).toMatchObject({ breaking: true, breakingNotes: ["the endpoint moved"] });
    expect(changes.every((c) => c.source === "override")).toBe(true);
  });

  it("reads an empty override block as no override", () => {
    expect(parseCommit(SHA, "fix: x\n\nBEGIN_COMMIT_OVERRIDE\n\nEND_COMMIT_OVERRIDE").map((c) => c.header)).toEqual(["fix: x"]);
  });

  it("reads Release-As, [skip release], references and merge-commit PR numbers", () => {
    expect(one("chore: prepare\n\nRelease-As: 2.0.0")?.releaseAs).toBe("2.0.0");
    expect(one("feat: x [skip release]")?.skip).toBe(true);
    expect(one("fix: y\n\n[release skip]")?.skip).toBe(true);
    expect(one("fix: z\n\nCloses #45, fixes org/repo#9")?.references).toEqual([
      { action: "closes", owner: undefined, repo: undefined, number: 45 },
      { action: "fixes", owner: "org", repo: "repo", number: 9 },
    ]);
    expect(one("Merge pull request #77 from a/b")?.pullRequest).toBe(77);
  });

  it("recognises both revert formats", () => {
    expect(one('Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.')?.revert).toEqual({
      header: "feat: x",
      sha: "0123456789abcdef0123456789abcdef01234567",
    });
    expect(one("revert: feat: x")?.revert).toEqual({ header: "feat: x", sha: undefined });
  });

  it.each([
    ['Revert "fix(deps): update x (#10)" (#11)', "fix(deps): update x (#10)"],
    ['Revert "Revert "update octokit to v20""', 'Revert "update octokit to v20"'],
    ['Revert "Revert "update octokit to v20"" (#12)', 'Revert "update octokit to v20"'],
    ['revert: Revert "update octokit to v20"', "update octokit to v20"],
    ['revert: "feat: x"', "feat: x"],
  ])("reads the reverted header of %j without a stray quote", (header, reverted) => {
    expect(one(header)?.revert?.header).toBe(reverted);
  });
});

describe("reading a plain change's type without parsing", () => {
  it("names a type exactly when parseCommit reads the message as one plain change of that type", () => {
    const tricky = [
      "chore: tidy",
      "chore(deps): bump x (#12)\n\nCloses #3",
      "Docs: capitalised",
      "chore!: drop node 16",
      "ci: x\n\nBREAKING CHANGE: needs secrets",
      "chore: x\n\nBEGIN_COMMIT_OVERRIDE\nfeat: y\nEND_COMMIT_OVERRIDE",
      "docs:\n\n* feat: bullet",
      "docs: \n\n* feat: bullet",
      "chore: x\r\n\r\nBREAKING CHANGE: y",
      "chore: crlf\r\n",
      "revert: chore: x",
      'Revert "chore: x"',
      "Merge pull request #5 from o/b",
      "deps: bump\n\n* feat: inside",
      "style: fmt [skip release]",
      "perf: p\n\nRelease-As: 2.0.0",
      "  chore: leading spaces",
      "",
    ];
    const messages = [...tricky, ...RELEASES.flatMap((r) => r.commits)];
    let named = 0;
    for (const preset of ["conventionalcommits", "angular"] as const) {
      for (const message of messages) {
        const type = plainChangeType(message, preset);
        const changes = parseCommit(SHA, message, { preset });
        const plain = changes.length === 1 && changes[0]?.conventional === true && !changes[0].breaking && changes[0].revert === undefined;
        if (type === undefined) continue;
        named++;
        expect(plain, message).toBe(true);
        expect(changes[0]?.type, message).toBe(type);
      }
    }
    expect(named).toBeGreaterThan(20);
    expect(plainChangeType("deps: bump", "angular")).toBeUndefined();
    expect(plainChangeType("chore!: x")).toBeUndefined();
  });
});

describe("cancelling reverts inside the range", () => {
  const c = (sha: string, msg: string) => parseCommit(sha.padEnd(40, "0"), msg);

  it("drops a reverted change and its revert, matched by SHA", () => {
    const changes = [...c("b", `Revert "feat: x"\n\nThis reverts commit ${"a".padEnd(40, "0")}.`), ...c("a", "feat: x"), ...c("0", "fix: keep")];
    const { kept, cancelled } = cancelReverts(changes);
    expect(kept.map((k) => k.header)).toEqual(["fix: keep"]);
    expect(cancelled).toHaveLength(1);
  });

  it("matches by header when the SHA is missing, and by abbreviated SHA", () => {
    expect(cancelReverts([...c("b", "revert: feat: x"), ...c("a", "feat: x")]).kept).toHaveLength(0);
    expect(cancelReverts([...c("b", `Revert "other"\n\nThis reverts commit aaaaaaa.`), ...c("aaaaaaaa", "feat: x")]).kept).toHaveLength(0);
  });

  it("keeps a revert whose target is outside the range", () => {
    const { kept } = cancelReverts(c("b", `Revert "feat: old"\n\nThis reverts commit ${"f".repeat(40)}.`));
    expect(kept).toHaveLength(1);
  });

  it("does not cancel a commit newer than the revert", () => {
    const changes = [...c("a", "feat: x"), ...c("b", "revert: feat: x")];
    expect(cancelReverts(changes).kept).toHaveLength(2);
  });

  it("handles 100k changes with reverts in linear time", () => {
    const many = [];
    for (let i = 0; i < 100_000; i++)
      many.push(...c(i.toString(16), i % 10 === 0 ? `Revert "feat: ${i + 1}"\n\nThis reverts commit ${"e".repeat(40)}.` : `feat: ${i}`));
    const t = performance.now();
    cancelReverts(many);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe("reverts matched by header", () => {
  it("cancel only the nearest older commit with that header", () => {
    const changes = [...parseCommit("c".repeat(40), 'Revert "feat: x"'), ...parseCommit("b".repeat(40), "feat: x"), ...parseCommit("a".repeat(40), "feat: x")];
    expect(cancelReverts(changes).kept.map((k) => k.sha[0])).toEqual(["a"]);
  });
});

describe("reverts of reverts", () => {
  const c = (sha: string, msg: string) => parseCommit(sha.repeat(40), msg);

  it("cancel the revert they name, so the original change stays", () => {
    const changes = [...c("c", 'Revert "Revert "feat: x""'), ...c("b", 'Revert "feat: x"'), ...c("a", "feat: x")];
    expect(cancelReverts(changes).kept.map((k) => k.header)).toEqual(["feat: x"]);
  });

  it("prefer the commit a revert names by SHA over a newer change with the same header", () => {
    const changes = [...c("c", `Revert "feat: x"\n\nThis reverts commit ${"a".repeat(40)}.`), ...c("b", "feat: x"), ...c("a", "feat: x")];
    expect(cancelReverts(changes).kept.map((k) => k.sha[0])).toEqual(["b"]);
  });

  it("fall back to the header when the named SHA is not in the range (a rebased branch)", () => {
    const changes = [...c("c", `Revert "feat: x"\n\nThis reverts commit ${"f".repeat(40)}.`), ...c("b", "feat: x"), ...c("a", "fix: y")];
    expect(cancelReverts(changes).kept.map((k) => k.sha[0])).toEqual(["a"]);
  });
});
