import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byteLength } from "../../../src/kernel/markdown.js";
import { CliRuntime, SUMMARY_MAX_BYTES } from "../../../src/kernel/runtime.js";

function cli(options: Partial<ConstructorParameters<typeof CliRuntime>[0]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const rt = new CliRuntime({ flags: new Map(), env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...options });
  return { rt, out, err };
}

describe("the CLI runtime", () => {
  it("prints outputs as one JSON object with the action's output names, logs on stderr", () => {
    const { rt, out, err } = cli({ json: true });
    rt.log.info("working");
    rt.setOutput("version", "1.2.0");
    rt.setOutput("released", true);
    rt.setOutput("explain", [{ sha: "abc" }]);
    rt.appendSummary("# Summary");
    rt.flush();
    expect(JSON.parse(out.join(""))).toEqual({ version: "1.2.0", released: "true", explain: '[{"sha":"abc"}]' });
    expect(err.join("")).toBe("working\n");
  });

  it("prints the summary as plain text when not in JSON mode, and as Markdown to --summary-file", () => {
    const { rt, out } = cli();
    const md = "## Next version: `1.2.0`\n\n| commit | message |\n| --- | --- |\n| `abc1234` | fix: keep \\(#2811\\) |\n";
    rt.appendSummary(md);
    rt.flush();
    expect(out.join("")).toBe(
      ["Next version: 1.2.0", "═══════════════════", "", "commit   message", "───────  ─────────────────", "abc1234  fix: keep (#2811)", ""].join("\n"),
    );
    const dir = mkdtempSync(join(tmpdir(), "shipline-summary-"));
    const file = join(dir, "summary.md");
    const toFile = cli({ summaryFile: file });
    toFile.rt.appendSummary(md);
    toFile.rt.flush();
    expect(readFileSync(file, "utf8")).toBe(md);
    expect(toFile.out.join("")).toBe("");
    rmSync(dir, { recursive: true, force: true });
  });

  it("redacts registered secrets from outputs, summary, logs and the failure", () => {
    const secret = "s3cr3t-value-xyz";
    const { rt, out, err } = cli({ json: true });
    rt.secret(secret);
    rt.setOutput("url", `https://x:${secret}@host/`);
    rt.log.warning(`token ${secret}`);
    rt.fail(`failed with ${secret}`);
    rt.flush();
    expect(out.join("") + err.join("")).not.toContain(secret);
  });

  it("reads flags first, then the input's environment fallbacks", () => {
    const { rt } = cli({ flags: new Map([["a", "flag"]]), env: { GITHUB_TOKEN: "from-env" }, envFallbacks: new Map([["github-token", ["GITHUB_TOKEN"]]]) });
    expect(rt.input("a")).toBe("flag");
    expect(rt.input("github-token")).toBe("from-env");
    expect(rt.input("missing")).toBe("");
  });

  it("trims a summary over GitHub's 1 MiB limit and says so, instead of losing it whole", () => {
    const { rt } = cli();
    const row = `| ${"x".repeat(100)} |\n`;
    for (let i = 0; i < 12_000; i++) rt.appendSummary(row);
    const text = rt.summaryText();
    expect(byteLength(text)).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(text).toContain("The summary was cut here");
  });

  it("uses the injected clock", () => {
    const { rt } = cli({ clock: () => new Date("2030-01-01T00:00:00Z") });
    expect(rt.now().toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });
});
