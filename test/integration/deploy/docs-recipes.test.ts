/**
 * The `command` provider recipes in docs/deploy.md: every one is valid bash, and the Gateway API one,
 * run by the real CommandProvider with a recording `kubectl` on PATH, sends a JSON patch with the
 * stage's weights and reports the weight back on its last line.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CommandProvider } from "../../../src/deploy/providers/command.js";
import { ROOT } from "../../helpers/runner.js";

const doc = readFileSync(join(ROOT, "docs/deploy.md"), "utf8");
const section = doc.slice(doc.indexOf("### Recipes for `command`"), doc.indexOf("## Gates"));
const recipes = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => (parse(m[1] as string) as { "provider-command": string })["provider-command"]);

describe("the provider-command recipes in docs/deploy.md", () => {
  it("lists recipes for kubectl, Argo Rollouts and three cloud load balancers", () => {
    expect(recipes).toHaveLength(5);
    expect(recipes.join("\n")).toMatch(/kubectl patch httproute/);
    expect(recipes.join("\n")).toMatch(/kubectl argo rollouts promote/);
    expect(recipes.join("\n")).toMatch(/aws elbv2 modify-listener/);
    expect(recipes.join("\n")).toMatch(/gcloud run services update-traffic/);
    expect(recipes.join("\n")).toMatch(/az afd origin update/);
  });

  it.each(recipes.map((r, i) => [i + 1, r]))("recipe %i is valid bash", (_i, script) => {
    const r = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("the Gateway API recipe patches both weights with valid JSON and reports the canary's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shipline-recipe-"));
    // A kubectl that keeps one HTTPRoute's two weights in a file, as the API server would.
    writeFileSync(join(dir, "weights.json"), JSON.stringify([100, 0]));
    writeFileSync(
      join(dir, "kubectl"),
      `#!/usr/bin/env node
const fs = require("node:fs"); const f = ${JSON.stringify(join(dir, "weights.json"))};
const a = process.argv.slice(2); const w = JSON.parse(fs.readFileSync(f, "utf8"));
if (a[0] === "patch") { for (const op of JSON.parse(a[a.indexOf("-p") + 1])) w[Number(op.path.split("/")[5])] = op.value; fs.writeFileSync(f, JSON.stringify(w)); }
else if (a[0] === "get") process.stdout.write(String(w[1]));
else process.exit(9);
`,
    );
    chmodSync(join(dir, "kubectl"), 0o755);
    const logs: string[] = [];
    const p = new CommandProvider(recipes[0] as string, {
      cwd: dir,
      env: { PATH: `${dir}:${process.env.PATH ?? ""}` },
      version: "2.0.0",
      log: (m) => logs.push(m),
    });
    await p.apply(10, 1);
    expect(JSON.parse(readFileSync(join(dir, "weights.json"), "utf8"))).toEqual([90, 10]);
    expect(logs.at(-1)).toBe("10");
    await p.rollback();
    expect(JSON.parse(readFileSync(join(dir, "weights.json"), "utf8"))).toEqual([100, 0]);
  });
});
