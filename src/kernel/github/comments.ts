/** Issue and pull-request comments, including the one sticky comment per marker. */
import type { GitHub } from "./client.js";
import type { IssueComment } from "./types.js";

const WRITE = { permission: "pull-requests: write" } as const;

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536;

export interface StickyResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  url: string;
}

export class Comments {
  constructor(private readonly gh: GitHub) {}

  async list(issueNumber: number): Promise<IssueComment[]> {
    return this.gh.paginate<IssueComment>("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: issueNumber }, WRITE);
  }

  async create(issueNumber: number, body: string): Promise<IssueComment> {
    return (await this.gh.request<IssueComment>("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: issueNumber, body }, WRITE)).data;
  }

  async update(commentId: number, body: string): Promise<IssueComment> {
    return (await this.gh.request<IssueComment>("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId, body }, WRITE)).data;
  }

  /**
   * Keeps exactly one comment carrying `marker` (an HTML comment such as `<!-- shipline:gate -->`):
   * updates it in place when it exists (and differs), creates it otherwise. The marker is appended
   * to the body when missing.
   */
  async upsertSticky(issueNumber: number, marker: string, body: string): Promise<StickyResult> {
    const text = body.includes(marker) ? body : `${body}\n\n${marker}`;
    const existing = (await this.list(issueNumber)).find((c) => c.body?.includes(marker));
    if (existing) {
      if (existing.body === text) return { action: "unchanged", id: Number(existing.id), url: existing.html_url };
      const c = await this.update(Number(existing.id), text);
      return { action: "updated", id: Number(c.id), url: c.html_url };
    }
    const c = await this.create(issueNumber, text);
    return { action: "created", id: Number(c.id), url: c.html_url };
  }
}
