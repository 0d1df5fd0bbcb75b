export const id = 747;
export const ids = [747];
export const modules = {

/***/ 5228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ parseThresholdLines),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Kl: () => (/* binding */ formatThresholdValue),
/* harmony export */   Kv: () => (/* binding */ parseThresholdKey),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   S$: () => (/* binding */ evaluateThresholds)
/* harmony export */ });
/* unused harmony exports METRICS, measureThreshold, measureWindows */
/* harmony import */ var _kernel_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8982);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2555);
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6652);
/**
 * k6-compatible thresholds: parsing (`http_req_duration: ["p(95)<500"]`, per-endpoint keys such as
 * `http_req_duration{name:login}`, `availability>=99.9%`, windowed `p(95)<500 each 10s`) and
 * evaluation against what a run {@link Recorded}.
 *
 * Differences from k6, on purpose: a metric with no samples FAILS (k6 lets it pass, which hides a
 * misspelt endpoint name or a run that never reached the target); `availability` is a metric of its
 * own; `each <duration>` evaluates the aggregation in every window of that length and keeps the worst.
 */



/** Metrics a threshold can name. Trends are milliseconds, rates 0..1, availability percent. */
const METRICS = {
    http_req_duration: { type: "trend", aggs: ["avg", "min", "med", "max", "p", "count"] },
    service_time: { type: "trend", aggs: ["avg", "min", "med", "max", "p", "count"] },
    scheduling_lag: { type: "trend", aggs: ["avg", "min", "med", "max", "p", "count"] },
    http_req_failed: { type: "rate", aggs: ["rate", "count"] },
    checks: { type: "rate", aggs: ["rate", "count"] },
    http_reqs: { type: "counter", aggs: ["count", "rate"] },
    dropped_iterations: { type: "counter", aggs: ["count", "rate"] },
    availability: { type: "percent", aggs: ["value"] },
};
/** The defaults when no thresholds are given: p95 < 500 ms, error rate < 0.1 %, availability ≥ 99.9 %. */
const DEFAULT_THRESHOLDS = {
    http_req_duration: ["p(95)<500"],
    http_req_failed: ["rate<0.001"],
    availability: ["value>=99.9%"],
};
const KEY_RE = /^([a-z_]+)(?:\{\s*([a-z_]+)\s*:\s*([^}]+?)\s*\})?$/;
const EXPR_RE = /^(avg|min|med|max|count|rate|value|p\(\s*(\d+(?:\.\d+)?)\s*\))?\s*(<=|>=|===|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*(ms|s|%)?(?:\s+each\s+(\d+(?:\.\d+)?)(ms|s|m))?$/;
/**
 * Parses one key and its expressions. Problems are collected, not thrown, so a scenario file reports
 * all of them at once.
 */
function parseThresholdKey(key, expressions, problems) {
    const m = KEY_RE.exec(key.trim());
    const names = Object.keys(METRICS).join(", ");
    if (!m) {
        problems.push({ key, message: `is not a metric key like http_req_duration or http_req_duration{name:login}; metrics: ${names}` });
        return [];
    }
    const [, metricRaw, tag, tagValue] = m;
    if (!(metricRaw in METRICS)) {
        problems.push({ key, message: `names an unknown metric "${metricRaw}"; metrics: ${names}` });
        return [];
    }
    const metric = metricRaw;
    if (tag !== undefined && tag !== "name" && tag !== "endpoint") {
        problems.push({ key, message: `filters on tag "${tag}"; only {name:<request name>} (or {endpoint:...}) is supported` });
        return [];
    }
    if (tag !== undefined && metric === "dropped_iterations") {
        problems.push({ key, message: "dropped_iterations is counted for the whole run only; remove the {name:...} filter" });
        return [];
    }
    const out = [];
    expressions.forEach((raw, index) => {
        const expression = typeof raw === "string" ? raw : raw.threshold;
        const abortOnFail = typeof raw === "string" ? false : raw.abortOnFail === true;
        const t = parseExpression(metric, expression, (message) => problems.push({ key, index, message }));
        if (t?.windowMs !== undefined && tagValue !== undefined) {
            // Per-second histograms are kept for the whole run only (memory stays flat with many endpoints).
            problems.push({ key, index, message: `"${expression.trim()}": windows ("each ...") apply to the whole run; remove the {name:...} filter or the window` });
            return;
        }
        if (t)
            out.push({ key: key.trim(), metric, endpoint: tagValue, expression: expression.trim(), abortOnFail, ...t });
    });
    return out;
}
function parseExpression(metric, expression, problem) {
    const def = METRICS[metric];
    const e = expression.trim();
    const m = EXPR_RE.exec(e);
    if (!m) {
        problem(`"${e}" is not an expression like p(95)<500, avg<200, rate<0.001 or value>=99.9% (optionally "each 10s")`);
        return undefined;
    }
    const [, aggRaw, pRaw, opRaw, numRaw, unit, winRaw, winUnit] = m;
    let agg = aggRaw === undefined ? (def.type === "percent" ? "value" : "") : aggRaw.startsWith("p(") ? "p" : aggRaw;
    if (agg === "") {
        problem(`"${e}" needs an aggregation before the operator for ${metric}: one of ${def.aggs.map((a) => (a === "p" ? "p(N)" : a)).join(", ")}`);
        return undefined;
    }
    if (!def.aggs.includes(agg)) {
        problem(`"${e}" uses "${aggRaw}", which ${metric} does not have; use one of ${def.aggs.map((a) => (a === "p" ? "p(N)" : a)).join(", ")}`);
        return undefined;
    }
    const percentile = pRaw === undefined ? undefined : Number(pRaw);
    if (percentile !== undefined && (percentile <= 0 || percentile > 100)) {
        problem(`"${e}" asks for p(${pRaw}); the percentile must be above 0 and at most 100`);
        return undefined;
    }
    let limit = Number(numRaw);
    const isDuration = def.type === "trend" && agg !== "count";
    if (unit === "ms" || unit === "s") {
        if (!isDuration) {
            problem(`"${e}" gives a duration, but ${metric} ${agg} is not a duration`);
            return undefined;
        }
        if (unit === "s")
            limit *= 1000;
    }
    if (unit === "%") {
        if (def.type === "rate" && agg === "rate")
            limit /= 100;
        else if (def.type !== "percent") {
            problem(`"${e}" gives a percentage, but ${metric} ${agg} is not a share`);
            return undefined;
        }
    }
    if (def.type === "rate" && agg === "rate" && (limit < 0 || limit > 1)) {
        problem(`"${e}": a rate is a share from 0 to 1 (0.001 = 0.1%); write ${limit}% if you meant percent`);
        return undefined;
    }
    let windowMs;
    if (winRaw !== undefined) {
        windowMs = Number(winRaw) * (winUnit === "ms" ? 1 : winUnit === "m" ? 60_000 : 1000);
        if (def.type !== "trend" && !(def.type === "rate" && metric === "http_req_failed")) {
            problem(`"${e}": windows ("each ...") apply to http_req_duration and http_req_failed only`);
            return undefined;
        }
        if (windowMs < 1000 || windowMs % 1000 !== 0) {
            problem(`"${e}": the window must be whole seconds (at least 1s), like "each 10s"`);
            return undefined;
        }
        if (metric !== "http_req_duration" && metric !== "http_req_failed") {
            problem(`"${e}": windows apply to http_req_duration and http_req_failed only`);
            return undefined;
        }
    }
    const op = (opRaw === "===" ? "==" : opRaw);
    if (agg === "value" && def.type !== "percent")
        agg = "value";
    return { agg, percentile, op, limit, windowMs };
}
/** A key that carries its own expression: `availability>=99.9%`, `http_req_duration{name:a}<300`. */
const INLINE_KEY_RE = /^([a-z_]+(?:\{[^}]*\})?)\s*([<>=!].*)$/;
/**
 * Parses a k6-style thresholds map. Also accepts the shorthand of a key that carries its expression
 * and has no list (or an empty one): `{"availability>=99.9%": []}` is `{"availability":
 * ["value>=99.9%"]}`. Returns the thresholds and every problem found.
 */
