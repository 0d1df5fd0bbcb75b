export const id = 442;
export const ids = [442];
export const modules = {

/***/ 7442:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_command_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(5788);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/* harmony import */ var _kernel_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7762);
/* harmony import */ var _core_plan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95);
/* harmony import */ var _kernel_github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2717);
/* harmony import */ var _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(137);
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6304);
/* harmony import */ var _core_gates_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9412);
/* harmony import */ var _core_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(755);
/* harmony import */ var _probes_http_probe_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(1292);
/* harmony import */ var _providers_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6239);
/* harmony import */ var _providers_github_dispatch_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3078);
/* harmony import */ var _providers_haproxy_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1547);
/* harmony import */ var _providers_nginx_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9838);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(2598);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4332);
/* harmony import */ var _notify_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(735);
/* harmony import */ var _providers_webhook_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4283);
/* harmony import */ var _probes_prometheus_probe_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(1075);
/* harmony import */ var _probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4213);
/* harmony import */ var _core_prometheus_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(6387);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(3614);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_17__]);
_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_17__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 */

























function buildPlan(inputs, cwd) {
    if (inputs.config) {
        const file = (0,_kernel_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readDataFile */ .lD)("config", inputs.config, cwd);
        const parsed = (0,_core_plan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlanFile */ .F)(file.data, { checkIntervalMs: inputs["check-interval"], previewMs: inputs["preview-time"], bakeMs: inputs["bake-time"] }, (k) => file.lineOf(k));
        if ("problems" in parsed) {
            // Each problem carries its own line ("deploy.yml: line 3: ..."), so the error names no single line.
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(file.shown, parsed.problems.map((p) => `${p.line === undefined ? "" : `line ${p.line}: `}"${p.key}" ${p.message}`), { hint: "Fix the plan file (see docs/deploy.md, Plan files) and re-run." });
        }
        return parsed.plan;
    }
    if (inputs.strategy === "blue-green")
        return { strategy: "blue-green", stages: (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .blueGreenStages */ .lv)(inputs["preview-time"], inputs["bake-time"]), checkIntervalMs: inputs["check-interval"] };
    const parsed = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .parseStages */ .lj)(inputs.stages);
    if ("problems" in parsed)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(parsed.problems.map((p) => ({ input: "stages", problem: `is wrong: ${p}` })));
    return { strategy: "canary", stages: parsed.stages, checkIntervalMs: inputs["check-interval"] };
}
/** The stage indexes `pause-after` holds after, checked against the plan's weights. */
function pauseStages(inputs, plan) {
    const held = new Set();
    const weights = plan.stages.map((s) => `${s.weight}%`);
    for (const raw of inputs["pause-after"]) {
        const w = (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePercent */ .lo)("pause-after", raw);
        const i = plan.stages.findIndex((s) => s.weight === w);
        if (i < 0 || i === plan.stages.length - 1)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: "pause-after",
                problem: `must name the weight of a stage before the last (${weights.slice(0, -1).join(", ") || "none"}); got "${raw}"`,
            });
        held.add(i);
    }
    return held;
}
/** The input when set, else the environment's name: production, prod, prd, or those with a suffix (production-eu). */
function isProduction(inputs) {
    return inputs["production-environment"] ?? /^(production|prod|prd)([-_ .].*)?$/i.test(inputs.environment);
}
function buildProvider(inputs, ctx, cwd) {
    if (inputs.provider === "haproxy") {
        if (!inputs["haproxy-socket"])
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: "haproxy-socket", problem: "is required with provider: haproxy: the stats socket (level admin), a path or host:port" });
        return new _providers_haproxy_js__WEBPACK_IMPORTED_MODULE_12__/* .HaproxyProvider */ .hF({ socket: inputs["haproxy-socket"], backend: inputs.backend, stable: inputs.stable, canary: inputs.canary });
    }
    if (inputs.provider === "nginx") {
        if (!inputs["nginx-upstream-file"])
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: "nginx-upstream-file",
                problem: "is required with provider: nginx: the upstream file your nginx config includes (Shipline rewrites it at every stage)",
            });
        return new _providers_nginx_js__WEBPACK_IMPORTED_MODULE_13__/* .NginxProvider */ .w({
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, inputs["nginx-upstream-file"]),
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
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: "webhook-url",
                problem: "is required with provider: http: the URL that moves the traffic when it receives the signed JSON POST",
            });
        return new _providers_webhook_js__WEBPACK_IMPORTED_MODULE_16__/* .WebhookProvider */ .t({
            url: inputs["webhook-url"],
            secret: inputs["webhook-secret"] ?? "",
            version: inputs.version ?? "",
            environment: inputs.environment,
        });
    }
    if (inputs.provider === "github-dispatch") {
        if (!inputs["dispatch-workflow"])
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: "dispatch-workflow",
                problem: "is required with provider: github-dispatch: the workflow file (e.g. traffic.yml) that moves the traffic",
            });
        if (!ctx.hasToken())
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: "github-token", problem: "is required with provider: github-dispatch (the job needs permissions: actions: write)" });
        return new _providers_github_dispatch_js__WEBPACK_IMPORTED_MODULE_11__/* .GitHubDispatchProvider */ .v(ctx.github().actions, {
            workflow: inputs["dispatch-workflow"],
            ref: inputs["dispatch-ref"] ?? ctx.context.refName ?? ctx.context.ref ?? "main",
            version: inputs.version ?? "",
            environment: inputs.environment,
            rolloutId: `${inputs.environment}/${ctx.context.runId ?? "local"}`,
            timeoutMs: inputs["dispatch-timeout"],
            // Poll every 5 s, or more often for a short timeout (a 1m timeout polls every 3 s).
            pollMs: Math.max(200, Math.min(5000, inputs["dispatch-timeout"] / 20)),
            log: (m) => ctx.runtime.log.info(m),
        });
    }
    if (!inputs["provider-command"])
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: "provider-command",
            problem: "is required with provider: command: a script that sets the traffic to $SHIPLINE_WEIGHT percent",
        });
    return new _providers_command_js__WEBPACK_IMPORTED_MODULE_10__/* .CommandProvider */ .x(inputs["provider-command"], { cwd, env: ctx.runtime.env, version: inputs.version ?? "", log: (m) => ctx.runtime.log.info(m) });
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
/**
 * GitHub's auto_inactive skips production environments, so after a promotion the earlier successful
 * deployments of production are marked inactive here.
 */
