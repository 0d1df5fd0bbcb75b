/** GitHub Actions: workflow dispatch, runs and artifacts. */
import type { GitHub } from "./client.js";
import type { Actions } from "./ports.js";
import type { Artifact, WorkflowRun } from "./types.js";

export type { Actions } from "./ports.js";

const READ = { permission: "actions: read" } as const;
const WRITE = { permission: "actions: write" } as const;

export class ApiActions implements Actions {
  constructor(private readonly gh: GitHub) {}

  /**
   * Dispatches `workflow` (file name or id) on `ref` with `inputs`. With `returnRunDetails`, asks
   * GitHub for the created run (`return_run_details`) and returns its id; undefined when the server
   * does not give one (older GitHub Enterprise Server answers 204 without it).
   */
  async dispatch(workflow: string, ref: string, inputs: Record<string, string>, options: { returnRunDetails?: boolean } = {}): Promise<number | undefined> {
    const res = await this.gh.request<{ workflow_run_id?: number } | undefined>(
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
      { workflow_id: workflow, ref, inputs, ...(options.returnRunDetails ? { return_run_details: true } : {}) },
      // A dispatch has no key to find it by: resending one whose answer was lost could run the
      // workflow twice, so an uncertain outcome is reported, never retried.
      { ...WRITE, retry: false },
    );
    const id = (res.data as { workflow_run_id?: unknown } | undefined)?.workflow_run_id;
    return typeof id === "number" ? id : undefined;
  }

  async listWorkflowRuns(
    workflow: string,
    params: { branch?: string; event?: string; status?: string; created?: string } = {},
    limit = 20,
  ): Promise<WorkflowRun[]> {
    return this.gh.paginate<WorkflowRun>(
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
      { workflow_id: workflow, ...params },
      { ...READ, limit },
    );
  }

  async getRun(runId: number): Promise<WorkflowRun | undefined> {
    return this.gh.requestOptional<WorkflowRun>("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { run_id: runId }, READ);
  }

  /** Artifacts named `name` in the repository, newest first. */
  async listArtifacts(name: string, limit = 50): Promise<Artifact[]> {
    return this.gh.paginate<Artifact>("GET /repos/{owner}/{repo}/actions/artifacts", { name }, { ...READ, limit });
  }

  async listRunArtifacts(runId: number): Promise<Artifact[]> {
    return this.gh.paginate<Artifact>("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", { run_id: runId }, READ);
  }

  /**
   * Downloads an artifact's zip archive from its `archive_download_url` (GitHub answers with a
   * redirect to a short-lived signed URL, which fetch follows).
   */
  async downloadArtifact(artifact: Pick<Artifact, "id" | "archive_download_url">): Promise<Buffer> {
    const res = await this.gh.request<ArrayBuffer>(`GET ${artifact.archive_download_url}`, {}, READ);
    return Buffer.from(res.data);
  }
}
