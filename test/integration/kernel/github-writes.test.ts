/**
 * The rules every GitHub write follows, held by the ports against the fake behind Prism: request
 * bodies are redacted, creates are idempotent after lost answers, the sticky comment is only ever
 * the token's own, a file commit never erases a line committed meanwhile, and releases keep Latest
 * and their assets safe.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubPorts, type GitHubPorts } from "../../../src/kernel/github/index.js";
import { Redactor } from "../../../src/kernel/redact.js";
import type { Logger } from "../../../src/kernel/runtime.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { user } from "../../fakes/github/objects.js";

const TOKEN = "ghs_writesCanary0123456789abcdefXYZ";
const PAT = "ghp_personalToken0123456789abcdef";
const SHA = "c".repeat(40);
let gh: GitHubUnderTest;
let n = 0;
const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, notice: () => {}, debug: () => {}, group: (_n, fn) => fn() };

function ports(repo: string, token = TOKEN, timeoutMs = 1500): GitHubPorts {
  return createGitHubPorts({
    token,
    baseUrl: gh.apiUrl,
    owner: gh.owner,
    repo,
    userAgent: "shipline/test",
    log,
    timeScale: 0.001,
    redactor: new Redactor(),
    timeoutMs,
  });
}

function fresh(): { name: string; p: GitHubPorts; state: GitHubUnderTest["state"] } {
  const name = `writes-${n++}`;
  return { name, p: ports(name), state: gh.fake.repo(gh.owner, name) };
}

/** Every form a secret can take in a request body: raw, JSON- and URL-escaped, base64. */
function traces(secret: string): string[] {
  return [secret, secret.slice(4), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString("base64").slice(0, 20)];
}

beforeAll(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: "write", [PAT]: "write" }, users: { [PAT]: "release-manager" } });
}, 60_000);
afterAll(async () => {
  await gh?.close();
});

describe("request bodies pass the redactor", () => {
  it("redacts GITHUB_TOKEN=<token> from check runs, annotations, comments, releases, CHANGELOG commits, deployment statuses and dispatch inputs", async () => {
    const { p, state } = fresh();
    const leak = `prints GITHUB_TOKEN=${TOKEN} and https://x-access-token:${TOKEN}@github.com`;
    const before = gh.requests.length;
    await p.checks.createCompleted("gate", SHA, "failure", { title: leak, summary: leak, text: leak }, [
      { path: "a.ts", start_line: 1, end_line: 1, annotation_level: "failure", message: leak, title: leak, raw_details: leak },
    ]);
    await p.comments.upsertSticky(3, "<!-- m -->", leak);
    const rel = await p.releases.create({ tag_name: "v1.0.0", name: leak, body: leak, target_commitish: SHA });
    await p.releases.update(rel.id, { body: `${leak} (updated)` });
    await p.contents.update("CHANGELOG.md", "main", () => `# Changelog\n\n${leak}\n`, `chore: ${leak}`);
    const d = await p.deployments.create({ ref: "main", environment: "staging", description: "deploy", payload: { note: leak } });
    await p.deployments.createStatus(d.id, { state: "success", description: leak.slice(0, 100) });
    await p.actions.dispatch("deploy.yml", "main", { note: leak });

    const sent = gh.requests.slice(before);
    expect(sent.length).toBeGreaterThan(8);
    for (const r of sent) {
      const text = Buffer.isBuffer(r.body) ? r.body.toString("utf8") : JSON.stringify(r.body ?? "");
      const decoded =
        typeof (r.body as { content?: unknown })?.content === "string" ? Buffer.from((r.body as { content: string }).content, "base64").toString() : "";
      for (const t of traces(TOKEN)) {
        expect(text, `${r.method} ${r.path}`).not.toContain(t);
        expect(decoded, `${r.method} ${r.path} (decoded)`).not.toContain(t);
      }
    }
    // What was written is there, masked.
    expect(state.checkRuns[0]?.output.title).toContain("GITHUB_TOKEN=***");
    expect(JSON.stringify(state.checkRunAnnotations.get(state.checkRuns[0]?.id as number))).toContain("GITHUB_TOKEN=***");
    expect(state.comments[0]?.body).toContain("GITHUB_TOKEN=***");
    expect(state.releases[0]?.body).toContain("GITHUB_TOKEN=*** and https://x-access-token:***@github.com (updated)");
    expect(state.contents.get("main:CHANGELOG.md")?.content.toString()).toContain("GITHUB_TOKEN=***");
    expect(state.dispatches[0]?.inputs.note).toContain("GITHUB_TOKEN=***");
  });
});

