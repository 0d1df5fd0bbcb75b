/**
 * The terminal rendering of a summary: the Markdown our renderers write (headings, pipe tables,
 * lists, quotes and alerts, `<details>`, code spans and fences, links, escapes and entities) turned
 * into plain text with aligned columns and no Markdown syntax left. The CLI prints this on stdout;
 * Markdown goes to `--summary-file` and to the runner's step summary.
 *
 * Hand-written rather than a Markdown library because it only needs the subset Shipline itself
 * writes, and the CLI bundle starts faster without a parser. Pure.
 */

/** Display width of text in a monospace terminal: wide emoji and CJK take two cells, joiners none. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200b) continue;
    if (/\p{Extended_Pictographic}/u.test(ch) && cp > 0x2000 && !(cp >= 0x2190 && cp <= 0x21ff) && cp !== 0x2013 && cp !== 0x2014) w += 2;
    else if (
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60)
    )
      w += 2;
    else w += 1;
  }
  return w;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

/** Inline Markdown and HTML to text: code spans kept verbatim, markup removed, escapes and entities resolved. */
export function inlineToText(text: string): string {
  const out: string[] = [];
  // Links first: their label may be a code span (a commit's short SHA).
  let rest = text.replace(/(?<!\\)!?\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*\)/g, "$1");
  while (rest.length > 0) {
    const open = /(?<!\\)`+/.exec(rest);
    if (!open) break;
    const fence = open[0];
    const after = rest.slice(open.index + fence.length);
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(after);
    if (!close) {
      out.push(prose(rest.slice(0, open.index + fence.length)));
      rest = after;
      continue;
    }
    let content = after.slice(0, close.index);
    if (/^ .* $/.test(content) && content.trim() !== "") content = content.slice(1, -1);
    out.push(prose(rest.slice(0, open.index)), content);
    rest = after.slice(close.index + fence.length);
  }
  out.push(prose(rest));
  return out.join("");
}

function prose(text: string): string {
  const plain = text
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?(?:b|strong|i|em|code|summary|details|sub|sup|kbd|span|p)(?:\s[^>]*)?>/gi, "")
    // Links and images: the text (an image's alt); bare commit links keep only their label.
    .replace(/!?\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*\)/g, "$1")
    .replace(/(?<!\\)\*\*(?=\S)([\s\S]*?\S)(?<!\\)\*\*/g, "$1")
    .replace(/(^|[\s(])_(?=\S)([^_]*?\S)_(?=$|[\s).,;:!?])/g, "$1$2")
    .replace(/(?<!\\)~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");
  return decodeEntities(plain);
}

/** Cells of a pipe-table row; `\|` stays in the cell as a pipe. */
function splitRow(line: string): string[] {
  const body = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  const cells: string[] = [];
  let cur = "";
  let inCode = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch === "\\" && body[i + 1] === "|") {
      cur += "\\|";
      i++;
      continue;
    }
    if (ch === "`") inCode = inCode ? 0 : 1;
    if (ch === "|") {
      cells.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  cells.push(cur);
  return cells.map((c) => inlineToText(c.replace(/\\\|/g, "|").trim()));
}

const pad = (text: string, width: number, right: boolean) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

function renderTable(lines: readonly string[]): string[] {
  const header = splitRow(lines[0] as string);
  const aligns = splitRow(lines[1] as string).map((c) => /-+:$/.test(c));
  const rows = lines.slice(2).map(splitRow);
  const cols = header.length;
  const widths = Array.from({ length: cols }, (_, i) => Math.max(displayWidth(header[i] ?? ""), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  // A column empty in every row (an icon-only header) would print as a run of spaces: drop it.
  const keep = widths.map((w, i) => w > 0 || rows.some((r) => (r[i] ?? "") !== ""));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (keep[i] ? pad(c, widths[i] as number, aligns[i] === true) : undefined))
      .filter((c) => c !== undefined)
      .join("  ")
      .trimEnd();
  const rule = widths
    .filter((_, i) => keep[i])
    .map((w) => "─".repeat(w))
    .join("  ");
  return [line(header), rule, ...rows.map((r) => line(Array.from({ length: cols }, (_, i) => r[i] ?? "")))];
}

const ALERTS: Record<string, string> = { NOTE: "Note", TIP: "Tip", IMPORTANT: "Important", WARNING: "Warning", CAUTION: "Caution" };

/**
 * Renders summary Markdown as plain text for a terminal. Mermaid charts are replaced by a line that
 * says where to see them; other code blocks are indented.
 */
export function renderPlainText(markdown: string): string {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      const marker = fence[2] as string;
      const lang = (fence[3] as string).trim();
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !(lines[j] as string).trim().startsWith(marker)) body.push(lines[j++] as string);
      i = j;
      if (lang === "mermaid") {
        const title = /^\s*title\s+"(.*)"/m.exec(body.join("\n"))?.[1];
        out.push(`[chart${title ? `: ${title}` : ""}; shown in the Markdown summary (--summary-file)]`);
      } else out.push(...body.map((b) => `    ${b}`));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line) && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[i + 1] ?? "")) {
      const block: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i] as string)) block.push(lines[i++] as string);
      i--;
      out.push(...renderTable(block));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = inlineToText(heading[2] as string);
      const level = (heading[1] as string).length;
      out.push(text);
      if (level <= 3) out.push((level <= 2 ? "═" : "─").repeat(Math.max(3, displayWidth(text))));
      continue;
    }
    if (/^\s*<\/details>\s*$/.test(line)) continue;
    const details = /^\s*<details[^>]*>\s*(?:<summary>([\s\S]*?)<\/summary>)?\s*$/.exec(line);
    if (details) {
      if (details[1] !== undefined) out.push(`▸ ${inlineToText(details[1].replace(/<br\s*\/?>/gi, " — "))}`);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      const alert = /^\[!(\w+)\]\s*$/.exec(quote[1] as string);
      if (alert) {
        out.push(`${ALERTS[(alert[1] as string).toUpperCase()] ?? alert[1]}:`);
        continue;
      }
      out.push(`  ${inlineToText(quote[1] as string)}`.trimEnd());
      continue;
    }
    const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (item) {
      out.push(`${item[1]}• ${inlineToText(item[2] as string)}`);
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    out.push(inlineToText(line));
  }
  // Blank lines: at most one in a row, none at the ends.
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
