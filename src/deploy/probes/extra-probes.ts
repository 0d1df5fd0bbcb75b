/**
 * Two more gates: `loadtest` (a short open-model run of Shipline's own load engine, so a quiet
 * staging still gets traffic during the bake; judged with the rollout's thresholds) and `command`
 * (a script whose exit code is the verdict).
 */
import { runScript } from "../../kernel/exec.js";
import { runLoadCheck } from "../../loadtest/engine/run-load-check.js";
import { judgeTraffic, type Sample, type Thresholds } from "../core/gates.js";

export interface LoadGateOptions {
  target: string;
  /** Requests per second, as the loadtest `rate` input writes it ("20", "20/s"). */
  rate: string;
  durationMs: number;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** Runs the load and judges the measured error rate, availability and p95 against `t`. */
export async function runLoadGate(o: LoadGateOptions, t: Thresholds, atMs: number): Promise<Sample> {
  const check = await runLoadCheck({ target: o.target, rate: o.rate, durationMs: o.durationMs, warmupMs: 0, timeoutMs: o.timeoutMs, signal: o.signal });
  if (check.problems.length > 0) return { gate: "loadtest", outcome: "error", detail: check.problems.join("; "), requests: 0, atMs };
  const s = check.summary;
  if (!s) return { gate: "loadtest", outcome: "no-data", detail: "the load run recorded nothing", requests: 0, atMs };
  return judgeTraffic("loadtest", { requests: s.requests, errors: Math.round(s.errorRate * s.requests), p95Ms: s.p95Ms ?? undefined }, t, atMs);
}

/** Runs the check script; exit 0 passes, anything else fails with the end of its output. */
export async function runCommandGate(
  script: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs: number,
  atMs: number,
): Promise<Sample> {
  try {
    const r = await runScript(script, { cwd, env, timeoutMs });
    const tail = `${r.stderr}\n${r.stdout}`.trim().split("\n").filter(Boolean).slice(-2).join(" ");
    if (r.exitCode === 0) return { gate: "command", outcome: "pass", detail: `exit 0${tail ? `: ${tail}` : ""}`, requests: 0, atMs };
    return { gate: "command", outcome: "fail", detail: `exit ${r.exitCode}${tail ? `: ${tail}` : ""}`, requests: 0, atMs };
  } catch (e) {
    return { gate: "command", outcome: "error", detail: (e as Error).message, requests: 0, atMs };
  }
}
