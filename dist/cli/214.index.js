export const id = 214;
export const ids = [214];
export const modules = {

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ formatInteger),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/**
 * One way to print each kind of number, shared by every screen (summaries, comments, the terminal):
 * a figure that appears twice must read the same both times. Pure.
 */
/** `1 test`, `2 tests`; `plural` defaults to `singular + "s"`. Counts use thousands separators. */
function count(n, singular, plural = `${singular}s`) {
    return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}
/** An integer with thousands separators: `12,345`. */
function formatInteger(n) {
    return Math.round(n).toLocaleString("en-US");
}
/**
 * A duration in milliseconds for people: `0.84 ms`, `7.6 ms`, `340 ms`, `3.41 s`, `2 min 5 s`, `1 h 2 min`.
 * At most two decimals below 10 ms and 10 s, one below a minute, whole units elsewhere; trailing zeros dropped.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return "n/a";
    if (ms < 10)
        return `${Number(ms.toFixed(2))} ms`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 10)
        return `${Number(s.toFixed(2))} s`;
    if (s < 60)
        return `${Number(s.toFixed(1))} s`;
    const totalS = Math.round(s);
    if (totalS < 3600)
        return `${Math.floor(totalS / 60)} min${totalS % 60 ? ` ${totalS % 60} s` : ""}`;
    const totalMin = Math.round(totalS / 60);
    return `${Math.floor(totalMin / 60)} h${totalMin % 60 ? ` ${totalMin % 60} min` : ""}`;
}
/**
 * A percentage from a value already in percent (`12.5` → `12.5%`): at most two decimals, trailing
 * zeros dropped (`0.1%`, `1.67%`, `79.96%`, `100%`). Never rounded to fewer decimals: 79.96 % must
 * not print as the 80 % it fails.
 */
function formatPercent(percent) {
    if (!Number.isFinite(percent))
        return "n/a";
    return `${Number(percent.toFixed(2))}%`;
}


/***/ }),

/***/ 3553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ evaluateChecks),
/* harmony export */   nm: () => (/* binding */ compileChecks)
/* harmony export */ });
/* unused harmony export parseJsonPath */
/**
 * Parses a JSON path: `$.a.b[0].c`, `$['a b']`, or the short form `a.b.0`. Returns the segments or
 * an error sentence.
 */
function parseJsonPath(path) {
    let p = path.trim();
    if (p.startsWith("$"))
        p = p.slice(1);
    const out = [];
    let i = 0;
    while (i < p.length) {
        if (p[i] === ".") {
            i++;
            const m = /^[^.[\]]+/.exec(p.slice(i));
            if (!m)
                return `"${path}" has an empty name after "."`;
            out.push(/^\d+$/.test(m[0]) ? Number(m[0]) : m[0]);
            i += m[0].length;
        }
        else if (p[i] === "[") {
            const m = /^\[(?:(\d+)|'([^']*)'|"([^"]*)")\]/.exec(p.slice(i));
            if (!m)
                return `"${path}" has a malformed [...] part; use [0] or ['name']`;
            out.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3]));
            i += m[0].length;
        }
        else if (out.length === 0) {
            const m = /^[^.[\]]+/.exec(p.slice(i));
            out.push(/^\d+$/.test(m[0]) ? Number(m[0]) : m[0]);
            i += m[0].length;
        }
        else
            return `"${path}" is not a JSON path like $.data.items[0].id`;
    }
    return out;
}
/** Compiles checks; returns error sentences for malformed JSON paths. */
function compileChecks(checks) {
    const problems = [];
    const statuses = checks?.status === undefined ? undefined : new Set(Array.isArray(checks.status) ? checks.status : [checks.status]);
    const containsRaw = checks?.["body-contains"];
    const contains = containsRaw === undefined ? [] : Array.isArray(containsRaw) ? containsRaw : [containsRaw];
    const json = [];
    for (const [path, expected] of Object.entries(checks?.json ?? {})) {
        const segments = parseJsonPath(path);
        if (typeof segments === "string")
            problems.push(segments);
        else
            json.push({ path, segments, expected });
    }
    const needsBody = contains.length > 0 || json.length > 0;
    return { compiled: { statuses, contains, json, needsBody, count: 1 + contains.length + json.length }, problems };
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== "object")
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => deepEqual(a[k], b[k]));
}
/** Checks one response. `body` is only needed when `compiled.needsBody`. */
function evaluateChecks(compiled, status, body) {
    let passed = 0;
    let failed = 0;
    let firstFailure;
    const fail = (what) => {
        failed++;
        firstFailure ??= what;
    };
    const statusOk = compiled.statuses ? compiled.statuses.has(status) : status >= 200 && status < 300;
    if (statusOk)
        passed++;
    else
        fail(`status ${status}`);
    const text = body ?? "";
    for (const c of compiled.contains) {
        if (text.includes(c))
            passed++;
        else
            fail(`body does not contain ${JSON.stringify(c)}`);
    }
    if (compiled.json.length > 0) {
        let doc;
        let parsed = true;
        try {
            doc = JSON.parse(text);
        }
        catch {
            parsed = false;
        }
        for (const j of compiled.json) {
            if (!parsed) {
                fail(`body is not JSON (for ${j.path})`);
                continue;
            }
            let v = doc;
            for (const s of j.segments)
                v = v !== null && typeof v === "object" ? v[s] : undefined;
            if (deepEqual(v, j.expected))
                passed++;
            else
                fail(`${j.path} is ${JSON.stringify(v) ?? "missing"}, expected ${JSON.stringify(j.expected)}`);
        }
    }
    return { passed, failed, statusOk, firstFailure };
}


/***/ }),

/***/ 2555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   GK: () => (/* binding */ shareFigure),
/* harmony export */   Gy: () => (/* binding */ perSecondFigure),
/* harmony export */   MO: () => (/* binding */ availabilityFigure),
/* harmony export */   PC: () => (/* binding */ computeScopeFigures),
/* harmony export */   PJ: () => (/* binding */ formatPerSecond),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZE: () => (/* binding */ latencyFigure),
/* harmony export */   _V: () => (/* binding */ formatMs)
/* harmony export */ });
/* harmony import */ var _kernel_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8982);
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6652);
/**
 * The figures of a run, each computed in one place and printed one way. A threshold, the run and
 * endpoint tables, the verdict, the JUnit file, the JSON report and the baseline comparison all read
 * the p95 of `login` from {@link latencyFigure} and print it with {@link formatMs}, so the figure a
 * threshold was judged on is the figure every screen shows. Pure.
 */


/** Milliseconds are kept to the microsecond the histograms record: `7.639`. */
function toMicros(v) {
    return v === undefined ? null : Math.round(v * 1000) / 1000;
}
/** A latency aggregate of a histogram, ms to the µs; `null` without samples. */
function latencyFigure(h, agg, percentile = 50) {
    if (agg === "avg")
        return toMicros((0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .meanMs */ .MB)(h));
    if (agg === "min")
        return toMicros((0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .minMs */ .zk)(h));
    if (agg === "max")
        return toMicros((0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .maxMs */ .BA)(h));
    return toMicros((0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileMs */ .OZ)(h, agg === "med" ? 50 : percentile));
}
/** Events per second over `durationMs`, to two decimals; 0 for an empty duration. */
function perSecondFigure(n, durationMs) {
    return durationMs > 0 ? Math.round((n / (durationMs / 1000)) * 100) / 100 : 0;
}
/** `part` of `total` as a share 0..1; `null` when `total` is 0. */
function shareFigure(part, total) {
    return total === 0 ? null : part / total;
}
/** Percent of requests the service answered (no network error, no timeout, no 5xx); `null` without requests. */
function availabilityFigure(s) {
    return s.requests === 0 ? null : (100 * (s.requests - s.unavailable)) / s.requests;
}
/** Computes a scope's figures; `durationMs` is the measured length (for rps). */
function computeScopeFigures(s, durationMs) {
    return {
        requests: s.requests,
        rps: perSecondFigure(s.requests, durationMs),
        p50Ms: latencyFigure(s.latency, "p", 50),
        p90Ms: latencyFigure(s.latency, "p", 90),
        p95Ms: latencyFigure(s.latency, "p", 95),
        p99Ms: latencyFigure(s.latency, "p", 99),
        maxMs: latencyFigure(s.latency, "max"),
        avgMs: latencyFigure(s.latency, "avg"),
        failed: s.failed,
        errorRate: shareFigure(s.failed, s.requests) ?? 0,
        availability: availabilityFigure(s),
    };
}
/** A millisecond figure: `7.64 ms`, `228 ms`, `–` when there is none. */
function formatMs(v) {
    return v === null || v === undefined ? "–" : (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(v);
}
/** A share 0..1 as a percentage, the one way shares are printed: `1.67%`. */
function formatShare(v) {
    return (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(v * 100);
}
/** A rate per second: `1,998.46 req/s`. */
function formatPerSecond(v, unit = "req/s") {
    return `${Number(v.toFixed(2)).toLocaleString("en-US", { maximumFractionDigits: 2 })} ${unit}`;
}
/** A count: `1,234`. */
function formatCount(v) {
    return (0,_kernel_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInteger */ .Sm)(v);
}


/***/ }),

/***/ 6652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ maxMs),
/* harmony export */   DL: () => (/* binding */ recordMicros),
/* harmony export */   MB: () => (/* binding */ meanMs),
/* harmony export */   OZ: () => (/* binding */ percentileMs),
/* harmony export */   d2: () => (/* binding */ countAbove),
/* harmony export */   ll: () => (/* binding */ encodeHistogram),
/* harmony export */   pr: () => (/* binding */ decodeHistogram),
/* harmony export */   rb: () => (/* binding */ mergeHistogramInto),
/* harmony export */   v5: () => (/* binding */ createHistogram),
/* harmony export */   zk: () => (/* binding */ minMs)
/* harmony export */ });
/* unused harmony exports HISTOGRAM_MAX_US, histogramBuckets */
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
/**
 * Latency histograms: HDR histograms (hdr-histogram-js) in microseconds, 3 significant digits,
 * from 1 µs to 1 h. They merge exactly (bucket counts add), so shards of a matrix run combine into
 * the histogram a single generator would have recorded, and they encode to compressed base64 for
 * the JSON report.
 */

/** Highest recordable latency: 1 hour in microseconds. Larger values are clamped to it. */
const HISTOGRAM_MAX_US = 3_600_000_000;
/**
 * A new, empty latency histogram (microseconds, 3 significant digits, 1 µs .. 1 h).
 * `packed`: a sparse array, ~4× smaller (25 KB instead of 95 KB) but ~8× slower to record into
 * (~0.4 µs); used for the per-second histograms, of which a long run keeps thousands.
 */
function createHistogram(packed = false) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq({
        lowestDiscernibleValue: 1,
        highestTrackableValue: HISTOGRAM_MAX_US,
        numberOfSignificantValueDigits: 3,
        bitBucketSize: packed ? "packed" : 32,
        useWebAssembly: false,
    });
}
/** Records a latency in microseconds; values below 1 µs count as 1 µs, above 1 h as 1 h. */
function recordMicros(h, micros) {
    const v = micros < 1 ? 1 : micros > HISTOGRAM_MAX_US ? HISTOGRAM_MAX_US : Math.round(micros);
    h.recordValue(v);
}
/** Compressed base64 (the HdrHistogram V2 compressed format, readable by every HDR port). */
function encodeHistogram(h) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeIntoCompressedBase64 */ .dH(h);
}
/** Decodes {@link encodeHistogram}'s output. Throws on malformed input. */
function decodeHistogram(encoded, packed = false) {
    const decoded = hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeFromCompressedBase64 */ .Vc(encoded, 32, false);
    // Decoded histograms keep the encoder's range; copy into a standard one so merges never overflow.
    const h = createHistogram(packed);
    h.add(decoded);
    return h;
}
/** Adds `from` into `into` exactly (bucket by bucket). Returns `into`. */
function mergeHistogramInto(into, from) {
    into.add(from);
    return into;
}
/** Value at a percentile (0..100) in milliseconds; `undefined` for an empty histogram. */
function percentileMs(h, percentile) {
    if (h.totalCount === 0)
        return undefined;
    return h.getValueAtPercentile(percentile) / 1000;
}
/** Mean in milliseconds; `undefined` for an empty histogram. */
function meanMs(h) {
    return h.totalCount === 0 ? undefined : h.mean / 1000;
}
/** Maximum in milliseconds (highest equivalent value of the top bucket); `undefined` when empty. */
function maxMs(h) {
    return h.totalCount === 0 ? undefined : h.maxValue / 1000;
}
/** Minimum in milliseconds; `undefined` when empty. */
function minMs(h) {
    return h.totalCount === 0 ? undefined : h.minNonZeroValue / 1000;
}
/**
 * The histogram's bucket counts as `[value, count]` pairs (value = the bucket's representative
 * value in µs). Two histograms are equal exactly when these lists are equal; tests compare merged
 * shards with single runs this way.
 */