function parseThresholds(config) {
    const problems = [];
    const thresholds = [];
    for (const [key, list] of Object.entries(config)) {
        const inline = INLINE_KEY_RE.exec(key.trim());
        if (inline && (list === null || list === undefined || (Array.isArray(list) && list.length === 0))) {
            thresholds.push(...parseThresholdKey(inline[1], [inline[2].trim()], problems));
            continue;
        }
        if (inline) {
            problems.push({ key, message: `carries an expression and a list; write "${inline[1]}": ["${inline[2].trim()}", ...] instead` });
            continue;
        }
        if (!Array.isArray(list)) {
            problems.push({ key, message: 'must be a list of expressions, e.g. ["p(95)<500"]' });
            continue;
        }
        thresholds.push(...parseThresholdKey(key, list, problems));
    }
    return { thresholds, problems };
}
/**
 * Parses the `thresholds` input: one threshold per line (or comma-separated), written
 * `metric: expression` (`http_req_duration: p(95)<500`, `http_req_duration{name:login}: p(99)<800`)
 * or as one token when unambiguous (`availability>=99.9%`). Lines with the same key group together.
 */
function parseThresholdLines(lines) {
    const config = {};
    const problems = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (line === "")
            continue;
        const brace = line.indexOf("}");
        const colon = line.indexOf(":", brace === -1 ? 0 : brace);
        let key;
        let expr;
        if (colon > 0) {
            key = line.slice(0, colon).trim();
            expr = line.slice(colon + 1).trim();
        }
        else {
            const m = /^([a-z_]+(?:\{[^}]*\})?)\s*([<>=!].*)$/.exec(line);
            if (!m) {
                problems.push({ key: line, message: 'is not "metric: expression", e.g. "http_req_duration: p(95)<500" or "availability>=99.9%"' });
                continue;
            }
            key = m[1];
            expr = m[2];
        }
        const list = config[key] ?? [];
        list.push(expr);
        config[key] = list;
    }
    return { config, problems };
}
function compare(actual, op, limit) {
    switch (op) {
        case "<":
            return actual < limit;
        case "<=":
            return actual <= limit;
        case ">":
            return actual > limit;
        case ">=":
            return actual >= limit;
        case "==":
            return actual === limit;
        case "!=":
            return actual !== limit;
    }
}
function trendOf(t, scope, rec) {
    return t.metric === "service_time" ? scope.service : t.metric === "scheduling_lag" ? rec.lag : scope.latency;
}
function aggregateTrend(t, h) {
    if (t.agg === "count")
        return h.totalCount === 0 ? undefined : h.totalCount;
    if (t.agg === "avg" || t.agg === "min" || t.agg === "max" || t.agg === "med" || t.agg === "p") {
        // The same figure the tables and the report show (ms to the µs), so the judged value is the shown one.
        return (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .latencyFigure */ .ZE)(h, t.agg, t.percentile) ?? undefined;
    }
    return undefined;
}
/** The measured value of a threshold's aggregation over the whole run; undefined when there are no samples. */
function measureThreshold(t, input) {
    const rec = input.recorded;
    if (t.metric === "dropped_iterations") {
        return t.agg === "count" ? rec.dropped : input.durationMs > 0 ? (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .perSecondFigure */ .Gy)(rec.dropped, input.durationMs) : undefined;
    }
    const scope = t.endpoint === undefined ? rec.overall : rec.endpoints[t.endpoint];
    if (!scope || scope.requests === 0)
        return undefined;
    const def = METRICS[t.metric];
    if (def.type === "trend")
        return aggregateTrend(t, trendOf(t, scope, rec));
    if (t.metric === "http_req_failed")
        return t.agg === "count" ? scope.failed : ((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .shareFigure */ .GK)(scope.failed, scope.requests) ?? undefined);
    if (t.metric === "checks") {
        const total = scope.checks.passed + scope.checks.failed;
        if (total === 0)
            return undefined;
        return t.agg === "count" ? scope.checks.passed : ((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .shareFigure */ .GK)(scope.checks.passed, total) ?? undefined);
    }
    if (t.metric === "http_reqs")
        return t.agg === "count" ? scope.requests : input.durationMs > 0 ? (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .perSecondFigure */ .Gy)(scope.requests, input.durationMs) : undefined;
    if (t.metric === "availability")
        return (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .availabilityFigure */ .MO)(scope) ?? undefined;
    return undefined;
}
/** Per-window values of a windowed threshold (whole-run scope only; windows after warm-up, aligned to it). */
function measureWindows(t, input) {
    const windowS = t.windowMs / 1000;
    const firstS = Math.floor(input.warmupMs / 1000);
    const groups = new Map();
    for (const s of input.recorded.seconds) {
        const start = firstS + Math.floor((s.second - firstS) / windowS) * windowS;
        let g = groups.get(start);
        if (!g) {
            g = { requests: 0, failed: 0, h: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)() };
            groups.set(start, g);
        }
        g.requests += s.requests;
        g.failed += s.failed;
        (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeHistogramInto */ .rb)(g.h, s.latency);
    }
    const out = [];
    for (const [startS, g] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
        if (g.requests === 0)
            continue;
        const v = t.metric === "http_req_failed" ? (t.agg === "count" ? g.failed : ((0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .shareFigure */ .GK)(g.failed, g.requests) ?? undefined)) : aggregateTrend(t, g.h);
        if (v !== undefined)
            out.push({ startS, value: v });
    }
    return out;
}
/**
 * Formats a value of a threshold's metric in its unit, as every screen prints it: `612 ms`, `0.12%`,
 * `99.95%`, `1,998.46 req/s`, `1,234`. The summary, the JUnit file and the log all use this.
 */
