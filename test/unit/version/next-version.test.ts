import { describe, expect, it } from "vitest";
import { type Bump, classifyAll } from "../../../src/version/core/classify.js";
import { parseCommit } from "../../../src/version/core/commits.js";
import { branchKind, computeNextVersion, type NextVersionInput, parseTags } from "../../../src/version/core/next-version.js";

const tv = (...tags: string[]) => parseTags(tags, "v").versions;

function next(p: Partial<NextVersionInput> & { tags?: string[]; reachable?: string[]; bump: Bump }) {
  const all = tv(...(p.tags ?? []));
  const reachable = tv(...(p.reachable ?? p.tags ?? []));
  const semverSort = (a: { version: string }, b: { version: string }) => (a.version < b.version ? 1 : -1);
  const stable = reachable.filter((v) => !v.version.includes("-"));
  return computeNextVersion({
    lastRelease: p.lastRelease ?? [...reachable].sort(semverSort)[0],
    lastStable: p.lastStable ?? [...stable].sort(semverSort)[0],
    bumpSinceLast: p.bumpSinceLast ?? p.bump,
    allVersions: all,
    branch: p.branch ?? { kind: "release" },
    initialVersion: p.initialVersion ?? "1.0.0",
    overrideBump: p.overrideBump ?? "auto",
    overrideVersion: p.overrideVersion,
    channel: p.channel,
    zeroMajorBreakingIsMinor: p.zeroMajorBreakingIsMinor ?? true,
    tagPrefix: "v",
    bump: p.bump,
  });
}

describe("tags and versions", () => {
  it("ignores tags that are not strict semver, and tags with another prefix", () => {
    const r = parseTags(["v1.2.3", "v1.2", "v01.2.3", "pkg@1.0.0", "vnext", "v2.0.0-beta.1"], "v");
    expect(r.versions.map((v) => v.version)).toEqual(["1.2.3", "2.0.0-beta.1"]);
    expect(r.invalid).toEqual(["v1.2", "v01.2.3"]);
  });

  it.each([
    ["main", { kind: "release" }],
    ["beta", { kind: "prerelease", channel: "beta" }],
    ["1.x", { kind: "maintenance", range: ">=1.0.0 <2.0.0", name: "1.x" }],
    ["1.4.x", { kind: "maintenance", range: ">=1.4.0 <1.5.0", name: "1.4.x" }],
    ["feature/x", undefined],
  ])("knows what kind of branch %s is", (b, kind) => {
    expect(branchKind(b)).toEqual(kind);
  });
});

