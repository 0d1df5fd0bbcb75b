/**
 * Arrival schedules for the open model, and the deterministic request mix.
 *
 * Every generator (a single run or shard k of N) walks the SAME global schedule: arrival i is sent at
 * {@link arrivalTimeMs}(i) and carries request {@link pickRequest}(i); shard k keeps the arrivals with
 * `i % N === k - 1`. The union of N shards is therefore exactly the single run's schedule, request
 * for request, which is what makes merged shard results comparable with one big generator.
 */

/** Open-model rate profile. `constant`: `rate` req/s for `durationMs`. `ramp`: linear stages. */
export type RateProfile =
  | { kind: "constant"; rate: number; durationMs: number }
  | { kind: "ramp"; startRate: number; stages: readonly { durationMs: number; target: number }[] };

/** Total length of a profile in ms. */
export function profileDurationMs(p: RateProfile): number {
  return p.kind === "constant" ? p.durationMs : p.stages.reduce((a, s) => a + s.durationMs, 0);
}

/** The arrival rate (req/s) at time `tMs`; 0 after the end. */
export function rateAt(p: RateProfile, tMs: number): number {
  if (p.kind === "constant") return tMs < p.durationMs ? p.rate : 0;
  let start = 0;
  let from = p.startRate;
  for (const s of p.stages) {
    if (tMs < start + s.durationMs) return from + ((s.target - from) * (tMs - start)) / s.durationMs;
    start += s.durationMs;
    from = s.target;
  }
  return 0;
}

/** Expected arrivals in [0, tMs): the integral of the rate. */
export function arrivalsBefore(p: RateProfile, tMs: number): number {
  if (p.kind === "constant") return (Math.min(tMs, p.durationMs) * p.rate) / 1000;
  let start = 0;
  let from = p.startRate;
  let n = 0;
  for (const s of p.stages) {
    const d = Math.min(Math.max(tMs - start, 0), s.durationMs);
    if (d > 0) n += ((from + (from + ((s.target - from) * d) / s.durationMs)) / 2) * (d / 1000);
    start += s.durationMs;
    from = s.target;
  }
  return n;
}

/** Number of arrivals in the whole profile (arrival i exists when its time is before the end). */
export function totalArrivals(p: RateProfile): number {
  const n = arrivalsBefore(p, profileDurationMs(p));
  // Arrival i happens when i arrivals came before it: count of i with cumulative(t_i) = i < total.
  return Math.ceil(n - 1e-9);
}

/**
 * The scheduled time (ms from the start) of global arrival `i` (0-based): the instant the cumulative
 * arrival count reaches `i`. Arrival 0 is at 0 for a non-zero starting rate. Returns `undefined`
 * when the profile ends before it.
 */
export function arrivalTimeMs(p: RateProfile, i: number): number | undefined {
  if (p.kind === "constant") {
    const t = (i * 1000) / p.rate;
    return t < p.durationMs ? t : undefined;
  }
  let start = 0;
  let from = p.startRate;
  let before = 0;
  for (const s of p.stages) {
    const inStage = ((from + s.target) / 2) * (s.durationMs / 1000);
    if (i < before + inStage - 1e-9 || (i === before && (from > 0 || s.target > 0))) {
      // Solve before + from*x + (slope/2)*x^2 = i for x seconds into the stage.
      const need = i - before;
      const slope = (s.target - from) / (s.durationMs / 1000);
      let x: number;
      if (Math.abs(slope) < 1e-12) x = need / from;
      else {
        const disc = from * from + 2 * slope * need;
        x = (-from + Math.sqrt(Math.max(disc, 0))) / slope;
      }
      const t = start + x * 1000;
      if (t < start + s.durationMs) return t;
    }
    before += inStage;
    start += s.durationMs;
    from = s.target;
  }
  return undefined;
}

/** Shard k of N (1-based k). */
export interface Shard {
  index: number;
  count: number;
}

/** The first global arrival index of `shard`, and the stride between its arrivals. */
export function shardArrivals(shard: Shard): { first: number; stride: number } {
  return { first: shard.index - 1, stride: shard.count };
}

/**
 * Parses `k/N`, e.g. `2/4`. Returns an error sentence (without the input name) on bad input.
 * An empty value is shard 1/1.
 */
export function parseShard(raw: string | undefined): Shard | string {
  const v = (raw ?? "").trim();
  if (v === "") return { index: 1, count: 1 };
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  if (!m) return `must be k/N like 2/4 (this job runs shard k of N); got "${v}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count)
    return `must have 1 <= k <= N; got "${v}". In a matrix use shard: \${{ matrix.shard }}/4 with shard: [1, 2, 3, 4]`;
  if (count > 256) return `asks for ${count} shards; at most 256 are supported`;
  return { index, count };
}

/**
 * A deterministic weighted order of request indexes (smooth weighted round-robin, as nginx balances
 * upstreams): weights [3, 1] give [0, 0, 1, 0], spreading each request evenly over time instead of
 * sending bursts. Arrival i uses `cycle[i % cycle.length]`.
 */
export function planRequestCycle(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const current = weights.map(() => 0);
  const cycle: number[] = [];
  for (let n = 0; n < total; n++) {
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i] = (current[i] as number) + (weights[i] as number);
      if ((current[i] as number) > (current[best] as number)) best = i;
    }
    current[best] = (current[best] as number) - total;
    cycle.push(best);
  }
  return cycle;
}

/**
 * Parses the `rate` input or key: a number of requests per second, or `<m>x`, a multiple of
 * `baselineRps`. Returns req/s, or an error sentence.
 */
export function parseRate(raw: string | number, baselineRps: number | undefined): number | string {
  if (typeof raw === "number") return raw > 0 ? raw : `must be above 0 requests per second; got ${raw}`;
  const v = raw.trim();
  const mult = /^(\d+(?:\.\d+)?)\s*x$/i.exec(v);
  if (mult) {
    if (baselineRps === undefined)
      return `is "${v}", a multiple of the baseline rate, but "baseline-rps" is not set; set baseline-rps to the normal traffic in req/s (e.g. 120)`;
    const r = Number(mult[1]) * baselineRps;
    return r > 0 ? r : `must give a rate above 0; got ${v} of ${baselineRps}`;
  }
  if (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0) return Number(v);
  return `must be requests per second like 200, or a multiple of baseline-rps like 10x; got "${v}"`;
}
