/**
 * Release notes from parsed commits: sections by change type, entries with scope, links to the
 * commit, the PR and the referenced issues, contributors, and a compare link. Pure.
 */
import { escapeInline } from "../../kernel/markdown.js";
import type { ParsedCommit } from "../../version/core/commits.js";
import { renderTemplate } from "./template.js";

export type Locale = "en" | "zh-CN";

/** Section ids in their default order; breaking changes are collected from every type. */
export const SECTION_ORDER = ["breaking", "feat", "fix", "perf", "revert", "docs", "refactor", "test", "build", "ci", "chore"] as const;
export type SectionId = (typeof SECTION_ORDER)[number];

const TITLES: Record<Locale, Record<SectionId, string> & { contributors: string; compare: string; firstTime: string }> = {
  en: {
    breaking: "⚠\ufe0f Breaking changes",
    feat: "Features",
    fix: "Bug fixes",
    perf: "Performance",
    revert: "Reverts",
    docs: "Documentation",
    refactor: "Refactoring",
    test: "Tests",
    build: "Build",
    ci: "Continuous integration",
    chore: "Chores",
    contributors: "Contributors",
    compare: "Full changelog",
    firstTime: "first contribution",
  },
  "zh-CN": {
    breaking: "⚠\ufe0f 破坏性变更",
    feat: "新增功能",
    fix: "问题修复",
    perf: "性能优化",
    revert: "回退",
    docs: "文档",
    refactor: "代码重构",
    test: "测试",
    build: "构建",
    ci: "持续集成",
    chore: "其他",
    contributors: "贡献者",
    compare: "完整变更",
    firstTime: "首次贡献",
  },
};

/** Which types show by default: the rest are hidden unless configured. */
export const DEFAULT_VISIBLE: ReadonlySet<SectionId> = new Set(["breaking", "feat", "fix", "perf", "revert"]);

export interface Contributor {
  name: string;
  email: string;
  /** GitHub login when the API resolved it. */
  login?: string | undefined;
  firstTime: boolean;
}

export interface NotesInput {
  version: string;
  tag: string;
  previousTag: string | undefined;
  /** YYYY-MM-DD, supplied by the caller (the core reads no clock). */
  date: string;
  /** https://github.com/owner/repo (or the GHES URL); links are omitted when undefined. */
  repoUrl: string | undefined;
  /** Newest first, as git log prints, reverts already cancelled. */
  changes: readonly ParsedCommit[];
  contributors: readonly Contributor[];
  locale?: Locale;
  /** Sections to show (default: breaking, feat, fix, perf, revert). */
  visible?: ReadonlySet<string>;
  /** Custom section titles by id. */
  titles?: Readonly<Record<string, string>>;
  /** Type -> section id mapping beyond the built-in one (e.g. { deps: "build" }). */
  typeMap?: Readonly<Record<string, string>>;
  /**
   * Section ids to put first, in this order; the others follow in {@link SECTION_ORDER}, then custom
   * sections in order of appearance. Validate with parseSectionOrder. Default: the built-in order.
   */
  sectionOrder?: readonly string[];
  /**
   * Markdown above and below the sections, with the placeholders of HEADER_FIELDS (`{{version}}`,
   * `{{tag}}`, `{{previousTag}}`, `{{date}}`, `{{compareUrl}}`) filled in. Check them with
   * checkTemplate(text, HEADER_FIELDS) first: an unknown placeholder renders empty here.
   */
  header?: string;
  footer?: string;
}

