/** The `deploy` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */
import { unavailableCommand } from "../kernel/command.js";
import { CommandUnavailableError } from "../kernel/errors.js";
import { deploySpec } from "./inputs.js";

export const deployCommand = unavailableCommand(deploySpec, () => new CommandUnavailableError("deploy"));
