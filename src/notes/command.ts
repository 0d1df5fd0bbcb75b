/**
 * The `notes` command: reads the range from git (streamed), renders with the core, then publishes.
 * Every write checks what exists first, so a re-run after a partial failure finishes the job: the
 * tag is reused when it exists, the release updated, the CHANGELOG section replaced.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import semver from "semver";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { ConfigError, InputError } from "../kernel/errors.js";
import { count } from "../kernel/format.js";
import { ensureDirectory, expandGlobs } from "../kernel/files.js";
import type { Git } from "../kernel/git.js";
import { isAlreadyExists, optionalWrite } from "../kernel/github/index.js";
import type { InputValues } from "../kernel/inputs.js";
import { type ParsedCommit, parseCommit, plainChangeType } from "../release/core/commits.js";
import { findLastRelease } from "../release/last-release.js";
import { streamLog } from "../release/log.js";
import { readNextRelease } from "../release/next-release.js";
import { checkVersion } from "../release/core/version-input.js";
import { branchKind } from "../version/core/next-version.js";
import { TagConflictError, writeReleaseTag } from "../release/tags.js";
import { ensureFullHistory, openRepository, resolveRepoPath } from "../release/repository.js";
import { findBadVersionHeadings, upsertChangelogSection } from "./core/changelog.js";
import { createNotesCollector } from "./core/collect.js";
import { type Contributor, DEFAULT_VISIBLE, fitReleaseBody, mergeKeepBlocks, renderNotes, SECTION_ORDER } from "./core/render.js";
import { computeMergedPullRequests, inheritHeaderPullRequest, linkPullRequests, parseMergedPr, type RangeCommit } from "./core/pull-requests.js";
import { parseSectionConfig, parseSectionOrder } from "./core/sections.js";
import { checkTemplate, HEADER_FIELDS, renderTemplate } from "./core/template.js";
import { notesSpec } from "./inputs.js";

type Inputs = InputValues<typeof notesSpec.inputs>;

async function resolveRef(git: Git, input: string, ref: string): Promise<string> {
  const sha = await git.revParse(ref);
  if (!sha)
    throw new InputError({
      input,
      problem: `names "${ref}", which is not a tag, branch or commit in this repository. Check the name, or fetch the tags (fetch-depth: 0)`,
    });
  return sha;
}

/**
 * The version and tag from the inputs, checked: undefined when neither is given (the next version
 * is then computed as version computes it). A version that is not semver is refused before
 * anything is read or written: `1.2` used to land in CHANGELOG.md as `## 1.2` and break the next run.
 */
function names(inputs: Inputs): { version: string; tag: string } | undefined {
  const prefix = inputs["tag-prefix"];
  let version = inputs.version?.replace(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), "");
  const tag = inputs.tag ?? (version ? `${prefix}${version}` : undefined);
  if (!version && tag) version = tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
  if (!version || !tag) return undefined;
  const bad = checkVersion(version);
  if (bad) {
    throw new InputError(
      inputs.version
        ? { input: "version", problem: `${bad}. Pass the version action's "version" output` }
        : {
            input: "tag",
            problem: `names version "${version}" after the prefix "${prefix}", which ${bad.replace(/; got .*$/, "")}. Pass a release tag like ${prefix}1.4.0, or set tag-prefix`,
          },
    );
  }
  if (tag !== `${prefix}${version}`) {
    throw new InputError({
      input: "tag",
      problem: `"${tag}" does not match version "${version}" with tag-prefix "${prefix}" (expected "${prefix}${version}"). Pass matching values, or set tag-prefix`,
    });
  }
  return { version, tag };
}

/**
 * No version given: the next version, computed by the release domain exactly as `shipline version`
 * computes it on this branch with its defaults, so the notes preview the coming release.
 */
