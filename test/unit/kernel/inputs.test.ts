import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/kernel/errors.js";
import {
  formatMs,
  type InputSpec,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseJson,
  parseGlobs,
  parseList,
  parseNumber,
  parsePercent,
  readInputs,
} from "../../../src/kernel/inputs.js";

function problem(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("typed input readers", () => {
  it.each([
    ["90s", 90_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["500ms", 500],
    ["1.5s", 1500],
    ["2d", 172_800_000],
    ["0", 0],
  ])("reads the duration %s as %d ms", (raw, ms) => {
    expect(parseDuration("bake-time", raw)).toBe(ms);
  });

  it.each(["5 minutes", "", "10", "-5s", "5x", "m5"])("rejects the duration %j naming the input, the value and the accepted form", (raw) => {
    const e = problem(() => parseDuration("bake-time", raw));
    expect(e.message).toContain('Input "bake-time"');
    expect(e.message).toContain(JSON.stringify(raw));
    expect(e.message).toMatch(/like 90s, 5m, 1h/);
    expect(e.exitCode).toBe(2);
    expect(e.code).toBe("input-invalid");
  });

  it("rejects a duration outside its bounds and states them", () => {
    const e = problem(() => parseDuration("check-interval", "100ms", { min: 1000 }));
    expect(e.message).toContain("of at least 1s");
  });

  it.each([
    ["true", true],
    ["True", true],
    ["yes", true],
    ["false", false],
    ["FALSE", false],
    ["off", false],
  ])("reads the boolean %s", (raw, v) => {
    expect(parseBoolean("dry-run", raw)).toBe(v);
  });

  it("rejects a boolean that is neither true nor false", () => {
    const e = problem(() => parseBoolean("dry-run", "maybe"));
    expect(e.message).toBe('Input "dry-run" must be true or false; got "maybe".');
  });

  it("reads integers and rejects fractions, words and negatives below the minimum", () => {
    expect(parseInteger("max-failures", " 3 ")).toBe(3);
    expect(problem(() => parseInteger("max-failures", "1.5")).message).toContain("whole number");
    expect(problem(() => parseInteger("max-failures", "three")).message).toContain('"three"');
    expect(problem(() => parseInteger("max-failures", "-1", { min: 0 })).message).toContain("of at least 0");
  });

  it("reads numbers", () => {
    expect(parseNumber("ratio", "0.25")).toBe(0.25);
    expect(parseNumber("ratio", "1e3")).toBe(1000);
    expect(problem(() => parseNumber("ratio", "1,5")).message).toContain("must be a number");
  });

  it("reads percentages with or without the sign and keeps them within 0..100", () => {
    expect(parsePercent("coverage-lines-min", "80%")).toBe(80);
    expect(parsePercent("coverage-lines-min", "99.9")).toBe(99.9);
    expect(problem(() => parsePercent("coverage-lines-min", "120%")).message).toContain("from 0% to 100%");
    expect(problem(() => parsePercent("coverage-lines-min", "eighty")).message).toContain("like 10% or 99.9%");
  });

  it("rejects an unknown enum value and suggests the nearest one", () => {
    const e = problem(() => parseEnum("preset", "conventionalcommit", ["conventionalcommits", "angular"] as const));
    expect(e.message).toContain("must be one of conventionalcommits, angular");
    expect(e.message).toContain('Did you mean "conventionalcommits"?');
  });

  // Every reader, every kind of wrong value: one message naming the input, quoting the value and
  // stating the accepted form, with the input-invalid code and exit code 2.
  it.each([
    ["boolean, empty", () => parseBoolean("dry-run", ""), 'Input "dry-run" must be true or false; got "".'],
    ["boolean, a number", () => parseBoolean("dry-run", "2"), 'Input "dry-run" must be true or false; got "2".'],
    ["integer, empty", () => parseInteger("max-failures", ""), 'Input "max-failures" must be a whole number; got "".'],
    ["integer, a word", () => parseInteger("max-failures", "none"), 'Input "max-failures" must be a whole number; got "none".'],
    ["integer, negative", () => parseInteger("max-failures", "-1", { min: 0 }), 'Input "max-failures" must be a whole number of at least 0; got "-1".'],
    ["integer, too large", () => parseInteger("probe-requests", "5000", { min: 1, max: 1000 }), 'Input "probe-requests" must be a whole number'],
    ["number, empty", () => parseNumber("ratio", ""), 'Input "ratio" must be a number; got "".'],
    ["number, negative", () => parseNumber("ratio", "-0.5", { min: 0 }), 'Input "ratio" must be a number of at least 0; got "-0.5".'],
    ["percent, empty", () => parsePercent("coverage-lines-min", ""), 'Input "coverage-lines-min" must be a percentage like 10% or 99.9%; got "".'],
    ["percent, negative", () => parsePercent("coverage-lines-min", "-5%"), 'Input "coverage-lines-min" must be a percentage like 10% or 99.9%; got "-5%".'],
    [
      "enum, empty",
      () => parseEnum("preset", "", ["conventionalcommits", "angular"] as const),
      'Input "preset" must be one of conventionalcommits, angular; got "".',
    ],
    [
      "duration, negative",
      () => parseDuration("bake-time", "-5m"),
      'Input "bake-time" must be a duration like 90s, 5m, 1h or 1h30m (units ms, s, m, h, d); got "-5m".',
    ],
    ["json, not JSON", () => parseJson("packages", "{a:1}"), 'Input "packages"'],
  ])("rejects %s with one message naming the input, the value and the accepted form", (_what, fn, message) => {
    const e = problem(fn);
    expect(e.message.startsWith(message), e.message).toBe(true);
    expect(e.message.split("\n")).toHaveLength(1);
    expect(e.code).toBe("input-invalid");
    expect(e.exitCode).toBe(2);
  });

  it("reads globs from lines or top-level commas, keeping the commas inside braces and brackets", () => {
    expect(parseGlobs("reports", "reports/{unit,e2e}/*.xml, junit.xml")).toEqual(["reports/{unit,e2e}/*.xml", "junit.xml"]);
    expect(parseGlobs("reports", "a/**/*.xml\n# old\n\nb/[ab],c.xml")).toEqual(["a/**/*.xml", "b/[ab]", "c.xml"]);
    expect(parseGlobs("reports", "lit\\{x.xml")).toEqual(["lit\\{x.xml"]);
  });

  it.each([
    ["reports/{unit,e2e/*.xml", /Input "reports" has an unclosed "\{" or "\[" in "reports\/\{unit,e2e\/\*\.xml"; close it/],
    ["reports/unit}/*.xml", /Input "reports" has a "\}" without its opening bracket in "reports\/unit\}\/\*\.xml"/],
  ])("refuses the unbalanced glob %j, which would silently match nothing", (raw, message) => {
    const e = problem(() => parseGlobs("reports", raw));
    expect(e.message).toMatch(message);
    expect(e.exitCode).toBe(2);
  });

  it("reads lists from lines or commas, dropping blanks and comments", () => {
    expect(parseList("a, b ,,c")).toEqual(["a", "b", "c"]);
    expect(parseList("reports/**/*.xml\n# comment\n\n  junit.xml  ")).toEqual(["reports/**/*.xml", "junit.xml"]);
  });

  it("reads JSON and names the input when it is not JSON", () => {
    expect(parseJson("labels", '{"a":1}')).toEqual({ a: 1 });
    expect(problem(() => parseJson("labels", "{a:1}")).message).toContain('Input "labels" must be valid JSON');
  });

  it("formats milliseconds back the way inputs are written", () => {
    expect(formatMs(5_400_000)).toBe("1h30m");
    expect(formatMs(500)).toBe("500ms");
    expect(formatMs(0)).toBe("0s");
  });
});

describe("readInputs", () => {
  const spec = {
    "max-failures": { kind: "integer", min: 0, default: "0", description: "Failures allowed." },
    "bake-time": { kind: "duration", description: "Bake." },
    target: { kind: "string", required: true, description: "URL of the target." },
    mode: { kind: "enum", values: ["a", "b"], default: "a", description: "Mode." },
    token: { kind: "secret", default: "${{ github.token }}", description: "Token." },
  } as const satisfies InputSpec;

  it("applies defaults to empty inputs but leaves runner expressions alone", () => {
    const v = readInputs(spec, (n) => (n === "target" ? "http://127.0.0.1" : ""));
    expect(v).toEqual({ "max-failures": 0, "bake-time": undefined, target: "http://127.0.0.1", mode: "a", token: undefined });
  });

  it("collects every problem before failing, one line each", () => {
    const raw: Record<string, string> = { "max-failures": "-2", "bake-time": "soon", mode: "c" };
    const e = problem(() => readInputs(spec, (n) => raw[n] ?? ""));
    expect(e.inputs).toEqual(["max-failures", "bake-time", "target", "mode"]);
    expect(e.message.split("\n")[0]).toBe("4 problems:");
    expect(e.message).toContain('Input "target" is required: URL of the target.');
  });

  it("says a missing required input is missing (code input-missing)", () => {
    const e = problem(() => readInputs(spec, () => ""));
    expect(e.code).toBe("input-missing");
    expect(e.message).toBe('Input "target" is required: URL of the target.');
  });

  it("caps the list at 10 problems and says how many more", () => {
    const many: InputSpec = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`n${i}`, { kind: "integer", description: "n" }]));
    const e = problem(() => readInputs(many, () => "x"));
    expect(e.message).toContain("13 problems:");
    expect(e.message).toContain("- and 3 more.");
    expect(e.message.split("\n")).toHaveLength(12);
  });
});
