import { describe, expect, it } from "vitest";
import { displayWidth, inlineToText, renderPlainText } from "../../../src/kernel/plain-text.js";

describe("the terminal rendering of a summary", () => {
  it("aligns table columns, right-aligning the numeric ones, and drops a column empty in every row", () => {
    const md = [
      "| test | status |  | time |",
      "| --- | --- | --- | ---: |",
      "| a &gt; b | ❌ failed |  | 1.2 s |",
      "| long test name | ✅ pass |  | 40 ms |",
    ].join("\n");
    expect(renderPlainText(md)).toBe(
      ["test            status      time", "──────────────  ─────────  ─────", "a > b           ❌ failed  1.2 s", "long test name  ✅ pass    40 ms", ""].join(
        "\n",
      ),
    );
  });

  it("leaves no Markdown syntax: escapes, entities, emphasis, links and code spans become their text", () => {
    expect(inlineToText("fix \\(#2811\\) for **all** `a|b` in [`abc1234`](https://x/commit/abc) &lt;T&gt; _now_ export_file")).toBe(
      "fix (#2811) for all a|b in abc1234 <T> now export_file",
    );
    expect(inlineToText("a \\| b, \\*not bold\\*")).toBe("a | b, *not bold*");
  });

  it("turns headings, details, alerts and lists into plain lines, and names a chart instead of printing Mermaid", () => {
    const md = [
      "## ❌ Gate failed: 1 test failed",
      "",
      "> [!WARNING]",
      "> 1 commit is not conventional",
      "",
      "<details><summary><b>s &gt; b</b> · ❌ failed<br>boom</summary>",
      "",
      "```",
      "at src/a.test.ts:3:1",
      "```",
      "",
      "</details>",
      "",
      "```mermaid",
      'xychart-beta\n  title "p95 latency (blue)"\n  line [1, 2]',
      "```",
      "- **api:** handle ids",
    ].join("\n");
    const text = renderPlainText(md);
    expect(text).toContain("❌ Gate failed: 1 test failed\n════");
    expect(text).toContain("Warning:\n  1 commit is not conventional");
    expect(text).toContain("▸ s > b · ❌ failed — boom\n\n    at src/a.test.ts:3:1");
    expect(text).toContain("[chart: p95 latency (blue); shown in the Markdown summary (--summary-file)]");
    expect(text).toContain("• api: handle ids");
    expect(text).not.toMatch(/[|`*\\]|&lt;|<\/?\w+>|xychart/);
  });

  it("counts wide emoji as two cells and joiners as none", () => {
    expect(displayWidth("✅ ok")).toBe(5);
    expect(displayWidth("⚠️ x")).toBe(4);
    expect(displayWidth("@\u200dada")).toBe(4);
  });
});
