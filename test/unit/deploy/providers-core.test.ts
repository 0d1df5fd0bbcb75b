import { describe, expect, it } from "vitest";
import { parseUpstreamWeight, renderUpstream } from "../../../src/deploy/core/nginx-upstream.js";
import { evaluatePromAnswer, parseComparison } from "../../../src/deploy/core/prometheus.js";

const servers = { upstream: "app", stable: "10.0.0.1:80", canary: "10.0.0.2:80" };

describe("nginx upstream files", () => {
  it.each([0, 10, 50, 100])("reads back %i%% from the file it renders", (w) => {
    expect(parseUpstreamWeight(renderUpstream(servers, w), servers)).toBe(w);
  });

  it("marks the side without traffic down, since nginx has no weight 0", () => {
    expect(renderUpstream(servers, 0)).toContain("server 10.0.0.2:80 down;");
    expect(renderUpstream(servers, 100)).toContain("server 10.0.0.1:80 down;");
  });

  it.each([
    ["upstream app { server 10.0.0.1:80 weight=3; server 10.0.0.2:80; }", 25],
    ["upstream other { server 10.0.0.1:80; server 10.0.0.2:80; }", undefined],
    ["upstream app { server 10.0.0.1:80; }", undefined],
    ["upstream app { server 10.0.0.1:80 down; server 10.0.0.2:80 down; }", undefined],
  ])("reads hand-written %s as %s", (text, want) => {
    expect(parseUpstreamWeight(text, servers)).toBe(want);
  });
});

describe("prometheus comparisons", () => {
  it.each([
    ["< 0.01", { op: "<", value: 0.01 }],
    [">=99.9", { op: ">=", value: 99.9 }],
    ["!= 0", { op: "!=", value: 0 }],
    ["about 5", undefined],
  ])("parses %s", (text, want) => {
    expect(parseComparison(text)).toEqual(want);
  });

  it.each([
    [{ status: "error", error: "parse error at char 3" }, "error", /parse error at char 3/],
    [{ status: "success", data: { resultType: "matrix", result: [] } }, "error", /matrix/],
    [{ status: "success", data: { resultType: "scalar", result: [1, "0.5"] } }, "pass", /= 0.5/],
    [
      {
        status: "success",
        data: {
          resultType: "vector",
          result: [
            { metric: { pod: "a" }, value: [1, "0.5"] },
            { metric: { pod: "b" }, value: [1, "2"] },
          ],
        },
      },
      "fail",
      /\{pod="b"\} 2/,
    ],
  ])("judges %j as %s", (answer, outcome, detail) => {
    const s = evaluatePromAnswer("prometheus", "q", answer, { op: "<", value: 1 }, 0);
    expect(s.outcome).toBe(outcome);
    expect(s.detail).toMatch(detail);
  });
});
