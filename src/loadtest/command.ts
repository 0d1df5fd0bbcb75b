/** The `loadtest` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */
import { unavailableCommand } from "../kernel/command.js";
import { CommandUnavailableError } from "../kernel/errors.js";
import { loadtestSpec } from "./inputs.js";

export const loadtestCommand = unavailableCommand(loadtestSpec, () => new CommandUnavailableError("loadtest"));
