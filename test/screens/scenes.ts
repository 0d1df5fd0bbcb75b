/**
 * Representative runs of each command, rendered by the real render functions: what the job summary,
 * the PR comment and the release body show. Data, not I/O: the screens test draws them in Chromium.
 */
import { createHash } from "node:crypto";
import { describeGate, type GateConfig } from "../../src/deploy/core/gate-config.js";
import { decideStage, judgeTraffic, type Sample, type Thresholds } from "../../src/deploy/core/gates.js";
import { type Plan, parseStages, renderPlan } from "../../src/deploy/core/plan.js";
import { stageCount } from "../../src/deploy/core/rollout-machine.js";
import { describeProvider } from "../../src/deploy/core/provider-config.js";
import { type RolloutReport, renderDryRun, renderRollout, type StageRecord } from "../../src/deploy/core/render.js";
import { formatMs } from "../../src/kernel/inputs.js";
import { Aggregator } from "../../src/gate/core/model.js";
import { evaluatePolicy, type GateReport } from "../../src/gate/core/policy.js";
import { type GateView, renderGate, renderGateComment } from "../../src/gate/core/render.js";
import { compareBaseline, DEFAULT_TOLERANCE, endpointP95 } from "../../src/loadtest/core/baseline.js";
import { planLoad } from "../../src/loadtest/core/plan.js";
import { createRecorded, type Recorded, recordSample } from "../../src/loadtest/core/recorder.js";
import { renderSummary } from "../../src/loadtest/core/render.js";
import { buildReport, describePlan, type Report } from "../../src/loadtest/core/report.js";
import { parseThresholds } from "../../src/loadtest/core/thresholds.js";
import { computeVerdict } from "../../src/loadtest/core/verdict.js";
import { upsertChangelogSection } from "../../src/notes/core/changelog.js";
import { renderNotes } from "../../src/notes/core/render.js";
import { cancelReverts, parseCommit } from "../../src/version/core/commits.js";
import { planChanges } from "../../src/version/core/plan.js";
import { renderVersionSummary } from "../../src/version/core/render.js";

export interface Scene {
  /** File-name stem of the screenshots. */
  name: string;
  /** What the screen is, as a person would say it. */
  title: string;
  markdown: string;
  /** The verdict a user must see in the first viewport (the start of the first heading). */
  verdict: string;
  /** Mermaid charts the screen must draw. */
  charts: number;
}

/** Stable, distinct, realistic SHAs derived from a number. */
const sha = (n: number) => createHash("sha1").update(String(n)).digest("hex");

// ---------------------------------------------------------------- gate
const TRACE = [
  "AssertionError: expected 3 to be 2 // Object.is equality",
  "    at /home/runner/work/shop/shop/src/cart.test.ts:42:31",
  "    at file:///home/runner/work/shop/shop/node_modules/@vitest/runner/dist/index.js:146:14",
].join("\n");

