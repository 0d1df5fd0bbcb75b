import { describe, expect, it } from "vitest";
import { upsertChangelogSection } from "../../../src/notes/core/changelog.js";
import { fitReleaseBody, mergeKeepBlocks, renderNotes } from "../../../src/notes/core/render.js";
import { parseSectionConfig, parseSectionOrder } from "../../../src/notes/core/sections.js";
import { checkTemplate, HEADER_FIELDS, renderTemplate } from "../../../src/notes/core/template.js";
import { cancelReverts, type ParsedCommit, parseCommit } from "../../../src/version/core/commits.js";

const sha = (n: number) => n.toString(16).padStart(40, "a");
// Newest first, as git log prints.
const log = [
  `Revert "feat(ui): shiny button"\n\nThis reverts commit ${sha(106)}.`,
  "fix(api): handle null <b>ids</b> for @octocat (#12)\n\nCloses #45, fixes org/other#9",
  "feat(ui): shiny button",
  "feat!: drop the v1 config\n\nBREAKING CHANGE: config.yml moved to .shipline/config.yml",
  "docs: readme",
  "perf: faster parse",
  "feat(ui): shiny button",
  "feat: add export (#10)",
  "chore: deps",
];
const changes = cancelReverts(log.flatMap((m, i) => parseCommit(sha(100 + i), m))).kept;

const base = {
  version: "2.0.0",
  tag: "v2.0.0",
  previousTag: "v1.4.0",
  date: "2024-06-01",
  repoUrl: "https://github.com/acme/app",
  changes,
  contributors: [
    { name: "Ada", email: "ada@example.com", login: "ada", firstTime: false },
    { name: "Grace <script>", email: "g@example.com", firstTime: true },
  ],
};

