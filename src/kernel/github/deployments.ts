/** GitHub Deployments and their statuses. */
import type { GitHub } from "./client.js";
import type { Deployment, DeploymentStatus } from "./types.js";

const WRITE = { permission: "deployments: write" } as const;

export type DeploymentState = "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";

export interface CreateDeploymentFields {
  ref: string;
  environment: string;
  description?: string;
  payload?: Record<string, unknown> | string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  transient_environment?: boolean;
  production_environment?: boolean;
}

export interface StatusFields {
  state: DeploymentState;
  description?: string;
  environment_url?: string;
  log_url?: string;
  auto_inactive?: boolean;
}

/** GitHub rejects descriptions over 140 characters. */
export const DEPLOYMENT_DESCRIPTION_MAX = 140;

export class Deployments {
  constructor(private readonly gh: GitHub) {}

  async create(fields: CreateDeploymentFields): Promise<Deployment> {
    const description = fields.description?.slice(0, DEPLOYMENT_DESCRIPTION_MAX);
    return (
      await this.gh.request<Deployment>("POST /repos/{owner}/{repo}/deployments", { auto_merge: false, required_contexts: [], ...fields, description }, WRITE)
    ).data;
  }

  async get(id: number | bigint): Promise<Deployment | undefined> {
    return this.gh.requestOptional<Deployment>("GET /repos/{owner}/{repo}/deployments/{deployment_id}", { deployment_id: id }, WRITE);
  }

  async list(environment: string, limit = 30): Promise<Deployment[]> {
    return this.gh.paginate<Deployment>("GET /repos/{owner}/{repo}/deployments", { environment }, { ...WRITE, limit });
  }

  async createStatus(id: number | bigint, fields: StatusFields): Promise<DeploymentStatus> {
    const description = fields.description?.slice(0, DEPLOYMENT_DESCRIPTION_MAX);
    return (
      await this.gh.request<DeploymentStatus>(
        "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
        { deployment_id: id, ...fields, description },
        WRITE,
      )
    ).data;
  }

  async listStatuses(id: number | bigint): Promise<DeploymentStatus[]> {
    return this.gh.paginate<DeploymentStatus>("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: id }, WRITE);
  }
}
