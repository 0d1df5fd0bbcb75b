/**
 * The `github-dispatch` provider: each move dispatches a workflow (inputs `stage`, `weight`,
 * `version`, `action`) and waits for that run's conclusion; `success` means the traffic moved. The
 * dispatch asks GitHub for the created run (`return_run_details`); where the server does not give
 * it (older GitHub Enterprise Server), the run is the first new `workflow_dispatch` run of the
 * workflow that was not there before the dispatch.
 */
import type { Actions } from "../../kernel/github/actions.js";
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import type { TrafficProvider } from "./provider.js";

export interface DispatchOptions {
  workflow: string;
  ref: string;
  version: string;
  /** Longest wait for the dispatched run to complete, ms. */
  timeoutMs: number;
  /** Poll interval, ms. Default 5000. */
  pollMs?: number;
  environment?: string;
  rolloutId?: string;
  log?: (message: string) => void;
  /** Clock, epoch ms. Default Date.now. */
  now?: () => number;
}

export class GitHubDispatchProvider implements TrafficProvider {
  readonly name = "github-dispatch";
  private confirmed: number | undefined;
  constructor(
    private readonly actions: Actions,
    private readonly o: DispatchOptions,
  ) {}

  private async move(action: "apply" | "rollback", weight: number, stage: number): Promise<void> {
    const before = new Set((await this.actions.listWorkflowRuns(this.o.workflow, { event: "workflow_dispatch" }, 20)).map((r) => r.id));
    const runId = await this.actions.dispatch(
      this.o.workflow,
      this.o.ref,
      { stage: String(stage), weight: String(weight), version: this.o.version, action },
      { returnRunDetails: true },
    );
    const now = this.o.now ?? Date.now;
    this.o.log?.(`Dispatched ${this.o.workflow} on ${this.o.ref} to ${action} ${weight}%; waiting for ${runId === undefined ? "its run" : `run ${runId}`}.`);
    const deadline = now() + this.o.timeoutMs;
    for (;;) {
      const run =
        runId === undefined
          ? (await this.actions.listWorkflowRuns(this.o.workflow, { event: "workflow_dispatch" }, 20)).find((r) => !before.has(r.id))
          : await this.actions.getRun(runId);
      if (run?.status === "completed") {
        if (run.conclusion === "success") {
          this.confirmed = weight;
          return;
        }
        throw new ShiplineError(
          ErrorCode.ProcessFailed,
          `The dispatched workflow ${this.o.workflow} (run ${run.id}) setting ${weight}% ended ${run.conclusion}: ${run.html_url}`,
          {
            hint: "Open the run to see why the traffic could not be moved.",
          },
        );
      }
      if (now() > deadline) {
        throw new ShiplineError(
          ErrorCode.ProcessFailed,
          `The dispatched workflow ${this.o.workflow} did not ${run ? `finish (run ${run.id} is ${run.status})` : "start a run"} within ${Math.round(this.o.timeoutMs / 1000)} s.`,
          {
            hint: "Check that the workflow has a workflow_dispatch trigger with inputs stage, weight, version and action.",
          },
        );
      }
      await new Promise((ok) => setTimeout(ok, this.o.pollMs ?? 5000));
    }
  }

  async read(): Promise<number | undefined> {
    return this.confirmed;
  }
  async apply(weight: number, stage: number): Promise<void> {
    await this.move("apply", weight, stage);
  }
  async rollback(): Promise<void> {
    await this.move("rollback", 0, 0);
  }
}