export interface RenderedNotes {
  /** The body: sections, contributors, compare link (no version heading). */
  body: string;
  /** A CHANGELOG section: `## [version](compare) (date)` heading + body. */
  changelogSection: string;
  /** Entries rendered (after de-duplication). */
  entries: number;
  /** The pieces, for custom templates (header and footer with their placeholders filled). */
  parts: { sections: string; contributors: string; compareUrl: string; header: string; footer: string };
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/**
 * The subject an entry shows. A GitHub revert (`Revert "feat: x"`, no conventional type) shows the
 * reverted header, as `revert: feat: x` does.
 */
function subjectOf(c: ParsedCommit): string {
  return c.type === undefined && c.revert?.header ? c.revert.header : c.subject;
}

const PR_SUFFIX = /\s*\(#\d+\)\s*$/;

/** The text without a squash-merge `(#123)` suffix; the `includes` check skips the regex for most subjects. */
function withoutPrSuffix(text: string): string {
  return text.includes("(#") ? text.replace(PR_SUFFIX, "") : text;
}

function entryLine(c: ParsedCommit, repoUrl: string | undefined, breakingText?: string): string {
  const scope = c.scope ? `**${escapeInline(c.scope)}:** ` : "";
  // Minimal escaping: the same text is read raw in CHANGELOG.md, so `code` stays code and
  // export_file stays as typed.
  const subject = escapeInline(withoutPrSuffix(breakingText ?? subjectOf(c)));
  const parts: string[] = [];
  if (c.sha) parts.push(link(c.sha.slice(0, 7), repoUrl && `${repoUrl}/commit/${c.sha}`));
  if (c.pullRequest) parts.push(link(`#${c.pullRequest}`, repoUrl && `${repoUrl}/pull/${c.pullRequest}`));
  const closes = c.references.filter((r) => r.action !== undefined && r.number !== c.pullRequest);
  const refs = closes.map((r) => {
    const label = r.owner && r.repo ? `${r.owner}/${r.repo}#${r.number}` : `#${r.number}`;
    const base = r.owner && r.repo && repoUrl ? repoUrl.replace(/[^/]+\/[^/]+$/, `${r.owner}/${r.repo}`) : repoUrl;
    return link(label, base && `${base}/issues/${r.number}`);
  });
  const tail = parts.length > 0 ? ` (${parts.join(", ")})` : "";
  const closing = refs.length > 0 ? `, closes ${refs.join(", ")}` : "";
  return `- ${scope}${subject}${tail}${closing}`;
}

function sectionOf(c: ParsedCommit, typeMap: Readonly<Record<string, string>> | undefined): string | undefined {
  // A GitHub-style revert whose target is outside the range is still a change users should see.
  if (!c.type) return c.revert ? "revert" : undefined;
  return typeMap?.[c.type] ?? c.type;
}

/** Renders the notes. Duplicate entries (same type, scope and subject) collapse into the first. */
export function renderNotes(input: NotesInput): RenderedNotes {
  const locale = input.locale ?? "en";
  const titles = { ...TITLES[locale], ...(input.titles ?? {}) } as Record<string, string>;
  const visible = input.visible ?? DEFAULT_VISIBLE;
  const bySection = new Map<string, string[]>();
  const seen = new Set<string>();
  let entries = 0;
  const add = (section: string, line: string) => {
    const list = bySection.get(section);
    if (list) list.push(line);
    else bySection.set(section, [line]);
    entries++;
  };
  // Oldest first reads best in notes.
  for (let i = input.changes.length - 1; i >= 0; i--) {
    const c = input.changes[i] as ParsedCommit;
    if (c.skip) continue;
    const section = sectionOf(c, input.typeMap);
    // A BREAKING CHANGE footer under a header that is not conventional still lists its notes.
    if (!section && !c.breaking) continue;
    const key = `${section ?? ""}\u0000${c.scope ?? ""}\u0000${withoutPrSuffix(subjectOf(c)).toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A breaking change is listed once, under Breaking changes (with its note, else its subject).
    if (c.breaking && visible.has("breaking")) {
      const notes = c.breakingNotes.length > 0 ? c.breakingNotes : [subjectOf(c)];
      notes.forEach((note, i) => {
        const own = note.trim().toLowerCase() === subjectOf(c).trim().toLowerCase();
        // The first note names the change itself when it is not the subject, so the feature stays findable.
        const text = i === 0 && !own ? `${withoutPrSuffix(subjectOf(c))}: ${note}` : note;
        add("breaking", entryLine(c, input.repoUrl, text));
      });
      continue;
    }
    if (section && visible.has(section)) add(section, entryLine(c, input.repoUrl));
  }
  const first = input.sectionOrder ?? [];
  const order = [...new Set([...first, ...SECTION_ORDER, ...bySection.keys()])];
  const sections: string[] = [];
  for (const id of order) {
    const lines = bySection.get(id);
    if (!lines) continue;
    // Pushed one by one: spreading a section of ~125k entries into push() overflows the stack.
    sections.push(`### ${titles[id] ?? escapeInline(id)}`, "");
    for (const line of lines) sections.push(line);
    sections.push("");
  }
  if (entries === 0) sections.push(locale === "zh-CN" ? "本版本没有面向用户的变更。" : "No user-facing changes in this release.", "");
  const contributors: string[] = [];
  if (input.contributors.length > 0) {
    const server = input.repoUrl?.replace(/\/[^/]+\/[^/]+\/?$/, "");
    const people = input.contributors.map((p) => {
      // A linked @handle: GitHub shows it as the user, and the link works where mentions do not (CHANGELOG.md on npm).
      const who = p.login ? link(`@${p.login}`, server && `${server}/${p.login}`) : escapeInline(p.name);
      return p.firstTime ? `${who} (${titles.firstTime})` : who;
    });
    contributors.push(`### ${titles.contributors}`, "", people.join(", "), "");
  }
  const compareUrl =
    input.repoUrl && input.previousTag ? `${input.repoUrl}/compare/${encodeURIComponent(input.previousTag)}...${encodeURIComponent(input.tag)}` : undefined;
  const fill = (text: string) =>
    renderTemplate(text, {
      version: input.version,
      tag: input.tag,
      previousTag: input.previousTag ?? "",
      date: input.date,
      compareUrl: compareUrl ?? "",
    }).trim();
  const header = input.header ? fill(input.header) : "";
  const footer = input.footer ? fill(input.footer) : "";
  const out: string[] = [];
  if (header) out.push(header, "");
  for (const line of sections) out.push(line);
  out.push(...contributors);
  if (compareUrl) out.push(`**${titles.compare}**: ${link(`${input.previousTag}...${input.tag}`, compareUrl)}`, "");
  if (footer) out.push(footer, "");
  const body = `${out.join("\n").trim()}\n`;
  const heading = `## ${compareUrl ? `[${input.version}](${compareUrl})` : input.version} (${input.date})`;
  return {
    body,
    changelogSection: `${heading}\n\n${body}`,
    entries,
    parts: { sections: sections.join("\n").trim(), contributors: contributors.join("\n").trim(), compareUrl: compareUrl ?? "", header, footer },
  };
}

/** GitHub rejects release bodies over 125,000 characters. */
export const RELEASE_BODY_MAX = 125_000;

/**
 * Cuts a body that is too long for a GitHub release at an entry boundary (a line starting with
 * `- `) and links to the full CHANGELOG.
 */
export function fitReleaseBody(body: string, changelogUrl: string | undefined, max = RELEASE_BODY_MAX): { body: string; truncated: boolean } {
  if (body.length <= max) return { body, truncated: false };
  const notice = `\n\n…and more: the full notes are in ${changelogUrl ? `[the CHANGELOG](${changelogUrl})` : "the CHANGELOG"}.\n`;
  const budget = max - notice.length;
  let cut = body.lastIndexOf("\n- ", budget);
  if (cut <= 0) cut = body.lastIndexOf("\n", budget);
  return { body: `${body.slice(0, Math.max(0, cut))}${notice}`, truncated: true };
}

const KEEP = /<!-- shipline:keep -->[\s\S]*?<!-- \/shipline:keep -->/g;

/** Carries hand-written `<!-- shipline:keep -->` blocks of the old body over into the new one (at the top). */
export function mergeKeepBlocks(oldBody: string | null | undefined, newBody: string): string {
  const blocks = (oldBody ?? "").match(KEEP) ?? [];
  if (blocks.length === 0) return newBody;
  return `${blocks.join("\n\n")}\n\n${newBody.replace(KEEP, "").trimStart()}`;
}
