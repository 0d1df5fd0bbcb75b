import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, InputError } from "../../../src/kernel/errors.js";
import { expandGlobs, readDataFile } from "../../../src/kernel/files.js";
import { tempDir } from "../../helpers/git.js";

describe("reading JSON and YAML files named by inputs", () => {
  it("reads YAML and finds the line of a key for messages", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yml"), "stages:\n  - weight: 10\n  - weight: 50\n");
    const f = readDataFile("config", "c.yml", dir);
    expect(f.data).toEqual({ stages: [{ weight: 10 }, { weight: 50 }] });
    expect(f.lineOf(["stages", 1, "weight"])).toBe(3);
  });

  it("reads JSON", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.json"), '{"a": [1, 2]}');
    expect(readDataFile("config", "c.json", dir).data).toEqual({ a: [1, 2] });
  });

  it("names the input and the path when the file is missing", () => {
    const dir = tempDir();
    const e = (() => {
      try {
        readDataFile("config-file", "nope.yml", dir);
      } catch (err) {
        return err as InputError;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect(e?.message).toContain('Input "config-file" names a file that does not exist: "nope.yml"');
    expect(e?.exitCode).toBe(2);
  });

  it("names the file and line of a syntax error", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yml"), "a: 1\nb: [unclosed\nc: 3\n");
    const e = (() => {
      try {
        readDataFile("config", "bad.yml", dir);
      } catch (err) {
        return err as ConfigError;
      }
    })();
    expect(e).toBeInstanceOf(ConfigError);
    expect(e?.message).toMatch(/^bad\.yml:\d+: /);
    expect(e?.code).toBe("config-invalid");
  });

  it("rejects duplicate keys, which YAML would silently merge", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "dup.yml"), "a: 1\na: 2\n");
    expect(() => readDataFile("config", "dup.yml", dir)).toThrow(ConfigError);
  });
});

describe("expandGlobs", () => {
  it("returns the matching files once each, sorted and absolute, without directories", async () => {
    const dir = tempDir();
    for (const f of ["reports/unit/a.xml", "reports/e2e/b.xml", "reports/e2e/c.txt", "reports/dir.xml/inner.xml"]) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), "<x/>");
    }
    const files = await expandGlobs(["reports/{unit,e2e}/*.xml", "reports/unit/a.xml", "reports/*.xml"], dir);
    expect(files).toEqual([join(dir, "reports/e2e/b.xml"), join(dir, "reports/unit/a.xml")]);
    expect(await expandGlobs(["nothing/**/*.xml"], dir)).toEqual([]);
  });
});
