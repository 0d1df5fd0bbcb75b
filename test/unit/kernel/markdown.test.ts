import { describe, expect, it } from "vitest";
import { byteLength, code, codeBlock, escapeInline, escapeMarkdown, table, truncateMarkdown } from "../../../src/kernel/markdown.js";

describe("markdown helpers", () => {
  it("escapes markdown, HTML and pipes, and folds newlines", () => {
    expect(escapeMarkdown("a|b <script>x</script> *bold* [link](u)\nnext")).toBe("a\\|b &lt;script&gt;x&lt;/script&gt; \\*bold\\* \\[link\\]\\(u\\) next");
  });

  it("neutralises @mentions so rendered text never pings anyone", () => {
    const out = escapeMarkdown("thanks @octocat and me@example.com");
    expect(out).not.toMatch(/(^|\s)@octocat/);
    expect(out).toContain("me@example.com");
  });

  it("renders code spans and blocks that survive backticks in the content", () => {
    expect(code("a `b` c")).toBe("``a `b` c``");
    expect(codeBlock("```inner```")).toBe("````\n```inner```\n````");
  });

  it("renders a table with alignment and escapes stray pipes in cells", () => {
    expect(table(["name", "n"], [["a|b", 1]], ["left", "right"])).toBe("| name | n |\n| --- | ---: |\n| a\\|b | 1 |");
  });

  it("escapes plain text without markdown characters exactly as the full escaping does", () => {
    // A trailing " @" forces the full path and is itself left alone (no word follows the @).
    const plain = [
      "change number 12",
      "- a list item",
      "  + nested",
      "# heading",
      "> quote",
      "12. ordered",
      "3) ordered",
      "1.5 is not a list",
      "-x",
      "",
      "  ",
      "日本語 änderung",
      "a (#12)",
    ];
    for (const text of plain) expect(`${escapeInline(text)} @`).toBe(escapeInline(`${text} @`));
    expect(escapeInline("- a list item")).toBe("\\- a list item");
    expect(escapeInline("change number 12")).toBe("change number 12");
  });

  it("cuts text at a line boundary within a byte budget and appends the notice", () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} ✓`).join("\n");
    const out = truncateMarkdown(text, 200, "(cut)");
    expect(byteLength(out)).toBeLessThanOrEqual(200);
    expect(out.endsWith("(cut)")).toBe(true);
    expect(out.split("\n")[0]).toBe("line 0 ✓");
    expect(truncateMarkdown("short", 200, "(cut)")).toBe("short");
  });
});