function gateView(): GateView {
  const agg = new Aggregator();
  agg.report = "reports/junit.xml";
  agg.onReportTime(3412);
  agg.onCase({
    suite: "cart",
    name: "adds `null` items as zero",
    status: "failed",
    durationMs: 812,
    message: "expected 3 to be 2 // Object.is equality",
    details: TRACE,
  });
  agg.onCase({
    suite: "checkout",
    name: "charges the card <once>",
    status: "errored",
    durationMs: 1200,
    message: "TypeError: Cannot read properties of undefined (reading 'id')",
    details: "TypeError: Cannot read properties of undefined (reading 'id')\n    at charge (src/checkout.ts:88:19)\n    at src/checkout.test.ts:17:5",
  });
  agg.onCase({ suite: "cart", name: "totals | rounding", status: "passed", durationMs: 140 });
  agg.onCase({ suite: "cart", name: "applies coupons", status: "passed", durationMs: 60 });
  agg.onCase({ suite: "search", name: "finds by SKU", status: "flaky", durationMs: 30, message: "socket hang up", file: "src/search.test.ts", line: 9 });
  agg.onCase({ suite: "payments", name: "refunds in EUR", status: "skipped", durationMs: 0, message: "needs the payment sandbox (PAYMENTS_URL)" });
  agg.onCase({ suite: "payments", name: "3-D Secure", status: "skipped", durationMs: 0, message: "TODO: #418" });
  agg.onCase({ suite: "search", name: "paginates", status: "passed", durationMs: 28 });
  const baseline: GateReport = {
    schema: "shipline-gate/1",
    conclusion: "success",
    totals: { tests: 8, passed: 8, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 2100 },
    coverage: { lines: 84.2, branches: 71, files: [{ file: "src/checkout.ts", lines: 91, branches: 80 }] },
    failedIds: [],
    commit: "abc",
  };
  const coverage = {
    totals: { linesTotal: 1240, linesCovered: 1031, branchesTotal: 310, branchesCovered: 214 },
    files: [{ file: "src/checkout.ts", linesTotal: 200, linesCovered: 160, branchesTotal: 40, branchesCovered: 30 }],
  };
  const verdict = evaluatePolicy(
    {
      totals: agg.totals,
      failedIds: agg.failedIds,
      coverage,
      baseline,
      changedLines: undefined,
      commandExitCode: undefined,
      brokenReports: 0,
      reportsFound: 1,
    },
    {
      maxFailures: 0,
      minPassRate: undefined,
      minTests: 1,
      maxTestDrop: undefined,
      coverageLinesMin: 80,
      coverageBranchesMin: undefined,
      coverageMaxDrop: undefined,
      changedLinesCoverageMin: undefined,
      maxDurationMs: undefined,
      allowFlaky: true,
      quarantine: [],
    },
  );
  return {
    verdict,
    totals: agg.totals,
    failures: agg.failures,
    droppedFailures: agg.droppedFailures,
    flaky: agg.flaky,
    slowest: agg.slowest,
    skipped: agg.skipped,
    reportDurationMs: agg.reportTimeMs,
    coverage,
    baseline,
    reportErrors: [],
    warnings: [],
    runUrl: "https://github.com/acme/shop/actions/runs/42",
  };
}

// ---------------------------------------------------------------- version and notes
const VERSION_LOG = [
  "fix(cart): round totals to the cent (#2811)",
  "feat(api)!: remove the v1 endpoints\n\nBREAKING CHANGE: /v1/* answers 410; use /v2.",
  "Update things",
  "docs: document `export_file`",
  "feat(export): write `null` for empty cells in `export_file` (#2790)",
  "fix: accept a | in CSV headers and <T> generics",
];

function versionScene(): string {
  const plan = planChanges(
    VERSION_LOG.flatMap((m, i) => parseCommit(sha(100 + i), m, { light: true })),
    { preset: "conventionalcommits" },
  );
  return renderVersionSummary({
    next: { version: "2.0.0", releaseType: "major", released: true, prerelease: false, reason: "major since v1.2.3", errors: [], notes: [] },
    tag: "v2.0.0",
    previousTag: "v1.2.3",
    items: plan.items,
    total: plan.total,
    counts: plan.counts,
    repoUrl: "https://github.com/acme/shop",
  });
}

export function notesRender() {
  const changes = cancelReverts(VERSION_LOG.flatMap((m, i) => parseCommit(sha(100 + i), m))).kept;
  return renderNotes({
    version: "2.0.0",
    tag: "v2.0.0",
    previousTag: "v1.2.3",
    date: "2026-12-03",
    repoUrl: "https://github.com/acme/shop",
    changes,
    contributors: [
      { name: "Ada Lovelace", email: "ada@example.com", login: "ada-l", firstTime: false },
      { name: "Grace Hopper", email: "grace@example.com", firstTime: true },
    ],
  });
}

/** CHANGELOG.md after the release, as an editor or npm shows it raw. */
export function changelogRaw(): string {
  return upsertChangelogSection(undefined, "2.0.0", notesRender().changelogSection).content;
}

