/**
 * Classifying changes into bumps, with the rule that decided each one, so every commit in the range
 * is explained (bump, ignored with the reason, or unparseable) and none is dropped silently.
 */
import type { ParsedCommit, Preset } from "./commits.js";

export type Bump = "major" | "minor" | "patch" | "none";

const ORDER: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** A custom rule from the config file; every given field must match. First matching rule wins. */
export interface ReleaseRule {
  type?: string;
  /** Glob on the scope: `*` matches any run of characters, `?` one. */
  scope?: string;
  /** Regular expression tested against the subject. */
  subject?: string;
  /** Match only breaking changes (true) or only non-breaking ones (false). */
  breaking?: boolean;
  release: Bump;
}

export interface Classified {
  change: ParsedCommit;
  bump: Bump;
  /** The rule in words, e.g. `feat: minor`, `breaking change (BREAKING CHANGE footer): major`. */
  rule: string;
  /** ignored: no release; unparseable: not a conventional commit; skipped: [skip release]; reverted: cancelled. */
  status: "bump" | "ignored" | "unparseable" | "skipped" | "reverted";
}

export interface ClassifyOptions {
  preset: Preset;
  rules?: readonly ReleaseRule[];
}

const DEFAULT_TYPES: Record<string, Bump> = { feat: "minor", fix: "patch", perf: "patch", revert: "patch" };

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );
}

/** Compiles custom rules once (regexes), so classification stays linear in the commits. */
export function compileRules(rules: readonly ReleaseRule[]): ((c: ParsedCommit) => { bump: Bump; index: number } | undefined) | undefined {
  if (rules.length === 0) return undefined;
  const compiled = rules.map((r) => ({
    type: r.type?.toLowerCase(),
    scope: r.scope === undefined ? undefined : globToRegExp(r.scope),
    subject: r.subject === undefined ? undefined : new RegExp(r.subject),
    breaking: r.breaking,
    release: r.release,
  }));
  return (c) => {
    for (let i = 0; i < compiled.length; i++) {
      const r = compiled[i] as (typeof compiled)[number];
      if (r.type !== undefined && r.type !== c.type) continue;
      if (r.scope !== undefined && !r.scope.test(c.scope ?? "")) continue;
      if (r.subject !== undefined && !r.subject.test(c.subject)) continue;
      if (r.breaking !== undefined && r.breaking !== c.breaking) continue;
      return { bump: r.release, index: i };
    }
    return undefined;
  };
}

/**
 * Classifies one change. Breaking changes are major under every preset, including `type!:` under
 * angular (semantic-release's angular preset drops the `!`; we do not).
 */
export function classifyChange(c: ParsedCommit, match: ReturnType<typeof compileRules>): Classified {
  if (c.skip) return { change: c, bump: "none", rule: "[skip release] in the message", status: "skipped" };
  // A merge's branch commits are in the range and classified on their own; counting the merge (or
  // the PR title GitHub writes into its body) as well would count the same change twice.
  if (c.merge) return { change: c, bump: "none", rule: "merge commit: its branch's commits count on their own", status: "ignored" };
  if (!c.conventional) {
    // A BREAKING CHANGE footer counts under any header (`v9 (#639)` with two footers was a major).
    if (c.breaking)
      return { change: c, bump: "major", rule: "breaking change (BREAKING CHANGE footer under a non-conventional header): major", status: "bump" };
    if (c.revert) return { change: c, bump: "patch", rule: `revert of "${c.revert.header ?? c.revert.sha ?? "?"}" (outside the range): patch`, status: "bump" };
    return { change: c, bump: "none", rule: `not a conventional commit: ${c.unparseableReason ?? "unknown"}`, status: "unparseable" };
  }
  const custom = match?.(c);
  if (custom)
    return { change: c, bump: custom.bump, rule: `release rule #${custom.index + 1}: ${custom.bump}`, status: custom.bump === "none" ? "ignored" : "bump" };
  if (c.breaking) {
    const how = c.footers.some((f) => /^BREAKING[ -]CHANGE$/.test(f.key)) ? "BREAKING CHANGE footer" : `"${c.type}!"`;
    return { change: c, bump: "major", rule: `breaking change (${how}): major`, status: "bump" };
  }
  const t = c.type as string;
  const bump = DEFAULT_TYPES[t];
  if (bump) {
    const rule = c.revert ? `revert of "${c.revert.header ?? c.revert.sha ?? "?"}" (outside the range): patch` : `${t}: ${bump}`;
    return { change: c, bump, rule, status: "bump" };
  }
  return { change: c, bump: "none", rule: `${t} releases nothing`, status: "ignored" };
}

/** Classifies every change and returns the overall bump. */
export function classifyAll(changes: readonly ParsedCommit[], options: ClassifyOptions): { items: Classified[]; bump: Bump } {
  const match = compileRules(options.rules ?? []);
  let bump: Bump = "none";
  const items: Classified[] = [];
  for (const c of changes) {
    const item = classifyChange(c, match);
    items.push(item);
    if (item.status === "bump") bump = maxBump(bump, item.bump);
  }
  return { items, bump };
}
