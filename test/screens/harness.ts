/**
 * Draws Markdown as GitHub does, in real headless Chromium: GitHub-flavoured Markdown (micromark
 * with the GFM extensions, HTML kept as GitHub keeps `<details>`, `<b>`, `<code>`, `<br>`), GitHub's
 * own CSS (github-markdown-css, light or dark by `prefers-color-scheme`), alerts (`> [!WARNING]`)
 * in GitHub's markup, and Mermaid blocks drawn by the `mermaid` package in the page with GitHub's
 * theme for the scheme (`default` or `dark`). Nothing is fetched: scripts and styles are inlined
 * from node_modules and every other request is aborted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { chromium, type Page } from "playwright-core";

const require = createRequire(import.meta.url);

/** Debian's chromium; SHIPLINE_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.SHIPLINE_CHROMIUM || "/usr/bin/chromium";

export type Scheme = "light" | "dark";

/** The viewport a user sees first: a laptop's browser window. */
export const VIEWPORT = { width: 1100, height: 760 };

/** Markdown to the HTML GitHub would show (before its sanitizer, which keeps what we use). */
export function renderGfm(markdown: string): string {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  // GitHub's alerts: a blockquote whose first line is [!KIND].
  return html.replace(/<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n?/g, (_, kind: string) => {
    const k = kind.toLowerCase();
    return `<blockquote class="markdown-alert markdown-alert-${k}">\n<p class="markdown-alert-title">${kind.charAt(0)}${k.slice(1)}</p><p>`;
  });
}

