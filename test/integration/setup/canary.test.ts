import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/kernel/markdown.js";
import { canaryToken, findLeaks, type LoggedRequest, registerRequestLog, requestLogMarks, snapshotFiles } from "../../helpers/canary.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

const check = (texts: Record<string, string>, token: string) => findLeaks({ tokens: [token], texts, dirs: [], before: new Map(), marks: new Map() });

describe("the e2e token canary", () => {
  const token = canaryToken("test");

  it("catches the secret part in every escaping, and only the secret part", () => {
    const secret = token.slice(4);
    expect(check({ summary: `x ${escapeMarkdown(`GITHUB_TOKEN=${token}`)} y` }, token)).toEqual([`summary: markdown-escaped form of ${token.slice(0, 8)}...`]);
    expect(check({ out: encodeURIComponent(`a b ${token}`) }, token)).toContain(`out: raw form of ${token.slice(0, 8)}...`);
    expect(check({ out: JSON.stringify({ b: escapeMarkdown(token) }) }, token)).toEqual([`out: json-escaped markdown form of ${token.slice(0, 8)}...`]);
    for (const prefix of ["", "x", "xy", "x-access-token:"])
      expect(check({ header: Buffer.from(`${prefix}${secret}`).toString("base64") }, token).length, prefix).toBeGreaterThan(0);
    expect(check({ clean: "ghs_*** and GITHUB_TOKEN=***" }, token)).toEqual([]);
  });

  it("searches files written during the run, not those that were there before", () => {
    const dir = tempDir("shipline-canary-");
    writeFileSync(join(dir, "fixture.xml"), token);
    const before = snapshotFiles([dir]);
    writeFileSync(join(dir, "report.json"), JSON.stringify({ note: `leaked ${token}` }));
    const leaks = findLeaks({ tokens: [token], texts: {}, dirs: [dir], before, marks: new Map() });
    expect(leaks).toEqual([`file ${join(dir, "report.json")}: raw form of ${token.slice(0, 8)}...`]);
  });

  it("searches the request bodies a registered GitHub fake received during the run", () => {
    const log: LoggedRequest[] = [{ method: "POST", path: "/old", body: { body: token } }];
    const unregister = registerRequestLog(log);
    try {
      const marks = requestLogMarks();
      log.push({ method: "POST", path: "/repos/o/r/issues/1/comments", body: { body: escapeMarkdown(token) } });
      const leaks = findLeaks({ tokens: [token], texts: {}, dirs: [], before: new Map(), marks });
      expect(leaks.every((l) => l.startsWith("request body of POST /repos/o/r/issues/1/comments"))).toBe(true);
      expect(leaks.length).toBeGreaterThan(0);
    } finally {
      unregister();
    }
  });
});
