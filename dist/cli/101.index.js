export const id = 101;
export const ids = [101];
export const modules = {

/***/ 9101:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadtestCommand: () => (/* binding */ loadtestCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kernel_command_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(5788);
/* harmony import */ var _kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5013);
/* harmony import */ var _kernel_format_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(8982);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2386);
/* harmony import */ var _kernel_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7762);
/* harmony import */ var _core_baseline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5959);
/* harmony import */ var _core_figures_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2555);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2471);
/* harmony import */ var _core_recorder_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4670);
/* harmony import */ var _core_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3664);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9718);
/* harmony import */ var _core_scenario_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(650);
/* harmony import */ var _core_thresholds_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5228);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(483);
/* harmony import */ var _engine_read_reports_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5697);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_15___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_15__);
/* harmony import */ var _engine_load_workers_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4037);
/* harmony import */ var _engine_run_load_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(1898);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(8339);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_engine_load_workers_js__WEBPACK_IMPORTED_MODULE_16__, _inputs_js__WEBPACK_IMPORTED_MODULE_18__]);
([_engine_load_workers_js__WEBPACK_IMPORTED_MODULE_16__, _inputs_js__WEBPACK_IMPORTED_MODULE_18__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * `shipline loadtest` / the loadtest action: read the scenario and inputs, plan, run the engine (or
 * merge shard reports), judge thresholds and the baseline, and write the JSON report, the JUnit file,
 * the outputs and the summary. The judging and rendering are pure (core/); this file does the I/O.
 */





















function readScenario(inputs, cwd) {
    if (!inputs.config)
        return undefined;
    const file = (0,_kernel_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readDataFile */ .lD)("config", inputs.config, cwd);
    const { scenario, problems } = (0,_core_scenario_js__WEBPACK_IMPORTED_MODULE_11__/* .parseScenario */ .Mo)(file.data, (p) => file.lineOf(p));
    if (!scenario) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file.shown, problems.map((p) => `${problems.length > 1 && p.line !== undefined ? `line ${p.line}, ` : ""}${p.key}: ${p.message}`), {
            line: problems.length === 1 ? problems[0]?.line : undefined,
            hint: "Fix the file (its JSON Schema is schema/loadtest-scenario.schema.json) and re-run.",
        });
    }
    return { shown: file.shown, scenario, lineOf: (p) => file.lineOf(p) };
}
function readThresholds(inputs, file) {
    const lines = inputs.thresholds ?? [];
    if (lines.length > 0) {
        const { config, problems: lineProblems } = (0,_core_thresholds_js__WEBPACK_IMPORTED_MODULE_12__/* .parseThresholdLines */ .Ik)(lines);
        const { thresholds, problems } = (0,_core_thresholds_js__WEBPACK_IMPORTED_MODULE_12__/* .parseThresholds */ .S)(config);
        const all = [...lineProblems, ...problems];
        if (all.length) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(all.map((p) => ({
                input: "thresholds",
                problem: p.index === undefined
                    ? `has an invalid line for "${p.key}": the key ${p.message}`
                    : `has an invalid line "${p.key}: ${config[p.key]?.[p.index] ?? ""}": ${p.message}`,
            })));
        }
        return thresholds;
    }
    const config = file?.scenario.thresholds ?? _core_thresholds_js__WEBPACK_IMPORTED_MODULE_12__/* .DEFAULT_THRESHOLDS */ .JJ;
    const { thresholds, problems } = (0,_core_thresholds_js__WEBPACK_IMPORTED_MODULE_12__/* .parseThresholds */ .S)(config);
    if (problems.length && file) {
        const first = problems[0];
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file.shown, problems.map((p) => `thresholds.${p.key}${p.index === undefined ? "" : `[${p.index}]`}: ${p.message}`), {
            line: file.lineOf(["thresholds", first.key, ...(first.index === undefined ? [] : [first.index])]),
            hint: "Thresholds follow k6: https://grafana.com/docs/k6/latest/using-k6/thresholds/ (see docs/loadtest.md for the differences).",
        });
    }
    return thresholds;
}
function parseStartAt(raw, nowMs) {
    const v = raw?.trim();
    if (!v)
        return undefined;
    const ms = /^\d{12,}$/.test(v) ? Number(v) : Date.parse(v);
    if (Number.isNaN(ms))
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ input: "start-at", problem: `must be an ISO 8601 time (2026-05-01T12:00:00Z) or epoch milliseconds; got "${v}"` });
    if (ms - nowMs > 3_600_000)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            input: "start-at",
            problem: `is more than an hour ahead ("${v}"); shards would wait that long. Compute it a minute ahead in a setup job`,
        });
    return ms;
}
function toPlan(inputs, ctx, file) {
    const { runtime } = ctx;
    const { plan, problems, secrets } = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planLoad */ .Oj)({
        target: inputs.target,
        rate: inputs.rate,
        baselineRps: inputs["baseline-rps"],
        durationMs: inputs.duration,
        connections: inputs.connections,
        warmupMs: inputs["warm-up"],
        timeoutMs: inputs.timeout,
        maxInFlight: inputs["max-in-flight"],
        shard: inputs.shard,
        workers: inputs.workers,
        availableCores: (0,node_os__WEBPACK_IMPORTED_MODULE_15__.availableParallelism)(),
        allowedHosts: inputs["allowed-hosts"] ?? [],
        maxDurationMs: inputs["max-duration"],
        maxRequests: inputs["max-requests"],
        circuitBreakerPercent: inputs["circuit-breaker"],
        scenario: file?.scenario,
        env: runtime.env,
    });
    for (const s of secrets)
        runtime.secret(s);
    const fileProblems = problems.filter((p) => p.input === undefined);
    const inputProblems = problems.filter((p) => p.input !== undefined).map((p) => ({ input: p.input, problem: p.message }));
    if (fileProblems.length && file) {
        const first = fileProblems[0];
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(file.shown, [...fileProblems.map((p) => `${(0,_core_scenario_js__WEBPACK_IMPORTED_MODULE_11__/* .formatKeyPath */ .K7)(p.path ?? [])}: ${p.message}`), ...inputProblems.map((p) => `input "${p.input}" ${p.problem}`)], { line: file.lineOf(first.path ?? []), hint: "Fix the scenario file and re-run." });
    }
    if (inputProblems.length || !plan)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(inputProblems.length ? inputProblems : [{ input: "config", problem: "did not give a usable plan" }]);
    return plan;
}
async function readBaseline(inputs, ctx) {
    if (inputs.baseline) {
        const r = (0,_engine_read_reports_js__WEBPACK_IMPORTED_MODULE_14__/* .readReportFile */ .$h)("baseline", inputs.baseline, ctx.runtime.cwd);
        return { report: r.report, source: inputs.baseline };
    }
    const workflow = inputs["baseline-workflow"]?.trim();
    if (!workflow)
        return undefined;
    if (!ctx.hasToken()) {
        ctx.runtime.log.warning('baseline-workflow is set but there is no GitHub token or repository; comparing without a baseline. Pass "github-token" (the default ${{ github.token }}) with "actions: read".');
        return undefined;
    }
    const found = await (0,_engine_read_reports_js__WEBPACK_IMPORTED_MODULE_14__/* .fetchBaselineFromWorkflow */ .Df)(ctx, workflow, inputs["baseline-artifact"]);
    if (!found.report) {
        ctx.runtime.log.warning(`No baseline: ${found.reason}. This run will not be compared; upload its report-dir as "${inputs["baseline-artifact"]}" to make it the next baseline.`);
        return undefined;
    }
    return { report: found.report, source: found.source };
}
function reportPaths(inputs, cwd, shard, merged) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inputs["report-dir"]) ? inputs["report-dir"] : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs["report-dir"]);
    const suffix = shard.count > 1 && !merged ? `-shard-${shard.index}-of-${shard.count}` : "";
    return { dir, report: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `loadtest-report${suffix}.json`), junit: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `loadtest-junit${suffix}.xml`) };
}
function publish(inputs, ctx, f) {
    const { runtime } = ctx;
    const paths = reportPaths(inputs, runtime.cwd, f.report.shard, f.report.shardsMerged.length > 1);
    try {
        (0,_kernel_files_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureDirectory */ .EA)(paths.dir);
    }
    catch (e) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({
            input: "report-dir",
            problem: `names "${inputs["report-dir"]}", which cannot be created (${e.code}). Point it at a writable directory`,
        });
    }
    // Report files become artifacts and gate inputs: redacted like everything else we write.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(paths.report, runtime.redactor.redact(`${JSON.stringify(f.report, null, 2)}\n`), "utf8");
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(paths.junit, runtime.redactor.redact((0,_core_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderJUnit */ .dB)(f.report, f.baseline)), "utf8");
    const s = f.report.summary;
    const shown = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(runtime.cwd, p) || p;
    runtime.setOutput("conclusion", f.report.verdict);
    runtime.setOutput("requests", s.requests);
    runtime.setOutput("rps", s.rps);
    runtime.setOutput("p50-ms", s.p50Ms ?? "");
    runtime.setOutput("p95-ms", s.p95Ms ?? "");
    runtime.setOutput("p99-ms", s.p99Ms ?? "");
    runtime.setOutput("error-rate", Math.round(s.errorRate * 1e6) / 1e6);
    runtime.setOutput("availability", s.availability === null ? "" : Math.round(s.availability * 1000) / 1000);
    runtime.setOutput("dropped", s.dropped);
    runtime.setOutput("report-file", shown(paths.report));
    runtime.setOutput("junit-file", shown(paths.junit));
    runtime.appendSummary((0,_core_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSummary */ .Br)({ report: f.report, recorded: f.recorded, baseline: f.baseline }));
    runtime.log.info(`Report: ${shown(paths.report)}; JUnit: ${shown(paths.junit)}`);
    if (f.report.stopReason === "cancelled") {
        return {
            conclusion: "failure",
            message: `The load test was cancelled after ${(f.report.durationMs / 1000).toFixed(1)}s; the partial report (marked incomplete) is in ${shown(paths.report)}.`,
        };
    }
    if (f.isShardOfMany) {
        runtime.log.info(`Shard ${f.report.shard.index}/${f.report.shard.count}: thresholds are judged once, on the merged shards ("shipline loadtest merge").`);
        return { conclusion: "success" };
    }
    const failed = [];
    if (f.report.verdict === "fail")
        failed.push(`Load test failed: ${f.report.reasons.join("; ")}.`);
    if (f.report.verdict === "inconclusive" && inputs["fail-on-inconclusive"]) {
        failed.push(`Load test inconclusive: ${f.report.reasons.join("; ")}. Fix the cause, or set fail-on-inconclusive: false to let such runs pass.`);
    }
    if (f.baseline?.regressed && inputs["fail-on-regression"]) {
        const shown = (v, unit) => (v === null ? "–" : unit === "ms" ? (0,_core_figures_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(v) : (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_19__/* .formatPercent */ .l9)(v));
        const worse = f.baseline.metrics.filter((m) => m.regressed).map((m) => `${m.metric} ${shown(m.baseline, m.unit)} → ${shown(m.current, m.unit)}`);
        failed.push(`Regressed against the baseline (${f.baseline.source}): ${worse.join(", ")}. Set fail-on-regression: false to only report it.`);
    }
    return failed.length ? { conclusion: "failure", message: failed.join(" ") } : { conclusion: "success" };
}
function judge(inputs, thresholds, recorded, r) {
    return (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_13__/* .computeVerdict */ .z)({ recorded, durationMs: r.durationMs, warmupMs: r.warmupMs, thresholds, isOpenModel: r.isOpen, complete: r.complete, stopReason: r.stopReason }, { minSamples: inputs["min-samples"] });
}
function compare(inputs, report, recorded, baseline) {
    if (!baseline)
        return undefined;
    const tolerance = { ..._core_baseline_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_TOLERANCE */ .s6, relativePercent: inputs["regression-tolerance"], absoluteMs: inputs["regression-tolerance-ms"] };
    // The figures the reports store (and their summaries show); reports from before per-endpoint figures: the same computation.
    const p95Of = (r, rec) => r.endpoints ? Object.fromEntries(Object.entries(r.endpoints).map(([k, v]) => [k, v.p95Ms])) : (0,_core_baseline_js__WEBPACK_IMPORTED_MODULE_5__/* .endpointP95 */ .ow)(rec());
    return (0,_core_baseline_js__WEBPACK_IMPORTED_MODULE_5__/* .compareBaseline */ .ZT)({ config: report.config, summary: report.summary, endpointP95Ms: p95Of(report, () => recorded) }, {
        config: baseline.report.config,
        summary: baseline.report.summary,
        endpointP95Ms: p95Of(baseline.report, () => (0,_core_report_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeRecorded */ .Pc)(baseline.report.histograms)),
    }, tolerance, baseline.source);
}
async function runMerge(inputs, ctx) {
    const { runtime } = ctx;
    const file = readScenario(inputs, runtime.cwd);
    const thresholds = readThresholds(inputs, file);
    const shards = (inputs.reports ?? []).length > 0 ? (0,_engine_read_reports_js__WEBPACK_IMPORTED_MODULE_14__/* .readShardReports */ .oK)(inputs.reports ?? [], runtime.cwd) : await (0,_engine_read_reports_js__WEBPACK_IMPORTED_MODULE_14__/* .fetchShardReportsFromRun */ .RE)(ctx, inputs["shard-artifacts"]);
    const problems = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_10__/* .checkShardsMergeable */ .SB)(shards);
    if (problems.length) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ShiplineError */ .J0("config-invalid", problems.length === 1 ? `The shard reports cannot be merged: ${problems[0]}.` : `The shard reports cannot be merged:\n- ${problems.join("\n- ")}`, {
            exitCode: 2,
            hint: "Merge the reports of one matrix run: same inputs, the same start-at, and every shard k/N once.",
        });
    }
    const baseline = await readBaseline(inputs, ctx);
    const recorded = (0,_core_recorder_js__WEBPACK_IMPORTED_MODULE_8__/* .mergeRecorded */ .N5)(shards.map((s) => (0,_core_report_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeRecorded */ .Pc)(s.report.histograms)));
    const first = shards[0].report;
    const incomplete = shards.find((s) => !s.report.complete);
    const durationMs = Math.max(...shards.map((s) => s.report.durationMs));
    const verdict = judge(inputs, thresholds, recorded, {
        durationMs,
        warmupMs: first.config.warmupMs,
        isOpen: first.config.model !== "closed",
        complete: !incomplete,
        stopReason: incomplete?.report.stopReason,
    });
    const errorSamples = {};
    for (const s of shards)
        for (const [k, v] of Object.entries(s.report.errorSamples))
            errorSamples[k] = (errorSamples[k] ?? 0) + v;
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReport */ .FK)({
        generator: `shipline ${ctx.version}`,
        config: first.config,
        shard: { index: 1, count: first.shard.count },
        shardsMerged: shards.flatMap((s) => s.report.shardsMerged).sort((a, b) => a - b),
        recorded,
        startedAtMs: first.startedAtMs,
        lateStartMs: Math.max(0, ...shards.map((s) => s.report.lateStartMs ?? 0)),
        durationMs,
        complete: !incomplete,
        stopReason: incomplete?.report.stopReason,
        stopDetail: incomplete
            ? `shard ${incomplete.report.shard.index} stopped early: ${incomplete.report.stopDetail ?? incomplete.report.stopReason}`
            : undefined,
        verdict: verdict.verdict,
        reasons: verdict.reasons,
        thresholds: verdict.results,
        errorSamples,
    });
    runtime.log.info(`Merged ${shards.length} shard reports: ${shards.map((s) => s.file).join(", ")}`);
    return publish(inputs, ctx, { report, recorded, baseline: compare(inputs, report, recorded, baseline), isShardOfMany: false });
}
async function runLoadTest(inputs, ctx) {
    const { runtime } = ctx;
    const file = readScenario(inputs, runtime.cwd);
    const plan = toPlan(inputs, ctx, file);
    const thresholds = readThresholds(inputs, file);
    const startAtMs = parseStartAt(inputs["start-at"], runtime.now().getTime());
    const baseline = await readBaseline(inputs, ctx);
    const isShardOfMany = plan.shard.count > 1;
    const controller = new AbortController();
    const onCancel = () => {
        runtime.log.warning(`Received ${String(ctx.signal.reason)}: stopping the load and writing a partial report.`);
        controller.abort();
    };
    if (ctx.signal.aborted)
        onCancel();
    else
        ctx.signal.addEventListener("abort", onCancel, { once: true });
    const abortable = thresholds.filter((t) => inputs["abort-on-fail"] || t.abortOnFail);
    const graceMs = inputs["abort-grace"];
    const model = plan.model.kind === "closed" ? `${plan.model.connections} connections` : `${(plan.rate ?? 0) / plan.shard.count} req/s`;
    runtime.log.info(`Load test: ${plan.target} · ${model} for ${plan.durationMs / 1000}s${plan.warmupMs ? ` after ${plan.warmupMs / 1000}s warm-up` : ""}${isShardOfMany ? ` · shard ${plan.shard.index}/${plan.shard.count}` : ""}${plan.workers > 1 ? ` · ${plan.workers} worker threads` : ""}`);
    let result;
    try {
        result = await (0,_engine_load_workers_js__WEBPACK_IMPORTED_MODULE_16__/* .runLoadOnWorkers */ .q)(plan, {
            signal: controller.signal,
            startAtMs,
            onProgress: (p) => runtime.log.info((0,_engine_run_load_js__WEBPACK_IMPORTED_MODULE_17__/* .formatProgress */ .Vu)(p)),
            progressIntervalMs: Number(runtime.env[_kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvVar */ .B.LoadtestProgressMs]) || undefined,
            shouldAbort: abortable.length === 0 || isShardOfMany
                ? undefined
                : (rec, measuredMs) => {
                    if (measuredMs < graceMs)
                        return undefined;
                    const failed = (0,_core_thresholds_js__WEBPACK_IMPORTED_MODULE_12__/* .evaluateThresholds */ .S$)(abortable, { recorded: rec, durationMs: measuredMs, warmupMs: plan.warmupMs }).filter((r) => !r.ok && r.actual !== undefined);
                    return failed.length
                        ? // No interim figure: the summary shows the figures of everything measured, and one figure reads one way.
                            `abort-on-fail: ${failed.map((f) => `${f.threshold.key}: ${f.threshold.expression}`).join("; ")} failed after ${(measuredMs / 1000).toFixed(0)}s`
                        : undefined;
                },
        });
    }
    finally {
        ctx.signal.removeEventListener("abort", onCancel);
    }
    if (result.stopDetail)
        runtime.log.warning(result.stopDetail);
    if (result.recorded.lateStartDropped > 0) {
        runtime.log.warning(`This generator started ${(result.lateStartMs / 1000).toFixed(2)}s after start-at and dropped the ${result.recorded.lateStartDropped} arrivals whose time had passed; set start-at further ahead.`);
    }
    const verdict = judge(inputs, thresholds, result.recorded, {
        durationMs: result.durationMs,
        warmupMs: plan.warmupMs,
        isOpen: plan.model.kind === "open",
        complete: result.complete,
        stopReason: result.stopReason,
    });
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReport */ .FK)({
        generator: `shipline ${ctx.version}`,
        config: (0,_core_report_js__WEBPACK_IMPORTED_MODULE_10__/* .describePlan */ .df)(plan, inputs.connections ?? file?.scenario.load?.connections),
        shard: plan.shard,
        shardsMerged: [plan.shard.index],
        recorded: result.recorded,
        startedAtMs: startAtMs ?? result.startedAtMs,
        lateStartMs: result.lateStartMs,
        durationMs: result.durationMs,
        complete: result.complete,
        stopReason: result.stopReason,
        stopDetail: result.stopDetail,
        verdict: verdict.verdict,
        reasons: verdict.reasons,
        thresholds: verdict.results,
        errorSamples: result.errorSamples,
    });
    return publish(inputs, ctx, {
        report,
        recorded: result.recorded,
        baseline: isShardOfMany ? undefined : compare(inputs, report, result.recorded, baseline),
        isShardOfMany,
    });
}
const loadtestCommand = (0,_kernel_command_js__WEBPACK_IMPORTED_MODULE_20__/* .defineCommand */ .NB)(_inputs_js__WEBPACK_IMPORTED_MODULE_18__/* .loadtestSpec */ .y, async (inputs, ctx) => (inputs.mode === "merge" ? runMerge(inputs, ctx) : runLoadTest(inputs, ctx)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ compareBaseline),
/* harmony export */   ow: () => (/* binding */ endpointP95),
/* harmony export */   s6: () => (/* binding */ DEFAULT_TOLERANCE)
/* harmony export */ });
/* unused harmony export checkComparable */
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2555);
/**
 * Comparing a run with a baseline (an earlier run's JSON report): first whether the two runs can be
 * compared at all (same requests, same load model and rate), then per metric whether this run
 * regressed beyond BOTH tolerances: relative (default 10 %) and absolute (default 20 ms for latencies,
 * 0.1 percentage point for the error rate). Both must be exceeded, so a 2 ms → 3 ms change (+50 %) or a
 * 900 ms → 925 ms one (+2.8 %) is noise, not a regression.
 */