async function computeNames(
  git: Git,
  ctx: CommandContext,
  inputs: Inputs,
  toSha: string,
  pathFromTop: string | undefined,
): Promise<{ version: string; tag: string }> {
  const head = await git.revParse("HEAD");
  if (head !== toSha)
    throw new InputError({
      input: "version",
      problem: `is required when "to" is not HEAD ("${inputs.to}"): the next version is computed at HEAD. Pass the version action's outputs, e.g. version: \${{ steps.version.outputs.version }}`,
    });
  const prefix = inputs["tag-prefix"];
  const branch = await git.currentBranch();
  const { next, state } = await readNextRelease(git, {
    preset: inputs.preset,
    rules: [],
    tagPrefix: prefix,
    path: pathFromTop,
    branch: branchKind(branch) ?? { kind: "release" },
    initialVersion: "1.0.0",
    overrideBump: "auto",
    overrideVersion: undefined,
    channel: undefined,
    zeroMajorBreakingIsMinor: true,
    maxItems: 0,
  });
  if (next.errors.length > 0)
    throw new InputError({ input: "version", problem: `is not set, and the next version cannot be computed: ${next.errors.join("; ")}. Pass the version` });
  if (!next.released)
    throw new InputError({
      input: "version",
      problem: `is not set, and no commit since ${state.lastRelease?.tag ?? "the start"} calls for a release (${next.reason}), so there is no next version to write notes for. Pass the version to write them anyway`,
    });
  ctx.runtime.log.info(`No version given: the next version is ${next.version} (${next.reason}), as shipline version computes it.`);
  return { version: next.version, tag: `${prefix}${next.version}` };
}

interface Range {
  /** The changes the notes show, newest first: reverts cancelled, duplicates collapsed (see createNotesCollector). */
  changes: ParsedCommit[];
  /**
   * The excluded commits just below the range (`git log --boundary`). `from` is among them exactly
   * when it is an ancestor of `to`, which answers "is to after from?" without a second history walk.
   */
  boundary: string[];
  /** Commits read (with `path`: the commits touching it). */
  commits: number;
  /** Authors by lower-cased email, oldest first once reversed (the log is newest first). */
  authors: Map<string, { name: string; email: string }>;
  /** PRs merged with a merge commit in the range (with `path`: those that brought in a commit touching it). */
  mergedPrs: Set<number>;
}

/**
 * Streams the range (the release domain's one log reader) into the notes collector, a pure core
 * like version's change planner: it keeps what the notes render, cancels reverts with the one
 * revert matcher version uses, and collapses duplicates. Authors are noted on the way.
 *
 * PR merge commits are noted while streaming; only when there is one is the commit graph read
 * (readMergedPullRequests), so squash-merge histories pay nothing for it: keeping every commit's
 * parents during the log cost 80 MB more peak memory on the 100k-commit benchmark. With `inPath`,
 * the log still walks the whole range, so merges that touch no file under the path still link their
 * branch commits, but only commits in `inPath` give changes and authors.
 */
/** The type of a conventional header, read without parsing the message. */
const TYPE_OF = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?!?: /;

