/**
 * The deploy action's `post:` step, which the runner runs after the main step however it ended. It
 * owns the last line of defence: a main step that died mid-rollout (kill -9, a runner timeout) left
 * traffic half moved, its deployment in progress and the environment locked; this puts the traffic
 * back on stable (or switches the flag off), fails the record and releases the lock. It also owns
 * the rule that a promoted rollout is never undone here, and what the main step saves for it
 * ({@link PostState}).
 */
import { resolve } from "node:path";
import type { CommandContext } from "../kernel/command.js";
import { InputError, toShiplineError } from "../kernel/errors.js";
import { readInputs } from "../kernel/inputs.js";
import type { Runtime } from "../kernel/runtime.js";
import { type DeployInputs, isProduction } from "./config.js";
import { type ProviderConfig, resolveProvider } from "./core/provider-config.js";
import type { RolloutState } from "./core/rollout-state.js";
import { resolveSides } from "./core/sides.js";
import { deploySpec } from "./inputs.js";
import { RolloutLock } from "./lock.js";
import { checkFlagInputs } from "./providers/flags.js";
import { buildProvider } from "./providers/index.js";
import { DeploymentRecorder } from "./recorder.js";

/** The provider's config from the inputs, or an InputError listing every problem with them. */
function providerConfig(inputs: DeployInputs, ctx: CommandContext): ProviderConfig {
  const r = resolveProvider(inputs, { hasToken: ctx.hasToken() });
  const problems = [...(r.ok ? [] : r.problems), ...checkFlagInputs(inputs)];
  if (!r.ok || problems.length > 0) throw new InputError(problems);
  return r.config;
}

/** What the main step saves for its post step (GITHUB_STATE "rollout"). */
export interface PostState {
  rolloutId: string;
  deploymentId: number | undefined;
  environment: string;
  /** Set once every stage passed: the post step never rolls such a rollout back. */
  promoted?: boolean;
}

/**
 * Whether the journal the lock holds shows a rollout that ended (released, promoted to 100 %, or
 * waiting for a later run): the post step leaves the router alone then.
 */
function journalShowsFinished(s: RolloutState): boolean {
  return s.phase === "done" || s.phase === "waiting" || s.journal.some((j) => j.event === "done" || (j.event === "promote" && j.weight === 100));
}

/**
 * The `post:` step (runs always): when the main step died mid-rollout (it saves "rollout" state after
 * its first move and clears it when it ends), put the traffic back on stable, mark the deployment
 * failed and release the lock, so the environment is not left half-rolled or locked. A rollout that
 * was promoted, or whose journal on the lock shows it finished, is never rolled back here.
 */
export async function post(ctx: CommandContext): Promise<void> {
  const { runtime, context } = ctx;
  const raw = runtime.getState("rollout");
  if (!raw) return;
  const saved = JSON.parse(raw) as PostState;
  const lock = ctx.hasToken() && context.sha ? new RolloutLock(ctx.github(), saved.environment) : undefined;
  const holder = lock ? await lock.read().catch(() => "unreadable" as const) : undefined;
  const mine = holder && holder !== "unreadable" && holder.state?.rolloutId === saved.rolloutId ? holder.state : undefined;
  // With the lock readable, it is the record of what happened: released or taken over means the
  // rollout ended (or another run owns the router now); its journal says whether it had finished.
  const finished = saved.promoted === true || (lock !== undefined && holder !== "unreadable" && (!mine || journalShowsFinished(mine)));
  if (finished) {
    runtime.log.info(`Rollout ${saved.rolloutId} had ended${saved.promoted ? " with a promotion" : ""}; the post step leaves the traffic as it is.`);
    if (mine && lock) await lock.release();
    return;
  }
  const inputs = readInputs(deploySpec.inputs, (name) => runtime.input(name));
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const config = providerConfig(inputs, ctx);
  const sides = resolveSides(config, { stable: inputs.stable, canary: inputs.canary });
  runtime.log.warning(
    `The deploy step ended without finishing rollout ${saved.rolloutId}: ${sides.isFlag ? "switching the flag off" : `rolling back to ${sides.stable}`}.`,
  );
  try {
    await buildProvider(config, ctx, {
      cwd,
      version: inputs.version ?? "",
      environment: inputs.environment,
      flagInputs: inputs,
    }).rollback();
  } catch (e) {
    runtime.log.error(
      `The rollback in the post step failed: ${toShiplineError(e).message}. ${sides.isFlag ? `Turn flag "${inputs.flag}" off by hand.` : `Move the traffic back to ${sides.stable} by hand.`}`,
    );
  }
  if (!ctx.hasToken()) return;
  if (saved.deploymentId !== undefined) {
    const recorder = new DeploymentRecorder(ctx, {
      environment: saved.environment,
      environmentUrl: inputs["environment-url"],
      isProduction: isProduction(inputs),
    });
    recorder.adopt(saved.deploymentId);
    await recorder.status("failure", "The deploy step died mid-rollout; the post step rolled back.");
  }
  if (lock && (mine || holder === "unreadable")) {
    const again = await lock.read().catch(() => undefined);
    if (again?.state?.rolloutId === saved.rolloutId) await lock.release();
  }
}

/** Keeps `state` for the post step (GITHUB_STATE "rollout"); an empty one tells it the rollout ended. */
export function writePostState(runtime: Runtime, state: PostState | undefined): void {
  runtime.saveState("rollout", state ? JSON.stringify(state) : "");
}
