import { describe, expect, it } from "vitest";
import { parseArgs, renderCommandHelp } from "../../../src/cli.js";
import type { ShiplineError } from "../../../src/kernel/errors.js";
import { specs } from "../../../src/specs.js";

function error(argv: string[]): ShiplineError {
  try {
    parseArgs(argv);
  } catch (e) {
    return e as ShiplineError;
  }
  throw new Error("expected an error");
}

describe("CLI flag parsing", () => {
  it("maps flags to input names, with = or a separate value, bare booleans and --no-", () => {
    const p = parseArgs(["version", "--tag-prefix=pkg-a@", "--preset", "angular", "--dry-run", "--no-create-tag", "--json"]);
    expect(p.command).toBe("version");
    expect(Object.fromEntries(p.flags)).toEqual({ "tag-prefix": "pkg-a@", preset: "angular", "dry-run": "true", "create-tag": "false" });
    expect(p.globals.json).toBe(true);
  });

  it("accumulates a repeated list flag", () => {
    const p = parseArgs(["gate", "--reports", "a.xml", "--reports", "b/**/*.xml"]);
    expect(p.flags.get("reports")).toBe("a.xml\nb/**/*.xml");
  });

  it("rejects an unknown flag with a suggestion and exit code 2", () => {
    const e = error(["version", "--tag-prefx", "v"]);
    expect(e.message).toBe('Unknown flag "--tag-prefx" for shipline version. Did you mean "--tag-prefix"?');
    expect(e.exitCode).toBe(2);
  });

  it("rejects an unknown command with a suggestion", () => {
    expect(error(["versoin"]).message).toContain('Did you mean "version"?');
  });

  it("rejects a flag that needs a value and got none", () => {
    expect(error(["version", "--tag-prefix"]).message).toContain('Input "tag-prefix" needs a value');
  });

  it("lists every input of a command in its help, with defaults", async () => {
    const help = renderCommandHelp(specs.version);
    for (const name of Object.keys(specs.version.inputs)) expect(help).toContain(`--${name}`);
    expect(help).toContain("default: conventionalcommits");
    await expect(help).toMatchFileSnapshot("./__outputs__/version-help.txt");
  });
});