async function readRange(
  git: Git,
  from: string | undefined,
  to: string,
  inputs: Inputs,
  visible: ReadonlySet<string>,
  typeMap: Readonly<Record<string, string>>,
  inPath: ReadonlySet<string> | undefined,
): Promise<Range> {
  const collector = createNotesCollector({ visible, typeMap });
  const wantedType = (type: string) => {
    const lower = type.toLowerCase();
    return lower === "revert" || visible.has(typeMap[lower] ?? lower);
  };
  const authors = new Map<string, { name: string; email: string }>();
  let lastAuthor: string | undefined;
  const prMerges = new Map<string, number>();
  let commits = 0;
  const boundary: string[] = [];
  await streamLog(git, { revs: [from ? `${from}..${to}` : to], boundary: from !== undefined, authors: true }, (commit) => {
    const { sha, message } = commit;
    if (commit.boundary) {
      boundary.push(sha);
      return;
    }
    if (message.startsWith("Merge")) {
      const nl = message.indexOf("\n");
      const pr = parseMergedPr(nl === -1 ? message : message.slice(0, nl));
      if (pr !== undefined) prMerges.set(sha, pr);
    }
    if (inPath && !inPath.has(sha)) return;
    commits++;
    const key = commit.authorEmail.toLowerCase();
    // Re-set so the Map's order ends with the oldest appearance of each author. In a run of commits
    // by one author (the rule) the entry is already last: a delete and a set per commit was 10 ms
    // of the 100k-commit benchmark (a Map compacts its deleted entries), so only a change is stored.
    if (key !== lastAuthor) {
      authors.delete(key);
      authors.set(key, { name: commit.authorName, email: commit.authorEmail });
      lastAuthor = key;
    } else {
      const known = authors.get(key) as { name: string; email: string };
      if (known.name !== commit.authorName || known.email !== commit.authorEmail) authors.set(key, { name: commit.authorName, email: commit.authorEmail });
    }
    // A plain change of a hidden type matters only as a target of a revert: with none pending,
    // the collector would drop it, so it is not parsed at all.
    const plain = plainChangeType(message, inputs.preset);
    if (plain !== undefined && !collector.wantsPlain(plain)) return;
    // Else a commit of a hidden type is only matched against pending reverts: parse it light (no
    // references, body or footers), which is most of the parsing time on large ranges. A breaking
    // one (`chore!:`, a BREAKING CHANGE footer) is listed, so it is read in full, references too.
    const t = TYPE_OF.exec(message);
    const light = t !== null && !t[0].endsWith("!: ") && !message.includes("BREAKING") && !wantedType(t[1] as string);
    for (const c of inheritHeaderPullRequest(parseCommit(sha, message, { preset: inputs.preset, light }))) collector.add(c);
  });
  const changes = collector.finish();
  const mergedPrOf = prMerges.size > 0 ? await readMergedPullRequests(git, from, to, prMerges) : new Map<string, number>();
  const mergedPrs = new Set<number>();
  if (!inPath) for (const pr of prMerges.values()) mergedPrs.add(pr);
  else for (const sha of inPath) if (mergedPrOf.has(sha)) mergedPrs.add(mergedPrOf.get(sha) as number);
  return { changes: linkPullRequests(changes, mergedPrOf), commits, authors, boundary, mergedPrs };
}

/**
 * Reads the range's commit graph (`git rev-list --parents`, no messages) and maps each commit a PR
 * merge brought in to the PR (computeMergedPullRequests). `prMerges`: merge SHA -> PR number.
 */
async function readMergedPullRequests(git: Git, from: string | undefined, to: string, prMerges: ReadonlyMap<string, number>): Promise<Map<string, number>> {
  const graph: RangeCommit[] = [];
  await git.stream(
    ["rev-list", "--parents", from ? `${from}..${to}` : to],
    (record) => {
      const line = record.trim();
      if (line === "") return;
      const [sha, ...parents] = line.split(" ") as [string, ...string[]];
      graph.push({ sha, parents, mergedPr: prMerges.get(sha) });
    },
    10,
  );
  return computeMergedPullRequests(graph);
}

/** Authors (the first 100) checked for an earlier commit; the rest are not marked first-time. */
const MAX_FIRST_TIME_CHECKS = 100;

async function contributorsOf(git: Git, range: Range, from: string | undefined): Promise<Contributor[]> {
  const people: Contributor[] = [...range.authors.values()].reverse().map((a) => ({ name: a.name, email: a.email, firstTime: !from }));
  // First-time contributors: no commit before the range. One walk of the history below it for all
  // authors at once, stopped as soon as each has shown up: a lookup per author walked the whole
  // history for every first-time author (20 new authors above a 100k-commit history: 9.7 s, now 0.75 s).
  // git matches the --author patterns against the identity as .mailmap maps it (log.mailmap, on by
  // default) or as written: both are printed, so either counts as git counted it.
  if (from) {
    const checked = people.slice(0, MAX_FIRST_TIME_CHECKS);
    const unseen = new Set(checked.map((c) => `<${c.email}>`));
    try {
      if (unseen.size > 0) {
        const authorArgs = [...unseen].map((p) => `--author=${p}`);
        await git.stream(
          ["log", "--format=%an <%ae>%x09%aN <%aE>", "--fixed-strings", ...authorArgs, from],
          (ident) => {
            for (const p of unseen) if (ident.includes(p)) unseen.delete(p);
            return unseen.size > 0;
          },
          10,
        );
      }
      for (const c of checked) c.firstTime = unseen.has(`<${c.email}>`);
    } catch {
      // As when each author was looked up on its own: an unreadable history marks nobody.
      for (const c of checked) c.firstTime = false;
    }
  }
  return people;
}