function formatThresholdValue(t, v) {
    const def = METRICS[t.metric];
    if (def.type === "trend" && t.agg !== "count")
        return (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(v);
    if (def.type === "rate" && t.agg === "rate")
        return (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(v);
    if (def.type === "percent")
        return (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPercent */ .l9)(v);
    if (t.agg === "rate")
        return (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPerSecond */ .PJ)(v);
    return (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(v);
}
function aggLabel(t) {
    return t.agg === "p" ? `p(${t.percentile})` : t.agg;
}
/**
 * Evaluates every threshold. Whole-run thresholds compare the run's aggregate; windowed ones
 * (`each 10s`) must hold in every window that has samples, and report the worst window.
 * Thresholds without samples fail.
 */
function evaluateThresholds(thresholds, input) {
    return thresholds.map((t) => {
        const limitText = `${t.op}${formatThresholdValue(t, t.limit)}`;
        if (t.windowMs !== undefined) {
            const windows = measureWindows(t, input);
            if (windows.length === 0)
                return { threshold: t, ok: false, detail: "no samples" };
            const failing = windows.filter((w) => !compare(w.value, t.op, t.limit));
            const higherIsWorse = t.op === "<" || t.op === "<=";
            const worst = windows.reduce((a, b) => ((higherIsWorse ? b.value > a.value : b.value < a.value) ? b : a));
            const shown = failing[0] ?? worst;
            const detail = failing.length
                ? `${aggLabel(t)}=${formatThresholdValue(t, shown.value)} in the window at ${shown.startS}s (${failing.length} of ${windows.length} windows fail ${limitText})`
                : `worst window ${aggLabel(t)}=${formatThresholdValue(t, worst.value)} (${windows.length} windows, limit ${limitText})`;
            return {
                threshold: t,
                ok: failing.length === 0,
                actual: (failing.length ? failing.reduce((a, b) => ((higherIsWorse ? b.value > a.value : b.value < a.value) ? b : a)) : worst).value,
                detail,
            };
        }
        const actual = measureThreshold(t, input);
        if (actual === undefined) {
            const where = t.endpoint === undefined ? "" : ` for request "${t.endpoint}"`;
            return { threshold: t, ok: false, detail: `no samples${where}` };
        }
        const ok = compare(actual, t.op, t.limit);
        return { threshold: t, ok, actual, detail: `${aggLabel(t)}=${formatThresholdValue(t, actual)}, limit ${limitText}` };
    });
}


/***/ }),

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ computeVerdict)
/* harmony export */ });
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2555);
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6652);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5228);
/**
 * The verdict of a run: `pass`, `fail` or `inconclusive`.
 *
 * Inconclusive means the run cannot vouch for the target either way: the generator itself was the
 * bottleneck (it dropped more than 0.1 % of the arrivals because max-in-flight was reached or a shard
 * started after start-at and skipped the arrivals whose time had passed, or it sent
 * more than 1 % of the requests over 50 ms late, which distorts the latencies it measured), or it took
 * fewer than `minSamples` samples. An incomplete run (cancelled, circuit breaker) is `fail` when a threshold already
 * failed or the breaker tripped, otherwise inconclusive.
 */



