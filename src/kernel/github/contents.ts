/** Repository contents: a file committed through the API, which GitHub signs (a verified commit). */
import { ErrorCode, ShiplineError } from "../errors.js";
import { type GitHub, GitHubApiError, isUncertain } from "./client.js";
import type { Contents, FileUpdate } from "./ports.js";

export type { Contents, FileUpdate } from "./ports.js";

const READ = { permission: "contents: read" } as const;
const WRITE = { permission: "contents: write" } as const;
/** Writes tried before giving up when the branch keeps moving under us. */
const UPDATE_ATTEMPTS = 5;

export class ApiContents implements Contents {
  constructor(private readonly gh: GitHub) {}

  async read(path: string, branch: string): Promise<{ content: string; sha: string } | undefined> {
    const data = await this.gh.requestOptional<{ content?: string; sha?: string; type?: string } | unknown[]>(
      "GET /repos/{owner}/{repo}/contents/{path}",
      { path, ref: branch },
      READ,
    );
    if (!data || Array.isArray(data)) return undefined;
    const file = data as { content?: string; sha?: string };
    if (file.sha === undefined) return undefined;
    return { content: Buffer.from(file.content ?? "", "base64").toString("utf8"), sha: file.sha };
  }

  async update(path: string, branch: string, transform: (current: string | undefined) => string, message: string): Promise<FileUpdate> {
    let last: unknown;
    for (let attempt = 1; attempt <= UPDATE_ATTEMPTS; attempt++) {
      const current = await this.read(path, branch);
      // The body is redacted here, before base64 hides the text from the client's redaction.
      const next = this.gh.redactor.redact(transform(current?.content));
      if (current && next === current.content) return { action: "unchanged", commitSha: undefined };
      try {
        const res = await this.gh.request<{ commit: { sha?: string } }>(
          "PUT /repos/{owner}/{repo}/contents/{path}",
          { path, branch, message, content: Buffer.from(next, "utf8").toString("base64"), ...(current ? { sha: current.sha } : {}) },
          // A lost answer is settled by re-reading, not by resending the same blob SHA.
          { ...WRITE, retry: false },
        );
        return { action: current ? "updated" : "created", commitSha: res.data.commit.sha };
      } catch (e) {
        // 409: the file changed since it was read; 422: it was created meanwhile (no sha sent).
        // Either way, and after a lost answer, read the branch again and rebuild from there.
        const conflict = e instanceof GitHubApiError && (e.status === 409 || e.status === 422);
        if (!conflict && !isUncertain(e)) throw e;
        last = e;
      }
      await new Promise((ok) => setTimeout(ok, attempt * 500 * this.gh.timeScale));
    }
    throw new ShiplineError(
      ErrorCode.GitHubApi,
      `${path} on ${branch} changed during each of ${UPDATE_ATTEMPTS} attempts to commit it through the API; nothing was overwritten (last answer: ${(last as Error)?.message ?? "none"})`,
      { hint: `Re-run the step once the pushes to ${branch} settle, or commit ${path} with commit-changelog: git.` },
    );
  }
}
