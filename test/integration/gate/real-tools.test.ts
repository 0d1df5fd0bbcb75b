import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gateCommand } from "../../../src/gate/command.js";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";
import { ROOT } from "../../helpers/runner.js";
import { requireTool } from "../../helpers/tools.js";

afterAll(() => cleanupTempDirs());

async function gate(dir: string, flags: Record<string, string>) {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env: { PATH: process.env.PATH ?? "", RUNNER_TEMP: dir },
    cwd: dir,
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
  });
  const code = await executeCommand(gateCommand as never, rt);
  rt.flush();
  return { code, outputs: JSON.parse(out) as Record<string, string>, stderr: err.join(""), summary: rt.summaryText() };
}

describe("gate on reports written by the real tools", () => {
  it("reads node --test's JUnit reporter", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "math.test.mjs"),
      `import { test } from "node:test";\nimport assert from "node:assert";\ntest("adds", () => assert.equal(1 + 1, 2));\ntest("divides", () => assert.equal(4 / 2, 3));\ntest.skip("later", () => {});\n`,
    );
    spawnSync(process.execPath, ["--test", "--test-reporter=junit", "--test-reporter-destination=junit.xml", "math.test.mjs"], { cwd: dir });
    const r = await gate(dir, { reports: "junit.xml" });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ conclusion: "failure", tests: "3", passed: "1", failed: "1", skipped: "1" });
    expect(r.summary).toContain("divides");
  });

  it("reads vitest's JUnit reporter", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.test.js"), `test("ok", () => expect(1).toBe(1));\ntest("bad", () => expect(1).toBe(2));\n`);
    writeFileSync(join(dir, "vitest.config.mjs"), "export default {};\n");
    spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--globals", "--root", dir, "--reporter=junit", "--outputFile=junit.xml"],
      { cwd: dir, env: { ...process.env, CI: "true" } },
    );
    const r = await gate(dir, { reports: "junit.xml" });
    expect(r.outputs).toMatchObject({ tests: "2", passed: "1", failed: "1" });
  });

  it("reads pytest's --junitxml, keeping errors apart from failures", async () => {
    await requireTool("pytest");
    const dir = tempDir();
    writeFileSync(
      join(dir, "test_calc.py"),
      "import pytest\n\n@pytest.fixture\ndef broken():\n    raise RuntimeError('setup')\n\ndef test_ok():\n    assert 1 == 1\n\ndef test_bad():\n    assert 1 == 2\n\ndef test_err(broken):\n    pass\n\n@pytest.mark.skip(reason='later')\ndef test_skip():\n    pass\n",
    );
    spawnSync("python3", ["-m", "pytest", "-q", "--junitxml=out/junit.xml", "-p", "no:cacheprovider"], { cwd: dir });
    const r = await gate(dir, { reports: "out/*.xml", "max-failures": "5" });
    expect(r.outputs).toMatchObject({ tests: "4", passed: "1", failed: "1", errored: "1", skipped: "1", conclusion: "success" });
  });

  it("runs the test command itself and fails when it fails, even if the reports pass", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "r"));
    writeFileSync(join(dir, "r", "ok.xml"), '<testsuite name="s"><testcase name="a" classname="s"/></testsuite>');
    const r = await gate(dir, { command: "echo running; exit 3", reports: "r/*.xml" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("test command: exited with 3");
  });

  it("fails when no report matches, and names the unreadable ones while using the rest", async () => {
    const dir = tempDir();
    expect((await gate(dir, { reports: "nothing/*.xml" })).stderr).toContain("no test report matched the globs");
    writeFileSync(join(dir, "good.xml"), '<testsuite name="s"><testcase name="a" classname="s"/></testsuite>');
    writeFileSync(join(dir, "bad.xml"), '<testsuite name="s">\n<testcase name="a"');
    const r = await gate(dir, { reports: "*.xml" });
    expect(r.outputs.tests).toBe("1");
    expect(r.stderr).toMatch(/bad\.xml:2: /);
  });

  it("gates on LCOV coverage and writes a report the next run can use as its baseline", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "j.xml"), '<testsuite name="s"><testcase name="a" classname="s"/></testsuite>');
    writeFileSync(join(dir, "lcov.info"), "SF:src/a.ts\nDA:1,1\nDA:2,0\nend_of_record\n");
    const first = await gate(dir, { reports: "j.xml", coverage: "lcov.info", "coverage-lines-min": "40%" });
    expect(first.outputs).toMatchObject({ conclusion: "success", "coverage-lines": "50" });
    execFileSync("cp", [first.outputs["report-file"] as string, join(dir, "base.json")]);
    writeFileSync(join(dir, "lcov.info"), "SF:src/a.ts\nDA:1,0\nDA:2,0\nDA:3,1\nend_of_record\n");
    const second = await gate(dir, { reports: "j.xml", coverage: "lcov.info", baseline: "base.json", "coverage-max-drop": "5%" });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("line coverage vs base: 33.33% vs 50.00% on the base");
  });

  it("refuses bad input clearly", async () => {
    const dir = tempDir();
    const r = await gate(dir, { reports: "x.xml", "coverage-lines-min": "eighty" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "coverage-lines-min" must be a percentage like 10% or 99.9%; got "eighty"');
    const q = await gate(dir, { reports: "x.xml", quarantine: "missing.txt" });
    expect(q.stderr).toContain('Input "quarantine" names a file that cannot be read');
  });
});