/** Evaluates thresholds and decides the verdict. Pure; see the module comment for the rules. */
function computeVerdict(input, options = {}) {
    const minSamples = options.minSamples ?? 100;
    const maxDropped = options.maxDroppedShare ?? 0.001;
    const maxLag = options.maxLagMs ?? 50;
    const rec = input.recorded;
    const results = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateThresholds */ .S$)(input.thresholds, { recorded: rec, durationMs: input.durationMs, warmupMs: input.warmupMs });
    const failed = results.filter((r) => !r.ok);
    const reasons = [];
    const inconclusive = [];
    const n = rec.overall.requests;
    if (n < minSamples)
        inconclusive.push(`only ${n} requests were measured (at least ${minSamples} are needed); run longer or at a higher rate`);
    const arrivals = n + rec.dropped;
    if (input.isOpenModel && arrivals > 0 && rec.dropped / arrivals > maxDropped) {
        const late = rec.lateStartDropped;
        const share = (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(rec.dropped / arrivals);
        const causes = [];
        if (rec.dropped - late > 0)
            causes.push(`${rec.dropped - late} because max-in-flight was reached (raise max-in-flight or shard the load)`);
        if (late > 0)
            causes.push(`${late} because a generator started after start-at and skipped the arrivals whose time had passed (set start-at further ahead so every shard is ready)`);
        inconclusive.push(`the generator dropped ${rec.dropped} of ${arrivals} arrivals (${share}): ${causes.join("; ")}`);
    }
    const late = input.isOpenModel ? (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .countAbove */ .d2)(rec.lag, maxLag * 1000) : 0;
    if (late > Math.max(10, 0.01 * rec.lag.totalCount)) {
        const lagP99 = (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .latencyFigure */ .ZE)(rec.lag, "p", 99);
        inconclusive.push(`the generator fell behind its schedule: ${late} of ${rec.lag.totalCount} requests were sent more than ${maxLag} ms late (99% were within ${(0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(lagP99)}); it needs more CPU, or split the rate over shards`);
    }
    if (input.stopReason === "circuit-breaker") {
        reasons.push("the circuit breaker stopped the run");
        return { verdict: "fail", results, reasons: [...reasons, ...failed.map((f) => `${f.threshold.key}: ${f.threshold.expression} failed (${f.detail})`)] };
    }
    if (failed.length > 0 && inconclusive.length === 0) {
        return { verdict: "fail", results, reasons: failed.map((f) => `${f.threshold.key}: ${f.threshold.expression} failed (${f.detail})`) };
    }
    if (input.stopReason === "aborted-on-threshold" && failed.length > 0) {
        return { verdict: "fail", results, reasons: failed.map((f) => `${f.threshold.key}: ${f.threshold.expression} failed (${f.detail})`) };
    }
    if (!input.complete)
        inconclusive.push("the run stopped before its plan ended");
    if (inconclusive.length > 0)
        return { verdict: "inconclusive", results, reasons: inconclusive };
    return { verdict: "pass", results, reasons };
}


