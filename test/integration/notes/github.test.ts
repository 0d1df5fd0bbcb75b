/**
 * notes against the GitHub fake behind Prism, running the source (command.run), on real temp repos:
 * tag conflicts, partial failures and re-runs, read-only dry runs, login resolution, PR comments.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCommandContext } from "../../../src/kernel/entry.js";
import { ShiplineError } from "../../../src/kernel/errors.js";
import { readInputs } from "../../../src/kernel/inputs.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { notesCommand } from "../../../src/notes/command.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { cleanupTempDirs, createTempRepo, type TempRepo } from "../../helpers/git.js";

/** The contributors line with the links around @handles taken off. */
const handles = (notes: string | undefined) => (notes ?? "").replace(/\[(@[\w-]+)\]\([^)]*\)/g, "$1");

const READ_TOKEN = "ghs_notesReadOnly000000000";
let gh: GitHubUnderTest;
let n = 0;

beforeAll(async () => {
  gh = await startGitHub({ tokens: { ghs_faketoken0000000000: "write", [READ_TOKEN]: "read" } });
}, 60_000);
afterAll(async () => {
  await gh?.close();
  cleanupTempDirs();
});

interface Run {
  code: number;
  outputs: Record<string, string>;
  stderr: string;
  error: ShiplineError | undefined;
}

/** Runs the notes command from source for `owner/name` in the fake; the error is kept for its code. */
async function notes(r: TempRepo, name: string, flags: Record<string, string>, options: { token?: string; env?: Record<string, string> } = {}): Promise<Run> {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries({ version: "1.1.0", ...flags })),
    env: {
      ...r.env,
      GITHUB_TOKEN: options.token ?? gh.token,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: `${gh.owner}/${name}`,
      GITHUB_REF: "refs/heads/main",
      GITHUB_REF_NAME: "main",
      SHIPLINE_GITHUB_TIME_SCALE: "0.01",
      ...(options.env ?? {}),
    },
    cwd: r.dir,
    envFallbacks: new Map([["github-token", ["GITHUB_TOKEN"]]]),
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
    clock: () => new Date("2024-07-01T12:00:00Z"),
  });
  let code = 0;
  let error: ShiplineError | undefined;
  try {
    const inputs = readInputs(notesCommand.spec.inputs, (k) => rt.input(k));
    await notesCommand.run(inputs, createCommandContext(rt, notesCommand.spec.inputs));
  } catch (e) {
    if (!(e instanceof ShiplineError)) throw e;
    error = e;
    code = e.exitCode;
    rt.fail(e.userMessage);
  }
  rt.flush();
  return { code, outputs: out ? (JSON.parse(out) as Record<string, string>) : {}, stderr: err.join(""), error };
}

async function repo(): Promise<TempRepo> {
  const r = await createTempRepo();
  await r.commit("feat: first", { files: { "a.txt": "1" } });
  await r.tag("v1.0.0", { message: "v1.0.0" });
  await r.commit("feat(api): add export", { files: { "b.txt": "1" } });
  await r.commit("fix: crash on start", { files: { "c.txt": "1" } });
  return r;
}

/** Tells the fake about the repository's commits, with a login per author email. */
async function publishCommits(r: TempRepo, name: string, logins: Record<string, string>): Promise<void> {
  const log = await r.git("log", "--format=%H%x00%P%x00%an%x00%ae%x00%s");
  gh.fake.addCommits(
    gh.owner,
    name,
    log.split("\n").map((line) => {
      const [sha, parents, an, ae, subject] = line.split("\0") as [string, string, string, string, string];
      const login = logins[ae];
      return {
        sha,
        message: subject,
        author: { name: an, email: ae, ...(login ? { login } : {}) },
        parents: parents ? parents.split(" ") : [],
        date: "2024-06-01T00:00:00Z",
      };
    }),
  );
}

/** Appends `count` empty commits fast (one git fast-import), author chosen per index. */
function bulkCommits(r: TempRepo, count: number, author: (i: number) => { name: string; email: string }): void {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: r.dir, env: r.env, encoding: "utf8" }).stdout.trim();
  let stream = "";
  for (let i = 0; i < count; i++) {
    const a = author(i);
    const message = `fix: change ${i}\n`;
    const when = 1_710_000_000 + i * 60;
    stream += `commit refs/heads/main\nauthor ${a.name} <${a.email}> ${when} +0000\ncommitter Ada Lovelace <ada@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}`;
    if (i === 0) stream += `from ${head}\n`;
    stream += "\n";
  }
  const res = spawnSync("git", ["fast-import", "--quiet"], { cwd: r.dir, env: r.env, input: stream, encoding: "utf8" });
  if (res.status !== 0) throw new Error(res.stderr);
  spawnSync("git", ["reset", "-q", "--hard"], { cwd: r.dir, env: r.env });
}

