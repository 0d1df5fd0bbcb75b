import { deployCommand } from "../deploy/command.js";
import { runPost } from "../kernel/entry.js";

await runPost(deployCommand);