/***/ }),

/***/ 4037:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runLoadOnWorkers)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/* harmony import */ var _core_histogram_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6652);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2471);
/* harmony import */ var _core_recorder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4670);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9718);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9621);
/* harmony import */ var _load_worker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2214);
/* harmony import */ var _run_load_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1898);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__]);
_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Worker threads for one generator (`workers: N`), for rates one core cannot hold.
 *
 * The pool splits the plan with {@link planWorkerShares} (worker j takes every W-th arrival of the
 * shard's schedule, or 1/W of its connections), starts the workers, waits until every one has its
 * connections open, gives them one shared start time, and merges their results the way
 * `shipline loadtest merge` merges shards: each worker sends its HDR histograms encoded, and the pool
 * decodes and adds them with the same {@link decodeRecorded} + {@link mergeRecorded}, so W workers add
 * up exactly to what one thread would have recorded.
 *
 * While running, workers post progress (with their latency histogram, so the merged p95 is exact),
 * and, when the caller judges thresholds early (abort-on-fail), a full snapshot about once a second.
 * The pool stops every worker when the caller's signal aborts (SIGINT/SIGTERM: within a second, with
 * a partial result), when `shouldAbort` names a reason, or when one worker stops early (circuit
 * breaker, max-requests), so the run ends the same way a single thread's would.
 *
 * How a worker starts from a bundle: see ../worker-entry.ts; the worker side is ./load-worker.ts. This
 * module is not imported by run-load.ts on purpose: the worker side must not depend on
 * worker-entry.ts, whose top-level await it would otherwise wait for forever.
 */