function pageHtml(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<style>
body { margin: 0; }
.page { box-sizing: border-box; max-width: 1012px; margin: 0 auto; padding: 32px; }
@media (prefers-color-scheme: dark) { body { background: #0d1117; } }
@media (prefers-color-scheme: light) { body { background: #ffffff; } }
.markdown-alert { padding: 0.5rem 1rem; margin-bottom: 16px; border-left: .25em solid var(--borderColor-attention-emphasis, #9a6700); color: inherit; }
.markdown-alert-title { font-weight: 600; color: var(--fgColor-attention, #9a6700); margin-bottom: 4px !important; }
</style></head>
<body><div class="page"><article class="markdown-body">${body}</article></div></body></html>`;
}

export interface Drawn {
  page: Page;
  /** Charts that failed to draw, with Mermaid's message. */
  chartErrors: string[];
}

/** One Chromium for every screen of a test file. Fails with one line when Chromium is missing. */
export class ScreenBrowser {
  private readonly profile = mkdtempSync(join(tmpdir(), "shipline-screens-profile-"));
  private readonly css = readFileSync(require.resolve("github-markdown-css/github-markdown.css"), "utf8");
  private readonly mermaid = readFileSync(require.resolve("mermaid/dist/mermaid.min.js"), "utf8");

  async start(): Promise<void> {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install chromium) or set SHIPLINE_CHROMIUM to its path.`);
    const context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
    });
    await context.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    this.context = context;
  }

  private context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;

  /** Draws `markdown` in `scheme` and waits for every chart. The caller closes the page. */
  async draw(markdown: string, scheme: Scheme): Promise<Drawn> {
    const context = this.context;
    if (!context) throw new Error("start() the browser first");
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setContent(pageHtml(renderGfm(markdown)), { waitUntil: "load" });
    await page.addStyleTag({ content: this.css });
    const charts = await page.locator("pre > code.language-mermaid").count();
    const chartErrors: string[] = [];
    if (charts > 0) {
      await page.addScriptTag({ content: this.mermaid });
      const errors = await page.evaluate(async (dark: boolean) => {
        const m = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        m.initialize({ startOnLoad: false, theme: dark ? "dark" : "default", securityLevel: "strict" });
        const out: string[] = [];
        const blocks = [...document.querySelectorAll("pre > code.language-mermaid")];
        for (const [i, code] of blocks.entries()) {
          const holder = document.createElement("div");
          holder.className = "mermaid-chart";
          try {
            const { svg } = await m.render(`chart${i}`, code.textContent ?? "");
            holder.innerHTML = svg;
          } catch (e) {
            out.push(String((e as Error).message ?? e));
          }
          (code.parentElement as HTMLElement).replaceWith(holder);
        }
        return out;
      }, scheme === "dark");
      chartErrors.push(...errors);
    }
    return { page, chartErrors };
  }

  /** Draws terminal output (plain text) as a dark terminal window shows it. The caller closes the page. */
  async drawTerminal(text: string): Promise<Page> {
    const context = this.context;
    if (!context) throw new Error("start() the browser first");
    const page = await context.newPage();
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e"><pre style="margin:0;padding:24px;color:#d4d4d4;font:14px/1.45 'DejaVu Sans Mono',monospace">${escaped}</pre></body>`,
    );
    return page;
  }

  async stop(): Promise<void> {
    await this.context?.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** What a user checks on a screen, measured in the page. */
export interface ScreenFacts {
  /** Visible text outside code blocks (where a literal backslash or entity would be a rendering bug). */
  prose: string;
  /** Header cells that are empty, as "table N column M". */
  emptyHeaders: string[];
  /** Columns with no text in any cell, as "table N column M". */
  emptyColumns: string[];
  /** The first heading: its text and where it is. */
  firstHeading: { text: string; top: number; bottom: number } | undefined;
  /** Per chart: the page background, the plotted lines' colours and the chart's text colours. */
  charts: { background: string; lines: string[]; texts: string[] }[];
}

export async function readFacts(page: Page): Promise<ScreenFacts> {
  return page.evaluate(() => {
    const article = document.querySelector("article") as HTMLElement;
    const clone = article.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll("pre, .mermaid-chart")) el.remove();
    // innerText needs layout: measure the clone in the page, then drop it.
    clone.style.position = "absolute";
    clone.style.left = "-99999px";
    document.body.appendChild(clone);
    for (const d of clone.querySelectorAll("details")) d.open = true;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a user reads (no hidden nodes, line breaks kept).
    const prose = clone.innerText;
    clone.remove();
    const emptyHeaders: string[] = [];
    const emptyColumns: string[] = [];
    [...article.querySelectorAll("table")].forEach((t, ti) => {
      const rows = [...t.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? "").trim()));
      const cols = Math.max(...rows.map((r) => r.length));
      for (let c = 0; c < cols; c++) {
        if ((rows[0]?.[c] ?? "") === "") emptyHeaders.push(`table ${ti + 1} column ${c + 1}`);
        if (rows.every((r) => (r[c] ?? "") === "")) emptyColumns.push(`table ${ti + 1} column ${c + 1}`);
      }
    });
    const h = article.querySelector("h1, h2, h3");
    const rect = h?.getBoundingClientRect();
    const bodyBg = getComputedStyle(document.body).backgroundColor;
    const articleBg = getComputedStyle(article).backgroundColor;
    const background = articleBg && articleBg !== "rgba(0, 0, 0, 0)" ? articleBg : bodyBg;
    const charts = [...article.querySelectorAll(".mermaid-chart svg")].map((svg) => {
      const lines = [...svg.querySelectorAll(".line-plot-0 path, [class*='line-plot'] path, path[class*='line']")]
        .map((p) => getComputedStyle(p).stroke)
        .filter((s) => s && s !== "none");
      const texts = [...svg.querySelectorAll("text")].map((t) => getComputedStyle(t).fill).filter((s) => s && s !== "none");
      return { background, lines: [...new Set(lines)], texts: [...new Set(texts)] };
    });
    return {
      prose,
      emptyHeaders,
      emptyColumns,
      firstHeading: h && rect ? { text: (h.textContent ?? "").trim(), top: rect.top, bottom: rect.bottom } : undefined,
      charts,
    };
  });
}

/** WCAG contrast ratio of two CSS colours (`rgb(...)`, `rgba(...)` or `#rrggbb`). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const hex = /^#([0-9a-f]{6})$/i.exec(c.trim());
    const parts = hex ? [0, 2, 4].map((i) => Number.parseInt((hex[1] as string).slice(i, i + 2), 16)) : (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const [r, g, bl] = parts.map((v) => {
      const s = (v ?? 0) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * For each table with a column headed `header`: the rendered text height of each body cell of that
 * column and of the header cell (one line), to tell a cell that wraps from one that does not.
 */
export async function columnTextHeights(page: Page, header: string): Promise<{ header: number; cells: { text: string; height: number }[] }[]> {
  return page.evaluate((wanted: string) => {
    const height = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getBoundingClientRect().height;
    };
    return [...document.querySelectorAll("article table")].flatMap((t) => {
      const table = t as HTMLTableElement;
      const head = [...(table.rows[0]?.cells ?? [])];
      const col = head.findIndex((c) => (c.textContent ?? "").trim() === wanted);
      if (col < 0) return [];
      const cells = [...table.rows].slice(1).map((r) => r.cells[col] as HTMLTableCellElement);
      return [{ header: height(head[col] as Element), cells: cells.map((c) => ({ text: (c.textContent ?? "").trim(), height: height(c) })) }];
    });
  }, header);
}
