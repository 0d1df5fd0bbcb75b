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

/** Every `uses:` line in our workflows, the examples and the docs' snippets, with where it is. */
function usesLines(): { where: string; uses: string; comment: string }[] {
  const files = [...workflowFiles(), "README.md"];
  for (const dir of ["docs", "examples"]) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const f of readdirSync(join(ROOT, dir), { recursive: true }) as string[])
      if (/\.(md|ya?ml)$/.test(f) && !files.includes(join(dir, f))) files.push(join(dir, f));
  }
  const out: { where: string; uses: string; comment: string }[] = [];
  for (const f of files) {
    readFileSync(join(ROOT, f), "utf8")
      .split("\n")
      .forEach((line, i) => {
        const m = /^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)["']?\s*(?:#\s*(.*))?$/.exec(line);
        if (m) out.push({ where: `${f}:${i + 1}`, uses: m[1] as string, comment: (m[2] ?? "").trim() });
      });
  }
  return out;
}

/** A third-party action pinned by full commit SHA, with the tag it stands for in a comment. */
function unpinnedProblem(uses: string, comment: string): string | undefined {
  if (uses.startsWith("./") || uses.startsWith("docker://") || shiplineAction(uses)) return undefined;
  const at = uses.lastIndexOf("@");
  const ref = at === -1 ? "" : uses.slice(at + 1);
  if (!/^[0-9a-f]{40}$/.test(ref)) return `is not pinned by a full commit SHA (got "${ref || "no ref"}"): use owner/repo@<40-hex sha> # vX.Y.Z`;
  if (!/^v\d+(\.\d+)*$/.test(comment.split(/\s/)[0] ?? "")) return 'has no tag comment: add "# vX.Y.Z" after the SHA';
  return undefined;
}

describe("third-party actions are pinned by commit SHA", () => {
  const lines = usesLines();

  it("finds the uses: lines of the workflows, the examples and the docs", () => {
    expect(lines.some((l) => l.where.startsWith(".github/workflows/"))).toBe(true);
    expect(lines.some((l) => l.where.startsWith("examples/"))).toBe(true);
    expect(lines.some((l) => l.uses.startsWith("actions/checkout@"))).toBe(true);
  });

  it.each([
    ["actions/checkout@v4", "", /not pinned by a full commit SHA \(got "v4"\)/],
    ["actions/checkout@main", "", /not pinned/],
    ["actions/checkout@11bd719", "v4.2.2", /not pinned/],
    ["actions/checkout", "", /got "no ref"/],
    ["actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "", /no tag comment/],
  ])("refuses %s # %s", (uses, comment, message) => {
    expect(unpinnedProblem(uses, comment)).toMatch(message);
  });

  it.each([
    ["actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2"],
    ["./gate", ""],
    ["OWNER/shipline/gate@v1", ""],
  ])("accepts %s # %s", (uses, comment) => {
    expect(unpinnedProblem(uses, comment)).toBeUndefined();
  });

  it("holds for every uses: line", () => {
    const problems = lines.flatMap((l) => {
      const p = unpinnedProblem(l.uses, l.comment);
      return p ? [`${l.where}: ${l.uses} ${p}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("installs with npm ci in CI, and runs the README's test command from .ci/run", () => {
    for (const f of workflowFiles().filter((w) => w.startsWith(".github/")))
      expect(readFileSync(join(ROOT, f), "utf8"), f).not.toMatch(/run:\s*npm (install|i)\b/);
    const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("```sh\nnpm install && npm test\n```");
    expect(ci.trim().split("\n").at(-1)).toBe("npm install && npm test");
    expect(ci).not.toContain("apt-get");
  });
});