const DEFAULT_TOLERANCE = { relativePercent: 10, absoluteMs: 20, errorRatePoints: 0.1 };
/** Per-endpoint p95 (ms) of a recorded run, for {@link Comparable}. */
function endpointP95(rec) {
    return Object.fromEntries(Object.entries(rec.endpoints).map(([k, v]) => [k, (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .latencyFigure */ .ZE)(v.latency, "p", 95)]));
}
/** Problems that make two configurations incomparable, and notes on harmless differences. */
function checkComparable(current, baseline) {
    const problems = [];
    const notes = [];
    if (current.model !== baseline.model)
        problems.push(`the load model differs (${current.model} now, ${baseline.model} in the baseline)`);
    if (current.model !== "closed" &&
        current.rate !== undefined &&
        baseline.rate !== undefined &&
        Math.abs(current.rate - baseline.rate) > 0.05 * baseline.rate) {
        problems.push(`the rate differs (${current.rate} req/s now, ${baseline.rate} req/s in the baseline)`);
    }
    if (current.model === "closed" && current.connections !== baseline.connections)
        problems.push(`the connections differ (${current.connections} now, ${baseline.connections} in the baseline)`);
    const sig = (c) => c.requests
        .map((r) => `${r.method} ${r.name} ${r.path}`)
        .sort()
        .join("\n");
    if (sig(current) !== sig(baseline))
        problems.push("the requests differ (names, methods or paths)");
    if (current.target !== baseline.target)
        notes.push(`the target differs (${current.target} now, ${baseline.target} in the baseline)`);
    if (current.durationMs !== baseline.durationMs)
        notes.push(`the duration differs (${current.durationMs / 1000}s now, ${baseline.durationMs / 1000}s in the baseline)`);
    return { problems, notes };
}
function compareMetric(metric, unit, baseline, current, tolerance) {
    if (baseline === null || current === null)
        return { metric, unit, baseline, current, delta: null, deltaPercent: null, regressed: false };
    const delta = current - baseline;
    const deltaPercent = baseline === 0 ? null : (100 * delta) / baseline;
    const absLimit = unit === "ms" ? tolerance.absoluteMs : tolerance.errorRatePoints;
    const relExceeded = baseline === 0 ? delta > 0 : delta > (baseline * tolerance.relativePercent) / 100;
    const regressed = relExceeded && delta > absLimit;
    return { metric, unit, baseline, current, delta, deltaPercent, regressed };
}
/** Compares the current run with a baseline. Incomparable runs get no metric verdicts. */
function compareBaseline(current, baseline, tolerance, source) {
    const { problems, notes } = checkComparable(current.config, baseline.config);
    if (problems.length > 0)
        return { comparable: false, problems, notes, metrics: [], regressed: false, tolerance, source };
    const c = current.summary;
    const b = baseline.summary;
    const metrics = [
        compareMetric("p50", "ms", b.p50Ms, c.p50Ms, tolerance),
        compareMetric("p95", "ms", b.p95Ms, c.p95Ms, tolerance),
        compareMetric("p99", "ms", b.p99Ms, c.p99Ms, tolerance),
        compareMetric("error rate", "%", b.errorRate * 100, c.errorRate * 100, tolerance),
    ];
    for (const name of Object.keys(current.endpointP95Ms).sort()) {
        if (!(name in baseline.endpointP95Ms) || Object.keys(current.endpointP95Ms).length < 2)
            continue;
        metrics.push(compareMetric(`p95 {name:${name}}`, "ms", baseline.endpointP95Ms[name] ?? null, current.endpointP95Ms[name] ?? null, tolerance));
    }
    return { comparable: true, problems, notes, metrics, regressed: metrics.some((m) => m.regressed), tolerance, source };
}