function histogramBuckets(h) {
    const out = [];
    const js = h;
    const it = js.recordedValuesIterator;
    if (!it)
        throw new Error("histogram implementation without recordedValuesIterator");
    it.reset();
    while (it.hasNext()) {
        const v = it.next();
        out.push([v.valueIteratedTo, v.countAtValueIteratedTo]);
    }
    return out;
}
/** How many recorded values are above `micros` (by bucket: values equivalent to `micros` are not counted). */
function countAbove(h, micros) {
    let n = 0;
    for (const [value, count] of histogramBuckets(h))
        if (value > micros)
            n += count;
    return n;
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ planWorkerShares),
/* harmony export */   Oj: () => (/* binding */ planLoad),
/* harmony export */   rh: () => (/* binding */ isHostAllowed)
/* harmony export */ });
/* unused harmony exports DEFAULT_DURATION_MS, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_IN_FLIGHT, MAX_IN_FLIGHT, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_DURATION_MS, DEFAULT_MAX_REQUESTS, MAX_WORKERS, AUTO_WORKER_RATE, unsafeWireText, planWorkers */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3553);
/* harmony import */ var _scenario_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(650);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1761);
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6304);
/**
 * Planning: inputs and the scenario file become one {@link LoadPlan}, the plain data the engine runs.
 * Every problem is collected (input problems name the input, file problems the key and line) before
 * anything is sent.
 */




const DEFAULT_DURATION_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_IN_FLIGHT = 10_000;
/** Most requests in flight one generator may hold (the scenario schema and the input use the same bound). */
const MAX_IN_FLIGHT = 100_000;
const DEFAULT_MAX_CONNECTIONS = 256;
const DEFAULT_MAX_DURATION_MS = 30 * 60_000;
const DEFAULT_MAX_REQUESTS = 10_000_000;
/** Most worker threads one generator may use. */
const MAX_WORKERS = 64;
/** `workers: auto` adds a thread per this many req/s of the shard's rate: one core holds at least that (bench/loadtest). */
const AUTO_WORKER_RATE = 20_000;
/**
 * Why `value` cannot go on the wire as a request path or header, or undefined when it can. A CR/LF
 * in a path or header ends the request line early, and what follows is read by the server as a
 * second request (request smuggling); other control characters and spaces are refused with them.
 * Header values may hold spaces and tabs (`Bearer abc`), never a control character. The message gives
 * the position and code of the character, never the value: it may hold an interpolated secret.
 */
function unsafeWireText(value, kind) {
    const bad = kind === "header value" ? /[\u0000-\u0008\u000a-\u001f\u007f]/ : /[\u0000-\u0020\u007f]/;
    const m = bad.exec(value);
    if (!m)
        return undefined;
    const ch = m[0].codePointAt(0) ?? 0;
    const name = ch === 0x0d ? "CR" : ch === 0x0a ? "LF" : ch === 0x20 ? "a space" : `control character U+${ch.toString(16).toUpperCase().padStart(4, "0")}`;
    const fix = kind === "path" ? "percent-encode it (%20, %0D, %0A)" : "remove it";
    return `must not contain ${kind === "header value" ? "control characters" : "control characters or spaces"}; found ${name} at position ${m.index + 1}: ${fix}`;
}
/** Does `host` match an allowed-hosts entry (`example.com`, `*.example.com`, `host:port`)? */
function isHostAllowed(url, allowed) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
    const hostPort = `${host}:${url.port || (url.protocol === "https:" ? "443" : "80")}`;
    return allowed.some((raw) => {
        const a = raw
            .trim()
            .toLowerCase()
            .replace(/^https?:\/\//, "")
            .replace(/\/.*$/, "");
        if (a.startsWith("*."))
            return host.endsWith(a.slice(1));
        return a === host || a === hostPort || a === `[${host}]`;
    });
}
function fileDuration(raw, path, problems) {
    if (raw === undefined)
        return undefined;
    try {
        return (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(path.join("."), raw);
    }
    catch {
        problems.push({ path, message: `must be a duration like 30s or 5m; got "${raw}"` });
        return undefined;
    }
}
/**
 * Builds the plan. Inputs win over the scenario file (so a workflow can reuse one file at another
 * rate). Returns the plan, or every problem.
 */
function planLoad(o) {
    const problems = [];
    const s = o.scenario ?? {};
    const load = s.load ?? {};
    const secrets = (s.env ?? []).map((n) => o.env[n]).filter((v) => typeof v === "string" && v !== "");
    // Target and allowed hosts.
    const targetRaw = o.target?.trim() || s.target;
    let target;
    if (!targetRaw)
        problems.push({ input: "target", message: 'is required: set "target" (e.g. https://staging.example.com) or "target:" in the scenario file' });
    else {
        try {
            target = new URL(targetRaw);
            if (target.protocol !== "http:" && target.protocol !== "https:")
                throw new Error("protocol");
            if (target.username || target.password) {
                problems.push({ input: "target", message: "must not contain credentials; pass them as a header with an ${ENV} variable in the scenario file" });
            }
        }
        catch {
            problems.push({ input: "target", message: `must be an http(s) URL like https://staging.example.com; got "${targetRaw}"` });
            target = undefined;
        }
    }
    const allowedHosts = o.allowedHosts.length > 0 ? o.allowedHosts.map((h) => h.trim().toLowerCase()) : target ? [target.hostname.toLowerCase()] : [];
    if (target && !isHostAllowed(target, allowedHosts)) {
        problems.push({
            input: "allowed-hosts",
            message: `does not list the target's host "${target.hostname}" (allowed: ${allowedHosts.join(", ")}); add it to allowed-hosts if this target is really meant`,
        });
    }
    // Shard.
    const shard = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .parseShard */ .uK)(o.shard);
    if (typeof shard === "string")
        problems.push({ input: "shard", message: shard });
    const shardCount = typeof shard === "string" ? 1 : shard.count;
    // Timing.
    const warmupMs = o.warmupMs ?? fileDuration(load["warm-up"], ["load", "warm-up"], problems) ?? 0;
    const timeoutMs = o.timeoutMs ?? fileDuration(load.timeout, ["load", "timeout"], problems) ?? DEFAULT_TIMEOUT_MS;
    const maxDurationMs = o.maxDurationMs ?? DEFAULT_MAX_DURATION_MS;
    const maxRequests = o.maxRequests ?? DEFAULT_MAX_REQUESTS;
    const baselineRps = o.baselineRps ?? load["baseline-rps"];
    // Model: inputs first, then the file.
    let model;
    let durationMs = 0;
    let rate;
    const connections = o.connections ?? (o.rate === undefined ? load.connections : undefined);
    const rateRaw = o.rate ?? (o.connections === undefined ? load.rate : undefined);
    if (connections !== undefined && rateRaw !== undefined && o.connections !== undefined && o.rate !== undefined) {
        problems.push({ input: "connections", message: 'is set together with "rate"; choose the open model (rate) or the closed model (connections)' });
    }
    const fileDur = fileDuration(load.duration, ["load", "duration"], problems);
    if (connections !== undefined) {
        durationMs = o.durationMs ?? fileDur ?? DEFAULT_DURATION_MS;
        if (connections < shardCount)
            problems.push({ input: "connections", message: `is ${connections}, fewer than the ${shardCount} shards; use at least one connection per shard` });
        const per = typeof shard === "string" ? connections : Math.floor(connections / shardCount) + (shard.index <= connections % shardCount ? 1 : 0);
        model = { kind: "closed", connections: per, durationMs: warmupMs + durationMs };
    }
    else if (rateRaw === undefined && load.stages) {
        const stages = [];
        load.stages.forEach((st, i) => {
            const d = fileDuration(st.duration, ["load", "stages", i, "duration"], problems) ?? 0;
            if (d <= 0)
                problems.push({ path: ["load", "stages", i, "duration"], message: "must be longer than 0" });
            stages.push({ durationMs: d, target: st.target });
        });
        const profile = { kind: "ramp", startRate: load["start-rate"] ?? 0, stages };
        durationMs = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .profileDurationMs */ .we)(profile) - warmupMs;
        if (durationMs <= 0)
            problems.push({ path: ["load", "warm-up"], message: "is as long as the stages together; nothing would be measured" });
        model = { kind: "open", profile };
        rate = Math.max(profile.startRate, ...stages.map((x) => x.target));
    }
    else {
        const r = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRate */ .WN)(rateRaw ?? "", baselineRps);
        if (rateRaw === undefined)
            problems.push({
                input: "rate",
                message: 'is required for the open model: set "rate" (req/s, or 10x with baseline-rps), "connections", or load.stages in the scenario file',
            });
        else if (typeof r === "string")
            problems.push(o.rate !== undefined ? { input: "rate", message: r } : { path: ["load", "rate"], message: r });
        else
            rate = r;
        durationMs = o.durationMs ?? fileDur ?? DEFAULT_DURATION_MS;
        if (rate !== undefined)
            model = { kind: "open", profile: { kind: "constant", rate, durationMs: warmupMs + durationMs } };
    }
    if (durationMs + warmupMs > maxDurationMs) {
        problems.push({
            input: "duration",
            message: `plus warm-up is ${Math.round((durationMs + warmupMs) / 1000)}s, above the hard cap max-duration (${Math.round(maxDurationMs / 1000)}s); shorten it or raise max-duration`,
        });
    }
    if (durationMs <= 0 && model?.kind !== "open")
        problems.push({ input: "duration", message: "must be longer than 0" });
    if (model?.kind === "open" && rate !== undefined) {
        const arrivals = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .totalArrivals */ .L6)(model.profile) / shardCount;
        if (arrivals > maxRequests) {
            problems.push({
                input: "max-requests",
                message: `is ${maxRequests}, but the plan sends about ${Math.round(arrivals)} requests per generator; lower rate or duration, or raise max-requests`,
            });
        }
    }
    const maxInFlight = o.maxInFlight ?? load["max-in-flight"] ?? DEFAULT_MAX_IN_FLIGHT;
    if (!Number.isSafeInteger(maxInFlight) || maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT)
        problems.push({ input: "max-in-flight", message: `is ${maxInFlight}; use a whole number from 1 to ${MAX_IN_FLIGHT}` });
    // Requests.
    const missing = new Set();
    const declared = new Set(s.env ?? []);
    const env = Object.fromEntries([...declared].map((n) => [n, o.env[n]]));
    const requests = [];
    const scenarioRequests = s.requests ?? [{ path: target ? "/" : "/" }];
    scenarioRequests.forEach((r, i) => {
        const headers = {};
        for (const [k, v] of Object.entries((0,_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolateEnv */ .Ti)(r.headers ?? {}, env, missing)))
            headers[k.toLowerCase()] = v;
        let body;
        if (r.json !== undefined) {
            body = JSON.stringify((0,_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolateEnv */ .Ti)(r.json, env, missing));
            headers["content-type"] ??= "application/json";
        }
        else if (r.body !== undefined)
            body = (0,_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolateEnv */ .Ti)(r.body, env, missing);
        // Checked after interpolation: a ${VAR} value can carry a CR/LF as well as the file can.
        const path = (0,_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolateEnv */ .Ti)(r.path, env, missing);
        const pathProblem = unsafeWireText(path, "path");
        if (pathProblem)
            problems.push({ path: ["requests", i, "path"], message: pathProblem });
        for (const [k, v] of Object.entries(headers)) {
            const nameProblem = unsafeWireText(k, "header name");
            if (nameProblem)
                problems.push({ path: ["requests", i, "headers", k], message: `header name ${nameProblem}` });
            const valueProblem = unsafeWireText(v, "header value");
            if (valueProblem)
                problems.push({ path: ["requests", i, "headers", k], message: valueProblem });
        }
        const { compiled, problems: checkProblems } = (0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .compileChecks */ .nm)(r.checks);
        for (const p of checkProblems)
            problems.push({ path: ["requests", i, "checks", "json"], message: p });
        requests.push({ name: (0,_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .requestName */ .ZK)(r), method: r.method ?? "GET", path, headers, body, checks: compiled });
    });
    for (const name of missing)
        problems.push({
            path: ["env"],
            message: `lists ${name}, but the environment has no ${name}; set it in the step's env: (e.g. ${name}: \${{ secrets.${name} }})`,
        });
    const workers = model ? planWorkers(o.workers, model, rate === undefined ? undefined : rate / shardCount, o.availableCores ?? 1) : 1;
    if (typeof workers === "string")
        problems.push({ input: "workers", message: workers });
    if (problems.length > 0 || !model || !target || typeof shard === "string" || typeof workers === "string")
        return { problems, secrets };
    const base = target.href.replace(/\/+$/, "");
    const cycle = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .planRequestCycle */ .Jp)(scenarioRequests.map((r) => r.weight ?? 1));
    const cbPercent = o.circuitBreakerPercent ?? 50;
    const plan = {
        target: base,
        requests,
        cycle,
        model,
        warmupMs,
        durationMs,
        timeoutMs,
        maxInFlight,
        maxConnections: load["max-connections"] ?? DEFAULT_MAX_CONNECTIONS,
        shard,
        workers,
        rate,
        allowedHosts,
        maxDurationMs,
        maxRequests,
        circuitBreaker: cbPercent > 0 ? { errorRate: cbPercent / 100, minRequests: 100, windowMs: 5000 } : undefined,
    };
    return { plan, problems, secrets };
}
/**
 * Resolves the `workers` input for one generator: a whole number 1..{@link MAX_WORKERS}, or `auto`:
 * one thread per {@link AUTO_WORKER_RATE} req/s of `shardRate` (open model) or one per connection
 * (closed model), at most `availableCores`. Returns the count, or an error sentence (without the
 * input's name). Undefined or empty is 1.
 */
