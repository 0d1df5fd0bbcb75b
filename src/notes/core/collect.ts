/**
 * From a range's changes to the entries the notes show, one change at a time, as version's
 * `createChangePlanner` does for the bump: the command streams `git log` and feeds every change;
 * the collector keeps only what the notes can render (changes of a visible section, breaking
 * changes, reverts), cancels reverts with the release domain's one matcher, and collapses
 * duplicates. Pure.
 *
 * Streaming keeps 100k-commit ranges under the memory target: hidden changes are matched against
 * pending reverts and dropped at once, and what is kept loses its body and footers (never rendered).
 */
import type { ParsedCommit } from "../../release/core/commits.js";
import { createRevertMatcher } from "../../release/core/reverts.js";

/** Options for {@link createNotesCollector}. */
export interface CollectOptions {
  /** Sections shown; `breaking` keeps breaking changes of any type. */
  visible: ReadonlySet<string>;
  /** Extra type -> section mappings (`deps=build`). */
  typeMap: Readonly<Record<string, string>>;
}

/** Feed changes newest first with `add`, then read the entries with `finish`. */
export interface NotesCollector {
  add(change: ParsedCommit): void;
  /** The kept changes, newest first: reverted pairs removed, duplicates collapsed into the oldest. */
  finish(): ParsedCommit[];
  /**
   * Whether the next change, if it is a plain change of `type` (conventional, not breaking, not a
   * revert: see plainChangeType), can change the entries: when its section is shown, or once a
   * revert was added that may name it. When false, `add` would drop it unread, so the caller may
   * skip parsing it.
   */
  wantsPlain(type: string): boolean;
}

const NONE: never[] = [];
const REVERTED_TYPE = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?(!)?: /;

/**
 * The subject as the notes compare it: without the PR suffix, lower-cased, letters and digits
 * only, so `Add skip changelog flag` and `add skip-changelog flag` are one entry.
 */
export function entryKey(subject: string): string {
  // ASCII punctuation and spaces only: a Unicode-class regex was a third of the collector's time on
  // 100k commits, and letters beyond ASCII are kept as they are.
  const s = subject.endsWith(")") ? subject.replace(PR_SUFFIX, "") : subject;
  return s.toLowerCase().replace(NOT_WORD, "");
}

const PR_SUFFIX = /\s*\(#\d+\)\s*$/;
const NOT_WORD = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;

function shownSubject(c: ParsedCommit): string {
  return c.type === undefined && c.revert?.header ? c.revert.header : c.subject;
}

/** Creates a collector. See the module comment. */
export function createNotesCollector(options: CollectOptions): NotesCollector {
  const kept: (ParsedCommit | undefined)[] = [];
  const reverts = createRevertMatcher<number>();
  const tentative = new Map<ParsedCommit, number>();
  // A revert of a change of a hidden type (`Revert "chore(deps): ..."`) is as hidden as the change.
  const revertShown = (header: string | undefined): boolean => {
    const t = header === undefined ? null : REVERTED_TYPE.exec(header);
    if (!t) return true;
    const type = (t[1] as string).toLowerCase();
    return type === "revert" || options.visible.has(options.typeMap[type] ?? type) || (t[2] === "!" && options.visible.has("breaking"));
  };
  const sectionOf = (c: ParsedCommit): string | undefined => (c.type ? (options.typeMap[c.type] ?? c.type) : c.revert ? "revert" : undefined);
  return {
    add(c) {
      const m = reverts.match(c);
      if (m && "cancelledBy" in m) {
        kept[m.cancelledBy] = undefined;
        return;
      }
      const section = sectionOf(c);
      const wanted =
        (c.revert !== undefined ? revertShown(c.revert.header) && options.visible.has("revert") : section !== undefined && options.visible.has(section)) ||
        (c.breaking && options.visible.has("breaking"));
      const index = wanted && !c.skip ? kept.length : -1;
      if (m) tentative.set(c, index);
      if (index === -1) {
        if (c.revert) reverts.add(c, -1);
        return;
      }
      // The body and footers are never rendered; shared empty arrays save one allocation each.
      c.body = "";
      c.footers = NONE;
      if (c.breakingNotes.length === 0) c.breakingNotes = NONE;
      if (c.references.length > 0 && c.references.some((r) => r.action === undefined)) c.references = c.references.filter((r) => r.action !== undefined);
      kept.push(c);
      if (c.revert) reverts.add(c, index);
    },
    wantsPlain(type) {
      return reverts.hasReverts() || options.visible.has(options.typeMap[type] ?? type);
    },
    finish() {
      for (const { revert, change } of reverts.finish()) {
        if (revert !== -1) kept[revert] = undefined;
        const i = tentative.get(change);
        if (i !== undefined && i !== -1) kept[i] = undefined;
      }
      // One entry per subject: in a section (two commits saying the same), and per PR or commit
      // (one squash whose title and override say it twice, in two types).
      const seen = new Set<string>();
      const out: ParsedCommit[] = [];
      for (let i = kept.length - 1; i >= 0; i--) {
        const c = kept[i];
        if (!c) continue;
        const key = entryKey(shownSubject(c));
        const inSection = `s\u0000${sectionOf(c) ?? ""}\u0000${c.scope ?? ""}\u0000${key}`;
        const inChange = `c\u0000${c.pullRequest ?? c.sha}\u0000${key}`;
        if (seen.has(inSection) || seen.has(inChange)) continue;
        seen.add(inSection);
        seen.add(inChange);
        out.push(c);
      }
      return out.reverse();
    },
  };
}
