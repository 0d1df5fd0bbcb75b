/** The `gate` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */
import { unavailableCommand } from "../kernel/command.js";
import { CommandUnavailableError } from "../kernel/errors.js";
import { gateSpec } from "./inputs.js";

export const gateCommand = unavailableCommand(gateSpec, () => new CommandUnavailableError("gate"));
