/** Issue and pull-request comments, including the one sticky comment per marker. */
import { type GitHub, GitHubApiError } from "./client.js";
import type { Comments, StickyResult } from "./ports.js";
import type { IssueComment } from "./types.js";

export type { Comments, StickyResult } from "./ports.js";

const WRITE = { permission: "pull-requests: write" } as const;

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536;

/**
 * The login behind the workflow's GITHUB_TOKEN. An installation token (GITHUB_TOKEN, a GitHub App's
 * token) gets 403 from GET /user, and the comments it writes are authored by this bot.
 */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

export class ApiComments implements Comments {
  /** Lower-cased logins the token writes as (see {@link ownLogins}). */
  private logins: Promise<Set<string>> | undefined;

  constructor(private readonly gh: GitHub) {}

  async list(issueNumber: number): Promise<IssueComment[]> {
    return this.gh.paginate<IssueComment>("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: issueNumber }, WRITE);
  }

  /**
   * Who the token writes as. A user token (a PAT, an OAuth or user-to-server token) may read GET
   * /user, which names it. An installation token may not (GitHub answers 403): GITHUB_TOKEN's
   * comments are then authored by github-actions[bot], which is taken as the identity. A custom
   * GitHub App's token writes as `<app>[bot]`, which no endpoint it may call names: its first
   * comment of the run teaches the login, and until then its older comments are not recognised,
   * so a re-run creates a new comment rather than risk updating someone else's (never a hijack).
   */
  private ownLogins(): Promise<Set<string>> {
    this.logins ??= (async () => {
      try {
        const me = await this.gh.request<{ login: string }>("GET /user", {}, WRITE);
        return new Set([me.data.login.toLowerCase()]);
      } catch (e) {
        if (e instanceof GitHubApiError && [401, 403, 404].includes(e.status)) return new Set([ACTIONS_BOT_LOGIN]);
        throw e;
      }
    })();
    return this.logins;
  }

  private async learn(comment: IssueComment): Promise<void> {
    if (comment.user?.login) (await this.ownLogins()).add(comment.user.login.toLowerCase());
  }

  private async update(commentId: number, body: string): Promise<IssueComment> {
    return (await this.gh.request<IssueComment>("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId, body }, WRITE)).data;
  }

  async upsertSticky(issueNumber: number, marker: string, body: string): Promise<StickyResult> {
    const text = this.gh.redactor.redact(body.includes(marker) ? body : `${body}\n\n${marker}`);
    const mine = await this.ownLogins();
    const before = await this.list(issueNumber);
    // Another user's comment carrying our marker (quoted, or planted) is never edited.
    const existing = before.find((c) => c.body?.includes(marker) && mine.has(c.user?.login?.toLowerCase() ?? ""));
    if (existing) {
      if (existing.body === text) return { action: "unchanged", id: Number(existing.id), url: existing.html_url };
      const c = await this.update(Number(existing.id), text);
      return { action: "updated", id: Number(c.id), url: c.html_url };
    }
    const seen = new Set(before.map((c) => c.id));
    const c = await this.gh.createOnce<IssueComment>(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: issueNumber, body: text },
      WRITE,
      // A create whose answer was lost: a comment that appeared since the listing with exactly this
      // body and marker is the one it made.
      async () => (await this.list(issueNumber)).find((x) => !seen.has(x.id) && x.body === text),
    );
    await this.learn(c);
    return { action: "created", id: Number(c.id), url: c.html_url };
  }
}
