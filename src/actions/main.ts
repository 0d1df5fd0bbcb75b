/** The root action: dispatches on the `command` input to one of the five. */
import { commands } from "../commands.js";
import { COMMAND_NAMES } from "../kernel/command.js";
import { InputError } from "../kernel/errors.js";
import { parseEnum } from "../kernel/inputs.js";
import { runAction } from "../kernel/entry.js";
import { ActionsRuntime } from "../kernel/runtime.js";
import { ROOT_INPUT_RENAMES, rootInputs } from "../root-spec.js";

const runtime = await ActionsRuntime.create();
try {
  const raw = runtime.input("command");
  if (raw.trim() === "") throw new InputError({ input: "command", problem: `is required: choose one of ${COMMAND_NAMES.join(", ")}` });
  const name = parseEnum("command", raw, COMMAND_NAMES);
  const command = commands[name];
  const renames = ROOT_INPUT_RENAMES[name] ?? {};
  const rootNames = new Set(Object.keys(command.spec.inputs).map((i) => renames[i] ?? i));
  for (const [input, def] of Object.entries(rootInputs())) {
    const value = runtime.input(input);
    if (input === "command" || value === "" || value === (def.default ?? "") || rootNames.has(input)) continue;
    runtime.log.warning(`Input "${input}" is not used by the ${name} command (it is for ${def.usedBy.join(", ")}); it is ignored.`);
  }
  // The command reads its inputs by its own names: hand a renamed one over under that name.
  const env: Record<string, string | undefined> = { ...process.env };
  const key = (input: string) => `INPUT_${input.replace(/ /g, "_").toUpperCase()}`;
  for (const [own, root] of Object.entries(renames)) env[key(own)] = process.env[key(root)] ?? "";
  await runAction(command, env);
} catch (e) {
  if (runtime.isDebug && e instanceof Error) runtime.log.debug(e.stack ?? e.message);
  runtime.fail((e as InputError).userMessage ?? String(e));
  process.exitCode = 1;
}