// ---------------------------------------------------------------- loadtest
const START = Date.UTC(2026, 11, 3, 12, 0, 0);

/** 30 s at 100 req/s over two endpoints; latency grows in seconds 12..17; a few 503s and timeouts. */
function loadRun(): Recorded {
  const rec = createRecorded();
  for (let i = 0; i < 3000; i++) {
    const t = i * 10;
    const name = i % 4 === 3 ? "login" : "home";
    const base = (name === "login" ? 40 : 6) + (i % 7) * 0.4;
    const latency = t >= 12_000 && t < 18_000 ? base * 4 : base;
    const status = i % 200 === 0 ? 503 : 200;
    const timeout = i % 997 === 5;
    recordSample(
      rec,
      {
        name,
        scheduledMs: t,
        dispatchedMs: t + 0.05,
        endMs: t + (timeout ? 2000 : latency),
        status: timeout ? 0 : status,
        error: timeout ? "timeout" : status === 503 ? "non-2xx" : undefined,
        checksPassed: 1,
      },
      0,
    );
  }
  return rec;
}

function loadScene(): string {
  const { plan } = planLoad({
    target: "https://staging.acme.example",
    rate: "100",
    durationMs: 30_000,
    allowedHosts: [],
    env: {},
    scenario: {
      requests: [
        { name: "home", path: "/", weight: 3 },
        { name: "login", method: "POST", path: "/login" },
      ],
    },
  });
  const rec = loadRun();
  const { thresholds } = parseThresholds({
    http_req_duration: ["p(95)<100"],
    http_req_failed: ["rate<0.001"],
    "http_req_duration{name:login}": ["p(99)<250"],
  });
  const v = computeVerdict({ recorded: rec, durationMs: 30_000, warmupMs: 0, thresholds, isOpenModel: true, complete: true });
  const report: Report = buildReport({
    generator: "shipline screens",
    config: describePlan(plan as NonNullable<typeof plan>),
    shard: { index: 1, count: 1 },
    shardsMerged: [1],
    recorded: rec,
    startedAtMs: START,
    durationMs: 30_000,
    complete: true,
    verdict: v.verdict,
    reasons: v.reasons,
    thresholds: v.results,
    errorSamples: { "home: HTTP 503": 11, "login: timeout after 2 s": 3 },
  });
  const baseline = compareBaseline(
    { config: report.config, summary: report.summary, endpointP95Ms: endpointP95(rec) },
    { config: report.config, summary: { ...report.summary, p50Ms: 7, p95Ms: 48, p99Ms: 60 }, endpointP95Ms: { home: 12, login: 50 } },
    DEFAULT_TOLERANCE,
    "run 41 of loadtest.yml",
  );
  return renderSummary({ report, recorded: rec, baseline });
}

// ---------------------------------------------------------------- deploy
const NAMES = { stable: "web-blue", canary: "web-green" };
const PROVIDER = describeProvider({
  kind: "haproxy",
  socket: "/run/haproxy/admin.sock",
  backend: "web",
  stable: "web-blue",
  canary: "web-green",
  hasStats: true,
});
const PROBE: GateConfig = {
  kind: "http",
  url: "https://shop.acme.example/health",
  previewUrl: undefined,
  requests: 30,
  expectStatus: 200,
  bodyContains: undefined,
  timeoutMs: 5000,
};
/** 1 % errors allowed; a stage pools 300 probe requests (the rule of three at 1 %) before it promotes. */
const DEPLOY_T: Thresholds = { errorRateMax: 0.01, p95MaxMs: 500, availabilityMin: 99, minRequests: 300, failureLimit: 1, consecutiveErrorLimit: 3 };
const ROLLOUT_START = START;

function deployPlan(stages: string, checkIntervalMs: number): Plan {
  const parsed = parseStages(stages);
  if ("problems" in parsed) throw new Error(parsed.problems.join("; "));
  return { strategy: "canary", stages: parsed.stages, checkIntervalMs };
}

