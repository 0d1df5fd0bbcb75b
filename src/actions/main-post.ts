/**
 * The root action's post step. Only `command: deploy` has one (it finishes the GitHub records and
 * rolls back when the main step died mid-rollout); for the other commands it does nothing.
 */
import { deployCommand } from "../deploy/command.js";
import { runPost } from "../kernel/entry.js";

if ((process.env["INPUT_COMMAND"] ?? "").trim().toLowerCase() === "deploy") await runPost(deployCommand);
