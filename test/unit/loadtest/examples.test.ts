import { readFileSync } from "node:fs";
import { join } from "node:path";
// ajv is not a direct dependency (it comes with @stoplight/prism-cli); it validates against the
// published JSON Schema itself, independently of the zod schema it was generated from.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseDataText } from "../../../src/kernel/files.js";
import { planLoad } from "../../../src/loadtest/core/plan.js";
import { parseScenario } from "../../../src/loadtest/core/scenario.js";
import { parseThresholds } from "../../../src/loadtest/core/thresholds.js";
import { ROOT } from "../../helpers/runner.js";

const EXAMPLE = "examples/loadtest/scenario.yml";
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(JSON.parse(read("schema/loadtest-scenario.schema.json")) as object);

describe("examples/loadtest/scenario.yml", () => {
  it("is the scenario every config: of the matrix workflow example points at", () => {
    const workflow = parse(read("examples/workflows/loadtest-matrix.yml")) as { jobs: Record<string, { steps: { with?: { config?: string } }[] }> };
    const configs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.with?.config).filter((c): c is string => c !== undefined));
    expect(configs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(configs)).toEqual(new Set([EXAMPLE]));
  });

  it("validates against the published schema/loadtest-scenario.schema.json", () => {
    const data = parse(read(EXAMPLE)) as unknown;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("is refused by the schema when a key is misspelt, so the check above has teeth", () => {
    const data = parse(read(EXAMPLE)) as { load: Record<string, unknown> };
    data.load.rat = data.load.rate;
    delete data.load.rate;
    expect(validate(data)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: "/load", keyword: "additionalProperties", params: { additionalProperty: "rat" } });
  });

  it("plans 10x the baseline with its thresholds, and names the missing API_TOKEN when the environment lacks it", () => {
    const file = parseDataText("scenario.yml", join(ROOT, EXAMPLE), read(EXAMPLE));
    const { scenario, problems } = parseScenario(file.data, (p) => file.lineOf(p));
    expect(problems).toEqual([]);
    expect(parseThresholds(scenario?.thresholds ?? {}).problems).toEqual([]);
    const { plan, problems: planProblems, secrets } = planLoad({ scenario, allowedHosts: [], env: { API_TOKEN: "t0ken" } });
    expect(planProblems).toEqual([]);
    expect(secrets).toEqual(["t0ken"]);
    expect(plan).toMatchObject({ rate: 1200, durationMs: 300_000, warmupMs: 30_000, allowedHosts: ["staging.example.com"] });
    expect(plan?.requests.map((r) => r.name)).toEqual(["home", "items"]);
    expect(planLoad({ scenario, allowedHosts: [], env: {} }).problems[0]?.message).toMatch(/the environment has no API_TOKEN/);
  });
});
