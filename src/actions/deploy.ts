import { deployCommand } from "../deploy/command.js";
import { runAction } from "../kernel/entry.js";

await runAction(deployCommand);
