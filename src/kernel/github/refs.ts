/** Git refs, tag, tree and commit objects through the API (tags made this way are verified by GitHub). */
import { type GitHub, GitHubApiError, isAlreadyExists } from "./client.js";
import type { Refs } from "./ports.js";
import type { GitCommit, GitRef, GitTag, GitTree } from "./types.js";

export type { Refs } from "./ports.js";

const READ = { permission: "contents: read" } as const;
const WRITE = { permission: "contents: write" } as const;
/**
 * Git objects (trees, commits, tag objects) are unreferenced until a ref points at them: sending a
 * lost create again leaves at most an unreachable object, never a second visible thing.
 */
const HARMLESS_RESEND = { permission: "contents: write", retry: true } as const;

export class ApiRefs implements Refs {
  constructor(private readonly gh: GitHub) {}

  /** The object a ref points at (`tags/v1.0.0`, `heads/main`), or undefined when it does not exist. */
  async get(ref: string): Promise<GitRef | undefined> {
    return this.gh.requestOptional<GitRef>("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref }, READ);
  }

  /** The commit a tag ref finally points at, peeling annotated tags. */
  async resolveTag(tag: string): Promise<string | undefined> {
    const ref = await this.get(`tags/${tag}`);
    if (!ref) return undefined;
    if (ref.object.type !== "tag") return ref.object.sha;
    const obj = await this.gh.request<GitTag>("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { tag_sha: ref.object.sha }, READ);
    return obj.data.object.sha;
  }

  /** Refs whose name starts with `prefix` (e.g. `tags/v`). */
  async matching(prefix: string): Promise<GitRef[]> {
    return this.gh.paginate<GitRef>("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", { ref: prefix }, READ);
  }

  /** Creates `refs/<ref>`; returns "exists" instead of failing when it already exists. */
  async create(ref: string, sha: string): Promise<GitRef | "exists"> {
    try {
      // A lost answer is looked up by the ref's name; found, it is "exists" and the caller compares
      // its target, exactly as for a ref made by a concurrent run.
      return await this.gh.createOnce<GitRef | "exists">("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/${ref}`, sha }, WRITE, async () =>
        (await this.get(ref)) ? "exists" : undefined,
      );
    } catch (e) {
      if (isAlreadyExists(e)) return "exists";
      throw e;
    }
  }

  /** Moves `refs/<ref>` to `sha`; with `force` false GitHub refuses (and this throws) unless it is a fast-forward. */
  async update(ref: string, sha: string, force: boolean): Promise<GitRef> {
    return (await this.gh.request<GitRef>("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ref, sha, force }, WRITE)).data;
  }

  /**
   * Moves `refs/<ref>` to the commit `sha` only when `sha` descends from the commit the ref points at
   * now: GitHub's fast-forward rule makes this a compare-and-swap. Returns "not-fast-forward" when the
   * ref has moved elsewhere (or points at a non-commit, such as a tag object) and "missing" when it no
   * longer exists, instead of throwing, so a caller can re-read and decide.
   */
  async fastForward(ref: string, sha: string): Promise<GitRef | "not-fast-forward" | "missing"> {
    try {
      return await this.update(ref, sha, false);
    } catch (e) {
      if (e instanceof GitHubApiError && e.status === 422) {
        if (/not a fast.?forward/i.test(e.message)) return "not-fast-forward";
        if (/reference does not exist/i.test(e.message)) return "missing";
      }
      throw e;
    }
  }

  /**
   * Creates a tree object. Each entry's `content` becomes a blob; an empty list makes git's empty
   * tree (4b825dc…).
   */
  async createTree(entries: { path: string; mode: "100644"; type: "blob"; content: string }[]): Promise<GitTree> {
    return (await this.gh.request<GitTree>("POST /repos/{owner}/{repo}/git/trees", { tree: entries }, HARMLESS_RESEND)).data;
  }

  /** Creates a commit object (no ref moves); `parents` empty makes a root commit. */
  async createCommit(message: string, tree: string, parents: string[]): Promise<GitCommit> {
    return (await this.gh.request<GitCommit>("POST /repos/{owner}/{repo}/git/commits", { message, tree, parents }, HARMLESS_RESEND)).data;
  }

  /** Reads a commit object (its message, tree and parents) by sha. */
  async getCommit(sha: string): Promise<GitCommit> {
    return (await this.gh.request<GitCommit>("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: sha }, READ)).data;
  }

  async delete(ref: string): Promise<void> {
    await this.gh.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ref }, WRITE);
  }

  /** Reads an annotated tag object (its message, tagger, target) by the tag object's own sha. */
  async getTagObject(tagSha: string): Promise<GitTag> {
    return (await this.gh.request<GitTag>("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { tag_sha: tagSha }, { permission: "contents: read" })).data;
  }

  /** Creates an annotated tag object for `sha` (the ref is created separately with {@link create}). */
  async createTagObject(tag: string, message: string, sha: string): Promise<GitTag> {
    return (await this.gh.request<GitTag>("POST /repos/{owner}/{repo}/git/tags", { tag, message, object: sha, type: "commit" }, HARMLESS_RESEND)).data;
  }
}
