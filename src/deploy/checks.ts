/**
 * The rollout's health checks: runs each resolved gate (core/gate-config.ts) once per check and turns
 * what it saw into samples for the rollout machine. Owns the one piece of state a check carries over,
 * HAProxy's server counters at the last look, so the stats gate judges the requests of one interval.
 */
import type { GateConfig } from "./core/gate-config.js";
import type { GateName } from "./core/plan.js";
import { judgeCanaryVsStable, judgeTraffic, type Sample, type Thresholds } from "./core/gates.js";
import { runHttpProbe } from "./probes/http-probe.js";
import { runCommandGate, runLoadGate } from "./probes/extra-probes.js";
import { runPrometheusProbe } from "./probes/prometheus-probe.js";
import { haproxyServersStats } from "./providers/haproxy.js";

type GateOf<K extends GateConfig["kind"]> = Extract<GateConfig, { kind: K }>;
type Counters = Record<string, { requests: number; errors: number }>;

export interface HealthCheckOptions {
  gates: readonly GateConfig[];
  gateThresholds: Record<GateName, Thresholds>;
  /** Where check-command runs, and with which environment. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The plan's check interval; check-command may run for ten of them (at least a minute). */
  checkIntervalMs: number;
  /** The clock's now, in ms: each sample's time. */
  now(): number;
}

export class HealthChecks {
  private readonly http: GateOf<"http"> | undefined;
  private readonly load: GateOf<"loadtest"> | undefined;
  private readonly command: GateOf<"command"> | undefined;
  private readonly prometheus: GateOf<"prometheus"> | undefined;
  private readonly stats: GateOf<"haproxy-stats"> | undefined;
  /** HAProxy's counters at the last look (undefined before the first, or when it failed). */
  private base: Counters | undefined;

  constructor(private readonly o: HealthCheckOptions) {
    const of = <K extends GateConfig["kind"]>(kind: K) => o.gates.find((g): g is GateOf<K> => g.kind === kind);
    this.http = of("http");
    this.load = of("loadtest");
    this.command = of("command");
    this.prometheus = of("prometheus");
    this.stats = of("haproxy-stats");
  }

  private readStats(g: GateOf<"haproxy-stats">): Promise<Counters> {
    return haproxyServersStats(g.socket, g.backend, [g.canary, g.stable]);
  }

  /** After a move: reads the servers' counters afresh, so the first judged sample counts from here. */
  async baseline(): Promise<void> {
    this.base = undefined;
    if (this.stats) this.base = await this.readStats(this.stats).catch(() => undefined);
  }

  /**
   * One check of every gate, in a fixed order (http, loadtest, command, prometheus, haproxy-stats).
   * `weight` is the canary's share now: at 0 % the HTTP probe goes to preview-url when set, and the
   * stats gate judges nothing. Stops after the HTTP probe when `signal` has aborted.
   */
  async sample(weight: number, signal: AbortSignal): Promise<Sample[]> {
    const out: Sample[] = [];
    const now = this.o.now();
    const t = this.o.gateThresholds;
    const http = this.http;
    // At 0 % (blue-green preview) the router sends nothing to green: probe green directly when told how.
    const probeUrl = http && (weight === 0 && http.previewUrl ? http.previewUrl : http.url);
    if (http && probeUrl) {
      try {
        const stats = await runHttpProbe({
          url: probeUrl,
          requests: http.requests,
          timeoutMs: http.timeoutMs,
          expectStatus: http.expectStatus,
          bodyContains: http.bodyContains,
          signal,
        });
        out.push(judgeTraffic("http probe", stats, t.http, now));
      } catch (e) {
        out.push({ gate: "http probe", outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
    if (signal.aborted) return out;
    const load = this.load;
    if (load)
      out.push(await runLoadGate({ target: load.target, rate: load.rate, durationMs: load.durationMs, timeoutMs: load.timeoutMs, signal }, t.loadtest, now));
    if (this.command) out.push(await runCommandGate(this.command.script, this.o.cwd, this.o.env, Math.max(this.o.checkIntervalMs * 10, 60_000), now));
    const prom = this.prometheus;
    if (prom) out.push(await runPrometheusProbe({ url: prom.url, query: prom.query, comparison: prom.comparison, timeoutMs: prom.timeoutMs }, now));
    const stats = this.stats;
    if (stats) {
      try {
        const c = await this.readStats(stats);
        const b = this.base ?? c;
        this.base = c;
        const delta = (name: string) => ({
          requests: (c[name]?.requests ?? 0) - (b[name]?.requests ?? 0),
          errors: (c[name]?.errors ?? 0) - (b[name]?.errors ?? 0),
        });
        // No canary traffic at 0 % is expected (blue-green preview): judge only when it has weight.
        if (weight > 0) out.push(judgeCanaryVsStable(`haproxy ${stats.canary}`, delta(stats.canary), delta(stats.stable), t["haproxy-stats"], now));
      } catch (e) {
        out.push({ gate: `haproxy ${stats.canary}`, outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
    return out;
  }
}
