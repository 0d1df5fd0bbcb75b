/**
 * Rollout state that survives cancels and re-runs: who holds the environment's lock, the stage the
 * rollout reached and a journal of its moves. It is stored as the message of a git commit that the
 * per-environment lock ref points at, one commit per state change (each a compare-and-swap
 * fast-forward; earlier versions used a tag object's message). Pure: reading and writing it is in
 * ../lock.ts.
 */

/** One entry of the journal: a move of the router or a decision. `atMs` is epoch ms. */
export interface JournalEntry {
  atMs: number;
  stage: number;
  weight: number;
  event: "start" | "apply" | "promote" | "rollback" | "waiting" | "done" | "takeover" | "resume";
  note?: string;
}

export interface RolloutState {
  /** `<environment>/<run id>`; the run attempt is left out so a re-run resumes the same rollout. */
  rolloutId: string;
  runId: string;
  environment: string;
  version: string;
  deploymentId: number | undefined;
  /** Stage index reached (0-based); -1 before the first move. */
  stage: number;
  weight: number;
  /**
   * When the current stage's bake ends (epoch ms): a stage longer than one job, or a re-run after a
   * kill, continues its bake instead of starting it again.
   */
  bakeEndsAtMs?: number;
  /**
   * Set when `pause-after` held the rollout after this stage (0-based) for an approval: only a run
   * with `mode: approve` continues it, so a scheduled `resume` cannot skip the reviewer.
   */
  heldAfterStage?: number;
  /**
   * running: baking a stage; waiting: ended its job at a stage boundary (resume later);
   * rolling-back: a breach or cancel decided the rollback (a re-run finishes it); done: released.
   */
  phase: "running" | "waiting" | "rolling-back" | "done";
  journal: JournalEntry[];
}

/** Journal entries kept in the commit message; older ones are dropped (the summary has the full story). */
export const JOURNAL_MAX = 50;

/** The rollout id for a run: stable across `GITHUB_RUN_ATTEMPT`s of the same run. */
export function computeRolloutId(environment: string, runId: string | undefined, version: string): string {
  return `${environment}/${runId ?? `local-${version || "unversioned"}`}`;
}

/** The lock ref for an environment (under `refs/shipline/`, so no branch or tag workflow fires). */
export function lockRefName(environment: string): string {
  return `shipline/deploy-lock/${environment.replace(/[^A-Za-z0-9._-]/g, "-")}`;
}

const MARK = "shipline-rollout-state v1";

/** Renders the state as a commit (or, before, tag) message: a marker line, then JSON. */
export function renderState(s: RolloutState): string {
  return `${MARK}\n${JSON.stringify({ ...s, journal: s.journal.slice(-JOURNAL_MAX) })}\n`;
}

/** Parses a commit or tag message written by {@link renderState}; undefined for anything else. */
export function parseState(message: string): RolloutState | undefined {
  if (!message.startsWith(MARK)) return undefined;
  try {
    const s = JSON.parse(message.slice(MARK.length)) as RolloutState;
    return typeof s.rolloutId === "string" && typeof s.stage === "number" && Array.isArray(s.journal) ? s : undefined;
  } catch {
    return undefined;
  }
}

export type LockVerdict =
  /** No lock, or a finished rollout's: take it. */
  | { kind: "free" }
  /** Our own rollout (a re-run): resume from `state`. */
  | { kind: "mine"; state: RolloutState }
  /** Another run holds it but that run has finished: take it over, with a notice. */
  | { kind: "stale"; state: RolloutState }
  /** Another live run holds it. */
  | { kind: "busy"; state: RolloutState };

/**
 * Decides what to do with the lock. `holderFinished` says whether the holder's workflow run has
 * completed (or no longer exists); a `waiting` rollout keeps the lock even when its run finished,
 * since it continues in a later run with `resume`. `runId` is this run's id: a lock written by this
 * very run (a re-run of a run that resumed a waiting rollout) is ours too.
 */
export function evaluateLock(
  holder: RolloutState | undefined,
  rolloutId: string,
  holderFinished: boolean,
  isResume: boolean,
  runId?: string | undefined,
): LockVerdict {
  if (!holder || holder.phase === "done") return { kind: "free" };
  if (holder.rolloutId === rolloutId || (runId !== undefined && runId !== "" && holder.runId === runId)) return { kind: "mine", state: holder };
  if (holder.phase === "waiting" && isResume) return { kind: "mine", state: holder };
  if (holderFinished && holder.phase !== "waiting") return { kind: "stale", state: holder };
  return { kind: "busy", state: holder };
}
