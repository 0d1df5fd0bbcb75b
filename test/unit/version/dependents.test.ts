import { describe, expect, it } from "vitest";
import { parseVersionConfig } from "../../../src/version/core/config.js";
import { planDependentBumps, type WorkspacePackage } from "../../../src/version/core/dependents.js";

const pkg = (name: string, dependsOn: string[], released = false): WorkspacePackage => ({
  name,
  manifestName: `@o/${name}`,
  dependsOn: dependsOn.map((d) => `@o/${d}`),
  released,
});

describe("bumping workspace dependents", () => {
  it("releases a direct dependent of a released package, naming the cause", () => {
    expect(planDependentBumps([pkg("core", [], true), pkg("cli", ["core"]), pkg("docs", [])])).toEqual(new Map([["cli", ["core"]]]));
  });

  it("follows dependents transitively and names every released package behind them", () => {
    const plan = planDependentBumps([pkg("core", [], true), pkg("util", [], true), pkg("api", ["core"]), pkg("cli", ["api", "util"])]);
    expect(plan).toEqual(
      new Map([
        ["api", ["core"]],
        ["cli", ["core", "util"]],
      ]),
    );
  });

  it("leaves packages that release by themselves alone, and still walks through them", () => {
    const plan = planDependentBumps([pkg("core", [], true), pkg("api", ["core"], true), pkg("cli", ["api"])]);
    expect(plan).toEqual(new Map([["cli", ["core", "api"]]]));
  });

  it("stops on dependency cycles", () => {
    expect(planDependentBumps([pkg("a", ["b"], true), pkg("b", ["a"]), pkg("c", ["c"])])).toEqual(new Map([["b", ["a"]]]));
  });

  it("ignores dependencies outside the workspace and packages without a manifest name", () => {
    const unnamed: WorkspacePackage = { ...pkg("core", [], true), manifestName: undefined };
    expect(planDependentBumps([unnamed, pkg("cli", ["core", "left-pad"])])).toEqual(new Map());
  });

  it("reads bump-dependents from the config file, false by default, and rejects a non-boolean", () => {
    const on = parseVersionConfig({ "bump-dependents": true });
    expect("config" in on && on.config.bumpDependents).toBe(true);
    const off = parseVersionConfig({});
    expect("config" in off && off.config.bumpDependents).toBe(false);
    const bad = parseVersionConfig({ "bump-dependents": "yes" });
    expect("problems" in bad && bad.problems[0]?.path).toEqual(["bump-dependents"]);
  });
});
