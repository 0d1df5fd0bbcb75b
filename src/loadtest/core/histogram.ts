/**
 * Latency histograms: HDR histograms (hdr-histogram-js) in microseconds, 3 significant digits,
 * from 1 µs to 1 h. They merge exactly (bucket counts add), so shards of a matrix run combine into
 * the histogram a single generator would have recorded, and they encode to compressed base64 for
 * the JSON report.
 */
import * as hdr from "hdr-histogram-js";

export type Histogram = hdr.Histogram;

/** Highest recordable latency: 1 hour in microseconds. Larger values are clamped to it. */
export const HISTOGRAM_MAX_US = 3_600_000_000;

/**
 * A new, empty latency histogram (microseconds, 3 significant digits, 1 µs .. 1 h).
 * `packed`: a sparse array, ~4× smaller (25 KB instead of 95 KB) but ~8× slower to record into
 * (~0.4 µs); used for the per-second histograms, of which a long run keeps thousands.
 */
export function createHistogram(packed = false): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HISTOGRAM_MAX_US,
    numberOfSignificantValueDigits: 3,
    bitBucketSize: packed ? "packed" : 32,
    useWebAssembly: false,
  });
}

/** Records a latency in microseconds; values below 1 µs count as 1 µs, above 1 h as 1 h. */
export function recordMicros(h: Histogram, micros: number): void {
  const v = micros < 1 ? 1 : micros > HISTOGRAM_MAX_US ? HISTOGRAM_MAX_US : Math.round(micros);
  h.recordValue(v);
}

/** Compressed base64 (the HdrHistogram V2 compressed format, readable by every HDR port). */
export function encodeHistogram(h: Histogram): string {
  return hdr.encodeIntoCompressedBase64(h);
}

/** Decodes {@link encodeHistogram}'s output. Throws on malformed input. */
export function decodeHistogram(encoded: string, packed = false): Histogram {
  const decoded = hdr.decodeFromCompressedBase64(encoded, 32, false);
  // Decoded histograms keep the encoder's range; copy into a standard one so merges never overflow.
  const h = createHistogram(packed);
  h.add(decoded);
  return h;
}

/** Adds `from` into `into` exactly (bucket by bucket). Returns `into`. */
export function mergeHistogramInto(into: Histogram, from: Histogram): Histogram {
  into.add(from);
  return into;
}

/** Value at a percentile (0..100) in milliseconds; `undefined` for an empty histogram. */
export function percentileMs(h: Histogram, percentile: number): number | undefined {
  if (h.totalCount === 0) return undefined;
  return h.getValueAtPercentile(percentile) / 1000;
}

/** Mean in milliseconds; `undefined` for an empty histogram. */
export function meanMs(h: Histogram): number | undefined {
  return h.totalCount === 0 ? undefined : h.mean / 1000;
}

/** Maximum in milliseconds (highest equivalent value of the top bucket); `undefined` when empty. */
export function maxMs(h: Histogram): number | undefined {
  return h.totalCount === 0 ? undefined : h.maxValue / 1000;
}

/** Minimum in milliseconds; `undefined` when empty. */
export function minMs(h: Histogram): number | undefined {
  return h.totalCount === 0 ? undefined : h.minNonZeroValue / 1000;
}

/**
 * The histogram's bucket counts as `[value, count]` pairs (value = the bucket's representative
 * value in µs). Two histograms are equal exactly when these lists are equal; tests compare merged
 * shards with single runs this way.
 */
export function histogramBuckets(h: Histogram): [number, number][] {
  const out: [number, number][] = [];
  const js = h as unknown as {
    recordedValuesIterator?: { reset(): void; hasNext(): boolean; next(): { valueIteratedTo: number; countAtValueIteratedTo: number } };
  };
  const it = js.recordedValuesIterator;
  if (!it) throw new Error("histogram implementation without recordedValuesIterator");
  it.reset();
  while (it.hasNext()) {
    const v = it.next();
    out.push([v.valueIteratedTo, v.countAtValueIteratedTo]);
  }
  return out;
}

/** How many recorded values are above `micros` (by bucket: values equivalent to `micros` are not counted). */
export function countAbove(h: Histogram, micros: number): number {
  let n = 0;
  for (const [value, count] of histogramBuckets(h)) if (value > micros) n += count;
  return n;
}
