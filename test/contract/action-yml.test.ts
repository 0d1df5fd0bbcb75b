import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderActionYml, renderRootActionYml, updateReadme } from "../../src/action-yml.js";
import { COMMAND_NAMES } from "../../src/kernel/command.js";
import { rootInputName } from "../../src/root-spec.js";
import { specs } from "../../src/specs.js";
import { ROOT } from "../helpers/runner.js";

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe("action.yml files match the input specs", () => {
  it.each(COMMAND_NAMES)("%s/action.yml is exactly what its spec renders (run npm run gen after changing a spec)", (name) => {
    expect(read(`${name}/action.yml`)).toBe(renderActionYml(specs[name]));
  });

  it("the root action.yml is exactly the union the specs render", () => {
    expect(read("action.yml")).toBe(renderRootActionYml());
  });

  it.each(COMMAND_NAMES)("%s/action.yml runs on node24, points at an existing bundle and describes every input and output", (name) => {
    const doc = parse(read(`${name}/action.yml`)) as ActionYml;
    expect(doc.runs.using).toBe("node24");
    expect(existsSync(join(ROOT, name, doc.runs.main))).toBe(true);
    if (doc.runs.post) expect(existsSync(join(ROOT, name, doc.runs.post))).toBe(true);
    expect(doc.branding.icon).toBeTruthy();
    for (const [input, def] of Object.entries(doc.inputs)) {
      expect(def.description.length, `${name}: input ${input}`).toBeGreaterThan(10);
      expect(input).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    for (const [output, def] of Object.entries(doc.outputs)) {
      expect(def.description.length, `${name}: output ${output}`).toBeGreaterThan(5);
      expect(output).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it("the README's inputs and outputs tables are the ones the specs render (run npm run gen)", () => {
    const readme = read("README.md");
    for (const name of COMMAND_NAMES) expect(readme, name).toContain(`<!-- generated:${name} (npm run gen) -->`);
    expect(readme).toBe(updateReadme(readme, specs));
  });

  it("the root action has a required command input and every input and output of the five", () => {
    const root = parse(read("action.yml")) as ActionYml;
    expect(existsSync(join(ROOT, root.runs.main))).toBe(true);
    expect(root.runs.post && existsSync(join(ROOT, root.runs.post))).toBe(true);
    expect(root.inputs.command?.required).toBe(true);
    const inputs = new Set(["command", ...COMMAND_NAMES.flatMap((n) => Object.keys(specs[n].inputs).map((i) => rootInputName(n, i)))]);
    // `command:` selects the command, so no command may read an input of that name through the root.
    for (const n of COMMAND_NAMES) for (const i of Object.keys(specs[n].inputs)) expect(rootInputName(n, i), `${n}.${i}`).not.toBe("command");
    const outputs = new Set(COMMAND_NAMES.flatMap((n) => Object.keys(specs[n].outputs)));
    expect(new Set(Object.keys(root.inputs))).toEqual(inputs);
    expect(new Set(Object.keys(root.outputs))).toEqual(outputs);
  });

  it("the root action keeps a default only where every command that reads the input agrees on it", () => {
    const root = parse(read("action.yml")) as ActionYml;
    for (const [input, def] of Object.entries(root.inputs)) {
      const own = (n: (typeof COMMAND_NAMES)[number]) => Object.keys(specs[n].inputs).find((i) => rootInputName(n, i) === input);
      const defaults = new Set(
        COMMAND_NAMES.filter((n) => own(n) !== undefined).map((n) => (specs[n].inputs as Record<string, { default?: string }>)[own(n) as string]?.default),
      );
      if (def.default !== undefined) expect(defaults, input).toEqual(new Set([def.default]));
    }
  });
});
