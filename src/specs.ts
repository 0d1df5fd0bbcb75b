/** The five specs without their implementations: for action.yml generation, --help and docs. */
import type { CommandName, CommandSpec } from "./kernel/command.js";
import { deploySpec } from "./deploy/inputs.js";
import { gateSpec } from "./gate/inputs.js";
import { loadtestSpec } from "./loadtest/inputs.js";
import { notesSpec } from "./notes/inputs.js";
import { versionSpec } from "./version/inputs.js";

export const specs: Readonly<Record<CommandName, CommandSpec>> = {
  gate: gateSpec,
  version: versionSpec,
  notes: notesSpec,
  loadtest: loadtestSpec,
  deploy: deploySpec,
};