async function markEarlierInactive(ctx, environment, currentId) {
    await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalWrite */ .w3)(ctx.runtime.log, ctx.context, "earlier deployments' inactive status", async () => {
        const gh = ctx.github().deployments;
        for (const d of await gh.list(environment, 10)) {
            if (Number(d.id) === currentId)
                continue;
            const [latest] = await gh.listStatuses(d.id);
            if (latest?.state === "success")
                await gh.createStatus(d.id, { state: "inactive", description: `Superseded by deployment ${currentId}` });
        }
    });
}
/** A description GitHub accepts: at most 140 characters, cut at a word with an ellipsis. */
function clip(text) {
    const t = text.replace(/\s+/g, " ").trim();
    if (t.length <= _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPLOYMENT_DESCRIPTION_MAX */ .e)
        return t;
    const cut = t.slice(0, _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPLOYMENT_DESCRIPTION_MAX */ .e - 1);
    const space = cut.lastIndexOf(" ");
    return `${space > _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPLOYMENT_DESCRIPTION_MAX */ .e - 40 ? cut.slice(0, space) : cut}…`;
}
/** Thresholds from the inputs, then the plan file's `thresholds:`, then its `gates.<gate>:`. */
function thresholdsFor(inputs, plan, gate) {
    const own = (o) => {
        const out = {};
        for (const k of ["errorRateMax", "p95MaxMs", "availabilityMin", "minRequests", "failureLimit", "consecutiveErrorLimit"])
            if (o?.[k] !== undefined)
                out[k] = o[k];
        return out;
    };
    const errorRateMax = plan.thresholds?.errorRateMax ?? inputs["error-rate-max"] / 100;
    return {
        ..._core_gates_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_THRESHOLDS */ .JJ,
        errorRateMax: inputs["error-rate-max"] / 100,
        availabilityMin: inputs["availability-min"],
        p95MaxMs: inputs["p95-max"],
        failureLimit: inputs["failure-limit"],
        consecutiveErrorLimit: inputs["consecutive-error-limit"],
        // The rule of three for 0.1 % needs 3000 requests, more than a probe sends in a short stage; the
        // default asks for 100 and the summary says how strong the evidence was. Set min-requests for more.
        minRequests: inputs["min-requests"] ?? Math.min(100, (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_7__/* .requestsForEvidence */ .r2)(errorRateMax)),
        ...own(plan.thresholds),
        ...(gate ? own(plan.gates?.[gate]) : {}),
    };
}
/** Checks freeze and window; undefined when a rollout may start now, else why not and when it may. */
function refusalNow(inputs, now) {
    if (!inputs.freeze && !inputs.window)
        return undefined;
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: inputs.timezone });
    }
    catch {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: "timezone", problem: `is not an IANA time zone like Europe/Berlin or UTC; got "${inputs.timezone}"` });
    }
    const read = (name) => {
        const text = inputs[name];
        if (!text)
            return [];
        const r = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .parseWeeklyRanges */ .Ny)(text, name);
        if ("problems" in r)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(r.problems.map((p) => ({ input: name, problem: `is wrong: ${p}` })));
        return r.ranges;
    };
    const verdict = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .evaluateDeployTime */ .uk)(now, inputs.timezone, read("freeze"), read("window"));
    if (verdict.allowed)
        return undefined;
    const why = verdict.because.kind === "freeze"
        ? `Deployments are frozen now ("${verdict.because.text}", ${inputs.timezone})`
        : `Now (${(0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLocal */ .xg)(now, inputs.timezone)}) is outside the deployment window ("${verdict.because.text}")`;
    if (!verdict.opensAt)
        return `${why}, and no window opens in the next two weeks: check "freeze" and "window".`;
    return `${why}; the window opens ${(0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLocal */ .xg)(verdict.opensAt, inputs.timezone)} (${verdict.opensAt.toISOString()}, in ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(verdict.opensAt.getTime() - now.getTime())}). Nothing was changed`;
}
async function run(inputs, ctx) {
    const { runtime, context } = ctx;
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.cwd, inputs["working-directory"]);
    const plan = buildPlan(inputs, cwd);
    const pauseAfter = pauseStages(inputs, plan);
    const thresholds = thresholdsFor(inputs, plan);
    let promComparison;
    if (inputs["prometheus-query"] || inputs["prometheus-url"]) {
        if (!inputs["prometheus-url"])
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: "prometheus-url", problem: "is required with prometheus-query: the Prometheus base URL, e.g. http://prometheus:9090" });
        if (!inputs["prometheus-query"])
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: "prometheus-query",
                problem: "is required with prometheus-url: a PromQL instant query such as sum(rate(http_errors[1m]))",
            });
        const text = plan.gates?.prometheus?.threshold ?? inputs["prometheus-threshold"];
        promComparison = (0,_core_prometheus_js__WEBPACK_IMPORTED_MODULE_19__/* .parseComparison */ .f)(text);
        if (!promComparison) {
            if (plan.gates?.prometheus?.threshold !== undefined)
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(inputs.config ?? "config", [`"gates.prometheus.threshold" must be a comparison like "< 0.01" or ">= 99.9"; got "${text}"`], {
                    hint: "Write the comparison as an operator and a number, then re-run.",
                });
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: "prometheus-threshold", problem: `must be a comparison like "< 0.01" or ">= 99.9"; got "${text}"` });
        }
    }
    const loadTarget = inputs["loadtest-target"] ?? inputs["probe-url"];
    if (inputs["loadtest-rate"] && !loadTarget)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: "loadtest-target", problem: "is required with loadtest-rate when probe-url is empty: the URL the load gate drives" });
    if (!inputs["probe-url"] &&
        !promComparison &&
        !inputs["loadtest-rate"] &&
        !inputs["check-command"] &&
        !(inputs.provider === "haproxy" && inputs["haproxy-stats"])) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: "probe-url",
            problem: "is empty and no other gate is configured: a rollout needs evidence. Give the URL to probe through the router",
        });
    }
    // At 0 % the router sends green nothing, so a preview through probe-url would only ever see blue.
    if (plan.strategy === "blue-green" && !inputs["preview-url"] && plan.stages.some((s) => s.weight === 0 && s.bakeMs > 0)) {
        const other = [inputs["check-command"] && "check-command", promComparison && "prometheus-query", inputs["loadtest-target"] && "loadtest-target"].filter(Boolean);
        if (other.length === 0)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
                input: "preview-url",
                problem: "is required for blue-green: the preview checks run while green has 0 % of the traffic, so a probe through the router (probe-url) would only reach blue. Give green's own address, e.g. http://green.internal:8080/health",
            });
        runtime.log.warning(`No preview-url: during the 0 % preview only ${other.join(" and ")} can see ${inputs.canary}; the HTTP probe sees ${inputs.stable}.`);
    }
    const probeExpect = {
        expectStatus: plan.gates?.http?.expectStatus ?? inputs["probe-status"],
        bodyContains: plan.gates?.http?.bodyMatch ?? inputs["probe-body-match"],
    };
    const refusal = refusalNow(inputs, runtime.now());
    const names = { stable: inputs.stable, canary: inputs.canary };
    runtime.appendSummary((0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .renderPlan */ .EG)(plan, names, inputs["job-budget"]));
    if (inputs["dry-run"]) {
        // The plan in the log too, for the CLI with --json (where the summary is not printed).
        for (const [i, st] of plan.stages.entries())
            runtime.log.info(`Stage ${i + 1}/${plan.stages.length}: ${st.weight}% to ${inputs.canary}, bake ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(st.bakeMs)}${st.checkIntervalMs === undefined ? "" : `, checks every ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(st.checkIntervalMs)}`}.`);
        const jobs = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planJobs */ .KR)(plan, inputs["job-budget"]);
        const total = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planDurationMs */ .qN)(plan);
        runtime.log.info(`The plan bakes ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(total)} in all (GitHub ends a job after 6h; job-budget ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(inputs["job-budget"])}): ${jobs.length > 1 ? `${jobs.length} jobs, each after the first a run with mode: resume` : "one job"}${pauseAfter.size > 0 ? `, held for approval after ${[...pauseAfter].map((i) => `${plan.stages[i]?.weight}%`).join(", ")} (mode: approve continues)` : ""}.`);
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("reason", refusal ? `dry run: the plan above was not applied; a real run would be refused now: ${refusal}` : "dry run: the plan above was not applied");
        if (refusal)
            runtime.appendSummary(`> [!WARNING]\n> ${refusal}.\n`);
        runtime.log.info(`Dry run: ${plan.stages.length} stage(s), nothing changed.${refusal ? ` A real run would be refused now: ${refusal}.` : ""}`);
        return { conclusion: "success" };
    }
    if (refusal && inputs.mode === "resume") {
        // A scheduled resume outside the window is not a failure: the waiting rollout goes on next time.
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("reason", refusal);
        runtime.log.notice(`${refusal}; the waiting rollout stays as it is until a run inside the window resumes it.`);
        return { conclusion: "success" };
    }
    if (refusal) {
        runtime.setOutput("conclusion", "failed");
        runtime.setOutput("reason", refusal);
        return { conclusion: "failure", message: `${refusal}.` };
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
        await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalWrite */ .w3)(runtime.log, context, "the deployment status", () => ctx.github().deployments.createStatus(deploymentId, {
            state,
            description: clip(description),
            ...(inputs["environment-url"] ? { environment_url: inputs["environment-url"] } : {}),
            ...(context.runUrl ? { log_url: context.runUrl } : {}),
            auto_inactive: true,
        }));
    };
    /** Creates the rollout's deployment (once), queued: it waits for the lock or its first move. */
    const createDeployment = async (why) => {
        if (!ctx.hasToken() || deploymentId !== undefined)
            return;
        const d = await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalWrite */ .w3)(runtime.log, context, "the GitHub deployment", () => ctx.github().deployments.create({
            ref: context.sha ?? context.refName ?? "HEAD",
            environment: inputs.environment,
            description: clip(`Shipline ${plan.strategy} rollout of ${version || "a new version"}`),
            payload: { shipline: { version, plan } },
            task: "deploy",
            production_environment: isProduction(inputs),
        }));
        deploymentId = d ? Number(d.id) : undefined;
        if (deploymentId === undefined)
            return;
        runtime.setOutput("deployment-id", deploymentId);
        await record("queued", why);
    };
    // The lock and the rollout state (see lock.ts): taken before the first move, resumed on a re-run.
    const rolloutId = (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_20__/* .computeRolloutId */ .Y2)(inputs.environment, context.runId, version);
    const freshState = () => ({
        rolloutId,
        runId: context.runId ?? "",
        environment: inputs.environment,
        version,
        deploymentId: undefined,
        stage: -1,
        weight: 0,
        phase: "running",
        journal: [],
    });
    let state = freshState();
    let lock;
    let startStage = 0;
    let resumed = false;
    /** The state a killed attempt left behind when it had decided to roll back: finish that rollback. */
    let unfinishedRollback;
    const journal = (e) => state.journal.push({ atMs: Date.now(), ...e });
    if (ctx.hasToken() && context.repository && context.sha) {
        lock = new _lock_js__WEBPACK_IMPORTED_MODULE_14__/* .RolloutLock */ .F(ctx.github(), inputs.environment);
        const lockDeadline = Date.now() + inputs["lock-timeout"];
        // A job cancelled while it queues for the lock has moved no traffic: it only closes its record.
        const queued = new AbortController();
        const onQueuedSignal = (sig) => queued.abort(sig);
        const queueSignals = ["SIGINT", "SIGTERM", "SIGHUP"];
        for (const s of queueSignals)
            process.on(s, onQueuedSignal);
        try {
            for (let announced = false;;) {
                if (queued.signal.aborted) {
                    if (announced)
                        await record("failure", `Cancelled while waiting for the ${inputs.environment} rollout lock`);
                    runtime.setOutput("conclusion", "failed");
                    runtime.setOutput("reason", `cancelled (${String(queued.signal.reason)}) while waiting for the rollout lock; nothing was changed`);
                    return { conclusion: "failure", message: `Cancelled while waiting for the ${inputs.environment} rollout lock; no traffic was moved.` };
                }
                const holder = await lock.read();
                if (holder && !holder.state) {
                    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.PolicyFailed, `The lock ref refs/shipline/deploy-lock/${inputs.environment} exists but holds no Shipline rollout state.`, {
                        hint: "Delete that ref if nothing else uses it (git push origin :refs/shipline/deploy-lock/...), then re-run.",
                    });
                }
                let finished = false;
                if (holder?.state && holder.state.rolloutId !== rolloutId && holder.state.runId && holder.state.runId !== context.runId) {
                    const r = await ctx
                        .github()
                        .actions.getRun(Number(holder.state.runId))
                        .catch(() => undefined);
                    finished = !r || r.status === "completed";
                }
                const v = (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_20__/* .evaluateLock */ .t6)(holder?.state, rolloutId, finished, inputs.mode !== "start", context.runId);
                if (v.kind === "free") {
                    if (inputs.mode !== "start") {
                        runtime.setOutput("conclusion", "waiting");
                        runtime.setOutput("reason", `no rollout to ${inputs.environment} is waiting`);
                        runtime.log.info(`Nothing to ${inputs.mode}: no rollout to ${inputs.environment} is waiting.`);
                        return { conclusion: "success" };
                    }
                    if (holder) {
                        journal({ stage: -1, weight: 0, event: "start" });
                        if ((await lock.write(state)).ok)
                            break;
                        state.journal.pop();
                        continue; // another run took the finished lock between our read and our write: look again
                    }
                    if (await lock.acquire({ ...state, journal: [...state.journal, { atMs: Date.now(), stage: -1, weight: 0, event: "start" }] })) {
                        journal({ stage: -1, weight: 0, event: "start" });
                        break;
                    }
                    continue; // another run created the lock between our read and our create: look again
                }
                if (v.kind === "mine") {
                    const wasResume = v.state.rolloutId !== rolloutId && v.state.runId !== context.runId;
                    // A hold for approval is lifted only by mode: approve (a job behind a required reviewer), so
                    // neither a scheduled resume nor a re-run of the job that paused can skip the reviewer.
                    if (v.state.heldAfterStage !== undefined && inputs.mode !== "approve") {
                        const held = v.state.heldAfterStage;
                        const why = `rollout ${v.state.rolloutId} is held after stage ${held + 1} (${v.state.weight}% on ${inputs.canary}) for approval; a run with mode: approve continues it`;
                        runtime.setOutput("conclusion", "waiting");
                        runtime.setOutput("stage", held + 1);
                        runtime.setOutput("weight", v.state.weight);
                        runtime.setOutput("reason", why);
                        if (v.state.deploymentId !== undefined)
                            runtime.setOutput("deployment-id", v.state.deploymentId);
                        runtime.log.notice(`The ${why}. Nothing was changed.`);
                        return { conclusion: "success" };
                    }
                    // A resumed rollout belongs to this run from now on, so a later run sees its holder alive.
                    state = { ...v.state, runId: context.runId ?? v.state.runId };
                    resumed = true;
                    if (v.state.phase === "rolling-back") {
                        unfinishedRollback = v.state;
                        runtime.log.notice(`Rollout ${v.state.rolloutId} was rolling back when its last attempt ended: finishing the rollback.`);
                        break;
                    }
                    if (v.state.heldAfterStage !== undefined) {
                        runtime.log.notice(`Approved: continuing after stage ${v.state.heldAfterStage + 1} (${v.state.weight}% on ${inputs.canary}).`);
                        delete state.heldAfterStage;
                    }
                    state.phase = "running";
                    // After a promotion (or a wait at a stage boundary) the next stage; else the stage itself, whose
                    // bake continues (a stage longer than a job, or a re-run after a kill).
                    const promoted = state.journal.some((j) => j.stage === state.stage && j.event === "promote");
                    startStage = Math.max(0, promoted ? state.stage + 1 : state.stage);
                    runtime.log.notice(`Resuming rollout ${v.state.rolloutId}${wasResume ? ` (from run ${v.state.runId})` : ""} at stage ${startStage + 1} (the router had ${state.weight}% on ${inputs.canary}).`);
                    journal({ stage: startStage, weight: state.weight, event: "resume", note: `run ${context.runId ?? "local"}` });
                    if ((await lock.write(state)).ok)
                        break;
                    // Another run moved the lock between our read and our write: start over from what it holds.
                    state = freshState();
                    resumed = false;
                    unfinishedRollback = undefined;
                    startStage = 0;
                    continue;
                }
                if (v.kind === "stale") {
                    runtime.log.notice(`Taking over the ${inputs.environment} rollout lock from run ${v.state.runId} (${v.state.rolloutId}), which has finished without releasing it.`);
                    journal({ stage: -1, weight: v.state.weight, event: "takeover", note: `from run ${v.state.runId}` });
                    // The write is a compare-and-swap on the stale holder's commit: of two runs taking over at
                    // once, GitHub moves the ref for one; the other looks again (and waits or fails).
                    if ((await lock.write(state)).ok)
                        break;
                    state.journal = state.journal.filter((j) => j.event !== "takeover");
                    continue;
                }
                const holderText = `run ${v.state.runId} (${v.state.version || "unversioned"}, stage ${v.state.stage + 1}, ${v.state.phase})`;
                if (inputs.concurrency === "fail" || Date.now() >= lockDeadline) {
                    const waited = inputs.concurrency !== "fail";
                    if (waited)
                        await record("failure", `Gave up after waiting ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(inputs["lock-timeout"])} for ${holderText}`);
                    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.PolicyFailed, `Another rollout to ${inputs.environment} is in progress: ${holderText}. Nothing was changed.`, {
                        hint: v.state.heldAfterStage !== undefined
                            ? `That rollout is held for approval after stage ${v.state.heldAfterStage + 1}: approve it with "mode: approve", or delete refs/shipline/deploy-lock/${inputs.environment} to abandon it.`
                            : v.state.phase === "waiting"
                                ? `That rollout waits for a later run with "mode: resume"; resume it first, or delete refs/shipline/deploy-lock/${inputs.environment} to abandon it.`
                                : waited
                                    ? `Waited ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(inputs["lock-timeout"])}; raise "lock-timeout" or run later.`
                                    : 'Set "concurrency: wait" to queue behind it, or use a workflow concurrency group.',
                    });
                }
                if (!announced) {
                    runtime.log.info(`Waiting for the rollout lock of ${inputs.environment}, held by ${holderText}.`);
                    await createDeployment(`Waiting for ${holderText}`);
                }
                announced = true;
                await sleep(Math.min(2000, plan.checkIntervalMs), queued.signal);
            }
        }
        finally {
            for (const s of queueSignals)
                process.off(s, onQueuedSignal);
        }
    }
    /** Set when a state write or a check found the lock taken by another run (see onLockLost). */
    let lockLostTo;
    /** Stops the rollout once it exists (set below, where the cancel signal and the rollback are). */
    let stopForLostLock;
    const onLockLost = (lost) => {
        if (lockLostTo !== undefined)
            return;
        const h = lost.holder;
        lockLostTo = h?.state
            ? `run ${h.state.runId} (${h.state.rolloutId}, ${h.state.version || "unversioned"})`
            : h
                ? `something that is not a Shipline rollout (${h.sha.slice(0, 12)})`
                : "nobody: the lock ref was deleted";
        const why = `the ${inputs.environment} rollout lock was taken over by ${lockLostTo}`;
        runtime.log.warning(`The rollout lock refs/shipline/deploy-lock/${inputs.environment} no longer holds this run's state: it was taken over by ${lockLostTo}. Stopping this rollout and moving the traffic back to ${inputs.stable}, since another run now owns the environment.`);
        stopForLostLock?.(why);
    };
    let stateWrites = Promise.resolve();
    /** Writes the rollout state to the lock, in order; a failure to write only warns, a lost lock stops the rollout. */
    const saveState = (patch, entry) => {
        state = { ...state, ...patch };
        if (entry)
            journal(entry);
        if (!lock)
            return Promise.resolve();
        const l = lock;
        const snapshot = { ...state, journal: [...state.journal] };
        stateWrites = stateWrites.then(async () => {
            try {
                if (snapshot.phase === "done")
                    await l.release();
                else {
                    const w = await l.write(snapshot);
                    if (!w.ok)
                        onLockLost(w);
                }
            }
            catch (e) {
                runtime.log.warning(`Could not write the rollout state to GitHub: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message}`);
            }
        });
        return stateWrites;
    };
    if (resumed && state.deploymentId !== undefined) {
        deploymentId = state.deploymentId;
        lastState = "in_progress";
        runtime.setOutput("deployment-id", deploymentId);
    }
    else if (!unfinishedRollback) {
        await createDeployment(`Rollout of ${version || "a new version"} accepted`);
        if (deploymentId !== undefined)
            await saveState({ deploymentId });
    }
    const notify = (event, why) => (0,_notify_js__WEBPACK_IMPORTED_MODULE_15__/* .publishNotification */ .F)(inputs["notify-webhook"], { event, environment: inputs.environment, version, reason: why, runUrl: context.runUrl }, runtime.log);
    const startedAtMs = Date.now();
    const stages = [];
    let firstFailAtMs;
    let weight = unfinishedRollback?.weight ?? 0;
    let conclusion = "promoted";
    let reason = "";
    let base;
    // Provider calls run one at a time: a rollback started by a signal waits for a move in flight
    // (HAProxy's two writes) instead of interleaving with it.
    let providerChain = Promise.resolve();
    const serial = (op) => {
        const next = providerChain.then(op, op);
        providerChain = next.catch(() => undefined);
        return next;
    };
    let rollingBack;
    /** Puts the traffic back on stable (once), verified by the provider's read-back, then records why. */
    const rollback = (why) => {
        rollingBack ??= (async () => {
            const t0 = Date.now();
            // The state write goes out with the router write, not before it: traffic first.
            const marked = state.phase === "rolling-back"
                ? Promise.resolve()
                : saveState({ phase: "rolling-back" }, { stage: state.stage, weight, event: "rollback", note: why.slice(0, 200) });
            try {
                await serial(() => provider.rollback());
                weight = 0;
                conclusion = "rolled-back";
                reason = why;
                runtime.setOutput("time-to-rollback-ms", (Date.now() - (firstFailAtMs ?? t0)).toString());
            }
            catch (e) {
                conclusion = "failed";
                reason = `${why}; the rollback failed too: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message}`;
            }
            await marked;
        })();
        return rollingBack;
    };
    // Cancellation is a normal path: the runner sends SIGINT, then kills the step 10 s later. The
    // rollback starts from the signal handler itself, without waiting for a probe or a sleep to end.
    const cancel = new AbortController();
    const onSignal = (sig) => {
        if (cancel.signal.aborted)
            return;
        runtime.log.warning(`Received ${sig}: rolling back now.`);
        firstFailAtMs = Date.now();
        cancel.abort();
        void rollback("the job was cancelled");
    };
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const s of signals)
        process.on(s, onSignal);
    // Another run owns the environment now: stop moving traffic at once. A rollout that has moved
    // traffic puts it back on stable (the new holder starts from what the router holds then).
    stopForLostLock = (why) => {
        if (cancel.signal.aborted)
            return;
        firstFailAtMs ??= Date.now();
        cancel.abort();
        if (stages.length === 0 && !unfinishedRollback) {
            conclusion = "failed";
            reason = `${why} before this run moved any traffic; nothing was changed`;
            return;
        }
        void rollback(why);
    };
    if (lockLostTo !== undefined)
        stopForLostLock(`the ${inputs.environment} rollout lock was taken over by ${lockLostTo}`);
    if (unfinishedRollback) {
        await record("in_progress", "Finishing the rollback of the previous attempt");
        firstFailAtMs = Date.now();
        await rollback(`the previous attempt was rolling back when it ended; finished the rollback to ${inputs.stable}`);
    }
    else {
        await notify("start", `${plan.strategy} rollout in ${plan.stages.length} stage(s)${resumed ? `, resumed at stage ${startStage + 1}` : ""}`);
    }
    const sampleOnce = async (baselineOnly = false) => {
        const out = [];
        const now = Date.now();
        const hasStats = inputs.provider === "haproxy" && inputs["haproxy-stats"] && inputs["haproxy-socket"];
        if (baselineOnly) {
            if (hasStats)
                base = await (0,_providers_haproxy_js__WEBPACK_IMPORTED_MODULE_12__/* .haproxyServersStats */ .ZQ)(inputs["haproxy-socket"], inputs.backend, [inputs.canary, inputs.stable]).catch(() => undefined);
            return out;
        }
        // At 0 % (blue-green preview) the router sends nothing to green: probe green directly when told how.
        const probeUrl = weight === 0 && inputs["preview-url"] ? inputs["preview-url"] : inputs["probe-url"];
        if (probeUrl) {
            try {
                const stats = await (0,_probes_http_probe_js__WEBPACK_IMPORTED_MODULE_21__/* .runHttpProbe */ .E)({
                    url: probeUrl,
                    requests: inputs["probe-requests"],
                    timeoutMs: inputs["probe-timeout"],
                    ...probeExpect,
                    signal: cancel.signal,
                });
                out.push((0,_core_gates_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeTraffic */ .TV)("http probe", stats, thresholdsFor(inputs, plan, "http"), now));
            }
            catch (e) {
                out.push({ gate: "http probe", outcome: "error", detail: e.message, requests: 0, atMs: now });
            }
        }
        if (cancel.signal.aborted)
            return out;
        if (inputs["loadtest-rate"] && loadTarget) {
            out.push(await (0,_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_17__/* .runLoadGate */ .f)({
                target: loadTarget,
                rate: inputs["loadtest-rate"],
                durationMs: inputs["loadtest-duration"],
                timeoutMs: inputs["probe-timeout"],
                signal: cancel.signal,
            }, thresholdsFor(inputs, plan, "loadtest"), now));
        }
        if (inputs["check-command"])
            out.push(await (0,_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_17__/* .runCommandGate */ .S)(inputs["check-command"], cwd, runtime.env, Math.max(plan.checkIntervalMs * 10, 60_000), now));
        if (promComparison && inputs["prometheus-url"] && inputs["prometheus-query"]) {
            out.push(await (0,_probes_prometheus_probe_js__WEBPACK_IMPORTED_MODULE_22__/* .runPrometheusProbe */ .k)({ url: inputs["prometheus-url"], query: inputs["prometheus-query"], comparison: promComparison, timeoutMs: inputs["probe-timeout"] }, now));
        }
        if (hasStats) {
            try {
                const c = await (0,_providers_haproxy_js__WEBPACK_IMPORTED_MODULE_12__/* .haproxyServersStats */ .ZQ)(inputs["haproxy-socket"], inputs.backend, [inputs.canary, inputs.stable]);
                const b = base ?? c;
                base = c;
                const delta = (name) => ({
                    requests: (c[name]?.requests ?? 0) - (b[name]?.requests ?? 0),
                    errors: (c[name]?.errors ?? 0) - (b[name]?.errors ?? 0),
                });
                // No canary traffic at 0 % is expected (blue-green preview): judge only when it has weight.
                if (weight > 0)
                    out.push((0,_core_gates_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeCanaryVsStable */ .WC)(`haproxy ${inputs.canary}`, delta(inputs.canary), delta(inputs.stable), thresholdsFor(inputs, plan, "haproxy-stats"), now));
            }
            catch (e) {
                out.push({ gate: `haproxy ${inputs.canary}`, outcome: "error", detail: e.message, requests: 0, atMs: now });
            }
        }
        return out;
    };
    try {
        const before = unfinishedRollback ? undefined : await provider.read().catch(() => undefined);
        if (!resumed && before !== undefined && before !== 0 && plan.stages[0]?.weight !== undefined && before > plan.stages[0].weight) {
            runtime.log.warning(`The router already sends ${before}% to ${inputs.canary}; the rollout starts from stage 1 anyway.`);
        }
        for (const [i, stage] of plan.stages.entries()) {
            if (unfinishedRollback)
                break;
            if (i < startStage)
                continue;
            if (cancel.signal.aborted)
                break;
            if (i > startStage && pauseAfter.has(i - 1)) {
                conclusion = "waiting";
                reason = `held after stage ${i} (${weight}% on ${inputs.canary}) for approval; a run with mode: approve continues it`;
                await saveState({ phase: "waiting", heldAfterStage: i - 1 }, { stage: i - 1, weight, event: "waiting", note: "held for approval" });
                break;
            }
            // Long bakes end the job at a stage boundary: GitHub kills jobs after 6 hours.
            if (i > startStage && Date.now() - startedAtMs + stage.bakeMs > inputs["job-budget"]) {
                conclusion = "waiting";
                reason = `stage ${i + 1} bakes ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(stage.bakeMs)}, more than the ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(inputs["job-budget"])} job budget leaves; run again with mode: resume to continue`;
                await saveState({ phase: "waiting" }, { stage: i - 1, weight, event: "waiting" });
                break;
            }
            // Before each move, the lock must still hold this run's last write; a takeover during the bake
            // is caught here, before the router changes, rather than by the write after the move.
            if (i > startStage && lock) {
                await stateWrites;
                const taken = await lock.check().catch(() => undefined);
                if (taken)
                    onLockLost(taken);
                if (cancel.signal.aborted)
                    break;
            }
            const rec = { index: i, weight: stage.weight, startedAtMs: Date.now(), endedAtMs: undefined, samples: [], decision: "" };
            stages.push(rec);
            runtime.log.info(`Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% to ${inputs.canary}, bake ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(stage.bakeMs)}.`);
            if (i === startStage)
                await record("in_progress", `Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% on ${version || inputs.canary}`);
            try {
                // The router is the source of truth: before a move, it must still hold what this rollout set.
                if (i > startStage) {
                    const now = await serial(() => provider.read());
                    if (now !== undefined && now !== weight)
                        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `the router has ${now}% on ${inputs.canary}, not the ${weight}% this rollout set: something else changed the weights`);
                }
                if (cancel.signal.aborted)
                    break;
                await serial(() => provider.apply(stage.weight, i + 1));
            }
            catch (e) {
                firstFailAtMs = Date.now();
                rec.decision = `provider failed: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message}`;
                await rollback(`the provider failed at stage ${i + 1}: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message}`);
                rec.endedAtMs = Date.now();
                break;
            }
            if (cancel.signal.aborted)
                break;
            weight = stage.weight;
            // For the post step: if this process dies (kill -9, runner timeout) it rolls back and releases.
            runtime.saveState("rollout", JSON.stringify({ rolloutId: state.rolloutId, deploymentId, environment: inputs.environment }));
            // A stage this rollout already baked (in an earlier job or attempt) bakes only what is left,
            // and never longer than this run's plan asks.
            const continued = resumed && i === startStage && state.stage === i && state.bakeEndsAtMs !== undefined;
            const bakeEnds = continued ? Math.min(state.bakeEndsAtMs, rec.startedAtMs + stage.bakeMs) : rec.startedAtMs + stage.bakeMs;
            if (continued)
                runtime.log.info(`  continuing the bake of stage ${i + 1}: ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(Math.max(0, bakeEnds - Date.now()))} left.`);
            await saveState({ stage: i, weight, bakeEndsAtMs: bakeEnds }, { stage: i, weight, event: "apply" });
            base = undefined;
            await sampleOnce(true); // baseline the servers' counters; the first judged sample follows one interval later
            let rounds = 0;
            const intervalMs = stage.checkIntervalMs ?? plan.checkIntervalMs;
            const graceEnds = bakeEnds + Math.max(stage.bakeMs, intervalMs * 3);
            let decided = false;
            while (!decided) {
                if (stage.bakeMs === 0 && stage.weight === 100) {
                    rec.decision = "final stage";
                    break;
                }
                // A bake longer than the job budget leaves: end the job mid-bake; a resume continues it.
                if (Date.now() < bakeEnds && Date.now() - startedAtMs + intervalMs > inputs["job-budget"]) {
                    conclusion = "waiting";
                    reason = `stage ${i + 1} (${stage.weight}%) bakes until ${new Date(bakeEnds).toISOString()}, past the ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(inputs["job-budget"])} job budget; run again with mode: resume to continue its bake`;
                    rec.decision = "waiting: the job budget ends mid-bake";
                    await saveState({ phase: "waiting" }, { stage: i, weight, event: "waiting" });
                    break;
                }
                await sleep(Math.min(intervalMs, Math.max(0, graceEnds - Date.now())), cancel.signal);
                if (cancel.signal.aborted)
                    break;
                // The time to rollback counts from the moment a check has failed (its result is known); a
                // slow probe's own duration is in the timeline, not in this figure.
                const samples = await sampleOnce();
                if (cancel.signal.aborted)
                    break;
                rec.samples.push(...samples);
                for (const s of samples)
                    runtime.log.info(`  ${s.gate}: ${s.outcome} (${s.detail})`);
                if (samples.some((s) => s.outcome === "fail") && firstFailAtMs === undefined)
                    firstFailAtMs = Date.now();
                const now = Date.now();
                rounds++;
                // Gathering evidence after the bake gets at least three checks, however slow the gates are.
                const d = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_7__/* .decideStage */ .Nw)(rec.samples, thresholds, now >= bakeEnds, now >= graceEnds && rounds >= 3);
                if (d.action === "rollback") {
                    rec.decision = `rollback: ${d.reason}`;
                    firstFailAtMs ??= now;
                    await rollback(`stage ${i + 1} (${stage.weight}%): ${d.reason}`);
                    decided = true;
                }
                else if (d.action === "promote") {
                    rec.decision = `promote: ${d.reason}`;
                    journal({ stage: i, weight, event: "promote" });
                    decided = true;
                }
            }
            rec.endedAtMs = Date.now();
            if (cancel.signal.aborted && !rec.decision)
                rec.decision = lockLostTo ? `stopped: the lock was taken over by ${lockLostTo}` : "cancelled: rolled back";
            if (conclusion !== "promoted" || cancel.signal.aborted)
                break;
        }
        // A signal's rollback runs from the handler; wait for it (and any other) to finish.
        if (rollingBack)
            await rollingBack;
    }
    finally {
        for (const s of signals)
            process.off(s, onSignal);
    }
    if (conclusion === "promoted")
        reason = `all ${plan.stages.length} stage(s) passed; ${inputs.canary} has 100% of the traffic`;
    if (conclusion !== "waiting") {
        await record(conclusion === "promoted" ? "success" : "failure", reason);
        await saveState({ phase: "done", weight }, { stage: state.stage, weight, event: conclusion === "promoted" ? "done" : "rollback", note: reason.slice(0, 200) });
        if (conclusion === "promoted" && deploymentId !== undefined && isProduction(inputs))
            await markEarlierInactive(ctx, inputs.environment, deploymentId);
    }
    await stateWrites;
    runtime.saveState("rollout", "");
    const ended = conclusion;
    await notify({ promoted: "promote", "rolled-back": "rollback", failed: "failed", waiting: "waiting" }[ended], reason);
    const report = { conclusion, reason, version, stages, timeToRollbackMs: undefined, startedAtMs };
    const ttr = runtime.outputs.get("time-to-rollback-ms");
    if (ttr)
        report.timeToRollbackMs = Number(ttr);
    runtime.appendSummary((0,_core_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderRollout */ .i)(report));
    runtime.setOutput("conclusion", conclusion);
    runtime.setOutput("stage", (stages.at(-1)?.index ?? (unfinishedRollback ? unfinishedRollback.stage : startStage - 1)) + 1);
    runtime.setOutput("weight", conclusion === "promoted" ? 100 : weight);
    runtime.setOutput("reason", reason);
    if (!runtime.outputs.has("time-to-rollback-ms"))
        runtime.setOutput("time-to-rollback-ms", "");
    if (conclusion === "promoted" || conclusion === "waiting")
        return { conclusion: "success" };
    return { conclusion: "failure", message: `Rollout ${conclusion}: ${reason}.` };
}
/**
 * The `post:` step (runs always): when the main step died mid-rollout (it saves "rollout" state after
 * its first move and clears it when it ends), put the traffic back on stable, mark the deployment
 * failed and release the lock, so the environment is not left half-rolled or locked.
 */
