/** The `notes` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */
import { unavailableCommand } from "../kernel/command.js";
import { CommandUnavailableError } from "../kernel/errors.js";
import { notesSpec } from "./inputs.js";

export const notesCommand = unavailableCommand(notesSpec, () => new CommandUnavailableError("notes"));
