/**
 * Parsing commit messages into conventional changes. Pure: a message in, changes out.
 *
 * Hand-written rather than conventional-commits-parser: the parser runs once per commit over the
 * whole range, and the target is the whole command within 2x of `git log`. Measured on the 100k
 * generated messages of bench/version (same process, loaded 2-core machine): conventional-commits-
 * parser@7 `CommitParser.parse` 1.9-2.4 s, `parseCommit(..., { light: true })` 0.37-0.52 s. This
 * parser makes one pass over the lines with anchored regexes, skips whole passes with `includes`
 * checks, and allocates only the change objects.
 *
 * One commit can yield several changes, but only where the message says so: a header that is not
 * conventional (a merge train, `Release train (#12)`) is split into the conventional `* feat: ...`
 * bullets of its body, and release-please's BEGIN_COMMIT_OVERRIDE block replaces the message with
 * one or more messages. Under a conventional header the bullets are the PR's own history and the
 * header decides (a `fix:` squash title over `* feat:` bullets is a patch). A BREAKING CHANGE footer
 * counts wherever it stands, under a header that is not conventional too. Every change keeps the
 * commit's SHA.
 *
 * Shared by version and notes (the release domain): both read a range with this one reader.
 */

/** Commit conventions. Both treat `type!:` and BREAKING CHANGE footers as breaking. */
export type Preset = "conventionalcommits" | "angular";

/** The types the Angular convention allows; anything else is not a conventional commit under it. */
export const ANGULAR_TYPES: ReadonlySet<string> = new Set(["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"]);

/** A reference to an issue or PR in the message (`Closes #45`, `Fixes org/repo#9`, `(#123)`). */
export interface IssueReference {
  /** `closes`, `fixes`, `resolves`... lower-cased; undefined for a bare mention. */
  action: string | undefined;
  owner: string | undefined;
  repo: string | undefined;
  number: number;
}

/** One conventional change (or one unparseable commit). */
export interface ParsedCommit {
  /** Full SHA of the commit the change comes from. */
  sha: string;
  /** The header line as written. */
  header: string;
  /** Lower-cased type (`feat`), or undefined when the header is not conventional. */
  type: string | undefined;
  scope: string | undefined;
  /** The description after `type(scope): `, or the whole header when not conventional. */
  subject: string;
  /** True for `type!:` headers and BREAKING CHANGE / BREAKING-CHANGE footers. */
  breaking: boolean;
  /** The text of BREAKING CHANGE footers (and the subject for a bare `!`). */
  breakingNotes: string[];
  body: string;
  footers: { key: string; value: string }[];
  references: IssueReference[];
  /** PR number from a squash suffix `(#123)` or a merge commit `Merge pull request #123`. */
  pullRequest: number | undefined;
  /** True when the header follows the convention of the preset. */
  conventional: boolean;
  /** Why the header is not conventional, for the explain table. */
  unparseableReason: string | undefined;
  /** Set when this commit reverts another: the reverted header and/or SHA. */
  revert: { header: string | undefined; sha: string | undefined } | undefined;
  /** `[skip release]` or `[release skip]` in the message. */
  skip: boolean;
  /** A `Release-As: X.Y.Z` footer. */
  releaseAs: string | undefined;
  /** Where the change came from: the header, a squash bullet or an override block. */
  source: "header" | "squash-bullet" | "override";
  /** Author, when the caller knows it (filled by the I/O layer). */
  author?: { name: string; email: string } | undefined;
  /**
   * True for a merge commit's default message (`Merge pull request #5 from o/branch`, `Merge branch
   * 'x' into main`, GitHub's `Merge <sha> into <sha>` on refs/pull/N/merge). Its branch commits are in
   * the range and counted on their own, so the merge itself releases nothing; a conventional header
   * in its body (GitHub puts the PR title there) is not parsed again, which would count it twice.
   */
  merge?: boolean | undefined;
  /** The PR number of a `Merge pull request #N` (or Bitbucket's `Merged in x (pull request #N)`) merge. */
  mergedPr?: number | undefined;
}