describe("creates are idempotent after a lost answer", () => {
  it("leaves one comment when the create timed out after GitHub applied it", async () => {
    const { p, state } = fresh();
    gh.fake.fail({ method: "POST", path: "/comments", afterApply: true, delayMs: 3000 });
    const r = await p.comments.upsertSticky(5, "<!-- gate -->", "report");
    expect(r.action).toBe("created");
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]?.id).toBe(r.id);
  });

  it("leaves one release, one tag ref and one check run when each create answered 502 after it was applied", async () => {
    const { p, state } = fresh();
    gh.fake.fail({ method: "POST", path: "/releases", afterApply: true, status: 502 });
    const rel = await p.releases.create({ tag_name: "v2.0.0", body: "notes", target_commitish: SHA });
    expect(state.releases.map((x) => x.id)).toEqual([rel.id]);

    const tag = await p.refs.createTagObject("v3.0.0", "Release v3.0.0", SHA);
    gh.fake.fail({ method: "POST", path: "/git/refs", afterApply: true, status: 502 });
    expect(await p.refs.create("tags/v3.0.0", tag.sha)).toBe("exists");
    expect(await p.refs.resolveTag("v3.0.0")).toBe(SHA);

    gh.fake.fail({ method: "POST", path: "/check-runs", afterApply: true, status: 504 });
    const annotations = Array.from({ length: 70 }, (_, i) => ({
      path: "a.ts",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "warning" as const,
      message: `w${i}`,
    }));
    const run = await p.checks.createCompleted("gate", SHA, "success", { title: "ok", summary: "ok" }, annotations);
    expect(state.checkRuns).toHaveLength(1);
    expect(state.checkRunAnnotations.get(run.id)).toHaveLength(70);
  });

  it("does not attach an annotation batch twice when the update's answer was lost", async () => {
    const { p, state } = fresh();
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: "a.ts",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "failure" as const,
      message: `f${i}`,
    }));
    gh.fake.fail({ method: "PATCH", path: "/check-runs/", afterApply: true, status: 502 });
    const run = await p.checks.createCompleted("gate", SHA, "failure", { title: "120 failed", summary: "..." }, annotations);
    expect(state.checkRunAnnotations.get(run.id)?.map((a) => (a as { message: string }).message)).toEqual(annotations.map((a) => a.message));
    // A re-run with the same result reuses the check run.
    await p.checks.createCompleted("gate", SHA, "failure", { title: "120 failed", summary: "..." }, annotations);
    expect(state.checkRuns).toHaveLength(1);
  });

  it("leaves one asset and one deployment when their creates answered 500 after they were applied", async () => {
    const { p, state } = fresh();
    const rel = await p.releases.create({ tag_name: "v4.0.0", target_commitish: SHA });
    gh.fake.fail({ method: "POST", path: "/assets", afterApply: true, status: 500 });
    await p.releases.uploadAsset(rel, "app.tgz", Buffer.from("bytes"));
    expect(state.releases[0]?.assets.map((a) => a.name)).toEqual(["app.tgz"]);
    gh.fake.fail({ method: "POST", path: "/deployments", afterApply: true, status: 500 });
    const d = await p.deployments.create({ ref: "main", environment: "prod", payload: { shipline: { version: "4.0.0" } } });
    expect(state.deployments.map((x) => x.id)).toEqual([d.id]);
  });

  it("never resends a workflow dispatch whose outcome is unknown", async () => {
    const { p, state } = fresh();
    gh.fake.fail({ method: "POST", path: "/dispatches", afterApply: true, status: 502 });
    await expect(p.actions.dispatch("deploy.yml", "main", {})).rejects.toThrow(/502/);
    expect(state.dispatches).toHaveLength(1);
  });

  it("fails clearly instead of creating a second comment when every create answer is lost and nothing can be found", async () => {
    const { p, state } = fresh();
    gh.fake.fail({ method: "POST", path: "/comments", status: 503, times: 3 });
    await expect(p.comments.upsertSticky(9, "<!-- gate -->", "report")).rejects.toThrow(/503 for POST/);
    expect(state.comments).toHaveLength(0);
  });
});

