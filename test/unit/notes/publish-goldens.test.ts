import { describe, expect, it } from "vitest";
import { upsertChangelogSection } from "../../../src/notes/core/changelog.js";
import { fitReleaseBody, mergeKeepBlocks, renderNotes } from "../../../src/notes/core/render.js";
import { parseCommit } from "../../../src/version/core/commits.js";

const sha = (n: number) => n.toString(16).padStart(7, "0").padEnd(40, "b");

const existing = [
  "# Changelog",
  "",
  "Hand-written intro, kept byte for byte.  ",
  "",
  "## [2.0.0](https://github.com/acme/app/compare/v1.9.0...v2.0.0) (2024-05-01)",
  "",
  "### Features",
  "",
  "- big one",
  "",
  "## 1.9.0 (2024-04-01)",
  "",
  "```md",
  "## 1.0.0 inside a fence is not a heading",
  "```",
  "",
  "## 1.0.0 (2024-01-01)",
  "",
  "- first",
  "",
].join("\n");

function section(version: string, message: string): string {
  return renderNotes({
    version,
    tag: `v${version}`,
    previousTag: "v1.9.0",
    date: "2024-06-01",
    repoUrl: "https://ghe.example.com/acme/app",
    changes: parseCommit(sha(1), message),
    contributors: [],
  }).changelogSection;
}

describe("CHANGELOG goldens", () => {
  it("inserts a maintenance release between newer and older sections on a GHES host", async () => {
    const out = upsertChangelogSection(existing, "1.9.1", section("1.9.1", "fix(db): keep connections (#31)"));
    expect(out.action).toBe("inserted");
    await expect(out.content).toMatchFileSnapshot("./__outputs__/changelog-insert.md");
    // Everything around the new section is unchanged.
    const at = out.content.indexOf("## [1.9.1]");
    expect(out.content.slice(0, at)).toBe(existing.slice(0, existing.indexOf("## 1.9.0")));
    expect(out.content.endsWith(existing.slice(existing.indexOf("## 1.9.0")))).toBe(true);
  });

  it("replaces a regenerated section in place and is stable on a second pass", async () => {
    const first = upsertChangelogSection(existing, "1.9.1", section("1.9.1", "fix(db): keep connections (#31)"));
    const second = upsertChangelogSection(first.content, "1.9.1", section("1.9.1", "fix(db): keep connections for good (#31)"));
    expect(second.action).toBe("replaced");
    expect(second.content.match(/## \[1\.9\.1\]/g)).toHaveLength(1);
    await expect(second.content).toMatchFileSnapshot("./__outputs__/changelog-replace.md");
    expect(upsertChangelogSection(second.content, "1.9.1", section("1.9.1", "fix(db): keep connections for good (#31)")).action).toBe("unchanged");
  });
});

describe("release body goldens", () => {
  it("cuts a long body at the last whole entry within a small limit and links the CHANGELOG", async () => {
    // Newest first, as git log prints.
    const changes = Array.from({ length: 12 }, (_, i) => parseCommit(sha(100 + i), `feat(api): endpoint number ${i} (#${200 + i})`))
      .reverse()
      .flat();
    const body = renderNotes({
      version: "3.0.0",
      tag: "v3.0.0",
      previousTag: undefined,
      date: "2024-06-01",
      repoUrl: "https://github.com/acme/app",
      changes,
      contributors: [],
    }).body;
    const cut = fitReleaseBody(body, "https://github.com/acme/app/blob/v3.0.0/CHANGELOG.md", 700);
    expect(cut.truncated).toBe(true);
    expect(cut.body.length).toBeLessThanOrEqual(700);
    await expect(cut.body).toMatchFileSnapshot("./__outputs__/body-cut.md");
  });

  it("keeps a hand-written block when the body is regenerated twice", () => {
    const kept = "<!-- shipline:keep -->\nRun `migrate` first.\n<!-- /shipline:keep -->";
    const once = mergeKeepBlocks(`${kept}\n\nold notes`, "new notes\n");
    expect(mergeKeepBlocks(once, "newer notes\n")).toBe(`${kept}\n\nnewer notes\n`);
  });
});