async function post(ctx) {
    const { runtime, context } = ctx;
    const raw = runtime.getState("rollout");
    if (!raw)
        return;
    const saved = JSON.parse(raw);
    runtime.log.warning(`The deploy step ended without finishing rollout ${saved.rolloutId}: rolling back to stable.`);
    const inputs = (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .Ko)(_inputs_js__WEBPACK_IMPORTED_MODULE_18__/* .deploySpec */ .h.inputs, (name) => runtime.input(name));
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.cwd, inputs["working-directory"]);
    try {
        await buildProvider(inputs, ctx, cwd).rollback();
    }
    catch (e) {
        runtime.log.error(`The rollback in the post step failed: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message}. Move the traffic back to ${inputs.stable} by hand.`);
    }
    if (!ctx.hasToken())
        return;
    if (saved.deploymentId !== undefined) {
        const id = saved.deploymentId;
        await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalWrite */ .w3)(runtime.log, context, "the deployment status", () => ctx.github().deployments.createStatus(id, {
            state: "failure",
            description: "The deploy step died mid-rollout; the post step rolled back.",
            ...(context.runUrl ? { log_url: context.runUrl } : {}),
        }));
    }
    if (context.sha) {
        const lock = new _lock_js__WEBPACK_IMPORTED_MODULE_14__/* .RolloutLock */ .F(ctx.github(), saved.environment);
        const holder = await lock.read().catch(() => undefined);
        if (holder?.state?.rolloutId === saved.rolloutId)
            await lock.release();
    }
}
const deployCommand = (0,_kernel_command_js__WEBPACK_IMPORTED_MODULE_23__/* .defineCommand */ .NB)(_inputs_js__WEBPACK_IMPORTED_MODULE_18__/* .deploySpec */ .h, run, post);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Nw: () => (/* binding */ decideStage),
/* harmony export */   TV: () => (/* binding */ judgeTraffic),
/* harmony export */   WC: () => (/* binding */ judgeCanaryVsStable),
/* harmony export */   r2: () => (/* binding */ requestsForEvidence)
/* harmony export */ });
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
 * The haproxy-stats gate: the canary's own error rate over the interval, set against the stable
 * server's over the same interval (both from HAProxy's per-server counters, so a 10 % canary's 5 %
 * errors are seen as 5 %, not diluted to 0.5 %). The canary fails when it breaches the bound and
 * stable does not. When stable breaches it too, the canary fails only when it is clearly worse
 * (one-sided two-proportion test, 95 %); otherwise the fault is probably not the new version's and
 * the sample is an `error` (never a pass; enough of them in a row still roll back). With no stable
 * traffic (blue-green after the switch) the bound alone judges.
 */
