/**
 * Renders action.yml files from the command specs, so inputs, defaults and descriptions are written
 * once. `npm run gen` writes them; the contract tests render again and compare, so a hand edit or a
 * forgotten regeneration fails CI.
 */
import { stringify } from "yaml";
import { COMMAND_NAMES, type CommandSpec } from "./kernel/command.js";
import type { InputDef } from "./kernel/inputs.js";
import { rootInputs, rootOutputs } from "./root-spec.js";

const HEADER = "# Generated from src/<command>/inputs.ts by `npm run gen`; edit the spec, not this file.\n";

function inputEntry(def: InputDef): Record<string, unknown> {
  const accepted = def.kind === "enum" ? ` One of: ${(def.values ?? []).join(", ")}.` : "";
  const entry: Record<string, unknown> = { description: `${def.description}${accepted}`, required: def.required ?? false };
  if (def.default !== undefined) entry.default = def.default;
  if (def.deprecated) entry.deprecationMessage = def.deprecated;
  return entry;
}

/** action.yml for one command: `runs.main` points at `../dist/<name>/index.js`. */
export function renderActionYml(spec: CommandSpec): string {
  const doc: Record<string, unknown> = {
    name: spec.title,
    description: spec.description,
    author: "Shipline",
    branding: spec.branding,
    inputs: Object.fromEntries(Object.entries(spec.inputs).map(([n, d]) => [n, inputEntry(d)])),
    outputs: Object.fromEntries(Object.entries(spec.outputs).map(([n, d]) => [n, { description: d.description }])),
    runs: {
      using: "node24",
      main: `../dist/${spec.name}/index.js`,
      ...(spec.post ? { post: `../dist/${spec.name}-post/index.js`, "post-if": "always()" } : {}),
    },
  };
  return HEADER + stringify(doc, { lineWidth: 0 });
}

/** The root action.yml: `command:` plus the union of the five. */
export function renderRootActionYml(): string {
  const doc: Record<string, unknown> = {
    name: "Shipline",
    description: `Ship software safely: ${COMMAND_NAMES.join(", ")} in one action, selected by the command input.`,
    author: "Shipline",
    branding: { icon: "anchor", color: "blue" },
    inputs: Object.fromEntries(Object.entries(rootInputs()).map(([n, d]) => [n, inputEntry(d)])),
    outputs: Object.fromEntries(Object.entries(rootOutputs()).map(([n, d]) => [n, { description: d.description }])),
    runs: { using: "node24", main: "dist/main/index.js", post: "dist/main-post/index.js", "post-if": "always()" },
  };
  return HEADER + stringify(doc, { lineWidth: 0 });
}

/** The inputs and outputs tables of one command for the README (generated; a test keeps them in sync). */
export function renderReadmeTables(spec: CommandSpec): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const inputs = Object.entries(spec.inputs)
    .filter(([, d]) => !d.deprecated)
    .map(([n, d]) => {
      const accepted = d.kind === "enum" ? ` One of: ${(d.values ?? []).map((v) => `\`${v}\``).join(", ")}.` : "";
      const def = d.required ? "required" : d.default === undefined ? "" : `\`${d.default === "" ? '""' : d.default}\``;
      return `| \`${n}\` | ${esc(d.description)}${accepted} | ${esc(def)} |`;
    });
  const outputs = Object.entries(spec.outputs).map(([n, d]) => `| \`${n}\` | ${esc(d.description)} |`);
  return ["| input | description | default |", "|---|---|---|", ...inputs, "", "| output | description |", "|---|---|", ...outputs].join("\n");
}

const README_MARK = (name: string) => [`<!-- generated:${name} (npm run gen) -->`, `<!-- /generated:${name} -->`] as const;

/** Replaces every generated block in the README with the current tables. */
export function updateReadme(readme: string, specs: Readonly<Record<string, CommandSpec>>): string {
  let out = readme;
  for (const [name, spec] of Object.entries(specs)) {
    const [start, end] = README_MARK(name);
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i === -1 || j === -1) continue;
    out = `${out.slice(0, i + start.length)}\n${renderReadmeTables(spec)}\n${out.slice(j)}`;
  }
  return out;
}