function planWorkers(raw, model, shardRate, availableCores) {
    const v = typeof raw === "number" ? String(raw) : (raw ?? "").trim().toLowerCase();
    const cores = Math.max(1, Math.floor(availableCores));
    if (v === "" || v === "1")
        return 1;
    if (v === "auto") {
        const wanted = model.kind === "closed" ? model.connections : Math.ceil((shardRate ?? 0) / AUTO_WORKER_RATE);
        return Math.max(1, Math.min(cores, wanted, MAX_WORKERS));
    }
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_WORKERS) {
        return `must be a whole number of threads from 1 to ${MAX_WORKERS}, or auto (one per ${AUTO_WORKER_RATE} req/s, at most one per core); got "${raw}"`;
    }
    const n = Number(v);
    if (model.kind === "closed" && n > model.connections) {
        return `is ${n}, more than the ${model.connections} connections this generator keeps open; use at most one worker per connection`;
    }
    return n;
}
/**
 * Splits one generator's plan over `plan.workers` threads. Worker j (0-based) of W is, for the
 * arrival schedule, shard `(k-1) + N*j + 1` of `N*W` when the generator is shard k of N: it keeps
 * the global arrivals `i ≡ (k-1) + N*j (mod N*W)`, so the W workers together send exactly the
 * shard's arrivals, request for request (the same stride split the shards use). The closed model's
 * connections, `max-requests`, `max-in-flight` and `max-connections` are divided too. Each share
 * has `workers: 1`.
 */
function planWorkerShares(plan) {
    const w = plan.workers;
    const split = (total, j) => Math.floor(total / w) + (j < total % w ? 1 : 0);
    return Array.from({ length: w }, (_, j) => ({
        ...plan,
        workers: 1,
        shard: { index: plan.shard.index + plan.shard.count * j, count: plan.shard.count * w },
        model: plan.model.kind === "closed" ? { ...plan.model, connections: split(plan.model.connections, j) } : plan.model,
        maxRequests: Math.max(1, split(plan.maxRequests, j)),
        maxInFlight: Math.max(1, Math.ceil(plan.maxInFlight / w)),
        maxConnections: Math.max(1, Math.ceil(plan.maxConnections / w)),
    }));
}


/***/ }),

/***/ 4670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ createScope),
/* harmony export */   N5: () => (/* binding */ mergeRecorded),
/* harmony export */   Tt: () => (/* binding */ createRecorded),
/* harmony export */   Uw: () => (/* binding */ recordSample),
/* harmony export */   _V: () => (/* binding */ recordDropped),
/* harmony export */   re: () => (/* binding */ LATE_START_TOLERANCE_MS)
/* harmony export */ });
/* unused harmony exports ERROR_KINDS, mergeScopeInto */
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6652);
/**
 * What a load run measured, as plain data plus HDR histograms, and the pure recorder the engine feeds
 * one sample at a time. Everything here merges exactly, so N shards add up to one run.
 *
 * Time base: `offsetMs` values are milliseconds since the run's shared start time (the same instant
 * for every shard); per-second buckets are keyed by `Math.floor(offsetMs / 1000)` of the scheduled send time.
 */

/** Why a request counted as failed. `non-2xx` is a status outside 2xx (3xx included: redirects are not followed) with no status check. */
const ERROR_KINDS = (/* unused pure expression or super */ null && (["timeout", "reset", "refused", "network", "non-2xx", "check-failed"]));
/** Error kinds that make the service unavailable (as opposed to a wrong answer). */
const UNAVAILABLE_KINDS = new Set(["timeout", "reset", "refused", "network"]);
function createScope() {
    return {
        latency: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistogram */ .v5)(),
        service: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistogram */ .v5)(),
        requests: 0,
        failed: 0,
        unavailable: 0,
        statusCodes: {},
        errors: {},
        checks: { passed: 0, failed: 0 },
    };
}
function createRecorded() {
    return { overall: createScope(), endpoints: {}, lag: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistogram */ .v5)(), seconds: [], dropped: 0, lateStartDropped: 0, warmupRequests: 0 };
}
function secondOf(rec, second) {
    // Seconds arrive almost in order: try the last one, then search from the end.
    const last = rec.seconds[rec.seconds.length - 1];
    if (last !== undefined && last.second === second)
        return last;
    for (let i = rec.seconds.length - 1; i >= 0; i--) {
        const s = rec.seconds[i];
        if (s.second === second)
            return s;
        if (s.second < second) {
            const n = { second, requests: 0, failed: 0, latency: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistogram */ .v5)(true) };
            rec.seconds.splice(i + 1, 0, n);
            return n;
        }
    }
    const n = { second, requests: 0, failed: 0, latency: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .createHistogram */ .v5)(true) };
    rec.seconds.unshift(n);
    return n;
}
function recordScope(s, sample, latencyUs, serviceUs) {
    s.requests++;
    (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .recordMicros */ .DL)(s.latency, latencyUs);
    (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .recordMicros */ .DL)(s.service, serviceUs);
    if (sample.status > 0) {
        const k = String(sample.status);
        s.statusCodes[k] = (s.statusCodes[k] ?? 0) + 1;
    }
    if (sample.error) {
        s.failed++;
        s.errors[sample.error] = (s.errors[sample.error] ?? 0) + 1;
    }
    if ((sample.error !== undefined && UNAVAILABLE_KINDS.has(sample.error)) || sample.status >= 500)
        s.unavailable++;
    s.checks.passed += sample.checksPassed ?? 0;
    s.checks.failed += sample.checksFailed ?? 0;
}
/**
 * Adds one sample. `warmupMs`: samples scheduled before it are counted in `warmupRequests` only.
 * `isOpenModel`: latency counts from the scheduled time (true) or the dispatch time (closed model,
 * where the schedule is the previous response).
 */
function recordSample(rec, sample, warmupMs) {
    if (sample.scheduledMs < warmupMs) {
        rec.warmupRequests++;
        return;
    }
    const latencyUs = (sample.endMs - sample.scheduledMs) * 1000;
    const serviceUs = (sample.endMs - (sample.sentMs ?? sample.dispatchedMs)) * 1000;
    (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .recordMicros */ .DL)(rec.lag, (sample.dispatchedMs - sample.scheduledMs) * 1000);
    recordScope(rec.overall, sample, latencyUs, serviceUs);
    let ep = rec.endpoints[sample.name];
    if (!ep) {
        ep = createScope();
        rec.endpoints[sample.name] = ep;
    }
    recordScope(ep, sample, latencyUs, serviceUs);
    const sec = secondOf(rec, Math.floor(sample.scheduledMs / 1000));
    sec.requests++;
    if (sample.error)
        sec.failed++;
    (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .recordMicros */ .DL)(sec.latency, latencyUs);
}
/**
 * A generator that starts later than this after the shared start-at drops the arrivals whose time has
 * passed instead of sending them in a burst. It equals the verdict's default scheduling-lag limit: an
 * arrival sent later than that would distort the latencies anyway.
 */
const LATE_START_TOLERANCE_MS = 50;
/** Counts an arrival that could not be sent unless it was in the warm-up. */
function recordDropped(rec, scheduledMs, warmupMs, cause = "max-in-flight") {
    if (scheduledMs < warmupMs)
        return;
    rec.dropped++;
    if (cause === "late-start")
        rec.lateStartDropped++;
}
function mergeCounts(into, from) {
    for (const [k, v] of Object.entries(from))
        into[k] = (into[k] ?? 0) + v;
}
/** Adds scope `from` into `into` exactly. */
function mergeScopeInto(into, from) {
    (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeHistogramInto */ .rb)(into.latency, from.latency);
    (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeHistogramInto */ .rb)(into.service, from.service);
    into.requests += from.requests;
    into.failed += from.failed;
    into.unavailable += from.unavailable;
    mergeCounts(into.statusCodes, from.statusCodes);
    mergeCounts(into.errors, from.errors);
    into.checks.passed += from.checks.passed;
    into.checks.failed += from.checks.failed;
    return into;
}
/** Merges several runs (shards) into a new {@link Recorded}; the inputs are not modified. */
function mergeRecorded(parts) {
    const out = createRecorded();
    for (const p of parts) {
        mergeScopeInto(out.overall, p.overall);
        for (const [name, s] of Object.entries(p.endpoints)) {
            const into = out.endpoints[name] ?? createScope();
            out.endpoints[name] = mergeScopeInto(into, s);
        }
        (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeHistogramInto */ .rb)(out.lag, p.lag);
        for (const s of p.seconds) {
            const into = secondOf(out, s.second);
            into.requests += s.requests;
            into.failed += s.failed;
            (0,_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeHistogramInto */ .rb)(into.latency, s.latency);
        }
        out.dropped += p.dropped;
        out.lateStartDropped += p.lateStartDropped;
        out.warmupRequests += p.warmupRequests;
    }
    return out;
}


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   KP: () => (/* binding */ REPORT_KIND),
/* harmony export */   MM: () => (/* binding */ parseReport),
/* harmony export */   Pc: () => (/* binding */ decodeRecorded),
/* harmony export */   Pw: () => (/* binding */ encodeRecorded),
/* harmony export */   SB: () => (/* binding */ checkShardsMergeable),
/* harmony export */   df: () => (/* binding */ describePlan),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   sF: () => (/* binding */ summarizeEndpoints)
/* harmony export */ });
/* unused harmony exports REPORT_VERSION, reportConfigSchema, summarySchema, endpointSummarySchema, reportSchema, renderReportJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2555);
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6652);
/* harmony import */ var _recorder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4670);
/**
 * The JSON report: what a run (or one shard) measured, with its HDR histograms encoded, so reports
 * can be merged exactly (`shipline loadtest merge`) and compared later (baselines). Its schema is
 * {@link reportSchema}; {@link parseReport} validates reports read back from files and artifacts.
 */




