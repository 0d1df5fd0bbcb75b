/**
 * Tags <-> versions and the next version: 0.x rules, pre-release channels with correct counting,
 * promotion of a pre-release line, maintenance branches that stay in their range and take the next
 * free patch, and the manual overrides. Pure.
 */
import semver from "semver";
import type { Bump } from "./classify.js";

/** A release tag that parsed as a version with the prefix. */
export interface TaggedVersion {
  tag: string;
  version: string;
}

/**
 * Splits tags into versions with `prefix` and the tags that look like versions but are not valid
 * semver (`v1.2`, `v01.2.3`): those are ignored, and returned so the caller can warn once.
 * Tags with another prefix are not ours and not reported.
 */
export function parseTags(tags: readonly string[], prefix: string): { versions: TaggedVersion[]; invalid: string[] } {
  const versions: TaggedVersion[] = [];
  const invalid: string[] = [];
  for (const tag of tags) {
    if (!tag.startsWith(prefix)) continue;
    const rest = tag.slice(prefix.length);
    if (!/^\d/.test(rest)) continue;
    const v = semver.valid(rest);
    // semver.valid accepts "1.2.3" only in strict form; "01.2.3" and "1.2" come back null.
    if (v !== null && v === rest) versions.push({ tag, version: v });
    else invalid.push(tag);
  }
  return { versions, invalid };
}

/** The highest version, optionally only stable ones or only within a range. */
export function highest(versions: readonly TaggedVersion[], filter: { stableOnly?: boolean; range?: string } = {}): TaggedVersion | undefined {
  let best: TaggedVersion | undefined;
  for (const v of versions) {
    if (filter.stableOnly && semver.prerelease(v.version)) continue;
    if (filter.range && !semver.satisfies(v.version, filter.range, { includePrerelease: true })) continue;
    if (!best || semver.gt(v.version, best.version)) best = v;
  }
  return best;
}

/** What kind of branch we release from. */
export type BranchKind =
  | { kind: "release" }
  | { kind: "prerelease"; channel: string }
  /** `1.x` -> range ">=1.0.0 <2.0.0"; `1.4.x` -> ">=1.4.0 <1.5.0". */
  | { kind: "maintenance"; range: string; name: string };

/** Branch configuration: which branches release, which are pre-release channels. */
export interface BranchConfig {
  /** Stable release branches. Default: main, master. */
  release: readonly string[];
  /** Pre-release branches and their channel names. Default: beta -> beta, alpha -> alpha, next -> next, rc -> rc. */
  prerelease: Readonly<Record<string, string>>;
}

export const DEFAULT_BRANCHES: BranchConfig = {
  release: ["main", "master"],
  prerelease: { beta: "beta", alpha: "alpha", next: "next", rc: "rc" },
};

/**
 * The kind of a branch. Maintenance branches are recognised by name (`1.x`, `1.4.x`, `v1.x`);
 * unknown branches are undefined (they preview, but do not release).
 */
export function branchKind(branch: string | undefined, config: BranchConfig = DEFAULT_BRANCHES): BranchKind | undefined {
  if (branch === undefined) return undefined;
  if (config.release.includes(branch)) return { kind: "release" };
  const channel = config.prerelease[branch];
  if (channel) return { kind: "prerelease", channel };
  const m = /^v?(\d+)\.(?:(\d+)\.)?x$/.exec(branch);
  if (m) {
    const major = Number(m[1]);
    if (m[2] === undefined) return { kind: "maintenance", range: `>=${major}.0.0 <${major + 1}.0.0`, name: branch };
    const minor = Number(m[2]);
    return { kind: "maintenance", range: `>=${major}.${minor}.0 <${major}.${minor + 1}.0`, name: branch };
  }
  return undefined;
}

