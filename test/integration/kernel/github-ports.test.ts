import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../../src/kernel/errors.js";
import { GitHub } from "../../../src/kernel/github/client.js";
import { createGitHubPorts, GitHubApiError, type GitHubPorts, isAlreadyExists } from "../../../src/kernel/github/index.js";
import { Redactor } from "../../../src/kernel/redact.js";
import type { Logger } from "../../../src/kernel/runtime.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";

const READ_TOKEN = "ghs_readonlytoken000000";
let gh: GitHubUnderTest;
const warnings: string[] = [];
const log: Logger = {
  info: () => {},
  warning: (m) => warnings.push(m),
  error: () => {},
  notice: () => {},
  debug: () => {},
  group: (_n, fn) => fn(),
};

function ports(token = gh.token, owner = gh.owner, repo = gh.repo): GitHubPorts {
  return createGitHubPorts({ token, baseUrl: gh.apiUrl, owner, repo, userAgent: "shipline/test", log, timeScale: 0.001, redactor: new Redactor() });
}

const SHA = "a".repeat(40);

beforeAll(async () => {
  gh = await startGitHub({ tokens: { ghs_faketoken0000000000: "write", [READ_TOKEN]: "read" } });
});
afterAll(async () => {
  await gh?.close();
});

describe("GitHub ports against the fake behind Prism", () => {
  it("creates, finds and updates a release, and Prism accepts every request and response", async () => {
    const p = ports();
    const created = await p.releases.create({ tag_name: "v1.0.0", name: "v1.0.0", body: "first", target_commitish: SHA });
    expect(created.tag_name).toBe("v1.0.0");
    const found = await p.releases.findByTag("v1.0.0");
    expect(found?.id).toBe(created.id);
    const updated = await p.releases.update(created.id, { body: "second" });
    expect(updated.body).toBe("second");
    expect(gh.state.releases.map((r) => r.body)).toEqual(["second"]);
    expect(gh.prismLog()).not.toMatch(/VIOLATIONS/);
  });

  it("finds a draft release by its tag, which the by-tag endpoint hides", async () => {
    const p = ports();
    await p.releases.create({ tag_name: "v9.0.0-draft", draft: true, body: "draft" });
    expect((await p.releases.findByTag("v9.0.0-draft"))?.draft).toBe(true);
    expect(await p.releases.findByTag("v404")).toBeUndefined();
  });

  it("reports a duplicate release as already_exists so callers can update instead", async () => {
    const p = ports();
    await p.releases.create({ tag_name: "v1.1.0" });
    const err = await p.releases.create({ tag_name: "v1.1.0" }).catch((e: unknown) => e);
    expect(isAlreadyExists(err)).toBe(true);
    expect((err as GitHubApiError).code).toBe(ErrorCode.GitHubValidation);
  });

  it("uploads a release asset through the upload URL", async () => {
    const p = ports();
    const rel = await p.releases.create({ tag_name: "v1.2.0" });
    const asset = await p.releases.uploadAsset(rel, "app.tar.gz", Buffer.from("binary-bytes"));
    expect(asset.name).toBe("app.tar.gz");
    expect(gh.state.assetData.get(asset.id)?.toString()).toBe("binary-bytes");
    expect((await p.releases.listAssets(rel.id)).map((a) => a.name)).toEqual(["app.tar.gz"]);
  });

  it("makes an annotated tag and its ref, and says 'exists' when the ref is already there", async () => {
    const p = ports();
    const tag = await p.refs.createTagObject("v2.0.0", "Release v2.0.0", SHA);
    expect(await p.refs.create("tags/v2.0.0", tag.sha)).not.toBe("exists");
    expect(await p.refs.create("tags/v2.0.0", tag.sha)).toBe("exists");
    expect(await p.refs.resolveTag("v2.0.0")).toBe(SHA);
    expect(await p.refs.get("tags/nope")).toBeUndefined();
  });

  it("pages through long lists", async () => {
    const p = ports();
    for (let i = 0; i < 130; i++) gh.state.refs.set(`refs/tags/p${String(i).padStart(3, "0")}`, { sha: SHA, type: "commit" });
    const refs = await p.refs.matching("tags/p");
    expect(refs).toHaveLength(130);
  });

  it("retries a 502 and succeeds", async () => {
    const p = ports();
    gh.fake.fail({ method: "GET", path: "/git/ref/tags/v2.0.0", status: 502, times: 2 });
    expect(await p.refs.resolveTag("v2.0.0")).toBe(SHA);
  });

  it("waits out a secondary rate limit with retry-after and succeeds", async () => {
    const p = ports();
    warnings.length = 0;
    gh.fake.fail({
      method: "POST",
      path: "/check-runs",
      status: 403,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit." },
    });
    const run = await p.checks.createCompleted("gate", SHA, "success", { title: "ok", summary: "ok" });
    expect(run.conclusion).toBe("success");
    expect(warnings.join("\n")).toMatch(/secondary rate limit/);
  });

  it("waits out a 429 with retry-after (GitHub's other rate-limit answer) and succeeds", async () => {
    const p = ports();
    warnings.length = 0;
    gh.fake.fail({
      method: "POST",
      path: "/check-runs",
      status: 429,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." },
    });
    const before = gh.fake.repo(gh.owner, gh.repo).checkRuns.length;
    const run = await p.checks.createCompleted("gate", SHA, "success", { title: "ok", summary: "after a 429" });
    expect(run.conclusion).toBe("success");
    expect(warnings.join("\n")).toMatch(/rate limit/);
    // The refused request made nothing; the retry made exactly one check run.
    expect(gh.fake.repo(gh.owner, gh.repo).checkRuns.length).toBe(before + 1);
  });

  it("waits for the reset time on a 429 primary rate limit (x-ratelimit-remaining: 0) and succeeds", async () => {
    const p = ports();
    warnings.length = 0;
    gh.fake.fail({
      method: "POST",
      path: "/check-runs",
      status: 429,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1) },
      body: { message: "API rate limit exceeded for installation." },
    });
    const run = await p.checks.createCompleted("gate", SHA, "success", { title: "ok", summary: "after the reset" });
    expect(run.conclusion).toBe("success");
    expect(warnings.join("\n")).toMatch(/GitHub rate limit hit for POST .*check-runs; retrying in \d+ s/);
  });

  it("attaches more than 50 annotations in batches of 50", async () => {
    const p = ports();
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: "src/a.ts",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "failure" as const,
      message: `m${i}`,
    }));
    const before = gh.requests.length;
    const run = await p.checks.createCompleted("gate", SHA, "failure", { title: "3 failed", summary: "..." }, annotations);
    expect(gh.state.checkRunAnnotations.get(run.id)).toHaveLength(120);
    const calls = gh.requests.slice(before).filter((r) => r.path.includes("/check-runs"));
    // One look-up by name and content key (nothing yet), one create, two updates.
    expect(calls.map((c) => c.method)).toEqual(["GET", "POST", "PATCH", "PATCH"]);
  });

  it("keeps one sticky comment per marker, updated in place", async () => {
    const p = ports();
    const a = await p.comments.upsertSticky(7, "<!-- shipline:test -->", "first");
    const b = await p.comments.upsertSticky(7, "<!-- shipline:test -->", "second");
    const c = await p.comments.upsertSticky(7, "<!-- shipline:test -->", "second");
    expect([a.action, b.action, c.action]).toEqual(["created", "updated", "unchanged"]);
    const mine = gh.state.comments.filter((x) => x.issue_number === 7);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toContain("second");
  });

  it("records deployments and their statuses", async () => {
    const p = ports();
    const d = await p.deployments.create({ ref: "main", environment: "staging", description: "x".repeat(200), payload: { rollout: "r1" } });
    await p.deployments.createStatus(d.id, { state: "in_progress", description: "stage 1" });
    const statuses = await p.deployments.listStatuses(d.id);
    expect(statuses.map((s) => s.state)).toEqual(["in_progress"]);
    expect(d.description).toHaveLength(140);
  });

  it("downloads an artifact zip through GitHub's redirect", async () => {
    const p = ports();
    const a = gh.fake.addArtifact(gh.owner, gh.repo, "gate-report", Buffer.from("PK-zip-bytes"));
    const list = await p.actions.listArtifacts("gate-report");
    expect(list.map((x) => x.id)).toContain(a.id);
    expect((await p.actions.downloadArtifact(list.find((x) => x.id === a.id) ?? a)).toString()).toBe("PK-zip-bytes");
  });

  it("names the request and the permission on 404, without the token", async () => {
    const p = ports(gh.token, gh.owner, gh.repo);
    const err = (await p.releases.update(999999, { body: "x" }).catch((e: unknown) => e)) as GitHubApiError;
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.code).toBe(ErrorCode.GitHubNotFound);
    expect(err.message).toContain(`PATCH /repos/${gh.owner}/${gh.repo}/releases/999999`);
    expect(err.hint).toContain("contents: write");
    expect(`${err.message} ${err.hint}`).not.toContain(gh.token);
  });

  it("names the missing permission on 403 for a read-only token (a fork's)", async () => {
    const p = ports(READ_TOKEN);
    const err = (await p.comments.upsertSticky(7, "<!-- m -->", "hello").catch((e: unknown) => e)) as GitHubApiError;
    expect(err.code).toBe(ErrorCode.GitHubForbidden);
    expect(err.hint).toContain('"permissions: pull-requests: write"');
    expect(err.hint).toMatch(/fork/);
  });

  it("says the token is invalid on 401", async () => {
    const p = ports("ghs_wrongtoken000000000000");
    const err = (await p.refs.get("tags/v1").catch((e: unknown) => e)) as GitHubApiError;
    expect(err.code).toBe(ErrorCode.GitHubUnauthorized);
    expect(err.hint).toContain("github-token");
  });

  it("gives up after the retries on a persistent 500 with a clear error", async () => {
    const client = new GitHub({ token: gh.token, baseUrl: gh.apiUrl, owner: gh.owner, repo: gh.repo, userAgent: "t", log, timeScale: 0.001, retries: 2 });
    gh.fake.fail({ method: "GET", path: "/releases/tags/v5", status: 500, times: 3 });
    const err = (await client
      .request("GET /repos/{owner}/{repo}/releases/tags/{tag}", { tag: "v5" }, { permission: "contents: read" })
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(err.status).toBe(500);
    expect(err.code).toBe(ErrorCode.GitHubApi);
  });

  it("times out a request GitHub does not answer and retries it", async () => {
    const p = createGitHubPorts({
      token: gh.token,
      baseUrl: gh.apiUrl,
      owner: gh.owner,
      repo: gh.repo,
      userAgent: "t",
      log,
      timeScale: 0.001,
      timeoutMs: 1000,
    });
    gh.fake.fail({ method: "GET", path: "/git/ref/tags/v2.0.0", delayMs: 3000 });
    const started = performance.now();
    expect(await p.refs.resolveTag("v2.0.0")).toBe(SHA);
    expect(performance.now() - started).toBeLessThan(2900);
  });

  it("sends the shipline user agent", async () => {
    await ports().refs.get("tags/ua-check");
    expect(gh.requests.at(-1)?.userAgent).toMatch(/^shipline\/test/);
  });

  it("has Prism reject a request GitHub's contract forbids", async () => {
    const client = new GitHub({ token: gh.token, baseUrl: gh.apiUrl, owner: gh.owner, repo: gh.repo, userAgent: "t", log, timeScale: 0.001 });
    const err = (await client
      .request("POST /repos/{owner}/{repo}/releases", { name: "no tag" }, { permission: "contents: write" })
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(err.status).toBe(422);
    expect(err.message).toMatch(/tag_name/);
  });
});

