import { describe, expect, it } from "vitest";
import { compileChecks, evaluateChecks, parseJsonPath } from "../../../src/loadtest/core/checks.js";

describe("response checks", () => {
  it("passes only 2xx without a status check (an unfollowed redirect fails), and only the listed statuses with one", () => {
    const none = compileChecks(undefined).compiled;
    expect(evaluateChecks(none, 204, undefined).statusOk).toBe(true);
    expect(evaluateChecks(none, 302, undefined)).toMatchObject({ statusOk: false, failed: 1, firstFailure: "status 302" });
    expect(evaluateChecks(none, 404, undefined).statusOk).toBe(false);
    const listed = compileChecks({ status: [404] }).compiled;
    expect(evaluateChecks(listed, 404, undefined)).toMatchObject({ statusOk: true, passed: 1, failed: 0 });
    expect(evaluateChecks(compileChecks({ status: 302 }).compiled, 302, undefined).statusOk).toBe(true);
  });

  it("checks body text and JSON paths, reporting the first failure", () => {
    const { compiled } = compileChecks({ "body-contains": "ok", json: { "$.data.items[1].id": 7, "$.status": "up" } });
    expect(compiled.needsBody).toBe(true);
    expect(evaluateChecks(compiled, 200, '{"status":"up","data":{"items":[{"id":1},{"id":7}]},"ok":1}')).toMatchObject({ passed: 4, failed: 0 });
    const bad = evaluateChecks(compiled, 200, '{"status":"down","data":{"items":[]}}');
    expect(bad).toMatchObject({ passed: 1, failed: 3, firstFailure: 'body does not contain "ok"' });
    expect(evaluateChecks(compiled, 200, "<html>ok</html>").firstFailure).toBeUndefined;
  });

  it("parses JSON paths in $ and short form, and explains malformed ones", () => {
    expect(parseJsonPath("$.a['b c'][2].d")).toEqual(["a", "b c", 2, "d"]);
    expect(parseJsonPath("a.0.b")).toEqual(["a", 0, "b"]);
    expect(parseJsonPath("$.a[x]")).toMatch(/malformed \[\.\.\.\]/);
  });
});
