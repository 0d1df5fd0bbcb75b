/** From raw commits to classified changes and the bump: revert cancelling, then classification. */
import { type Bump, type Classified, type ClassifyOptions, classifyAll } from "./classify.js";
import { cancelReverts, type ParsedCommit } from "./commits.js";

export interface ChangePlan {
  /** Every change, newest first, with its status; reverted pairs included with status "reverted". */
  items: Classified[];
  bump: Bump;
  /** The first Release-As footer in the range (newest first), if any. */
  releaseAs: { version: string; sha: string } | undefined;
}

/** Cancels reverts within the range, classifies the rest, and finds a Release-As footer. */
export function planChanges(changes: readonly ParsedCommit[], options: ClassifyOptions): ChangePlan {
  const { kept, cancelled } = cancelReverts(changes);
  const { items, bump } = classifyAll(kept, options);
  const reverts = new Map<ParsedCommit, true>();
  for (const c of cancelled) {
    reverts.set(c.by, true);
    items.push({ change: c.change, bump: "none", rule: `reverted by ${c.by.sha.slice(0, 7)} in the same range`, status: "reverted" });
  }
  for (const by of reverts.keys()) items.push({ change: by, bump: "none", rule: "reverts a change in the same range: both cancel", status: "reverted" });
  const withRelease = changes.find((c) => c.releaseAs !== undefined);
  return { items, bump, releaseAs: withRelease ? { version: withRelease.releaseAs as string, sha: withRelease.sha } : undefined };
}