function judgeCanaryVsStable(gate, canary, stable, t, atMs) {
    if (canary.requests === 0)
        return { gate, outcome: "no-data", detail: "the canary answered no request in this interval", requests: 0, atMs };
    const pct = (c) => (c.requests === 0 ? "n/a" : `${((c.errors / c.requests) * 100).toFixed(2)} %`);
    const rate = canary.errors / canary.requests;
    const sRate = stable.requests === 0 ? undefined : stable.errors / stable.requests;
    const detail = `canary error rate ${pct(canary)} of ${canary.requests} request(s), stable ${pct(stable)} of ${stable.requests}`;
    const breaches = [];
    if (rate > t.errorRateMax)
        breaches.push(`canary error rate above ${(t.errorRateMax * 100).toFixed(2)} %`);
    if ((1 - rate) * 100 < t.availabilityMin)
        breaches.push(`canary availability below ${t.availabilityMin} %`);
    if (breaches.length === 0)
        return { gate, outcome: "pass", detail, requests: canary.requests, atMs };
    // Stable within the bound (or without traffic): the canary's breach is its own.
    if (sRate === undefined || (sRate <= t.errorRateMax && (1 - sRate) * 100 >= t.availabilityMin))
        return { gate, outcome: "fail", detail: `${detail}: ${breaches.join(", ")}`, requests: canary.requests, atMs };
    const pooled = (canary.errors + stable.errors) / (canary.requests + stable.requests);
    const margin = 1.645 * Math.sqrt(pooled * (1 - pooled) * (1 / canary.requests + 1 / stable.requests));
    if (rate - sRate > margin)
        return { gate, outcome: "fail", detail: `${detail}: ${breaches.join(", ")} and worse than stable`, requests: canary.requests, atMs };
    return {
        gate,
        outcome: "error",
        detail: `${detail}: ${breaches.join(", ")}, but stable fails as much, so the fault is probably not in the new version`,
        requests: 0,
        atMs,
    };
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
    // Counted per gate: one gate's run of errors is not broken by another gate's pass in the same check.
    for (const gate of new Set(samples.map((s) => s.gate))) {
        const own = samples.filter((s) => s.gate === gate);
        let consecutive = 0;
        for (let i = own.length - 1; i >= 0 && (own[i]?.outcome === "error" || own[i]?.outcome === "no-data"); i--)
            consecutive++;
        if (consecutive >= t.consecutiveErrorLimit) {
            const last = own.at(-1);
            return { action: "rollback", reason: `${consecutive} checks in a row gave no usable verdict (${last.gate}: ${last.detail})` };
        }
    }
    if (!bakeDone)
        return { action: "wait", reason: "baking" };
    // Evidence is the best single gate's: the probe's requests also show in HAProxy's canary counters,
    // so adding the gates up would count the same requests twice.
    const perGate = new Map();
    for (const s of samples)
        if (s.outcome === "pass" || s.outcome === "not-enough-samples")
            perGate.set(s.gate, (perGate.get(s.gate) ?? 0) + s.requests);
    const evidence = Math.max(0, ...perGate.values());
    const lastOk = samples.at(-1)?.outcome === "pass" || samples.at(-1)?.outcome === "not-enough-samples";
    if (evidence >= t.minRequests && lastOk)
        return { action: "promote", reason: `healthy over ${evidence} request(s)` };
    if (!graceDone)
        return { action: "wait", reason: `gathering evidence: ${evidence} of ${t.minRequests} request(s)` };
    return { action: "rollback", reason: `not enough evidence to promote: ${evidence} of ${t.minRequests} request(s) observed` };
}


/***/ }),

/***/ 95:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parsePlanFile)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6304);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9412);
/**
 * Rollout plans from a YAML (or JSON) file, `shipline deploy --config deploy.yml`:
 *
 *   strategy: canary            # or blue-green
 *   check-interval: 30s
 *   stages:                     # or the shorthand string "10%:5m, 50%:10m, 100%"
 *     - { weight: 10%, bake: 5m, check-interval: 10s }   # a per-stage interval
 *     - { weight: 50, bake: 10m }
 *     - weight: 100%
 *   preview-time: 1m            # blue-green only
 *   bake-time: 10m              # blue-green only
 *   thresholds:                 # for every gate, over the inputs
 *     error-rate-max: 0.5%
 *     p95-max: 300ms
 *     availability-min: 99.5%
 *     min-requests: 300
 *     failure-limit: 2
 *     consecutive-error-limit: 3
 *   gates:                      # for one gate, over `thresholds`
 *     http: { p95-max: 800ms, status: 200, body-match: '"ok":true' }
 *     haproxy-stats: { error-rate-max: 1% }
 *     loadtest: { p95-max: 1s }
 *     prometheus: { threshold: "< 0.02" }
 *
 * Validated with a zod schema; every problem is reported with its key path and, when the caller
 * can map key paths to lines (YAML), the line. Pure: the file is read by the command.
 */



