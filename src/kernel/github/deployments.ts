/** GitHub Deployments and their statuses. */
import { randomUUID } from "node:crypto";
import type { GitHub } from "./client.js";
import type { CreateDeploymentFields, Deployments, StatusFields } from "./ports.js";
import type { Deployment, DeploymentStatus } from "./types.js";

export type { CreateDeploymentFields, DeploymentState, Deployments, StatusFields } from "./ports.js";

/**
 * Payload key holding a random id per create: a deployment's natural key (ref, environment,
 * payload) repeats across rollouts of one version, so this id is what finds a create whose answer
 * was lost.
 */
export const WRITE_ID_KEY = "shipline_write_id";

const WRITE = { permission: "deployments: write" } as const;

/** GitHub rejects descriptions over 140 characters. */
export const DEPLOYMENT_DESCRIPTION_MAX = 140;

export class ApiDeployments implements Deployments {
  constructor(private readonly gh: GitHub) {}

  async create(fields: CreateDeploymentFields): Promise<Deployment> {
    const description = fields.description?.slice(0, DEPLOYMENT_DESCRIPTION_MAX);
    const writeId = randomUUID();
    const payload = typeof fields.payload === "string" ? fields.payload : { ...(fields.payload ?? {}), [WRITE_ID_KEY]: writeId };
    return this.gh.createOnce<Deployment>(
      "POST /repos/{owner}/{repo}/deployments",
      { auto_merge: false, required_contexts: [], ...fields, payload, description },
      WRITE,
      async () => {
        if (typeof payload === "string") return undefined;
        const recent = await this.gh.paginate<Deployment>(
          "GET /repos/{owner}/{repo}/deployments",
          { environment: fields.environment, ref: fields.ref },
          { ...WRITE, limit: 30 },
        );
        return recent.find((d) => typeof d.payload === "object" && d.payload !== null && (d.payload as Record<string, unknown>)[WRITE_ID_KEY] === writeId);
      },
    );
  }

  async get(id: number | bigint): Promise<Deployment | undefined> {
    return this.gh.requestOptional<Deployment>("GET /repos/{owner}/{repo}/deployments/{deployment_id}", { deployment_id: id }, WRITE);
  }

  async list(environment: string, limit = 30): Promise<Deployment[]> {
    return this.gh.paginate<Deployment>("GET /repos/{owner}/{repo}/deployments", { environment }, { ...WRITE, limit });
  }

  async createStatus(id: number | bigint, fields: StatusFields): Promise<DeploymentStatus> {
    const description = fields.description?.slice(0, DEPLOYMENT_DESCRIPTION_MAX);
    const sent = description === undefined ? undefined : this.gh.redactor.redact(description);
    return this.gh.createOnce<DeploymentStatus>(
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      { deployment_id: id, ...fields, description },
      WRITE,
      // Statuses list newest first: when the newest has this state and description, the lost create
      // made it (or an identical one, which reads the same on the deployment's timeline).
      async () => {
        const [newest] = await this.listStatuses(id);
        return newest && newest.state === fields.state && (sent === undefined || newest.description === sent) ? newest : undefined;
      },
    );
  }

  async listStatuses(id: number | bigint): Promise<DeploymentStatus[]> {
    return this.gh.paginate<DeploymentStatus>("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: id }, WRITE);
  }
}
