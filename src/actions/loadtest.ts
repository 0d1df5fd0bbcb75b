import { loadtestCommand } from "../loadtest/command.js";
import { runAction } from "../kernel/entry.js";

await runAction(loadtestCommand);