/** Compare pages read at most (100 commits each) before the remaining authors stay plain names. */
const MAX_COMPARE_PAGES = 50;
const COMPARE_PAGE = 100;
/** `12345+login@users.noreply.github.com` (and the older `login@users.noreply.github.com`) name the login. */
const NOREPLY = /^(?:\d+\+)?([A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?)@users\.noreply\.github\.com$/i;

type CompareCommit = { sha: string; commit: { author: { email?: string } | null }; author: { login?: string } | null };

/**
 * Resolves authors to GitHub logins: noreply addresses offline, then the compare API one page of
 * 100 commits at a time (the first page alone holds at most 250 commits, so a big release used to
 * leave most authors unresolved), stopping as soon as every author is known. `logins` caches the
 * answers by lower-cased email for the run: each page fills it with every author it lists. A first
 * release has no `from`: the compare then starts at the root commit, whose own author is looked up
 * separately if still unknown. A failure leaves the plain names (the notes do not need logins).
 */
async function resolveLogins(
  ctx: CommandContext,
  git: Git,
  from: string | undefined,
  to: string,
  people: Contributor[],
  logins: Map<string, string>,
): Promise<void> {
  const missing = () => people.filter((p) => !logins.has(p.email.toLowerCase()));
  for (const p of people) {
    const m = NOREPLY.exec(p.email);
    if (m) logins.set(p.email.toLowerCase(), m[1] as string);
  }
  try {
    if (missing().length > 0 && ctx.hasToken()) {
      const base = from ?? (await git.run(["rev-list", "--max-parents=0", to])).split("\n")[0]?.trim();
      if (base && base !== to) {
        for (let page = 1; page <= MAX_COMPARE_PAGES && missing().length > 0; page++) {
          const { commits } = (await ctx.github().repository.compare(base, to, page, COMPARE_PAGE)) as { commits: CompareCommit[] };
          for (const c of commits) {
            const email = c.commit.author?.email?.toLowerCase();
            if (email && c.author?.login && !logins.has(email)) logins.set(email, c.author.login);
          }
          if (commits.length < COMPARE_PAGE) break;
          if (page === MAX_COMPARE_PAGES) ctx.runtime.log.debug(`Stopped resolving logins after ${page * COMPARE_PAGE} commits.`);
        }
      }
      // The compare excludes its base: on a first release that is the root commit.
      if (!from && base) {
        const rootAuthor = (await git.run(["log", "-1", "--format=%ae", base])).trim().toLowerCase();
        if (missing().some((p) => p.email.toLowerCase() === rootAuthor)) {
          const root = (await ctx.github().repository.getCommit(base)) as CompareCommit;
          if (root.author?.login) logins.set(rootAuthor, root.author.login);
        }
      }
    }
  } catch (e) {
    ctx.runtime.log.debug(`Could not resolve contributors' logins: ${(e as Error).message}`);
  }
  for (const p of people) p.login = logins.get(p.email.toLowerCase());
}

/**
 * The branch being released: the run's branch (`GITHUB_REF`), else the repository's default branch
 * from the event, else the checked-out branch. The CHANGELOG is committed there, after the tag.
 */
async function releaseBranch(ctx: CommandContext, git: Git): Promise<string | undefined> {
  if (ctx.context.refName && ctx.context.ref?.startsWith("refs/heads/")) return ctx.context.refName;
  const repo = ctx.context.payload.repository as { default_branch?: unknown } | undefined;
  if (typeof repo?.default_branch === "string" && repo.default_branch) return repo.default_branch;
  return git.currentBranch();
}

function repoUrl(ctx: CommandContext): string | undefined {
  const r = ctx.context.repository;
  return r ? `${ctx.context.serverUrl}/${r.owner}/${r.repo}` : undefined;
}

async function writeChangelog(
  inputs: Inputs,
  ctx: CommandContext,
  cwd: string,
  version: string,
  section: string,
): Promise<{ path: string; content: string; changed: boolean; version: string; section: string } | undefined> {
  if (!inputs.changelog || /^(none|false)$/i.test(inputs.changelog)) return undefined;
  const path = resolve(cwd, inputs.changelog);
  let existing: string | undefined;
  try {
    existing = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT")
      throw new InputError({ input: "changelog", problem: `names "${inputs.changelog}", which cannot be read (${code}). Point it at a writable file` });
  }
  const bad = existing === undefined ? [] : findBadVersionHeadings(existing);
  if (bad.length > 0)
    throw new InputError(
      bad.map((h) => ({
        input: "changelog",
        problem: `names "${inputs.changelog}", whose heading on line ${h.line} ("${h.heading}") has version "${h.version}", which ${h.problem.replace(/; got .*$/, "")}. Fix the heading (e.g. ## ${h.version.split(".").concat("0", "0").slice(0, 3).join(".")}); nothing was written`,
      })),
    );
  const update = upsertChangelogSection(existing, version, section);
  if (update.changed && !inputs["dry-run"]) {
    try {
      ensureDirectory(dirname(path));
      writeFileSync(path, ctx.runtime.redactor.redact(update.content), "utf8");
    } catch (e) {
      throw new InputError({
        input: "changelog",
        problem: `names "${inputs.changelog}", which cannot be written (${(e as NodeJS.ErrnoException).code}). Point it at a writable path`,
      });
    }
  }
  ctx.runtime.log.info(`${inputs.changelog}: section ${version} ${update.action}${inputs["dry-run"] ? " (dry run: not written)" : ""}.`);
  return { path, content: update.content, changed: update.changed, version, section };
}

async function commitChangelog(
  inputs: Inputs,
  ctx: CommandContext,
  git: Git,
  file: { path: string; content: string; version: string; section: string },
  tag: string,
): Promise<void> {
  const mode = inputs["commit-changelog"];
  if (mode === "none" || inputs["dry-run"]) return;
  const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
  const rel = relative(top, file.path);
  const branch = await releaseBranch(ctx, git);
  if (!branch)
    throw new InputError({
      input: "commit-changelog",
      problem: `is "${mode}" but HEAD is not on a branch, so there is nowhere to commit. Run on a branch or set commit-changelog: none`,
    });
  const message = `chore(release): ${tag} [skip ci]`;
  if (mode === "api") {
    // The section is inserted into the branch's current file, not the checkout's: a line committed
    // to the branch after the checkout survives, and a re-run finds the section there (unchanged).
    const done = await ctx.github().contents.update(rel, branch, (current) => upsertChangelogSection(current, file.version, file.section).content, message);
    if (done.action === "unchanged") ctx.runtime.log.info(`${rel} on ${branch} already has this content; nothing to commit.`);
    else ctx.runtime.log.info(`Committed ${rel} to ${branch} through the API (${(done.commitSha ?? "").slice(0, 7)}).`);
    return;
  }
  await git.run(["add", "--", rel]);
  const staged = await git.exec(["diff", "--cached", "--quiet", "--", rel], { okCodes: [0, 1] });
  // Nothing new to commit: done, unless HEAD is this release's commit left unpushed by a run whose
  // push failed (pushing an already pushed commit changes nothing).
  if (staged.exitCode === 0 && (await git.run(["log", "-1", "--format=%s"])).trim() !== message) return;
  if (staged.exitCode !== 0)
    await git.run([
      "-c",
      "user.name=github-actions[bot]",
      "-c",
      "user.email=41898282+github-actions[bot]@users.noreply.github.com",
      "commit",
      "-q",
      "-m",
      message,
      "--",
      rel,
    ]);
  const remote = (await git.run(["remote"])).split("\n")[0]?.trim();
  if (remote) await git.run(["push", remote, `HEAD:refs/heads/${branch}`]);
}

async function publishRelease(
  inputs: Inputs,
  ctx: CommandContext,
  git: Git,
  tag: string,
  version: string,
  targetSha: string,
  body: string,
  existingTag: string | undefined,
): Promise<{ id: number; url: string } | undefined> {
  if (!inputs.release) return undefined;
  if (!ctx.hasToken()) {
    ctx.runtime.log.notice("No GitHub token: the release was not published (the notes are in the outputs and the CHANGELOG).");
    return undefined;
  }
  if (inputs["dry-run"]) return undefined;
  const gh = ctx.github();
  const prerelease = inputs.prerelease === "auto" ? semver.prerelease(version) !== null : inputs.prerelease === "true";
  const fields = { name: tag, body, draft: inputs.draft, prerelease, make_latest: prerelease ? ("false" as const) : inputs["make-latest"] };
  // The tag first, through the API, so the release never points at a moving branch. A tag found
  // at another commit was refused in run() before anything was written.
  if (!existingTag) await writeReleaseTag(git, ctx, { tag, sha: targetSha, message: `Release ${version}`, method: "api", checked: true });
  let release = await gh.releases.findByTag(tag);
  if (release) {
    release = await gh.releases.update(release.id, { ...fields, body: mergeKeepBlocks(release.body, body) });
  } else {
    try {
      release = await gh.releases.create({ tag_name: tag, ...fields });
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      const raced = await gh.releases.findByTag(tag);
      if (!raced) throw e;
      release = await gh.releases.update(raced.id, { ...fields, body: mergeKeepBlocks(raced.body, body) });
    }
  }
  return { id: release.id, url: release.html_url };
}

async function uploadAssets(inputs: Inputs, ctx: CommandContext, cwd: string, releaseId: number): Promise<number> {
  if (inputs.assets.length === 0) return 0;
  const files = await expandGlobs(inputs.assets, cwd);
  if (files.length === 0)
    throw new InputError({
      input: "assets",
      problem: `matched no file (${inputs.assets.join(", ")}, relative to ${cwd}). Check the globs, or build the assets first`,
    });
  const gh = ctx.github();
  const release = await gh.releases.get(releaseId);
  for (const file of files) {
    const name = basename(file);
    // The new file is uploaded before the old one is deleted: a failed upload loses nothing.
    const { replaced } = await gh.releases.putAsset(release, name, readFileSync(file));
    ctx.runtime.log.info(`Uploaded ${name}${replaced ? " (replaced the old one)" : ""}.`);
  }
  return files.length;
}

async function commentReleased(
  ctx: CommandContext,
  changes: readonly ParsedCommit[],
  mergedPrs: ReadonlySet<number>,
  tag: string,
  url: string | undefined,
): Promise<void> {
  const numbers = new Set<number>(mergedPrs);
  for (const c of changes) {
    if (c.pullRequest) numbers.add(c.pullRequest);
    for (const r of c.references) if (r.action && !r.owner) numbers.add(r.number);
  }
  const gh = ctx.github();
  // A marker per tag makes a re-run update instead of commenting twice; the client paces writes.
  for (const n of [...numbers].slice(0, 50)) {
    await optionalWrite(ctx.runtime.log, ctx.context, `the "released" comment on #${n}`, () =>
      gh.comments.upsertSticky(n, `<!-- shipline:released:${tag} -->`, `Released in ${url ? `[${tag}](${url})` : tag}.`),
    );
  }
}

/** `path` resolved inside the repository, as version checks its own path input. */
async function resolvePath(git: Git, cwd: string, input: string | undefined): Promise<string | undefined> {
  // Relative to the working directory, where git runs: git reads pathspecs from there.
  return input ? (await resolveRepoPath(git, cwd, input)).fromCwd : undefined;
}

/**
 * The commits of the range that touch `path`, with the history simplification `git log -- path`
 * applies (the same set version counts for its path input).
 */
async function readPathCommits(git: Git, from: string | undefined, to: string, path: string): Promise<Set<string>> {
  const out = await git.run(["rev-list", from ? `${from}..${to}` : to, "--", path]);
  return new Set(out.split("\n").filter(Boolean));
}

/** The header or footer input, checked: every problem is reported with its line before any work. */
function readTemplateText(input: "header" | "footer", text: string | undefined): string | undefined {
  if (!text) return undefined;
  const problems = checkTemplate(text, HEADER_FIELDS);
  if (problems.length > 0)
    throw new InputError(problems.map((p) => ({ input, problem: `line ${p.line}: ${p.message}. Fix it; docs/notes.md lists the placeholders` })));
  return text;
}

/** The CHANGELOG's path from the repository root, with forward slashes, for a link on GitHub. */
async function changelogLinkPath(git: Git, cwd: string, changelog: string): Promise<string> {
  const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
  return relative(top, resolve(cwd, changelog)).split(sep).join("/");
}

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime } = ctx;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const git = await openRepository(cwd, ctx);
  await ensureFullHistory(git, ctx);
  const given = names(inputs);
  const config = parseSectionConfig(inputs.types, inputs["section-titles"]);
  const sectionOrder = parseSectionOrder(inputs["section-order"], config.titles);
  const header = readTemplateText("header", inputs.header);
  const footer = readTemplateText("footer", inputs.footer);
  const path = await resolvePath(git, cwd, inputs.path);
  const visible = new Set<string>(inputs.sections.length > 0 ? inputs.sections.map((s) => s.toLowerCase()) : DEFAULT_VISIBLE);
  // A section the user titled themselves is wanted: show it without also listing it in `sections`.
  for (const id of Object.keys(config.titles)) if (!(SECTION_ORDER as readonly string[]).includes(id)) visible.add(id);
  const toSha = await resolveRef(git, "to", inputs.to);
  const { version, tag } =
    given ?? (await computeNames(git, ctx, inputs, toSha, inputs.path ? (await resolveRepoPath(git, cwd, inputs.path)).fromTop : undefined));
  // A tag already made at another commit is refused before anything is written.
  const localTag = await git.revParse(`refs/tags/${tag}`);
  if (localTag && localTag !== toSha) throw new TagConflictError(tag, localTag, toSha, "in this repository");
  let fromRef = inputs.from ?? inputs["previous-tag"];
  const fromInput = inputs.from ? "from" : "previous-tag";
  let fromSha: string | undefined;
  if (fromRef) {
    fromSha = await resolveRef(git, fromInput, fromRef);
  } else {
    // The last release before this one: when the new tag already exists, start below it.
    const state = await findLastRelease(git, { tagPrefix: inputs["tag-prefix"], head: localTag ? `refs/tags/${tag}^` : toSha });
    fromRef = state.lastRelease && state.lastRelease.tag !== tag ? state.lastRelease.tag : undefined;
  }
  const inPath = path ? await readPathCommits(git, fromRef, toSha, path) : undefined;
  const range = await readRange(git, fromRef, toSha, inputs, visible, config.typeMap, inPath);
  // `from` must be an ancestor of `to`: otherwise from..to is empty (to before from) or holds the
  // commits of another line of history (from on a side branch). The log's boundary answers that
  // without a separate `merge-base --is-ancestor` walk (1.4 s on 100k commits).
  if (fromSha && fromSha !== toSha && !range.boundary.includes(fromSha)) {
    throw new InputError({
      input: "to",
      problem: `("${inputs.to}") is not after "${fromRef}": the range ${fromRef}..${inputs.to} would be empty or wrong. Swap them, or pass the right previous tag`,
    });
  }
  const kept = range.changes;
  const contributors = inputs.contributors ? await contributorsOf(git, range, fromRef) : [];
  // The compare API wants commits it can find: a SHA works for tags and branches alike.
  if (inputs.contributors && contributors.length > 0) {
    await resolveLogins(ctx, git, fromRef ? (fromSha ?? (await git.revParse(fromRef))) : undefined, toSha, contributors, new Map());
  }
  const url = repoUrl(ctx);
  const date = runtime.now().toISOString().slice(0, 10);
  const rendered = renderNotes({
    version,
    tag,
    previousTag: fromRef,
    date,
    repoUrl: url,
    changes: kept,
    contributors,
    locale: inputs.locale,
    visible,
    titles: config.titles,
    typeMap: config.typeMap,
    sectionOrder,
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {}),
  });
  let body = rendered.body;
  if (inputs.template) {
    const file = resolve(cwd, inputs.template);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new InputError({ input: "template", problem: `names a file that cannot be read: "${inputs.template}" (${(e as NodeJS.ErrnoException).code})` });
    }
    const problems = checkTemplate(text);
    if (problems.length > 0) {
      // ConfigError prints "file:line: " before each problem: one line for all when they share it,
      // else each problem names its own line.
      const oneLine = problems.every((p) => p.line === problems[0]?.line);
      throw new ConfigError(
        inputs.template,
        problems.map((p) => (oneLine ? p.message : `line ${p.line}: ${p.message}`)),
        { ...(oneLine ? { line: problems[0]?.line } : {}), hint: "Fix the template; docs/notes.md lists the placeholders." },
      );
    }
    body = renderTemplate(text, {
      version,
      tag,
      previous_tag: fromRef ?? "",
      date,
      sections: rendered.parts.sections,
      contributors: rendered.parts.contributors,
      compare_url: rendered.parts.compareUrl,
      header: rendered.parts.header,
      footer: rendered.parts.footer,
    });
  }
  const hasChangelog = Boolean(inputs.changelog) && !/^(none|false)$/i.test(inputs.changelog);
  let changelogUrl: string | undefined;
  if (url && hasChangelog) {
    // The CHANGELOG is committed after the tag, so the tag's copy never has this version's
    // section: link the branch being released (HEAD: GitHub's default branch when unknown).
    const branch = (await releaseBranch(ctx, git)) ?? "HEAD";
    changelogUrl = `${url}/blob/${encodeURI(branch)}/${encodeURI(await changelogLinkPath(git, cwd, inputs.changelog))}`;
  }
  const fitted = fitReleaseBody(body, changelogUrl);
  if (fitted.truncated)
    runtime.log.warning(
      `The notes are longer than GitHub's 125,000-character limit for a release; the release body was cut at an entry and links to the CHANGELOG.`,
    );

  // Read-only check before any write: a tag on GitHub at another commit fails the run here.
  const publishing = inputs.release && ctx.hasToken();
  const remoteTag = publishing ? await ctx.github().refs.resolveTag(tag) : undefined;
  if (remoteTag && remoteTag !== toSha) throw new TagConflictError(tag, remoteTag, toSha, "on GitHub");

  const changelog = await writeChangelog(inputs, ctx, cwd, version, rendered.changelogSection);
  const notesFile = join(runtime.env.RUNNER_TEMP || tmpdir(), `shipline-notes-${tag.replace(/[^\w.-]/g, "_")}.md`);
  writeFileSync(notesFile, runtime.redactor.redact(body), "utf8");
  runtime.setOutput("notes", body);
  runtime.setOutput("notes-file", notesFile);
  // A dry run writes nothing, so nothing was updated, whatever the file would get.
  runtime.setOutput("changelog-updated", (changelog?.changed ?? false) && !inputs["dry-run"]);

  // Publishing order: tag and release, then the CHANGELOG commit; each step is idempotent.
  const release = await publishRelease(inputs, ctx, git, tag, version, toSha, fitted.body, remoteTag);
  runtime.setOutput("release-id", release?.id ?? "");
  runtime.setOutput("release-url", release?.url ?? "");
  if (release) await uploadAssets(inputs, ctx, cwd, release.id);
  // Also when this checkout's file is already up to date: a run that wrote it and then failed to
  // commit it left it so. commitChangelog finds out whether the branch still needs the commit.
  if (changelog) await commitChangelog(inputs, ctx, git, changelog, tag);
  if (inputs["comment-released"] && ctx.hasToken() && !inputs["dry-run"]) await commentReleased(ctx, kept, range.mergedPrs, tag, release?.url);

  runtime.appendSummary(`## Release notes for ${tag}\n\n${body}`);
  if (inputs["dry-run"]) runtime.appendSummary("\n_Dry run: nothing was written._\n");
  else if (inputs.release && !ctx.hasToken())
    runtime.appendSummary(
      '\n_The GitHub release was not published: no GitHub token was given. Pass "github-token" (the default is the workflow\'s token) with "permissions: contents: write", or set "release: false" to skip it._\n',
    );
  runtime.log.info(
    `${rendered.entries} entr${rendered.entries === 1 ? "y" : "ies"} from ${count(range.commits, "commit")}${path ? ` touching ${path}` : ""}${fromRef ? ` since ${fromRef}` : ""}.`,
  );
  return { conclusion: "success" };
}

export const notesCommand = defineCommand(notesSpec, run);