/***/ }),

/***/ 3664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   dB: () => (/* binding */ renderJUnit)
/* harmony export */ });
/* unused harmony exports planTimeline, CHART_COLORS, renderTimelineCharts, renderBaseline, renderLoadtestHeadline */
/* harmony import */ var _kernel_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8982);
/* harmony import */ var _kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9660);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2555);
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6652);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9718);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5228);
/**
 * Rendering: the job summary (verdict per threshold, percentile tables overall and per endpoint,
 * status codes and errors, latency and throughput over time as Mermaid `xychart-beta` charts, the
 * baseline comparison) and the JUnit XML file (one test case per threshold) that `gate` reads.
 */






const VERDICT = { pass: "✅ Load test passed", fail: "❌ Load test failed", inconclusive: "⚠️ Load test inconclusive" };
/** Latency and every other millisecond figure: one formatter, so one value always reads the same. */
const ms = _figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V;
/** A share 0..1 as a percentage, the one way shares are printed. */
const share = _figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1;
/** Requests per second. */
const perSecond = (v) => (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPerSecond */ .PJ)(v);
/** Plain words for the metrics, as a user would say them. */
const METRIC_WORDS = {
    http_req_duration: "latency",
    service_time: "server time",
    scheduling_lag: "generator delay",
    http_req_failed: "failed requests",
    checks: "checks passed",
    http_reqs: "requests",
    dropped_iterations: "requests not sent",
    availability: "availability",
};
const OP_WORDS = { "<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠" };
/** The threshold as parsed from what the report stores (key and expression), undefined if it no longer parses. */
function parsedThreshold(key, expression) {
    const problems = [];
    return (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_3__/* .parseThresholdKey */ .Kv)(key, [expression], problems)[0];
}
/** A value of a threshold's metric in the unit people read it in: ms, %, req/s or a count (as in its JUnit message). */
const metricValue = _thresholds_js__WEBPACK_IMPORTED_MODULE_3__/* .formatThresholdValue */ .Kl;
function thresholdName(t) {
    const agg = t.agg === "p" ? `p${t.percentile}` : t.agg === "med" ? "median" : t.agg === "rate" || t.agg === "value" ? "" : t.agg;
    const words = `${agg ? `${agg} ` : ""}${METRIC_WORDS[t.metric] ?? t.metric}`;
    const where = t.endpoint ? ` of ${t.endpoint}` : "";
    const each = t.windowMs ? `, every ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(t.windowMs)}` : "";
    return `${words}${where}${each}`;
}
function thresholdLines(r) {
    return r.thresholds.map((x) => {
        const t = parsedThreshold(x.key, x.expression);
        if (!t)
            return {
                ok: x.ok,
                name: x.key,
                limit: x.expression,
                measured: x.detail,
                written: `${x.key}: ${x.expression}`,
                threshold: undefined,
                limitValue: undefined,
            };
        return {
            ok: x.ok,
            name: thresholdName(t),
            limit: `${OP_WORDS[t.op] ?? t.op} ${metricValue(t, t.limit)}`,
            measured: x.actual === null ? "no samples" : metricValue(t, x.actual),
            written: `${x.key}: ${x.expression}`,
            threshold: t,
            limitValue: t.limit,
        };
    });
}
function describeLoad(r) {
    const c = r.config;
    const d = (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(c.durationMs);
    const warm = c.warmupMs > 0 ? ` after a ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(c.warmupMs)} warm-up` : "";
    if (c.model === "closed")
        return `${c.connections} connections sending back to back for ${d}${warm}`;
    if (c.model === "ramp")
        return `arrival rate ramping up to ${perSecond(c.rate ?? 0)} over ${(c.stages ?? []).length} stages (${d} measured${warm})`;
    return `${perSecond(c.rate ?? 0)} for ${d}${warm}`;
}
/** An endpoint-table row from the report's figures: the numbers its thresholds were judged on. */
function scopeRow(label, f) {
    return [
        label,
        (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(f.requests),
        perSecond(f.rps),
        ms(f.p50Ms),
        ms(f.p90Ms),
        ms(f.p95Ms),
        ms(f.p99Ms),
        ms(f.maxMs),
        f.requests ? share(f.errorRate) : "–",
    ];
}
/**
 * Groups per-second stats into at most `maxPoints` buckets, for the charts: [label, req/s, p95 ms].
 * Seconds with no completed request show 0 req/s and no latency (plotted as 0).
 */
function planTimeline(rec, warmupMs, maxPoints = 60) {
    if (rec.seconds.length === 0)
        return [];
    const firstS = Math.floor(warmupMs / 1000);
    const lastS = rec.seconds[rec.seconds.length - 1].second;
    const span = Math.max(1, lastS - firstS + 1);
    const width = Math.max(1, Math.ceil(span / maxPoints));
    const out = [];
    const bySecond = new Map(rec.seconds.map((s) => [s.second, s]));
    for (let start = firstS; start <= lastS; start += width) {
        const h = (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
        let n = 0;
        for (let s = start; s < start + width; s++) {
            const sec = bySecond.get(s);
            if (!sec)
                continue;
            n += sec.requests;
            (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeHistogramInto */ .rb)(h, sec.latency);
        }
        out.push({ label: String(start - firstS), rps: Math.round((n / width) * 10) / 10, p95: Math.round(((0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileMs */ .OZ)(h, 95) ?? 0) * 10) / 10 });
    }
    return out;
}
/**
 * Mermaid's palette, set explicitly: GitHub draws charts with the page's theme otherwise, and its
 * default light palette drew the p95 line pale lavender on white. The blue and red have at least
 * 3:1 contrast on both GitHub's light (#ffffff) and dark (#0d1117) backgrounds, and the grey text at
 * least 4:1, so one chart reads in both modes. test/screens measures it.
 */
const CHART_COLORS = { line: "#2f81f7", limit: "#e5534b", text: "#6e7781", grid: "#6e7781" };
function chartInit(height, palette) {
    const init = {
        theme: "base",
        // No fontFamily: a quote in the directive makes Mermaid drop the whole directive, palette included.
        themeVariables: {
            xyChart: {
                backgroundColor: "transparent",
                titleColor: CHART_COLORS.text,
                xAxisLabelColor: CHART_COLORS.text,
                xAxisTitleColor: CHART_COLORS.text,
                xAxisTickColor: CHART_COLORS.grid,
                xAxisLineColor: CHART_COLORS.grid,
                yAxisLabelColor: CHART_COLORS.text,
                yAxisTitleColor: CHART_COLORS.text,
                yAxisTickColor: CHART_COLORS.grid,
                yAxisLineColor: CHART_COLORS.grid,
                plotColorPalette: palette.join(", "),
            },
        },
        xyChart: { height, width: 720 },
    };
    return `%%{init: ${JSON.stringify(init)}}%%`;
}
/** Two Mermaid `xychart-beta` charts (GitHub renders them): p95 latency and throughput, with their limits drawn. */
function renderTimelineCharts(rec, warmupMs, limits = {}) {
    const points = planTimeline(rec, warmupMs);
    if (points.length < 2)
        return "";
    const xs = `[${points.map((p) => `"${p.label}"`).join(", ")}]`;
    const maxP95 = Math.max(1, limits.p95Ms ?? 0, ...points.map((p) => p.p95));
    const maxRps = Math.max(1, limits.rps ?? 0, ...points.map((p) => p.rps));
    const step = Number(points[1]?.label) - Number(points[0]?.label);
    const unit = step > 1 ? `seconds, in steps of ${step}` : "seconds";
    const flat = (v) => `[${points.map(() => v).join(", ")}]`;
    const latency = [
        "```mermaid",
        chartInit(260, limits.p95Ms !== undefined ? [CHART_COLORS.line, CHART_COLORS.limit] : [CHART_COLORS.line]),
        "xychart-beta",
        `  title "p95 latency (blue)${limits.p95Ms !== undefined ? `, limit ${ms(limits.p95Ms)} (red)` : ""}"`,
        `  x-axis "time since start (${unit})" ${xs}`,
        `  y-axis "ms" 0 --> ${Math.ceil(maxP95 * 1.15)}`,
        `  line [${points.map((p) => p.p95).join(", ")}]`,
        ...(limits.p95Ms !== undefined ? [`  line ${flat(limits.p95Ms)}`] : []),
        "```",
    ];
    // Throughput is usually flat at the target rate: a short chart says so without a screenful.
    const throughput = [
        "```mermaid",
        chartInit(220, limits.rps !== undefined ? [CHART_COLORS.line, CHART_COLORS.limit] : [CHART_COLORS.line]),
        "xychart-beta",
        `  title "Completed requests per second (blue)${limits.rps !== undefined ? `, limit ${perSecond(limits.rps)} (red)` : ""}"`,
        `  x-axis "time since start (${unit})" ${xs}`,
        `  y-axis "req/s" 0 --> ${Math.ceil(maxRps * 1.15)}`,
        `  line [${points.map((p) => p.rps).join(", ")}]`,
        ...(limits.rps !== undefined ? [`  line ${flat(limits.rps)}`] : []),
        "```",
    ];
    return [...latency, "", ...throughput].join("\n");
}
/** The baseline comparison as a section (empty string without a baseline). */
function renderBaseline(b) {
    if (!b)
        return "";
    const lines = [
        `### Compared with the baseline`,
        "",
        `Baseline: ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(b.source)}. A figure regresses when it is worse by more than ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(b.tolerance.relativePercent)} **and** ${ms(b.tolerance.absoluteMs)} (error rate: ${b.tolerance.errorRatePoints} percentage points).`,
        "",
    ];
    if (!b.comparable) {
        lines.push(`> [!WARNING]\n> The runs are not comparable, so no regression was judged: ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(b.problems.join("; "))}.`);
        return lines.join("\n");
    }
    if (b.notes.length)
        lines.push(`_Note: ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(b.notes.join("; "))}._`, "");
    const fmt = (v, unit) => (v === null ? "–" : unit === "ms" ? ms(v) : (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(v));
    lines.push((0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["Figure", "Baseline", "Now", "Change", "Result"], b.metrics.map((m) => [
        (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(m.metric.replace(/^p(\d+)/, "p$1 latency").replace(/\{name:(.*)\}/, "of $1")),
        fmt(m.baseline, m.unit),
        fmt(m.current, m.unit),
        m.delta === null
            ? "–"
            : `${m.delta >= 0 ? "+" : "−"}${m.unit === "ms" ? ms(Math.abs(m.delta)) : `${Number(Math.abs(m.delta).toFixed(2))} points`}${m.deltaPercent === null ? "" : ` (${m.deltaPercent >= 0 ? "+" : "−"}${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(Math.abs(m.deltaPercent))})`}`,
        m.regressed ? "❌ regressed" : "✅ ok",
    ]), ["left", "right", "right", "right", "left"]));
    return lines.join("\n");
}
/** The verdict and the one reason, for the heading and the terminal. */
function renderLoadtestHeadline(r, lines = thresholdLines(r)) {
    const failed = lines.find((l) => !l.ok);
    if (r.verdict === "fail" && failed) {
        const t = failed.threshold;
        if (!t)
            return `${VERDICT.fail}: ${failed.name} ${failed.limit} failed (${failed.measured})`;
        const side = t.op === "<" || t.op === "<=" ? "over" : t.op === ">" || t.op === ">=" ? "under" : "outside";
        return `${VERDICT.fail}: ${failed.name} ${failed.measured}, ${side} the ${metricValue(t, t.limit)} limit`;
    }
    if (r.verdict === "pass")
        return `${VERDICT.pass}: ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(lines.length, "threshold")} held`;
    return `${VERDICT[r.verdict]}${r.reasons[0] ? `: ${r.reasons[0]}` : ""}`;
}
/** The job summary markdown: verdict and reason, the thresholds, then the evidence. */
function renderSummary({ report: r, recorded, baseline }) {
    const s = r.summary;
    const out = [];
    const lines = thresholdLines(r);
    const shard = r.shard.count > 1 ? (r.shardsMerged.length > 1 ? ` · ${r.shardsMerged.length} shards merged` : ` · shard ${r.shard.index} of ${r.shard.count}`) : "";
    out.push(`## ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(renderLoadtestHeadline(r, lines))}`, "");
    out.push(`${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(r.config.target)} · ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(describeLoad(r))}${shard}`, "");
    if (!r.complete) {
        out.push(`> [!WARNING]\n> **The run stopped early** (${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(r.stopReason ?? "stopped")}): ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(r.stopDetail ?? "the run stopped early")}.`, "");
    }
    const failedCount = lines.filter((l) => !l.ok).length;
    if (r.verdict === "fail" && failedCount > 1)
        out.push(`${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(failedCount, "threshold")} failed; the table below lists them.`, "");
    if (r.verdict === "inconclusive" && r.reasons.length > 1)
        out.push(...r.reasons.slice(1).map((x) => `- ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(x)}`), "");
    if (lines.length > 0) {
        out.push((0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["Threshold", "Limit", "Measured", "Result", "As written"], lines.map((l) => [(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(l.name), l.limit, l.measured, l.ok ? "✅ held" : "❌ failed", (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(l.written)]), ["left", "right", "right", "left", "left"]), "");
    }
    out.push("### Run", "");
    out.push((0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["Requests", "Throughput", "p50", "p95", "p99", "Failed", "Availability", "Not sent"], [
        [
            (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(s.requests),
            perSecond(s.rps),
            ms(s.p50Ms),
            ms(s.p95Ms),
            ms(s.p99Ms),
            share(s.errorRate),
            s.availability === null ? "–" : (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(s.availability),
            (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(s.dropped),
        ],
    ], ["right", "right", "right", "right", "right", "right", "right", "right"]), "");
    // Reports written before per-endpoint figures existed: the same computation, on the histograms.
    const byEndpoint = r.endpoints ?? (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .summarizeEndpoints */ .sF)(recorded, r.durationMs);
    const endpoints = Object.keys(byEndpoint).sort();
    if (endpoints.length > 1) {
        const rows = [scopeRow("**all**", s)];
        for (const e of endpoints)
            rows.push(scopeRow((0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(e), byEndpoint[e]));
        out.push((0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["Endpoint", "Requests", "Throughput", "p50", "p90", "p95", "p99", "max", "Failed"], rows, [
            "left",
            "right",
            "right",
            "right",
            "right",
            "right",
            "right",
            "right",
            "right",
        ]), "");
    }
    const from = r.config.model === "closed" ? "from when each request was sent" : "from when each request was due to be sent, so a slow server cannot hide queued requests";
    const behind = s.lagP99Ms !== null && s.lagP99Ms >= 1
        ? ` The load generator sent 99% of requests within ${ms(s.lagP99Ms)} of their planned time.`
        : " The load generator kept to its schedule.";
    out.push(`Latency is measured ${from}; the server itself took ${ms(s.serviceP95Ms)} at p95.${behind}${s.dropped > 0 ? ` ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(s.dropped, "request was", "requests were")} not sent because too many were already waiting.` : ""}${recorded.warmupRequests > 0 ? ` ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(recorded.warmupRequests, "warm-up request")} not counted.` : ""}`, "");
    out.push(...renderResponses(recorded));
    const samples = Object.entries(r.errorSamples);
    if (samples.length) {
        out.push("<details><summary>Error samples</summary>", "", (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["Error", "Count"], samples.map(([m, n]) => [(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(m), (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(n)]), ["left", "right"]), "", "</details>", "");
    }
    const p95Limit = lines.find((l) => l.threshold?.metric === "http_req_duration" && l.threshold.agg === "p" && l.threshold.percentile === 95 && !l.threshold.endpoint);
    const rpsLimit = lines.find((l) => l.threshold?.metric === "http_reqs" && l.threshold.agg === "rate" && !l.threshold.endpoint);
    const charts = renderTimelineCharts(recorded, r.config.warmupMs, { p95Ms: p95Limit?.limitValue, rps: rpsLimit?.limitValue });
    if (charts)
        out.push("### Over time", "", charts, "");
    const b = renderBaseline(baseline);
    if (b)
        out.push(b, "");
    return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
/** Errors that come with an HTTP response (counted under its status) rather than instead of one. */
const RESPONSE_ERRORS = new Set(["non-2xx", "check-failed"]);
/** Responses by status, and requests that got none, adding up to the request count. */
function renderResponses(recorded) {
    const o = recorded.overall;
    const statuses = Object.entries(o.statusCodes).sort(([a], [b]) => a.localeCompare(b));
    const noResponse = Object.entries(o.errors).filter(([k, n]) => (n ?? 0) > 0 && !RESPONSE_ERRORS.has(k));
    if (statuses.length === 0 && noResponse.length === 0)
        return [];
    const notOk = o.errors["non-2xx"] ?? 0;
    const checkFailed = o.errors["check-failed"] ?? 0;
    const rows = [
        ...statuses.map(([k, n]) => [`HTTP ${k}`, (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(n), /^2/.test(k) ? "ok" : notOk > 0 ? "failed (not 2xx)" : "ok (expected)"]),
        ...noResponse.map(([k, n]) => [(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(k), (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(n), "failed (no response)"]),
    ];
    const sum = [...statuses.map(([, n]) => n), ...noResponse.map(([, n]) => n)].reduce((a, b) => a + b, 0);
    rows.push(["**total**", `**${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(sum)}**`, `${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(o.failed)} failed`]);
    const out = ["### Responses", "", (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["Response", "Requests", "Counted as"], rows, ["left", "right", "left"]), ""];
    const notes = [];
    if (checkFailed > 0)
        notes.push(`${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(checkFailed, "response")} with an expected status failed a check on the body or headers.`);
    if (sum !== o.requests)
        notes.push(`The ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(o.requests)} requests measured and the ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(sum)} responses above differ by ${(0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInteger */ .Sm)(Math.abs(o.requests - sum))}: requests still in flight at the end are not counted.`);
    if (notes.length)
        out.push(notes.join(" "), "");
    return out;
}
function xmlAttr(s) {
    return (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(s).replace(/'/g, "&apos;").replace(/\r?\n/g, "&#10;");
}
/**
 * JUnit XML: suite `loadtest.thresholds` with one test case per threshold (failed thresholds carry a
 * <failure>), suite `loadtest.run` with one case for the run being conclusive and complete, and
 * `loadtest.baseline` with one case per compared metric when a baseline was compared.
 */
function renderJUnit(r, baseline) {
    const secs = (r.durationMs / 1000).toFixed(3);
    const suites = [];
    const suite = (name, cases) => {
        const failures = cases.filter((c) => c.failure !== undefined).length;
        const body = cases
            .map((c) => c.failure === undefined
            ? `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(c.name)}" time="${secs}"/>`
            : `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(c.name)}" time="${secs}">\n      <failure message="${xmlAttr(c.failure)}" type="threshold"/>\n    </testcase>`)
            .join("\n");
        suites.push(`  <testsuite name="${xmlAttr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${secs}" timestamp="${xmlAttr(r.startedAt)}">\n${body}\n  </testsuite>`);
    };
    suite("loadtest.thresholds", r.thresholds.map((t) => ({ name: `${t.key}: ${t.expression}`, failure: t.ok ? undefined : t.detail })));
    const runFailure = r.verdict === "inconclusive" || !r.complete
        ? [...(r.complete ? [] : [r.stopDetail ?? "incomplete run"]), ...r.reasons].join("; ") || "inconclusive"
        : undefined;
    suite("loadtest.run", [{ name: "the run is complete and conclusive", failure: runFailure }]);
    if (baseline?.comparable) {
        suite("loadtest.baseline", baseline.metrics.map((m) => ({
            name: `${m.metric} does not regress`,
            failure: m.regressed
                ? `${m.metric}: ${m.baseline === null ? "–" : m.unit === "ms" ? ms(m.baseline) : (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(m.baseline)} → ${m.current === null ? "–" : m.unit === "ms" ? ms(m.current) : (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(m.current)}`
                : undefined,
        })));
    }
    const tests = r.thresholds.length + 1 + (baseline?.comparable ? baseline.metrics.length : 0);
    const failures = (suites.join("").match(/<failure /g) ?? []).length;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="shipline loadtest" tests="${tests}" failures="${failures}" errors="0" time="${secs}">\n${suites.join("\n")}\n</testsuites>\n`;
}


/***/ }),

/***/ 5697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile),
/* harmony export */   Df: () => (/* binding */ fetchBaselineFromWorkflow),
/* harmony export */   RE: () => (/* binding */ fetchShardReportsFromRun),
/* harmony export */   oK: () => (/* binding */ readShardReports)
/* harmony export */ });
/* unused harmony export parseReportText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2386);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9718);
/* harmony import */ var _read_zip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2253);
/**
 * Reading JSON reports back: shard reports for `merge` (files, or directories holding the downloaded
 * shard artifacts) and baselines (a path, or the latest artifact of a workflow on the default branch).
 */





/** Parses one report file's text; a ConfigError names the file and the key. */
function parseReportText(shown, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(shown, `is not valid JSON (${e.message})`, { hint: "Pass the loadtest-report*.json file a Shipline loadtest run wrote." });
    }
    const { report, problems } = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReport */ .MM)(data);
    if (!report)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(shown, problems, { hint: "Pass a report written by shipline loadtest (report-file output) of the same major version." });
    return report;
}
/** Reads a report file named by `input`. */
function readReportFile(input, file, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input,
            problem: `names a file that ${code === "ENOENT" ? "does not exist" : `cannot be read (${code})`}: "${file}" (relative to ${cwd}). Check the path`,
        });
    }
    return { file, report: parseReportText(file, text) };
}
/**
 * Expands the `reports` input: files are read as they are; directories are searched recursively for
 * `*.json` files that are loadtest reports (other JSON files are skipped).
 */
function readShardReports(entries, cwd) {
    if (entries.length === 0) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: "reports",
            problem: 'is empty; in merge mode list the shard reports or the directory they were downloaded to (e.g. "reports: shards/")',
        });
    }
    const out = [];
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(entry) ? entry : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, entry);
        let isDir = false;
        try {
            isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
        }
        catch {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: "reports",
                problem: `names "${entry}", which does not exist (relative to ${cwd}); download the shard artifacts first (actions/download-artifact with pattern: loadtest-shard-*)`,
            });
        }
        if (!isDir) {
            out.push(readReportFile("reports", entry, cwd));
            continue;
        }
        const found = [];
        const walk = (dir) => {
            for (const d of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, d.name);
                if (d.isDirectory())
                    walk(p);
                else if (d.name.endsWith(".json"))
                    found.push(p);
            }
        };
        walk(path);
        const before = out.length;
        for (const p of found.sort()) {
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, "utf8");
            if (!text.includes(_core_report_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_KIND */ .KP))
                continue;
            out.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, p) || p, report: parseReportText((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, p) || p, text) });
        }
        if (out.length === before)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
                input: "reports",
                problem: `names the directory "${entry}", which holds no loadtest report (*.json); check the artifact names you downloaded`,
            });
    }
    return out;
}
/**
 * The report in the newest artifact named `artifact` from the latest successful run of `workflow` on
 * the default branch. Returns undefined (with a reason) when there is none yet, so a first run can
 * still pass; API errors (permissions) are thrown with the permission to add.
 */
async function fetchBaselineFromWorkflow(ctx, workflow, artifact) {
    const gh = ctx.github();
    let branch = (ctx.context.payload.repository?.default_branch ?? "").trim();
    if (!branch) {
        branch = await gh.repository.defaultBranch();
    }
    const runs = await gh.actions.listWorkflowRuns(workflow, { branch, status: "success" }, 10);
    for (const run of runs) {
        // A fork's pull request from a branch named like the default branch runs here too: only runs of
        // the repository's own branches are a baseline.
        if (run.head_repository?.id !== undefined && run.head_repository.id !== run.repository?.id)
            continue;
        const artifacts = await gh.actions.listRunArtifacts(Number(run.id));
        const a = artifacts.find((x) => x.name === artifact && !x.expired);
        if (!a)
            continue;
        const zip = await gh.actions.downloadArtifact(a);
        let files;
        try {
            files = (0,_read_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .readZipEntries */ .Y)(zip, (n) => n.endsWith(".json"));
        }
        catch (e) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ShiplineError */ .J0("baseline-invalid", `The artifact "${artifact}" of run ${run.id} (${workflow}) could not be read: ${e.message}.`, {
                hint: "Upload the report-dir of a loadtest step with actions/upload-artifact.",
            });
        }
        for (const [name, buf] of files) {
            const text = buf.toString("utf8");
            if (!text.includes(_core_report_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_KIND */ .KP))
                continue;
            return {
                report: parseReportText(`${artifact}/${name} (run ${run.id} of ${workflow})`, text),
                source: `run ${run.id} of ${workflow} on ${branch} (artifact ${artifact})`,
            };
        }
    }
    return {
        source: `${workflow} on ${branch}`,
        reason: `no successful run of ${workflow} on ${branch} among the last ${runs.length} has an artifact named "${artifact}" with a loadtest report`,
    };
}
/**
 * merge mode without `reports`: the shard reports in this workflow run's artifacts whose names start
 * with `prefix` (as the matrix jobs uploaded them), newest first per name.
 */
async function fetchShardReportsFromRun(ctx, prefix) {
    const runId = Number(ctx.context.runId);
    if (!runId) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: "reports",
            problem: "is empty and this is not a GitHub Actions run (no GITHUB_RUN_ID); pass the shard report files or directories",
        });
    }
    const gh = ctx.github();
    const artifacts = (await gh.actions.listRunArtifacts(runId)).filter((a) => a.name.startsWith(prefix) && !a.expired);
    if (artifacts.length === 0) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({
            input: "shard-artifacts",
            problem: `is "${prefix}", but run ${runId} has no artifact whose name starts with it; upload each shard's report-dir as ${prefix}<k> (actions/upload-artifact), or pass "reports"`,
        });
    }
    const out = [];
    for (const a of artifacts.sort((x, y) => x.name.localeCompare(y.name))) {
        const files = (0,_read_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .readZipEntries */ .Y)(await gh.actions.downloadArtifact(a), (n) => n.endsWith(".json"));
        for (const [name, buf] of files) {
            const text = buf.toString("utf8");
            if (text.includes(_core_report_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_KIND */ .KP))
                out.push({ file: `${a.name}/${name}`, report: parseReportText(`${a.name}/${name}`, text) });
        }
    }
    return out;
}


/***/ }),

/***/ 2253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ DEFAULT_ZIP_LIMITS),
/* harmony export */   Y: () => (/* binding */ readZipEntries)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reads the files of a zip archive (a GitHub Actions artifact download) in memory. Artifacts are
 * small (one JSON report), and this avoids a dependency for ~50 lines: stored and deflated entries
 * only, no zip64, no encryption, which is what actions/upload-artifact produces.
 */

const DEFAULT_ZIP_LIMITS = { maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };
/** Entries of `zip` whose name satisfies `want`, as name → contents. Throws on a malformed archive or one past `limits`. */
function readZipEntries(zip, want = () => true, limits = DEFAULT_ZIP_LIMITS) {
    const out = new Map();
    let total = 0;
    const tooBig = (name) => new Error(`the archive inflates to more than ${limits.maxEntryBytes / 1024 / 1024} MB per entry or ${limits.maxTotalBytes / 1024 / 1024} MB in all (entry ${name}); refusing it`);
    // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd === -1)
        throw new Error("not a zip archive (no end of central directory)");
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n++) {
        if (zip.readUInt32LE(p) !== 0x02014b50)
            throw new Error("malformed zip central directory");
        const method = zip.readUInt16LE(p + 10);
        const compressedSize = zip.readUInt32LE(p + 20);
        const nameLen = zip.readUInt16LE(p + 28);
        const extraLen = zip.readUInt16LE(p + 30);
        const commentLen = zip.readUInt16LE(p + 32);
        const localOffset = zip.readUInt32LE(p + 42);
        const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
        p += 46 + nameLen + extraLen + commentLen;
        if (name.endsWith("/") || !want(name))
            continue;
        if (zip.readUInt32LE(localOffset) !== 0x04034b50)
            throw new Error(`malformed zip local header for ${name}`);
        const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        const room = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
        let entry;
        if (method === 0)
            entry = Buffer.from(data);
        else if (method === 8) {
            try {
                entry = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, { maxOutputLength: Math.max(1, room) });
            }
            catch (e) {
                if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
                    throw tooBig(name);
                throw e;
            }
        }
        else
            throw new Error(`zip entry ${name} uses compression method ${method}; only stored and deflate are supported`);
        if (entry.length > room)
            throw tooBig(name);
        total += entry.length;
        out.set(name, entry);
    }
    return out;
}


/***/ })

};