const duration = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).transform((v, ctx) => {
    try {
        return typeof v === "number" ? v * 1000 : (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)("plan", v);
    }
    catch {
        ctx.addIssue({ code: "custom", message: `must be a duration like 90s, 5m or 1h; got "${v}"` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
});
const percent = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).transform((v, ctx) => {
    try {
        const n = typeof v === "number" ? v : (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo)("plan", v);
        if (n < 0 || n > 100)
            throw new Error("range");
        return n;
    }
    catch {
        ctx.addIssue({ code: "custom", message: `must be a percentage from 0 to 100 like 10% or 10; got "${v}"` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
});
const ratio = percent.transform((n) => n / 100);
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0);
const limit = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1);
const thresholdShape = {
    "error-rate-max": ratio.optional(),
    "p95-max": duration.optional(),
    "availability-min": percent.optional(),
};
const thresholdsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...thresholdShape,
    "min-requests": count.optional(),
    "failure-limit": limit.optional(),
    "consecutive-error-limit": limit.optional(),
});
const gatesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    http: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ ...thresholdShape, status: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(599).optional(), "body-match": zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional() }).optional(),
    "haproxy-stats": zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ "error-rate-max": ratio.optional(), "availability-min": percent.optional() }).optional(),
    loadtest: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(thresholdShape).optional(),
    prometheus: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }).optional(),
});
/** Kebab-case file keys to the core's names, leaving out what the file did not set. */
function toOverrides(t) {
    const out = {};
    const map = [
        ["error-rate-max", "errorRateMax"],
        ["p95-max", "p95MaxMs"],
        ["availability-min", "availabilityMin"],
        ["min-requests", "minRequests"],
        ["failure-limit", "failureLimit"],
        ["consecutive-error-limit", "consecutiveErrorLimit"],
        ["status", "expectStatus"],
        ["body-match", "bodyMatch"],
        ["threshold", "threshold"],
    ];
    for (const [from, to] of map)
        if (t[from] !== undefined)
            out[to] = t[from];
    return out;
}
const stageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ weight: percent, bake: duration.optional(), "check-interval": duration.optional() });
const planSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    strategy: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["canary", "blue-green"]).default("canary"),
    "check-interval": duration.optional(),
    stages: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).min(1)]).optional(),
    "preview-time": duration.optional(),
    "bake-time": duration.optional(),
    thresholds: thresholdsSchema.optional(),
    gates: gatesSchema.optional(),
});
/** The keys allowed under a nested key path (`thresholds`, `gates`, `gates.http`), for messages. */
function knownKeysAt(path) {
    if (path[0] === "thresholds" && path.length === 1)
        return Object.keys(thresholdsSchema.shape);
    if (path[0] === "gates" && path.length === 1)
        return Object.keys(gatesSchema.shape);
    if (path[0] === "gates" && path.length === 2) {
        const gate = gatesSchema.shape[path[1]];
        return gate ? Object.keys(gate.unwrap().shape) : undefined;
    }
    return undefined;
}
/**
 * Parses the data of a plan file into a `Plan`. `lineOf` maps a key path to its line (undefined
 * for JSON or unknown keys). Collects all problems; none are thrown. Stages must rise and end at
 * 100 % (the same rules as the shorthand); a check interval below 200 ms is refused because the
 * probes themselves take that long.
 */
function parsePlanFile(data, defaults, lineOf = () => undefined) {
    const problem = (path, message) => ({
        key: path.length > 0 ? path.join(".") : "(top level)",
        line: lineOf(path),
        message,
    });
    const toProblems = (issues, prefix, known) => issues.flatMap((i) => {
        const path = [...prefix, ...i.path.filter((p) => typeof p !== "symbol")];
        // One problem per unknown key, at the key's own line, listing the keys known at that level.
        const here = knownKeysAt(path) ?? known;
        if (i.code === "unrecognized_keys")
            return i.keys.map((k) => problem([...path, k], `unknown key "${k}"; known: ${here.join(", ")}`));
        return [problem(path, i.message)];
    });
    const parsed = planSchema.safeParse(data ?? {});
    if (!parsed.success)
        return { problems: toProblems(parsed.error.issues, [], Object.keys(planSchema.shape)) };
    const f = parsed.data;
    const extra = {};
    if (f.thresholds)
        extra.thresholds = toOverrides(f.thresholds);
    if (f.gates) {
        const gates = {};
        for (const [name, g] of Object.entries(f.gates))
            if (g)
                gates[name] = toOverrides(g);
        extra.gates = gates;
    }
    const checkIntervalMs = f["check-interval"] ?? defaults.checkIntervalMs;
    if (checkIntervalMs < 200)
        return { problems: [problem(["check-interval"], `must be at least 200ms; got ${checkIntervalMs}ms`)] };
    if (f.strategy === "blue-green") {
        if (f.stages !== undefined)
            return { problems: [problem(["stages"], "is for canary; blue-green uses preview-time and bake-time")] };
        return {
            plan: {
                strategy: "blue-green",
                stages: (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .blueGreenStages */ .lv)(f["preview-time"] ?? defaults.previewMs, f["bake-time"] ?? defaults.bakeMs),
                checkIntervalMs,
                ...extra,
            },
        };
    }
    if (f.stages === undefined)
        return { problems: [problem(["stages"], 'is required for canary: a list of { weight, bake } or "10%:5m, 50%:10m, 100%"')] };
    if (typeof f.stages === "string") {
        const s = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStages */ .lj)(f.stages);
        if ("problems" in s)
            return { problems: s.problems.map((p) => problem(["stages"], p)) };
        return { plan: { strategy: "canary", stages: s.stages, checkIntervalMs, ...extra } };
    }
    // Stages are checked on their own so a problem names its stage (a union would only say "Invalid input").
    const list = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(stageSchema).safeParse(f.stages);
    if (!list.success)
        return { problems: toProblems(list.error.issues, ["stages"], Object.keys(stageSchema.shape)) };
    const stages = list.data.map((s) => {
        const interval = s["check-interval"];
        return interval === undefined ? { weight: s.weight, bakeMs: s.bake ?? 0 } : { weight: s.weight, bakeMs: s.bake ?? 0, checkIntervalMs: interval };
    });
    const problems = [];
    stages.forEach((s, i) => {
        if (s.checkIntervalMs !== undefined && s.checkIntervalMs < 200)
            problems.push(problem(["stages", i, "check-interval"], `must be at least 200ms; got ${s.checkIntervalMs}ms`));
        const prev = stages[i - 1];
        if (prev && s.weight <= prev.weight)
            problems.push(problem(["stages", i, "weight"], `${s.weight}% does not raise the weight above ${prev.weight}%`));
    });
    if (stages.at(-1)?.weight !== 100)
        problems.push(problem(["stages", stages.length - 1, "weight"], `the last stage must be 100% so the rollout completes; got ${stages.at(-1)?.weight}%`));
    return problems.length > 0 ? { problems } : { plan: { strategy: "canary", stages, checkIntervalMs, ...extra } };
}


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   KR: () => (/* binding */ planJobs),
/* harmony export */   Ny: () => (/* binding */ parseWeeklyRanges),
/* harmony export */   lj: () => (/* binding */ parseStages),
/* harmony export */   lv: () => (/* binding */ blueGreenStages),
/* harmony export */   qN: () => (/* binding */ planDurationMs),
/* harmony export */   uk: () => (/* binding */ evaluateDeployTime),
/* harmony export */   xg: () => (/* binding */ formatLocal)
/* harmony export */ });
/* unused harmony exports JOB_LIMIT_MS, parseFreezes, weekTime, activeFreeze */
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6304);
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
                bakeMs = (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)("stages", m[2]);
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
/**
 * How a plan splits into jobs under a job budget, as the rollout does it: a stage that would not fit
 * in what is left of the job starts the next job (a `mode: resume` run) when it fits in a whole one;
 * a stage longer than a whole job bakes across jobs (each job watches part of it). Returns the
 * 0-based stage indexes each job works on.
 */
function planJobs(plan, budgetMs) {
    const jobs = [[]];
    let used = 0;
    for (const [i, s] of plan.stages.entries()) {
        if (jobs.at(-1).length > 0 && used + s.bakeMs > budgetMs && s.bakeMs <= budgetMs) {
            jobs.push([]);
            used = 0;
        }
        jobs.at(-1).push(i);
        let remaining = s.bakeMs;
        while (used + remaining > budgetMs) {
            remaining -= budgetMs - used;
            jobs.push([i]);
            used = 0;
        }
        used += remaining;
    }
    return jobs;
}
/**
 * The dry-run plan: every stage, its weights and bake, and the total against the job limit; with a
 * `jobBudgetMs`, how the stages split into jobs when the plan does not fit in one.
 */
function renderPlan(plan, names, jobBudgetMs) {
    const lines = [
        `### Rollout plan (${plan.strategy})`,
        "",
        `| stage | ${names.canary} (new) | ${names.stable} (stable) | bake |`,
        "| ---: | ---: | ---: | ---: |",
    ];
    for (const [i, s] of plan.stages.entries()) {
        const every = s.checkIntervalMs === undefined ? "" : ` (checks every ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(s.checkIntervalMs)})`;
        lines.push(`| ${i + 1} | ${s.weight}% | ${100 - s.weight}% | ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(s.bakeMs)}${every} |`);
    }
    const total = planDurationMs(plan);
    lines.push("", `Checks every ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(plan.checkIntervalMs)}; total bake ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(total)}.`);
    const jobs = jobBudgetMs === undefined ? [] : planJobs(plan, jobBudgetMs);
    if (jobs.length > 1) {
        const which = (j) => (j.length === 1 ? `stage ${j[0] + 1}` : `stages ${j[0] + 1}–${j.at(-1) + 1}`);
        // A stage longer than one job bakes across jobs: say so.
        lines.push("", `> [!NOTE]\n> The plan needs ${jobs.length} jobs under the ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(jobBudgetMs)} job budget: ${jobs
            .map((j, n) => `job ${n + 1} ${which(j)}`)
            .join(", ")}. Each job ends with conclusion waiting, at a stage boundary or, for a stage longer than a job, mid-bake; a run with mode: resume continues it (the time between the jobs counts towards the bake).`);
    }
    else if (total > JOB_LIMIT_MS)
        lines.push("", `> [!WARNING]\n> The plan needs longer than GitHub's 6-hour job limit: end the job at a stage boundary and resume it from a later run.`);
    return `${lines.join("\n")}\n`;
}
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const WEEK_MIN = 7 * 1440;
const dayIndex = (d) => DAYS.indexOf(d.toLowerCase().slice(0, 3));
const clock = (h, m) => (Number(h) <= 24 && Number(m) <= 59 && (Number(h) < 24 || Number(m) === 0) ? Number(h) * 60 + Number(m) : -1);
function parseDays(text) {
    const t = text.toLowerCase();
    if (t === "daily" || t === "every day" || t === "mon-sun")
        return [0, 1, 2, 3, 4, 5, 6];
    if (t === "weekdays")
        return [1, 2, 3, 4, 5];
    if (t === "weekends")
        return [6, 0];
    const days = [];
    for (const part of t.split(",").map((p) => p.trim())) {
        const r = /^([a-z]{3})[a-z]*(?:\s*-\s*([a-z]{3})[a-z]*)?$/.exec(part);
        if (!r)
            return undefined;
        const a = dayIndex(r[1]);
        const b = r[2] ? dayIndex(r[2]) : a;
        if (a < 0 || b < 0)
            return undefined;
        for (let d = a;; d = (d + 1) % 7) {
            days.push(d);
            if (d === b)
                break;
        }
    }
    return days;
}
/** Parses weekly ranges, `;`-separated. `what` names them in problems ("freeze", "window"). */
function parseWeeklyRanges(text, what = "range") {
    const ranges = [];
    const problems = [];
    for (const part of text
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const one = /^([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})\s*-\s*([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})$/i.exec(part);
        if (one) {
            const [fd, td] = [dayIndex(one[1]), dayIndex(one[4])];
            const [fm, tm] = [clock(one[2], one[3]), clock(one[5], one[6])];
            if (fd >= 0 && td >= 0 && fm >= 0 && tm >= 0) {
                const from = fd * 1440 + fm;
                let to = td * 1440 + tm;
                if (to <= from)
                    to += WEEK_MIN;
                ranges.push({ fromMin: from, toMin: to, text: part });
                continue;
            }
        }
        const daily = /^(.+?)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/i.exec(part);
        const days = daily ? parseDays(daily[1].trim()) : undefined;
        if (daily && days) {
            const [fm, tm] = [clock(daily[2], daily[3]), clock(daily[4], daily[5])];
            if (fm >= 0 && tm >= 0 && fm !== tm) {
                for (const d of days)
                    ranges.push({ fromMin: d * 1440 + fm, toMin: d * 1440 + (tm > fm ? tm : tm + 1440), text: part });
                continue;
            }
        }
        problems.push(`"${part}" is not a weekly ${what} like "fri 15:00 - mon 08:00" or "mon-thu 09:00-16:00"`);
    }
    return problems.length > 0 ? { problems } : { ranges };
}
/** Parses freezes, `;`-separated (kept for callers; see {@link parseWeeklyRanges}). */
function parseFreezes(text) {
    const r = parseWeeklyRanges(text, "freeze");
    return "problems" in r ? r : { freezes: r.ranges };
}
/** Day of week and minutes since midnight of `now` in `timeZone` (Intl; no I/O). */
function weekTime(now, timeZone) {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
    const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
    return { day: DAYS.indexOf(get("weekday").toLowerCase().slice(0, 3)), minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}
const weekMinute = (now, tz) => {
    const t = weekTime(now, tz);
    return t.day * 1440 + t.minutes;
};
function inside(at, r) {
    return (at >= r.fromMin && at < r.toMin) || (at + WEEK_MIN >= r.fromMin && at + WEEK_MIN < r.toMin);
}
/**
 * Whether a rollout may start at `now`: not inside any freeze and, when windows are given, inside one
 * of them. When it may not, says why and when it may: the first minute, within two weeks, that is in
 * a window and outside every freeze, as an instant (daylight-saving changes in `timeZone` included).
 */
function evaluateDeployTime(now, timeZone, freezes, windows = []) {
    const ok = (at) => !freezes.some((f) => inside(at, f)) && (windows.length === 0 || windows.some((w) => inside(at, w)));
    const at = weekMinute(now, timeZone);
    if (ok(at))
        return { allowed: true };
    const freeze = freezes.find((f) => inside(at, f));
    const because = freeze
        ? { kind: "freeze", text: freeze.text }
        : { kind: "window", text: [...new Set(windows.map((w) => w.text))].join("; ") };
    const startOfMinute = now.getTime() - (now.getTime() % 60_000);
    for (let d = 1; d <= 2 * WEEK_MIN; d++) {
        const target = (at + d) % WEEK_MIN;
        if (!ok(target))
            continue;
        // Wall-clock minutes are not always real minutes (DST): move the guess until its local time is the target.
        let guess = startOfMinute + d * 60_000;
        for (let i = 0; i < 3; i++) {
            let off = target - weekMinute(new Date(guess), timeZone);
            if (off > WEEK_MIN / 2)
                off -= WEEK_MIN;
            if (off < -WEEK_MIN / 2)
                off += WEEK_MIN;
            if (off === 0)
                break;
            guess += off * 60_000;
        }
        // A local time that does not exist (skipped by DST) lands on the first minute after the gap.
        if (guess <= now.getTime())
            guess = startOfMinute + d * 60_000;
        return { allowed: false, because, opensAt: new Date(guess) };
    }
    return { allowed: false, because, opensAt: undefined };
}
/** The freeze `now` falls in, if any, and how long until it ends (ms). */
function activeFreeze(now, timeZone, freezes) {
    const r = evaluateDeployTime(now, timeZone, freezes);
    if (r.allowed)
        return undefined;
    const freeze = freezes.find((f) => f.text === r.because.text);
    return { freeze, opensInMs: (r.opensAt?.getTime() ?? now.getTime()) - now.getTime() };
}
/** `Mon 2024-06-10 08:00 Europe/Berlin` for an instant (for messages). */
function formatLocal(at, timeZone) {
    const parts = new Intl.DateTimeFormat("en-US", {
        timeZone,
        weekday: "short",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
    }).formatToParts(at);
    const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
    return `${get("weekday")} ${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")} ${timeZone}`;
}


/***/ }),

