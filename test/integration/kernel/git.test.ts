import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ErrorCode, type ShiplineError } from "../../../src/kernel/errors.js";
import { Git } from "../../../src/kernel/git.js";
import { Redactor } from "../../../src/kernel/redact.js";
import { cleanupTempDirs, createBareRemote, createTempRepo, startGitHttpRemote, tempDir } from "../../helpers/git.js";

const TOKEN = "ghs_pushTokenForTests0000001";
afterAll(() => cleanupTempDirs());

describe("git with a token", () => {
  it("pushes a tag over HTTP with the token in an extra header, never in the remote URL", async () => {
    const bare = await createBareRemote();
    const remote = await startGitHttpRemote(bare.dir, { requireToken: TOKEN });
    try {
      const repo = await createTempRepo();
      await repo.commit("feat: first");
      await repo.tag("v1.0.0", { message: "v1.0.0" });
      await repo.git("remote", "add", "origin", remote.url);
      const git = new Git({ cwd: repo.dir, token: TOKEN, env: repo.env });
      await git.run(["push", "origin", "refs/tags/v1.0.0"]);
      expect(await bare.git("tag", "--list")).toBe("v1.0.0");
      const expected = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`;
      expect(remote.requests.length).toBeGreaterThan(0);
      for (const r of remote.requests) expect(r.authorization?.toLowerCase()).toBe(expected.toLowerCase());
      expect(readFileSync(join(repo.dir, ".git/config"), "utf8")).not.toContain(TOKEN);
    } finally {
      await remote.close();
    }
  });

  it("fails a rejected push with git-push-rejected, the permission to grant, and no token in the message", async () => {
    const bare = await createBareRemote();
    const remote = await startGitHttpRemote(bare.dir, { requireToken: "ghs_someOtherToken000000" });
    try {
      const repo = await createTempRepo();
      await repo.commit("feat: first");
      await repo.git("remote", "add", "origin", remote.url.replace("http://", `http://x-access-token:${TOKEN}@`));
      const redactor = new Redactor();
      redactor.add(TOKEN);
      const git = new Git({ cwd: repo.dir, token: TOKEN, env: repo.env, redactor });
      const err = (await git.run(["push", "origin", "HEAD:refs/heads/main"]).catch((e: unknown) => e)) as ShiplineError;
      expect(err.code).toBe(ErrorCode.GitPushRejected);
      expect(err.hint).toContain("contents: write");
      expect(`${err.message} ${err.hint}`).not.toContain(TOKEN);
    } finally {
      await remote.close();
    }
  });

  it("streams NUL-separated records without holding the whole log", async () => {
    const repo = await createTempRepo();
    for (let i = 0; i < 5; i++) await repo.commit(`fix: change ${i}\n\nbody ${i}`);
    const git = new Git({ cwd: repo.dir, env: repo.env });
    const records: string[] = [];
    await git.stream(["log", "--format=%H%x00%B%x00"], (r) => records.push(r));
    const messages = records.filter((_, i) => i % 2 === 1).map((r) => r.trim());
    expect(messages).toEqual([
      "fix: change 4\n\nbody 4",
      "fix: change 3\n\nbody 3",
      "fix: change 2\n\nbody 2",
      "fix: change 1\n\nbody 1",
      "fix: change 0\n\nbody 0",
    ]);
  });

  it("streams records longer than a pipe chunk, with multi-byte characters cut by chunk boundaries, as git prints them", async () => {
    const repo = await createTempRepo();
    // 3- and 4-byte characters at every offset, and messages of up to 300 KB: records and characters
    // span the 4-64 KB chunks the pipe delivers.
    for (let i = 0; i < 4; i++) await repo.commit(`feat: ${"x".repeat(i)}änderung 日本 🎉\n\n${"ab日本🎉".repeat(10_000 * (i + 1))}`);
    await repo.commit("fix: short");
    const git = new Git({ cwd: repo.dir, env: repo.env });
    const args = ["log", "--format=%H%x00%B%x00"];
    const records: string[] = [];
    await git.stream(args, (r) => records.push(r));
    const whole = (await git.run(args)).split("\0");
    expect(whole.pop()?.trim()).toBe("");
    expect(records).toEqual(whole);
  });

  it("stops streaming when the record handler returns false", async () => {
    const repo = await createTempRepo();
    for (let i = 0; i < 5; i++) await repo.commit(`fix: change ${i}`);
    const git = new Git({ cwd: repo.dir, env: repo.env });
    const subjects: string[] = [];
    await git.stream(["log", "--format=%s"], (s) => subjects.push(s) < 2, 10);
    expect(subjects).toEqual(["fix: change 4", "fix: change 3"]);
  });

  it("pins dates so the same commits get the same SHAs in every run", async () => {
    const a = await createTempRepo();
    const b = await createTempRepo();
    expect(await a.commit("feat: x", { files: { "a.txt": "1" } })).toBe(await b.commit("feat: x", { files: { "a.txt": "1" } }));
  });

  it("says to run inside a checkout when the directory is not a repository", async () => {
    const dir = tempDir();
    const git = new Git({ cwd: dir, env: { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: dirname(dir) } });
    const err = (await git.run(["status"]).catch((e: unknown) => e)) as ShiplineError;
    expect(err.code).toBe(ErrorCode.GitFailed);
    expect(err.exitCode).toBe(2);
    expect(err.hint).toContain("actions/checkout");
  });
});