const REPORT_KIND = "shipline-loadtest-report";
const REPORT_VERSION = 1;
const encodedScope = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    latency: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    service: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    requests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    failed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    unavailable: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    statusCodes: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0)),
    errors: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0)),
    checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0), failed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0) }),
});
/** The run's configuration as far as comparing and merging runs is concerned. */
const reportConfigSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["open", "ramp", "closed"]),
    /** Whole-run arrival rate (all shards), req/s; peak rate for ramps. */
    rate: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
    /** Whole-run connections (closed model). */
    connections: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
    stages: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), target: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig() })).optional(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    warmupMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    timeoutMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    maxInFlight: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    requests: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), method: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
});
const summarySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    requests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    rps: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    p50Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    p90Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    p95Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    p99Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    maxMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    avgMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    serviceP95Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    lagP99Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    /** Failed / measured requests, 0..1. */
    errorRate: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    /** Percent of requests the service answered (no network error, no timeout, no 5xx). */
    availability: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    dropped: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
});
/** One endpoint's figures, exactly as its row in the summary shows them and its thresholds were judged. */
const endpointSummarySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    requests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    rps: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    p50Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    p90Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    p95Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    p99Ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    maxMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    avgMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
    failed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    /** Failed / measured requests, 0..1. */
    errorRate: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    availability: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
});
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(REPORT_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(REPORT_VERSION),
    generator: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    complete: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    stopReason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    stopDetail: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    startedAtMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    /** How long after startedAtMs (the shared start-at) this generator really started, ms; the largest of the shards when merged. Absent when on time. */
    lateStartMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).optional(),
    shard: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1), count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1) }),
    /** Shards merged into this report (1..N); a single run has [its index]. */
    shardsMerged: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int()),
    config: reportConfigSchema,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    summary: summarySchema,
    /** Per endpoint (request name); absent in reports written before it existed. */
    endpoints: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), endpointSummarySchema).optional(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["pass", "fail", "inconclusive"]),
    reasons: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ key: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), expression: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), endpoint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), ok: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), actual: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(), detail: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
    errorSamples: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()),
    histograms: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        overall: encodedScope,
        endpoints: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), encodedScope),
        lag: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        seconds: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ second: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), requests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), failed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), latency: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
        dropped: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
        /** Of dropped: arrivals skipped because a generator started after start-at (absent in reports before it existed). */
        lateStartDropped: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).optional(),
        warmupRequests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    }),
});
/** The report's config block for a plan (whole-run figures, independent of the shard). */
function describePlan(plan, wholeRunConnections) {
    const m = plan.model;
    const base = {
        target: plan.target,
        durationMs: plan.durationMs,
        warmupMs: plan.warmupMs,
        timeoutMs: plan.timeoutMs,
        maxInFlight: plan.maxInFlight,
        requests: plan.requests.map((r) => ({ name: r.name, method: r.method, path: r.path })),
    };
    if (m.kind === "closed")
        return { ...base, model: "closed", connections: wholeRunConnections ?? m.connections * plan.shard.count };
    if (m.profile.kind === "ramp")
        return { ...base, model: "ramp", rate: plan.rate, stages: m.profile.stages.map((s) => ({ ...s })) };
    return { ...base, model: "open", rate: plan.rate };
}
/** Headline figures of what was recorded. `durationMs` is the measured length (for rps). */
function summarize(rec, durationMs) {
    const f = (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .computeScopeFigures */ .PC)(rec.overall, durationMs);
    return {
        requests: f.requests,
        rps: f.rps,
        p50Ms: f.p50Ms,
        p90Ms: f.p90Ms,
        p95Ms: f.p95Ms,
        p99Ms: f.p99Ms,
        maxMs: f.maxMs,
        avgMs: f.avgMs,
        serviceP95Ms: (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .latencyFigure */ .ZE)(rec.overall.service, "p", 95),
        lagP99Ms: (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .latencyFigure */ .ZE)(rec.lag, "p", 99),
        errorRate: f.errorRate,
        availability: f.availability,
        dropped: rec.dropped,
    };
}
/** Per-endpoint figures of what was recorded, by request name. */
function summarizeEndpoints(rec, durationMs) {
    return Object.fromEntries(Object.keys(rec.endpoints)
        .sort()
        .map((name) => [name, (0,_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .computeScopeFigures */ .PC)(rec.endpoints[name], durationMs)]));
}
function encodeScope(s) {
    return {
        latency: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(s.latency),
        service: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(s.service),
        requests: s.requests,
        failed: s.failed,
        unavailable: s.unavailable,
        statusCodes: { ...s.statusCodes },
        errors: { ...s.errors },
        checks: { ...s.checks },
    };
}
function decodeScope(e) {
    const s = (0,_recorder_js__WEBPACK_IMPORTED_MODULE_2__/* .createScope */ .Ds)();
    s.latency = (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHistogram */ .pr)(e.latency);
    s.service = (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHistogram */ .pr)(e.service);
    s.requests = e.requests;
    s.failed = e.failed;
    s.unavailable = e.unavailable;
    s.statusCodes = { ...e.statusCodes };
    s.errors = { ...e.errors };
    s.checks = { ...e.checks };
    return s;
}
/** Encodes what was recorded for the report. */
function encodeRecorded(rec) {
    return {
        overall: encodeScope(rec.overall),
        endpoints: Object.fromEntries(Object.entries(rec.endpoints).map(([k, v]) => [k, encodeScope(v)])),
        lag: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(rec.lag),
        seconds: rec.seconds.map((s) => ({ second: s.second, requests: s.requests, failed: s.failed, latency: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(s.latency) })),
        dropped: rec.dropped,
        lateStartDropped: rec.lateStartDropped,
        warmupRequests: rec.warmupRequests,
    };
}
/** Decodes a report's histograms back into a {@link Recorded} (exact: same bucket counts). */
function decodeRecorded(h) {
    return {
        overall: decodeScope(h.overall),
        endpoints: Object.fromEntries(Object.entries(h.endpoints).map(([k, v]) => [k, decodeScope(v)])),
        lag: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHistogram */ .pr)(h.lag),
        seconds: h.seconds.map((s) => ({ second: s.second, requests: s.requests, failed: s.failed, latency: (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHistogram */ .pr)(s.latency, true) })),
        dropped: h.dropped,
        lateStartDropped: h.lateStartDropped ?? 0,
        warmupRequests: h.warmupRequests,
    };
}
/** Builds the JSON report (plain data, ready for JSON.stringify). */
function buildReport(i) {
    return {
        kind: REPORT_KIND,
        version: REPORT_VERSION,
        generator: i.generator,
        complete: i.complete,
        ...(i.stopReason ? { stopReason: i.stopReason } : {}),
        ...(i.stopDetail ? { stopDetail: i.stopDetail } : {}),
        startedAt: new Date(i.startedAtMs).toISOString(),
        startedAtMs: i.startedAtMs,
        ...(i.lateStartMs ? { lateStartMs: Math.round(i.lateStartMs) } : {}),
        shard: i.shard,
        shardsMerged: i.shardsMerged,
        config: i.config,
        durationMs: i.durationMs,
        summary: summarize(i.recorded, i.durationMs),
        endpoints: summarizeEndpoints(i.recorded, i.durationMs),
        verdict: i.verdict,
        reasons: i.reasons,
        thresholds: i.thresholds.map((r) => ({
            key: r.threshold.key,
            expression: r.threshold.expression,
            ...(r.threshold.endpoint ? { endpoint: r.threshold.endpoint } : {}),
            ok: r.ok,
            actual: r.actual ?? null,
            detail: r.detail,
        })),
        errorSamples: i.errorSamples,
        histograms: encodeRecorded(i.recorded),
    };
}
/** Validates a report read from `file`; returns it or problem sentences naming the keys. */
function parseReport(data) {
    if (data && typeof data === "object" && data.kind !== REPORT_KIND) {
        return { problems: [`is not a Shipline loadtest report (its "kind" is ${JSON.stringify(data.kind)}, expected "${REPORT_KIND}")`] };
    }
    const r = reportSchema.safeParse(data);
    if (r.success)
        return { report: r.data, problems: [] };
    return {
        problems: r.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join(".") || "(top level)"}: ${i.message}`),
    };
}
/**
 * Checks that shard reports belong to one matrix run and can be merged: same config, same shard
 * count, same shared start, every shard exactly once. Returns problem sentences (empty when fine).
 */
function checkShardsMergeable(reports) {
    const problems = [];
    if (reports.length === 0)
        return ["no shard reports were given"];
    const first = reports[0];
    const count = first.report.shard.count;
    const seen = new Map();
    for (const { file, report } of reports) {
        if (report.shard.count !== count)
            problems.push(`${file} is shard ${report.shard.index}/${report.shard.count}, but ${first.file} is one of ${count} shards`);
        if (JSON.stringify(report.config) !== JSON.stringify(first.report.config))
            problems.push(`${file} was run with a different configuration than ${first.file} (target, rate, duration or requests differ)`);
        if (report.startedAtMs !== first.report.startedAtMs) {
            problems.push(`${file} started at ${report.startedAt}, ${first.file} at ${first.report.startedAt}; shards must share one start time (set the same "start-at" in every matrix job)`);
        }
        for (const s of report.shardsMerged) {
            const other = seen.get(s);
            if (other)
                problems.push(`shard ${s} appears twice (${other} and ${file})`);
            seen.set(s, file);
        }
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((s) => !seen.has(s));
    if (missing.length > 0)
        problems.push(`shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count} ${missing.length > 1 ? "are" : "is"} missing; a merged result would under-count the load`);
    return problems;
}
/** The JSON Schema of the report file (draft 2020-12), generated from {@link reportSchema}. */
function renderReportJsonSchema() {
    const schema = z.toJSONSchema(reportSchema, { target: "draft-2020-12" });
    return { $schema: schema.$schema, title: "Shipline loadtest report", ...schema };
}


/***/ }),

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   Mo: () => (/* binding */ parseScenario),
/* harmony export */   Ti: () => (/* binding */ interpolateEnv),
/* harmony export */   ZK: () => (/* binding */ requestName)
/* harmony export */ });
/* unused harmony exports DURATION_PATTERN, HTTP_METHODS, checksSchema, requestSchema, stageSchema, loadSchema, scenarioSchema, renderScenarioJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The scenario file (YAML or JSON): its zod schema (the published JSON Schema is generated from it,
 * see `schema/loadtest-scenario.schema.json`), validation with problems that name the key and the
 * line, and `${VAR}` interpolation of environment variables the file declares.
 *
 * The schema holds no transforms, so `z.toJSONSchema` represents it exactly; durations and rates are
 * checked by pattern here and converted in `plan.ts`.
 */

const DURATION_PATTERN = "^(\\d+(\\.\\d+)?(ms|s|m|h|d))+$";
const duration = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(new RegExp(DURATION_PATTERN), "must be a duration like 500ms, 30s, 5m or 1h30m");
const rate = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive("must be above 0 requests per second"),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+(\.\d+)?x$/, 'must be requests per second (a number) or a multiple of baseline-rps like "10x"'),
]);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const checksSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599)).min(1)])
        .optional()
        .describe("Expected status code(s). Without it, any 2xx passes; a 3xx fails (redirects are not followed), so list it, e.g. 302, when a redirect is the expected answer."),
    "body-contains": zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1)])
        .optional()
        .describe("Text(s) the response body must contain."),
    json: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\$?[.[]?/), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J())
        .optional()
        .describe('JSON path → expected value, e.g. {"$.status": "ok", "$.items[0].id": 1}.'),
})
    .strict();
const requestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100).optional().describe("Endpoint name used in reports and thresholds ({name:...}). Default: METHOD path."),
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(HTTP_METHODS).optional().describe("Default GET."),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith("/", "must start with /").describe("Path and query, appended to the target, e.g. /api/items?limit=10."),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "is not a valid header name"), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe("Raw request body."),
    json: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional().describe("JSON request body (sets content-type: application/json)."),
    weight: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(1000).optional().describe("Relative share of arrivals (whole number, default 1)."),
    checks: checksSchema.optional(),
})
    .strict();
const stageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ duration, target: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).describe("Arrival rate (req/s) reached at the end of the stage.") }).strict();
const loadSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    rate: rate.optional().describe('Open model: constant arrival rate in req/s, or a multiple of baseline-rps ("10x"). The default model.'),
    "baseline-rps": zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional().describe("Normal traffic in req/s, for rate: 10x."),
    duration: duration.optional().describe("Measured duration (after warm-up). Default 30s."),
    stages: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(stageSchema).min(1).optional().describe("Ramping arrival rate: linear from the previous rate to each stage's target."),
    "start-rate": zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).optional().describe("Arrival rate at the start of the first stage (default 0)."),
    connections: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(10000).optional().describe("Closed model: this many connections, each sending back to back."),
    "max-in-flight": zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(1)
        .max(100000)
        .optional()
        .describe("Open model cap on requests in flight; arrivals beyond it are dropped and counted."),
    "max-connections": zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(10000).optional().describe("Open model: keep-alive connections to open at most (default 256)."),
    "warm-up": duration.optional().describe("Run this long before measuring; excluded from every statistic."),
    timeout: duration.optional().describe("Per-request timeout (default 10s)."),
})
    .strict();
const thresholdItem = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), abortOnFail: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional() }).strict()]);
const scenarioSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https?$/ })
        .optional()
        .describe("Base URL of the system under test."),
    env: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/))
        .optional()
        .describe("Environment variables the file may use as ${NAME} in paths, headers and bodies; their values are masked."),
    load: loadSchema.optional(),
    requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(requestSchema).min(1).optional(),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(thresholdItem))
        .optional()
        .describe('k6-style thresholds: {"http_req_duration": ["p(95)<500"], "http_req_failed": ["rate<0.001"], "availability": ["value>=99.9%"]}.'),
})
    .strict();
/** Formats a key path the way users write it: `requests[1].checks.status`. */
function formatKeyPath(path) {
    let out = "";
    for (const p of path) {
        if (typeof p === "number")
            out += `[${p}]`;
        else
            out += out === "" ? String(p) : `.${String(p)}`;
    }
    return out === "" ? "(top level)" : out;
}
/** The JSON Schema of the scenario file (draft 2020-12), generated from {@link scenarioSchema}. */
function renderScenarioJsonSchema() {
    const schema = z.toJSONSchema(scenarioSchema, { target: "draft-2020-12" });
    return {
        $schema: schema.$schema,
        title: "Shipline loadtest scenario",
        ...schema,
    };
}
/**
 * Validates parsed file data. `lineOf` maps a key path to its 1-based line (YAML); problems are
 * all collected. Returns the scenario or the problems.
 */
function parseScenario(data, lineOf = () => undefined) {
    const result = scenarioSchema.safeParse(data ?? {});
    if (result.success) {
        const problems = checkScenarioSemantics(result.data, lineOf);
        return problems.length ? { problems } : { scenario: result.data, problems };
    }
    const problems = result.error.issues.map((issue) => {
        const path = issue.path.filter((p) => typeof p !== "symbol");
        let message = issue.message;
        let line;
        if (issue.code === "unrecognized_keys") {
            message = `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; check the spelling (the schema is schema/loadtest-scenario.schema.json)`;
            line = lineOf([...path, issue.keys[0]]);
        }
        else if (issue.code === "invalid_value") {
            message = `must be one of ${issue.values.map(String).join(", ")}; got ${JSON.stringify(valueAt(data, path))}`;
        }
        line ??= lineOf(path) ?? lineOf(path.slice(0, -1));
        return { path, key: formatKeyPath(path), line, message };
    });
    return { problems };
}
function valueAt(data, path) {
    let v = data;
    for (const p of path)
        v = v !== null && typeof v === "object" ? v[p] : undefined;
    return v;
}
function checkScenarioSemantics(s, lineOf) {
    const problems = [];
    const add = (path, message) => problems.push({ path, key: formatKeyPath(path), line: lineOf(path), message });
    const load = s.load ?? {};
    const models = [load.rate !== undefined ? "rate" : "", load.stages ? "stages" : "", load.connections !== undefined ? "connections" : ""].filter(Boolean);
    if (models.length > 1)
        add(["load"], `sets ${models.join(" and ")}; choose one load model: rate (open, constant), stages (open, ramping) or connections (closed)`);
    if (load.stages && load.duration !== undefined)
        add(["load", "duration"], "is set together with stages; the stages' durations add up to the run's length, remove duration");
    const names = new Set();
    (s.requests ?? []).forEach((r, i) => {
        const name = requestName(r);
        if (names.has(name))
            add(["requests", i, "name"], `"${name}" is used by two requests; give each a unique name`);
        names.add(name);
        if (r.body !== undefined && r.json !== undefined)
            add(["requests", i], "sets both body and json; keep one");
    });
    const declared = new Set(s.env ?? []);
    const scan = (value, path) => {
        if (typeof value === "string") {
            for (const m of value.matchAll(/\$\{([^}]*)\}/g)) {
                if (!declared.has(m[1]))
                    add(path, `uses \${${m[1]}}, which is not listed under "env:"; add it there (its value is then masked in logs)`);
            }
        }
        else if (Array.isArray(value)) {
            for (const [i, v] of value.entries())
                scan(v, [...path, i]);
        }
        else if (value && typeof value === "object")
            for (const [k, v] of Object.entries(value))
                scan(v, [...path, k]);
    };
    (s.requests ?? []).forEach((r, i) => {
        scan(r.path, ["requests", i, "path"]);
        scan(r.headers, ["requests", i, "headers"]);
        scan(r.body, ["requests", i, "body"]);
        scan(r.json, ["requests", i, "json"]);
    });
    return problems;
}
/** A request's display name: its `name`, else `METHOD path` without the query. */
function requestName(r) {
    return r.name ?? `${r.method ?? "GET"} ${r.path.split("?")[0]}`;
}
/**
 * Replaces `${NAME}` with `env[NAME]` in every string of `value`. Returns the missing names instead
 * of throwing, so the caller can name them all.
 */
function interpolateEnv(value, env, missing) {
    if (typeof value === "string") {
        return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name) => {
            const v = env[name];
            if (v === undefined) {
                missing.add(name);
                return "";
            }
            return v;
        });
    }
    if (Array.isArray(value))
        return value.map((v) => interpolateEnv(v, env, missing));
    if (value && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, missing)]));
    }
    return value;
}


/***/ }),

/***/ 1761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ planRequestCycle),
/* harmony export */   L6: () => (/* binding */ totalArrivals),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   v5: () => (/* binding */ shardArrivals),
/* harmony export */   we: () => (/* binding */ profileDurationMs),
/* harmony export */   z8: () => (/* binding */ arrivalTimeMs)
/* harmony export */ });
/* unused harmony exports rateAt, arrivalsBefore */
/**
 * Arrival schedules for the open model, and the deterministic request mix.
 *
 * Every generator (a single run or shard k of N) walks the SAME global schedule: arrival i is sent at
 * {@link arrivalTimeMs}(i) and carries request {@link pickRequest}(i); shard k keeps the arrivals with
 * `i % N === k - 1`. The union of N shards is therefore exactly the single run's schedule, request
 * for request, which is what makes merged shard results comparable with one big generator.
 */
/** Total length of a profile in ms. */
function profileDurationMs(p) {
    return p.kind === "constant" ? p.durationMs : p.stages.reduce((a, s) => a + s.durationMs, 0);
}
/** The arrival rate (req/s) at time `tMs`; 0 after the end. */
function rateAt(p, tMs) {
    if (p.kind === "constant")
        return tMs < p.durationMs ? p.rate : 0;
    let start = 0;
    let from = p.startRate;
    for (const s of p.stages) {
        if (tMs < start + s.durationMs)
            return from + ((s.target - from) * (tMs - start)) / s.durationMs;
        start += s.durationMs;
        from = s.target;
    }
    return 0;
}
/** Expected arrivals in [0, tMs): the integral of the rate. */
function arrivalsBefore(p, tMs) {
    if (p.kind === "constant")
        return (Math.min(tMs, p.durationMs) * p.rate) / 1000;
    let start = 0;
    let from = p.startRate;
    let n = 0;
    for (const s of p.stages) {
        const d = Math.min(Math.max(tMs - start, 0), s.durationMs);
        if (d > 0)
            n += ((from + (from + ((s.target - from) * d) / s.durationMs)) / 2) * (d / 1000);
        start += s.durationMs;
        from = s.target;
    }
    return n;
}
/** Number of arrivals in the whole profile (arrival i exists when its time is before the end). */
function totalArrivals(p) {
    const n = arrivalsBefore(p, profileDurationMs(p));
    // Arrival i happens when i arrivals came before it: count of i with cumulative(t_i) = i < total.
    return Math.ceil(n - 1e-9);
}
/**
 * The scheduled time (ms from the start) of global arrival `i` (0-based): the instant the cumulative
 * arrival count reaches `i`. Arrival 0 is at 0 for a non-zero starting rate. Returns `undefined`
 * when the profile ends before it.
 */
function arrivalTimeMs(p, i) {
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
            let x;
            if (Math.abs(slope) < 1e-12)
                x = need / from;
            else {
                const disc = from * from + 2 * slope * need;
                x = (-from + Math.sqrt(Math.max(disc, 0))) / slope;
            }
            const t = start + x * 1000;
            if (t < start + s.durationMs)
                return t;
        }
        before += inStage;
        start += s.durationMs;
        from = s.target;
    }
    return undefined;
}
/** The first global arrival index of `shard`, and the stride between its arrivals. */
function shardArrivals(shard) {
    return { first: shard.index - 1, stride: shard.count };
}
/**
 * Parses `k/N`, e.g. `2/4`. Returns an error sentence (without the input name) on bad input.
 * An empty value is shard 1/1.
 */
function parseShard(raw) {
    const v = (raw ?? "").trim();
    if (v === "")
        return { index: 1, count: 1 };
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
    if (!m)
        return `must be k/N like 2/4 (this job runs shard k of N); got "${v}"`;
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || index < 1 || index > count)
        return `must have 1 <= k <= N; got "${v}". In a matrix use shard: \${{ matrix.shard }}/4 with shard: [1, 2, 3, 4]`;
    if (count > 256)
        return `asks for ${count} shards; at most 256 are supported`;
    return { index, count };
}
/**
 * A deterministic weighted order of request indexes (smooth weighted round-robin, as nginx balances
 * upstreams): weights [3, 1] give [0, 0, 1, 0], spreading each request evenly over time instead of
 * sending bursts. Arrival i uses `cycle[i % cycle.length]`.
 */
function planRequestCycle(weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    const current = weights.map(() => 0);
    const cycle = [];
    for (let n = 0; n < total; n++) {
        let best = 0;
        for (let i = 0; i < weights.length; i++) {
            current[i] = current[i] + weights[i];
            if (current[i] > current[best])
                best = i;
        }
        current[best] = current[best] - total;
        cycle.push(best);
    }
    return cycle;
}
/**
 * Parses the `rate` input or key: a number of requests per second, or `<m>x`, a multiple of
 * `baselineRps`. Returns req/s, or an error sentence.
 */
function parseRate(raw, baselineRps) {
    if (typeof raw === "number")
        return raw > 0 ? raw : `must be above 0 requests per second; got ${raw}`;
    const v = raw.trim();
    const mult = /^(\d+(?:\.\d+)?)\s*x$/i.exec(v);
    if (mult) {
        if (baselineRps === undefined)
            return `is "${v}", a multiple of the baseline rate, but "baseline-rps" is not set; set baseline-rps to the normal traffic in req/s (e.g. 120)`;
        const r = Number(mult[1]) * baselineRps;
        return r > 0 ? r : `must give a rate above 0; got ${v} of ${baselineRps}`;
    }
    if (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0)
        return Number(v);
    return `must be requests per second like 200, or a multiple of baseline-rps like 10x; got "${v}"`;
}


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveLoadWorker: () => (/* binding */ serveLoadWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6652);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9718);
/* harmony import */ var _run_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1898);
/**
 * The worker side of the load-generator pool (./load-workers.ts): runs this thread's share of the
 * plan and posts what it measured, with its HDR histograms encoded, so the pool merges them exactly.
 * It depends on the engine only, never on ../worker-entry.ts (which imports it from its top-level
 * await: a static path back would wait for that await forever).
 */




/**
 * The worker side: runs this worker's share of the plan (from `workerData`) and posts its result.
 * Never settles: the pool terminates the worker after the result (see ../worker-entry.ts for why).
 */
async function serveLoadWorker() {
    const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error("serveLoadWorker runs in a worker thread only");
    const controller = new AbortController();
    let startWith;
    const started = new Promise((ok) => {
        startWith = ok;
    });
    port.on("message", (m) => {
        if (m.type === "start")
            startWith(m.startAtMs);
        else {
            startWith(undefined);
            controller.abort(m.reason ? (0,_run_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStop */ .Pt)(m.reason, m.detail ?? "") : undefined);
        }
    });
    let latest;
    let lastSnapshotAt = Number.NEGATIVE_INFINITY;
    const post = (m) => port.postMessage(m);
    const r = await (0,_run_load_js__WEBPACK_IMPORTED_MODULE_3__/* .runLoad */ .eR)(init.plan, {
        signal: controller.signal,
        progressIntervalMs: init.progressIntervalMs,
        waitForStart: () => {
            post({ type: "ready" });
            return started;
        },
        onProgress: (progress) => post({ type: "progress", progress, latency: latest ? (0,_core_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(latest.overall.latency) : undefined }),
        // Called about every 50 ms with the live record: the worker keeps a reference for its progress
        // posts and, when the pool judges thresholds early, snapshots it; the pool decides to abort.
        shouldAbort: (rec, measuredMs, elapsedMs) => {
            latest = rec;
            if (init.snapshotEveryMs > 0 && elapsedMs - lastSnapshotAt >= init.snapshotEveryMs) {
                lastSnapshotAt = elapsedMs;
                post({ type: "snapshot", histograms: (0,_core_report_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeRecorded */ .Pw)(rec), measuredMs, elapsedMs });
            }
            return undefined;
        },
    });
    post({
        type: "done",
        result: {
            histograms: (0,_core_report_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeRecorded */ .Pw)(r.recorded),
            lateStartMs: r.lateStartMs,
            durationMs: r.durationMs,
            complete: r.complete,
            stopReason: r.stopReason,
            stopDetail: r.stopDetail,
            sent: r.sent,
            errorSamples: r.errorSamples,
        },
    });
    return new Promise(() => { });
}


/***/ }),

/***/ 1898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vu: () => (/* binding */ formatProgress),
  Pt: () => (/* binding */ loadStop),
  eR: () => (/* binding */ runLoad)
});

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/loadtest/core/checks.ts
var checks = __webpack_require__(3553);
// EXTERNAL MODULE: ./src/loadtest/core/figures.ts
var figures = __webpack_require__(2555);
// EXTERNAL MODULE: ./src/loadtest/core/plan.ts
var core_plan = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/loadtest/core/recorder.ts
var recorder = __webpack_require__(4670);
// EXTERNAL MODULE: ./src/loadtest/core/histogram.ts
var histogram = __webpack_require__(6652);
// EXTERNAL MODULE: ./src/loadtest/core/schedule.ts
var schedule = __webpack_require__(1761);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/loadtest/engine/http-client.ts
/**
 * A minimal HTTP/1.1 keep-alive client on node:net / node:tls with requests pre-built as Buffers.
 *
 * Why not undici: on this project's benchmark (bench/loadtest/bench.ts, nginx on 127.0.0.1, one core
 * each, 50 connections) a plain undici Pool peaks far below autocannon, which also hand-writes its
 * client; undici's per-request dispatcher, header objects and body streams cost more than the load
 * generator can afford. This client writes one pre-built Buffer per request, parses only the status
 * line, content-length / transfer-encoding / connection, and skips the body unless a check needs it.
 * The bench prints both figures side by side: on a shared 2-core machine, 50 connections, one core
 * each, this client did 58.9k–76.9k req/s against 25.6k–37.6k for a plain undici Pool (1.6×–2.3×)
 * and 33k–66k for autocannon, in the same runs.
 *
 * Not supported, on purpose: pipelining, HTTP/2, redirects (a 3xx is recorded as it is, so traffic
 * never leaves the allowed hosts; without a status check it counts as non-2xx), 1xx other than 100-continue.
 */


/** Builds the request bytes for `method base+path` with our fixed headers first. */
function prepareRequest(endpoint, basePath, r) {
    const defaultPort = endpoint.isTls ? 443 : 80;
    const name = external_node_net_.isIPv6(endpoint.servername) ? `[${endpoint.servername}]` : endpoint.servername;
    const hostHeader = endpoint.port === defaultPort ? name : `${name}:${endpoint.port}`;
    const body = r.body === undefined ? undefined : Buffer.from(r.body, "utf8");
    const lines = [`${r.method} ${basePath}${r.path} HTTP/1.1`, `host: ${hostHeader}`];
    const h = { "user-agent": "shipline-loadtest", accept: "*/*", ...r.headers };
    for (const [k, v] of Object.entries(h)) {
        if (k === "host" || k === "content-length" || k === "connection" || k === "transfer-encoding")
            continue;
        if (/[\r\n]/.test(v))
            throw new Error(`header "${k}" contains a line break`);
        lines.push(`${k}: ${v}`);
    }
    if (body !== undefined || r.method === "POST" || r.method === "PUT" || r.method === "PATCH")
        lines.push(`content-length: ${body?.length ?? 0}`);
    const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
    return { bytes: body ? Buffer.concat([head, body]) : head, isHead: r.method === "HEAD", collectBody: r.collectBody };
}
const CRLFCRLF = Buffer.from("\r\n\r\n");
const MAX_HEAD = 64 * 1024;
const MAX_BODY = 1024 * 1024;
var State;
(function (State) {
    State[State["Head"] = 0] = "Head";
    State[State["Length"] = 1] = "Length";
    State[State["ChunkSize"] = 2] = "ChunkSize";
    State[State["ChunkData"] = 3] = "ChunkData";
    State[State["ChunkDataEnd"] = 4] = "ChunkDataEnd";
    State[State["Trailer"] = 5] = "Trailer";
    State[State["UntilClose"] = 6] = "UntilClose";
})(State || (State = {}));
/** Maps a socket error to an error kind. */
function errorKindOf(e) {
    switch (e.code) {
        case "ECONNREFUSED":
            return "refused";
        case "ECONNRESET":
        case "EPIPE":
        case "ECONNABORTED":
            return "reset";
        case "ETIMEDOUT":
            return "timeout";
        default:
            return "network";
    }
}
/**
 * One keep-alive connection, one request at a time. `onDone` is called exactly once per `send`;
 * after an error or `connection: close` the connection is dead (`isAlive` false) and must be replaced.
 */
class Connection {
    onDead;
    socket;
    connected = false;
    isAlive = true;
    /** True while a request is outstanding. */
    busy = false;
    /** performance.now() when the current request was written (for timeouts). */
    sentAt = 0;
    /** Exchanges completed on this connection. */
    served = 0;
    /** Whether any byte of the current response arrived. */
    gotBytes = false;
    pending;
    onDone;
    state = State.Head;
    head;
    remaining = 0;
    status = 0;
    closeAfter = false;
    bodyParts;
    bodyBytes = 0;
    sizeLine = "";
    /** Settles when the connection is established or failed (never rejects). */
    ready;
    markReady = () => { };
    constructor(endpoint, onDead) {
        this.onDead = onDead;
        this.ready = new Promise((ok) => {
            this.markReady = ok;
        });
        const onConnect = () => {
            this.connected = true;
            this.markReady();
            if (this.pending)
                this.socket.write(this.pending.bytes);
        };
        this.socket = endpoint.isTls
            ? external_node_tls_.connect(
            // SNI must not carry an IP address (RFC 6066); Node warns when it does.
            {
                host: endpoint.host,
                port: endpoint.port,
                ...(external_node_net_.isIP(endpoint.servername) ? {} : { servername: endpoint.servername }),
                ALPNProtocols: ["http/1.1"],
            }, onConnect)
            : external_node_net_.connect({ host: endpoint.host, port: endpoint.port }, onConnect);
        this.socket.setNoDelay(true);
        this.socket.on("data", (d) => this.onData(d));
        this.socket.on("error", (e) => this.die(errorKindOf(e), `${e.code ?? "error"}: ${e.message}`));
        this.socket.on("close", () => this.die("reset", "connection closed by the server before the response ended"));
    }
    /** Sends one request. The caller guarantees the connection is alive and not busy. */
    send(req, now, onDone) {
        this.busy = true;
        this.sentAt = now;
        this.onDone = onDone;
        this.pending = req;
        this.state = State.Head;
        this.head = undefined;
        this.status = 0;
        this.closeAfter = false;
        this.bodyParts = req.collectBody ? [] : undefined;
        this.bodyBytes = 0;
        this.gotBytes = false;
        if (this.connected)
            this.socket.write(req.bytes);
    }
    /** Fails the outstanding request with `kind` and kills the connection. */
    abort(kind, message) {
        this.die(kind, message);
    }
    /** Closes without reporting (the run is over). */
    destroy() {
        this.markReady();
        this.isAlive = false;
        this.onDone = undefined;
        this.busy = false;
        this.socket.destroy();
    }
    die(kind, message) {
        this.markReady();
        if (!this.isAlive)
            return;
        this.isAlive = false;
        const cb = this.onDone;
        this.onDone = undefined;
        this.busy = false;
        this.socket.destroy();
        if (this.state === State.UntilClose && cb && kind === "reset")
            cb({ status: this.status, body: this.bodyText() });
        else if (cb)
            cb({ status: 0, error: kind, errorMessage: message, retryable: kind === "reset" && this.served > 0 && !this.gotBytes });
        this.onDead(this);
    }
    bodyText() {
        return this.bodyParts ? Buffer.concat(this.bodyParts).toString("utf8") : undefined;
    }
    finish() {
        this.served++;
        const cb = this.onDone;
        this.onDone = undefined;
        this.busy = false;
        this.pending = undefined;
        const status = this.status;
        const body = this.bodyText();
        this.bodyParts = undefined;
        if (this.closeAfter) {
            this.isAlive = false;
            this.socket.destroy();
            cb?.({ status, body });
            this.onDead(this);
            return;
        }
        cb?.({ status, body });
    }
    takeBody(d, start, end) {
        if (!this.bodyParts || this.bodyBytes >= MAX_BODY)
            return;
        const slice = d.subarray(start, Math.min(end, start + MAX_BODY - this.bodyBytes));
        this.bodyParts.push(Buffer.from(slice));
        this.bodyBytes += slice.length;
    }
    onData(d) {
        this.gotBytes = true;
        let i = 0;
        while (i < d.length) {
            if (!this.busy) {
                this.die("network", "the server sent data without a request");
                return;
            }
            switch (this.state) {
                case State.Head: {
                    let headText;
                    if (this.head) {
                        const prevLen = this.head.length;
                        const buf = Buffer.concat([this.head, d.subarray(i)]);
                        const end = buf.indexOf(CRLFCRLF, Math.max(0, prevLen - 3));
                        if (end === -1) {
                            this.head = buf;
                            if (buf.length > MAX_HEAD)
                                this.die("network", "response head larger than 64 KiB");
                            return;
                        }
                        headText = buf.toString("latin1", 0, end);
                        this.head = undefined;
                        i += end + 4 - prevLen;
                    }
                    else {
                        const end = d.indexOf(CRLFCRLF, i);
                        if (end === -1) {
                            this.head = Buffer.from(d.subarray(i));
                            return;
                        }
                        headText = d.toString("latin1", i, end);
                        i = end + 4;
                    }
                    if (!this.parseHead(headText))
                        return;
                    break;
                }
                case State.Length: {
                    const n = Math.min(this.remaining, d.length - i);
                    this.takeBody(d, i, i + n);
                    this.remaining -= n;
                    i += n;
                    if (this.remaining === 0)
                        this.finish();
                    break;
                }
                case State.UntilClose: {
                    this.takeBody(d, i, d.length);
                    i = d.length;
                    break;
                }
                case State.ChunkSize:
                case State.Trailer: {
                    const nl = d.indexOf(10, i);
                    if (nl === -1) {
                        this.sizeLine += d.toString("latin1", i);
                        if (this.sizeLine.length > 1024)
                            this.die("network", "malformed chunked encoding");
                        return;
                    }
                    const line = (this.sizeLine + d.toString("latin1", i, nl)).replace(/\r$/, "");
                    this.sizeLine = "";
                    i = nl + 1;
                    if (this.state === State.Trailer) {
                        if (line === "")
                            this.finish();
                        break;
                    }
                    const size = Number.parseInt(line.split(";")[0], 16);
                    if (Number.isNaN(size)) {
                        this.die("network", "malformed chunk size");
                        return;
                    }
                    if (size === 0)
                        this.state = State.Trailer;
                    else {
                        this.remaining = size;
                        this.state = State.ChunkData;
                    }
                    break;
                }
                case State.ChunkData: {
                    const n = Math.min(this.remaining, d.length - i);
                    this.takeBody(d, i, i + n);
                    this.remaining -= n;
                    i += n;
                    if (this.remaining === 0) {
                        this.state = State.ChunkDataEnd;
                        this.remaining = 2;
                    }
                    break;
                }
                case State.ChunkDataEnd: {
                    const n = Math.min(this.remaining, d.length - i);
                    this.remaining -= n;
                    i += n;
                    if (this.remaining === 0)
                        this.state = State.ChunkSize;
                    break;
                }
            }
        }
    }
    /** Parses the status line and the three headers we need; sets the body state. */
    parseHead(head) {
        // "HTTP/1.1 200 OK"
        const status = Number(head.slice(9, 12));
        if (!head.startsWith("HTTP/1.") || !(status >= 100 && status < 600)) {
            this.die("network", `malformed status line "${head.slice(0, 40)}"`);
            return false;
        }
        if (status === 100)
            return true; // 100-continue: the real head follows
        this.status = status;
        let contentLength = -1;
        let chunked = false;
        let close = head.startsWith("HTTP/1.0");
        let pos = head.indexOf("\r\n");
        while (pos !== -1) {
            const next = head.indexOf("\r\n", pos + 2);
            const line = head.slice(pos + 2, next === -1 ? head.length : next);
            pos = next;
            const colon = line.indexOf(":");
            if (colon <= 0)
                continue;
            const c0 = line.charCodeAt(0) | 0x20;
            if (c0 !== 99 && c0 !== 116)
                continue; // only c(ontent-length, onnection) and t(ransfer-encoding)
            const name = line.slice(0, colon).toLowerCase();
            const value = line
                .slice(colon + 1)
                .trim()
                .toLowerCase();
            if (name === "content-length")
                contentLength = Number(value);
            else if (name === "transfer-encoding")
                chunked = value.endsWith("chunked");
            else if (name === "connection")
                close = value === "close" ? true : value === "keep-alive" ? false : close;
        }
        this.closeAfter = close;
        const noBody = this.pending?.isHead === true || status === 204 || status === 304 || (status >= 100 && status < 200);
        if (noBody || (!chunked && contentLength === 0)) {
            this.finish();
            return this.isAlive;
        }
        if (chunked)
            this.state = State.ChunkSize;
        else if (contentLength > 0) {
            this.state = State.Length;
            this.remaining = contentLength;
        }
        else {
            this.state = State.UntilClose;
            this.closeAfter = true;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./src/loadtest/engine/run-load.ts
/**
 * The load engine: runs a {@link LoadPlan} against its target and returns what it measured.
 *
 * Programmatic API (used by `shipline loadtest` and by deploy's `loadtest` gate; `runLoadCheck` in
 * run-load-check.ts wraps plan + run + verdict in one call):
 *
 * ```ts
 * import { planLoad } from "../loadtest/core/plan.js";
 * import { evaluateThresholds, parseThresholds, DEFAULT_THRESHOLDS } from "../loadtest/core/thresholds.js";
 * import { runLoad } from "../loadtest/engine/run-load.js";
 *
 * const { plan, problems } = planLoad({ target: "https://staging.example.com", rate: "50", durationMs: 10_000, allowedHosts: [], env: {} });
 * const result = await runLoad(plan!, { signal, onProgress: (p) => log(formatProgress(p)) });
 * const { thresholds } = parseThresholds(DEFAULT_THRESHOLDS);
 * const verdicts = evaluateThresholds(thresholds, { recorded: result.recorded, durationMs: result.durationMs, warmupMs: plan!.warmupMs });
 * // or, all at once: computeVerdict(...) in core/verdict.ts
 * ```
 *
 * `runLoad` runs on the calling thread and ignores `plan.workers`; `runLoadOnWorkers` (load-workers.ts)
 * honours it, running `runLoad` on worker threads and merging their results (what the command does).
 *
 * Measurement: in the open model every arrival has a scheduled send time from the plan's rate
 * profile; latency counts from THAT time, so a server stall that makes requests queue (in our
 * connection pool or anywhere else) shows up in the percentiles instead of being hidden (no
 * coordinated omission). Service time (written on a connection to response end) and scheduling lag (the generator's
 * own delay between the scheduled time and the dispatch) are recorded beside it. The closed model
 * measures from the dispatch.
 *
 * Safety: the run stops at the plan's hard caps (max duration, max requests), when `signal` aborts
 * (the result is then marked incomplete, within one second), when the circuit breaker trips
 * (error rate over the last window), or when `shouldAbort` returns a reason. Only the plan's target
 * is contacted, after checking it against `allowedHosts`; redirects are never followed.
 */








const LOAD_STOP = "shipline-load-stop";
/** Builds a {@link LoadStop} for `AbortController.abort(loadStop(...))`. */
function loadStop(reason, detail) {
    return { kind: LOAD_STOP, reason, detail };
}
/**
 * Runs the plan. Never rejects for request failures (they are measured); rejects only when the target
 * is outside `allowedHosts` (a bug in the caller: planLoad checks it first).
 */
async function runLoad(plan, options = {}) {
    const url = new URL(plan.target);
    if (!(0,core_plan/* isHostAllowed */.rh)(url, plan.allowedHosts))
        throw new Error(`target host ${url.hostname} is not in allowed-hosts (${plan.allowedHosts.join(", ")})`);
    const isTls = url.protocol === "https:";
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const endpoint = { host, port: Number(url.port || (isTls ? 443 : 80)), isTls, servername: host };
    const basePath = url.pathname.replace(/\/+$/, "");
    const prepared = plan.requests.map((r) => prepareRequest(endpoint, basePath, { ...r, collectBody: r.checks.needsBody }));
    const wall = options.now ?? Date.now;
    const isOpen = plan.model.kind === "open";
    const maxConnections = isOpen ? plan.maxConnections : plan.model.connections;
    // ---- connections -------------------------------------------------------------------------
    const all = new Set();
    const idle = [];
    const queue = [];
    let queueHead = 0;
    let stopping = false;
    const onDead = (c) => {
        all.delete(c);
        const at = idle.indexOf(c);
        if (at !== -1)
            idle.splice(at, 1);
        if (!stopping && isOpen)
            pump();
    };
    // Open the pool before the clock starts: otherwise the first arrivals wait for TCP (and TLS)
    // handshakes and the first second's percentiles measure connection set-up, not the service.
    // About one connection per 500 req/s of peak rate (2 ms per exchange), at least 4.
    if (isOpen) {
        const warm = Math.min(maxConnections, Math.max(4, Math.ceil((plan.rate ?? 0) / plan.shard.count / 500)));
        for (let n = 0; n < warm; n++) {
            const c = new Connection(endpoint, onDead);
            all.add(c);
            idle.push(c);
        }
        let waited;
        await Promise.race([Promise.all([...all].map((c) => c.ready)), new Promise((ok) => (waited = setTimeout(ok, 2000)))]);
        clearTimeout(waited);
    }
    const sharedStartMs = options.waitForStart ? ((await options.waitForStart()) ?? options.startAtMs) : options.startAtMs;
    const nowWall = wall();
    // The origin stays at the shared start even when it has passed: a late shard must not shift its
    // arrivals (merge would add misaligned seconds); it skips the ones whose time is gone instead.
    const startAtMs = sharedStartMs ?? nowWall;
    const lateStartMs = Math.max(0, nowWall - startAtMs);
    const skipBeforeMs = lateStartMs > recorder/* LATE_START_TOLERANCE_MS */.re ? lateStartMs : 0;
    // Monotonic origin: performance.now() value at the shared start.
    const origin = external_node_perf_hooks_.performance.now() + (startAtMs - nowWall);
    const clock = () => external_node_perf_hooks_.performance.now() - origin;
    const rec = (0,recorder/* createRecorded */.Tt)();
    const errorSamples = {};
    const noteError = (msg) => {
        if (msg in errorSamples)
            errorSamples[msg] = errorSamples[msg] + 1;
        else if (Object.keys(errorSamples).length < 20)
            errorSamples[msg] = 1;
    };
    const totalMs = plan.model.kind === "open" ? profileEnd(plan) : plan.model.durationMs;
    const hardEndMs = Math.min(totalMs, plan.maxDurationMs);
    let sent = 0;
    let inFlight = 0;
    let measuredCompleted = 0;
    let failedTotal = 0;
    let stopReason;
    let stopDetail;
    let schedulingDone = false;
    // Circuit breaker: completions and failures per second of completion time.
    const cbBuckets = new Map();
    let cbSecond = Number.NaN;
    let cbCurrent = { n: 0, failed: 0 };
    let resolveDone;
    const done = new Promise((r) => {
        resolveDone = r;
    });
    const complete = (job, x) => {
        inFlight--;
        const end = clock();
        const r = plan.requests[job.req];
        let error = x.error;
        let passed = 0;
        let failed = 0;
        if (!error && r.checks.count === 1 && !r.checks.statuses) {
            // Fast path (no checks configured): only a 2xx passes the implicit status check; an unfollowed
            // redirect is a failure unless the scenario expects it (checks.status), see core/checks.ts.
            if (x.status >= 200 && x.status < 300)
                passed = 1;
            else {
                failed = 1;
                error = "non-2xx";
                noteError(`${r.name}: HTTP ${x.status}`);
            }
        }
        else if (!error) {
            const out = (0,checks/* evaluateChecks */.Jn)(r.checks, x.status, x.body);
            passed = out.passed;
            failed = out.failed;
            if (!out.statusOk) {
                error = r.checks.statuses ? "check-failed" : "non-2xx";
                noteError(`${r.name}: HTTP ${x.status}`);
            }
            else if (out.failed > 0) {
                error = "check-failed";
                noteError(`${r.name}: ${out.firstFailure}`);
            }
        }
        else
            noteError(`${r.name}: ${x.errorMessage ?? error}`);
        (0,recorder/* recordSample */.Uw)(rec, {
            name: r.name,
            scheduledMs: job.scheduledMs,
            dispatchedMs: job.dispatchedMs,
            sentMs: job.sentMs,
            endMs: end,
            status: x.status,
            error,
            checksPassed: passed,
            checksFailed: failed,
        }, plan.warmupMs);
        if (job.scheduledMs >= plan.warmupMs) {
            measuredCompleted++;
            if (error)
                failedTotal++;
        }
        const sec = Math.floor(end / 1000);
        if (sec !== cbSecond) {
            cbSecond = sec;
            cbCurrent = cbBuckets.get(sec) ?? { n: 0, failed: 0 };
            cbBuckets.set(sec, cbCurrent);
        }
        cbCurrent.n++;
        if (error)
            cbCurrent.failed++;
    };
    const startOn = (c, job) => {
        const now = clock();
        job.sentMs = now;
        c.send(prepared[job.req], now, (x) => {
            if (x.retryable && !job.retried && !stopping) {
                job.retried = true;
                if (isOpen) {
                    const other = idle.pop();
                    if (other)
                        startOn(other, job);
                    else {
                        queue.push(job);
                        pump();
                    }
                }
                else {
                    const fresh = new Connection(endpoint, onDead);
                    all.add(fresh);
                    startOn(fresh, job);
                }
                return;
            }
            complete(job, x);
            if (stopping) {
                maybeFinish();
                return;
            }
            if (isOpen) {
                if (c.isAlive)
                    release(c);
            }
            else
                closedNext(c);
            maybeFinish();
        });
    };
    const release = (c) => {
        if (queueHead < queue.length) {
            const job = queue[queueHead];
            queue[queueHead++] = undefined;
            if (queueHead > 1024 && queueHead * 2 > queue.length) {
                queue.splice(0, queueHead);
                queueHead = 0;
            }
            startOn(c, job);
        }
        else
            idle.push(c);
    };
    // A declaration (hoisted): warm-up connections that fail before the run starts call it via onDead.
    function pump() {
        while (queueHead < queue.length && all.size < maxConnections) {
            const c = new Connection(endpoint, onDead);
            all.add(c);
            release(c);
        }
    }
    const dispatchOpen = (job) => {
        inFlight++;
        sent++;
        const c = idle.pop();
        if (c)
            startOn(c, job);
        else {
            queue.push(job);
            pump();
        }
    };
    // ---- closed model ------------------------------------------------------------------------
    let closedIndex = plan.shard.index - 1;
    const closedNext = (c) => {
        if (stopping || schedulingDone)
            return;
        if (clock() >= hardEndMs) {
            schedulingDone = true;
            return;
        }
        if (sent >= plan.maxRequests) {
            stop("max-requests", `stopped at the hard cap of ${plan.maxRequests} requests (max-requests)`);
            return;
        }
        let conn = c;
        if (!conn.isAlive) {
            conn = new Connection(endpoint, onDead);
            all.add(conn);
        }
        const req = plan.cycle[closedIndex % plan.cycle.length];
        closedIndex += plan.shard.count;
        inFlight++;
        sent++;
        // The start timer can fire a fraction of a millisecond before the shared start (worker threads
        // start on a wall-clock instant): a request sent then belongs to the run, not to a warm-up before 0.
        const now = Math.max(0, clock());
        startOn(conn, { req, scheduledMs: now, dispatchedMs: now });
    };
    // ---- open model scheduler ----------------------------------------------------------------
    const { first, stride } = (0,schedule/* shardArrivals */.v5)(plan.shard);
    let nextIndex = first;
    let nextAt = plan.model.kind === "open" ? (0,schedule/* arrivalTimeMs */.z8)(plan.model.profile, nextIndex) : undefined;
    let timer;
    let immediate;
    const tick = () => {
        timer = undefined;
        immediate = undefined;
        if (stopping || plan.model.kind !== "open")
            return;
        const now = clock();
        const profile = plan.model.profile;
        while (nextAt !== undefined && nextAt <= now) {
            if (nextAt >= hardEndMs) {
                nextAt = undefined;
                break;
            }
            if (sent >= plan.maxRequests) {
                stop("max-requests", `stopped at the hard cap of ${plan.maxRequests} requests (max-requests)`);
                return;
            }
            if (nextAt < skipBeforeMs)
                (0,recorder/* recordDropped */._V)(rec, nextAt, plan.warmupMs, "late-start");
            else if (inFlight >= plan.maxInFlight)
                (0,recorder/* recordDropped */._V)(rec, nextAt, plan.warmupMs);
            else
                dispatchOpen({ req: plan.cycle[nextIndex % plan.cycle.length], scheduledMs: nextAt, dispatchedMs: now });
            nextIndex += stride;
            nextAt = (0,schedule/* arrivalTimeMs */.z8)(profile, nextIndex);
        }
        if (nextAt === undefined) {
            schedulingDone = true;
            maybeFinish();
            return;
        }
        const wait = nextAt - clock();
        // Sleeping with setTimeout costs ~1 ms of jitter; spin on setImmediate (which still lets I/O run)
        // when the next arrival is close, so scheduling lag stays in microseconds.
        if (wait > 2)
            timer = setTimeout(tick, wait - 1.5);
        else
            immediate = setImmediate(tick);
    };
    // ---- housekeeping: timeouts, progress, breaker, caps -------------------------------------
    let lastProgressAt = 0;
    let lastProgressCount = 0;
    const progressEvery = options.progressIntervalMs ?? 5000;
    const housekeeping = setInterval(() => {
        const now = clock();
        for (const c of all)
            if (c.busy && now - c.sentAt > plan.timeoutMs)
                c.abort("timeout", `no response within ${plan.timeoutMs} ms`);
        while (queueHead < queue.length && now - queue[queueHead].dispatchedMs > plan.timeoutMs) {
            const job = queue[queueHead];
            queue[queueHead++] = undefined;
            complete(job, { status: 0, error: "timeout", errorMessage: `no free connection within ${plan.timeoutMs} ms` });
        }
        if (now < 0)
            return;
        if (now >= hardEndMs + plan.timeoutMs + 1000 && !stopping) {
            // Everything scheduled has had its full timeout; anything still open is abandoned.
            if (!schedulingDone || inFlight > 0)
                stop(totalMs > plan.maxDurationMs ? "max-duration" : undefined, `stopped at the hard cap max-duration (${plan.maxDurationMs} ms)`);
        }
        if (plan.circuitBreaker && !stopping) {
            const sec = Math.floor(now / 1000);
            let n = 0;
            let failed = 0;
            for (const [s, b] of cbBuckets) {
                if (s < sec - plan.circuitBreaker.windowMs / 1000)
                    cbBuckets.delete(s);
                else {
                    n += b.n;
                    failed += b.failed;
                }
            }
            if (n >= plan.circuitBreaker.minRequests && failed / n >= plan.circuitBreaker.errorRate) {
                stop("circuit-breaker", `the circuit breaker stopped the run: ${failed} of ${n} requests failed in the last ${plan.circuitBreaker.windowMs / 1000}s (limit ${(0,figures/* formatShare */.T1)(plan.circuitBreaker.errorRate)})`);
                return;
            }
        }
        if (options.shouldAbort && !stopping && now >= plan.warmupMs) {
            const reason = options.shouldAbort(rec, Math.min(now, hardEndMs) - plan.warmupMs, now);
            if (reason) {
                stop("aborted-on-threshold", reason);
                return;
            }
        }
        if (options.onProgress && now - lastProgressAt >= progressEvery) {
            const intervalS = (now - lastProgressAt) / 1000;
            options.onProgress({
                elapsedMs: now,
                isWarmingUp: now < plan.warmupMs,
                requests: measuredCompleted,
                rps: (measuredCompleted - lastProgressCount) / intervalS,
                p95Ms: (0,histogram/* percentileMs */.OZ)(rec.overall.latency, 95),
                errors: failedTotal,
                dropped: rec.dropped,
                inFlight,
            });
            lastProgressAt = now;
            lastProgressCount = measuredCompleted;
        }
    }, 50);
    let endedAt;
    function maybeFinish() {
        if (stopping) {
            if (inFlight <= 0 || stopReason !== undefined)
                finish();
            return;
        }
        if (isOpen ? schedulingDone && inFlight === 0 : (schedulingDone || clock() >= hardEndMs) && inFlight === 0)
            finish();
    }
    function stop(reason, detail) {
        if (stopping)
            return;
        stopping = true;
        if (reason) {
            stopReason = reason;
            stopDetail = detail;
        }
        finish();
    }
    let finished = false;
    function finish() {
        if (finished)
            return;
        finished = true;
        stopping = true;
        endedAt = clock();
        if (timer)
            clearTimeout(timer);
        if (immediate)
            clearImmediate(immediate);
        clearInterval(housekeeping);
        for (const c of all)
            c.destroy();
        all.clear();
        resolveDone();
    }
    const onAbort = () => {
        // A coordinator (the worker pool) passes why it stops this generator as the abort reason.
        const why = options.signal?.reason;
        if (why?.kind === LOAD_STOP)
            stop(why.reason, why.detail ?? "");
        else
            stop("cancelled", "the run was cancelled (SIGINT/SIGTERM or the job was cancelled); the report covers the part that ran");
    };
    if (options.signal?.aborted)
        onAbort();
    else
        options.signal?.addEventListener("abort", onAbort, { once: true });
    // ---- start -------------------------------------------------------------------------------
    const startDelay = Math.max(0, -clock());
    const startTimer = setTimeout(() => {
        if (stopping)
            return;
        if (plan.model.kind === "open")
            tick();
        else {
            for (let n = 0; n < plan.model.connections; n++) {
                const c = new Connection(endpoint, onDead);
                all.add(c);
                closedNext(c);
            }
            // The closed model ends by time; wake up to finish when no completion does it.
            const endTimer = setTimeout(() => {
                schedulingDone = true;
                maybeFinish();
            }, Math.max(0, hardEndMs - clock()));
            done.then(() => clearTimeout(endTimer));
        }
    }, startDelay);
    await done;
    clearTimeout(startTimer);
    options.signal?.removeEventListener("abort", onAbort);
    const ranMs = Math.max(0, Math.min(endedAt ?? hardEndMs, hardEndMs) - plan.warmupMs);
    const isComplete = stopReason === undefined;
    return {
        recorded: rec,
        startedAtMs: startAtMs,
        lateStartMs,
        durationMs: isComplete ? Math.min(plan.durationMs, hardEndMs - plan.warmupMs) : ranMs,
        complete: isComplete,
        stopReason,
        stopDetail,
        sent,
        errorSamples,
    };
}
function profileEnd(plan) {
    if (plan.model.kind !== "open")
        return plan.model.durationMs;
    const p = plan.model.profile;
    return p.kind === "constant" ? p.durationMs : p.stages.reduce((a, s) => a + s.durationMs, 0);
}
/** One progress line for the log: `12s  rate 1998/s  p95 3.2 ms  errors 0  dropped 0  in flight 4`. */
function formatProgress(p) {
    const p95 = p.p95Ms === undefined ? "-" : (0,figures/* formatMs */._V)(p.p95Ms);
    return `${(p.elapsedMs / 1000).toFixed(0)}s${p.isWarmingUp ? " (warm-up)" : ""}  rate ${p.rps.toFixed(0)}/s  p95 ${p95}  errors ${p.errors}  dropped ${p.dropped}  in flight ${p.inFlight}  done ${p.requests}`;
}


/***/ })

};