describe("the sticky comment is the token's own", () => {
  it("leaves another user's comment that carries the marker untouched and creates its own", async () => {
    const { p, state } = fresh();
    const planted = { ...(await p.comments.upsertSticky(11, "<!-- other -->", "x")), body: "" };
    // Someone else quotes the marker (or plants it to have the bot rewrite their comment).
    const theirs = state.comments.find((c) => c.id === planted.id);
    if (!theirs) throw new Error("setup");
    theirs.user = user("mallory", 666);
    theirs.body = "click here <!-- shipline:gate -->";
    const r = await p.comments.upsertSticky(11, "<!-- shipline:gate -->", "the report");
    expect(r.action).toBe("created");
    expect(theirs.body).toBe("click here <!-- shipline:gate -->");
    const again = await p.comments.upsertSticky(11, "<!-- shipline:gate -->", "the report, updated");
    expect(again).toMatchObject({ action: "updated", id: r.id });
    expect(state.comments.filter((c) => c.body?.includes("<!-- shipline:gate -->"))).toHaveLength(2);
  });

  it("recognises its own comments by GET /user for a user token", async () => {
    const name = `writes-${n++}`;
    const p = ports(name, PAT);
    const state = gh.fake.repo(gh.owner, name);
    const a = await p.comments.upsertSticky(2, "<!-- m -->", "one");
    expect(state.comments[0]?.user?.login).toBe("release-manager");
    const b = await ports(name, PAT).comments.upsertSticky(2, "<!-- m -->", "two");
    expect(b).toMatchObject({ action: "updated", id: a.id });
    // The Actions bot's comment with the same marker is not this token's.
    const c = await ports(name, TOKEN).comments.upsertSticky(2, "<!-- m -->", "three");
    expect(c.action).toBe("created");
    expect(state.comments.map((x) => x.body)).toEqual(["two\n\n<!-- m -->", "three\n\n<!-- m -->"]);
  });
});

describe("a file commit builds on the branch's current content", () => {
  it("keeps a line a maintainer committed between the read and the write", async () => {
    const { p, state } = fresh();
    await p.contents.update("CHANGELOG.md", "main", () => "# Changelog\n\nmaintainer: v1 notes\n", "seed");
    let calls = 0;
    const result = await p.contents.update(
      "CHANGELOG.md",
      "main",
      (current) => {
        calls++;
        // The first time, someone pushes right after our read: the PUT meets a moved SHA (409).
        if (calls === 1) {
          const c = state.contents.get("main:CHANGELOG.md");
          if (c) state.contents.set("main:CHANGELOG.md", { content: Buffer.from(`${c.content}maintainer: late line\n`), sha: "f".repeat(40) });
        }
        return (current ?? "").replace("# Changelog\n", "# Changelog\n\n## 2.0.0\n");
      },
      "chore(release): v2.0.0",
    );
    expect(result.action).toBe("updated");
    expect(calls).toBe(2);
    expect(state.contents.get("main:CHANGELOG.md")?.content.toString()).toBe("# Changelog\n\n## 2.0.0\n\nmaintainer: v1 notes\nmaintainer: late line\n");
  });

  it("gives up with a clear error, overwriting nothing, when the branch keeps moving", async () => {
    const { p, state } = fresh();
    await p.contents.update("NOTES.md", "main", () => "base\n", "seed");
    let i = 0;
    const moving = (current: string | undefined) => {
      state.contents.set("main:NOTES.md", { content: Buffer.from(`${current}push ${i}\n`), sha: String(i++).padStart(40, "0") });
      return `${current}mine\n`;
    };
    await expect(p.contents.update("NOTES.md", "main", moving, "x")).rejects.toThrow(
      /NOTES\.md on main changed during each of 5 attempts.*nothing was overwritten/,
    );
    expect(state.contents.get("main:NOTES.md")?.content.toString()).not.toContain("mine");
  });

  it("commits once when the write's answer was lost", async () => {
    const { p, state } = fresh();
    gh.fake.fail({ method: "PUT", path: "/contents/", afterApply: true, status: 502 });
    // Idempotent, as inserting or replacing a section is.
    const r = await p.contents.update("CHANGELOG.md", "main", (c) => (c?.includes("## 1.0.0") ? c : `${c ?? ""}## 1.0.0\n`), "chore(release): v1.0.0");
    expect(r.action).toBe("unchanged");
    expect(state.contentCommits).toHaveLength(1);
    expect(state.contents.get("main:CHANGELOG.md")?.content.toString()).toBe("## 1.0.0\n");
  });
});

