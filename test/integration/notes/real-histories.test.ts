/**
 * Notes on real-shaped release-please histories, on real repositories: a squash PR listed once, one
 * commit's near-duplicates collapsed, reverts of reverts without a stray quote, breaking footers
 * under a title that is not conventional.
 */
import { afterAll, describe, expect, it } from "vitest";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { notesCommand } from "../../../src/notes/command.js";
import { createNotesCollector } from "../../../src/notes/core/collect.js";
import { inheritHeaderPullRequest } from "../../../src/notes/core/pull-requests.js";
import { DEFAULT_VISIBLE, renderNotes } from "../../../src/notes/core/render.js";
import { type Preset, parseCommit } from "../../../src/release/core/commits.js";
import { cleanupTempDirs, createTempRepo } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

async function notes(dir: string, env: Record<string, string>, flags: Record<string, string>) {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env,
    cwd: dir,
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
    clock: () => new Date("2024-07-01T12:00:00Z"),
  });
  const code = await executeCommand(notesCommand as never, rt);
  rt.flush();
  return { code, outputs: (out ? JSON.parse(out) : {}) as Record<string, string>, stderr: err.join(""), summary: rt.summaryText() };
}

describe("notes on real-shaped histories", () => {
  it("lists each PR once, collapses near-duplicates, and cancels reverts of reverts", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: create Scm abstraction (#2001)\n\n* feat: add Scm interface\n* feat: add GitHub Scm\n* fix: review comments", {
      files: { "b.txt": "1" },
    });
    await repo.commit("Skip changelog (#512)\n\nBEGIN_COMMIT_OVERRIDE\nfeat: Add skip changelog flag\n\nfix: add skip-changelog flag\nEND_COMMIT_OVERRIDE", {
      files: { "c.txt": "1" },
    });
    const octo = await repo.commit("fix(deps): update octokit to v20 (#600)", { files: { "d.txt": "1" } });
    const revert = await repo.commit(`Revert "fix(deps): update octokit to v20 (#600)" (#601)\n\nThis reverts commit ${octo}.`, { files: { "d.txt": "0" } });
    await repo.commit(`Revert "Revert "fix(deps): update octokit to v20 (#600)"" (#602)\n\nThis reverts commit ${revert}.`, { files: { "d.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", changelog: "none", contributors: "false" });
    expect(r.code, r.stderr).toBe(0);
    const entries = (r.outputs.notes ?? "").split("\n").filter((l) => l.startsWith("- "));
    expect(entries.map((l) => l.replace(/ \(.*$/, ""))).toEqual([
      "- create Scm abstraction",
      expect.stringMatching(/^- [Aa]dd skip.changelog flag$/),
      "- **deps:** update octokit to v20",
    ]);
    expect(r.outputs.notes).not.toContain('"');
  });

  it("lists the breaking notes of `v9 (#639)`", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v8.0.0", { message: "v8.0.0" });
    await repo.commit("v9 (#639)\n\nBREAKING CHANGE: node 18 is the minimum\n\nBREAKING CHANGE: the foo option is removed", { files: { "b.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "9.0.0", changelog: "none", contributors: "false" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toMatch(/Breaking changes\n\n- (v9: )?node 18 is the minimum .*\n- (v9: )?the foo option is removed/);
  });
});

/**
 * The notes as they were read before commits of hidden types were skipped unparsed: every commit
 * through parseCommit (light for a hidden, non-breaking conventional header, as the command reads
 * it) into the collector, then rendered.
 */
async function notesParsingEveryCommit(
  repo: Awaited<ReturnType<typeof createTempRepo>>,
  preset: Preset,
  visible: ReadonlySet<string>,
  typeMap: Record<string, string>,
) {
  const records = (await repo.git("log", "--format=%H%x00%B%x00", "v1.0.0..HEAD")).split("\0");
  const collector = createNotesCollector({ visible, typeMap });
  const typeOf = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?!?: /;
  for (let i = 0; i + 1 < records.length; i += 2) {
    const sha = (records[i] as string).trim();
    const message = records[i + 1] as string;
    const t = typeOf.exec(message);
    const type = t ? (t[1] as string).toLowerCase() : "";
    const light = t !== null && !t[0].endsWith("!: ") && !message.includes("BREAKING") && type !== "revert" && !visible.has(typeMap[type] ?? type);
    for (const c of inheritHeaderPullRequest(parseCommit(sha, message, { preset, light }))) collector.add(c);
  }
  return renderNotes({
    version: "1.1.0",
    tag: "v1.1.0",
    previousTag: "v1.0.0",
    date: "2024-07-01",
    repoUrl: undefined,
    changes: collector.finish(),
    contributors: [],
    visible,
    typeMap,
  }).body;
}

describe("breaking changes of hidden types", () => {
  it("keep the issues they close, as breaking changes of shown types do", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first");
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("chore!: drop node 16\n\nCloses #5");
    await repo.commit("feat!: drop the v1 config\n\nCloses #6");
    const r = await notes(repo.dir, repo.env, { version: "2.0.0", changelog: "none", contributors: "false" });
    expect(r.code, r.stderr).toBe(0);
    const entries = (r.outputs.notes ?? "").split("\n").filter((l) => l.startsWith("- "));
    expect(entries.map((l) => l.replace(/ \([0-9a-f]{7}\)/, ""))).toEqual(["- drop node 16, closes #5", "- drop the v1 config, closes #6"]);
  });
});

describe("notes that skip parsing commits of hidden types", () => {
  it("list exactly what parsing every commit lists, on a varied history and with either preset", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first");
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    // Oldest: reverts and what they revert. A revert makes every older commit be parsed, so the
    // commits that must not be skipped come after them (the log is read newest first).
    const tidy = await repo.commit("chore: tidy the build scripts");
    const cleanup = await repo.commit("chore: clean up");
    await repo.commit("docs: readme for the new flag");
    const thing = await repo.commit("feat(api): add the thing (#10)\n\nCloses #3");
    await repo.commit("chore(deps): bump left-pad");
    await repo.commit("refactor: split the parser");
    await repo.commit(`Revert "chore: tidy the build scripts"\n\nThis reverts commit ${tidy}.`);
    await repo.commit(`Revert "feat(api): add the thing (#10)"\n\nThis reverts commit ${thing.slice(0, 9)}.`);
    await repo.commit("revert: chore(deps): bump left-pad");
    await repo.commit('Revert "refactor: split the parser"');
    // Shown under Reverts unless it finds the hidden commit it names.
    await repo.commit(`revert: undo the clean-up\n\nThis reverts commit ${cleanup}.`);
    // Newest: no revert above them, so each of these is skipped unless it can add or change an entry.
    await repo.commit("test: cover the thing\n\nRefs #3");
    await repo.commit("chore!: drop node 16");
    await repo.commit("ci: new pipeline\n\nBREAKING CHANGE: the workflow needs the new secrets");
    await repo.commit(
      "chore: merge stuff (#20)\n\nBEGIN_COMMIT_OVERRIDE\nfeat: a feature from an override\nfix(db): a fix from an override\nEND_COMMIT_OVERRIDE",
    );
    await repo.commit("docs:\n\n* feat: a bullet under an empty docs subject");
    await repo.commit("fix: a real fix");
    await repo.commit("Release train (#12)\n\n* chore: a chore in a train\n* feat: a feature in a train");
    await repo.commit("Chore: a capitalised type");
    await repo.commit("deps: bump right-pad\n\n* feat: a feature under a type angular does not know");
    await repo.commit("style: format [skip release]");
    await repo.commit("perf: faster (#13)\n\nRelease-As: 2.0.0");
    await repo.commit("build(deps): pin the toolchain");
    await repo.commit("feat: the last feature");
    const cases: { preset: Preset; sections?: string; types?: string }[] = [
      { preset: "conventionalcommits" },
      { preset: "angular" },
      { preset: "conventionalcommits", sections: "feat,fix,docs,revert,breaking", types: "deps=chore" },
      { preset: "conventionalcommits", sections: "chore,refactor,revert" },
    ];
    for (const c of cases) {
      const visible = new Set<string>(c.sections ? c.sections.split(",") : DEFAULT_VISIBLE);
      const typeMap: Record<string, string> = c.types ? Object.fromEntries(c.types.split(",").map((p) => p.split("=") as [string, string])) : {};
      const flags: Record<string, string> = { version: "1.1.0", changelog: "none", contributors: "false", preset: c.preset };
      if (c.sections) flags.sections = c.sections;
      if (c.types) flags.types = c.types;
      const r = await notes(repo.dir, repo.env, flags);
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs.notes, JSON.stringify(c)).toBe(await notesParsingEveryCommit(repo, c.preset, visible, typeMap));
    }
  });
});
