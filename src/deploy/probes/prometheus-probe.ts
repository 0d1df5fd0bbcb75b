/** The prometheus probe: one instant query over Prometheus' HTTP API per check. */
import { type Comparison, evaluatePromAnswer } from "../core/prometheus.js";
import type { Sample } from "../core/gates.js";

export interface PrometheusProbeOptions {
  /** Prometheus base URL, e.g. http://prometheus:9090 */
  url: string;
  query: string;
  comparison: Comparison;
  timeoutMs: number;
}

/** Runs the query and judges it; transport failures become an `error` sample naming the endpoint. */
export async function runPrometheusProbe(o: PrometheusProbeOptions, atMs: number): Promise<Sample> {
  const endpoint = `${o.url.replace(/\/+$/, "")}/api/v1/query`;
  try {
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: o.query }).toString(),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { gate: "prometheus", outcome: "error", detail: `${endpoint} answered HTTP ${res.status} without JSON: ${text.slice(0, 120)}`, requests: 0, atMs };
    }
    return evaluatePromAnswer("prometheus", o.query, json, o.comparison, atMs);
  } catch (e) {
    return { gate: "prometheus", outcome: "error", detail: `${endpoint}: ${(e as Error).message}`, requests: 0, atMs };
  }
}
