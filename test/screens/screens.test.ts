/**
 * The screens: each command's summary, comment and release body drawn as GitHub draws them (GFM,
 * GitHub's CSS, Mermaid in the page) in headless Chromium, light and dark, and checked as a user
 * would check them. Screenshots go to a temp folder; with SHIPLINE_SCREENS_UPDATE=1 they replace
 * the reviewed ones in docs/screens/.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPlainText } from "../../src/kernel/plain-text.js";
import { columnTextHeights, contrast, readFacts, type Scheme, ScreenBrowser, VIEWPORT } from "./harness.js";
import { changelogRaw, DRY_RUN_WARNING, deployDryRun, deployPromoted, deployRollbackReason, deployRolledBack, failingGateSummary, scenes } from "./scenes.js";

const UPDATE = process.env.SHIPLINE_SCREENS_UPDATE === "1";
const OUT = UPDATE ? resolve(import.meta.dirname, "../../docs/screens") : mkdtempSync(join(tmpdir(), "shipline-screens-"));
/** The reviewed screenshots: the ones worth a look, kept small. */
const KEPT = new Set([
  "gate-summary-light",
  "gate-summary-dark",
  "loadtest-summary-light",
  "loadtest-summary-dark",
  "version-summary-light",
  "notes-release-light",
  "deploy-rolled-back-light",
  "deploy-dry-run-light",
]);
const SCHEMES: Scheme[] = ["light", "dark"];

describe("drawn in Chromium", () => {
  const browser = new ScreenBrowser();
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await browser.start();
  }, 60_000);
  afterAll(async () => {
    await browser.stop();
  });

  describe.each(scenes())("$title", (scene) => {
    it.each(SCHEMES)("reads right in the %s scheme: verdict first, no empty column, no stray escapes, charts drawn with contrast", async (scheme) => {
      const { page, chartErrors } = await browser.draw(scene.markdown, scheme);
      try {
        const facts = await readFacts(page);
        expect(chartErrors).toEqual([]);
        // The verdict leads, inside the first viewport.
        expect(facts.firstHeading?.text.startsWith(scene.verdict), facts.firstHeading?.text).toBe(true);
        expect(facts.firstHeading?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThan(VIEWPORT.height / 3);
        // Tables: every column named and used.
        expect(facts.emptyHeaders).toEqual([]);
        expect(facts.emptyColumns).toEqual([]);
        // Escaping that shows is a rendering bug: no backslash, entity or Markdown syntax left in the prose.
        expect(facts.prose).not.toMatch(/\\|&lt;|&gt;|&amp;|&quot;|\[!(NOTE|WARNING)\]|\*\*|^#+ /m);
        // Charts: drawn, and their lines and text stand out from the page in this scheme.
        expect(facts.charts).toHaveLength(scene.charts);
        for (const chart of facts.charts) {
          expect(chart.lines.length).toBeGreaterThan(0);
          for (const line of chart.lines) expect(contrast(line, chart.background), `${line} on ${chart.background}`).toBeGreaterThanOrEqual(3);
          for (const text of chart.texts) expect(contrast(text, chart.background), `${text} on ${chart.background}`).toBeGreaterThanOrEqual(4);
        }
        const name = `${scene.name}-${scheme}`;
        if (!UPDATE || KEPT.has(name)) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({
            path: join(OUT, `${name}.png`),
            fullPage: true,
            clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(height, 1600) },
          });
        }
      } finally {
        await page.close();
      }
    });
  });
  describe("deploy, as the person watching the rollout reads it", () => {
    /** Visible text of a drawn page, details opened. */
    const prose = async (markdown: string) => {
      const { page } = await browser.draw(markdown, "light");
      try {
        return (await readFacts(page)).prose;
      } finally {
        await page.close();
      }
    };

    it("says a dry run is one, names every decision, and shows the warning of a plan that cannot promote", async () => {
      const text = await prose(deployDryRun());
      expect(text).toContain("Dry run");
      for (const fact of ["2.0.0", "production", "haproxy runtime API", "http probe of https://shop.acme.example/health", "error rate ≤ 1%", "p95 ≤ 500 ms"])
        expect(text, fact).toContain(fact);
      expect(text).toContain(DRY_RUN_WARNING);
      expect(text).toContain("Warning");
    });

    it("states the reason of a rollback once, with the time from the failed check, above the fold", async () => {
      const reason = deployRollbackReason();
      expect(reason).toMatch(/^stage 2 \(50%\): http probe saw 10 errors in 90 requests/);
      const { page } = await browser.draw(deployRolledBack(), "light");
      try {
        const text = (await readFacts(page)).prose;
        expect(text.split(reason).length - 1).toBe(1);
        expect(text).toContain("Traffic was back on stable 49ms after the first failed check.");
        const shown = await page.evaluate((r: string) => {
          const p = [...document.querySelectorAll("article p")].find((x) => (x.textContent ?? "").includes(r));
          return p ? p.getBoundingClientRect().bottom : Number.POSITIVE_INFINITY;
        }, reason);
        expect(shown).toBeLessThan(VIEWPORT.height / 2);
      } finally {
        await page.close();
      }
    });

    it.each([
      ["promoted", deployPromoted],
      ["rolled back", deployRolledBack],
    ])("keeps every stage time of the %s rollout on one line", async (_name, render) => {
      const { page } = await browser.draw(render(), "light");
      try {
        const tables = await columnTextHeights(page, "time");
        expect(tables).toHaveLength(1);
        const [stages] = tables as [(typeof tables)[number]];
        expect(stages.cells.length).toBeGreaterThan(1);
        for (const cell of stages.cells) expect(cell.height, `time cell "${cell.text}"`).toBeLessThan(stages.header * 1.5);
      } finally {
        await page.close();
      }
    });
  });

  it("prints the gate summary on a terminal as aligned plain text", async () => {
    const text = renderPlainText(failingGateSummary());
    const page = await browser.drawTerminal(text);
    try {
      const shown = await page.evaluate(() => document.querySelector("pre")?.textContent ?? "");
      expect(shown.split("\n")[0]).toBe("❌ Gate failed: 1 test failed and 1 test errored (0 allowed)");
      expect(shown).not.toMatch(/\\|&lt;|\| --- \||\*\*|<\/?(details|summary|b|code)>/);
      // Columns line up: every row of the counts table is as wide as its rule.
      const lines = shown.split("\n");
      const rule = lines.findIndex((l) => l.startsWith("─────  ──────"));
      expect(lines[rule + 1]?.length).toBe(lines[rule]?.length);
      if (UPDATE) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: join(OUT, "terminal-gate.png"),
          fullPage: true,
          clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(height, 900) },
        });
      }
    } finally {
      await page.close();
    }
  });
});

describe("what is read raw", () => {
  it("writes a CHANGELOG.md an editor shows cleanly: no escaped backticks, entities, pipes or underscores", () => {
    const raw = changelogRaw();
    for (const bad of ["\\`", "&lt;", "&gt;", "\\|", "export\\_file", "\\(", "\\*"]) expect(raw, bad).not.toContain(bad);
    expect(raw).toContain("write `null` for empty cells in `export_file`");
  });

  it.each(scenes().map((s) => [s.name, s] as const))("prints %s on the terminal with no Markdown left", (_name, scene) => {
    const text = renderPlainText(scene.markdown);
    expect(text).not.toMatch(/\\[()|*_`#]|&lt;|\| --- \||^#+ |<\/?(details|summary|b|code|br)>|```/m);
    expect(text.startsWith(scene.verdict)).toBe(true);
  });
});