/***/ 6387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ evaluatePromAnswer),
/* harmony export */   f: () => (/* binding */ parseComparison)
/* harmony export */ });
/** Parses `< 0.01`, `>=99.9`. Returns undefined when it is not one. */
function parseComparison(text) {
    const m = /^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*$/i.exec(text);
    return m ? { op: m[1], value: Number(m[2]) } : undefined;
}
function holds(v, c) {
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
function evaluatePromAnswer(gate, query, answer, c, atMs) {
    const a = answer;
    const base = { gate, requests: 0, atMs };
    if (a?.status !== "success")
        return { ...base, outcome: "error", detail: `${query}: Prometheus answered ${a?.status ?? "nothing"}${a?.error ? `: ${a.error}` : ""}` };
    const rt = a.data?.resultType;
    let values;
    if (rt === "scalar")
        values = [{ labels: "", v: Number(a.data?.result?.[1]) }];
    else if (rt === "vector" && Array.isArray(a.data?.result)) {
        values = a.data.result.map((s) => ({
            labels: Object.entries(s.metric ?? {})
                .map(([k, v]) => `${k}="${v}"`)
                .join(","),
            v: Number(s.value?.[1]),
        }));
    }
    else
        return { ...base, outcome: "error", detail: `${query}: result type ${rt ?? "missing"} is not a vector or scalar` };
    if (values.length === 0)
        return { ...base, outcome: "no-data", detail: `${query} returned no series` };
    const shown = values.map((x) => `${x.labels ? `{${x.labels}} ` : ""}${x.v}`).join("; ");
    if (values.some((x) => Number.isNaN(x.v)))
        return { ...base, outcome: "error", detail: `${query} = ${shown}: not a number` };
    const bad = values.filter((x) => !holds(x.v, c));
    const detail = `${query} = ${shown} (want ${c.op} ${c.value})`;
    return { ...base, outcome: bad.length > 0 ? "fail" : "pass", detail, requests: values.length };
}


/***/ }),

/***/ 755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderRollout)
/* harmony export */ });
/* harmony import */ var _kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9660);
/** The rollout timeline for the job summary. Pure. */

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ICON = { pass: "✅", fail: "❌", "no-data": "⚪", error: "⚠️", "not-enough-samples": "➖" };
function renderRollout(r) {
    const head = { promoted: "✅ Promoted", "rolled-back": "↩️ Rolled back", failed: "❌ Failed", waiting: "⏸ Waiting" }[r.conclusion];
    const lines = [`## ${head}: ${(0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.version || "rollout")}`, "", (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.reason)];
    if (r.timeToRollbackMs !== undefined)
        lines.push("", `Traffic was back on stable ${secs(r.timeToRollbackMs)} after the first failed check.`);
    lines.push("", "### Timeline", "");
    const rows = r.stages.map((s) => [
        String(s.index + 1),
        `${s.weight}%`,
        secs((s.endedAtMs ?? s.startedAtMs) - s.startedAtMs),
        s.samples.map((x) => ICON[x.outcome] ?? x.outcome).join(""),
        (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.decision),
    ]);
    lines.push((0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["stage", "weight", "time", "checks", "decision"], rows, ["right", "right", "right", "left", "left"]));
    const detailed = r.stages.flatMap((s) => s.samples.map((x) => [
        String(s.index + 1),
        secs(x.atMs - r.startedAtMs),
        (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(x.gate),
        `${ICON[x.outcome] ?? ""} ${x.outcome}`,
        (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(x.detail),
    ]));
    if (detailed.length > 0)
        lines.push("", "<details><summary>Every check</summary>", "", (0,_kernel_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["stage", "at", "gate", "outcome", "value"], detailed.slice(-300)), "", "</details>");
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 2598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Cn: () => (/* binding */ renderState),
/* harmony export */   Y2: () => (/* binding */ computeRolloutId),
/* harmony export */   qy: () => (/* binding */ lockRefName),
/* harmony export */   t6: () => (/* binding */ evaluateLock)
/* harmony export */ });
/* unused harmony export JOURNAL_MAX */
/**
 * Rollout state that survives cancels and re-runs: who holds the environment's lock, the stage the
 * rollout reached and a journal of its moves. It is stored as the message of a git commit that the
 * per-environment lock ref points at, one commit per state change (each a compare-and-swap
 * fast-forward; earlier versions used a tag object's message). Pure: reading and writing it is in
 * ../lock.ts.
 */
/** Journal entries kept in the commit message; older ones are dropped (the summary has the full story). */
const JOURNAL_MAX = 50;
/** The rollout id for a run: stable across `GITHUB_RUN_ATTEMPT`s of the same run. */
function computeRolloutId(environment, runId, version) {
    return `${environment}/${runId ?? `local-${version || "unversioned"}`}`;
}
/** The lock ref for an environment (under `refs/shipline/`, so no branch or tag workflow fires). */
function lockRefName(environment) {
    return `shipline/deploy-lock/${environment.replace(/[^A-Za-z0-9._-]/g, "-")}`;
}
const MARK = "shipline-rollout-state v1";
/** Renders the state as a commit (or, before, tag) message: a marker line, then JSON. */
function renderState(s) {
    return `${MARK}\n${JSON.stringify({ ...s, journal: s.journal.slice(-JOURNAL_MAX) })}\n`;
}
/** Parses a commit or tag message written by {@link renderState}; undefined for anything else. */
function parseState(message) {
    if (!message.startsWith(MARK))
        return undefined;
    try {
        const s = JSON.parse(message.slice(MARK.length));
        return typeof s.rolloutId === "string" && typeof s.stage === "number" && Array.isArray(s.journal) ? s : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Decides what to do with the lock. `holderFinished` says whether the holder's workflow run has
 * completed (or no longer exists); a `waiting` rollout keeps the lock even when its run finished,
 * since it continues in a later run with `resume`. `runId` is this run's id: a lock written by this
 * very run (a re-run of a run that resumed a waiting rollout) is ours too.
 */
function evaluateLock(holder, rolloutId, holderFinished, isResume, runId) {
    if (!holder || holder.phase === "done")
        return { kind: "free" };
    if (holder.rolloutId === rolloutId || (runId !== undefined && runId !== "" && holder.runId === runId))
        return { kind: "mine", state: holder };
    if (holder.phase === "waiting" && isResume)
        return { kind: "mine", state: holder };
    if (holderFinished && holder.phase !== "waiting")
        return { kind: "stale", state: holder };
    return { kind: "busy", state: holder };
}


/***/ }),

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RolloutLock)
/* harmony export */ });
/* harmony import */ var _kernel_github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8003);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2598);
/**
 * The per-environment rollout lock and state on GitHub: a ref `refs/shipline/deploy-lock/<env>`
 * pointing at a chain of commits, one per state change, whose messages are the rollout state
 * (core/rollout-state.ts) and whose tree holds one README saying what the ref is (a tree with a
 * file rather than git's empty tree, which GitHub's create-a-tree endpoint is not documented to
 * accept). Every write is a compare-and-swap:
 *
 * - taking a free lock creates the ref (GitHub answers 422 "Reference already exists" to the loser);
 * - every later write makes a commit whose parent is the commit this run last read or wrote, and moves
 *   the ref without force. GitHub refuses a move that is not a fast-forward (422), so a run whose lock
 *   was taken over in between gets "lost" back with the new holder, instead of overwriting it.
 *
 * Shipline before this format kept the state in an annotated tag object. Such a lock is still read,
 * and the first write replaces it: a tag object cannot be a commit's parent, so that one write is
 * forced (after checking the ref still points at that tag) and confirmed by reading it back.
 */


