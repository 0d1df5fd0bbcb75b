import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createBareRemote, createTempRepo, startGitHttpRemote, type TempRepo, tempDir } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

/** A bare origin with feat: a, v1.0.0 (annotated) and fix: b pushed to it. */
async function originWithRelease(): Promise<TempRepo> {
  const work = await createTempRepo();
  await work.commit("feat: a", { files: { "a.txt": "1" } });
  await work.tag("v1.0.0", { message: "v1.0.0" });
  await work.commit("fix: b", { files: { "b.txt": "1" } });
  const bare = await createBareRemote();
  await work.git("push", "-q", bare.dir, "main", "--tags");
  return bare;
}

/** `git clone --no-tags`: the full history, no tag. */
async function cloneWithoutTags(origin: TempRepo, url = origin.dir): Promise<TempRepo> {
  const dir = tempDir("shipline-clone-");
  await origin.git("clone", "-q", "--no-tags", url, dir);
  return { ...origin, dir, git: (...args: string[]) => origin.git("-C", dir, ...args) };
}

describe("version in a clone without tags", () => {
  it("fetches the release tags from the remote instead of computing a first release", async () => {
    const origin = await originWithRelease();
    const clone = await cloneWithoutTags(origin);
    expect(await clone.git("tag")).toBe("");
    const r = await runVersion(clone);
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0", commits: "1" });
    expect(r.stderr).toContain("This clone has no release tags, but origin has 1 (v1.0.0): fetching the tags.");
    expect(await clone.git("tag")).toBe("v1.0.0");
  });

  it("fails naming the checkout settings when the remote lists release tags that cannot be fetched", async () => {
    const origin = await originWithRelease();
    const clone = await cloneWithoutTags(origin);
    // A tag the remote advertises but cannot send: ls-remote lists it, fetch fails ("not our ref").
    writeFileSync(join(origin.dir, "refs/tags/v1.1.0"), `${"1".repeat(40)}\n`);
    const r = await runVersion(clone);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('This clone has no release tags, but the remote "origin" has 2 (v1.0.0, v1.1.0)');
    expect(r.stderr).toContain('"fetch-tags: true" (or "fetch-depth: 0") on actions/checkout');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("computes a first release when the remote has no release tags either", async () => {
    const work = await createTempRepo();
    await work.commit("feat: a", { files: { "a.txt": "1" } });
    await work.tag("other-1.0.0");
    const bare = await createBareRemote();
    await work.git("push", "-q", bare.dir, "main", "--tags");
    const clone = await cloneWithoutTags(bare);
    const r = await runVersion(clone);
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.0.0", "previous-tag": "", released: "true" });
    expect(r.stderr).not.toContain("fetching the tags");
  });

  it("does not contact the remote when the clone has release tags", async () => {
    const origin = await originWithRelease();
    const remote = await startGitHttpRemote(origin.dir);
    try {
      const dir = tempDir("shipline-clone-");
      await origin.git("clone", "-q", remote.url, dir);
      remote.requests.length = 0;
      const r = await runVersion({ dir, env: origin.env });
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0" });
      expect(remote.requests).toEqual([]);
    } finally {
      await remote.close();
    }
  });

  it("carries on as a first release when the remote cannot be listed", async () => {
    const origin = await originWithRelease();
    const clone = await cloneWithoutTags(origin);
    await clone.git("remote", "set-url", "origin", join(tempDir(), "gone.git"));
    const r = await runVersion(clone);
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.0.0", "previous-tag": "" });
  });

  it("lists and fetches the tags of a private HTTPS remote with the token, sent as a header", async () => {
    const origin = await originWithRelease();
    const token = "ghs_versionFetchTags000000";
    const remote = await startGitHttpRemote(origin.dir, { requireToken: token });
    try {
      const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
      const dir = tempDir("shipline-clone-");
      await origin.git("-c", `http.extraheader=AUTHORIZATION: basic ${basic}`, "clone", "-q", "--no-tags", remote.url, dir);
      remote.requests.length = 0;
      const r = await runVersion(
        { dir, env: origin.env },
        { "github-token": token },
        { GITHUB_SERVER_URL: new URL(remote.url).origin, GITHUB_REPOSITORY: "o/r" },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0" });
      expect(remote.requests.length).toBeGreaterThan(0);
      expect(remote.requests.every((q) => q.authorization === `basic ${basic}`)).toBe(true);
      expect(await origin.git("-C", dir, "config", "--get", "remote.origin.url")).toBe(remote.url);
    } finally {
      await remote.close();
    }
  });
});