describe("releases", () => {
  it("sends make_latest only on create, and false for a version older than a published one", async () => {
    const { name, p } = fresh();
    const sentTo = (from: number) =>
      gh.requests
        .slice(from)
        .filter((r) => r.path.startsWith(`/repos/${gh.owner}/${name}/releases`) && r.method !== "GET")
        .map((r) => r.body as { make_latest?: string });
    let at = gh.requests.length;
    const v2 = await p.releases.create({ tag_name: "v2.0.0", target_commitish: SHA, make_latest: "true" });
    expect(sentTo(at)[0]?.make_latest).toBe("true");
    at = gh.requests.length;
    await p.releases.create({ tag_name: "v1.9.1", target_commitish: SHA, make_latest: "true" });
    expect(sentTo(at)[0]?.make_latest).toBe("false");
    at = gh.requests.length;
    await p.releases.update(v2.id, { body: "re-run", make_latest: "true" });
    expect(sentTo(at)[0]).not.toHaveProperty("make_latest");
    // Another tag prefix (a monorepo package) does not compete.
    at = gh.requests.length;
    await p.releases.create({ tag_name: "pkg-v0.1.0", target_commitish: SHA });
    expect(sentTo(at)[0]?.make_latest).toBe("true");
  });

  it("replaces an asset by uploading the new one before deleting the old, and keeps the old when the upload fails", async () => {
    const { p, state } = fresh();
    const rel = await p.releases.create({ tag_name: "v1.0.0", target_commitish: SHA });
    await p.releases.putAsset(rel, "app.tgz", Buffer.from("old"));
    gh.fake.fail({
      method: "POST",
      path: "/assets",
      status: 422,
      body: { message: "Validation Failed", errors: [{ resource: "ReleaseAsset", code: "custom", field: "data" }] },
    });
    await expect(p.releases.putAsset(rel, "app.tgz", Buffer.from("new"))).rejects.toThrow(/422/);
    const assets = () => state.releases[0]?.assets ?? [];
    expect(assets().map((a) => [a.name, state.assetData.get(a.id)?.toString()])).toEqual([["app.tgz", "old"]]);
    const r = await p.releases.putAsset(rel, "app.tgz", Buffer.from("new"));
    expect(r.replaced).toBe(true);
    expect(assets().map((a) => [a.name, state.assetData.get(a.id)?.toString()])).toEqual([["app.tgz", "new"]]);
    expect(
      gh
        .prismLog()
        .split("\n")
        .filter((l) => /VIOLATIONS/.test(l)),
    ).toEqual([]);
  });

  it("finishes a replacement a failed run left half done (the new file under its temporary name)", async () => {
    const { p, state } = fresh();
    const rel = await p.releases.create({ tag_name: "v1.0.0", target_commitish: SHA });
    await p.releases.putAsset(rel, "app.tgz", Buffer.from("old"));
    gh.fake.fail({ method: "DELETE", path: "/releases/assets/", status: 403, body: { message: "Resource not accessible by integration" } });
    await expect(p.releases.putAsset(rel, "app.tgz", Buffer.from("new"))).rejects.toThrow(/403/);
    expect(state.releases[0]?.assets.map((a) => a.name).sort()).toEqual(["app.tgz", "app.tgz.shipline-pending"]);
    await p.releases.putAsset(rel, "app.tgz", Buffer.from("new"));
    expect(state.releases[0]?.assets.map((a) => [a.name, state.assetData.get(a.id)?.toString()])).toEqual([["app.tgz", "new"]]);
  });
});
