/** Pull requests: the PR itself, its commits and its changed files. */
import type { GitHub } from "./client.js";
import type { Commit, DiffEntry, PullRequest } from "./types.js";

const READ = { permission: "pull-requests: read" } as const;

export class Pulls {
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
