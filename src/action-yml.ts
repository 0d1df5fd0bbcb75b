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
    runs: { using: "node24", main: "dist/main/index.js" },
  };
  return HEADER + stringify(doc, { lineWidth: 0 });
}
