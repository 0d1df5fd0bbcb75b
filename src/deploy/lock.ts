/**
 * The per-environment rollout lock and state on GitHub: a ref `refs/shipline/deploy-lock/<env>`
 * pointing at a tag object whose message is the rollout state (core/rollout-state.ts). Creating the
 * ref is the compare-and-swap (GitHub answers 422 "Reference already exists" to the loser); each
 * state change writes a new tag object and moves the ref.
 */
import type { GitHubPorts } from "../kernel/github/index.js";
import { lockRefName, parseState, renderState, type RolloutState } from "./core/rollout-state.js";

export interface LockHolder {
  state: RolloutState | undefined;
  /** The ref's current target (tag object sha), for the takeover. */
  sha: string;
}

export class RolloutLock {
  private readonly ref: string;
  constructor(
    private readonly gh: GitHubPorts,
    environment: string,
    /** A commit the tag objects point at (the deployed sha). */
    private readonly commit: string,
  ) {
    this.ref = lockRefName(environment);
  }

  /** The current holder, or undefined when the environment is not locked. */
  async read(): Promise<LockHolder | undefined> {
    const ref = await this.gh.refs.get(this.ref);
    if (!ref) return undefined;
    if (ref.object.type !== "tag") return { state: undefined, sha: ref.object.sha };
    const tag = await this.gh.refs.getTagObject(ref.object.sha);
    return { state: parseState(tag.message), sha: ref.object.sha };
  }

  private async tagFor(state: RolloutState): Promise<string> {
    return (await this.gh.refs.createTagObject(`shipline-deploy-lock-${state.environment}`, renderState(state), this.commit)).sha;
  }

  /** Takes a free lock; false when another run created it first. */
  async acquire(state: RolloutState): Promise<boolean> {
    const r = await this.gh.refs.create(this.ref, await this.tagFor(state));
    return r !== "exists";
  }

  /** Writes the state (the lock is ours: acquired, resumed or taken over). */
  async write(state: RolloutState): Promise<void> {
    await this.gh.refs.update(this.ref, await this.tagFor(state), true);
  }

  async release(): Promise<void> {
    try {
      await this.gh.refs.delete(this.ref);
    } catch {
      // Already gone (released by the post step or taken over): nothing to release.
    }
  }
}
