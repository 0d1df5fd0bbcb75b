/**
 * Loads one command's implementation on demand, so `shipline version` does not parse the load-test
 * engine or the deploy providers at start-up.
 */
import type { Command, CommandName } from "./kernel/command.js";

export async function loadCommand(name: CommandName): Promise<Command> {
  switch (name) {
    case "gate":
      return (await import("./gate/command.js")).gateCommand as unknown as Command;
    case "version":
      return (await import("./version/command.js")).versionCommand as unknown as Command;
    case "notes":
      return (await import("./notes/command.js")).notesCommand as unknown as Command;
    case "loadtest":
      return (await import("./loadtest/command.js")).loadtestCommand as unknown as Command;
    case "deploy":
      return (await import("./deploy/command.js")).deployCommand as unknown as Command;
  }
}
