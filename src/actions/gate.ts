import { gateCommand } from "../gate/command.js";
import { runAction } from "../kernel/entry.js";

await runAction(gateCommand);
