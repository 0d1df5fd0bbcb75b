export const id = 202;
export const ids = [202];
export const modules = {

/***/ 4202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/kernel/command.ts
var command = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 27 modules
var github = __webpack_require__(5586);
// EXTERNAL MODULE: ./src/kernel/inputs.ts
var kernel_inputs = __webpack_require__(6304);
;// CONCATENATED MODULE: ./src/deploy/core/gates.ts
/**
 * Gate evaluation: every check yields a sample (pass, fail, no-data, error, not-enough-samples) and
 * the stage decides to wait, promote or roll back. no-data and error never count as pass; a clear
 * breach rolls back at once; promotion needs enough evidence. Pure.
 */
/** Requests needed to show an error rate under `max` with no failure seen (rule of three, 95 %). */
function requestsForEvidence(errorRateMax) {
    return Math.ceil(3 / Math.max(errorRateMax, 1e-6));
}
const DEFAULT_THRESHOLDS = {
    errorRateMax: 0.001,
    p95MaxMs: 500,
    availabilityMin: 99.9,
    minRequests: requestsForEvidence(0.001),
    failureLimit: 1,
    consecutiveErrorLimit: 3,
};
/** Judges traffic statistics (from the HTTP probe, HAProxy's counters or a load check). */
function judgeTraffic(gate, s, t, atMs, minPerSample = 1) {
    if (s.requests === 0)
        return { gate, outcome: "no-data", detail: "no request was observed", requests: 0, atMs };
    const rate = s.errors / s.requests;
    const availability = (1 - rate) * 100;
    const detail = `error rate ${(rate * 100).toFixed(2)} %, availability ${availability.toFixed(2)} %, p95 ${s.p95Ms === undefined ? "n/a" : `${Math.round(s.p95Ms)} ms`}, ${s.requests} request(s)`;
    const breaches = [];
    if (rate > t.errorRateMax)
        breaches.push(`error rate above ${(t.errorRateMax * 100).toFixed(2)} %`);
    if (availability < t.availabilityMin)
        breaches.push(`availability below ${t.availabilityMin} %`);
    if (s.p95Ms !== undefined && s.p95Ms > t.p95MaxMs)
        breaches.push(`p95 above ${t.p95MaxMs} ms`);
    if (breaches.length > 0)
        return { gate, outcome: "fail", detail: `${detail}: ${breaches.join(", ")}`, requests: s.requests, atMs };
    if (s.requests < minPerSample)
        return { gate, outcome: "not-enough-samples", detail, requests: s.requests, atMs };
    return { gate, outcome: "pass", detail, requests: s.requests, atMs };
}
/**
 * Decides a stage from its samples so far. `bakeDone` is true once the bake time has passed;
 * `graceDone` once the extra time allowed for gathering evidence has passed too.
 */
function decideStage(samples, t, bakeDone, graceDone) {
    const failures = samples.filter((s) => s.outcome === "fail");
    if (failures.length >= t.failureLimit) {
        const last = failures.at(-1);
        return { action: "rollback", reason: `${last.gate} failed: ${last.detail}` };
    }
    let consecutive = 0;
    for (let i = samples.length - 1; i >= 0 && (samples[i]?.outcome === "error" || samples[i]?.outcome === "no-data"); i--)
        consecutive++;
    if (consecutive >= t.consecutiveErrorLimit) {
        const last = samples.at(-1);
        return { action: "rollback", reason: `${consecutive} checks in a row gave no usable data (${last.gate}: ${last.detail})` };
    }
    if (!bakeDone)
        return { action: "wait", reason: "baking" };
    const evidence = samples.filter((s) => s.outcome === "pass" || s.outcome === "not-enough-samples").reduce((n, s) => n + s.requests, 0);
    const lastOk = samples.at(-1)?.outcome === "pass" || samples.at(-1)?.outcome === "not-enough-samples";
    if (evidence >= t.minRequests && lastOk)
        return { action: "promote", reason: `healthy over ${evidence} request(s)` };
    if (!graceDone)
        return { action: "wait", reason: `gathering evidence: ${evidence} of ${t.minRequests} request(s)` };
    return { action: "rollback", reason: `not enough evidence to promote: ${evidence} of ${t.minRequests} request(s) observed` };
}

;// CONCATENATED MODULE: ./src/deploy/core/plan.ts
/**
 * Rollout plans: stages from the shorthand `10%:5m, 50%:10m, 100%`, canary or blue-green, the time a
 * plan needs against GitHub's 6-hour job limit, and deployment windows and freezes. Pure.
 */

/** GitHub kills a job after 6 hours; a plan that needs longer must end and resume. */
const JOB_LIMIT_MS = 6 * 3_600_000;
/**
 * Parses `10%:5m, 50%:10m, 100%`. Weights must rise and end at 100 %; a stage without a bake time
 * bakes 0 (the last stage usually). Returns problems instead of throwing, each naming the stage.
 */
function parseStages(text) {
    const problems = [];
    const stages = [];
    const parts = text
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return { problems: ["no stages: write them like 10%:5m, 50%:10m, 100%"] };
    parts.forEach((part, i) => {
        const m = /^(\d+(?:\.\d+)?)%(?::(.+))?$/.exec(part);
        if (!m) {
            problems.push(`stage ${i + 1} "${part}" is not weight%:bake like 10%:5m`);
            return;
        }
        const weight = Number(m[1]);
        let bakeMs = 0;
        if (m[2]) {
            try {
                bakeMs = (0,kernel_inputs/* parseDuration */.E9)("stages", m[2]);
            }
            catch {
                problems.push(`stage ${i + 1} "${part}" has a bake time that is not a duration like 90s, 5m or 1h`);
                return;
            }
        }
        if (weight > 100)
            problems.push(`stage ${i + 1} "${part}" sends more than 100% of the traffic`);
        const prev = stages.at(-1);
        if (prev && weight <= prev.weight)
            problems.push(`stage ${i + 1} "${part}" does not raise the weight above ${prev.weight}%`);
        stages.push({ weight, bakeMs });
    });
    if (problems.length === 0 && stages.at(-1)?.weight !== 100)
        problems.push(`the last stage must be 100% so the rollout completes; got ${stages.at(-1)?.weight}%`);
    return problems.length > 0 ? { problems } : { stages };
}
/** Blue-green: checks on green at 0 % (preview), then the switch to 100 % and its bake. */
function blueGreenStages(previewMs, bakeMs) {
    return [
        { weight: 0, bakeMs: previewMs },
        { weight: 100, bakeMs },
    ];
}
/** Total bake time of a plan. */
function planDurationMs(plan) {
    return plan.stages.reduce((n, s) => n + s.bakeMs, 0);
}
/** The dry-run plan: every stage, its weights and bake, and the total against the job limit. */
function renderPlan(plan, names) {
    const lines = [
        `### Rollout plan (${plan.strategy})`,
        "",
        `| stage | ${names.canary} (new) | ${names.stable} (stable) | bake |`,
        "| ---: | ---: | ---: | ---: |",
    ];
    for (const [i, s] of plan.stages.entries())
        lines.push(`| ${i + 1} | ${s.weight}% | ${100 - s.weight}% | ${(0,kernel_inputs/* formatMs */._V)(s.bakeMs)} |`);
    const total = planDurationMs(plan);
    lines.push("", `Checks every ${(0,kernel_inputs/* formatMs */._V)(plan.checkIntervalMs)}; total bake ${(0,kernel_inputs/* formatMs */._V)(total)}.`);
    if (total > JOB_LIMIT_MS)
        lines.push("", `> [!WARNING]\n> The plan needs longer than GitHub's 6-hour job limit: end the job at a stage boundary and resume it from a later run.`);
    return `${lines.join("\n")}\n`;
}
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** Parses freezes, `;`-separated. Returns problems naming each bad one. */
function parseFreezes(text) {
    const freezes = [];
    const problems = [];
    for (const part of text
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})\s*-\s*([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})$/i.exec(part);
        const fromDay = m ? DAYS.indexOf(m[1].toLowerCase()) : -1;
        const toDay = m ? DAYS.indexOf(m[4].toLowerCase()) : -1;
        if (!m || fromDay < 0 || toDay < 0 || Number(m[2]) > 23 || Number(m[5]) > 23) {
            problems.push(`"${part}" is not a weekly freeze like "fri 15:00 - mon 08:00"`);
            continue;
        }
        freezes.push({
            from: { day: fromDay, minutes: Number(m[2]) * 60 + Number(m[3]) },
            to: { day: toDay, minutes: Number(m[5]) * 60 + Number(m[6]) },
            text: part,
        });
    }
    return problems.length > 0 ? { problems } : { freezes };
}
/** Day of week and minutes since midnight of `now` in `timeZone` (Intl; no I/O). */
function weekTime(now, timeZone) {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
    const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
    return { day: DAYS.indexOf(get("weekday").toLowerCase().slice(0, 3)), minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}
/** The freeze `now` falls in, if any, and how long until it ends (ms). */
function activeFreeze(now, timeZone, freezes) {
    const t = weekTime(now, timeZone);
    const week = 7 * 1440;
    const at = t.day * 1440 + t.minutes;
    for (const f of freezes) {
        const from = f.from.day * 1440 + f.from.minutes;
        let to = f.to.day * 1440 + f.to.minutes;
        if (to <= from)
            to += week;
        const inside = (at >= from && at < to) || (at + week >= from && at + week < to);
        if (inside) {
            const now2 = at >= from ? at : at + week;
            return { freeze: f, opensInMs: (to - now2) * 60_000 };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
;// CONCATENATED MODULE: ./src/deploy/core/render.ts
/** The rollout timeline for the job summary. Pure. */

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ICON = { pass: "✅", fail: "❌", "no-data": "⚪", error: "⚠️", "not-enough-samples": "➖" };
function renderRollout(r) {
    const head = { promoted: "✅ Promoted", "rolled-back": "↩️ Rolled back", failed: "❌ Failed", waiting: "⏸ Waiting" }[r.conclusion];
    const lines = [`## ${head}: ${(0,markdown/* escapeMarkdown */.FV)(r.version || "rollout")}`, "", (0,markdown/* escapeMarkdown */.FV)(r.reason)];
    if (r.timeToRollbackMs !== undefined)
        lines.push("", `Traffic was back on stable ${secs(r.timeToRollbackMs)} after the first failed check.`);
    lines.push("", "### Timeline", "");
    const rows = r.stages.map((s) => [
        String(s.index + 1),
        `${s.weight}%`,
        secs((s.endedAtMs ?? s.startedAtMs) - s.startedAtMs),
        s.samples.map((x) => ICON[x.outcome] ?? x.outcome).join(""),
        (0,markdown/* escapeMarkdown */.FV)(s.decision),
    ]);
    lines.push((0,markdown/* table */.tp)(["stage", "weight", "time", "checks", "decision"], rows, ["right", "right", "right", "left", "left"]));
    const detailed = r.stages.flatMap((s) => s.samples.map((x) => [
        String(s.index + 1),
        secs(x.atMs - r.startedAtMs),
        (0,markdown/* escapeMarkdown */.FV)(x.gate),
        `${ICON[x.outcome] ?? ""} ${x.outcome}`,
        (0,markdown/* escapeMarkdown */.FV)(x.detail),
    ]));
    if (detailed.length > 0)
        lines.push("", "<details><summary>Every check</summary>", "", (0,markdown/* table */.tp)(["stage", "at", "gate", "outcome", "value"], detailed.slice(-300)), "", "</details>");
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/deploy/probes/http-probe.ts
/** Sends the requests (a few at a time) and returns the statistics; network errors count as errors. */
async function runHttpProbe(o) {
    const latencies = [];
    let errors = 0;
    const one = async () => {
        const t = performance.now();
        try {
            const res = await fetch(o.url, { signal: AbortSignal.timeout(o.timeoutMs), redirect: "manual" });
            // The body is always read, so the keep-alive connection is free for the next request.
            const body = await res.text();
            const ok = (o.expectStatus ? res.status === o.expectStatus : res.status < 500) && (!o.bodyContains || body.includes(o.bodyContains));
            if (!ok)
                errors++;
        }
        catch {
            errors++;
        }
        latencies.push(performance.now() - t);
    };
    const parallel = 4;
    for (let i = 0; i < o.requests; i += parallel)
        await Promise.all(Array.from({ length: Math.min(parallel, o.requests - i) }, one));
    latencies.sort((a, b) => a - b);
    const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] : undefined;
    return { requests: latencies.length, errors, p95Ms: p95 };
}

// EXTERNAL MODULE: ./src/kernel/env-vars.ts
var env_vars = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/kernel/exec.ts
var exec = __webpack_require__(3996);
;// CONCATENATED MODULE: ./src/deploy/providers/command.ts
/**
 * The `command` provider: the user's script moves the traffic (kubectl, Argo Rollouts, a cloud load
 * balancer) and gets SHIPLINE_STAGE, SHIPLINE_WEIGHT, SHIPLINE_VERSION and SHIPLINE_ACTION. It may
 * print the weight the router now has on its last line; that is checked when it does.
 */



class CommandProvider {
    script;
    o;
    name = "command";
    current;
    constructor(script, o) {
        this.script = script;
        this.o = o;
    }
    async run(action, weight, stage) {
        const r = await (0,exec/* runScript */.j3)(this.script, {
            cwd: this.o.cwd,
            env: { ...this.o.env, [env_vars/* EnvVar */.B.Stage]: String(stage), [env_vars/* EnvVar */.B.Weight]: String(weight), [env_vars/* EnvVar */.B.Version]: this.o.version, [env_vars/* EnvVar */.B.Action]: action },
            timeoutMs: 120_000,
        });
        for (const l of r.stdout.trim().split("\n").filter(Boolean))
            this.o.log(l);
        if (r.exitCode !== 0) {
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The provider command failed (exit ${r.exitCode}) setting ${weight}%: ${r.stderr.trim().split("\n").slice(-2).join(" ")}`, {
                hint: "Fix the provider-command script; it receives SHIPLINE_WEIGHT and SHIPLINE_ACTION.",
            });
        }
        const reported = /^(\d{1,3})\s*%?$/.exec(r.stdout.trim().split("\n").at(-1) ?? "");
        if (reported && Number(reported[1]) !== weight)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The provider command reports ${reported[1]}% after setting ${weight}%.`);
        this.current = weight;
    }
    async read() {
        return this.current;
    }
    async apply(weight, stage) {
        await this.run("apply", weight, stage);
    }
    async rollback() {
        await this.run("rollback", 0, 0);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/deploy/providers/haproxy.ts
/**
 * HAProxy through its runtime API (stats socket, Unix or TCP): `set server <backend>/<server> weight
 * N`, verified with `get weight`. Weights are the percentages themselves (HAProxy allows 0..256).
 */


/** Sends one runtime API command and returns the answer. */
function haproxyCommand(socket, command, timeoutMs = 3000) {
    return new Promise((resolve, reject) => {
        const tcp = /^([\w.-]+):(\d+)$/.exec(socket);
        const conn = tcp ? (0,external_node_net_.connect)({ host: tcp[1], port: Number(tcp[2]) }) : (0,external_node_net_.connect)({ path: socket });
        let out = "";
        const timer = setTimeout(() => {
            conn.destroy();
            reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `HAProxy's runtime API at ${socket} did not answer "${command}" within ${timeoutMs} ms.`, {
                hint: "Check haproxy-socket and that the socket is a stats socket with level admin.",
            }));
        }, timeoutMs);
        conn.on("connect", () => conn.end(`${command}\n`));
        conn.on("data", (d) => {
            out += d.toString("utf8");
        });
        conn.on("error", (e) => {
            clearTimeout(timer);
            reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Cannot reach HAProxy's runtime API at ${socket}: ${e.message}.`, {
                hint: 'Set "haproxy-socket" to the stats socket (stats socket /run/haproxy.sock level admin).',
            }));
        });
        conn.on("close", () => {
            clearTimeout(timer);
            resolve(out.trim());
        });
    });
}
class HaproxyProvider {
    o;
    name = "haproxy";
    constructor(o) {
        this.o = o;
    }
    async weightOf(server) {
        const answer = await haproxyCommand(this.o.socket, `get weight ${this.o.backend}/${server}`, this.o.timeoutMs);
        const m = /^(\d+)/.exec(answer);
        if (!m)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `HAProxy answered "${answer}" to get weight ${this.o.backend}/${server}.`, {
                hint: "Check the backend and server names (backend, stable, canary).",
            });
        return Number(m[1]);
    }
    async set(server, weight) {
        const answer = await haproxyCommand(this.o.socket, `set server ${this.o.backend}/${server} weight ${weight}`, this.o.timeoutMs);
        if (answer !== "")
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `HAProxy refused "set server ${this.o.backend}/${server} weight ${weight}": ${answer}`, {
                hint: "Check the backend and server names, and that the socket has level admin.",
            });
    }
    async read() {
        const [s, c] = await Promise.all([this.weightOf(this.o.stable), this.weightOf(this.o.canary)]);
        return s + c === 0 ? undefined : Math.round((c / (s + c)) * 100);
    }
    async apply(weight) {
        // Raise the side that grows first, so the pool is never empty between the two writes.
        if (weight > 0)
            await this.set(this.o.canary, weight);
        await this.set(this.o.stable, 100 - weight);
        if (weight === 0)
            await this.set(this.o.canary, 0);
        const now = await this.read();
        if (now !== weight)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `HAProxy reports ${now}% on ${this.o.canary} after setting ${weight}%.`, {
                hint: "Another process may be changing the weights; the rollout stopped.",
            });
    }
    async rollback() {
        await this.apply(0);
    }
}
/** Per-server response counters from `show stat` (CSV), for the haproxy-stats gate. */
async function haproxyServerStats(socket, backend, server) {
    const csv = await haproxyCommand(socket, "show stat");
    const lines = csv.split("\n");
    const header = (lines[0] ?? "").replace(/^# /, "").split(",");
    const col = (n) => header.indexOf(n);
    for (const l of lines.slice(1)) {
        const f = l.split(",");
        if (f[0] === backend && f[1] === server) {
            const num = (n) => Number(f[col(n)] ?? 0) || 0;
            const requests = num("hrsp_1xx") + num("hrsp_2xx") + num("hrsp_3xx") + num("hrsp_4xx") + num("hrsp_5xx") + num("hrsp_other");
            return { requests, errors: num("hrsp_5xx") + num("eresp") + num("econ") };
        }
    }
    throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `HAProxy's show stat has no ${backend}/${server}.`, { hint: "Check the backend and server names." });
}

