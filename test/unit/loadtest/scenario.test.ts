import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataText } from "../../../src/kernel/files.js";
import { planLoad } from "../../../src/loadtest/core/plan.js";
import { renderReportJsonSchema } from "../../../src/loadtest/core/report.js";
import { parseScenario, renderScenarioJsonSchema } from "../../../src/loadtest/core/scenario.js";
import { ROOT } from "../../helpers/runner.js";

const fixture = (name: string) => join(ROOT, "test/fixtures/loadtest", name);

function load(name: string) {
  const file = parseDataText(name, fixture(name), readFileSync(fixture(name), "utf8"));
  return { file, ...parseScenario(file.data, (p) => file.lineOf(p)) };
}

describe("scenario files", () => {
  it("reads a full scenario and plans 10x the baseline with env variables interpolated and masked", () => {
    const { scenario, problems } = load("scenario.yml");
    expect(problems).toEqual([]);
    const { plan, problems: planProblems, secrets } = planLoad({ scenario, allowedHosts: [], env: { API_TOKEN: "s3cr3t", OTHER: "x" } });
    expect(planProblems).toEqual([]);
    expect(secrets).toEqual(["s3cr3t"]);
    expect(plan?.rate).toBe(1200);
    expect(plan?.model).toEqual({ kind: "open", profile: { kind: "constant", rate: 1200, durationMs: 70_000 } });
    expect(plan?.warmupMs).toBe(10_000);
    expect(plan?.requests[1]).toMatchObject({
      name: "login",
      method: "POST",
      body: '{"user":"demo"}',
      headers: { authorization: "Bearer s3cr3t", "content-type": "application/json" },
    });
    expect(plan?.cycle).toEqual([0, 0, 1, 0]);
    expect(plan?.allowedHosts).toEqual(["staging.example.com"]);
  });

  it("names every problem with its key and line", () => {
    const { problems } = load("bad-scenario.yml");
    const shown = problems.map((p) => `${p.line}:${p.key}: ${p.message}`);
    expect(shown).toEqual([
      expect.stringMatching(/^3:load\.rate: .*like "10x"/),
      expect.stringMatching(/^4:load\.duration: must be a duration like 500ms, 30s/),
      expect.stringMatching(/^5:load: unknown key "connnections"; check the spelling/),
      '8:requests[0].method: must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS; got "FETCH"',
      "7:requests[0].path: must start with /",
    ]);
  });

  it("refuses ${VAR} that the file does not declare under env:, and declared variables missing from the environment", () => {
    const data = { target: "http://127.0.0.1:1", requests: [{ path: "/${TOKEN}" }] };
    expect(parseScenario(data).problems[0]).toMatchObject({ key: "requests[0].path", message: expect.stringMatching(/not listed under "env:"/) });
    const { scenario } = parseScenario({ ...data, env: ["TOKEN"] });
    const { problems } = planLoad({ scenario, rate: "10", allowedHosts: [], env: {} });
    expect(problems[0]?.message).toMatch(/the environment has no TOKEN; set it in the step's env:/);
  });

  it("refuses two load models at once", () => {
    const { problems } = parseScenario({ load: { rate: 10, connections: 5 } });
    expect(problems[0]?.message).toMatch(/choose one load model/);
  });

  it("publishes JSON Schemas generated from the zod schemas (regenerate with vitest -u)", async () => {
    const scenario = renderScenarioJsonSchema() as { properties: { load: { properties: { rate: { anyOf: unknown[] } } } } };
    expect(scenario.properties.load.properties.rate.anyOf).toHaveLength(2);
    await expect(`${JSON.stringify(scenario, null, 2)}\n`).toMatchFileSnapshot("../../../schema/loadtest-scenario.schema.json");
    await expect(`${JSON.stringify(renderReportJsonSchema(), null, 2)}\n`).toMatchFileSnapshot("../../../schema/loadtest-report.schema.json");
  });
});

describe("planning safety", () => {
  const base = { rate: "100", durationMs: 10_000, env: {} };

  it("refuses a target whose host is not in allowed-hosts", () => {
    const { problems } = planLoad({ ...base, target: "https://prod.example.com", allowedHosts: ["staging.example.com"] });
    expect(problems).toEqual([{ input: "allowed-hosts", message: expect.stringMatching(/does not list the target's host "prod\.example\.com"/) }]);
    expect(planLoad({ ...base, target: "https://a.staging.example.com", allowedHosts: ["*.staging.example.com"] }).problems).toEqual([]);
  });

  it("refuses plans above the hard caps on duration and requests", () => {
    const { problems } = planLoad({
      ...base,
      target: "http://127.0.0.1:1",
      allowedHosts: [],
      durationMs: 3_600_000,
      maxDurationMs: 600_000,
      maxRequests: 1000,
    });
    expect(problems.map((p) => p.input)).toEqual(["duration", "max-requests"]);
  });

  it("divides the rate between shards through the schedule and connections by count", () => {
    const { plan } = planLoad({ target: "http://127.0.0.1:1", connections: 10, shard: "3/4", allowedHosts: [], env: {} });
    expect(plan?.model).toMatchObject({ kind: "closed", connections: 2 });
    expect(planLoad({ target: "http://127.0.0.1:1", connections: 10, shard: "1/4", allowedHosts: [], env: {} }).plan?.model).toMatchObject({ connections: 3 });
  });

  it("requires a target and a load model", () => {
    const { problems } = planLoad({ allowedHosts: [], env: {} });
    expect(problems.map((p) => p.input)).toEqual(["target", "rate"]);
  });
});