// Re-exported so the worker side sits in the same bundle file as the pool: reached only through
// worker-entry.ts's dynamic import, ncc would split it into a chunk file of its own.


/**
 * Imports the worker's module. CommonJS, because an eval'd worker is a script; from source (a `.ts`
 * URL: vitest, tsx) it registers tsx first, resolved from the source tree, since the worker thread
 * does not inherit the parent's TypeScript loader. A bundle's URL is plain JavaScript.
 */
const BOOTSTRAP = `
const { workerData, parentPort } = require("node:worker_threads");
(async () => {
  const url = workerData.entryUrl;
  if (/\\.[cm]?ts$/.test(url)) {
    const { createRequire } = require("node:module");
    const { pathToFileURL } = require("node:url");
    const api = createRequire(url).resolve("tsx/esm/api");
    (await import(pathToFileURL(api).href)).register();
  }
  await import(url);
})().catch((e) => parentPort.postMessage({ type: "error", message: String((e && e.stack) || e) }));
`;
/** How long the pool waits for the workers to load and open their connections. */
const READY_TIMEOUT_MS = 30_000;
/** Margin between "all workers ready" and the shared start, so the start message reaches all in time. */
const START_MARGIN_MS = 20;
/** Empties a per-worker slot list (`fill` is not allowed after `every` narrowed the element type). */
function clear(slots) {
    slots.fill(undefined);
}
function mergeErrorSamples(parts) {
    const out = {};
    for (const p of parts) {
        for (const [k, v] of Object.entries(p)) {
            if (k in out)
                out[k] = out[k] + v;
            else if (Object.keys(out).length < 20)
                out[k] = v;
        }
    }
    return out;
}
/**
 * Runs `plan` on `plan.workers` worker threads and merges their results into one {@link LoadResult}
 * (what {@link runLoad} returns for one thread); with `workers: 1` it is `runLoad` on this thread.
 * Rejects only when a worker thread fails to start or crashes (a bug, never a request failure).
 */
