import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/kernel/errors.js";
import { ROOT } from "../helpers/runner.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every code an error can carry: the stable list, and any literal a ShiplineError is raised with. */
function codesInSource(): Set<string> {
  const codes = new Set<string>(Object.values(ErrorCode));
  for (const file of sources(join(ROOT, "src"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/new ShiplineError\(\s*"([a-z-]+)"/g)) codes.add(m[1]!);
  }
  return codes;
}

describe("error codes", () => {
  it("every code an error can carry has a row in the README's troubleshooting table", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Troubleshooting"));
    const missing = [...codesInSource()].filter((c) => !table.includes(`| \`${c}\` |`));
    expect(missing, "add a row for each to README.md > Troubleshooting").toEqual([]);
  });
});
