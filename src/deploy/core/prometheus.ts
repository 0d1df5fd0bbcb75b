/**
 * The prometheus gate: a PromQL instant query's answer (`/api/v1/query` JSON) against a comparison
 * like `< 0.01`. Pure: the I/O is in probes/prometheus-probe.ts. The query and every value it
 * returned go into the sample's detail, so a failure shows what Prometheus said.
 */
import type { Sample } from "./gates.js";

export interface Comparison {
  op: "<" | "<=" | ">" | ">=" | "==" | "!=";
  value: number;
}

/** Parses `< 0.01`, `>=99.9`. Returns undefined when it is not one. */
export function parseComparison(text: string): Comparison | undefined {
  const m = /^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*$/i.exec(text);
  return m ? { op: m[1] as Comparison["op"], value: Number(m[2]) } : undefined;
}

function holds(v: number, c: Comparison): boolean {
  switch (c.op) {
    case "<":
      return v < c.value;
    case "<=":
      return v <= c.value;
    case ">":
      return v > c.value;
    case ">=":
      return v >= c.value;
    case "==":
      return v === c.value;
    default:
      return v !== c.value;
  }
}

/**
 * Judges an instant-query answer. Every returned series must satisfy the comparison. An empty result
 * is no-data; an error answer or a NaN value is error (never pass).
 */
export function evaluatePromAnswer(gate: string, query: string, answer: unknown, c: Comparison, atMs: number): Sample {
  const a = answer as { status?: string; error?: string; data?: { resultType?: string; result?: unknown } } | undefined;
  const base = { gate, requests: 0, atMs };
  if (a?.status !== "success")
    return { ...base, outcome: "error", detail: `${query}: Prometheus answered ${a?.status ?? "nothing"}${a?.error ? `: ${a.error}` : ""}` };
  const rt = a.data?.resultType;
  let values: { labels: string; v: number }[];
  if (rt === "scalar") values = [{ labels: "", v: Number((a.data?.result as [number, string] | undefined)?.[1]) }];
  else if (rt === "vector" && Array.isArray(a.data?.result)) {
    values = (a.data.result as { metric?: Record<string, string>; value?: [number, string] }[]).map((s) => ({
      labels: Object.entries(s.metric ?? {})
        .map(([k, v]) => `${k}="${v}"`)
        .join(","),
      v: Number(s.value?.[1]),
    }));
  } else return { ...base, outcome: "error", detail: `${query}: result type ${rt ?? "missing"} is not a vector or scalar` };
  if (values.length === 0) return { ...base, outcome: "no-data", detail: `${query} returned no series` };
  const shown = values.map((x) => `${x.labels ? `{${x.labels}} ` : ""}${x.v}`).join("; ");
  if (values.some((x) => Number.isNaN(x.v))) return { ...base, outcome: "error", detail: `${query} = ${shown}: not a number` };
  const bad = values.filter((x) => !holds(x.v, c));
  const detail = `${query} = ${shown} (want ${c.op} ${c.value})`;
  return { ...base, outcome: bad.length > 0 ? "fail" : "pass", detail, requests: values.length };
}
