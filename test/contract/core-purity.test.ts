import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/runner.js";

/** Every file under src/<capability>/core/. */
function coreFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) out.push(p);
    }
  };
  for (const cap of readdirSync(join(ROOT, "src"))) {
    const core = join(ROOT, "src", cap, "core");
    try {
      if (statSync(core).isDirectory()) walk(core);
    } catch {
      // capability without a core yet
    }
  }
  return out;
}

const FORBIDDEN_IMPORTS = [
  /^node:(fs|child_process|net|http|https|dgram|dns|tls|worker_threads|os|cluster)(\/|$)/,
  /^(fs|child_process|net|http|https|os)(\/promises)?$/,
  /^undici/,
  /^@actions\//,
  /^@octokit\//,
];
// Kernel modules that do I/O; the pure kernel helpers (errors, inputs, markdown, command types) are fine.
const FORBIDDEN_KERNEL = /kernel\/(runtime|entry|git|exec|files|github|context)(\.js|\/)/;
const FORBIDDEN_CODE = [/\bprocess\./, /\bDate\.now\b/, /\bMath\.random\b/, /\bnew Date\(\s*\)/, /\bperformance\.now\b/, /\bconsole\./];

/** Strips comments and string literals so a word in a comment or a message does not count. */
function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1")
    .replace(/`(?:\\.|[^`\\])*`/g, "``")
    .replace(/"(?:\\.|[^"\\])*"/g, '""')
    .replace(/'(?:\\.|[^'\\])*'/g, "''");
}

describe("core/ folders are pure (plain data in, plain data out)", () => {
  const files = coreFiles();

  it.each(files.map((f) => [relative(ROOT, f), f]))("%s imports no I/O and reads no clock, randomness or environment", (_name, file) => {
    const src = readFileSync(file, "utf8");
    const imports = [...src.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");
    for (const spec of imports) {
      for (const re of FORBIDDEN_IMPORTS) expect(spec, `${relative(ROOT, file)} imports ${spec}`).not.toMatch(re);
      expect(spec, `${relative(ROOT, file)} imports ${spec}`).not.toMatch(FORBIDDEN_KERNEL);
      if (spec.startsWith("."))
        expect(spec, `${relative(ROOT, file)} imports ${spec} from outside core/`).not.toMatch(/^\.\.\/(command|engine|providers|probes|inputs)/);
    }
    const code = codeOnly(src);
    for (const re of FORBIDDEN_CODE) expect(code, `${relative(ROOT, file)} uses ${re}`).not.toMatch(re);
  });

  it("the purity check itself catches an offending file", () => {
    const bad = codeOnly('import { readFileSync } from "node:fs";\nconst t = Date.now(); // Date.now in a comment is fine\n');
    expect(bad).toMatch(FORBIDDEN_CODE[1] as RegExp);
    expect("node:fs").toMatch(FORBIDDEN_IMPORTS[0] as RegExp);
    expect(codeOnly('const s = "process.env";')).not.toMatch(FORBIDDEN_CODE[0] as RegExp);
  });
});