export interface NextVersionInput {
  /** Highest reachable release (any kind) and highest reachable stable release. */
  lastRelease: TaggedVersion | undefined;
  lastStable: TaggedVersion | undefined;
  /** The bump the commits call for (since the last stable release). */
  bump: Bump;
  /** The bump the commits since the last release of any kind call for (pre-release counting). */
  bumpSinceLast: Bump;
  /** Every version with our prefix in the repository (reachable or not), to find free numbers. */
  allVersions: readonly TaggedVersion[];
  branch: BranchKind;
  /** `initial-version`, used when no release exists. */
  initialVersion: string;
  /** Manual override: `auto` reads the commits. */
  overrideBump: "auto" | "patch" | "minor" | "major" | "prerelease" | "none";
  /** Manual exact version (input or a Release-As footer). */
  overrideVersion: string | undefined;
  /** Where the exact version came from, for messages: `input "version"` or `Release-As footer in abc1234`. */
  overrideSource?: string;
  /** Pre-release channel from an input; wins over the branch's channel. */
  channel: string | undefined;
  /** While the major is 0, a breaking change bumps the minor (default true). */
  zeroMajorBreakingIsMinor: boolean;
  tagPrefix: string;
}

export interface NextVersion {
  /** The next version, or the current one when nothing releases ('' when there is none). */
  version: string;
  releaseType: "major" | "minor" | "patch" | "prerelease" | "none";
  released: boolean;
  prerelease: boolean;
  /** Why, in a sentence, for the summary. */
  reason: string;
  /** Problems with the overrides; non-empty means the caller must fail with these. */
  errors: string[];
  /** Notes worth a warning (a bump clamped into a maintenance range, ...). */
  notes: string[];
}

function inc(version: string, bump: Exclude<Bump, "none">): string {
  return semver.inc(version, bump) as string;
}