describe("the next version", () => {
  it.each([
    [["v1.2.3"], "major", "2.0.0"],
    [["v1.2.3"], "minor", "1.3.0"],
    [["v1.2.3"], "patch", "1.2.4"],
  ] as const)("bumps %j by %s to %s", (tags, bump, version) => {
    expect(next({ tags: [...tags], bump })).toMatchObject({ version, released: true, releaseType: bump });
  });

  it("releases nothing when no commit calls for it, and reports the current version", () => {
    expect(next({ tags: ["v1.2.3"], bump: "none" })).toMatchObject({ version: "1.2.3", released: false, releaseType: "none" });
  });

  it("starts at initial-version", () => {
    expect(next({ bump: "patch", initialVersion: "0.1.0" })).toMatchObject({ version: "0.1.0", released: true });
    expect(next({ bump: "none" })).toMatchObject({ version: "", released: false });
  });

  it("keeps 0.x on minor for breaking changes unless major-on-zero is set", () => {
    expect(next({ tags: ["v0.3.1"], bump: "major" })).toMatchObject({ version: "0.4.0" });
    expect(next({ tags: ["v0.3.1"], bump: "major", zeroMajorBreakingIsMinor: false })).toMatchObject({ version: "1.0.0" });
    expect(next({ tags: ["v0.3.1"], bump: "minor", overrideBump: "major" })).toMatchObject({ version: "1.0.0" });
  });

  it("counts pre-releases per base version and channel", () => {
    expect(next({ tags: ["v1.0.0"], bump: "major", branch: { kind: "prerelease", channel: "beta" } })).toMatchObject({
      version: "2.0.0-beta.1",
      prerelease: true,
    });
    expect(next({ tags: ["v1.0.0", "v2.0.0-beta.1", "v2.0.0-beta.2"], bump: "major", branch: { kind: "prerelease", channel: "beta" } })).toMatchObject({
      version: "2.0.0-beta.3",
    });
    expect(next({ tags: ["v1.0.0", "v2.0.0-beta.2", "v2.0.0-alpha.7"], bump: "major", channel: "rc" })).toMatchObject({ version: "2.0.0-rc.1" });
  });

  it("moves the pre-release base when a bigger change arrives", () => {
    expect(next({ tags: ["v1.0.0", "v1.1.0-beta.1"], bump: "major", branch: { kind: "prerelease", channel: "beta" } })).toMatchObject({
      version: "2.0.0-beta.1",
    });
  });

  it("does not cut a new pre-release when nothing changed since the last one", () => {
    expect(next({ tags: ["v1.0.0", "v1.1.0-beta.1"], bump: "minor", bumpSinceLast: "none", branch: { kind: "prerelease", channel: "beta" } })).toMatchObject({
      released: false,
    });
  });

  it("promotes a pre-release line to stable on the release branch", () => {
    expect(next({ tags: ["v1.0.0", "v2.0.0-beta.3"], bump: "major", bumpSinceLast: "none" })).toMatchObject({
      version: "2.0.0",
      released: true,
      reason: expect.stringContaining("promotes 2.0.0-beta.3"),
    });
  });

  it("keeps a maintenance branch inside its range and takes the next free patch", () => {
    const branch = branchKind("1.4.x");
    if (!branch) throw new Error("no branch");
    const r = next({ tags: ["v1.4.2", "v1.4.3", "v1.5.0", "v2.0.0"], reachable: ["v1.4.2"], bump: "minor", branch });
    expect(r).toMatchObject({ version: "1.4.4", released: true });
    expect(r.notes.join()).toContain("released as patch");
  });

  it("releases a breaking change on 1.x as a minor, since 2.0.0 is outside the branch", () => {
    const branch = branchKind("1.x");
    if (!branch) throw new Error("no branch");
    expect(next({ tags: ["v1.9.0"], bump: "major", branch })).toMatchObject({
      version: "1.10.0",
      notes: [expect.stringContaining("major changes on 1.x are released as minor")],
    });
  });

  it("refuses an exact version outside the maintenance range", () => {
    const branch = branchKind("1.x");
    if (!branch) throw new Error("no branch");
    expect(next({ tags: ["v1.9.0"], bump: "patch", branch, overrideVersion: "2.0.0" }).errors[0]).toContain("outside the maintenance branch 1.x");
  });

  it.each([
    ["1.2", 'must be a semantic version like 1.4.0; got "1.2"'],
    ["1.0.0", "is not greater than the last release 1.2.3"],
    ["1.3.0", "is already tagged (v1.3.0)"],
  ])("validates the version override %s", (v, message) => {
    expect(next({ tags: ["v1.2.3", "v1.3.0"], reachable: ["v1.2.3"], bump: "patch", overrideVersion: v }).errors.join()).toContain(message);
  });

  it("uses a valid exact version once, with its release type", () => {
    expect(next({ tags: ["v1.2.3"], bump: "patch", overrideVersion: "v3.0.0" })).toMatchObject({ version: "3.0.0", releaseType: "major", released: true });
  });

  it("honours manual bumps, including none and prerelease", () => {
    expect(next({ tags: ["v1.2.3"], bump: "patch", overrideBump: "minor" })).toMatchObject({ version: "1.3.0" });
    expect(next({ tags: ["v1.2.3"], bump: "major", overrideBump: "none" })).toMatchObject({ released: false });
    expect(next({ tags: ["v1.2.3"], bump: "none", overrideBump: "prerelease" })).toMatchObject({ version: "1.2.4-rc.1" });
  });
});

describe("classifying commits into a bump", () => {
  const plan = (msgs: string[], rules = []) =>
    classifyAll(
      msgs.flatMap((m, i) => parseCommit(String(i).padEnd(40, "0"), m)),
      { preset: "conventionalcommits", rules },
    );

  it("takes the largest bump and explains every commit", () => {
    const r = plan(["docs: a", "fix: b", "feat: c", "nonsense", "chore: d [skip release]"]);
    expect(r.bump).toBe("minor");
    expect(r.items.map((i) => [i.status, i.rule])).toEqual([
      ["ignored", "docs releases nothing"],
      ["bump", "fix: patch"],
      ["bump", "feat: minor"],
      ["unparseable", "not a conventional commit: header is not type(scope): subject"],
      ["skipped", "[skip release] in the message"],
    ]);
  });

  it("applies custom release rules first", () => {
    const r = classifyAll(parseCommit("0".repeat(40), "docs(api): publish reference"), {
      preset: "conventionalcommits",
      rules: [{ type: "docs", scope: "a*", release: "patch" }],
    });
    expect(r.bump).toBe("patch");
    expect(r.items[0]?.rule).toBe("release rule #1: patch");
  });
});
