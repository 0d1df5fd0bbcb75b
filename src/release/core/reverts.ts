/**
 * The one revert matcher of version and notes. Pure.
 *
 * A revert cancels a change of the same range when it names it: by the SHA in "This reverts commit
 * X" (full or abbreviated, a prefix match), or by the reverted header (GitHub's `Revert "..."`, or
 * `revert: <header>`), where it takes the nearest older change with that header only (a header can
 * recur). Matched by SHA, it cancels every change of that commit (a squash commit's bullets too). A
 * revert is itself a change a later revert can cancel: `Revert "Revert "x""` cancels `Revert "x"`,
 * and `x` stays.
 *
 * Streaming: changes come newest first, as `git log` prints them, so a revert is always seen before
 * what it reverts, and only pending reverts are kept (an index by SHA, by abbreviated SHA length and
 * by header): linear in the range, where the quadratic scans of other tools take minutes on 100k
 * commits. A revert whose target never shows up reverts something released earlier: it stays.
 */
import type { ParsedCommit } from "./commits.js";

interface Pending<T> {
  payload: T;
  /** The reverted SHA, when the revert names one. */
  sha: string | undefined;
  /** How it matched: by SHA it cancels every change of that commit; by header exactly one. */
  matched: { by: "sha"; sha: string } | { by: "header" } | undefined;
  /**
   * A revert naming a SHA prefers that commit: a newer change with the reverted header is only
   * tentatively matched, and cancelled at the end when the SHA never showed up (a rebased branch).
   */
  tentative: ParsedCommit | undefined;
}

/** What {@link RevertMatcher.match} found for a change. */
export type RevertMatch<T> = { cancelledBy: T } | { tentative: true } | undefined;

/** See the module comment. `T` is what the caller keeps with each pending revert. */
export interface RevertMatcher<T> {
  /**
   * Whether a pending revert cancels `change` (marking it matched), or may cancel it at the end
   * (`tentative`: a header match for a revert that names another SHA, still to come). Call it for
   * every change, in order, before {@link RevertMatcher.add} for a revert.
   */
  match(change: ParsedCommit): RevertMatch<T>;
  /** Registers a revert (a change with `revert` set) that nothing cancelled. */
  add(revert: ParsedCommit, payload: T): void;
  /** The tentative pairs that stand once the range is read: cancel both. */
  finish(): { revert: T; change: ParsedCommit }[];
  /**
   * False while no revert was added: {@link RevertMatcher.match} then finds nothing, whatever the
   * change. True from the first revert on, matched or not.
   */
  hasReverts(): boolean;
}

/** Creates a matcher. The newest revert of a commit wins; an older duplicate stays a revert of its own. */
export function createRevertMatcher<T>(): RevertMatcher<T> {
  const bySha = new Map<string, Pending<T>>();
  const byAbbrev = new Map<number, Map<string, Pending<T>>>();
  const byHeader = new Map<string, Pending<T>[]>();
  const withTentative: Pending<T>[] = [];
  let any = false;
  const takes = (p: Pending<T> | undefined, sha: string): p is Pending<T> =>
    p !== undefined && (p.matched === undefined || (p.matched.by === "sha" && p.matched.sha === sha));
  return {
    match(c) {
      if (!any) return undefined;
      let p: Pending<T> | undefined = bySha.get(c.sha);
      if (!takes(p, c.sha)) {
        p = undefined;
        for (const [len, map] of byAbbrev) {
          const r = map.get(c.sha.slice(0, len));
          if (takes(r, c.sha)) {
            p = r;
            break;
          }
        }
      }
      if (p) {
        p.matched ??= { by: "sha", sha: c.sha };
        p.tentative = undefined;
        return { cancelledBy: p.payload };
      }
      const r = byHeader.get(c.header)?.find((x) => x.matched === undefined && x.tentative === undefined);
      if (!r) return undefined;
      if (r.sha !== undefined) {
        r.tentative = c;
        withTentative.push(r);
        return { tentative: true };
      }
      r.matched = { by: "header" };
      return { cancelledBy: r.payload };
    },
    add(c, payload) {
      if (!c.revert) return;
      any = true;
      const sha = c.revert.sha;
      const pending: Pending<T> = { payload, sha, matched: undefined, tentative: undefined };
      if (sha && sha.length >= 40) {
        if (!bySha.has(sha)) bySha.set(sha, pending);
      } else if (sha) {
        const map = byAbbrev.get(sha.length) ?? new Map<string, Pending<T>>();
        if (!map.has(sha)) map.set(sha, pending);
        byAbbrev.set(sha.length, map);
      }
      if (c.revert.header !== undefined) {
        const list = byHeader.get(c.revert.header);
        if (list) list.push(pending);
        else byHeader.set(c.revert.header, [pending]);
      }
    },
    hasReverts: () => any,
    finish() {
      return withTentative
        .filter((p) => p.matched === undefined && p.tentative !== undefined)
        .map((p) => ({ revert: p.payload, change: p.tentative as ParsedCommit }));
    },
  };
}

/**
 * Removes reverted changes and the reverts that cancel them, when both are in the range (the batch
 * form of {@link createRevertMatcher}). Input newest first; the output keeps the order. Returns the
 * kept changes and the cancelled pairs, for the explain table.
 */
export function cancelReverts(changes: readonly ParsedCommit[]): { kept: ParsedCommit[]; cancelled: { change: ParsedCommit; by: ParsedCommit }[] } {
  const matcher = createRevertMatcher<number>();
  const dropped = new Set<number>();
  const index = new Map<ParsedCommit, number>();
  const cancelled: { change: ParsedCommit; by: ParsedCommit }[] = [];
  changes.forEach((c, i) => {
    const m = matcher.match(c);
    if (m && "cancelledBy" in m) {
      dropped.add(m.cancelledBy);
      dropped.add(i);
      cancelled.push({ change: c, by: changes[m.cancelledBy] as ParsedCommit });
      return;
    }
    if (m) index.set(c, i);
    if (c.revert) matcher.add(c, i);
  });
  for (const { revert, change } of matcher.finish()) {
    dropped.add(revert);
    dropped.add(index.get(change) as number);
    cancelled.push({ change, by: changes[revert] as ParsedCommit });
  }
  return { kept: dropped.size === 0 ? changes.slice() : changes.filter((_, i) => !dropped.has(i)), cancelled };
}
