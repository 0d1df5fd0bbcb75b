/** Pull requests: the PR itself, its commits and its changed files. */
import type { GitHub } from "./client.js";
import type { Pulls } from "./ports.js";
import type { Commit, DiffEntry, PullRequest } from "./types.js";

export type { Pulls } from "./ports.js";

const READ = { permission: "pull-requests: read" } as const;

export class ApiPulls implements Pulls {
  constructor(private readonly gh: GitHub) {}

  async get(pullNumber: number): Promise<PullRequest> {
    return (await this.gh.request<PullRequest>("GET /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: pullNumber }, READ)).data;
  }

  async listCommits(pullNumber: number): Promise<Commit[]> {
    return this.gh.paginate<Commit>("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", { pull_number: pullNumber }, READ);
  }

  async listFiles(pullNumber: number): Promise<DiffEntry[]> {
    return this.gh.paginate<DiffEntry>("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { pull_number: pullNumber }, READ);
  }
}