/** How long the one forced replacement of an old tag-object lock waits before reading it back. */
const TAG_REPLACE_CONFIRM_MS = 500;
/** The one file of every state commit's tree, for whoever browses the ref. */
const LOCK_README = "This ref is a Shipline deploy rollout lock. Each commit's message is the rollout state; the ref is deleted when the rollout ends.\n";
class RolloutLock {
    gh;
    ref;
    /** What this run last read or wrote at the ref: the parent of its next state commit. */
    seen;
    /** Set once a write found the lock held by someone else: no later write or release touches it. */
    lostTo;
    tree;
    constructor(gh, environment) {
        this.gh = gh;
        this.ref = (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__/* .lockRefName */ .qy)(environment);
    }
    /** The current holder, or undefined when the environment is not locked. The next write expects it. */
    async read() {
        // A fresh look is a fresh decision: a run that lost a takeover race may win the lock later.
        this.lostTo = undefined;
        this.seen = await this.fetchHolder();
        return this.seen;
    }
    /**
     * Checks, without writing, that the ref still holds this run's last write: undefined when it does,
     * else the holder that replaced it (undefined holder inside when the ref was deleted).
     */
    async check() {
        if (this.lostTo)
            return this.lostTo;
        const ref = await this.gh.refs.get(this.ref);
        if (ref && ref.object.sha === this.seen?.sha)
            return undefined;
        return this.lose();
    }
    /** Takes a free lock; false when another run created it first. */
    async acquire(state) {
        const sha = await this.commitFor(state, []);
        if ((await this.gh.refs.create(this.ref, sha)) === "exists")
            return false;
        this.seen = { state, sha, kind: "commit" };
        return true;
    }
    /**
     * Writes the state over what this run last read or wrote (a lock it acquired, resumes, takes over
     * or holds). When the ref moved in between, nothing is written and the new holder comes back.
     */
    async write(state) {
        if (this.lostTo)
            return { ok: false, ...this.lostTo };
        const seen = this.seen;
        if (!seen)
            return (await this.acquire(state)) ? { ok: true } : { ok: false, ...(await this.lose()) };
        if (seen.kind === "tag")
            return this.replaceTag(seen, state);
        const sha = await this.commitFor(state, [seen.sha]);
        const moved = await this.gh.refs.fastForward(this.ref, sha);
        if (moved === "not-fast-forward" || moved === "missing")
            return { ok: false, ...(await this.lose()) };
        this.seen = { state, sha, kind: "commit" };
        return { ok: true };
    }
    /** Deletes the ref, unless another run has taken the lock since this run's last write. */
    async release() {
        if (this.lostTo)
            return;
        try {
            // GitHub's delete has no compare-and-swap; checking first keeps a takeover seen in time intact.
            const ref = await this.gh.refs.get(this.ref);
            if (!ref || (this.seen && ref.object.sha !== this.seen.sha))
                return;
            await this.gh.refs.delete(this.ref);
        }
        catch {
            // Already gone (released by the post step or taken over): nothing to release.
        }
    }
    async fetchHolder() {
        const ref = await this.gh.refs.get(this.ref);
        if (!ref)
            return undefined;
        const { sha, type } = ref.object;
        if (type === "tag")
            return { state: (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)((await this.gh.refs.getTagObject(sha)).message), sha, kind: "tag" };
        if (type === "commit")
            return { state: (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)((await this.gh.refs.getCommit(sha)).message), sha, kind: "commit" };
        return { state: undefined, sha, kind: "commit" };
    }
    async lose() {
        this.lostTo = { holder: await this.fetchHolder().catch(() => undefined) };
        return this.lostTo;
    }
    async commitFor(state, parents) {
        this.tree ??= this.gh.refs.createTree([{ path: "README.md", mode: "100644", type: "blob", content: LOCK_README }]).then((t) => t.sha, (e) => {
            this.tree = undefined;
            throw e;
        });
        return (await this.gh.refs.createCommit((0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__/* .renderState */ .Cn)(state), await this.tree, parents)).sha;
    }
    async replaceTag(seen, state) {
        const sha = await this.commitFor(state, []);
        const now = await this.gh.refs.get(this.ref);
        if (now?.object.sha !== seen.sha)
            return { ok: false, ...(await this.lose()) };
        try {
            await this.gh.refs.update(this.ref, sha, true);
        }
        catch (e) {
            if (e instanceof _kernel_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS && e.status === 422)
                return { ok: false, ...(await this.lose()) };
            throw e;
        }
        // Two runs replacing the same old lock at once both pass the check above; the later force wins,
        // and the earlier one sees that here. Only this one-time migration needs the wait.
        await new Promise((ok) => setTimeout(ok, TAG_REPLACE_CONFIRM_MS));
        const after = await this.gh.refs.get(this.ref);
        if (after?.object.sha !== sha)
            return { ok: false, ...(await this.lose()) };
        this.seen = { state, sha, kind: "commit" };
        return { ok: true };
    }
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ publishNotification)
});

;// CONCATENATED MODULE: ./src/deploy/core/notification.ts
/**
 * Slack-compatible webhook messages for a rollout's start, promotion and rollback. Pure. The body is
 * the legacy incoming-webhook shape (`text` plus one coloured attachment), which Slack, Mattermost,
 * Rocket.Chat and Discord's `/slack` endpoints all accept.
 */
/** Severity per event: a rollback is critical, since users saw the bad version. */
const SEVERITY = {
    start: "info",
    promote: "info",
    waiting: "info",
    failed: "critical",
    rollback: "critical",
};
const COLOR = { info: "#2eb886", warning: "#daa038", critical: "#a30200" };
/** Escapes Slack's three control characters (`&`, `<`, `>`), so no text becomes a link or mention. */
function slackEscape(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** The JSON body for the webhook. */
function renderNotification(f) {
    const severity = SEVERITY[f.event];
    const what = { start: "started", promote: "promoted", rollback: "rolled back", failed: "failed", waiting: "is waiting for the next run" }[f.event];
    const head = `[${severity}] Rollout of ${slackEscape(f.version || "a new version")} to ${slackEscape(f.environment)} ${what}`;
    const link = f.runUrl ? ` (<${f.runUrl}|run>)` : "";
    return { text: `${head}${link}`, attachments: [{ color: COLOR[severity], text: slackEscape(f.reason) }] };
}

;// CONCATENATED MODULE: ./src/deploy/notify.ts

async function publishNotification(url, facts, log) {
    if (!url)
        return;
    try {
        const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(renderNotification(facts)),
            signal: AbortSignal.timeout(5000),
        });
        await res.arrayBuffer();
        if (!res.ok)
            log.warning(`The notification webhook answered HTTP ${res.status} for the ${facts.event} message; the rollout goes on.`);
    }
    catch (e) {
        log.warning(`The notification webhook could not be reached for the ${facts.event} message (${e.message}); the rollout goes on.`);
    }
}


/***/ }),

/***/ 4213:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ runCommandGate),
/* harmony export */   f: () => (/* binding */ runLoadGate)
/* harmony export */ });
/* harmony import */ var _kernel_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3996);
/* harmony import */ var _loadtest_engine_run_load_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(686);
/* harmony import */ var _core_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_loadtest_engine_run_load_check_js__WEBPACK_IMPORTED_MODULE_1__]);
_loadtest_engine_run_load_check_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Two more gates: `loadtest` (a short open-model run of Shipline's own load engine, so a quiet
 * staging still gets traffic during the bake; judged with the rollout's thresholds) and `command`
 * (a script whose exit code is the verdict).
 */



/** Runs the load and judges the measured error rate, availability and p95 against `t`. */
async function runLoadGate(o, t, atMs) {
    const check = await (0,_loadtest_engine_run_load_check_js__WEBPACK_IMPORTED_MODULE_1__/* .runLoadCheck */ .w)({ target: o.target, rate: o.rate, durationMs: o.durationMs, warmupMs: 0, timeoutMs: o.timeoutMs, signal: o.signal });
    if (check.problems.length > 0)
        return { gate: "loadtest", outcome: "error", detail: check.problems.join("; "), requests: 0, atMs };
    const s = check.summary;
    if (!s)
        return { gate: "loadtest", outcome: "no-data", detail: "the load run recorded nothing", requests: 0, atMs };
    return (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeTraffic */ .TV)("loadtest", { requests: s.requests, errors: Math.round(s.errorRate * s.requests), p95Ms: s.p95Ms ?? undefined }, t, atMs);
}
/** Runs the check script; exit 0 passes, anything else fails with the end of its output. */
async function runCommandGate(script, cwd, env, timeoutMs, atMs) {
    try {
        const r = await (0,_kernel_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runScript */ .j3)(script, { cwd, env, timeoutMs });
        const tail = `${r.stderr}\n${r.stdout}`.trim().split("\n").filter(Boolean).slice(-2).join(" ");
        if (r.exitCode === 0)
            return { gate: "command", outcome: "pass", detail: `exit 0${tail ? `: ${tail}` : ""}`, requests: 0, atMs };
        return { gate: "command", outcome: "fail", detail: `exit ${r.exitCode}${tail ? `: ${tail}` : ""}`, requests: 0, atMs };
    }
    catch (e) {
        return { gate: "command", outcome: "error", detail: e.message, requests: 0, atMs };
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runHttpProbe)
/* harmony export */ });
/**
 * Sends the requests (a few at a time) and returns the statistics; network errors, a status other
 * than `expectStatus` (default: any 5xx) and a body without `bodyContains` count as errors.
 */
async function runHttpProbe(o) {
    const latencies = [];
    let errors = 0;
    const one = async () => {
        const t = performance.now();
        try {
            const timeout = AbortSignal.timeout(o.timeoutMs);
            const res = await fetch(o.url, { signal: o.signal ? AbortSignal.any([timeout, o.signal]) : timeout, redirect: "manual" });
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
    for (let i = 0; i < o.requests && !o.signal?.aborted; i += parallel)
        await Promise.all(Array.from({ length: Math.min(parallel, o.requests - i) }, one));
    latencies.sort((a, b) => a - b);
    const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] : undefined;
    return { requests: latencies.length, errors, p95Ms: p95 };
}


/***/ }),

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPrometheusProbe)
/* harmony export */ });
/* harmony import */ var _core_prometheus_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6387);
/** The prometheus probe: one instant query over Prometheus' HTTP API per check. */

/** Runs the query and judges it; transport failures become an `error` sample naming the endpoint. */
async function runPrometheusProbe(o, atMs) {
    const endpoint = `${o.url.replace(/\/+$/, "")}/api/v1/query`;
    try {
        const res = await fetch(endpoint, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ query: o.query }).toString(),
            signal: AbortSignal.timeout(o.timeoutMs),
        });
        const text = await res.text();
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            return { gate: "prometheus", outcome: "error", detail: `${endpoint} answered HTTP ${res.status} without JSON: ${text.slice(0, 120)}`, requests: 0, atMs };
        }
        return (0,_core_prometheus_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluatePromAnswer */ .Q)("prometheus", o.query, json, o.comparison, atMs);
    }
    catch (e) {
        return { gate: "prometheus", outcome: "error", detail: `${endpoint}: ${e.message}`, requests: 0, atMs };
    }
}


/***/ }),

/***/ 6239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ CommandProvider)
/* harmony export */ });
/* harmony import */ var _kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5013);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/* harmony import */ var _kernel_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3996);
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
        const r = await (0,_kernel_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .runScript */ .j3)(this.script, {
            cwd: this.o.cwd,
            env: { ...this.o.env, [_kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvVar */ .B.Stage]: String(stage), [_kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvVar */ .B.Weight]: String(weight), [_kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvVar */ .B.Version]: this.o.version, [_kernel_env_vars_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvVar */ .B.Action]: action },
            timeoutMs: 120_000,
        });
        for (const l of r.stdout.trim().split("\n").filter(Boolean))
            this.o.log(l);
        if (r.exitCode !== 0) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `The provider command failed (exit ${r.exitCode}) setting ${weight}%: ${r.stderr.trim().split("\n").slice(-2).join(" ")}`, {
                hint: "Fix the provider-command script; it receives SHIPLINE_WEIGHT and SHIPLINE_ACTION.",
            });
        }
        const reported = /^(\d{1,3})\s*%?$/.exec(r.stdout.trim().split("\n").at(-1) ?? "");
        if (reported && Number(reported[1]) !== weight)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `The provider command reports ${reported[1]}% after setting ${weight}%.`);
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


/***/ }),

/***/ 3078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ GitHubDispatchProvider)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);

class GitHubDispatchProvider {
    actions;
    o;
    name = "github-dispatch";
    confirmed;
    constructor(actions, o) {
        this.actions = actions;
        this.o = o;
    }
    async move(action, weight, stage) {
        const before = new Set((await this.actions.listWorkflowRuns(this.o.workflow, { event: "workflow_dispatch" }, 20)).map((r) => r.id));
        const runId = await this.actions.dispatch(this.o.workflow, this.o.ref, { stage: String(stage), weight: String(weight), version: this.o.version, action }, { returnRunDetails: true });
        const now = this.o.now ?? Date.now;
        this.o.log?.(`Dispatched ${this.o.workflow} on ${this.o.ref} to ${action} ${weight}%; waiting for ${runId === undefined ? "its run" : `run ${runId}`}.`);
        const deadline = now() + this.o.timeoutMs;
        for (;;) {
            const run = runId === undefined
                ? (await this.actions.listWorkflowRuns(this.o.workflow, { event: "workflow_dispatch" }, 20)).find((r) => !before.has(r.id))
                : await this.actions.getRun(runId);
            if (run?.status === "completed") {
                if (run.conclusion === "success") {
                    this.confirmed = weight;
                    return;
                }
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.ProcessFailed, `The dispatched workflow ${this.o.workflow} (run ${run.id}) setting ${weight}% ended ${run.conclusion}: ${run.html_url}`, {
                    hint: "Open the run to see why the traffic could not be moved.",
                });
            }
            if (now() > deadline) {
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.ProcessFailed, `The dispatched workflow ${this.o.workflow} did not ${run ? `finish (run ${run.id} is ${run.status})` : "start a run"} within ${Math.round(this.o.timeoutMs / 1000)} s.`, {
                    hint: "Check that the workflow has a workflow_dispatch trigger with inputs stage, weight, version and action.",
                });
            }
            await new Promise((ok) => setTimeout(ok, this.o.pollMs ?? 5000));
        }
    }
    async read() {
        return this.confirmed;
    }
    async apply(weight, stage) {
        await this.move("apply", weight, stage);
    }
    async rollback() {
        await this.move("rollback", 0, 0);
    }
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZQ: () => (/* binding */ haproxyServersStats),
/* harmony export */   hF: () => (/* binding */ HaproxyProvider)
/* harmony export */ });
/* unused harmony exports haproxyCommand, haproxyServerStats */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/**
 * HAProxy through its runtime API (stats socket, Unix or TCP): `set server <backend>/<server> weight
 * N`, verified with `get weight`. Weights are the percentages themselves (HAProxy allows 0..256).
 */


