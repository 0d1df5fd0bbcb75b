/** The HTTP probe: N requests to a URL; status, latency and an optional body match give a sample. */
import type { TrafficStats } from "../core/gates.js";

export interface ProbeOptions {
  url: string;
  /** Requests per check. */
  requests: number;
  timeoutMs: number;
  expectStatus?: number | undefined;
  bodyContains?: string | undefined;
  /** Aborts the requests in flight (a cancelled job must not wait for a slow probe). */
  signal?: AbortSignal | undefined;
}

/**
 * Sends the requests (a few at a time) and returns the statistics; network errors, a status other
 * than `expectStatus` (default: any 5xx) and a body without `bodyContains` count as errors.
 */
export async function runHttpProbe(o: ProbeOptions): Promise<TrafficStats> {
  const latencies: number[] = [];
  let errors = 0;
  const one = async () => {
    const t = performance.now();
    try {
      const timeout = AbortSignal.timeout(o.timeoutMs);
      const res = await fetch(o.url, { signal: o.signal ? AbortSignal.any([timeout, o.signal]) : timeout, redirect: "manual" });
      // The body is always read, so the keep-alive connection is free for the next request.
      const body = await res.text();
      const ok = (o.expectStatus ? res.status === o.expectStatus : res.status < 500) && (!o.bodyContains || body.includes(o.bodyContains));
      if (!ok) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
  };
  const parallel = 4;
  for (let i = 0; i < o.requests && !o.signal?.aborted; i += parallel) await Promise.all(Array.from({ length: Math.min(parallel, o.requests - i) }, one));
  latencies.sort((a, b) => a - b);
  const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] : undefined;
  return { requests: latencies.length, errors, p95Ms: p95 };
}