/**
 * Runs the plan's stages through the real stage decision: each check probes 30 requests with the
 * errors `errorsAt(stage, check)` gives; a stage ends when decideStage says promote or rollback.
 */
function rollout(plan: Plan, errorsAt: (stage: number, check: number) => number): { records: StageRecord[]; reason: string } {
  const records: StageRecord[] = [];
  let at = ROLLOUT_START;
  for (const [index, stage] of plan.stages.entries()) {
    const startedAtMs = at;
    const samples: Sample[] = [];
    if (stage.bakeMs === 0) {
      records.push({ index, weight: stage.weight, startedAtMs, endedAtMs: at + 400, samples, decision: "final stage", evidence: [] });
      at += 400;
      continue;
    }
    for (let check = 0; ; check++) {
      at += plan.checkIntervalMs + 137;
      const errors = errorsAt(index, check);
      samples.push(judgeTraffic("http probe", { requests: 30, errors, p95Ms: 38 + ((check * 7) % 11) }, DEPLOY_T, at));
      const d = decideStage(samples, DEPLOY_T, at - startedAtMs >= stage.bakeMs, false);
      if (d.action === "wait") continue;
      const decision = d.action === "promote" ? "promoted" : "rolled back";
      records.push({ index, weight: stage.weight, startedAtMs, endedAtMs: at + 49, samples, decision, evidence: d.evidence, minSamples: DEPLOY_T.minRequests });
      if (d.action === "rollback") return { records, reason: `stage ${index + 1} (${stage.weight}%): ${d.reason}` };
      break;
    }
  }
  return { records, reason: `all ${stageCount(plan.stages.length)} passed; ${NAMES.canary} has 100% of the traffic` };
}

const ROLLOUT_STAGES = "10%:2m, 50%:2m, 100%";

/** A canary that passes 10 % and 50 % on pooled evidence and takes all the traffic. */
export function deployPromoted(): string {
  const plan = deployPlan(ROLLOUT_STAGES, 10_000);
  const r = rollout(plan, (_s, c) => (c === 4 ? 1 : 0));
  const report: RolloutReport = {
    conclusion: "promoted",
    reason: r.reason,
    version: "2.0.0",
    stages: r.records,
    timeToRollbackMs: undefined,
    startedAtMs: ROLLOUT_START,
    plan: renderPlan(plan, NAMES),
  };
  return renderRollout(report);
}

/** The reason the rolled-back scene must state once. */
export const deployRollbackReason = () => rolledBackRun().reason;

function rolledBackRun() {
  const plan = deployPlan(ROLLOUT_STAGES, 10_000);
  // Healthy at 10 %; at 50 % the new version starts failing one request in three from the third check.
  return { plan, ...rollout(plan, (s, c) => (s === 1 && c >= 2 ? 10 : 0)) };
}

/** A canary that breaches at 50 % and is rolled back 49 ms after the failed check. */
export function deployRolledBack(): string {
  const r = rolledBackRun();
  const report: RolloutReport = {
    conclusion: "rolled-back",
    reason: r.reason,
    version: "2.0.0",
    stages: r.records,
    timeToRollbackMs: 49,
    startedAtMs: ROLLOUT_START,
    plan: renderPlan(r.plan, NAMES),
  };
  return renderRollout(report);
}

/** The warning the dry-run scene must show: its first stage bakes 2 s between 3 s checks. */
export const DRY_RUN_WARNING = "Stage 1 (10%) bakes 2s, shorter than its 3s check interval";

