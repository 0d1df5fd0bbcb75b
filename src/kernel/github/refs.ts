/** Git refs and tag objects through the API (tags made this way are verified by GitHub). */
import { isAlreadyExists, type GitHub } from "./client.js";
import type { GitRef, GitTag } from "./types.js";

const READ = { permission: "contents: read" } as const;
const WRITE = { permission: "contents: write" } as const;

export class Refs {
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
      return (await this.gh.request<GitRef>("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/${ref}`, sha }, WRITE)).data;
    } catch (e) {
      if (isAlreadyExists(e)) return "exists";
      throw e;
    }
  }

  async update(ref: string, sha: string, force: boolean): Promise<GitRef> {
    return (await this.gh.request<GitRef>("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ref, sha, force }, WRITE)).data;
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
    return (await this.gh.request<GitTag>("POST /repos/{owner}/{repo}/git/tags", { tag, message, object: sha, type: "commit" }, WRITE)).data;
  }
}