/** Computes the next version. Pure and total: problems come back in `errors`. */
export function computeNextVersion(input: NextVersionInput): NextVersion {
  const notes: string[] = [];
  const current = input.lastRelease?.version ?? "";
  const used = new Set(input.allVersions.map((v) => v.version));
  const none = (reason: string): NextVersion => ({
    version: current,
    releaseType: "none",
    released: false,
    prerelease: current !== "" && semver.prerelease(current) !== null,
    reason,
    errors: [],
    notes,
  });

  // An exact version (input or Release-As) wins, once validated.
  if (input.overrideVersion !== undefined) {
    const want = input.overrideVersion.replace(new RegExp(`^${escapeRe(input.tagPrefix)}`), "");
    const errors: string[] = [];
    const source = input.overrideSource ?? 'input "version"';
    if (semver.valid(want) !== want) errors.push(`${source} must be a semantic version like 1.4.0; got "${input.overrideVersion}"`);
    else {
      if (input.lastRelease && !semver.gt(want, input.lastRelease.version))
        errors.push(`${source} ${want} is not greater than the last release ${input.lastRelease.version} (${input.lastRelease.tag})`);
      if (used.has(want)) errors.push(`${source} ${want} is already tagged (${input.tagPrefix}${want}); choose an unused version`);
      if (input.branch.kind === "maintenance" && !semver.satisfies(want, input.branch.range))
        errors.push(`${source} ${want} is outside the maintenance branch ${input.branch.name} (${input.branch.range})`);
    }
    if (errors.length > 0) return { ...none("invalid override"), errors };
    const pre = semver.prerelease(want) !== null;
    return {
      version: want,
      releaseType: pre ? "prerelease" : releaseTypeBetween(current, want),
      released: true,
      prerelease: pre,
      reason: `exact version from ${source}`,
      errors: [],
      notes,
    };
  }

  let bump: Bump = input.overrideBump === "auto" || input.overrideBump === "prerelease" ? input.bump : input.overrideBump;
  if (input.overrideBump === "none") return none('bump "none" was requested');
  if (input.overrideBump === "prerelease" && bump === "none") bump = "patch";

  const channel =
    input.channel ?? (input.branch.kind === "prerelease" ? input.branch.channel : undefined) ?? (input.overrideBump === "prerelease" ? "rc" : undefined);

  // No release yet: the initial version.
  if (!input.lastStable && !input.lastRelease) {
    if (bump === "none" && input.overrideBump === "auto") return none("no release yet and no commit calls for one");
    const base = input.initialVersion;
    if (channel) return prereleaseOf(base, channel, used, "first release", notes);
    return {
      version: base,
      releaseType: bump === "none" ? "patch" : bump,
      released: true,
      prerelease: false,
      reason: `first release (initial-version ${base})`,
      errors: [],
      notes,
    };
  }

  const stable = input.lastStable?.version ?? "0.0.0";
  if (semver.major(stable) === 0 && bump === "major" && input.zeroMajorBreakingIsMinor && input.overrideBump === "auto") {
    bump = "minor";
    notes.push("0.x: a breaking change bumps the minor; 1.0.0 comes only from an explicit override");
  }

  if (channel) {
    if (bump === "none") return none("no commit since the last release calls for one");
    const base = inc(stable, bump);
    // Commits since the last pre-release decide whether a new number is needed at all.
    if (input.bumpSinceLast === "none" && input.lastRelease && semver.prerelease(input.lastRelease.version) && input.overrideBump === "auto") {
      return none("no commit since the last pre-release calls for one");
    }
    return prereleaseOf(base, channel, used, `${bump} since ${input.lastStable?.tag ?? "the start"}`, notes);
  }

  if (bump === "none") return none("no commit since the last release calls for one");
  let next = inc(stable, bump);
  if (input.branch.kind === "maintenance") {
    const range = input.branch.range;
    if (!semver.satisfies(next, range)) {
      const clamped = (["minor", "patch"] as const).find((b) => semver.satisfies(inc(stable, b), range));
      if (!clamped)
        return {
          ...none("outside the maintenance range"),
          errors: [`the next version ${next} is outside the maintenance branch ${input.branch.name} (${range}); release it from a newer branch`],
        };
      notes.push(`${bump} changes on ${input.branch.name} are released as ${clamped}: the branch only releases within ${range}`);
      bump = clamped;
      next = inc(stable, bump);
    }
    // Another branch may have taken the number already: take the next free patch (semantic-release fails here).
    while (used.has(next) && semver.satisfies(inc(next, "patch"), range)) next = inc(next, "patch");
    if (used.has(next)) return { ...none("no free version in range"), errors: [`every version in ${range} after ${stable} is taken`] };
  } else if (used.has(next)) {
    return {
      ...none("version already tagged"),
      errors: [`${input.tagPrefix}${next} already exists but is not reachable from HEAD; fetch the history (fetch-depth: 0) or merge the branch that has it`],
    };
  }
  const promoted = input.lastRelease && semver.prerelease(input.lastRelease.version) ? ` (promotes ${input.lastRelease.version})` : "";
  return {
    version: next,
    releaseType: bump,
    released: true,
    prerelease: false,
    reason: `${bump} since ${input.lastStable?.tag ?? "the start"}${promoted}`,
    errors: [],
    notes,
  };
}

function prereleaseOf(base: string, channel: string, used: ReadonlySet<string>, why: string, notes: string[]): NextVersion {
  let n = 1;
  for (const v of used) {
    const pre = semver.prerelease(v);
    if (!pre || `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}` !== base || pre[0] !== channel) continue;
    const num = typeof pre[1] === "number" ? pre[1] : 0;
    n = Math.max(n, num + 1);
  }
  const version = `${base}-${channel}.${n}`;
  return { version, releaseType: "prerelease", released: true, prerelease: true, reason: `${why}, ${channel} channel`, errors: [], notes };
}

function releaseTypeBetween(from: string, to: string): "major" | "minor" | "patch" {
  if (!from) return "major";
  const d = semver.diff(from, to);
  return d === "major" || d === "premajor" ? "major" : d === "minor" || d === "preminor" ? "minor" : "patch";
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