const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?:: | #)(.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;
/** GitHub's revert title, also squash-merged as a PR (`Revert "x" (#12)`); greedy, so `Revert "Revert "x""` reverts `Revert "x"`. */
const GITHUB_REVERT = /^Revert "(.+)"(?:\s*\(#\d+\))?$/;
const SQUASH_BULLET = /^[*-] +([A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: +\S.*)$/;
const PR_SUFFIX = /\(#(\d+)\)\s*$/;
const MERGE_PR = /^Merge pull request #(\d+)/;
/** Default merge messages of git, GitHub, GitLab and Bitbucket; anchored, so `feat: merge x` is not one. */
const MERGE_HEADER =
  /^(?:Merge (?:pull request #\d+\b|branch(?:es)? '|remote-tracking branch '|tags? '|commit '|[0-9a-f]{7,40} into [0-9a-f]{7,40}$)|Merged in \S+ \(pull request #\d+\))/;
const BITBUCKET_PR = /^Merged in \S+ \(pull request #(\d+)\)/;
const SKIP = /\[(skip release|release skip)\]/i;
const FOOTER_WORDS = /BREAKING[ -]CHANGE|release-as/i;
const REFERENCE = /(?:\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+)?(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi;

/** Options for {@link parseCommit}. */
export interface ParseOptions {
  /** Defaults to conventionalcommits. */
  preset?: Preset;
  /**
   * Skip what only release notes need (issue references, the kept body and footers), for callers
   * that only decide the bump over large ranges. Defaults to false.
   */
  light?: boolean;
}

/**
 * Parses one commit message into its changes: always at least one (the header, conventional or
 * not), plus, under a header that is neither conventional nor a merge or a revert, one per
 * conventional squash bullet in the body. A BEGIN_COMMIT_OVERRIDE block replaces the message first.
 * Never throws.
 */
export function parseCommit(sha: string, message: string, options: ParseOptions = {}): ParsedCommit[] {
  const preset = options.preset ?? "conventionalcommits";
  // Cheap checks first: most messages have no CR and no override block, and skipping the regex
  // passes over them is a measurable part of parsing 100k commits.
  let text = message.includes("\r") ? message.replace(/\r\n/g, "\n") : message;
  let source: ParsedCommit["source"] = "header";
  const override = text.includes("BEGIN_COMMIT_OVERRIDE") ? readOverride(text) : undefined;
  if (override !== undefined) {
    const changes: ParsedCommit[] = [];
    for (const piece of override) changes.push(parseOne(sha, piece, preset, "override", options.light === true));
    if (changes.length > 0) return changes;
    text = message;
  }
  const light = options.light === true;
  const head = parseOne(sha, text, preset, source, light);
  const out = [head];
  // A conventional header decides: bullets under it are the PR's own commits (its history), which
  // the squash title sums up. Only a header that is not conventional (a merge train such as
  // `Release train (#12)`) is split into its conventional bullets. Footers in the body were read
  // with the header, so a BREAKING CHANGE footer there still counts.
  if (head.merge || head.conventional || head.revert) return out;
  const body = light ? bodyOf(text) : head.body;
  if (body.includes("* ") || body.includes("- ")) {
    source = "squash-bullet";
    for (const line of body.split("\n")) {
      if (line.charCodeAt(0) !== 42 && line.charCodeAt(0) !== 45) continue;
      const m = SQUASH_BULLET.exec(line);
      if (!m) continue;
      const bullet = parseOne(sha, m[1] as string, preset, source, light);
      if (bullet.conventional) out.push(bullet);
    }
  }
  return out;
}

/**
 * The lower-cased type of a message that {@link parseCommit} reads as exactly one plain change (a
 * conventional header under `preset`, no `!`, no BREAKING CHANGE footer, no override block, not a
 * revert), or undefined when only parseCommit can tell. Such a change matters to a caller that
 * drops its type only as a target a revert may name (by SHA or header): with no revert pending, the
 * caller can skip parseCommit. On the 100k-commit notes benchmark that skips 62,500 of 100,000
 * parses, about 40 ms and their garbage; a test holds this check to parseCommit over varied histories.
 */
export function plainChangeType(message: string, preset: Preset = "conventionalcommits"): string | undefined {
  // Everything that could add a change, make one breaking or a revert, or change the header: an
  // override block, a footer, a CR (parseCommit normalises line ends first).
  if (message.includes("BREAKING") || message.includes("BEGIN_COMMIT_OVERRIDE") || message.includes("\r")) return undefined;
  const nl = message.indexOf("\n");
  const m = HEADER.exec((nl === -1 ? message : message.slice(0, nl)).trim());
  if (!m || m[3] === "!") return undefined;
  const type = (m[1] as string).toLowerCase();
  if (type === "revert" || (preset === "angular" && !ANGULAR_TYPES.has(type))) return undefined;
  return type;
}

/** The standard types release-please splits an override on (a blank line, then one of these). */
const OVERRIDE_SPLIT = /\n\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?!?: )/;
const HEADER_LINE = /^[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: +\S/;

/**
 * The messages of a `BEGIN_COMMIT_OVERRIDE` ... `END_COMMIT_OVERRIDE` block, read as release-please
 * reads it (src/commit.ts, `splitMessages`): the text between the markers, trimmed; each
 * `BEGIN_NESTED_COMMIT` ... `END_NESTED_COMMIT` block is a message of its own, and the rest splits at a
 * blank line followed by a conventional header. One addition: consecutive header lines at the top of a
 * piece (`feat: a\nfix: b`, the way people list changes) are one message each, where release-please
 * would read the second as the body of the first. Undefined when there is no block; an empty block
 * gives no message (the caller then reads the commit itself).
 */
function readOverride(text: string): string[] | undefined {
  const start = text.indexOf("BEGIN_COMMIT_OVERRIDE");
  const end = text.indexOf("END_COMMIT_OVERRIDE", start);
  if (start === -1 || end === -1) return undefined;
  let rest = text.slice(start + "BEGIN_COMMIT_OVERRIDE".length, end).trim();
  const messages: string[] = [];
  const nested = rest.split("BEGIN_NESTED_COMMIT");
  rest = nested.shift() ?? "";
  for (const part of nested) {
    const [inner = "", ...after] = part.split("END_NESTED_COMMIT");
    messages.push(inner.trim());
    rest += after.join("END_NESTED_COMMIT");
  }
  const pieces: string[] = [];
  for (const piece of rest.trim().split(OVERRIDE_SPLIT)) {
    const lines = piece.trim().split("\n");
    let i = 0;
    while (i + 1 < lines.length && HEADER_LINE.test(lines[i] as string) && HEADER_LINE.test(lines[i + 1] as string)) pieces.push((lines[i++] as string).trim());
    pieces.push(lines.slice(i).join("\n").trim());
  }
  return [...pieces, ...messages].filter((m) => m !== "");
}

/**
 * The header a `revert:` subject names: `revert: "feat: x"` and `revert: Revert "feat: x"` (release
 * tools write both) revert `feat: x`; a stray quote left by a cut title is dropped.
 */
function revertedHeaderOf(subject: string): string {
  const gh = GITHUB_REVERT.exec(subject);
  if (gh) return gh[1] as string;
  const quoted = /^"(.*)"$/.exec(subject);
  return quoted ? (quoted[1] as string) : subject;
}

function flatten(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** Shared empty list for the many commits without footers or references (frozen: never mutate). */
const NONE = Object.freeze([]) as unknown as never[];

/** The body after the header line, without leading blank lines or trailing whitespace. */
function trimBody(message: string, start: number): string {
  let i = start;
  while (message.charCodeAt(i) === 10) i++;
  return message.slice(i).trimEnd();
}

function bodyOf(message: string): string {
  const nl = message.indexOf("\n");
  return nl === -1 ? "" : message.slice(nl + 1);
}

function parseOne(sha: string, message: string, preset: Preset, source: ParsedCommit["source"], light = false): ParsedCommit {
  const nl = message.indexOf("\n");
  // A substring keeps its whole parent alive in V8 (a "sliced string"): copying the header lets the
  // full message be collected once parsed, which is most of the memory on large ranges.
  const header = flatten((nl === -1 ? message : message.slice(0, nl)).trim());
  const body = nl === -1 ? "" : trimBody(message, nl + 1);
  const m = HEADER.exec(header);
  let type: string | undefined;
  let scope: string | undefined;
  let subject = header;
  let bang = false;
  let unparseableReason: string | undefined;
  if (m) {
    type = (m[1] as string).toLowerCase();
    scope = m[2] === undefined || m[2] === "" ? undefined : m[2];
    bang = m[3] === "!";
    subject = m[4] as string;
    if (preset === "angular" && !ANGULAR_TYPES.has(type)) {
      unparseableReason = `type "${type}" is not an Angular type`;
      type = undefined;
    }
  } else {
    unparseableReason = header === "" ? "empty message" : "header is not type(scope): subject";
  }
  const footers: { key: string; value: string }[] = [];
  const breakingNotes: string[] = [];
  let releaseAs: string | undefined;
  // Light parsing keeps only BREAKING CHANGE and Release-As footers: skip the footer pass when
  // neither word occurs.
  if (body !== "" && (body.includes(": ") || body.includes(" #")) && (!light || FOOTER_WORDS.test(body))) {
    // Footers are the trailing paragraph's `Key: value` lines; a BREAKING CHANGE note may span lines.
    const paragraphs = body.split(/\n\s*\n/);
    for (const para of paragraphs) {
      const lines = para.split("\n");
      let current: { key: string; value: string } | undefined;
      for (const line of lines) {
        const f = FOOTER.exec(line);
        if (f && (current !== undefined || lines[0] === line)) {
          current = { key: f[1] as string, value: (f[2] as string).trim() };
          footers.push(current);
        } else if (current && BREAKING_FOOTER.test(current.key)) {
          current.value += `\n${line}`;
        } else {
          current = undefined;
        }
      }
    }
    for (const f of footers) {
      if (BREAKING_FOOTER.test(f.key)) breakingNotes.push(f.value.trim());
      else if (/^release-as$/i.test(f.key)) releaseAs = f.value.trim();
    }
  }
  // A BREAKING CHANGE footer counts wherever it stands, under a header that is not conventional too
  // (`v9 (#639)` with BREAKING CHANGE footers was a major release).
  const breaking = (type !== undefined && bang) || breakingNotes.length > 0;
  if (type !== undefined && bang && breakingNotes.length === 0) breakingNotes.push(subject);
  let revert: ParsedCommit["revert"];
  const gh = GITHUB_REVERT.exec(header);
  if (type === "revert" || gh) {
    const shaMatch = REVERTS_SHA.exec(body);
    revert = { header: gh ? gh[1] : type === "revert" ? revertedHeaderOf(subject) : undefined, sha: shaMatch ? shaMatch[1] : undefined };
  }
  const prSuffix = PR_SUFFIX.exec(header);
  const isMerge = type === undefined && header.startsWith("Merge") && MERGE_HEADER.test(header);
  const merge = MERGE_PR.exec(header) ?? (isMerge ? BITBUCKET_PR.exec(header) : null);
  const references: IssueReference[] = [];
  if (!light && (header.includes("#") || body.includes("#"))) {
    for (const r of `${header}\n${body}`.matchAll(REFERENCE)) {
      references.push({ action: r[1]?.toLowerCase(), owner: r[2], repo: r[3], number: Number(r[4]) });
    }
  }
  return {
    sha,
    header,
    type,
    scope,
    subject,
    breaking,
    breakingNotes: breakingNotes.length === 0 ? NONE : breakingNotes,
    body: light ? "" : body,
    footers: light ? (breakingNotes.length > 0 ? footers.filter((f) => BREAKING_FOOTER.test(f.key)) : NONE) : footers,
    references: references.length === 0 ? NONE : references,
    pullRequest: prSuffix ? Number(prSuffix[1]) : merge ? Number(merge[1]) : undefined,
    conventional: type !== undefined,
    unparseableReason: isMerge ? "merge commit" : type === undefined && !gh ? unparseableReason : undefined,
    revert,
    skip: (header.includes("[") && SKIP.test(header)) || (body.includes("[") && SKIP.test(body)),
    releaseAs,
    source,
    ...(isMerge ? { merge: true, mergedPr: merge ? Number(merge[1]) : undefined } : {}),
  };
}

/** The revert matcher lives in ./reverts.ts; re-exported for existing callers. */
export { cancelReverts } from "./reverts.js";
