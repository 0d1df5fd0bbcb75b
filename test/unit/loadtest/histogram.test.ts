import { describe, expect, it } from "vitest";
import {
  createHistogram,
  decodeHistogram,
  encodeHistogram,
  histogramBuckets,
  mergeHistogramInto,
  percentileMs,
  recordMicros,
} from "../../../src/loadtest/core/histogram.js";

describe("HDR latency histograms", () => {
  it("records microseconds with 3 significant digits and answers percentiles in ms", () => {
    const h = createHistogram();
    for (let us = 1; us <= 100_000; us++) recordMicros(h, us);
    expect(percentileMs(h, 50)).toBeCloseTo(50, 1);
    expect(percentileMs(h, 99)).toBeCloseTo(99, 0);
    expect(percentileMs(createHistogram(), 50)).toBeUndefined();
  });

  it("clamps values outside 1 µs .. 1 h instead of throwing mid-run", () => {
    const h = createHistogram();
    recordMicros(h, 0);
    recordMicros(h, 10 * 3_600_000_000);
    expect(h.totalCount).toBe(2);
  });

  it("round-trips through the compressed encoding bucket for bucket", () => {
    const h = createHistogram();
    for (let i = 0; i < 5000; i++) recordMicros(h, 200 + ((i * 7919) % 90_000));
    expect(histogramBuckets(decodeHistogram(encodeHistogram(h)))).toEqual(histogramBuckets(h));
  });

  it("merges exactly: shards added together equal one histogram of all values", () => {
    const all = createHistogram();
    const parts = [createHistogram(), createHistogram(), createHistogram()];
    for (let i = 0; i < 30_000; i++) {
      const v = 100 + ((i * 104_729) % 2_000_000);
      recordMicros(all, v);
      recordMicros(parts[i % 3] as ReturnType<typeof createHistogram>, v);
    }
    const merged = createHistogram();
    for (const p of parts) mergeHistogramInto(merged, decodeHistogram(encodeHistogram(p)));
    expect(histogramBuckets(merged)).toEqual(histogramBuckets(all));
    expect(merged.totalCount).toBe(30_000);
  });
});
