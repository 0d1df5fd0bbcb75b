/**
 * The effect interpreter: runs the pure rollout machine (core/rollout-machine.ts) against the world.
 * It feeds the machine its events and carries out the effects it returns: moves through the
 * provider (after checking the lock and the provider's read-back), health checks, sleeps on the
 * clock, deployment records, state writes and the rollback. Moves, checks, sleeps and records run
 * one after another; a rollback, a journal write and the end run at once, so a cancel or a breach
 * does not wait for a probe or a sleep in flight.
 */
import type { Clock } from "../kernel/clock.js";
import { ErrorCode, ShiplineError, toShiplineError } from "../kernel/errors.js";
import { formatMs } from "../kernel/inputs.js";
import type { Logger } from "../kernel/runtime.js";
import type { HealthChecks } from "./checks.js";
import type { Plan } from "./core/plan.js";
import { initialState, type MachineConfig, type MachineEffect, type MachineEvent, type MachineState, step } from "./core/rollout-machine.js";
import type { JournalEntry, RolloutState } from "./core/rollout-state.js";
import type { Sides } from "./core/sides.js";
import type { TrafficProvider } from "./providers/provider.js";
import type { DeploymentState } from "./recorder.js";

export interface InterpreterOptions {
  machine: MachineConfig;
  plan: Plan;
  sides: Sides;
  /** The stage this run starts at (after a resume, the stage it reached). */
  startStage: number;
  clock: Clock;
  log: Logger;
  /** Aborts on a cancel or a lost lock: stops a sleep or a probe in flight and any further move. */
  signal: AbortSignal;
  provider: TrafficProvider;
  /** Runs a provider call after any in flight (a signal's rollback must not interleave with a move). */
  serial<T>(op: () => Promise<T>): Promise<T>;
  checks: HealthChecks;
  /** The canary weight this run has set; the command's own rollback reads and resets it too. */
  progress: { weight: number };
  record(state: DeploymentState, description: string): Promise<void>;
  saveState(patch: Partial<RolloutState>, entry?: Omit<JournalEntry, "atMs">): Promise<void>;
  /**
   * Before every move after the first: whether the lock still holds this run's last write (a
   * takeover stops the rollout through the signal). Undefined when there is no lock.
   */
  confirmLock?: () => Promise<void>;
  /** After the provider holds a new weight (the post step's state is written here). */
  onMoved(): void;
  /** After a rollback the provider confirmed, with the milliseconds since the first failed check. */
  onRolledBack(timeToRollbackMs: number): void;
}

export interface RunningMachine {
  /** Feeds the machine an event from outside (a cancel, a lost lock). */
  dispatch(e: MachineEvent): void;
  /** The machine's state now. */
  readonly state: MachineState;
  /** Settles once the machine has finished and every sequential effect has run. */
  readonly done: Promise<void>;
}

/** Starts the machine (its `start` event) and interprets it until it finishes. */
export function startMachine(o: InterpreterOptions): RunningMachine {
  const { clock, log, plan, sides, startStage, provider, serial, progress } = o;
  let machine = initialState();
  let effectChain: Promise<void> = Promise.resolve();
  let endMachine: () => void = () => {};
  const finished = new Promise<void>((ok) => {
    endMachine = ok;
  });
  const dispatch = (e: MachineEvent): void => {
    const r = step(o.machine, machine, e);
    machine = r.state;
    for (const effect of r.effects) {
      if (effect.type === "move" || effect.type === "check" || effect.type === "sleep-until" || effect.type === "record")
        effectChain = effectChain.then(() => perform(effect)).catch((err: unknown) => stumble(err));
      else void perform(effect).catch((err: unknown) => stumble(err));
    }
  };
  const stumble = (err: unknown) => {
    const why = `an unexpected error stopped the rollout: ${toShiplineError(err).message.replace(/\.$/, "")}`;
    log.warning(`${why}.`);
    dispatch({ type: "error", atMs: clock.now(), why });
  };
  const perform = async (effect: MachineEffect): Promise<void> => {
    switch (effect.type) {
      case "record":
        await o.record(effect.state, effect.description);
        return;
      case "save":
        void o.saveState(effect.patch, effect.entry);
        return;
      case "log":
        log.info(`  ${effect.message}`);
        return;
      case "finish":
        endMachine();
        return;
      case "sleep-until":
        await clock.sleep(Math.max(0, effect.atMs - clock.now()), o.signal);
        dispatch({ type: "woke", atMs: clock.now() });
        return;
      case "check": {
        const samples = await o.checks.sample(progress.weight, o.signal);
        for (const x of samples) log.info(`  ${x.gate}: ${x.outcome} (${x.detail})`);
        // The time to rollback counts from the moment a check has failed (its result is known); a
        // slow probe's own duration is in the timeline, not in this figure.
        dispatch({ type: "checked", atMs: clock.now(), samples });
        return;
      }
      case "rollback": {
        try {
          await serial(() => provider.rollback());
          progress.weight = 0;
          const at = clock.now();
          o.onRolledBack(at - (machine.firstFailAtMs ?? at));
          dispatch({ type: "rolled-back", atMs: at });
        } catch (err) {
          dispatch({ type: "rollback-failed", atMs: clock.now(), message: toShiplineError(err).message });
        }
        return;
      }
      case "move": {
        const i = effect.stage;
        const stage = plan.stages[i] as Plan["stages"][number];
        // Before each move, the lock must still hold this run's last write; a takeover during the bake
        // is caught here, before the router changes, rather than by the write after the move.
        if (i > startStage && o.confirmLock) {
          await o.confirmLock();
          if (o.signal.aborted) return;
        }
        log.info(`Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% to ${sides.canary}, bake ${formatMs(stage.bakeMs)}.`);
        try {
          // The router is the source of truth: before a move, it must still hold what this rollout set.
          if (i > startStage) {
            const now = await serial(() => provider.read());
            if (now !== undefined && now !== machine.weight)
              throw new ShiplineError(
                ErrorCode.ProcessFailed,
                `${sides.holder} has ${now}% on ${sides.canary}, not the ${machine.weight}% this rollout set: something else changed the weights`,
              );
          }
          if (o.signal.aborted) return;
          await serial(() => provider.apply(effect.weight, i + 1));
        } catch (err) {
          dispatch({ type: "move-failed", atMs: clock.now(), message: toShiplineError(err).message });
          return;
        }
        progress.weight = effect.weight;
        o.onMoved();
        if (o.machine.resumedBakeEndsAtMs !== undefined && i === startStage)
          log.info(`  continuing the bake of stage ${i + 1}: ${formatMs(Math.max(0, o.machine.resumedBakeEndsAtMs - clock.now()))} left.`);
        await o.checks.baseline(); // the first judged sample follows one interval later
        dispatch({ type: "moved", atMs: clock.now() });
        return;
      }
    }
  };
  dispatch({ type: "start", atMs: clock.now() });
  return {
    dispatch,
    get state() {
      return machine;
    },
    done: finished.then(() => effectChain),
  };
}
