/**
 * The per-environment rollout lock and state on GitHub: a ref `refs/shipline/deploy-lock/<env>`
 * pointing at a chain of commits, one per state change, whose messages are the rollout state
 * (core/rollout-state.ts) and whose tree holds one README saying what the ref is (a tree with a
 * file rather than git's empty tree, which GitHub's create-a-tree endpoint is not documented to
 * accept). Every write is a compare-and-swap:
 *
 * - taking a free lock creates the ref (GitHub answers 422 "Reference already exists" to the loser);
 * - every later write makes a commit whose parent is the commit this run last read or wrote, and moves
 *   the ref without force. GitHub refuses a move that is not a fast-forward (422), so a run whose lock
 *   was taken over in between gets "lost" back with the new holder, instead of overwriting it.
 *
 * Shipline before this format kept the state in an annotated tag object. Such a lock is still read,
 * and the first write replaces it: a tag object cannot be a commit's parent, so that one write is
 * forced (after checking the ref still points at that tag) and confirmed by reading it back.
 */
import { GitHubApiError } from "../kernel/github/client.js";
import type { GitHubPorts } from "../kernel/github/index.js";
import { lockRefName, parseState, renderState, type RolloutState } from "./core/rollout-state.js";

export interface LockHolder {
  /** The state the ref holds; undefined when it points at something Shipline did not write. */
  state: RolloutState | undefined;
  /** The ref's current target: a state commit, or a tag object written by an earlier Shipline. */
  sha: string;
  /** "tag" for a lock written by an earlier Shipline (a tag object), else "commit". */
  kind: "commit" | "tag";
}

/** The outcome of a write: done, or refused because the ref no longer holds what this run last saw. */
export type LockWrite = { ok: true } | { ok: false; holder: LockHolder | undefined };

/** How long the one forced replacement of an old tag-object lock waits before reading it back. */
const TAG_REPLACE_CONFIRM_MS = 500;

/** The one file of every state commit's tree, for whoever browses the ref. */
const LOCK_README = "This ref is a Shipline deploy rollout lock. Each commit's message is the rollout state; the ref is deleted when the rollout ends.\n";

export class RolloutLock {
  private readonly ref: string;
  /** What this run last read or wrote at the ref: the parent of its next state commit. */
  private seen: LockHolder | undefined;
  /** Set once a write found the lock held by someone else: no later write or release touches it. */
  private lostTo: { holder: LockHolder | undefined } | undefined;
  private tree: Promise<string> | undefined;

  constructor(
    private readonly gh: GitHubPorts,
    environment: string,
  ) {
    this.ref = lockRefName(environment);
  }

  /** The current holder, or undefined when the environment is not locked. The next write expects it. */
  async read(): Promise<LockHolder | undefined> {
    // A fresh look is a fresh decision: a run that lost a takeover race may win the lock later.
    this.lostTo = undefined;
    this.seen = await this.fetchHolder();
    return this.seen;
  }

  /**
   * Checks, without writing, that the ref still holds this run's last write: undefined when it does,
   * else the holder that replaced it (undefined holder inside when the ref was deleted).
   */
  async check(): Promise<{ holder: LockHolder | undefined } | undefined> {
    if (this.lostTo) return this.lostTo;
    const ref = await this.gh.refs.get(this.ref);
    if (ref && ref.object.sha === this.seen?.sha) return undefined;
    return this.lose();
  }

  /** Takes a free lock; false when another run created it first. */
  async acquire(state: RolloutState): Promise<boolean> {
    const sha = await this.commitFor(state, []);
    if ((await this.gh.refs.create(this.ref, sha)) === "exists") return false;
    this.seen = { state, sha, kind: "commit" };
    return true;
  }

  /**
   * Writes the state over what this run last read or wrote (a lock it acquired, resumes, takes over
   * or holds). When the ref moved in between, nothing is written and the new holder comes back.
   */
  async write(state: RolloutState): Promise<LockWrite> {
    if (this.lostTo) return { ok: false, ...this.lostTo };
    const seen = this.seen;
    if (!seen) return (await this.acquire(state)) ? { ok: true } : { ok: false, ...(await this.lose()) };
    if (seen.kind === "tag") return this.replaceTag(seen, state);
    const sha = await this.commitFor(state, [seen.sha]);
    const moved = await this.gh.refs.fastForward(this.ref, sha);
    if (moved === "not-fast-forward" || moved === "missing") return { ok: false, ...(await this.lose()) };
    this.seen = { state, sha, kind: "commit" };
    return { ok: true };
  }

  /** Deletes the ref, unless another run has taken the lock since this run's last write. */
  async release(): Promise<void> {
    if (this.lostTo) return;
    try {
      // GitHub's delete has no compare-and-swap; checking first keeps a takeover seen in time intact.
      const ref = await this.gh.refs.get(this.ref);
      if (!ref || (this.seen && ref.object.sha !== this.seen.sha)) return;
      await this.gh.refs.delete(this.ref);
    } catch {
      // Already gone (released by the post step or taken over): nothing to release.
    }
  }

  private async fetchHolder(): Promise<LockHolder | undefined> {
    const ref = await this.gh.refs.get(this.ref);
    if (!ref) return undefined;
    const { sha, type } = ref.object;
    if (type === "tag") return { state: parseState((await this.gh.refs.getTagObject(sha)).message), sha, kind: "tag" };
    if (type === "commit") return { state: parseState((await this.gh.refs.getCommit(sha)).message), sha, kind: "commit" };
    return { state: undefined, sha, kind: "commit" };
  }

  private async lose(): Promise<{ holder: LockHolder | undefined }> {
    this.lostTo = { holder: await this.fetchHolder().catch(() => undefined) };
    return this.lostTo;
  }

  private async commitFor(state: RolloutState, parents: string[]): Promise<string> {
    this.tree ??= this.gh.refs.createTree([{ path: "README.md", mode: "100644", type: "blob", content: LOCK_README }]).then(
      (t) => t.sha,
      (e: unknown) => {
        this.tree = undefined;
        throw e;
      },
    );
    return (await this.gh.refs.createCommit(renderState(state), await this.tree, parents)).sha;
  }

  private async replaceTag(seen: LockHolder, state: RolloutState): Promise<LockWrite> {
    const sha = await this.commitFor(state, []);
    const now = await this.gh.refs.get(this.ref);
    if (now?.object.sha !== seen.sha) return { ok: false, ...(await this.lose()) };
    try {
      await this.gh.refs.update(this.ref, sha, true);
    } catch (e) {
      if (e instanceof GitHubApiError && e.status === 422) return { ok: false, ...(await this.lose()) };
      throw e;
    }
    // Two runs replacing the same old lock at once both pass the check above; the later force wins,
    // and the earlier one sees that here. Only this one-time migration needs the wait.
    await new Promise((ok) => setTimeout(ok, TAG_REPLACE_CONFIRM_MS));
    const after = await this.gh.refs.get(this.ref);
    if (after?.object.sha !== sha) return { ok: false, ...(await this.lose()) };
    this.seen = { state, sha, kind: "commit" };
    return { ok: true };
  }
}
