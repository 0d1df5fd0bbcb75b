/**
 * From commits to classified changes and the bump, one change at a time: revert cancelling,
 * classification, counters, and a bounded list of rows for the summary and the `explain` output.
 *
 * Streaming rather than collecting the range first: on 100k commits, keeping every parsed change,
 * its classification and its explain row was most of the ~280 MB peak (bench/version). The planner
 * keeps the counters, the first `maxItems` rows, and only the changes that may still matter later:
 * pending reverts (until the change they revert shows up) and Release-As candidates.
 */
import { type Bump, type Classified, type ClassifyOptions, classifyChange, compileRules } from "./classify.js";
import type { ParsedCommit } from "../../release/core/commits.js";
import { createRevertMatcher } from "../../release/core/reverts.js";

/** How many changes of the range had each status. */
export type StatusCounts = Record<Classified["status"], number>;

export interface ChangePlan {
  /**
   * The changes, newest first, with their status (a reverted pair as two rows with status
   * "reverted"); at most `maxItems` of them, the first ones of the range.
   */
  items: Classified[];
  bump: Bump;
  /**
   * The newest Release-As footer in the range, if any, from a change that counts: a `[skip release]`
   * commit or a reverted change (and the revert that cancels it) does not force a version.
   */
  releaseAs: { version: string; sha: string } | undefined;
  /** Every change of the range, including those beyond `items`. */
  total: number;
  counts: StatusCounts;
  /** The first unparseable changes (at most `maxUnparseable`), for the fail-on-unconventional message. */
  unparseable: Classified[];
}

/** Options for {@link createChangePlanner}. */
export interface PlannerOptions extends ClassifyOptions {
  /** Rows kept for the summary and `explain`. Defaults to unbounded. */
  maxItems?: number;
  /** Unparseable changes kept for messages. Defaults to 10. */
  maxUnparseable?: number;
}

/** Feeds changes newest first (as `git log` prints them) with `add`, then reads the plan with `finish`. */
export interface ChangePlanner {
  add(change: ParsedCommit): void;
  finish(): ChangePlan;
}

interface PendingRevert {
  change: ParsedCommit;
  item: Classified;
  /** Index in the rows, when the revert got a row. */
  row: number | undefined;
}

/**
 * Creates a planner. Reverts are matched by the release domain's one matcher
 * (src/release/core/reverts.ts), the one notes uses too, in one pass: a revert is newer than what
 * it reverts, so it is always seen first.
 */
export function createChangePlanner(options: PlannerOptions): ChangePlanner {
  const match = compileRules(options.rules ?? []);
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  const maxUnparseable = options.maxUnparseable ?? 10;
  const rows: Classified[] = [];
  const counts: StatusCounts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
  // Counted per level so a cancelled revert's patch can be taken back; the bump is the highest level left.
  const levels: Record<Exclude<Bump, "none">, number> = { major: 0, minor: 0, patch: 0 };
  const unparseable: Classified[] = [];
  const reverts = createRevertMatcher<PendingRevert>();
  const tentative = new Map<ParsedCommit, PendingRevert>();
  const releaseAs: ParsedCommit[] = [];
  const cancelled = new Set<ParsedCommit>();
  let total = 0;

  const count = (item: Classified, delta: 1 | -1) => {
    counts[item.status] += delta;
    if (item.status === "bump" && item.bump !== "none") levels[item.bump] += delta;
  };
  const row = (item: Classified): number | undefined => {
    if (rows.length >= maxItems) return undefined;
    rows.push(item);
    return rows.length - 1;
  };
  return {
    add(c) {
      total++;
      const m = reverts.match(c);
      const r = m && "cancelledBy" in m ? m.cancelledBy : undefined;
      if (r) {
        if (r.item.status !== "reverted") {
          count(r.item, -1);
          r.item = { change: r.change, bump: "none", rule: "reverts a change in the same range: both cancel", status: "reverted" };
          count(r.item, 1);
          if (r.row !== undefined) rows[r.row] = r.item;
          cancelled.add(r.change);
        }
        const item: Classified = { change: c, bump: "none", rule: `reverted by ${r.change.sha.slice(0, 7)} in the same range`, status: "reverted" };
        count(item, 1);
        row(item);
        cancelled.add(c);
        return;
      }
      const item = classifyChange(c, match);
      count(item, 1);
      const index = row(item);
      if (item.status === "unparseable" && unparseable.length < maxUnparseable) unparseable.push(item);
      if (c.releaseAs !== undefined && !c.skip) releaseAs.push(c);
      if (m) tentative.set(c, { change: c, item, row: index });
      if (c.revert) reverts.add(c, { change: c, item, row: index });
    },
    finish() {
      // A revert naming a SHA that never showed up cancels the change it matched by header.
      for (const pair of reverts.finish()) {
        const target = tentative.get(pair.change);
        if (!target) continue;
        for (const [p, by] of [
          [pair.revert, "reverts a change in the same range: both cancel"],
          [target, `reverted by ${pair.revert.change.sha.slice(0, 7)} in the same range`],
        ] as const) {
          count(p.item, -1);
          p.item = { change: p.change, bump: "none", rule: by, status: "reverted" };
          count(p.item, 1);
          if (p.row !== undefined) rows[p.row] = p.item;
          cancelled.add(p.change);
        }
      }
      const bump: Bump = levels.major > 0 ? "major" : levels.minor > 0 ? "minor" : levels.patch > 0 ? "patch" : "none";
      const forced = releaseAs.find((c) => !cancelled.has(c));
      return {
        items: rows,
        bump,
        releaseAs: forced ? { version: forced.releaseAs as string, sha: forced.sha } : undefined,
        total,
        counts: { ...counts },
        unparseable,
      };
    },
  };
}

/** Cancels reverts within the range, classifies the rest, and finds a Release-As footer. */
export function planChanges(changes: readonly ParsedCommit[], options: PlannerOptions): ChangePlan {
  const planner = createChangePlanner(options);
  for (const c of changes) planner.add(c);
  return planner.finish();
}
