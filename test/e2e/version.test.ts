import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubUnderTest, startGitHub } from "../fakes/github/index.js";
import { cleanupTempDirs, createTempRepo, type TempRepo } from "../helpers/git.js";
import { runBundle } from "../helpers/runner.js";

const READ_TOKEN = "ghs_forkReadOnlyToken00000";
let gh: GitHubUnderTest;

beforeAll(async () => {
  gh = await startGitHub({ tokens: { ghs_faketoken0000000000: "write", [READ_TOKEN]: "read" } });
});
afterAll(async () => {
  await gh?.close();
  cleanupTempDirs();
});

async function releasedRepo(): Promise<TempRepo> {
  const repo = await createTempRepo();
  await repo.commit("feat: first", { files: { "a.txt": "1" } });
  await repo.tag("v1.0.0", { message: "v1.0.0" });
  await repo.commit("feat: second", { files: { "b.txt": "1" } });
  return repo;
}

function push(repo: TempRepo, inputs: Record<string, string> = {}, env: Record<string, string> = {}, token = gh.token) {
  return runBundle("version", {
    cwd: repo.dir,
    inputs,
    token,
    apiUrl: gh.apiUrl,
    eventName: "push",
    env: { ...repo.env, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main", ...env },
  });
}

describe("dist/version as the runner runs it", () => {
  it("computes the version and writes every output and the summary", async () => {
    const repo = await releasedRepo();
    const r = await push(repo);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({
      version: "1.1.0",
      "previous-version": "1.0.0",
      tag: "v1.1.0",
      "previous-tag": "v1.0.0",
      "release-type": "minor",
      released: "true",
      prerelease: "false",
      commits: "1",
    });
    expect(JSON.parse(r.outputs.explain as string)).toHaveLength(1);
    expect(r.summary).toContain("## 🏷️ Next version: `v1.1.0`, a minor release");
  });

  it("tags through the API, says 'already released' on a re-run, and never prints the token", async () => {
    const repo = await releasedRepo();
    const head = await repo.head();
    const first = await push(repo, { "create-tag": "true" });
    expect(first.exitCode, first.stdout).toBe(0);
    const ref = gh.state.refs.get("refs/tags/v1.1.0");
    expect(ref?.type).toBe("tag");
    expect(gh.state.tagObjects.get(ref?.sha as string)?.object.sha).toBe(head);
    const again = await push(repo, { "create-tag": "true" });
    expect(again.exitCode).toBe(0);
    expect(again.summary).toContain("already exists at this commit: already released");
    for (const text of [first.stdout.replace(`::add-mask::${gh.token}`, ""), first.stderr, first.summary, JSON.stringify(first.outputs)])
      expect(text).not.toContain(gh.token);
    gh.state.refs.delete("refs/tags/v1.1.0");
  });

  it("fails clearly when the tag exists at another commit", async () => {
    const repo = await releasedRepo();
    gh.state.refs.set("refs/tags/v1.1.0", { sha: "f".repeat(40), type: "commit" });
    const r = await push(repo, { "create-tag": "true" });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain('Tag "v1.1.0" already exists on GitHub at fffffff, not at');
    expect(error).toContain("Release the next version instead: fetch the tags and re-run");
    gh.state.refs.delete("refs/tags/v1.1.0");
  });

  it("ends two racing runs with one tag and both green", async () => {
    const repo = await releasedRepo();
    const [a, b] = await Promise.all([push(repo, { "create-tag": "true" }), push(repo, { "create-tag": "true" })]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect([...gh.state.refs.keys()].filter((k) => k === "refs/tags/v1.1.0")).toHaveLength(1);
    gh.state.refs.delete("refs/tags/v1.1.0");
  });

  it("keeps one sticky comment on a pull request with the version it would release", async () => {
    const repo = await releasedRepo();
    const event = {
      pull_request: {
        number: 41,
        title: "feat: second",
        head: { repo: { full_name: `${gh.owner}/${gh.repo}` } },
        base: { repo: { full_name: `${gh.owner}/${gh.repo}` } },
      },
    };
    const env = {
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_BASE_REF: "main",
      GITHUB_HEAD_REF: "feature",
      GITHUB_REF: "refs/pull/41/merge",
      GITHUB_REF_NAME: "41/merge",
    };
    const run = () =>
      runBundle("version", {
        cwd: repo.dir,
        token: gh.token,
        apiUrl: gh.apiUrl,
        eventName: "pull_request",
        event,
        env: { ...repo.env, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, ...env },
      });
    expect((await run()).exitCode).toBe(0);
    await repo.commit("feat!: breaking", { files: { "c.txt": "1" } });
    const second = await run();
    expect(second.exitCode).toBe(0);
    const comments = gh.state.comments.filter((c) => c.issue_number === 41);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("Pull request #41 would release: `v2.0.0`, a major release");
  });

  it("degrades to the summary with a warning on a fork's read-only token", async () => {
    const repo = await releasedRepo();
    const event = {
      pull_request: { number: 42, title: "fix: x", head: { repo: { full_name: "forker/repo" } }, base: { repo: { full_name: `${gh.owner}/${gh.repo}` } } },
    };
    const r = await runBundle("version", {
      cwd: repo.dir,
      token: READ_TOKEN,
      apiUrl: gh.apiUrl,
      eventName: "pull_request",
      event,
      env: {
        ...repo.env,
        GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_BASE_REF: "main",
        GITHUB_REF: "refs/pull/42/merge",
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain("Pull request #42 would release");
    expect(r.annotations.find((a) => a.level === "warning")?.message).toContain("the pull request comes from a fork");
    expect(gh.state.comments.filter((c) => c.issue_number === 42)).toHaveLength(0);
  });

  it("fails a pull request whose title is not conventional when check-pr-title is on", async () => {
    const repo = await releasedRepo();
    const event = {
      pull_request: {
        number: 43,
        title: "Some changes",
        head: { repo: { full_name: `${gh.owner}/${gh.repo}` } },
        base: { repo: { full_name: `${gh.owner}/${gh.repo}` } },
      },
    };
    const r = await runBundle("version", {
      cwd: repo.dir,
      inputs: { "check-pr-title": "true", comment: "false" },
      token: gh.token,
      apiUrl: gh.apiUrl,
      eventName: "pull_request",
      event,
      env: { ...repo.env, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_EVENT_NAME: "pull_request", GITHUB_BASE_REF: "main" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === "error")?.message).toContain('The pull request title "Some changes" is not a conventional commit header');
  });

  it("fails with one line naming a bad input", async () => {
    const repo = await releasedRepo();
    const r = await push(repo, { bump: "huge" });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('Input "bump" must be one of auto, patch, minor, major, prerelease, none; got "huge".');
  });
});