/** A dry run of a plan that cannot promote: 10 % bakes 2 s with checks every 3 s. */
export function deployDryRun(): string {
  const plan = deployPlan("10%:2s, 50%:5m, 100%", 3000);
  return renderDryRun({
    version: "2.0.0",
    environment: "production",
    strategy: plan.strategy,
    provider: PROVIDER,
    stable: NAMES.stable,
    canary: NAMES.canary,
    gates: [
      describeGate(PROBE, formatMs),
      describeGate({ kind: "haproxy-stats", socket: "/run/haproxy/admin.sock", backend: "web", canary: NAMES.canary, stable: NAMES.stable }, formatMs),
    ],
    errorRateMax: DEPLOY_T.errorRateMax,
    p95MaxMs: DEPLOY_T.p95MaxMs,
    stages: plan.stages.map((st) => ({
      weight: st.weight,
      bakeMs: st.bakeMs,
      checkIntervalMs: plan.checkIntervalMs,
      minSamples: st.bakeMs === 0 ? 0 : DEPLOY_T.minRequests,
      perCheck: 30,
      extensionMs: Math.max(st.bakeMs, plan.checkIntervalMs * 3),
    })),
    plan: renderPlan(plan, NAMES),
  });
}

/** A passing gate: the verdict, the counts, nothing else in the way. */
function passingGate(): GateView {
  const agg = new Aggregator();
  agg.report = "reports/junit.xml";
  for (let i = 0; i < 240; i++) agg.onCase({ suite: "app", name: `case ${i}`, status: i % 60 === 0 ? "skipped" : "passed", durationMs: 5 + (i % 13) });
  const verdict = evaluatePolicy(
    {
      totals: agg.totals,
      failedIds: agg.failedIds,
      coverage: undefined,
      baseline: undefined,
      changedLines: undefined,
      commandExitCode: 0,
      brokenReports: 0,
      reportsFound: 1,
    },
    {
      maxFailures: 0,
      minPassRate: undefined,
      minTests: 1,
      maxTestDrop: undefined,
      coverageLinesMin: undefined,
      coverageBranchesMin: undefined,
      coverageMaxDrop: undefined,
      changedLinesCoverageMin: undefined,
      maxDurationMs: undefined,
      allowFlaky: true,
      quarantine: [],
    },
  );
  return {
    verdict,
    totals: agg.totals,
    failures: [],
    droppedFailures: 0,
    flaky: [],
    slowest: agg.slowest,
    skipped: agg.skipped,
    reportDurationMs: undefined,
    coverage: undefined,
    baseline: undefined,
    reportErrors: [],
    warnings: [],
    runUrl: undefined,
  };
}

/** The gate's failing-run summary, as the terminal scene prints it. */
export function failingGateSummary(): string {
  return renderGate(gateView());
}

/** Every screen the harness draws. */
export function scenes(): Scene[] {
  const gate = gateView();
  return [
    { name: "gate-passing", title: "gate: job summary of a passing run", markdown: renderGate(passingGate()), verdict: "✅ Gate passed", charts: 0 },
    { name: "gate-summary", title: "gate: job summary of a failing run", markdown: renderGate(gate), verdict: "❌ Gate failed", charts: 0 },
    { name: "gate-comment", title: "gate: pull request comment", markdown: renderGateComment(gate), verdict: "❌ Gate failed", charts: 0 },
    { name: "version-summary", title: "version: job summary of a major release", markdown: versionScene(), verdict: "🏷️ Next version", charts: 0 },
    { name: "notes-release", title: "notes: release body", markdown: notesRender().body, verdict: "⚠️ Breaking changes", charts: 0 },
    { name: "notes-changelog", title: "notes: CHANGELOG.md", markdown: changelogRaw(), verdict: "Changelog", charts: 0 },
    { name: "loadtest-summary", title: "loadtest: job summary with charts", markdown: loadScene(), verdict: "❌ Load test failed", charts: 2 },
    { name: "deploy-promoted", title: "deploy: job summary of a promoted canary", markdown: deployPromoted(), verdict: "✅ Promoted", charts: 0 },
    { name: "deploy-rolled-back", title: "deploy: job summary of a rolled-back canary", markdown: deployRolledBack(), verdict: "↩️ Rolled back", charts: 0 },
    { name: "deploy-dry-run", title: "deploy: job summary of a dry run", markdown: deployDryRun(), verdict: "🧪 Dry run", charts: 0 },
  ];
}
