/**
 * Markdown helpers for job summaries, PR comments and release notes. `core.summary` does not escape,
 * and test names, commit subjects and error messages come from untrusted sources (a fork's reports,
 * anyone's commit message), so everything rendered goes through these functions.
 *
 * Pure: no I/O. Capabilities' `core/` modules may import this file.
 */

/**
 * Escapes text for inline markdown in a table cell or a paragraph: markdown punctuation, HTML
 * (`<`, `>`, `&`), pipes and newlines (folded to spaces). `@mentions` are neutralised with a
 * zero-width joiner so rendered notes never ping anyone, and `#123` stays a link on purpose.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()|~])/g, "\\$1")
    .replace(/(^|[^\w])@(\w)/g, "$1@\u200d$2");
}

/**
 * Escapes text for inline markdown with as few backslashes as still render it literally, for text
 * people also read raw (CHANGELOG.md in an editor or on npm, the terminal). Inline code spans in
 * the text (`` `null` ``) stay code; `<tag>`-like words become code spans; `_` inside a word
 * (`export_file`) and a lone `*` or `~` between spaces are left alone, because GitHub renders them
 * as they are. Newlines fold to spaces and `@mentions` are neutralised as in {@link escapeMarkdown}.
 * Pipes are not escaped: {@link table} does that for cells.
 */
export function escapeInline(text: string): string {
  // Most text (commit subjects, test names) holds none of the characters below: then nothing but
  // the block-start check can change it, and skipping the dozen regex passes made rendering the
  // notes of the 100k-commit benchmark (37,500 entries) about 150 ms faster.
  if (!INLINE_SPECIAL.test(text)) return text.replace(BLOCK_START, "$1\\$2");
  const clean = text.replace(/\r?\n/g, " ");
  // Emphasis needs two delimiter runs: a lone `*`, `_` or `~` run renders as itself.
  const prose = clean.replace(/(`+)[^`]*?\1/g, "");
  const pairs: Emphasis = {
    star: (prose.match(/\*+/g) ?? []).length > 1,
    under: (prose.match(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g) ?? []).length > 1,
    tilde: (prose.match(/~+/g) ?? []).length > 1,
  };
  const out: string[] = [];
  let rest = clean;
  // Code spans as CommonMark finds them: a backtick run closed by the next run of the same length.
  while (rest.length > 0) {
    const open = /`+/.exec(rest);
    if (!open) break;
    const fence = open[0];
    const after = rest.slice(open.index + fence.length);
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(after);
    if (!close) {
      // An unmatched run renders literally: escape it so a later one cannot pair with it.
      out.push(escapeProse(rest.slice(0, open.index), pairs), fence.replace(/`/g, "\\`"));
      rest = after;
      continue;
    }
    out.push(escapeProse(rest.slice(0, open.index), pairs), fence, after.slice(0, close.index), fence);
    rest = after.slice(close.index + fence.length);
  }
  out.push(escapeProse(rest, pairs));
  return out.join("").replace(BLOCK_START, "$1\\$2");
}

/** Every character {@link escapeInline} may rewrite, besides a block start: newlines, code, HTML, entities, emphasis, links, mentions. */
const INLINE_SPECIAL = /[\n`\\<&*_~[@]/;
/** A line start markdown would read as a heading, quote, list item or ordered list item. */
const BLOCK_START = /^(\s*)([#>+-]|\d+[.)])(?=\s|$)/;

/** The prose between code spans: only what would otherwise change the rendering is escaped. */
/** Which emphasis delimiters occur often enough in the text to pair up. */
interface Emphasis {
  star: boolean;
  under: boolean;
  tilde: boolean;
}

function escapeProse(text: string, pairs: Emphasis): string {
  // An HTML tag or autolink would render as markup (or vanish): show it as code.
  const tag = /<\/?[A-Za-z][^<>`\s]*>/g;
  let out = "";
  let from = 0;
  for (const m of text.matchAll(tag)) {
    out += escapePlain(text.slice(from, m.index), pairs) + `\`${m[0]}\``;
    from = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(from), pairs);
}

function escapePlain(text: string, pairs: Emphasis): string {
  return (
    text
      // A backslash before punctuation would escape it.
      .replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\")
      .replace(/<(?=[A-Za-z/!?])/g, "\\<")
      // An entity reference would render as its character.
      .replace(/&(?=#?\w+;)/g, "&amp;")
      // Emphasis needs a delimiter next to a non-space; inside a word `_` never opens one.
      .replace(/\*+(?=\S)|(?<=\S)\*+/g, (m) => (pairs.star ? m.replace(/\*/g, "\\*") : m))
      .replace(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, (m) => (pairs.under ? m.replace(/_/g, "\\_") : m))
      .replace(/~+(?=\S)|(?<=\S)~+/g, (m) => (pairs.tilde ? m.replace(/~/g, "\\~") : m))
      // Links and images: only a bracket that could start one.
      .replace(/\[(?=[^\]]*\][([:])/g, "\\[")
      .replace(/(^|[^\w])@(\w)/g, "$1@\u200d$2")
  );
}

/** Escapes text for HTML contexts (inside `<details>`, `<summary>`, `<code>`). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Inline code span that survives backticks in the content. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function codeBlock(text: string, lang = ""): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, "")}\n${fence}`;
}

export type Align = "left" | "right" | "center";

/**
 * A GitHub-flavoured markdown table. Cells are taken as already-rendered markdown (escape untrusted
 * text with {@link escapeMarkdown} first); pipes and newlines in them are still made safe.
 */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[], align: readonly Align[] = []): string {
  const cell = (c: string | number) =>
    String(c)
      .replace(/\r?\n/g, "<br>")
      .replace(/(?<!\\)\|/g, "\\|");
  const sep = headers.map((_, i) => {
    const a = align[i] ?? "left";
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  const lines = [`| ${headers.map(cell).join(" | ")} |`, `| ${sep.join(" | ")} |`];
  for (const r of rows) lines.push(`| ${headers.map((_, i) => cell(r[i] ?? "")).join(" | ")} |`);
  return lines.join("\n");
}

/** A collapsible block; `summary` is escaped, `body` is markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** Byte length of a string in UTF-8, the unit of GitHub's summary and comment limits. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * Cuts markdown to at most `maxBytes` UTF-8 bytes at a line boundary and appends `notice` (which is
 * counted in the budget). Returns the text unchanged when it fits.
 */
export function truncateMarkdown(text: string, maxBytes: number, notice: string): string {
  if (byteLength(text) <= maxBytes) return text;
  const budget = maxBytes - byteLength(notice) - 2;
  const lines = text.split("\n");
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const size = byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join("\n")}\n\n${notice}`;
}