// EXTERNAL MODULE: ./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?./providers/nginx.js
var nginx = __webpack_require__(4950);
// EXTERNAL MODULE: ./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?./providers/webhook.js
var webhook = __webpack_require__(7187);
// EXTERNAL MODULE: ./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?./probes/prometheus-probe.js
var prometheus_probe = __webpack_require__(5512);
// EXTERNAL MODULE: ./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?./core/prometheus.js
var prometheus = __webpack_require__(419);
// EXTERNAL MODULE: ./src/deploy/inputs.ts
var inputs = __webpack_require__(3614);
;// CONCATENATED MODULE: ./src/deploy/command.ts
/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 */
















function buildPlan(inputs) {
    if (inputs.strategy === "blue-green")
        return { strategy: "blue-green", stages: blueGreenStages(inputs["preview-time"], inputs["bake-time"]), checkIntervalMs: inputs["check-interval"] };
    const parsed = parseStages(inputs.stages);
    if ("problems" in parsed)
        throw new errors/* InputError */.dz(parsed.problems.map((p) => ({ input: "stages", problem: `is wrong: ${p}` })));
    return { strategy: "canary", stages: parsed.stages, checkIntervalMs: inputs["check-interval"] };
}
function buildProvider(inputs, ctx, cwd) {
    if (inputs.provider === "haproxy") {
        if (!inputs["haproxy-socket"])
            throw new errors/* InputError */.dz({ input: "haproxy-socket", problem: "is required with provider: haproxy: the stats socket (level admin), a path or host:port" });
        return new HaproxyProvider({ socket: inputs["haproxy-socket"], backend: inputs.backend, stable: inputs.stable, canary: inputs.canary });
    }
    if (inputs.provider === "nginx") {
        if (!inputs["nginx-upstream-file"])
            throw new errors/* InputError */.dz({
                input: "nginx-upstream-file",
                problem: "is required with provider: nginx: the upstream file your nginx config includes (Shipline rewrites it at every stage)",
            });
        return new nginx.NginxProvider({
            file: (0,external_node_path_.resolve)(cwd, inputs["nginx-upstream-file"]),
            upstream: inputs["nginx-upstream"],
            stable: inputs.stable,
            canary: inputs.canary,
            reloadCommand: inputs["nginx-reload-command"],
            cwd,
            env: ctx.runtime.env,
        });
    }
    if (inputs.provider === "http") {
        if (!inputs["webhook-url"])
            throw new errors/* InputError */.dz({
                input: "webhook-url",
                problem: "is required with provider: http: the URL that moves the traffic when it receives the signed JSON POST",
            });
        return new webhook.WebhookProvider({
            url: inputs["webhook-url"],
            secret: inputs["webhook-secret"] ?? "",
            version: inputs.version ?? "",
            environment: inputs.environment,
        });
    }
    if (!inputs["provider-command"])
        throw new errors/* InputError */.dz({
            input: "provider-command",
            problem: "is required with provider: command: a script that sets the traffic to $SHIPLINE_WEIGHT percent",
        });
    return new CommandProvider(inputs["provider-command"], { cwd, env: ctx.runtime.env, version: inputs.version ?? "", log: (m) => ctx.runtime.log.info(m) });
}
/** Sleeps, waking early when the signal aborts. */
function sleep(ms, signal) {
    return new Promise((ok) => {
        if (signal.aborted)
            return ok();
        const t = setTimeout(ok, ms);
        signal.addEventListener("abort", () => {
            clearTimeout(t);
            ok();
        }, { once: true });
    });
}
async function run(inputs, ctx) {
    const { runtime, context } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    const plan = buildPlan(inputs);
    let promComparison;
    if (inputs["prometheus-query"] || inputs["prometheus-url"]) {
        if (!inputs["prometheus-url"])
            throw new errors/* InputError */.dz({ input: "prometheus-url", problem: "is required with prometheus-query: the Prometheus base URL, e.g. http://prometheus:9090" });
        if (!inputs["prometheus-query"])
            throw new errors/* InputError */.dz({
                input: "prometheus-query",
                problem: "is required with prometheus-url: a PromQL instant query such as sum(rate(http_errors[1m]))",
            });
        promComparison = (0,prometheus.parseComparison)(inputs["prometheus-threshold"]);
        if (!promComparison)
            throw new errors/* InputError */.dz({
                input: "prometheus-threshold",
                problem: `must be a comparison like "< 0.01" or ">= 99.9"; got "${inputs["prometheus-threshold"]}"`,
            });
    }
    if (!inputs["probe-url"] && !promComparison && !(inputs.provider === "haproxy" && inputs["haproxy-stats"])) {
        throw new errors/* InputError */.dz({
            input: "probe-url",
            problem: "is empty and no other gate is configured: a rollout needs evidence. Give the URL to probe through the router",
        });
    }
    const thresholds = {
        ...DEFAULT_THRESHOLDS,
        errorRateMax: inputs["error-rate-max"] / 100,
        availabilityMin: inputs["availability-min"],
        p95MaxMs: inputs["p95-max"],
        // The rule of three for 0.1 % needs 3000 requests, more than a probe sends in a short stage; the
        // default asks for 100 and the summary says how strong the evidence was. Set min-requests for more.
        minRequests: inputs["min-requests"] ?? Math.min(100, requestsForEvidence(inputs["error-rate-max"] / 100)),
    };
    if (inputs.freeze) {
        const f = parseFreezes(inputs.freeze);
        if ("problems" in f)
            throw new errors/* InputError */.dz(f.problems.map((p) => ({ input: "freeze", problem: `is wrong: ${p}` })));
        try {
            new Intl.DateTimeFormat("en-US", { timeZone: inputs.timezone });
        }
        catch {
            throw new errors/* InputError */.dz({ input: "timezone", problem: `is not an IANA time zone like Europe/Berlin or UTC; got "${inputs.timezone}"` });
        }
        const frozen = activeFreeze(runtime.now(), inputs.timezone, f.freezes);
        if (frozen) {
            const opens = new Date(runtime.now().getTime() + frozen.opensInMs);
            runtime.setOutput("conclusion", "failed");
            runtime.setOutput("reason", `deployment freeze "${frozen.freeze.text}" (${inputs.timezone})`);
            return {
                conclusion: "failure",
                message: `Deployments are frozen now ("${frozen.freeze.text}", ${inputs.timezone}); the window opens at ${opens.toISOString()} (in ${(0,kernel_inputs/* formatMs */._V)(frozen.opensInMs)}). Nothing was changed.`,
            };
        }
    }
    const names = { stable: inputs.stable, canary: inputs.canary };
    runtime.appendSummary(renderPlan(plan, names));
    if (inputs["dry-run"]) {
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("reason", "dry run: the plan above was not applied");
        runtime.log.info(`Dry run: ${plan.stages.length} stage(s), nothing changed.`);
        return { conclusion: "success" };
    }
    const provider = buildProvider(inputs, ctx, cwd);
    const version = inputs.version ?? "";
    // GitHub Deployments: one record per rollout, statuses only when the state changes.
    let deploymentId;
    let lastState;
    const record = async (state, description) => {
        if (!ctx.hasToken() || deploymentId === undefined || state === lastState)
            return;
        lastState = state;
        await (0,github/* optionalWrite */.w3)(runtime.log, context, "the deployment status", () => ctx.github().deployments.createStatus(deploymentId, {
            state,
            description,
            ...(inputs["environment-url"] ? { environment_url: inputs["environment-url"] } : {}),
            ...(context.runUrl ? { log_url: context.runUrl } : {}),
            auto_inactive: true,
        }));
    };
    if (ctx.hasToken()) {
        const d = await (0,github/* optionalWrite */.w3)(runtime.log, context, "the GitHub deployment", () => ctx.github().deployments.create({
            ref: context.sha ?? context.refName ?? "HEAD",
            environment: inputs.environment,
            description: `Shipline ${plan.strategy} rollout of ${version || "a new version"}`,
            payload: { shipline: { version, plan } },
            task: "deploy",
            production_environment: inputs.environment === "production",
        }));
        deploymentId = d ? Number(d.id) : undefined;
        if (deploymentId !== undefined)
            runtime.setOutput("deployment-id", deploymentId);
        await record("in_progress", `Rolling out ${version}`.trim());
    }
    // Cancellation is a normal path: the runner sends SIGINT, then kills the step 10 s later.
    const cancel = new AbortController();
    const onSignal = (sig) => {
        runtime.log.warning(`Received ${sig}: rolling back now.`);
        cancel.abort();
    };
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const s of signals)
        process.on(s, onSignal);
    const startedAtMs = Date.now();
    const stages = [];
    let firstFailAtMs;
    let weight = 0;
    let conclusion = "promoted";
    let reason = "";
    let canaryBase;
    const sampleOnce = async () => {
        const out = [];
        const now = Date.now();
        if (inputs["probe-url"]) {
            try {
                const stats = await runHttpProbe({ url: inputs["probe-url"], requests: inputs["probe-requests"], timeoutMs: inputs["probe-timeout"] });
                out.push(judgeTraffic("http probe", stats, thresholds, now));
            }
            catch (e) {
                out.push({ gate: "http probe", outcome: "error", detail: e.message, requests: 0, atMs: now });
            }
        }
        if (promComparison && inputs["prometheus-url"] && inputs["prometheus-query"]) {
            out.push(await (0,prometheus_probe.runPrometheusProbe)({ url: inputs["prometheus-url"], query: inputs["prometheus-query"], comparison: promComparison, timeoutMs: inputs["probe-timeout"] }, now));
        }
        if (inputs.provider === "haproxy" && inputs["haproxy-stats"] && inputs["haproxy-socket"]) {
            try {
                const c = await haproxyServerStats(inputs["haproxy-socket"], inputs.backend, inputs.canary);
                const base = canaryBase ?? c;
                canaryBase = c;
                const delta = { requests: c.requests - base.requests, errors: c.errors - base.errors, p95Ms: undefined };
                // No canary traffic at 0 % is expected (blue-green preview): judge only when it has weight.
                if (weight > 0)
                    out.push(judgeTraffic(`haproxy ${inputs.canary}`, delta, thresholds, now));
            }
            catch (e) {
                out.push({ gate: "haproxy-stats", outcome: "error", detail: e.message, requests: 0, atMs: now });
            }
        }
        return out;
    };
    const rollback = async (why) => {
        const t0 = Date.now();
        try {
            await provider.rollback();
            weight = 0;
        }
        catch (e) {
            conclusion = "failed";
            reason = `${why}; the rollback failed too: ${(0,errors/* toShiplineError */.Em)(e).message}`;
            return;
        }
        conclusion = "rolled-back";
        reason = why;
        runtime.setOutput("time-to-rollback-ms", (firstFailAtMs === undefined ? Date.now() - t0 : Date.now() - firstFailAtMs).toString());
    };
    try {
        const before = await provider.read().catch(() => undefined);
        if (before !== undefined && before !== 0 && plan.stages[0]?.weight !== undefined && before > plan.stages[0].weight) {
            runtime.log.warning(`The router already sends ${before}% to ${inputs.canary}; the rollout starts from stage 1 anyway.`);
        }
        for (const [i, stage] of plan.stages.entries()) {
            if (cancel.signal.aborted)
                break;
            const rec = { index: i, weight: stage.weight, startedAtMs: Date.now(), endedAtMs: undefined, samples: [], decision: "" };
            stages.push(rec);
            runtime.log.info(`Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% to ${inputs.canary}, bake ${(0,kernel_inputs/* formatMs */._V)(stage.bakeMs)}.`);
            try {
                await provider.apply(stage.weight, i + 1);
            }
            catch (e) {
                firstFailAtMs = Date.now();
                rec.decision = `provider failed: ${(0,errors/* toShiplineError */.Em)(e).message}`;
                await rollback(`the provider failed at stage ${i + 1}: ${(0,errors/* toShiplineError */.Em)(e).message}`);
                rec.endedAtMs = Date.now();
                break;
            }
            weight = stage.weight;
            canaryBase = undefined;
            await sampleOnce(); // baseline the counters; the first judged sample follows one interval later
            const bakeEnds = rec.startedAtMs + stage.bakeMs;
            const graceEnds = bakeEnds + Math.max(stage.bakeMs, plan.checkIntervalMs * 3);
            let decided = false;
            while (!decided) {
                if (stage.bakeMs === 0 && stage.weight === 100) {
                    rec.decision = "final stage";
                    break;
                }
                await sleep(Math.min(plan.checkIntervalMs, Math.max(0, graceEnds - Date.now())), cancel.signal);
                if (cancel.signal.aborted)
                    break;
                const samples = await sampleOnce();
                rec.samples.push(...samples);
                for (const s of samples)
                    runtime.log.info(`  ${s.gate}: ${s.outcome} (${s.detail})`);
                if (samples.some((s) => s.outcome === "fail") && firstFailAtMs === undefined)
                    firstFailAtMs = Date.now();
                const now = Date.now();
                const d = decideStage(rec.samples, thresholds, now >= bakeEnds, now >= graceEnds);
                if (d.action === "rollback") {
                    rec.decision = `rollback: ${d.reason}`;
                    firstFailAtMs ??= now;
                    await rollback(`stage ${i + 1} (${stage.weight}%): ${d.reason}`);
                    decided = true;
                }
                else if (d.action === "promote") {
                    rec.decision = `promote: ${d.reason}`;
                    decided = true;
                }
            }
            rec.endedAtMs = Date.now();
            if (conclusion !== "promoted")
                break;
        }
        if (cancel.signal.aborted && conclusion === "promoted") {
            firstFailAtMs = Date.now();
            await rollback("the job was cancelled");
        }
    }
    finally {
        for (const s of signals)
            process.off(s, onSignal);
    }
    if (conclusion === "promoted")
        reason = `all ${plan.stages.length} stage(s) passed; ${inputs.canary} has 100% of the traffic`;
    await record(conclusion === "promoted" ? "success" : "failure", reason.slice(0, 140));
    const report = { conclusion, reason, version, stages, timeToRollbackMs: undefined, startedAtMs };
    const ttr = runtime.outputs.get("time-to-rollback-ms");
    if (ttr)
        report.timeToRollbackMs = Number(ttr);
    runtime.appendSummary(renderRollout(report));
    runtime.setOutput("conclusion", conclusion);
    runtime.setOutput("stage", stages.length);
    runtime.setOutput("weight", conclusion === "promoted" ? 100 : weight);
    runtime.setOutput("reason", reason);
    if (!runtime.outputs.has("time-to-rollback-ms"))
        runtime.setOutput("time-to-rollback-ms", "");
    if (conclusion === "promoted")
        return { conclusion: "success" };
    return { conclusion: "failure", message: `Rollout ${conclusion}: ${reason}.` };
}
const deployCommand = (0,command/* defineCommand */.NB)(inputs/* deploySpec */.h, run);


