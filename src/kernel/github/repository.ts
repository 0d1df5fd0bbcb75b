/** Read-only repository facts and commit history (default branch, compare, commit authors). */
import type { GitHub } from "./client.js";
import type { Repository } from "./ports.js";
import type { Commit, CommitComparison } from "./types.js";

export type { Repository } from "./ports.js";

const READ = { permission: "contents: read" } as const;

export class ApiRepository implements Repository {
  constructor(private readonly gh: GitHub) {}

  async defaultBranch(): Promise<string> {
    return (await this.gh.request<{ default_branch: string }>("GET /repos/{owner}/{repo}", {}, READ)).data.default_branch;
  }

  async compare(base: string, head: string, page: number, perPage: number): Promise<Pick<CommitComparison, "commits">> {
    return (
      await this.gh.request<CommitComparison>("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${base}...${head}`, per_page: perPage, page }, READ)
    ).data;
  }

  async getCommit(ref: string): Promise<Commit> {
    return (await this.gh.request<Commit>("GET /repos/{owner}/{repo}/commits/{ref}", { ref }, READ)).data;
  }
}
