/**
 * The gates a rollout checks, resolved from the inputs and the plan into a typed list (a union: each
 * gate carries exactly what it needs), or every problem at once. Pure; with provider-config.ts this
 * is the resolve step the command runs before anything else, so a dry run and a real run refuse the
 * same inputs, in one message.
 */
import type { Plan } from "./plan.js";
import { type Comparison, parseComparison } from "./prometheus.js";
import type { InputProblem, ProviderConfig } from "./provider-config.js";

export type GateConfig =
  | {
      kind: "http";
      url: string | undefined;
      previewUrl: string | undefined;
      requests: number;
      expectStatus: number | undefined;
      bodyContains: string | undefined;
      timeoutMs: number;
    }
  | { kind: "haproxy-stats"; socket: string; backend: string; canary: string; stable: string }
  | { kind: "loadtest"; target: string; rate: string; durationMs: number; timeoutMs: number }
  | { kind: "command"; script: string }
  | { kind: "prometheus"; url: string; query: string; threshold: string; comparison: Comparison; timeoutMs: number };

/** The inputs the gates read (the deploy inputs, by name). */
export interface GateInputs {
  "probe-url"?: string | undefined;
  "preview-url"?: string | undefined;
  "probe-requests": number;
  "probe-status"?: number | undefined;
  "probe-body-match"?: string | undefined;
  /** Each request's (and each Prometheus query's) timeout, in ms. */
  "probe-timeout": number;
  "loadtest-rate"?: string | undefined;
  "loadtest-target"?: string | undefined;
  "loadtest-duration": number;
  "check-command"?: string | undefined;
  "prometheus-url"?: string | undefined;
  "prometheus-query"?: string | undefined;
  "prometheus-threshold": string;
}

export interface GateResolution {
  gates: GateConfig[];
  /** Problems with inputs. */
  problems: InputProblem[];
  /** Problems with the plan file (its keys, not inputs). */
  fileProblems: string[];
  /** Things a user should know that do not stop the rollout. */
  warnings: string[];
}

