/** Check runs with annotations (GitHub accepts at most 50 annotations per request). */
import type { GitHub } from "./client.js";
import type { CheckRun } from "./types.js";

const WRITE = { permission: "checks: write" } as const;
export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
}

export class Checks {
  constructor(private readonly gh: GitHub) {}

  /**
   * Creates a completed check run and attaches all annotations, 50 per request (the first batch with
   * the create call, the rest with updates).
   */
  async createCompleted(
    name: string,
    headSha: string,
    conclusion: "success" | "failure" | "neutral",
    output: CheckOutput,
    annotations: readonly CheckAnnotation[] = [],
  ): Promise<CheckRun> {
    const batches: CheckAnnotation[][] = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const first = batches.shift() ?? [];
    const created = await this.gh.request<CheckRun>(
      "POST /repos/{owner}/{repo}/check-runs",
      { name, head_sha: headSha, status: "completed", conclusion, output: { ...output, annotations: first } },
      WRITE,
    );
    for (const batch of batches) {
      await this.gh.request(
        "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
        { check_run_id: created.data.id, output: { ...output, annotations: batch } },
        WRITE,
      );
    }
    return created.data;
  }
}
