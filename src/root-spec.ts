/**
 * The root action (`uses: OWNER/shipline@v1`): one required `command:` input selecting one of the
 * five, and the union of their inputs and outputs. An input shared by several commands keeps its
 * default only when they all agree; otherwise the kernel applies each command's own default.
 */
import { COMMAND_NAMES, type CommandName, type OutputDef } from "./kernel/command.js";
import type { InputDef } from "./kernel/inputs.js";
import { specs } from "./specs.js";

export interface RootInput extends InputDef {
  /** The commands that read this input. */
  usedBy: CommandName[];
}

/**
 * Inputs whose names the root action must change: `command:` selects the command there, so gate's
 * own `command` (the test command) is `test-command` in the root action.
 */
export const ROOT_INPUT_RENAMES: Partial<Record<CommandName, Record<string, string>>> = { gate: { command: "test-command" } };

/** The root action's name for one command's input. */
export function rootInputName(command: CommandName, input: string): string {
  return ROOT_INPUT_RENAMES[command]?.[input] ?? input;
}

export function rootInputs(): Record<string, RootInput> {
  const out: Record<string, RootInput> = {
    command: {
      kind: "enum",
      values: COMMAND_NAMES,
      required: true,
      description: `Which Shipline command to run: ${COMMAND_NAMES.join(", ")}.`,
      usedBy: [...COMMAND_NAMES],
    },
  };
  for (const name of COMMAND_NAMES) {
    for (const [own, def] of Object.entries(specs[name].inputs)) {
      const input = rootInputName(name, own);
      const seen = out[input];
      if (!seen) {
        out[input] = { ...def, required: false, usedBy: [name] };
        continue;
      }
      seen.usedBy.push(name);
      if (seen.default !== def.default) delete seen.default;
      if (seen.kind !== def.kind) seen.kind = "string";
    }
  }
  for (const def of Object.values(out)) {
    if (def.usedBy.length < COMMAND_NAMES.length && def.usedBy.length > 0 && def !== out.command) {
      def.description = `${def.description} (${def.usedBy.join(", ")})`;
    }
  }
  return out;
}

export function rootOutputs(): Record<string, OutputDef & { usedBy: CommandName[] }> {
  const out: Record<string, OutputDef & { usedBy: CommandName[] }> = {};
  for (const name of COMMAND_NAMES) {
    for (const [output, def] of Object.entries(specs[name].outputs)) {
      const seen = out[output];
      if (seen) seen.usedBy.push(name);
      else out[output] = { ...def, usedBy: [name] };
    }
  }
  for (const def of Object.values(out)) {
    if (def.usedBy.length < COMMAND_NAMES.length) def.description = `${def.description} (${def.usedBy.join(", ")})`;
  }
  return out;
}
