import { versionCommand } from "../version/command.js";
import { runAction } from "../kernel/entry.js";

await runAction(versionCommand);
