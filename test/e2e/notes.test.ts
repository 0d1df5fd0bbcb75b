import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubUnderTest, startGitHub } from "../fakes/github/index.js";
import { cleanupTempDirs, createTempRepo, type TempRepo } from "../helpers/git.js";
import { runBundle } from "../helpers/runner.js";

/** The contributors line with the links around @handles taken off. */
const handles = (notes: string | undefined) => (notes ?? "").replace(/\[(@[\w-]+)\]\([^)]*\)/g, "$1");

const READ_TOKEN = "ghs_notesReadOnly000000000";
let gh: GitHubUnderTest;
let n = 0;

beforeAll(async () => {
  gh = await startGitHub({ tokens: { ghs_faketoken0000000000: "write", [READ_TOKEN]: "read" } });
});
afterAll(async () => {
  await gh?.close();
  cleanupTempDirs();
});

async function repo(): Promise<TempRepo> {
  const r = await createTempRepo();
  await r.commit("feat: first", { files: { "a.txt": "1" } });
  await r.tag("v1.0.0", { message: "v1.0.0" });
  await r.commit("feat(api): add export (#7)\n\nCloses #3", { files: { "b.txt": "1" } });
  await r.commit("fix: crash on start", { files: { "c.txt": "1" } });
  return r;
}

