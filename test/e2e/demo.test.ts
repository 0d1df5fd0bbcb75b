import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/runner.js";

function runDemo(path: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/demo.mjs")], { env: { ...process.env, PATH: path, NO_COLOR: "1" } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

const demoTmpDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith("shipline-demo-")).length;

/** PATH with this Node and git but without HAProxy, so the demo has to fall back to its own router. */
function pathWithoutHaproxy(bin: string): string {
  symlinkSync(process.execPath, join(bin, "node"));
  const dirs = (process.env.PATH ?? "").split(delimiter).filter((d) => !/sbin/.test(d) && d !== dirname(process.execPath));
  return [bin, ...dirs].join(delimiter);
}

describe("npm run demo", () => {
  it("runs the whole pipeline through HAProxy: promotes a healthy green, rolls back the faulty one, and cleans up", async () => {
    const before = demoTmpDirs();
    const r = await runDemo(process.env.PATH ?? "");
    expect(r.out).toContain("router: HAProxy (runtime API)");
    expect(r.out).toMatch(/deploy \(healthy\)\s+promoted, 100% on green/);
    expect(r.out).toMatch(/deploy \(fault\)\s+rolled-back in \d+ ms/);
    expect(r.out).toMatch(/rolled-back: stage \d \(\d+%\): .*(error rate|errors? in \d+ requests)/);
    expect(r.out).toContain("The pipeline behaved as expected");
    expect(r.code).toBe(0);
    expect(demoTmpDirs()).toBe(before);
  }, 120_000);

  it("falls back to its built-in router, clearly labelled, when HAProxy is not installed", async () => {
    const bin = mkdtempSync(join(tmpdir(), "shipline-nohaproxy-"));
    const r = await runDemo(pathWithoutHaproxy(bin)).finally(() => rmSync(bin, { recursive: true, force: true }));
    expect(r.out).toContain("built-in embedded router (demo default: HAProxy is not installed)");
    expect(r.out).toMatch(/deploy \(fault\)\s+rolled-back/);
    expect(r.code).toBe(0);
  }, 120_000);
});
