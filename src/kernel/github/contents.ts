/** Repository contents: a file committed through the API, which GitHub signs (a verified commit). */
import type { GitHub } from "./client.js";

const WRITE = { permission: "contents: write" } as const;

export class Contents {
  constructor(private readonly gh: GitHub) {}

  /** The blob SHA of `path` on `branch`, or undefined when the file does not exist there. */
  async sha(path: string, branch: string): Promise<string | undefined> {
    const data = await this.gh.requestOptional<{ sha?: string } | unknown[]>("GET /repos/{owner}/{repo}/contents/{path}", { path, ref: branch }, WRITE);
    return data && !Array.isArray(data) ? (data as { sha?: string }).sha : undefined;
  }

  /** The text (UTF-8) and blob SHA of `path` on `branch`, or undefined when the file does not exist there. */
  async read(path: string, branch: string): Promise<{ content: string; sha: string } | undefined> {
    const data = await this.gh.requestOptional<{ sha?: string; content?: string; encoding?: string } | unknown[]>(
      "GET /repos/{owner}/{repo}/contents/{path}",
      { path, ref: branch },
      WRITE,
    );
    if (!data || Array.isArray(data)) return undefined;
    const f = data as { sha?: string; content?: string; encoding?: string };
    const content = f.encoding === "base64" ? Buffer.from(f.content ?? "", "base64").toString("utf8") : (f.content ?? "");
    return { content, sha: f.sha ?? "" };
  }

  /** Creates or updates `path` on `branch` in one commit; returns the commit SHA. */
  async put(path: string, branch: string, content: string, message: string): Promise<string> {
    const sha = await this.sha(path, branch);
    const res = await this.gh.request<{ commit: { sha?: string } }>(
      "PUT /repos/{owner}/{repo}/contents/{path}",
      { path, branch, message, content: Buffer.from(content, "utf8").toString("base64"), ...(sha ? { sha } : {}) },
      WRITE,
    );
    return res.data.commit.sha ?? "";
  }
}
