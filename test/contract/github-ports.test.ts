/**
 * One place for every GitHub write: only src/kernel/github talks to Octokit or builds the API
 * client, so the redaction of request bodies and the idempotent-create rule cannot be bypassed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/runner.js";

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

/**
 * An import of Octokit, of the API client class (its errors are fine to import), or a request sent
 * by route outside the ports.
 */
const BYPASS = [
  /from\s+["']@octokit\//,
  /import\s*(type\s*)?\{[^}]*\bGitHub\b(?!Api)[^}]*\}\s*from\s*["'][^"']*kernel\/github\/(client|index)\.js["']/,
  /\.(request|requestOptional|paginate|createOnce)(<[^>]*>)?\(\s*[`"'](GET|POST|PUT|PATCH|DELETE) /,
];

it("keeps every GitHub API call inside src/kernel/github (commands use the port interfaces)", () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(join(ROOT, "src"))) {
    const rel = relative(ROOT, file).split("\\").join("/");
    if (rel.startsWith("src/kernel/github/")) continue;
    const text = readFileSync(file, "utf8");
    for (const re of BYPASS) if (re.test(text)) offenders.push(`${rel}: ${re}`);
  }
  expect(offenders).toEqual([]);
});

it("gives commands no raw client on the ports", () => {
  const ports = readFileSync(join(ROOT, "src/kernel/github/ports.ts"), "utf8");
  const body = /export interface GitHubPorts \{([^}]*)\}/.exec(ports)?.[1] ?? "";
  expect(body).toContain("releases: Releases;");
  expect(body).not.toMatch(/client|octokit|GitHub\b/);
});
