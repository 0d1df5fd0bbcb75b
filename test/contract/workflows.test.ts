import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMAND_NAMES } from "../../src/kernel/command.js";
import { ROOT } from "../helpers/runner.js";

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function workflowFiles(): string[] {
  const out: string[] = [];
  for (const dir of [".github/workflows", "examples/workflows"]) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const f of readdirSync(join(ROOT, dir))) if (/\.ya?ml$/.test(f)) out.push(join(dir, f));
  }
  return out.sort();
}

/** Which of our actions a `uses:` names: "./gate", "OWNER/shipline/gate@v1", "./" (root) ... */
function shiplineAction(uses: string): string | undefined {
  const local = /^\.\/?([a-z]*)$/.exec(uses);
  if (local) return local[1] === "" ? "main" : local[1];
  const remote = /^[^/]+\/shipline(?:\/([a-z]+))?@/.exec(uses);
  if (remote) return remote[1] ?? "main";
  return undefined;
}

function actionInputs(action: string): Record<string, { required?: boolean; default?: string }> {
  const file = action === "main" ? "action.yml" : `${action}/action.yml`;
  return (parse(readFileSync(join(ROOT, file), "utf8")) as { inputs: Record<string, { required?: boolean; default?: string }> }).inputs;
}

describe("workflows and examples use our actions as they are", () => {
  const files = workflowFiles();
  const uses: [string, string, Step][] = [];
  for (const f of files) {
    const doc = parse(readFileSync(join(ROOT, f), "utf8")) as { jobs?: Record<string, { steps?: Step[] }> };
    for (const job of Object.values(doc.jobs ?? {}))
      for (const step of job.steps ?? []) if (step.uses && shiplineAction(step.uses)) uses.push([f, step.uses, step]);
  }

  it("recognises our actions in uses: lines", () => {
    expect(shiplineAction("./gate")).toBe("gate");
    expect(shiplineAction("./")).toBe("main");
    expect(shiplineAction("acme/shipline/deploy@v1")).toBe("deploy");
    expect(shiplineAction("acme/shipline@v1")).toBe("main");
    expect(shiplineAction("actions/checkout@v4")).toBeUndefined();
  });

  it.each(uses.map(([f, u, s]) => [`${f}: ${u}`, u, s] as const))("%s passes only inputs the action has, and every required one", (_name, u, step) => {
    const action = shiplineAction(u) as string;
    expect([...COMMAND_NAMES, "main"]).toContain(action);
    const inputs = actionInputs(action);
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(inputs), `unknown input "${key}"`).toContain(key);
    for (const [name, def] of Object.entries(inputs))
      if (def.required) expect(Object.keys(step.with ?? {}), `missing required input "${name}"`).toContain(name);
  });
});