function runLoadOnWorkers(plan, options = {}) {
    if (plan.workers <= 1)
        return (0,_run_load_js__WEBPACK_IMPORTED_MODULE_8__/* .runLoad */ .eR)(plan, options);
    const shares = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planWorkerShares */ .CC)(plan);
    const count = shares.length;
    const wall = options.now ?? Date.now;
    return new Promise((resolve, reject) => {
        const ready = new Set();
        const done = shares.map(() => undefined);
        const progress = shares.map(() => undefined);
        const snapshots = shares.map(() => undefined);
        let stopping;
        let startAtMs;
        let settled = false;
        const workers = shares.map((share, j) => {
            const init = {
                [_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .LOAD_WORKER_TAG */ .h]: 1,
                entryUrl: _worker_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .LOAD_WORKER_ENTRY_URL */ .$,
                plan: share,
                progressIntervalMs: options.progressIntervalMs,
                snapshotEveryMs: options.shouldAbort ? 1000 : 0,
            };
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(BOOTSTRAP, { eval: true, workerData: init });
            w.on("message", (m) => onMessage(j, m));
            w.on("error", (e) => fail(j, e.message));
            w.on("exit", (code) => {
                if (!settled && done[j] === undefined)
                    fail(j, `it exited (code ${code}) before sending its result`);
            });
            return w;
        });
        const send = (j, m) => {
            if (done[j] === undefined)
                workers[j]?.postMessage(m);
        };
        const readyTimer = setTimeout(() => fail(ready.size === 0 ? 0 : shares.findIndex((_, j) => !ready.has(j)), `it was not ready after ${READY_TIMEOUT_MS / 1000}s`), READY_TIMEOUT_MS);
        function cleanup() {
            settled = true;
            clearTimeout(readyTimer);
            options.signal?.removeEventListener("abort", onAbort);
            for (const w of workers)
                void w.terminate();
        }
        function fail(j, why) {
            if (settled)
                return;
            cleanup();
            reject(new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0("internal", `Load worker thread ${j + 1} of ${count} failed: ${why}.`, {
                hint: 'Run with "workers: 1" (one thread) to load-test without worker threads, and report this with the log.',
            }));
        }
        function stopAll(reason, detail) {
            if (stopping)
                return;
            stopping = { reason, detail };
            for (let j = 0; j < count; j++)
                send(j, { type: "stop", reason, detail });
        }
        function onAbort() {
            stopAll();
        }
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener("abort", onAbort, { once: true });
        function onMessage(j, m) {
            if (settled)
                return;
            switch (m.type) {
                case "ready":
                    ready.add(j);
                    if (ready.size === count) {
                        clearTimeout(readyTimer);
                        // Everyone's connections are open: start together, a moment from now (or at the caller's
                        // shared start-at, late handling included, when it is given).
                        startAtMs = options.startAtMs ?? wall() + START_MARGIN_MS;
                        for (let k = 0; k < count; k++)
                            send(k, { type: "start", startAtMs });
                    }
                    return;
                case "progress":
                    progress[j] = m;
                    if (options.onProgress && progress.every((p) => p !== undefined)) {
                        options.onProgress(mergeProgress(progress));
                        clear(progress);
                    }
                    return;
                case "snapshot":
                    snapshots[j] = m;
                    if (options.shouldAbort && !stopping && snapshots.every((s) => s !== undefined)) {
                        const all = snapshots;
                        const merged = (0,_core_recorder_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeRecorded */ .N5)(all.map((s) => (0,_core_report_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeRecorded */ .Pc)(s.histograms)));
                        const reason = options.shouldAbort(merged, Math.min(...all.map((s) => s.measuredMs)), Math.min(...all.map((s) => s.elapsedMs)));
                        clear(snapshots);
                        if (reason)
                            stopAll("aborted-on-threshold", reason);
                    }
                    return;
                case "error":
                    fail(j, m.message);
                    return;
                case "done": {
                    done[j] = m.result;
                    // One worker stopping early (circuit breaker, max-requests) stops the run, as in one thread.
                    if (m.result.stopReason && m.result.stopReason !== "cancelled")
                        stopAll(m.result.stopReason, m.result.stopDetail);
                    if (done.every((d) => d !== undefined)) {
                        cleanup();
                        resolve(mergeResults(done));
                    }
                    return;
                }
            }
        }
        function mergeResults(results) {
            const recorded = (0,_core_recorder_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeRecorded */ .N5)(results.map((r) => (0,_core_report_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeRecorded */ .Pc)(r.histograms)));
            const early = results.find((r) => r.stopReason !== undefined);
            const stopReason = stopping?.reason ?? early?.stopReason;
            const stopDetail = stopping?.detail || early?.stopDetail;
            return {
                recorded,
                startedAtMs: startAtMs ?? wall(),
                lateStartMs: Math.max(...results.map((r) => r.lateStartMs)),
                durationMs: Math.max(...results.map((r) => r.durationMs)),
                complete: results.every((r) => r.complete),
                stopReason,
                stopDetail,
                sent: results.reduce((a, r) => a + r.sent, 0),
                errorSamples: mergeErrorSamples(results.map((r) => r.errorSamples)),
            };
        }
    });
}
/** Adds up the workers' progress; p95 from their merged latency histograms. */
function mergeProgress(parts) {
    const latency = (0,_core_histogram_js__WEBPACK_IMPORTED_MODULE_2__/* .createHistogram */ .v5)();
    for (const p of parts)
        if (p.latency)
            (0,_core_histogram_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeHistogramInto */ .rb)(latency, (0,_core_histogram_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeHistogram */ .pr)(p.latency));
    const sum = (f) => parts.reduce((a, p) => a + f(p.progress), 0);
    return {
        elapsedMs: Math.max(...parts.map((p) => p.progress.elapsedMs)),
        isWarmingUp: parts.some((p) => p.progress.isWarmingUp),
        requests: sum((p) => p.requests),
        rps: sum((p) => p.rps),
        p95Ms: (0,_core_histogram_js__WEBPACK_IMPORTED_MODULE_2__/* .percentileMs */ .OZ)(latency, 95),
        errors: sum((p) => p.errors),
        dropped: sum((p) => p.dropped),
        inFlight: sum((p) => p.inFlight),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