/***/ }),

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   j3: () => (/* binding */ runScript),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/**
 * Running programs. Always `spawn(program, argv)` with `shell: false`: no input ever reaches a shell
 * (release-please needed "fix: use execFile" and "fix: second order command injection").
 * The one exception is the documented `command:` inputs of gate and deploy, which are scripts the
 * workflow author wrote, run through {@link runScript} with `bash -e -o pipefail -c` exactly as a
 * `run:` step would.
 */


const STDERR_KEEP = 64 * 1024;
/** Error for a program that failed; names the program, its arguments and the end of its stderr. */
class ProcessError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0 {
    exitCode2;
    stderr;
    constructor(program, args, result, redactor, code = _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, hint) {
        const r = (s) => (redactor ? redactor.redact(s) : s);
        const tail = result.stderr.trim().split("\n").slice(-5).join("\n");
        const cmd = [program, ...args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
        super(code, r(`${truncate(cmd, 200)} failed (exit ${result.exitCode})${tail ? `: ${JSON.stringify(tail)}` : ""}`), { hint });
        this.exitCode2 = result.exitCode;
        this.stderr = r(result.stderr);
    }
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/**
 * Runs `program` with `args` (no shell) and resolves with its output. Rejects with a
 * {@link ProcessError} when the exit code is not in `okCodes`, and with a ShiplineError when the
 * program cannot be started.
 */
function runProcess(program, args, options = {}) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: options.cwd,
            env: (options.env ?? process.env),
            shell: false,
            stdio: ["pipe", "pipe", "pipe"],
            signal: options.signal,
        });
        const out = [];
        let err = "";
        let killTimer;
        let timer;
        let timedOut = false;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGTERM");
                killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => (options.onStdout ? options.onStdout(c) : out.push(c)));
        child.stderr.on("data", (c) => {
            options.onStderr?.(c);
            err += c.toString("utf8");
            if (err.length > STDERR_KEEP * 2)
                err = err.slice(-STDERR_KEEP);
        });
        child.stdin.on("error", () => {
            /* the child may exit before reading its stdin; its exit code tells the story */
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (e.name === "AbortError") {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.Cancelled, `${program} was cancelled.`));
                return;
            }
            const hint = e.code === "ENOENT" ? `Install ${program} or check that it is on PATH.` : undefined;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `Could not start ${program}: ${e.message}`, { hint }));
        });
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const result = {
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: err.length > STDERR_KEEP ? err.slice(-STDERR_KEEP) : err,
                durationMs: performance.now() - started,
            };
            if (timedOut) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `${program} did not finish within ${options.timeoutMs} ms and was stopped.`));
                return;
            }
            if (!(options.okCodes ?? [0]).includes(result.exitCode)) {
                reject(new ProcessError(program, args, result, options.redactor));
                return;
            }
            resolve(result);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
function signalNumber(signal) {
    return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0;
}
/**
 * Runs a workflow author's script through bash, as a `run:` step does (`bash -e -o pipefail`). Only
 * for inputs documented as scripts; never interpolate other inputs into `script`. Resolves with the
 * result whatever the exit code.
 */
function runScript(script, options = {}) {
    return runProcess("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
        ...options,
        okCodes: Array.from({ length: 256 }, (_, i) => i),
    });
}


/***/ }),

/***/ 419:
/***/ ((module) => {

module.exports = eval("require")("./core/prometheus.js");


/***/ }),

/***/ 5512:
/***/ ((module) => {

module.exports = eval("require")("./probes/prometheus-probe.js");


/***/ }),

/***/ 4950:
/***/ ((module) => {

module.exports = eval("require")("./providers/nginx.js");


/***/ }),

/***/ 7187:
/***/ ((module) => {

module.exports = eval("require")("./providers/webhook.js");


/***/ })

};