/** Sends one runtime API command and returns the answer. */
function haproxyCommand(socket, command, timeoutMs = 3000) {
    return new Promise((resolve, reject) => {
        const tcp = /^([\w.-]+):(\d+)$/.exec(socket);
        const conn = tcp ? (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: tcp[1], port: Number(tcp[2]) }) : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ path: socket });
        let out = "";
        const timer = setTimeout(() => {
            conn.destroy();
            reject(new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `HAProxy's runtime API at ${socket} did not answer "${command}" within ${timeoutMs} ms.`, {
                hint: "Check haproxy-socket and that the socket is a stats socket with level admin.",
            }));
        }, timeoutMs);
        conn.on("connect", () => conn.end(`${command}\n`));
        conn.on("data", (d) => {
            out += d.toString("utf8");
        });
        conn.on("error", (e) => {
            clearTimeout(timer);
            reject(new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `Cannot reach HAProxy's runtime API at ${socket}: ${e.message}.`, {
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
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `HAProxy answered "${answer}" to get weight ${this.o.backend}/${server}.`, {
                hint: "Check the backend and server names (backend, stable, canary).",
            });
        return Number(m[1]);
    }
    async set(server, weight) {
        const answer = await haproxyCommand(this.o.socket, `set server ${this.o.backend}/${server} weight ${weight}`, this.o.timeoutMs);
        if (answer !== "")
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `HAProxy refused "set server ${this.o.backend}/${server} weight ${weight}": ${answer}`, {
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
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `HAProxy reports ${now}% on ${this.o.canary} after setting ${weight}%.`, {
                hint: "Another process may be changing the weights; the rollout stopped.",
            });
    }
    async rollback() {
        await this.apply(0);
    }
}
/**
 * Per-server response counters from one `show stat` (CSV), for the haproxy-stats gate: requests (all
 * HTTP responses) and errors (5xx, response errors, connection errors), by server name.
 */
async function haproxyServersStats(socket, backend, servers) {
    const csv = await haproxyCommand(socket, "show stat");
    const lines = csv.split("\n");
    const header = (lines[0] ?? "").replace(/^# /, "").split(",");
    const col = (n) => header.indexOf(n);
    const out = {};
    for (const l of lines.slice(1)) {
        const f = l.split(",");
        if (f[0] !== backend || !servers.includes(f[1]))
            continue;
        const num = (n) => Number(f[col(n)] ?? 0) || 0;
        const requests = num("hrsp_1xx") + num("hrsp_2xx") + num("hrsp_3xx") + num("hrsp_4xx") + num("hrsp_5xx") + num("hrsp_other");
        out[f[1]] = { requests, errors: num("hrsp_5xx") + num("eresp") + num("econ") };
    }
    const missing = servers.filter((s) => !out[s]);
    if (missing.length > 0)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `HAProxy's show stat has no ${missing.map((m) => `${backend}/${m}`).join(" or ")}.`, {
            hint: 'Check the "backend", "stable" and "canary" inputs against the server names in haproxy.cfg.',
        });
    return out;
}
/** Per-server response counters of one server (see {@link haproxyServersStats}). */
async function haproxyServerStats(socket, backend, server) {
    return (await haproxyServersStats(socket, backend, [server]))[server];
}


/***/ }),

/***/ 9838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ NginxProvider)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/deploy/core/nginx-upstream.ts
/**
 * The weighted nginx upstream file the `nginx` provider owns: render it for a canary weight and read
 * the weight back from it. Pure. nginx has no weight 0 (1..n), so a server without traffic is marked
 * `down`, which keeps its line (and so the file stays readable) while sending it nothing.
 */
/**
 * Renders the upstream block with `weight` percent (0..100) on the canary. Weights are the
 * percentages themselves; a side with 0 % is `down`.
 */
function renderUpstream(s, weight) {
    const line = (addr, w, role) => `  server ${addr} ${w === 0 ? "down" : `weight=${w}`}; # shipline:${role}`;
    return [
        "# Written by shipline deploy (provider: nginx). Edits are overwritten at the next stage.",
        `upstream ${s.upstream} {`,
        line(s.stable, 100 - weight, "stable"),
        line(s.canary, weight, "canary"),
        "}",
        "",
    ].join("\n");
}
/**
 * Reads the canary's percent from an upstream file written by {@link renderUpstream} or by hand
 * (`server ADDR weight=N;`, `server ADDR down;`, weight 1 when unset). Returns undefined when either
 * server is missing from the named upstream, or when both carry no traffic.
 */
function parseUpstreamWeight(text, s) {
    const block = new RegExp(`upstream\\s+${s.upstream.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\{([^}]*)\\}`).exec(text);
    if (!block)
        return undefined;
    const weights = new Map();
    for (const stmt of block[1].split(";")) {
        const m = /^\s*(?:#[^\n]*\n\s*)*server\s+(\S+)(.*)$/s.exec(stmt);
        if (!m)
            continue;
        const params = m[2].replace(/#.*$/gm, "");
        const w = /\bweight=(\d+)/.exec(params);
        weights.set(m[1], /\bdown\b/.test(params) ? 0 : w ? Number(w[1]) : 1);
    }
    const a = weights.get(s.stable);
    const b = weights.get(s.canary);
    if (a === undefined || b === undefined || a + b === 0)
        return undefined;
    return Math.round((b / (a + b)) * 100);
}

// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/exec.ts
var exec = __webpack_require__(3996);
;// CONCATENATED MODULE: ./src/deploy/providers/nginx.ts
/**
 * nginx: the provider writes a weighted `upstream` block to a file the user's nginx config includes,
 * then runs the reload command (default `nginx -s reload`). The file is read before and after every
 * write; a reload that fails restores the previous file so nginx keeps serving the last good config.
 */




class NginxProvider {
    o;
    name = "nginx";
    constructor(o) {
        this.o = o;
    }
    async text() {
        try {
            return await (0,promises_.readFile)(this.o.file, "utf8");
        }
        catch (e) {
            if (e.code === "ENOENT")
                return undefined;
            throw e;
        }
    }
    async read() {
        const t = await this.text();
        return t === undefined ? undefined : parseUpstreamWeight(t, this.o);
    }
    async apply(weight) {
        const before = await this.text();
        // Write-then-rename so nginx never reads a half-written file.
        await (0,promises_.writeFile)(`${this.o.file}.tmp`, renderUpstream(this.o, weight));
        await (0,promises_.rename)(`${this.o.file}.tmp`, this.o.file);
        const r = await (0,exec/* runScript */.j3)(this.o.reloadCommand, { cwd: this.o.cwd, env: this.o.env, timeoutMs: 60_000 });
        if (r.exitCode !== 0) {
            if (before !== undefined)
                await (0,promises_.writeFile)(this.o.file, before);
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The nginx reload command "${this.o.reloadCommand}" failed (exit ${r.exitCode}) after writing ${weight}% to ${this.o.file}: ${r.stderr.trim().split("\n").slice(-2).join(" ")}`, {
                hint: 'Check "nginx-reload-command" (it runs through bash) and that the nginx config includes the upstream file; the previous file was restored.',
            });
        }
        const now = await this.read();
        if (now !== weight)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `${this.o.file} holds ${now ?? "no readable"}% for ${this.o.canary} after writing ${weight}%.`, {
                hint: "Another process may be writing the upstream file; the rollout stopped.",
            });
    }
    async rollback() {
        await this.apply(0);
    }
}


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ WebhookProvider)
/* harmony export */ });
/* unused harmony export signBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/**
 * The `http` provider: a webhook POST per move, with a JSON body signed with HMAC-SHA256 (header
 * `X-Shipline-Signature-256: sha256=<hex>`, the body bytes as sent, like GitHub's webhooks). A 2xx
 * is expected; 5xx, 429 and network errors are retried with backoff. When the answer is JSON with
 * a numeric `weight`, it must equal the weight asked for: the router is the source of truth. Each
 * move carries `X-Shipline-Delivery` (one id per move, the same on its retries, so a receiver can
 * drop a duplicate) and a signed `sentAt` (so a receiver can refuse a replayed old message).
 */


/** `sha256=<hex>` of the body, as receivers check it (constant-time compare on their side). */
function signBody(secret, body) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)("sha256", secret).update(body).digest("hex")}`;
}
class WebhookProvider {
    o;
    name = "http";
    confirmed;
    constructor(o) {
        this.o = o;
    }
    async post(action, weight, stage) {
        const body = JSON.stringify({ action, stage, weight, version: this.o.version, environment: this.o.environment, sentAt: new Date().toISOString() });
        const headers = { "content-type": "application/json", "user-agent": "shipline-deploy", "x-shipline-delivery": (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)() };
        if (this.o.secret)
            headers["x-shipline-signature-256"] = signBody(this.o.secret, body);
        const attempts = this.o.attempts ?? 3;
        let last = "";
        for (let i = 0; i < attempts; i++) {
            if (i > 0)
                await new Promise((ok) => setTimeout(ok, (this.o.backoffMs ?? 500) * 2 ** (i - 1)));
            try {
                const res = await fetch(this.o.url, { method: "POST", body, headers, signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000) });
                const text = await res.text();
                if (res.ok) {
                    try {
                        return text ? JSON.parse(text) : undefined;
                    }
                    catch {
                        return undefined;
                    }
                }
                last = `HTTP ${res.status}: ${text.slice(0, 200)}`;
                if (res.status < 500 && res.status !== 429)
                    break;
            }
            catch (e) {
                last = e.message;
            }
        }
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `The traffic webhook ${this.o.url} did not accept "${action}"${weight === undefined ? "" : ` to ${weight}%`} after ${attempts} attempt(s): ${last}`, {
            hint: 'Check "webhook-url" and that the receiver answers 2xx; it can verify X-Shipline-Signature-256 with "webhook-secret".',
        });
    }
    check(answer, weight) {
        const reported = answer?.weight;
        if (typeof reported === "number" && reported !== weight) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `The traffic webhook ${this.o.url} reports ${reported}% after being asked for ${weight}%.`, {
                hint: "The router disagrees with the rollout; it stopped.",
            });
        }
        this.confirmed = weight;
    }
    async read() {
        return this.confirmed;
    }
    async apply(weight, stage) {
        this.check(await this.post("apply", weight, stage), weight);
    }
    async rollback() {
        this.check(await this.post("rollback", 0, 0), 0);
    }
}


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

/***/ 686:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ runLoadCheck)
/* harmony export */ });
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2471);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9718);
/* harmony import */ var _core_thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5228);
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(483);
/* harmony import */ var _load_workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4037);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_load_workers_js__WEBPACK_IMPORTED_MODULE_4__]);
_load_workers_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * One call for other capabilities that need "drive this target briefly and tell me if it held"
 * (deploy's `loadtest` gate): plan, run, judge. Input problems come back as data (no throw), so the
 * caller can word them for its own inputs.
 *
 * ```ts
 * const check = await runLoadCheck({ target: "https://canary.example.com", rate: "20", durationMs: 15_000, thresholds: ["http_req_duration: p(95)<500"], signal });
 * if (check.problems.length) ...; else if (check.verdict !== "pass") fail(check.reasons.join("; "));
 * ```
 */





/** Plans, runs and judges a short load test. Never throws for request failures or bad options. */
async function runLoadCheck(o) {
    const { plan, problems } = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planLoad */ .Oj)({ ...o, allowedHosts: o.allowedHosts ?? [], env: o.env ?? {} });
    const { config, problems: lineProblems } = o.thresholds?.length ? (0,_core_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseThresholdLines */ .Ik)(o.thresholds) : { config: _core_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_THRESHOLDS */ .JJ, problems: [] };
    const parsed = (0,_core_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseThresholds */ .S)(config);
    const all = [
        ...problems.map((p) => `${p.input ? `"${p.input}"` : (p.path ?? []).join(".")} ${p.message}`),
        ...[...lineProblems, ...parsed.problems].map((p) => `threshold "${p.key}": ${p.message}`),
    ];
    if (all.length > 0 || !plan)
        return { problems: all, reasons: [], thresholds: [] };
    const result = await (0,_load_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .runLoadOnWorkers */ .q)(plan, { signal: o.signal, onProgress: o.onProgress, progressIntervalMs: o.progressIntervalMs });
    const v = (0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .computeVerdict */ .z)({
        recorded: result.recorded,
        durationMs: result.durationMs,
        warmupMs: plan.warmupMs,
        thresholds: parsed.thresholds,
        isOpenModel: plan.model.kind === "open",
        complete: result.complete,
        stopReason: result.stopReason,
    }, o.verdict);
    return { problems: [], verdict: v.verdict, reasons: v.reasons, thresholds: v.results, summary: (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .summarize */ .eh)(result.recorded, result.durationMs), plan, result };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
