/**
 * The rollout's GitHub Deployments record, in one place: one deployment per rollout, a status only
 * when the state changes, descriptions clipped to what GitHub accepts, the earlier production
 * deployments marked inactive after a promotion. Every write is best effort: a record follows the
 * rollout and never decides it, so a refused write (a 502 after the retries, a read-only fork token)
 * is a warning, never a failure of the rollout or a reason to roll back.
 */
import type { CommandContext } from "../kernel/command.js";
import { toShiplineError } from "../kernel/errors.js";
import { optionalWrite } from "../kernel/github/index.js";
import { DEPLOYMENT_DESCRIPTION_MAX } from "../kernel/github/deployments.js";

export type DeploymentState = "queued" | "in_progress" | "success" | "failure" | "inactive";

/** A description GitHub accepts: at most 140 characters, cut at a word with an ellipsis. */
export function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= DEPLOYMENT_DESCRIPTION_MAX) return t;
  const cut = t.slice(0, DEPLOYMENT_DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > DEPLOYMENT_DESCRIPTION_MAX - 40 ? cut.slice(0, space) : cut}…`;
}

export interface RecorderOptions {
  environment: string;
  environmentUrl: string | undefined;
  isProduction: boolean;
}

export class DeploymentRecorder {
  private lastState: DeploymentState | undefined;
  /** The deployment's id, once created or adopted. */
  id: number | undefined;

  constructor(
    private readonly ctx: CommandContext,
    private readonly o: RecorderOptions,
  ) {}

  private get enabled(): boolean {
    return this.ctx.hasToken();
  }

  /** Continues the record of a resumed rollout (its last status was in_progress). */
  adopt(id: number): void {
    this.id = id;
    this.lastState = "in_progress";
    this.ctx.runtime.setOutput("deployment-id", id);
  }

  /** Creates the rollout's deployment (once), queued: it waits for the lock or its first move. */
  async create(facts: { description: string; payload: Record<string, unknown> }, why: string): Promise<void> {
    const { runtime, context } = this.ctx;
    if (!this.enabled || this.id !== undefined) return;
    // A rollout that holds the lock must not end (and leave the lock behind) because GitHub refused its record.
    const d = await optionalWrite(runtime.log, context, "the GitHub deployment", () =>
      this.ctx.github().deployments.create({
        ref: context.sha ?? context.refName ?? "HEAD",
        environment: this.o.environment,
        description: clip(facts.description),
        payload: facts.payload,
        task: "deploy",
        production_environment: this.o.isProduction,
      }),
    ).catch((e: unknown) => {
      runtime.log.warning(`Could not create the GitHub deployment for ${this.o.environment}: ${toShiplineError(e).message} The rollout goes on without it.`);
      return undefined;
    });
    this.id = d ? Number(d.id) : undefined;
    if (this.id === undefined) return;
    runtime.setOutput("deployment-id", this.id);
    await this.status("queued", why);
  }

  /** Records a status when it differs from the last one. */
  async status(state: DeploymentState, description: string): Promise<void> {
    const { runtime, context } = this.ctx;
    const id = this.id;
    if (!this.enabled || id === undefined || state === this.lastState) return;
    this.lastState = state;
    try {
      await optionalWrite(runtime.log, context, "the deployment status", () =>
        this.ctx.github().deployments.createStatus(id, {
          state,
          description: clip(description),
          ...(this.o.environmentUrl ? { environment_url: this.o.environmentUrl } : {}),
          ...(context.runUrl ? { log_url: context.runUrl } : {}),
          auto_inactive: true,
        }),
      );
    } catch (e) {
      runtime.log.warning(
        `Could not record the deployment status "${state}" on GitHub: ${toShiplineError(e).message} The rollout itself is not affected; the job summary has the full report.`,
      );
    }
  }

  /**
   * GitHub's auto_inactive skips production environments, so after a promotion the earlier successful
   * deployments of production are marked inactive here.
   */
  async supersedeEarlier(): Promise<void> {
    const { runtime, context } = this.ctx;
    const currentId = this.id;
    if (!this.enabled || currentId === undefined || !this.o.isProduction) return;
    await optionalWrite(runtime.log, context, "earlier deployments' inactive status", async () => {
      const gh = this.ctx.github().deployments;
      for (const d of await gh.list(this.o.environment, 10)) {
        if (Number(d.id) === currentId) continue;
        const [latest] = await gh.listStatuses(d.id);
        if (latest?.state === "success") await gh.createStatus(d.id, { state: "inactive", description: `Superseded by deployment ${currentId}` });
      }
    }).catch((e: unknown) => runtime.log.warning(`Could not mark the earlier deployments of ${this.o.environment} inactive: ${toShiplineError(e).message}`));
  }
}