/** Resolves the gates; every problem is listed, none stops the look at the others. */
export function resolveGates(
  inputs: GateInputs,
  plan: Pick<Plan, "strategy" | "stages" | "gates">,
  provider: ProviderConfig,
  names: { stable: string; canary: string },
): GateResolution {
  const problems: InputProblem[] = [];
  const fileProblems: string[] = [];
  const warnings: string[] = [];
  const gates: GateConfig[] = [];
  if (inputs["probe-url"] || inputs["preview-url"])
    gates.push({
      kind: "http",
      url: inputs["probe-url"],
      previewUrl: inputs["preview-url"],
      requests: inputs["probe-requests"],
      expectStatus: plan.gates?.http?.expectStatus ?? inputs["probe-status"],
      bodyContains: plan.gates?.http?.bodyMatch ?? inputs["probe-body-match"],
      timeoutMs: inputs["probe-timeout"],
    });
  if (provider.kind === "haproxy" && provider.hasStats)
    gates.push({ kind: "haproxy-stats", socket: provider.socket, backend: provider.backend, canary: provider.canary, stable: provider.stable });
  if (inputs["loadtest-rate"]) {
    const target = inputs["loadtest-target"] ?? inputs["probe-url"];
    if (!target) problems.push({ input: "loadtest-target", problem: "is required with loadtest-rate when probe-url is empty: the URL the load gate drives" });
    else gates.push({ kind: "loadtest", target, rate: inputs["loadtest-rate"], durationMs: inputs["loadtest-duration"], timeoutMs: inputs["probe-timeout"] });
  }
  if (inputs["check-command"]) gates.push({ kind: "command", script: inputs["check-command"] });
  if (inputs["prometheus-query"] || inputs["prometheus-url"]) {
    if (!inputs["prometheus-url"])
      problems.push({ input: "prometheus-url", problem: "is required with prometheus-query: the Prometheus base URL, e.g. http://prometheus:9090" });
    if (!inputs["prometheus-query"])
      problems.push({ input: "prometheus-query", problem: "is required with prometheus-url: a PromQL instant query such as sum(rate(http_errors[1m]))" });
    const fromFile = plan.gates?.prometheus?.threshold;
    const threshold = fromFile ?? inputs["prometheus-threshold"];
    const comparison = parseComparison(threshold);
    if (!comparison) {
      if (fromFile !== undefined) fileProblems.push(`"gates.prometheus.threshold" must be a comparison like "< 0.01" or ">= 99.9"; got "${threshold}"`);
      else problems.push({ input: "prometheus-threshold", problem: `must be a comparison like "< 0.01" or ">= 99.9"; got "${threshold}"` });
    } else if (inputs["prometheus-url"] && inputs["prometheus-query"])
      gates.push({
        kind: "prometheus",
        url: inputs["prometheus-url"],
        query: inputs["prometheus-query"],
        threshold,
        comparison,
        timeoutMs: inputs["probe-timeout"],
      });
  }
  const evidence = gates.filter((g) => g.kind !== "http" || g.url !== undefined);
  if (evidence.length === 0 && problems.length === 0 && fileProblems.length === 0)
    problems.push({
      input: "probe-url",
      problem: "is empty and no other gate is configured: a rollout needs evidence. Give the URL to probe through the router",
    });
  // At 0 % the router sends green nothing, so a preview through probe-url would only ever see blue.
  if (plan.strategy === "blue-green" && !inputs["preview-url"] && plan.stages.some((s) => s.weight === 0 && s.bakeMs > 0)) {
    const other = [
      inputs["check-command"] && "check-command",
      inputs["prometheus-query"] && "prometheus-query",
      inputs["loadtest-target"] && "loadtest-target",
    ].filter((x): x is string => Boolean(x));
    if (other.length === 0)
      problems.push({
        input: "preview-url",
        problem:
          "is required for blue-green: the preview checks run while green has 0 % of the traffic, so a probe through the router (probe-url) would only reach blue. Give green's own address, e.g. http://green.internal:8080/health",
      });
    else warnings.push(`No preview-url: during the 0 % preview only ${other.join(" and ")} can see ${names.canary}; the HTTP probe sees ${names.stable}.`);
  }
  return { gates, problems, fileProblems, warnings };
}

/** Each gate in words, for the dry run. */
export function describeGate(g: GateConfig, formatMs: (ms: number) => string): string {
  switch (g.kind) {
    case "http": {
      const answer = `${g.expectStatus ? `status ${g.expectStatus}` : "status below 500"}${g.bodyContains ? `, body containing "${g.bodyContains}"` : ""}`;
      const parts = [];
      if (g.url) parts.push(`http probe of ${g.url}: ${g.requests} requests per check, ${answer}`);
      if (g.previewUrl) parts.push(`preview probe of ${g.previewUrl} while the canary has 0%`);
      return parts.join("; ");
    }
    case "haproxy-stats":
      return `haproxy-stats: ${g.canary}'s own response counters against ${g.stable}'s`;
    case "loadtest":
      return `loadtest at ${g.rate}/s for ${formatMs(g.durationMs)} against ${g.target} per check`;
    case "command":
      return `check-command "${g.script}" (exit 0 passes)`;
    case "prometheus":
      return `prometheus: ${g.query} ${g.threshold}`;
  }
}

/**
 * Requests one check's counting gates deliver: the HTTP probe's, or the load gate's (rate × duration)
 * when larger. 0 when no gate counts requests (a command or Prometheus gate alone).
 */
export function requestsPerCheck(gates: readonly GateConfig[]): number {
  let most = 0;
  for (const g of gates) {
    if (g.kind === "http") most = Math.max(most, g.requests);
    if (g.kind === "loadtest") most = Math.max(most, Math.floor((Number.parseFloat(g.rate) || 0) * (g.durationMs / 1000)));
  }
  return most;
}