/** Each test gets its own repository in the fake, so states do not mix. */
function notes(r: TempRepo, name: string, inputs: Record<string, string> = {}, token = gh.token) {
  return runBundle("notes", {
    cwd: r.dir,
    inputs: { version: "1.1.0", tag: "v1.1.0", ...inputs },
    token,
    apiUrl: gh.apiUrl,
    env: { ...r.env, GITHUB_REPOSITORY: `${gh.owner}/${name}`, GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main" },
  });
}

describe("dist/notes as the runner runs it", () => {
  it("publishes the tag, the release and the CHANGELOG, and a re-run updates instead of duplicating", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const first = await notes(r, name);
    expect(first.exitCode, first.stdout).toBe(0);
    const state = gh.fake.repo(gh.owner, name);
    expect(state.releases).toHaveLength(1);
    expect(state.releases[0]?.body).toContain("### Features");
    expect(state.releases[0]?.body).toContain("[#3](https://github.com/octo-org/");
    expect(state.refs.get("refs/tags/v1.1.0")?.type).toBe("tag");
    expect(first.outputs).toMatchObject({ "release-id": String(state.releases[0]?.id), "changelog-updated": "true" });
    expect(first.outputs["release-url"]).toContain("/releases/tag/v1.1.0");
    expect(readFileSync(first.outputs["notes-file"] as string, "utf8")).toBe(first.outputs.notes);
    const changelog = readFileSync(join(r.dir, "CHANGELOG.md"), "utf8");
    expect(changelog.match(/## \[1\.1\.0\]/g)).toHaveLength(1);

    const again = await notes(r, name);
    expect(again.exitCode).toBe(0);
    expect(state.releases).toHaveLength(1);
    expect(again.outputs["changelog-updated"]).toBe("false");
    expect(readFileSync(join(r.dir, "CHANGELOG.md"), "utf8")).toBe(changelog);
  });

  it("finishes the job after a run that made the tag but not the release", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    state.refs.set("refs/tags/v1.1.0", { sha: await r.head(), type: "commit" });
    const res = await notes(r, name);
    expect(res.exitCode, res.stdout).toBe(0);
    expect(state.releases).toHaveLength(1);
    expect([...state.refs.keys()].filter((k) => k === "refs/tags/v1.1.0")).toHaveLength(1);
  });

  it("finishes the job after a run that made the release but not the CHANGELOG, keeping hand-written blocks", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    // The first run fails to publish (GitHub keeps answering 502), so nothing is written after it.
    gh.fake.fail({ method: "POST", path: `/repos/${gh.owner}/${name}/releases`, status: 502, times: 4 });
    const broken = await notes(r, name, { changelog: "none" });
    expect(broken.exitCode).toBe(1);
    expect(broken.annotations.find((a) => a.level === "error")?.message).toContain("GitHub returned 502");
    // Then a run that made the release but not the CHANGELOG, and someone added a block to keep.
    expect((await notes(r, name, { changelog: "none" })).exitCode).toBe(0);
    const rel = state.releases[0];
    if (!rel) throw new Error("no release");
    rel.body = `<!-- shipline:keep -->\nUpgrade: run migrate.\n<!-- /shipline:keep -->\n${rel.body ?? ""}`;
    const res = await notes(r, name);
    expect(res.exitCode).toBe(0);
    expect(state.releases).toHaveLength(1);
    expect(state.releases[0]?.body).toContain("Upgrade: run migrate.");
    expect(readFileSync(join(r.dir, "CHANGELOG.md"), "utf8").match(/## \[1\.1\.0\]/g)).toHaveLength(1);
  });

  it("commits the CHANGELOG through the API once, and uploads assets replacing same-name ones", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    mkdirSync(join(r.dir, "out"));
    writeFileSync(join(r.dir, "out", "app.tar.gz"), "v1");
    const state = gh.fake.repo(gh.owner, name);
    const first = await notes(r, name, { "commit-changelog": "api", assets: "out/{app,other}.tar.gz" });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(state.contentCommits.map((c) => c.message)).toEqual(["chore(release): v1.1.0 [skip ci]"]);
    expect(state.contents.get("main:CHANGELOG.md")?.content.toString()).toContain("## [1.1.0]");
    writeFileSync(join(r.dir, "out", "app.tar.gz"), "v2");
    const second = await notes(r, name, { "commit-changelog": "api", assets: "out/*.tar.gz" });
    expect(second.exitCode).toBe(0);
    expect(state.contentCommits).toHaveLength(1);
    const assets = state.releases[0]?.assets ?? [];
    expect(assets.map((a) => a.name)).toEqual(["app.tar.gz"]);
    expect(state.assetData.get(assets[0]?.id as number)?.toString()).toBe("v2");
  });

  it("re-runs a draft release into the same draft (drafts are invisible to the by-tag lookup)", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    expect((await notes(r, name, { draft: "true", prerelease: "true", changelog: "none" })).exitCode).toBe(0);
    const again = await notes(r, name, { draft: "true", prerelease: "true", changelog: "none" });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(state.releases).toHaveLength(1);
    expect(state.releases[0]?.draft).toBe(true);
    expect(state.releases[0]?.prerelease).toBe(true);
    expect(again.outputs["release-id"]).toBe(String(state.releases[0]?.id));
  });

  it("comments 'released in' once on the PRs and issues of the release, also when re-run", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    for (let i = 0; i < 2; i++) {
      const res = await notes(r, name, { "comment-released": "true", changelog: "none" });
      expect(res.exitCode, res.stdout).toBe(0);
    }
    const on = state.comments.map((c) => c.issue_number).sort();
    expect(on).toEqual([3, 7]);
    expect(state.comments[0]?.body).toContain("Released in [v1.1.0](");
  });

  it("explains a 404 with the repository and the permission to check", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    gh.fake.fail({
      method: "POST",
      path: `/repos/${gh.owner}/${name}/git/tags`,
      status: 404,
      body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
    });
    const res = await notes(r, name, { changelog: "none" });
    expect(res.exitCode).toBe(1);
    const error = res.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain("GitHub returned 404 for POST");
    expect(error).toContain('"permissions: contents: write"');
    expect(gh.fake.repo(gh.owner, name).releases).toHaveLength(0);
  });

  it("reports GitHub's validation detail on a 422 that is not an already-exists race", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    gh.fake.fail({
      method: "POST",
      path: `/repos/${gh.owner}/${name}/releases`,
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [{ resource: "Release", code: "custom", field: "tag_name", message: "tag_name is not well-formed" }],
        documentation_url: "https://docs.github.com/rest",
      },
    });
    const res = await notes(r, name, { changelog: "none" });
    expect(res.exitCode).toBe(1);
    const error = res.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain("GitHub returned 422 for POST");
    expect(error).toContain("tag_name is not well-formed");
    expect(res.stdout).not.toMatch(/\n\s+at /);
  });

  it("cuts a release body over GitHub's 125,000-character limit at an entry and links the CHANGELOG", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const filler = Array.from({ length: 3000 }, (_, i) => `- migration step ${i}: ${"x".repeat(40)}`).join("\n");
    writeFileSync(join(r.dir, "long.md"), `# {{tag}}\n\n{{sections}}\n\n${filler}\n`);
    const res = await notes(r, name, { template: "long.md", changelog: "CHANGELOG.md" });
    expect(res.exitCode, res.stdout).toBe(0);
    expect(res.annotations.some((a) => a.level === "warning" && a.message.includes("125,000-character limit"))).toBe(true);
    const body = gh.fake.repo(gh.owner, name).releases[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(125_000);
    expect(body).toMatch(
      /- migration step \d+: x{40}\n\n…and more: the full notes are in \[the CHANGELOG\]\(https:\/\/github\.com\/.+\/blob\/main\/CHANGELOG\.md\)/,
    );
    expect(res.outputs.notes?.length).toBeGreaterThan(125_000);
  });

  it("names contributors by their GitHub login when the API knows the commit author", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    await r.commit("fix: by a newcomer", { files: { "d.txt": "1" }, author: { name: "Newcomer", email: "new@example.com" } });
    const log = await r.git("log", "--format=%H%x00%P%x00%an%x00%ae%x00%s");
    gh.fake.addCommits(
      gh.owner,
      name,
      log
        .trim()
        .split("\n")
        .map((line) => {
          const [sha, parents, an, ae, subject] = line.split("\0") as [string, string, string, string, string];
          const login = ae === "new@example.com" ? "newbie" : "ada-l";
          return { sha, message: subject, author: { name: an, email: ae, login }, parents: parents ? parents.split(" ") : [], date: "2024-06-01T00:00:00Z" };
        }),
    );
    const res = await notes(r, name, { changelog: "none", release: "false" });
    expect(res.exitCode, res.stdout).toBe(0);
    expect(handles(res.outputs.notes)).toContain("@ada-l, @newbie (first contribution)");
  });

  it("writes nothing in a dry run", async () => {
    const name = `notes-${n++}`;
    const r = await repo();
    const res = await notes(r, name, { "dry-run": "true" });
    expect(res.exitCode).toBe(0);
    expect(res.outputs.notes).toContain("crash on start");
    expect(gh.fake.repo(gh.owner, name).releases).toHaveLength(0);
    expect(existsSync(join(r.dir, "CHANGELOG.md"))).toBe(false);
  });

  it("names the permission on a 403", async () => {
    const r = await repo();
    const res = await notes(r, `notes-${n++}`, { changelog: "none" }, READ_TOKEN);
    expect(res.exitCode).toBe(1);
    const error = res.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain("GitHub returned 403");
    expect(error).toContain('"permissions: contents: write"');
  });
});

describe("notes refuses bad input clearly", () => {
  it.each([
    [{ from: "v0.9.9" }, 'Input "from" names "v0.9.9", which is not a tag, branch or commit'],
    [{ from: "HEAD", to: "v1.0.0" }, 'Input "to" ("v1.0.0") is not after "HEAD"'],
    [{ version: "1.2.0", tag: "v1.1.0" }, 'Input "tag" "v1.1.0" does not match version "1.2.0"'],
    [{ template: "tpl.md" }, "tpl.md:2: unknown placeholder"],
    [{ changelog: "a.txt/CHANGELOG.md" }, 'Input "changelog" names "a.txt/CHANGELOG.md", which cannot be'],
  ])("rejects %j", async (inputs, message) => {
    const r = await repo();
    writeFileSync(join(r.dir, "tpl.md"), "# {{tag}}\n{{changes}}\n");
    const res = await notes(r, `notes-${n++}`, { release: "false", ...inputs });
    expect(res.exitCode).toBe(1);
    expect(res.annotations.find((a) => a.level === "error")?.message).toContain(message);
    expect(res.stdout).not.toMatch(/\n\s+at /);
  });
});
