// The base branch's report is untrusted input: schema-checked before any value of it is used, and
// its archive inflated under limits that hold whatever sizes the zip claims.
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseBaseline } from "../../../src/gate/core/baseline.js";
import { readZipEntries } from "../../../src/loadtest/engine/read-zip.js";

const valid = {
  schema: "shipline-gate/1",
  conclusion: "success",
  totals: { tests: 5, passed: 4, failed: 1, errored: 0, skipped: 0, flaky: 0, durationMs: 12.5 },
  coverage: { lines: 83.84, branches: 74.38, files: [{ file: "src/a.ts", lines: 90 }] },
  failedIds: ["suite > bad"],
  commit: "0123456789abcdef0123456789abcdef01234567",
};

describe("the baseline report", () => {
  it("reads a report the gate wrote, keeping only the fields it uses", () => {
    expect(parseBaseline(JSON.stringify({ ...valid, extra: "<script>" }))).toEqual(valid);
    const { coverage: _c, commit: _s, ...bare } = valid;
    expect(parseBaseline(JSON.stringify(bare))).toMatchObject({ coverage: undefined, commit: undefined });
  });

  it.each([
    ["a count that is markup", { totals: { ...valid.totals, tests: "<img src=x onerror=alert(1)>" } }, /totals\.tests/],
    ["a negative count", { totals: { ...valid.totals, failed: -1 } }, /totals\.failed/],
    ["a percentage over 100", { coverage: { ...valid.coverage, lines: 1e9 } }, /coverage\.lines/],
    ["a commit of 1000 characters", { commit: "a".repeat(1000) }, /commit/],
    ["too many failing ids", { failedIds: Array.from({ length: 10_001 }, (_, i) => `t${i}`) }, /failedIds/],
    ["a conclusion it never writes", { conclusion: "neutral" }, /conclusion/],
  ])("refuses %s, naming the field", (_what, patch, re) => {
    expect(() => parseBaseline(JSON.stringify({ ...valid, ...patch }))).toThrow(re);
  });

  it("refuses a file that is not a gate report", () => {
    expect(() => parseBaseline('{"schema":"other"}')).toThrow(/not a Shipline gate report \(schema "other"\)/);
    expect(() => parseBaseline("{")).toThrow(/not JSON/);
  });
});

describe("an artifact zip", () => {
  it("reads the entries of an archive upload-artifact writes", () => {
    const zip = Buffer.from(zipSync({ "shipline-gate-report.json": new TextEncoder().encode(JSON.stringify(valid)) }));
    expect(JSON.parse(readZipEntries(zip).get("shipline-gate-report.json")?.toString("utf8") ?? "")).toEqual(valid);
  });

  it("stops inflating a zip bomb at the limit, whatever size its headers claim", () => {
    // 64 MiB of zeros deflate to ~64 KiB; the central directory claims 10 bytes.
    const zip = Buffer.from(zipSync({ "r.json": new Uint8Array(64 * 1024 * 1024) }));
    const limits = { maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 };
    expect(() => readZipEntries(zip, () => true, limits)).toThrow(/inflates to more than 8 MB per entry or 16 MB in all \(entry r\.json\); refusing it/);
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cd = zip.readUInt32LE(eocd + 16);
    zip.writeUInt32LE(10, cd + 24);
    expect(() => readZipEntries(zip, () => true, limits)).toThrow(/refusing it/);
  });

  it("counts the limit across entries", () => {
    const part = new Uint8Array(6 * 1024 * 1024);
    const zip = Buffer.from(zipSync({ "a.json": part, "b.json": part, "c.json": part }));
    expect(() => readZipEntries(zip, () => true, { maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 })).toThrow(/entry c\.json/);
  });
});
