import { notesCommand } from "../notes/command.js";
import { runAction } from "../kernel/entry.js";

await runAction(notesCommand);
