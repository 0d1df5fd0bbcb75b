/** The registry of the five commands; action entries, the root action and the CLI all use it. */
import type { Command, CommandName } from "./kernel/command.js";
import { deployCommand } from "./deploy/command.js";
import { gateCommand } from "./gate/command.js";
import { loadtestCommand } from "./loadtest/command.js";
import { notesCommand } from "./notes/command.js";
import { versionCommand } from "./version/command.js";

export const commands: Readonly<Record<CommandName, Command>> = {
  gate: gateCommand as unknown as Command,
  version: versionCommand as unknown as Command,
  notes: notesCommand as unknown as Command,
  loadtest: loadtestCommand as unknown as Command,
  deploy: deployCommand as unknown as Command,
};
