import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deploy } from "./run-deploy.js";

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "shipline-plan-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe("deploy --config (plan files)", () => {
  it("prints the plan from the file on a dry run and changes nothing", async () => {
    const cwd = dir({
      "deploy.yml": "check-interval: 2s\nstages:\n  - { weight: 20%, bake: 1m, check-interval: 5s }\n  - { weight: 60%, bake: 2m }\n  - weight: 100%\n",
    });
    const r = await deploy(
      { config: "deploy.yml", "dry-run": "true", "provider-command": "exit 9", provider: "command", "probe-url": "http://127.0.0.1:9/" },
      {},
      cwd,
    );
    expect(r.code).toBe(0);
    await expect(r.summary).toMatchFileSnapshot("./__outputs__/plan-file-dry-run.md");
    expect(r.summary).toMatch(/\b20\s*%/);
    expect(r.summary).toMatch(/\b60\s*%/);
    expect(r.summary).not.toMatch(/\b50\s*%/);
  });

  it("fails with exit 2 naming the file, the line, the key and the fix, without a stack trace", async () => {
    const cwd = dir({ "deploy.yml": "stages:\n  - weight: 10%\n    bake: 5 minutes\n  - weight: 100%\n" });
    const r = await deploy({ config: "deploy.yml", provider: "command", "provider-command": "true", "probe-url": "http://127.0.0.1:9/" }, {}, cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deploy\.yml: line 3: "stages\.0\.bake" must be a duration like 90s, 5m or 1h; got "5 minutes"/);
    expect(r.stderr).toMatch(/Fix the plan file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("fails with exit 2 naming the input when the plan file does not exist", async () => {
    const r = await deploy({ config: "missing.yml", provider: "command", "provider-command": "true", "probe-url": "http://127.0.0.1:9/" }, {}, dir({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"config".*does not exist: "missing\.yml"/);
  });

  it("fails with exit 2 naming the file and key when the plan's prometheus threshold is not a comparison", async () => {
    const cwd = dir({ "deploy.yml": "stages: '100%'\ngates:\n  prometheus: { threshold: about 1 }\n" });
    const r = await deploy(
      {
        config: "deploy.yml",
        provider: "command",
        "provider-command": "true",
        "prometheus-url": "http://127.0.0.1:9",
        "prometheus-query": "up",
      },
      {},
      cwd,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deploy\.yml: "gates\.prometheus\.threshold" must be a comparison like "< 0\.01" or ">= 99\.9"; got "about 1"/);
    expect(r.stderr).toMatch(/Write the comparison as an operator and a number/);
  });
});
