/** The `version` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */
import { unavailableCommand } from "../kernel/command.js";
import { CommandUnavailableError } from "../kernel/errors.js";
import { versionSpec } from "./inputs.js";

export const versionCommand = unavailableCommand(versionSpec, () => new CommandUnavailableError("version"));