describe("rendering release notes", () => {
  it("groups by type in order, links commits, PRs and issues, and escapes what commits say", async () => {
    const r = renderNotes(base);
    await expect(r.body).toMatchFileSnapshot("./__outputs__/notes-en.md");
    expect(r.body.indexOf("Breaking changes")).toBeLessThan(r.body.indexOf("### Features"));
    // A tag in a subject shows as code: safe when rendered, readable raw.
    expect(r.body).toContain("handle null `<b>`ids`</b>` for");
    expect(r.body).not.toMatch(/(^|\s)@octocat/);
    expect(r.body).toContain("[#12](https://github.com/acme/app/pull/12)");
    expect(r.body).toContain("[org/other#9](https://github.com/org/other/issues/9)");
    expect(r.body).toContain("[v1.4.0...v2.0.0](https://github.com/acme/app/compare/v1.4.0...v2.0.0)");
    expect(r.body).not.toContain("docs: readme");
    expect(r.body.match(/shiny button/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("keeps code in subjects as code and writes a CHANGELOG that reads cleanly raw", () => {
    const subjects = [
      "fix(export): return `null` for an empty `export_file` path",
      "fix: accept a | in CSV headers and <T> generics",
      "feat: export_file option for *all* formats",
    ];
    const r = renderNotes({ ...base, changes: subjects.flatMap((m, i) => parseCommit(sha(200 + i), m)), contributors: [] });
    expect(r.body).toContain("- **export:** return `null` for an empty `export_file` path (");
    expect(r.body).toContain("- accept a | in CSV headers and `<T>` generics (");
    expect(r.body).toContain("- export_file option for \\*all\\* formats (");
    const changelog = upsertChangelogSection(undefined, "2.0.0", r.changelogSection).content;
    for (const raw of ["\\`", "&lt;", "\\|", "export\\_file"]) expect(changelog).not.toContain(raw);
  });

  it("lists a breaking change once, under Breaking changes, with the change it belongs to", () => {
    const r = renderNotes(base);
    expect(r.body).toContain("### ⚠\ufe0f Breaking changes\n\n- drop the v1 config: config.yml moved to .shipline/config.yml (");
    expect(r.body.match(/drop the v1 config/g)).toHaveLength(1);
    const bang = renderNotes({ ...base, changes: parseCommit(sha(300), "feat(api)!: remove the v1 endpoints"), contributors: [] });
    expect(bang.body).toContain("### ⚠\ufe0f Breaking changes\n\n- **api:** remove the v1 endpoints (");
    expect(bang.body).not.toContain("### Features");
  });

  it("links contributors' @handles when the login is known and names the others", () => {
    const r = renderNotes(base);
    expect(r.body).toContain("### Contributors\n\n[@ada](https://github.com/ada), Grace `<script>` (first contribution)");
  });

  it("collapses duplicate entries", () => {
    const dup = [...parseCommit(sha(1), "fix: same thing"), ...parseCommit(sha(2), "fix: same thing (#3)")];
    expect(renderNotes({ ...base, changes: dup, contributors: [] }).entries).toBe(1);
  });

  it("writes section titles in Chinese for locale zh-CN", async () => {
    const r = renderNotes({ ...base, locale: "zh-CN" });
    expect(r.body).toContain("### 新增功能");
    expect(r.body).toContain("### 问题修复");
    await expect(r.body).toMatchFileSnapshot("./__outputs__/notes-zh-CN.md");
  });

  it("shows hidden types when configured and works without a repository URL", () => {
    const r = renderNotes({ ...base, repoUrl: undefined, visible: new Set(["feat", "docs"]) });
    expect(r.body).toContain("### Documentation");
    expect(r.body).not.toContain("](http");
  });

  it("cuts a body over GitHub's limit at an entry boundary and links the CHANGELOG", () => {
    const body = Array.from({ length: 3000 }, (_, i) => `- entry number ${i} ${"x".repeat(40)}`).join("\n");
    const r = fitReleaseBody(body, "https://github.com/acme/app/blob/v2.0.0/CHANGELOG.md", 10_000);
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(10_000);
    expect(r.body).toMatch(/- entry number \d+ x+\n\n…and more/);
    expect(r.body).toContain("[the CHANGELOG](https://github.com/acme/app/blob/v2.0.0/CHANGELOG.md)");
  });

  it("keeps hand-written blocks when regenerating a release body", () => {
    const old = "intro\n<!-- shipline:keep -->\nUpgrade guide: run migrate.\n<!-- /shipline:keep -->\nold notes";
    expect(mergeKeepBlocks(old, "new notes")).toBe("<!-- shipline:keep -->\nUpgrade guide: run migrate.\n<!-- /shipline:keep -->\n\nnew notes");
    expect(mergeKeepBlocks(null, "new notes")).toBe("new notes");
  });
});

describe("CHANGELOG.md", () => {
  const section = (v: string) => `## ${v} (2024-06-01)\n\n- change in ${v}\n`;
  const file = `# Changelog\n\nIntro kept as is.\n\n${section("1.2.0")}\n${section("1.0.0")}`;

  it("creates the file with a title", () => {
    const r = upsertChangelogSection(undefined, "1.0.0", section("1.0.0"));
    expect(r.action).toBe("created");
    expect(r.content).toMatch(/^# Changelog\n/);
  });

  it("inserts a new version above older ones, leaving the rest byte-identical", () => {
    const r = upsertChangelogSection(file, "1.3.0", section("1.3.0"));
    expect(r.action).toBe("inserted");
    expect(r.content.replace(`${section("1.3.0")}\n`, "")).toBe(file);
    expect(r.content.indexOf("1.3.0")).toBeLessThan(r.content.indexOf("1.2.0"));
  });

  it("inserts a maintenance version in order between newer and older ones", () => {
    const r = upsertChangelogSection(file, "1.1.1", section("1.1.1"));
    expect(r.content.indexOf("1.2.0")).toBeLessThan(r.content.indexOf("1.1.1"));
    expect(r.content.indexOf("1.1.1")).toBeLessThan(r.content.indexOf("## 1.0.0"));
  });

  it("replaces an existing section instead of duplicating it, and is a no-op when equal", () => {
    const r = upsertChangelogSection(file, "1.2.0", "## 1.2.0 (2024-06-02)\n\n- rewritten\n");
    expect(r.action).toBe("replaced");
    expect(r.content.match(/## 1\.2\.0/g)).toHaveLength(1);
    expect(r.content).toContain("- rewritten");
    expect(r.content.endsWith(section("1.0.0"))).toBe(true);
    expect(upsertChangelogSection(file, "1.2.0", section("1.2.0")).action).toBe("unchanged");
  });

  it("recognises linked headings like ## [1.2.0](url)", () => {
    const linked = "# Changelog\n\n## [1.2.0](https://x/compare/v1.1.0...v1.2.0) (2024-01-01)\n\n- a\n";
    expect(upsertChangelogSection(linked, "1.2.0", "## [1.2.0](u) (d)\n\n- b\n").action).toBe("replaced");
  });
});

describe("custom templates", () => {
  it("fills placeholders", () => {
    const values = {
      version: "2.0.0",
      tag: "v2.0.0",
      previous_tag: "v1.0.0",
      date: "d",
      sections: "S",
      contributors: "C",
      compare_url: "U",
      header: "",
      footer: "",
    };
    expect(renderTemplate("# {{ tag }}\n{{sections}}\n{{contributors}}", values)).toBe("# v2.0.0\nS\nC");
  });

  it("reports unknown placeholders and unclosed braces with their line", () => {
    expect(checkTemplate("ok {{tag}}\n{{changes}}\nbroken {{tag")).toEqual([
      { line: 2, message: 'unknown placeholder "{{changes}}"; known: version, tag, previous_tag, date, sections, contributors, compare_url, header, footer' },
      { line: 3, message: 'unclosed "{{"' },
    ]);
  });
});

describe("header and footer templates", () => {
  it("fills version, tag, previousTag, date and compareUrl in the header and the footer", () => {
    const r = renderNotes({
      ...base,
      changes: parseCommit(sha(1), "fix: one"),
      contributors: [],
      header: "Release {{version}} ({{tag}}) of {{date}}, after {{ previousTag }}.",
      footer: "Diff: {{compareUrl}}",
    });
    expect(r.body.startsWith("Release 2.0.0 (v2.0.0) of 2024-06-01, after v1.4.0.\n\n### Bug fixes")).toBe(true);
    expect(r.body.trimEnd().endsWith("Diff: https://github.com/acme/app/compare/v1.4.0...v2.0.0")).toBe(true);
    expect(r.parts.header).toBe("Release 2.0.0 (v2.0.0) of 2024-06-01, after v1.4.0.");
    expect(r.changelogSection).toContain("Release 2.0.0 (v2.0.0)");
  });

  it("fills previousTag and compareUrl with nothing on a first release", () => {
    const r = renderNotes({
      ...base,
      previousTag: undefined,
      changes: parseCommit(sha(1), "fix: one"),
      contributors: [],
      header: "After [{{previousTag}}]({{compareUrl}})",
    });
    expect(r.body.startsWith("After []()")).toBe(true);
  });

  it("accepts the template file's snake_case spellings too, and names the known placeholders on a typo", () => {
    expect(checkTemplate("{{previous_tag}} {{compare_url}} {{previousTag}}", HEADER_FIELDS)).toEqual([]);
    expect(checkTemplate("ok\n{{sections}}", HEADER_FIELDS)).toEqual([
      { line: 2, message: 'unknown placeholder "{{sections}}"; known: version, tag, previousTag, date, compareUrl' },
    ]);
  });
});

describe("section order", () => {
  const mixed = [...parseCommit(sha(1), "feat: a feature"), ...parseCommit(sha(2), "fix: a fix"), ...parseCommit(sha(3), "perf: faster")];

  it("puts the listed sections first, in order, and the rest in the built-in order", () => {
    const r = renderNotes({ ...base, changes: mixed, contributors: [], sectionOrder: parseSectionOrder(["perf", "Fix"], {}) });
    const at = (t: string) => r.body.indexOf(`### ${t}`);
    expect(at("Performance")).toBeLessThan(at("Bug fixes"));
    expect(at("Bug fixes")).toBeLessThan(at("Features"));
  });

  it("accepts a section named in section-titles", () => {
    expect(parseSectionOrder(["dependencies", "feat"], { dependencies: "Dependencies" })).toEqual(["dependencies", "feat"]);
  });

  it("rejects unknown and repeated ids all at once, listing the known ones", () => {
    let error: unknown;
    try {
      parseSectionOrder(["features", "fix", "fix", "deps"], {});
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "input-invalid", exitCode: 2 });
    const message = (error as Error).message;
    expect(message).toContain('Input "section-order" names "features", which is not a section. Use ids from: breaking, feat, fix, perf, revert, docs');
    expect(message).toContain('Input "section-order" names "deps"');
    expect(message).toContain('Input "section-order" lists "fix" twice');
  });
});

describe("reverts", () => {
  it("lists a GitHub-style revert of a change outside the range under Reverts, like revert:", () => {
    const changes = [
      ...parseCommit(sha(1), `Revert "feat(ui): shiny button"\n\nThis reverts commit ${sha(99)}.`),
      ...parseCommit(sha(2), "revert: fix: old crash fix"),
    ];
    const r = renderNotes({ ...base, changes: cancelReverts(changes).kept, contributors: [] });
    // Oldest first; the subject is the reverted header, as typed.
    expect(r.body).toMatch(/### Reverts\n\n- fix: old crash fix \(\[[0-9a-f]{7}\]\([^)]+\)\)\n- feat\(ui\): shiny button \(/);
    expect(r.entries).toBe(2);
  });
});

describe("section configuration", () => {
  it("maps extra types to sections and retitles them", () => {
    const config = parseSectionConfig(["deps=build", "improvement=feat"], ["feat=New features", "build=Dependencies"]);
    expect(config.typeMap).toEqual({ deps: "build", improvement: "feat" });
    const commits = [...parseCommit(sha(1), "improvement: faster start"), ...parseCommit(sha(2), "deps: bump yaml")];
    const r = renderNotes({ ...base, changes: commits, contributors: [], visible: new Set(["feat", "build"]), ...config });
    expect(r.body).toMatch(/### New features\n\n- faster start/);
    expect(r.body).toMatch(/### Dependencies\n\n- bump yaml/);
  });

  it.each([
    [["deps"], [], 'Input "types" item 1 ("deps") is not "type=section"'],
    [["deps=dependencies"], [], 'Input "types" maps "deps" to "dependencies", which is not a section'],
    [[], ["feat: New"], 'Input "section-titles" item 1 ("feat: New") is not "section=Title"'],
  ])("rejects types %j / titles %j with a message naming the input and the fix", (types, titles, message) => {
    expect(() => parseSectionConfig(types, titles)).toThrow(message);
  });

  it("accepts a new section id once it has a title", () => {
    expect(parseSectionConfig(["deps=dependencies"], ["dependencies=Dependencies"]).typeMap).toEqual({ deps: "dependencies" });
  });
});

describe("entries", () => {
  it("links to a GitHub Enterprise Server host, cross-repository issues included", () => {
    const c = parseCommit(sha(1), "fix(db): pool leak (#31)\n\nFixes team/infra#4");
    const r = renderNotes({ ...base, repoUrl: "https://ghe.acme.corp/acme/app", changes: c, contributors: [] });
    expect(r.body).toContain("- **db:** pool leak ([aaaaaaa](https://ghe.acme.corp/acme/app/commit/");
    expect(r.body).toContain("[#31](https://ghe.acme.corp/acme/app/pull/31)");
    expect(r.body).toContain("[team/infra#4](https://ghe.acme.corp/team/infra/issues/4)");
    expect(r.body).toContain("(https://ghe.acme.corp/acme/app/compare/v1.4.0...v2.0.0)");
  });

  it("gives a squash commit with several conventional lines one entry per line", () => {
    const c = parseCommit(sha(1), "Release batch (#40)\n\n* feat(cli): add --json\n* fix: exit code on error\n* chore: tidy");
    const r = renderNotes({ ...base, changes: c, contributors: [] });
    expect(r.body).toMatch(/### Features\n\n- \*\*cli:\*\* add --json/);
    expect(r.body).toMatch(/### Bug fixes\n\n- exit code on error/);
    expect(r.body).not.toContain("tidy");
  });
});

describe("large releases", () => {
  it("renders a section of 200,000 entries (spreading them into one call overflowed the stack)", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => parseCommit(sha(i), `feat: change number ${i}`)[0] as ParsedCommit);
    const r = renderNotes({ ...base, changes: many, contributors: [] });
    expect(r.entries).toBe(200_000);
    expect(r.body.split("\n").filter((l) => l.startsWith("- ")).length).toBe(200_000);
  });
});