describe("optional writes on a read-only token", () => {
  it("skips a comment with one warning naming the fork case instead of failing", async () => {
    const { optionalWrite } = await import("../../../src/kernel/github/index.js");
    warnings.length = 0;
    const p = ports(READ_TOKEN);
    const result = await optionalWrite(log, { isFork: true }, "the PR comment", () => p.comments.upsertSticky(8, "<!-- x -->", "body"));
    expect(result).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Skipped the PR comment: the pull request comes from a fork/);
    expect(gh.state.comments.filter((c) => c.issue_number === 8)).toHaveLength(0);
  });

  it("still fails on errors that are not about permissions", async () => {
    const { optionalWrite } = await import("../../../src/kernel/github/index.js");
    const p = ports();
    gh.fake.fail({ method: "GET", path: "/issues/9/comments", status: 500, times: 10 });
    const err = await optionalWrite(log, { isFork: false }, "the PR comment", () => p.comments.upsertSticky(9, "<!-- x -->", "body")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
  });
});

describe("git data through the Refs port (fake behind Prism)", () => {
  it("creates trees and commits and reads a commit back, with the parents it was given", async () => {
    const p = ports();
    const empty = await p.refs.createTree([]);
    expect(empty.sha).toBe("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
    const one = await p.refs.createTree([{ path: "state.json", mode: "100644", type: "blob", content: "{}" }]);
    expect(one.tree.map((e) => e.path)).toEqual(["state.json"]);
    const root = await p.refs.createCommit("first", empty.sha, []);
    const child = await p.refs.createCommit("second", one.sha, [root.sha]);
    const read = await p.refs.getCommit(child.sha);
    expect(read).toMatchObject({ sha: child.sha, message: "second", tree: { sha: one.sha } });
    expect(read.parents.map((x) => x.sha)).toEqual([root.sha]);
    expect(gh.prismLog()).not.toMatch(/VIOLATIONS/);
  });

  it("fast-forwards a ref to a descendant and answers not-fast-forward or missing, without throwing, otherwise", async () => {
    const p = ports();
    const tree = (await p.refs.createTree([])).sha;
    const base = await p.refs.createCommit("base", tree, []);
    await p.refs.create("shipline/ff-test", base.sha);
    const next = await p.refs.createCommit("next", tree, [base.sha]);
    const sibling = await p.refs.createCommit("sibling", tree, [base.sha]);
    expect(await p.refs.fastForward("shipline/ff-test", next.sha)).toMatchObject({ object: { sha: next.sha } });
    expect(await p.refs.fastForward("shipline/ff-test", sibling.sha)).toBe("not-fast-forward");
    expect(gh.state.refs.get("refs/shipline/ff-test")?.sha).toBe(next.sha);
    expect(await p.refs.fastForward("shipline/no-such-ref", next.sha)).toBe("missing");
    const refused = await p.refs.update("shipline/ff-test", sibling.sha, false).catch((e: unknown) => e);
    expect((refused as GitHubApiError).message).toMatch(/422 .*Update is not a fast forward/);
  });

  it("refuses a commit on a tree or parent that does not exist, as GitHub does", async () => {
    const p = ports();
    const err = await p.refs.createCommit("x", "f".repeat(40), []).catch((e: unknown) => e);
    expect((err as GitHubApiError).status).toBe(422);
    const tree = (await p.refs.createTree([])).sha;
    const orphan = await p.refs.createCommit("x", tree, ["e".repeat(40)]).catch((e: unknown) => e);
    expect((orphan as GitHubApiError).message).toMatch(/Parent SHA does not exist/);
  });
});