describe("a release tag that already exists on GitHub", () => {
  it("at another commit fails with tag-conflict before writing anything, and says what to do", async () => {
    const name = `notes-gh-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    const elsewhere = await r.git("rev-parse", "HEAD~1");
    state.refs.set("refs/tags/v1.1.0", { sha: elsewhere, type: "commit" });
    const res = await notes(r, name, { "commit-changelog": "api" });
    expect(res.code).toBe(2);
    expect(res.error?.code).toBe("tag-conflict");
    expect(res.stderr).toContain(`Tag "v1.1.0" already exists on GitHub at ${elsewhere.slice(0, 7)}, not at`);
    expect(res.stderr).toContain("Release the next version instead");
    expect(state.releases).toHaveLength(0);
    expect(state.refs.get("refs/tags/v1.1.0")?.sha).toBe(elsewhere);
    expect(state.contentCommits).toHaveLength(0);
    expect(existsSync(join(r.dir, "CHANGELOG.md"))).toBe(false);
  });

  it("made at another commit by a concurrent run between the check and the create also fails with tag-conflict", async () => {
    const name = `notes-gh-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    const elsewhere = await r.git("rev-parse", "HEAD~1");
    state.refs.set("refs/tags/v1.1.0", { sha: elsewhere, type: "commit" });
    // The first lookup does not see it yet (the other run creates it right after).
    gh.fake.fail({
      method: "GET",
      path: new RegExp(`/repos/${gh.owner}/${name}/git/ref/tags(/|%2F)v1\\.1\\.0$`),
      status: 404,
      body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
    });
    const res = await notes(r, name, { changelog: "none" });
    expect(res.code).toBe(2);
    expect(res.error?.code).toBe("tag-conflict");
    expect(res.stderr).toContain("on GitHub (made by a concurrent run)");
    expect(state.releases).toHaveLength(0);
    expect(state.refs.get("refs/tags/v1.1.0")?.sha).toBe(elsewhere);
  });

  it("at the commit being released is reused", async () => {
    const name = `notes-gh-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    state.refs.set("refs/tags/v1.1.0", { sha: await r.head(), type: "commit" });
    const res = await notes(r, name, { changelog: "none" });
    expect(res.code, res.stderr).toBe(0);
    expect(state.releases).toHaveLength(1);
    expect(state.tagObjects.size).toBe(0);
  });
});

describe("partial failures and re-runs", () => {
  it("finishes with one tag, one release and one CHANGELOG section after the CHANGELOG commit failed", async () => {
    const name = `notes-gh-${n++}`;
    const r = await repo();
    const state = gh.fake.repo(gh.owner, name);
    // Five answers: the Contents port re-reads the branch and tries again up to five times.
    gh.fake.fail({ method: "PUT", path: `/repos/${gh.owner}/${name}/contents/`, status: 502, times: 5 });
    const broken = await notes(r, name, { "commit-changelog": "api" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("GitHub returned 502 for PUT");
    expect(state.releases).toHaveLength(1);
    expect(state.contentCommits).toHaveLength(0);
    // The re-run happens in the same checkout, whose CHANGELOG.md the first run already wrote.
    const again = await notes(r, name, { "commit-changelog": "api" });
    expect(again.code, again.stderr).toBe(0);
    expect([...state.refs.keys()].filter((k) => k.startsWith("refs/tags/"))).toEqual(["refs/tags/v1.1.0"]);
    expect(state.releases).toHaveLength(1);
    expect(state.contentCommits).toHaveLength(1);
    const committed = state.contents.get("main:CHANGELOG.md")?.content.toString() ?? "";
    expect(committed.match(/## \[1\.1\.0\]/g)).toHaveLength(1);
    expect(readFileSync(join(r.dir, "CHANGELOG.md"), "utf8")).toBe(committed);
    // A third run has nothing left to do.
    expect((await notes(r, name, { "commit-changelog": "api" })).code).toBe(0);
    expect(state.contentCommits).toHaveLength(1);
    expect(state.releases).toHaveLength(1);
  });

  it("does a dry run with a read-only token: succeeds and writes nothing", async () => {
    const name = `notes-gh-${n++}`;
    const r = await repo();
    await publishCommits(r, name, { "ada@example.com": "ada-l" });
    const state = gh.fake.repo(gh.owner, name);
    const before = gh.requests.length;
    const res = await notes(r, name, { "dry-run": "true", "commit-changelog": "api", "comment-released": "true" }, { token: READ_TOKEN });
    expect(res.code, res.stderr).toBe(0);
    expect(res.outputs.notes).toContain("crash on start");
    expect(handles(res.outputs.notes)).toContain("@ada-l");
    // Nothing was written, so nothing was updated.
    expect(res.outputs["changelog-updated"]).toBe("false");
    expect(existsSync(join(r.dir, "CHANGELOG.md"))).toBe(false);
    expect(state.releases).toHaveLength(0);
    expect(state.refs.size).toBe(0);
    expect(state.comments).toHaveLength(0);
    const methods = gh.requests.slice(before).map((q) => q.method);
    expect(methods.length).toBeGreaterThan(0);
    expect(methods.every((m) => m === "GET")).toBe(true);
  });
});

describe("the CHANGELOG link of a body cut at GitHub's limit", () => {
  it("points at the CHANGELOG on the branch being released, from the repository root", async () => {
    const name = `notes-gh-${n++}`;
    const r = await createTempRepo();
    await r.commit("feat: first", { files: { "pkg/a.txt": "1" } });
    await r.tag("v1.0.0", { message: "v1.0.0" });
    await r.commit("fix: the bug", { files: { "pkg/b.txt": "1" } });
    const filler = Array.from({ length: 3000 }, (_, i) => `- migration step ${i}: ${"x".repeat(40)}`).join("\n");
    writeFileSync(join(r.dir, "pkg", "long.md"), `# {{tag}}\n\n{{sections}}\n\n${filler}\n`);
    const res = await notes(
      r,
      name,
      { "working-directory": "pkg", template: "long.md" },
      { env: { GITHUB_REF: "refs/heads/release/1.x", GITHUB_REF_NAME: "release/1.x" } },
    );
    expect(res.code, res.stderr).toBe(0);
    const body = gh.fake.repo(gh.owner, name).releases[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(125_000);
    expect(body).toContain(`[the CHANGELOG](https://github.com/${gh.owner}/${name}/blob/release/1.x/pkg/CHANGELOG.md)`);
    expect(body).not.toContain("/blob/v1.1.0/");
  });
});

describe("contributors' GitHub logins", () => {
  it("pages through the compare beyond 250 commits and stops once every author is known", async () => {
    const name = `notes-gh-${n++}`;
    const r = await createTempRepo();
    await r.commit("feat: first", { files: { "a.txt": "1" } });
    await r.tag("v1.0.0", { message: "v1.0.0" });
    // 450 commits, oldest first in the compare: Grace on page 2, the newcomer on page 3, none after.
    bulkCommits(r, 450, (i) =>
      i === 149
        ? { name: "Grace", email: "grace@example.com" }
        : i === 249
          ? { name: "Newcomer", email: "new@example.com" }
          : { name: "Ada Lovelace", email: "ada@example.com" },
    );
    await publishCommits(r, name, { "ada@example.com": "ada-l", "grace@example.com": "grace-h", "new@example.com": "newbie" });
    const before = gh.requests.length;
    const res = await notes(r, name, { changelog: "none", release: "false" });
    expect(res.code, res.stderr).toBe(0);
    expect(handles(res.outputs.notes)).toContain("@ada-l, @grace-h (first contribution), @newbie (first contribution)");
    const pages = gh.requests
      .slice(before)
      .filter((q) => q.path.includes("/compare/"))
      .map((q) => q.query.get("page"));
    expect(pages).toEqual(["1", "2", "3"]);
  }, 60_000);

  it("resolves logins on a first release too, the root commit's author and noreply addresses included", async () => {
    const name = `notes-gh-${n++}`;
    const r = await createTempRepo();
    await r.commit("feat: the root", { files: { "a.txt": "1" }, author: { name: "Root Person", email: "root@example.com" } });
    await r.commit("feat: second", { files: { "b.txt": "1" } });
    await r.commit("fix: third", { files: { "c.txt": "1" }, author: { name: "Nora", email: "1234+nora-n@users.noreply.github.com" } });
    await publishCommits(r, name, { "root@example.com": "root-login", "ada@example.com": "ada-l" });
    const res = await notes(r, name, { version: "0.1.0", changelog: "none", release: "false" });
    expect(res.code, res.stderr).toBe(0);
    expect(handles(res.outputs.notes)).toContain("@root-login (first contribution), @ada-l (first contribution), @nora-n (first contribution)");
  });
});

describe("released-in comments on merge-commit PRs", () => {
  it("comments on a PR merged with a merge commit, once per tag", async () => {
    const name = `notes-gh-${n++}`;
    const r = await repo();
    await r.checkout("octo/feature", { create: true });
    await r.commit("chore: internal only", { files: { "f.txt": "1" } });
    await r.commit("feat: from the branch", { files: { "f.txt": "2" } });
    await r.checkout("main");
    await r.git("merge", "--no-ff", "-q", "octo/feature", "-m", "Merge pull request #12 from octo/feature\n\nfeat: from the branch");
    const state = gh.fake.repo(gh.owner, name);
    for (let i = 0; i < 2; i++) {
      const res = await notes(r, name, { "comment-released": "true", changelog: "none" });
      expect(res.code, res.stderr).toBe(0);
      expect(res.outputs.notes).toContain(`[#12](https://github.com/${gh.owner}/${name}/pull/12)`);
    }
    expect(state.comments.map((c) => c.issue_number)).toEqual([12]);
    expect(state.comments[0]?.body).toContain("Released in [v1.1.0](");
  });
});
