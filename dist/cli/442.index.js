export const id = 442;
export const ids = [442];
export const modules = {

/***/ 1138:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ HealthChecks)
/* harmony export */ });
/* harmony import */ var _core_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);
/* harmony import */ var _probes_http_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1292);
/* harmony import */ var _probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4213);
/* harmony import */ var _probes_prometheus_probe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1075);
/* harmony import */ var _providers_haproxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1547);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_1__]);
_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];





class HealthChecks {
    o;
    http;
    load;
    command;
    prometheus;
    stats;
    /** HAProxy's counters at the last look (undefined before the first, or when it failed). */
    base;
    constructor(o) {
        this.o = o;
        const of = (kind) => o.gates.find((g) => g.kind === kind);
        this.http = of("http");
        this.load = of("loadtest");
        this.command = of("command");
        this.prometheus = of("prometheus");
        this.stats = of("haproxy-stats");
    }
    readStats(g) {
        return (0,_providers_haproxy_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyServersStats */ .ZQ)(g.socket, g.backend, [g.canary, g.stable]);
    }
    /** After a move: reads the servers' counters afresh, so the first judged sample counts from here. */
    async baseline() {
        this.base = undefined;
        if (this.stats)
            this.base = await this.readStats(this.stats).catch(() => undefined);
    }
    /**
     * One check of every gate, in a fixed order (http, loadtest, command, prometheus, haproxy-stats).
     * `weight` is the canary's share now: at 0 % the HTTP probe goes to preview-url when set, and the
     * stats gate judges nothing. Stops after the HTTP probe when `signal` has aborted.
     */
    async sample(weight, signal) {
        const out = [];
        const now = this.o.now();
        const t = this.o.gateThresholds;
        const http = this.http;
        // At 0 % (blue-green preview) the router sends nothing to green: probe green directly when told how.
        const probeUrl = http && (weight === 0 && http.previewUrl ? http.previewUrl : http.url);
        if (http && probeUrl) {
            try {
                const stats = await (0,_probes_http_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .runHttpProbe */ .E)({
                    url: probeUrl,
                    requests: http.requests,
                    timeoutMs: http.timeoutMs,
                    expectStatus: http.expectStatus,
                    bodyContains: http.bodyContains,
                    signal,
                });
                out.push((0,_core_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeTraffic */ .TV)("http probe", stats, t.http, now));
            }
            catch (e) {
                out.push({ gate: "http probe", outcome: "error", detail: e.message, requests: 0, atMs: now });
            }
        }
        if (signal.aborted)
            return out;
        const load = this.load;
        if (load)
            out.push(await (0,_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_1__/* .runLoadGate */ .f)({ target: load.target, rate: load.rate, durationMs: load.durationMs, timeoutMs: load.timeoutMs, signal }, t.loadtest, now));
        if (this.command)
            out.push(await (0,_probes_extra_probes_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommandGate */ .S)(this.command.script, this.o.cwd, this.o.env, Math.max(this.o.checkIntervalMs * 10, 60_000), now));
        const prom = this.prometheus;
        if (prom)
            out.push(await (0,_probes_prometheus_probe_js__WEBPACK_IMPORTED_MODULE_4__/* .runPrometheusProbe */ .k)({ url: prom.url, query: prom.query, comparison: prom.comparison, timeoutMs: prom.timeoutMs }, now));
        const stats = this.stats;
        if (stats) {
            try {
                const c = await this.readStats(stats);
                const b = this.base ?? c;
                this.base = c;
                const delta = (name) => ({
                    requests: (c[name]?.requests ?? 0) - (b[name]?.requests ?? 0),
                    errors: (c[name]?.errors ?? 0) - (b[name]?.errors ?? 0),
                });
                // No canary traffic at 0 % is expected (blue-green preview): judge only when it has weight.
                if (weight > 0)
                    out.push((0,_core_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeCanaryVsStable */ .WC)(`haproxy ${stats.canary}`, delta(stats.canary), delta(stats.stable), t["haproxy-stats"], now));
            }
            catch (e) {
                out.push({ gate: `haproxy ${stats.canary}`, outcome: "error", detail: e.message, requests: 0, atMs: now });
            }
        }
        return out;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7442:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_command_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5788);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1010);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9412);
/* harmony import */ var _core_rollout_machine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5130);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2598);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3614);
/* harmony import */ var _interpreter_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5069);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4332);
/* harmony import */ var _lock_acquire_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9885);
/* harmony import */ var _notify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(735);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4253);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3582);
/* harmony import */ var _recorder_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4805);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8377);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_checks_js__WEBPACK_IMPORTED_MODULE_2__]);
_checks_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 *
 * This file owns the run's lifetime: resolve (config.ts), then the dry run or a refusal (report.ts),
 * the lock and its state writes, the deployment record, the cancel and lost-lock paths and the
 * rollback they share, and the end (promotion kept, record closed, lock released). The rollout itself
 * is the machine that interpreter.ts runs with the checks in checks.ts; the post step is post.ts.
 */

















async function run(inputs, ctx) {
    const { runtime, context } = ctx;
    // Reading the signal installs the cancel listeners now, so a cancel at any later point is seen.
    const jobCancelled = ctx.signal;
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.cwd, inputs["working-directory"]);
    // The resolve step: plan, provider, gates, pause-after, freeze and window checked together, every
    // problem in one message; from here on only the resolved config is read.
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readDeployConfig */ .Q9)(inputs, cwd, { hasToken: ctx.hasToken() });
    const { plan, provider: providerCfg, sides, thresholds, pauseAfter } = config;
    for (const w of config.warnings)
        runtime.log.warning(w);
    const refusal = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .explainRefusal */ .GC)(config.deployTime, runtime.now());
    const planMarkdown = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlan */ .EG)(plan, sides, inputs["job-budget"]);
    if (inputs["dry-run"])
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_14__/* .writeDryRun */ .SB)(runtime, inputs, config, planMarkdown, refusal);
    if (refusal)
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_14__/* .writeRefusal */ .sH)(runtime, inputs, refusal, planMarkdown);
    const version = inputs.version ?? "";
    const provider = (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_12__/* .buildProvider */ .Y)(providerCfg, ctx, { cwd, version, environment: inputs.environment, flagInputs: inputs });
    // GitHub Deployments: one record per rollout, statuses only when the state changes.
    const recorder = new _recorder_js__WEBPACK_IMPORTED_MODULE_13__/* .DeploymentRecorder */ .q(ctx, {
        environment: inputs.environment,
        environmentUrl: inputs["environment-url"],
        isProduction: (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .isProduction */ .KV)(inputs),
    });
    const record = (st, description) => recorder.status(st, description);
    const createDeployment = (why) => recorder.create({ description: `Shipline ${plan.strategy} rollout of ${version || "a new version"}`, payload: { shipline: { version, plan } } }, why);
    // The lock and the rollout state (see lock.ts): taken before the first move, resumed on a re-run.
    const rolloutId = (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_15__/* .computeRolloutId */ .Y2)(inputs.environment, context.runId, version);
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
    const journal = (e) => state.journal.push({ atMs: ctx.clock.now(), ...e });
    if (ctx.hasToken() && context.repository && context.sha) {
        lock = new _lock_js__WEBPACK_IMPORTED_MODULE_8__/* .RolloutLock */ .F(ctx.github(), inputs.environment);
        const got = await (0,_lock_acquire_js__WEBPACK_IMPORTED_MODULE_9__/* .acquireRolloutLock */ .p)({
            lock,
            fresh: freshState,
            rolloutId,
            runId: context.runId,
            environment: inputs.environment,
            canary: sides.canary,
            holder: sides.holder,
            mode: inputs.mode,
            concurrency: inputs.concurrency,
            lockTimeoutMs: inputs["lock-timeout"],
            pollMs: Math.min(2000, plan.checkIntervalMs),
            getRun: (id) => ctx.github().actions.getRun(id),
            log: runtime.log,
            clock: ctx.clock,
            // A job cancelled while it queues for the lock has moved no traffic: it only closes its record.
            signal: ctx.signal,
            onWaiting: (holderText) => createDeployment(`Waiting for ${holderText}`),
            onGiveUp: (description) => record("failure", description),
        });
        switch (got.kind) {
            case "cancelled":
                if (got.announced)
                    await record("failure", `Cancelled while waiting for the ${inputs.environment} rollout lock`);
                runtime.setOutput("conclusion", "failed");
                runtime.setOutput("reason", `cancelled (${got.reason}) while waiting for the rollout lock; nothing was changed`);
                return { conclusion: "failure", message: `Cancelled while waiting for the ${inputs.environment} rollout lock; no traffic was moved.` };
            case "idle":
            case "held":
                return (0,_report_js__WEBPACK_IMPORTED_MODULE_14__/* .writeNothingToDo */ .BC)(runtime, inputs.mode, got);
            case "acquired":
                state = got.state;
                break;
            case "resumed":
                state = got.state;
                resumed = true;
                startStage = got.startStage;
                unfinishedRollback = got.unfinishedRollback;
                break;
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
        runtime.log.warning(`The rollout lock refs/shipline/deploy-lock/${inputs.environment} no longer holds this run's state: it was taken over by ${lockLostTo}. Stopping this rollout and moving the traffic back to ${sides.stable}, since another run now owns the environment.`);
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
    if (resumed && state.deploymentId !== undefined)
        recorder.adopt(state.deploymentId);
    else if (!unfinishedRollback) {
        await createDeployment(`Rollout of ${version || "a new version"} accepted`);
        if (recorder.id !== undefined)
            await saveState({ deploymentId: recorder.id });
    }
    const notify = (event, why) => (0,_notify_js__WEBPACK_IMPORTED_MODULE_10__/* .publishNotification */ .F)(inputs["notify-webhook"], { event, environment: inputs.environment, version, reason: why, runUrl: context.runUrl }, runtime.log);
    const startedAtMs = ctx.clock.now();
    const stages = [];
    let firstFailAtMs;
    /** The canary weight this run has set (the interpreter moves it; the rollback resets it). */
    const progress = { weight: unfinishedRollback?.weight ?? 0 };
    let conclusion = "promoted";
    let reason = "";
    // Provider calls run one at a time: a rollback started by a signal waits for a move in flight
    // (HAProxy's two writes) instead of interleaving with it.
    let providerChain = Promise.resolve();
    const serial = (op) => {
        const next = providerChain.then(op, op);
        providerChain = next.catch(() => undefined);
        return next;
    };
    /** Set once the rollout machine runs: cancels and lost locks go to it from then on. */
    let running;
    let rollingBack;
    /** Puts the traffic back on stable (once), verified by the provider's read-back, then records why. */
    const rollback = (why) => {
        rollingBack ??= (async () => {
            const t0 = ctx.clock.now();
            // The state write goes out with the router write, not before it: traffic first.
            const marked = state.phase === "rolling-back"
                ? Promise.resolve()
                : saveState({ phase: "rolling-back" }, { stage: state.stage, weight: progress.weight, event: "rollback", note: why.slice(0, 200) });
            try {
                await serial(() => provider.rollback());
                progress.weight = 0;
                conclusion = "rolled-back";
                reason = why;
                runtime.setOutput("time-to-rollback-ms", (ctx.clock.now() - (firstFailAtMs ?? t0)).toString());
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
        firstFailAtMs = ctx.clock.now();
        cancel.abort();
        if (running)
            running.dispatch({ type: "cancelled", atMs: ctx.clock.now() });
        else
            void rollback("the job was cancelled");
    };
    const onCancelled = () => onSignal(String(jobCancelled.reason ?? "a cancel"));
    jobCancelled.addEventListener("abort", onCancelled, { once: true });
    if (jobCancelled.aborted)
        onCancelled();
    // Another run owns the environment now: stop moving traffic at once. A rollout that has moved
    // traffic puts it back on stable (the new holder starts from what the router holds then).
    stopForLostLock = (why) => {
        if (cancel.signal.aborted)
            return;
        firstFailAtMs ??= ctx.clock.now();
        cancel.abort();
        if (running) {
            running.dispatch({ type: "lock-lost", atMs: ctx.clock.now(), why });
            return;
        }
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
        firstFailAtMs = ctx.clock.now();
        await rollback(`the previous attempt was rolling back when it ended; finished the rollback to ${sides.stable}`);
    }
    else {
        await notify("start", `${plan.strategy} rollout in ${(0,_core_rollout_machine_js__WEBPACK_IMPORTED_MODULE_5__/* .stageCount */ .M1)(plan.stages.length)}${resumed ? `, resumed at stage ${startStage + 1}` : ""}`);
    }
    const checks = new _checks_js__WEBPACK_IMPORTED_MODULE_2__/* .HealthChecks */ .i({
        gates: config.gates,
        gateThresholds: config.gateThresholds,
        cwd,
        env: runtime.env,
        checkIntervalMs: plan.checkIntervalMs,
        now: () => ctx.clock.now(),
    });
    // The rollout itself is the pure machine in core/rollout-machine.ts; interpreter.ts runs it.
    const machineConfig = {
        stages: plan.stages.map((st) => ({
            weight: st.weight,
            bakeMs: st.bakeMs,
            checkIntervalMs: st.checkIntervalMs ?? plan.checkIntervalMs,
            minSamples: (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .minSamplesFor */ .lC)(config, st),
            extensionMs: (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceExtensionMs */ .bP)(plan, st),
        })),
        thresholds,
        pauseAfter: [...pauseAfter],
        jobBudgetMs: inputs["job-budget"],
        jobStartedAtMs: startedAtMs,
        startStage,
        resumedBakeEndsAtMs: resumed && state.stage === startStage ? state.bakeEndsAtMs : undefined,
        canary: sides.canary,
    };
    const interpret = () => (0,_interpreter_js__WEBPACK_IMPORTED_MODULE_7__/* .startMachine */ .e)({
        machine: machineConfig,
        plan,
        sides,
        startStage,
        clock: ctx.clock,
        log: runtime.log,
        signal: cancel.signal,
        provider,
        serial,
        checks,
        progress,
        record,
        saveState,
        ...(lock
            ? {
                confirmLock: async () => {
                    await stateWrites;
                    const taken = await lock?.check().catch(() => undefined);
                    if (taken)
                        onLockLost(taken);
                },
            }
            : {}),
        // For the post step: if this process dies (kill -9, runner timeout) it rolls back and releases.
        onMoved: () => (0,_post_js__WEBPACK_IMPORTED_MODULE_11__/* .writePostState */ .z)(runtime, { rolloutId: state.rolloutId, deploymentId: recorder.id, environment: inputs.environment }),
        onRolledBack: (ms) => runtime.setOutput("time-to-rollback-ms", String(ms)),
    });
    try {
        const before = unfinishedRollback ? undefined : await provider.read().catch(() => undefined);
        if (!resumed && before !== undefined && before !== 0 && plan.stages[0]?.weight !== undefined && before > plan.stages[0].weight) {
            runtime.log.warning(`${capitalize(sides.holder)} already sends ${before}% to ${sides.canary}; the rollout starts from stage 1 anyway.`);
        }
        if (!unfinishedRollback && !cancel.signal.aborted) {
            running = interpret();
            await running.done;
            const machine = running.state;
            conclusion = machine.conclusion ?? "failed";
            reason = machine.reason;
            progress.weight = machine.weight;
            stages.push(...machine.records);
        }
        // A signal's rollback runs from the handler; wait for it (and any other) to finish.
        if (rollingBack)
            await rollingBack;
    }
    catch (e) {
        // Nothing in the loop should throw; if something does, the rollout still ends in one known state:
        // traffic back on stable unless every stage had passed, the record closed and the lock released.
        const why = `an unexpected error stopped the rollout: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message.replace(/\.$/, "")}`;
        runtime.log.warning(`${why}.`);
        if (rollingBack)
            await rollingBack;
        else if (progress.weight > 0) {
            firstFailAtMs ??= ctx.clock.now();
            await rollback(why);
        }
        else {
            conclusion = "failed";
            reason = `${why}; no traffic was moved`;
        }
    }
    finally {
        jobCancelled.removeEventListener("abort", onCancelled);
    }
    // Every stage passed and traffic is on the new version: from here on, nothing undoes the promotion,
    // not a failed status write and not the post step (which reads this).
    if (conclusion === "promoted") {
        (0,_post_js__WEBPACK_IMPORTED_MODULE_11__/* .writePostState */ .z)(runtime, { rolloutId: state.rolloutId, deploymentId: recorder.id, environment: inputs.environment, promoted: true });
        await saveState({ stage: plan.stages.length - 1, weight: 100 });
    }
    if (conclusion === "promoted")
        reason = `all ${(0,_core_rollout_machine_js__WEBPACK_IMPORTED_MODULE_5__/* .stageCount */ .M1)(plan.stages.length)} passed; ${sides.canary} has 100% of the traffic`;
    if (conclusion !== "waiting") {
        await record(conclusion === "promoted" ? "success" : "failure", reason);
        await saveState({ phase: "done", weight: progress.weight }, { stage: state.stage, weight: progress.weight, event: conclusion === "promoted" ? "done" : "rollback", note: reason.slice(0, 200) });
        if (conclusion === "promoted")
            await recorder.supersedeEarlier();
    }
    await stateWrites;
    (0,_post_js__WEBPACK_IMPORTED_MODULE_11__/* .writePostState */ .z)(runtime, undefined);
    const ended = conclusion;
    await notify({ promoted: "promote", "rolled-back": "rollback", "not-enough-samples": "rollback", failed: "failed", waiting: "waiting" }[ended], reason);
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_14__/* .writeRolloutReport */ .zM)(runtime, {
        conclusion,
        reason,
        version,
        stages,
        timeToRollbackMs: undefined,
        startedAtMs,
        plan: planMarkdown,
        isFlag: sides.isFlag,
        stage: (stages.at(-1)?.index ?? (unfinishedRollback ? unfinishedRollback.stage : startStage - 1)) + 1,
        weight: conclusion === "promoted" ? 100 : progress.weight,
    });
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const deployCommand = (0,_kernel_command_js__WEBPACK_IMPORTED_MODULE_16__/* .defineCommand */ .NB)(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .deploySpec */ .h, run, _post_js__WEBPACK_IMPORTED_MODULE_11__/* .post */ .b);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ evidenceExtensionMs),
  KV: () => (/* binding */ isProduction),
  lC: () => (/* binding */ minSamplesFor),
  Q9: () => (/* binding */ readDeployConfig)
});

// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/files.ts
var files = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/kernel/inputs.ts
var kernel_inputs = __webpack_require__(6304);
// EXTERNAL MODULE: ./src/deploy/core/evidence.ts
var evidence = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/deploy/core/gate-config.ts
var gate_config = __webpack_require__(5763);
// EXTERNAL MODULE: ./src/deploy/core/gates.ts
var gates = __webpack_require__(311);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/deploy/core/plan.ts
var plan = __webpack_require__(9412);
;// CONCATENATED MODULE: ./src/deploy/core/plan-file.ts
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
 *     min-samples: 300
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



const duration = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((v, ctx) => {
    try {
        return typeof v === "number" ? v * 1000 : (0,kernel_inputs/* parseDuration */.E9)("plan", v);
    }
    catch {
        ctx.addIssue({ code: "custom", message: `must be a duration like 90s, 5m or 1h; got "${v}"` });
        return core/* NEVER */.tm;
    }
});
const percent = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((v, ctx) => {
    try {
        const n = typeof v === "number" ? v : (0,kernel_inputs/* parsePercent */.lo)("plan", v);
        if (n < 0 || n > 100)
            throw new Error("range");
        return n;
    }
    catch {
        ctx.addIssue({ code: "custom", message: `must be a percentage from 0 to 100 like 10% or 10; got "${v}"` });
        return core/* NEVER */.tm;
    }
});
const ratio = percent.transform((n) => n / 100);
const count = schemas/* number */.aig().int().min(0);
const limit = schemas/* number */.aig().int().min(1);
const thresholdShape = {
    "error-rate-max": ratio.optional(),
    "p95-max": duration.optional(),
    "availability-min": percent.optional(),
};
const thresholdsSchema = schemas/* strictObject */.rej({
    ...thresholdShape,
    "min-samples": count.optional(),
    /** The older name of min-samples. */
    "min-requests": count.optional(),
    "failure-limit": limit.optional(),
    "consecutive-error-limit": limit.optional(),
});
const gatesSchema = schemas/* strictObject */.rej({
    http: schemas/* strictObject */.rej({ ...thresholdShape, status: schemas/* number */.aig().int().min(100).max(599).optional(), "body-match": schemas/* string */.YjP().min(1).optional() }).optional(),
    "haproxy-stats": schemas/* strictObject */.rej({ "error-rate-max": ratio.optional(), "availability-min": percent.optional() }).optional(),
    loadtest: schemas/* strictObject */.rej(thresholdShape).optional(),
    prometheus: schemas/* strictObject */.rej({ threshold: schemas/* string */.YjP().optional() }).optional(),
});
/** Kebab-case file keys to the core's names, leaving out what the file did not set. */
function toOverrides(t) {
    const out = {};
    const map = [
        ["error-rate-max", "errorRateMax"],
        ["p95-max", "p95MaxMs"],
        ["availability-min", "availabilityMin"],
        ["min-requests", "minRequests"],
        ["min-samples", "minRequests"],
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
const stageSchema = schemas/* strictObject */.rej({ weight: percent, bake: duration.optional(), "check-interval": duration.optional() });
const planSchema = schemas/* strictObject */.rej({
    strategy: schemas/* enum */.k5n(["canary", "blue-green"]).default("canary"),
    "check-interval": duration.optional(),
    stages: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* unknown */.L5J()).min(1)]).optional(),
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
                stages: (0,plan/* blueGreenStages */.lv)(f["preview-time"] ?? defaults.previewMs, f["bake-time"] ?? defaults.bakeMs),
                checkIntervalMs,
                ...extra,
            },
        };
    }
    if (f.stages === undefined)
        return { problems: [problem(["stages"], 'is required for canary: a list of { weight, bake } or "10%:5m, 50%:10m, 100%"')] };
    if (typeof f.stages === "string") {
        const s = (0,plan/* parseStages */.lj)(f.stages);
        if ("problems" in s)
            return { problems: s.problems.map((p) => problem(["stages"], p)) };
        return { plan: { strategy: "canary", stages: s.stages, checkIntervalMs, ...extra } };
    }
    // Stages are checked on their own so a problem names its stage (a union would only say "Invalid input").
    const list = schemas/* array */.YOg(stageSchema).safeParse(f.stages);
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

// EXTERNAL MODULE: ./src/deploy/core/provider-config.ts
var provider_config = __webpack_require__(4181);
// EXTERNAL MODULE: ./src/deploy/core/sides.ts
var sides = __webpack_require__(8971);
// EXTERNAL MODULE: ./src/deploy/providers/flags.ts + 2 modules
var flags = __webpack_require__(8337);
;// CONCATENATED MODULE: ./src/deploy/config.ts
/**
 * The deploy command's resolve step: reads the plan file (the only I/O here) and turns it and the
 * inputs into one typed {@link DeployConfig} (plan, provider, sides, gates with their thresholds,
 * pause-after, freeze and window), or fails with every problem at once. The dry run, the rollout and
 * its checks all read this config, never the raw inputs again, so a dry run cannot promise what the
 * real run would then do differently.
 */











/** The plan from the plan file (a ConfigError on a bad one), else from the inputs (their problems). */
function readPlan(inputs, cwd) {
    if (inputs.config) {
        const file = (0,files/* readDataFile */.lD)("config", inputs.config, cwd);
        const parsed = parsePlanFile(file.data, { checkIntervalMs: inputs["check-interval"], previewMs: inputs["preview-time"], bakeMs: inputs["bake-time"] }, (k) => file.lineOf(k));
        if ("problems" in parsed) {
            // Each problem carries its own line ("deploy.yml: line 3: ..."), so the error names no single line.
            throw new errors/* ConfigError */.xL(file.shown, parsed.problems.map((p) => `${p.line === undefined ? "" : `line ${p.line}: `}"${p.key}" ${p.message}`), { hint: "Fix the plan file (see docs/deploy.md, Plan files) and re-run." });
        }
        return { plan: parsed.plan };
    }
    if (inputs.strategy === "blue-green")
        return {
            plan: { strategy: "blue-green", stages: (0,plan/* blueGreenStages */.lv)(inputs["preview-time"], inputs["bake-time"]), checkIntervalMs: inputs["check-interval"] },
        };
    const parsed = (0,plan/* parseStages */.lj)(inputs.stages);
    if ("problems" in parsed)
        return { problems: parsed.problems.map((p) => ({ input: "stages", problem: `is wrong: ${p}` })) };
    return { plan: { strategy: "canary", stages: parsed.stages, checkIntervalMs: inputs["check-interval"] } };
}
/**
 * The stage indexes `pause-after` holds after, checked against the plan's weights, and the problems
 * with it. Without a plan (the stages were wrong) only values that are no percentage are problems.
 */
function resolvePauseStages(inputs, plan) {
    const held = new Set();
    const problems = [];
    if (!plan) {
        for (const raw of inputs["pause-after"]) {
            try {
                (0,kernel_inputs/* parsePercent */.lo)("pause-after", raw);
            }
            catch (e) {
                if (e instanceof errors/* InputError */.dz)
                    problems.push(...e.problems);
            }
        }
        return { held, problems };
    }
    const weights = plan.stages.map((s) => `${s.weight}%`);
    for (const raw of inputs["pause-after"]) {
        let w;
        try {
            w = (0,kernel_inputs/* parsePercent */.lo)("pause-after", raw);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                problems.push(...e.problems);
            continue;
        }
        const i = plan.stages.findIndex((s) => s.weight === w);
        if (i < 0 || i === plan.stages.length - 1)
            problems.push({
                input: "pause-after",
                problem: `must name the weight of a stage before the last (${weights.slice(0, -1).join(", ") || "none"}); got "${raw}"`,
            });
        else
            held.add(i);
    }
    return { held, problems };
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
    return {
        ...gates/* DEFAULT_THRESHOLDS */.JJ,
        errorRateMax: inputs["error-rate-max"] / 100,
        availabilityMin: inputs["availability-min"],
        p95MaxMs: inputs["p95-max"],
        failureLimit: inputs["failure-limit"],
        consecutiveErrorLimit: inputs["consecutive-error-limit"],
        // Per stage, see minSamplesFor; this is only the explicit setting.
        minRequests: inputs["min-samples"] ?? inputs["min-requests"] ?? gates/* DEFAULT_THRESHOLDS */.JJ.minRequests,
        ...own(plan.thresholds),
        ...(gate ? own(plan.gates?.[gate]) : {}),
    };
}
/** Freeze and window parsed, with their problems and the time zone's; undefined when neither is set. */
function resolveDeployTime(inputs) {
    if (!inputs.freeze && !inputs.window)
        return { time: undefined, problems: [] };
    const problems = [];
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: inputs.timezone });
    }
    catch {
        problems.push({ input: "timezone", problem: `is not an IANA time zone like Europe/Berlin or UTC; got "${inputs.timezone}"` });
    }
    const read = (name) => {
        const text = inputs[name];
        if (!text)
            return [];
        const r = (0,plan/* parseWeeklyRanges */.Ny)(text, name);
        if ("problems" in r) {
            problems.push(...r.problems.map((p) => ({ input: name, problem: `is wrong: ${p}` })));
            return [];
        }
        return r.ranges;
    };
    const time = { timezone: inputs.timezone, freeze: read("freeze"), window: read("window") };
    return { time, problems };
}
/**
 * Resolves the inputs and the plan file into a {@link DeployConfig}. Throws a ConfigError for a bad
 * plan file (its keys, with lines), else an InputError listing every problem with the inputs: the
 * stages, the provider and its flag inputs, the gates, pause-after, freeze, window and timezone.
 */
function readDeployConfig(inputs, cwd, env) {
    const planRes = readPlan(inputs, cwd);
    // Without stages, the other inputs are still checked against an empty plan, so one message lists all.
    const plan = "plan" in planRes ? planRes.plan : { strategy: "canary", stages: [], checkIntervalMs: inputs["check-interval"] };
    const providerRes = (0,provider_config/* resolveProvider */.Kd)(inputs, env);
    // Stands in while the problems are collected; the InputError below stops the run before any use.
    const provider = providerRes.ok ? providerRes.config : { kind: "command", command: "" };
    const pause = resolvePauseStages(inputs, "plan" in planRes ? plan : undefined);
    const gateRes = (0,gate_config/* resolveGates */.TJ)(inputs, plan, provider, { stable: inputs.stable, canary: inputs.canary });
    if (gateRes.fileProblems.length > 0)
        throw new errors/* ConfigError */.xL(inputs.config ?? "config", gateRes.fileProblems, { hint: "Write the comparison as an operator and a number, then re-run." });
    const time = resolveDeployTime(inputs);
    const problems = [
        ...("problems" in planRes ? planRes.problems : []),
        ...(providerRes.ok ? [] : providerRes.problems),
        ...(0,flags/* checkFlagInputs */.CG)(inputs),
        ...gateRes.problems,
        ...pause.problems,
        ...time.problems,
    ];
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return {
        plan,
        provider,
        sides: (0,sides/* resolveSides */.v)(provider, { stable: inputs.stable, canary: inputs.canary }),
        gates: gateRes.gates,
        thresholds: thresholdsFor(inputs, plan),
        gateThresholds: {
            http: thresholdsFor(inputs, plan, "http"),
            loadtest: thresholdsFor(inputs, plan, "loadtest"),
            "haproxy-stats": thresholdsFor(inputs, plan, "haproxy-stats"),
            prometheus: thresholdsFor(inputs, plan, "prometheus"),
        },
        requestsPerCheck: (0,gate_config/* requestsPerCheck */.EC)(gateRes.gates),
        minSamples: inputs["min-samples"] ?? inputs["min-requests"] ?? plan.thresholds?.minRequests,
        pauseAfter: pause.held,
        deployTime: time.time,
        warnings: gateRes.warnings,
    };
}
/**
 * The samples a stage must pool before it promotes: min-samples (or the plan file's), else what the
 * stage's probes deliver in its bake. A stage without a bake (the final 100 %) needs none.
 */
function minSamplesFor(config, stage) {
    if (config.minSamples !== undefined)
        return config.minSamples;
    const perCheck = config.requestsPerCheck;
    return stage.bakeMs === 0 || perCheck === 0 ? 0 : (0,evidence/* samplesDeliveredInBake */.wg)(stage.bakeMs, stage.checkIntervalMs ?? config.plan.checkIntervalMs, perCheck);
}
/** How long a stage may run past its bake to gather evidence before it ends as not-enough-samples. */
function evidenceExtensionMs(plan, stage) {
    return Math.max(stage.bakeMs, (stage.checkIntervalMs ?? plan.checkIntervalMs) * 3);
}
/** The input when set, else the environment's name: production, prod, prd, or those with a suffix (production-eu). */
function isProduction(inputs) {
    return inputs["production-environment"] ?? /^(production|prod|prd)([-_ .].*)?$/i.test(inputs.environment);
}


/***/ }),

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   YV: () => (/* binding */ wilsonInterval),
/* harmony export */   Z0: () => (/* binding */ judgeEvidence),
/* harmony export */   c5: () => (/* binding */ addCounts),
/* harmony export */   wg: () => (/* binding */ samplesDeliveredInBake)
/* harmony export */ });
/* unused harmony exports Z_95, isSignificantlyWorse */
/**
 * Evidence for the error-rate gates: a stage's samples are pooled per gate and judged with
 * statistics, not one check at a time. Pure.
 *
 * - The canary's error rate gets a one-sided 95 % **Wilson score** interval (chosen over
 *   Clopper-Pearson: closed form, no beta quantiles, and close to nominal coverage at the small
 *   counts a probe sees). The stage **breaches** when the interval's lower bound is above the
 *   threshold: the canary is worse than allowed with 95 % confidence. At 0.1 %, 1 error in 2 requests
 *   breaches (lower bound 12 %); 1 in 500 does not yet (lower bound 0.045 %).
 * - When the stable version serves traffic in the same interval (HAProxy's per-server counters), a
 *   breach also needs the canary to be **significantly worse than stable** (one-sided two-proportion
 *   z-test, pooled variance, 95 %): an outage both versions share is not the new version's fault.
 * - A stage **passes** when its pooled rate is within the threshold over at least `min-samples`.
 */
/** The one-sided 95 % normal quantile. */
const Z_95 = 1.6448536269514722;
/**
 * The Wilson score interval of `errors / requests` at quantile `z` (default: one-sided 95 %, so the
 * lower bound is exceeded with 95 % confidence). For 0 requests: [0, 1].
 */
function wilsonInterval(c, z = Z_95) {
    const n = c.requests;
    if (n <= 0)
        return { lower: 0, upper: 1 };
    const p = Math.min(1, Math.max(0, c.errors / n));
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    const denom = 1 + z2 / n;
    return { lower: Math.max(0, (centre - spread) / denom), upper: Math.min(1, (centre + spread) / denom) };
}
/**
 * Whether the canary's error rate is significantly above stable's: one-sided two-proportion z-test
 * with pooled variance at quantile `z` (default 95 %). False when either side has no requests or
 * neither has an error.
 */
function isSignificantlyWorse(canary, stable, z = Z_95) {
    if (canary.requests <= 0 || stable.requests <= 0)
        return false;
    const p1 = canary.errors / canary.requests;
    const p2 = stable.errors / stable.requests;
    const pooled = (canary.errors + stable.errors) / (canary.requests + stable.requests);
    if (pooled <= 0 || pooled >= 1)
        return p1 > p2 && pooled > 0;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.requests + 1 / stable.requests));
    return (p1 - p2) / se > z;
}
/** Judges pooled counts against `maxRate` (see the module comment). */
function judgeEvidence(gate, canary, stable, maxRate) {
    const { lower, upper } = wilsonInterval(canary);
    const rate = canary.requests > 0 ? canary.errors / canary.requests : 0;
    const hasStable = stable !== undefined && stable.requests > 0;
    let verdict;
    if (lower > maxRate)
        verdict = !hasStable || isSignificantlyWorse(canary, stable) ? "breach" : "shared";
    else
        verdict = rate <= maxRate ? "within" : "unproven";
    return { gate, canary, stable: hasStable ? stable : undefined, rate, lower, upper, maxRate, verdict };
}
/** Adds counts. */
function addCounts(a, b) {
    return { requests: a.requests + b.requests, errors: a.errors + b.errors };
}
/**
 * The requests a stage's gates deliver during its bake by default: one check per `checkIntervalMs`
 * (at least one), each delivering `perCheck` requests. This is the default `min-samples`.
 */
function samplesDeliveredInBake(bakeMs, checkIntervalMs, perCheck) {
    return Math.max(1, Math.floor(bakeMs / Math.max(1, checkIntervalMs))) * perCheck;
}
/** A percentage for people, one format everywhere: three significant digits, no trailing zeros (`0.1%`, `5%`, `12.5%`, `0.0446%`). */
function formatRate(fraction) {
    return `${Number((fraction * 100).toPrecision(3)).toString()}%`;
}


/***/ }),

/***/ 5763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ requestsPerCheck),
/* harmony export */   TJ: () => (/* binding */ resolveGates),
/* harmony export */   l7: () => (/* binding */ describeGate)
/* harmony export */ });
/* harmony import */ var _prometheus_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6387);

/** Resolves the gates; every problem is listed, none stops the look at the others. */
function resolveGates(inputs, plan, provider, names) {
    const problems = [];
    const fileProblems = [];
    const warnings = [];
    const gates = [];
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
        if (!target)
            problems.push({ input: "loadtest-target", problem: "is required with loadtest-rate when probe-url is empty: the URL the load gate drives" });
        else
            gates.push({ kind: "loadtest", target, rate: inputs["loadtest-rate"], durationMs: inputs["loadtest-duration"], timeoutMs: inputs["probe-timeout"] });
    }
    if (inputs["check-command"])
        gates.push({ kind: "command", script: inputs["check-command"] });
    if (inputs["prometheus-query"] || inputs["prometheus-url"]) {
        if (!inputs["prometheus-url"])
            problems.push({ input: "prometheus-url", problem: "is required with prometheus-query: the Prometheus base URL, e.g. http://prometheus:9090" });
        if (!inputs["prometheus-query"])
            problems.push({ input: "prometheus-query", problem: "is required with prometheus-url: a PromQL instant query such as sum(rate(http_errors[1m]))" });
        const fromFile = plan.gates?.prometheus?.threshold;
        const threshold = fromFile ?? inputs["prometheus-threshold"];
        const comparison = (0,_prometheus_js__WEBPACK_IMPORTED_MODULE_0__/* .parseComparison */ .f)(threshold);
        if (!comparison) {
            if (fromFile !== undefined)
                fileProblems.push(`"gates.prometheus.threshold" must be a comparison like "< 0.01" or ">= 99.9"; got "${threshold}"`);
            else
                problems.push({ input: "prometheus-threshold", problem: `must be a comparison like "< 0.01" or ">= 99.9"; got "${threshold}"` });
        }
        else if (inputs["prometheus-url"] && inputs["prometheus-query"])
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
        ].filter((x) => Boolean(x));
        if (other.length === 0)
            problems.push({
                input: "preview-url",
                problem: "is required for blue-green: the preview checks run while green has 0 % of the traffic, so a probe through the router (probe-url) would only reach blue. Give green's own address, e.g. http://green.internal:8080/health",
            });
        else
            warnings.push(`No preview-url: during the 0 % preview only ${other.join(" and ")} can see ${names.canary}; the HTTP probe sees ${names.stable}.`);
    }
    return { gates, problems, fileProblems, warnings };
}
/** Each gate in words, for the dry run. */
function describeGate(g, formatMs) {
    switch (g.kind) {
        case "http": {
            const answer = `${g.expectStatus ? `status ${g.expectStatus}` : "status below 500"}${g.bodyContains ? `, body containing "${g.bodyContains}"` : ""}`;
            const parts = [];
            if (g.url)
                parts.push(`http probe of ${g.url}: ${g.requests} requests per check, ${answer}`);
            if (g.previewUrl)
                parts.push(`preview probe of ${g.previewUrl} while the canary has 0%`);
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
function requestsPerCheck(gates) {
    let most = 0;
    for (const g of gates) {
        if (g.kind === "http")
            most = Math.max(most, g.requests);
        if (g.kind === "loadtest")
            most = Math.max(most, Math.floor((Number.parseFloat(g.rate) || 0) * (g.durationMs / 1000)));
    }
    return most;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Nw: () => (/* binding */ decideStage),
/* harmony export */   TV: () => (/* binding */ judgeTraffic),
/* harmony export */   WC: () => (/* binding */ judgeCanaryVsStable),
/* harmony export */   p1: () => (/* binding */ maxErrorRate)
/* harmony export */ });
/* unused harmony exports requestsForEvidence, poolEvidence, describeEvidence */
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1134);
/**
 * Gate evaluation: every check yields a sample (pass, fail, no-data, error, not-enough-samples) and
 * the stage decides to wait, promote or roll back. Error rates are judged on the stage's pooled
 * samples per gate with statistics (./evidence.ts); latency, Prometheus and command checks fail one
 * check at a time (`failure-limit`). no-data and error never count as pass; a breach rolls back at
 * once; promotion needs `min-samples` of evidence, and a stage that never gets it ends as
 * not-enough-samples. Pure.
 */

/** Requests needed to show an error rate under `max` with no failure seen (rule of three, 95 %). */
function requestsForEvidence(errorRateMax) {
    return Math.ceil(3 / Math.max(errorRateMax, 1e-6));
}
const DEFAULT_THRESHOLDS = {
    errorRateMax: 0.001,
    p95MaxMs: 500,
    availabilityMin: 99.9,
    minRequests: 100,
    failureLimit: 1,
    consecutiveErrorLimit: 3,
};
/** The error-rate bound the thresholds set: the stricter of error-rate-max and 1 - availability-min. */
function maxErrorRate(t) {
    return Math.min(t.errorRateMax, 1 - t.availabilityMin / 100);
}
/** "1 error in 20 requests (5 %)". */
function countsText(c) {
    return `${c.errors} error${c.errors === 1 ? "" : "s"} in ${c.requests} request${c.requests === 1 ? "" : "s"} (${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(c.requests ? c.errors / c.requests : 0)})`;
}
/**
 * Judges one check's traffic (HTTP probe, load check). The sample shows as failed when its own
 * counts already prove a breach or its p95 is over the bound; the stage decides the error rate on
 * all its samples pooled.
 */
function judgeTraffic(gate, s, t, atMs) {
    if (s.requests === 0)
        return { gate, outcome: "no-data", detail: "no request was observed", requests: 0, errors: 0, atMs };
    const counts = { requests: s.requests, errors: s.errors };
    const own = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeEvidence */ .Z0)(gate, counts, undefined, maxErrorRate(t));
    const detail = `${countsText(counts)}, p95 ${s.p95Ms === undefined ? "n/a" : `${Math.round(s.p95Ms)} ms`}`;
    const base = { gate, requests: s.requests, errors: s.errors, maxRate: maxErrorRate(t), atMs };
    if (s.p95Ms !== undefined && s.p95Ms > t.p95MaxMs)
        return { ...base, outcome: "fail", failsAlone: true, detail: `${detail}: p95 above ${t.p95MaxMs} ms` };
    if (own.verdict === "breach")
        return { ...base, outcome: "fail", detail: `${detail}: above ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(own.maxRate)} with 95% confidence` };
    return { ...base, outcome: "pass", detail };
}
/**
 * The haproxy-stats gate: the canary's own error rate over the interval, set against the stable
 * server's over the same interval (both from HAProxy's per-server counters, so a 10 % canary's 5 %
 * errors are seen as 5 %, not diluted to 0.5 %). Judged like the pooled stage (./evidence.ts): a
 * breach needs the canary over the bound with 95% confidence and, with stable traffic, clearly worse
 * than stable; when stable fails as much, the sample is an `error` (the fault is probably not the new
 * version's; never a pass, and enough of them in a row still roll back).
 */
function judgeCanaryVsStable(gate, canary, stable, t, atMs) {
    if (canary.requests === 0)
        return { gate, outcome: "no-data", detail: "the canary answered no request in this interval", requests: 0, errors: 0, stable, atMs };
    const own = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeEvidence */ .Z0)(gate, canary, stable, maxErrorRate(t));
    const detail = `canary ${countsText(canary)}, stable ${stable.requests === 0 ? "no requests" : countsText(stable)}`;
    const base = { gate, requests: canary.requests, errors: canary.errors, stable, maxRate: maxErrorRate(t), atMs };
    if (own.verdict === "breach")
        return { ...base, outcome: "fail", detail: `${detail}: canary above ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(own.maxRate)} with 95% confidence` };
    if (own.verdict === "shared")
        return { ...base, outcome: "error", detail: `${detail}: stable fails as much, so the fault is probably not in the new version` };
    return { ...base, outcome: "pass", detail };
}
/** Pools each counting gate's samples of a stage and judges them against their gate's bound, else `maxRate`. */
function poolEvidence(samples, maxRate) {
    const pools = new Map();
    for (const s of samples) {
        if (s.errors === undefined)
            continue;
        const p = pools.get(s.gate) ?? { canary: { requests: 0, errors: 0 }, stable: undefined, maxRate: s.maxRate ?? maxRate };
        p.canary = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(p.canary, { requests: s.requests, errors: s.errors });
        if (s.stable)
            p.stable = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(p.stable ?? { requests: 0, errors: 0 }, s.stable);
        pools.set(s.gate, p);
    }
    return [...pools].map(([gate, p]) => (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeEvidence */ .Z0)(gate, p.canary, p.stable, p.maxRate));
}
/** One gate's pooled evidence in words, for reasons and logs. */
function describeEvidence(e) {
    const stable = e.stable ? `; stable ${countsText(e.stable)}` : "";
    return `${e.gate}: ${countsText(e.canary)}, 95% bounds ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(e.lower)}–${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(e.upper)} against ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(e.maxRate)}${stable}`;
}
/**
 * Decides a stage from its samples so far. `bakeDone` is true once the bake time has passed;
 * `graceDone` once the extension allowed for gathering evidence has passed too.
 */
function decideStage(samples, t, bakeDone, graceDone) {
    const maxRate = maxErrorRate(t);
    const evidence = poolEvidence(samples, maxRate);
    const failures = samples.filter((s) => s.outcome === "fail" && (s.errors === undefined || s.failsAlone));
    if (failures.length >= t.failureLimit) {
        const last = failures.at(-1);
        return { action: "rollback", reason: `${last.gate} failed (${last.detail})`, evidence };
    }
    const breach = evidence.find((e) => e.verdict === "breach");
    if (breach) {
        const stable = breach.stable ? `, while stable saw ${countsText(breach.stable)}` : "";
        return {
            action: "rollback",
            reason: `${breach.gate} saw ${countsText(breach.canary)}${stable}; the 95% lower bound ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(breach.lower)} is above the ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(breach.maxRate)} limit`,
            evidence,
        };
    }
    // Counted per gate: one gate's run of errors is not broken by another gate's pass in the same check.
    for (const gate of new Set(samples.map((s) => s.gate))) {
        const own = samples.filter((s) => s.gate === gate);
        let consecutive = 0;
        for (let i = own.length - 1; i >= 0 && (own[i]?.outcome === "error" || own[i]?.outcome === "no-data"); i--)
            consecutive++;
        if (consecutive >= t.consecutiveErrorLimit) {
            const last = own.at(-1);
            return { action: "rollback", reason: `${consecutive} checks in a row gave no usable verdict (${last.gate}: ${last.detail})`, evidence };
        }
    }
    if (!bakeDone)
        return { action: "wait", reason: "baking", evidence };
    // Evidence is the best single gate's: the probe's requests also show in HAProxy's canary counters,
    // so adding the gates up would count the same requests twice.
    // A gate that does not count errors (Prometheus, a command) still counts what its passing checks saw.
    const uncounted = new Map();
    for (const x of samples)
        if (x.errors === undefined && (x.outcome === "pass" || x.outcome === "not-enough-samples"))
            uncounted.set(x.gate, (uncounted.get(x.gate) ?? 0) + x.requests);
    const pooled = Math.max(0, ...evidence.map((e) => e.canary.requests), ...uncounted.values());
    const allWithin = evidence.every((e) => e.verdict === "within");
    const lastOk = [...new Set(samples.map((s) => s.gate))].every((g) => {
        const last = samples.filter((s) => s.gate === g).at(-1)?.outcome;
        return last === "pass" || last === "not-enough-samples";
    });
    if (pooled >= t.minRequests && allWithin && lastOk)
        return {
            action: "promote",
            reason: evidence.length > 0 ? `within ${(0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(maxRate)} over ${pooled} samples` : "every check passed",
            evidence,
        };
    const open = evidence.filter((e) => e.verdict !== "within");
    const why = open.length
        ? open
            .map((e) => (e.verdict === "shared" ? `${describeEvidence(e)}: both versions fail` : `${describeEvidence(e)}: over the bound, not yet proven`))
            .join("; ")
        : `${pooled} of ${t.minRequests} samples`;
    if (!graceDone)
        return { action: "wait", reason: `gathering evidence: ${why}`, evidence };
    return { action: "rollback", reason: `not enough evidence to promote: ${why}`, evidence, notEnoughSamples: true };
}


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   KR: () => (/* binding */ planJobs),
/* harmony export */   Ny: () => (/* binding */ parseWeeklyRanges),
/* harmony export */   lj: () => (/* binding */ parseStages),
/* harmony export */   lv: () => (/* binding */ blueGreenStages),
/* harmony export */   qN: () => (/* binding */ planDurationMs)
/* harmony export */ });
/* unused harmony exports JOB_LIMIT_MS, parseFreezes, weekTime, evaluateDeployTime, activeFreeze, formatLocal */
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
/**
 * Checks freeze and window (undefined: neither is set) at `now`: undefined when a rollout may start,
 * else why not and when the window opens, in words for the summary and the reason output.
 */
function explainRefusal(time, now) {
    if (!time)
        return undefined;
    const verdict = evaluateDeployTime(now, time.timezone, time.freeze, time.window);
    if (verdict.allowed)
        return undefined;
    const why = verdict.because.kind === "freeze"
        ? `Deployments are frozen now ("${verdict.because.text}", ${time.timezone})`
        : `Now (${formatLocal(now, time.timezone)}) is outside the deployment window ("${verdict.because.text}")`;
    if (!verdict.opensAt)
        return `${why}, and no window opens in the next two weeks: check "freeze" and "window".`;
    return `${why}; the window opens ${formatLocal(verdict.opensAt, time.timezone)} (${verdict.opensAt.toISOString()}, in ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(verdict.opensAt.getTime() - now.getTime())}). Nothing was changed`;
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

/***/ 4181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ describeProvider),
/* harmony export */   Kd: () => (/* binding */ resolveProvider),
/* harmony export */   _x: () => (/* binding */ isServerAddress),
/* harmony export */   cS: () => (/* binding */ IDENTIFIER)
/* harmony export */ });
/**
 * The traffic provider a rollout uses, resolved from the inputs into one typed value (a union: each
 * provider carries exactly what it needs), or every problem with the inputs at once. Pure; the
 * provider objects are built from it by ../providers/index.ts.
 *
 * Names that reach a router are checked here, because a router's control channel is a command
 * language: HAProxy's runtime API takes `;`-separated commands on one line, so a canary named
 * `green weight 0; disable server app/blue` would be three commands. Backend, server and upstream
 * names are identifiers ({@link IDENTIFIER}); nginx server addresses are addresses.
 *
 * Adding a provider is one union member and one case in {@link resolveProvider} (and one in
 * `buildProvider`).
 */
/** A name HAProxy or nginx uses: letters, digits, `_ . : -`. No spaces, quotes or `;`. */
const IDENTIFIER = /^[A-Za-z0-9_.:-]+$/;
function identifier(input, value, what, problems) {
    if (!IDENTIFIER.test(value))
        problems.push({
            input,
            problem: `must be ${what}: letters, digits and _ . : - only (no spaces, quotes or ;); got "${value}"`,
        });
}
const HOST_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
/**
 * Whether `value` is an address nginx's `server` directive takes: `host`, `host:port`, `1.2.3.4:80`,
 * `[::1]:8080`, or `unix:/path/to.sock` (a path without spaces, quotes, `;`, `{`, `}` or `#`).
 */
function isServerAddress(value) {
    if (value.startsWith("unix:"))
        return /^unix:\/[^\s;{}#'"\\]*$/.test(value);
    let host = value;
    let port;
    const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/.exec(value);
    if (v6)
        return v6[1]?.includes(":") === true && (v6[2] === undefined || validPort(v6[2]));
    const hp = /^([^:]+):(\d+)$/.exec(value);
    if (hp) {
        host = hp[1];
        port = hp[2];
    }
    if (port !== undefined && !validPort(port))
        return false;
    return IPV4.test(host) || (HOSTNAME.test(host) && !/^\d+$/.test(host));
}
function validPort(p) {
    const n = Number(p);
    return Number.isInteger(n) && n >= 1 && n <= 65535;
}
function address(input, value, problems) {
    if (!isServerAddress(value))
        problems.push({
            input,
            problem: `must be a server address nginx accepts, like 127.0.0.1:8081, app-green:8080, [::1]:8081 or unix:/run/green.sock; got "${value}"`,
        });
}
function httpUrl(input, value, problems) {
    let ok = false;
    try {
        const u = new URL(value);
        ok = u.protocol === "http:" || u.protocol === "https:";
    }
    catch {
        ok = false;
    }
    if (!ok)
        problems.push({ input, problem: `must be an http(s) URL like https://deploy.example.com/traffic; got "${value}"` });
}
/**
 * Resolves the provider from the inputs. Checks every input the chosen provider needs (present, and
 * names and addresses well formed) and returns all problems found, so a dry run and a real run refuse
 * the same inputs.
 */
function resolveProvider(inputs, env) {
    const problems = [];
    const required = (input, value, why) => {
        if (!value)
            problems.push({ input, problem: `is required with provider: ${inputs.provider}: ${why}` });
        return value ?? "";
    };
    let config;
    switch (inputs.provider) {
        case "haproxy": {
            const socket = required("haproxy-socket", inputs["haproxy-socket"], "the stats socket (level admin), a path or host:port");
            identifier("backend", inputs.backend, "an HAProxy backend name", problems);
            identifier("stable", inputs.stable, "an HAProxy server name", problems);
            identifier("canary", inputs.canary, "an HAProxy server name", problems);
            config = { kind: "haproxy", socket, backend: inputs.backend, stable: inputs.stable, canary: inputs.canary, hasStats: inputs["haproxy-stats"] ?? false };
            break;
        }
        case "nginx": {
            const file = required("nginx-upstream-file", inputs["nginx-upstream-file"], "the upstream file your nginx config includes (Shipline rewrites it at every stage)");
            identifier("nginx-upstream", inputs["nginx-upstream"], "an nginx upstream name", problems);
            address("stable", inputs.stable, problems);
            address("canary", inputs.canary, problems);
            config = {
                kind: "nginx",
                file,
                upstream: inputs["nginx-upstream"],
                stable: inputs.stable,
                canary: inputs.canary,
                reloadCommand: inputs["nginx-reload-command"],
            };
            break;
        }
        case "http": {
            const url = required("webhook-url", inputs["webhook-url"], "the URL that moves the traffic when it receives the signed JSON POST");
            if (url)
                httpUrl("webhook-url", url, problems);
            config = { kind: "http", url, secret: inputs["webhook-secret"] ?? "" };
            break;
        }
        case "github-dispatch": {
            const workflow = required("dispatch-workflow", inputs["dispatch-workflow"], "the workflow file (e.g. traffic.yml) that moves the traffic");
            if (!env.hasToken)
                problems.push({ input: "github-token", problem: "is required with provider: github-dispatch (the job needs permissions: actions: write)" });
            config = { kind: "github-dispatch", workflow, ref: inputs["dispatch-ref"], timeoutMs: inputs["dispatch-timeout"] };
            break;
        }
        case "command": {
            const command = required("provider-command", inputs["provider-command"], "a script that sets the traffic to $SHIPLINE_WEIGHT percent");
            config = { kind: "command", command };
            break;
        }
        case "unleash":
        case "flagd":
            config = { kind: "flag", service: inputs.provider, flag: inputs.flag ?? "" };
            break;
        default:
            return { ok: false, problems: [{ input: "provider", problem: `is not a provider Shipline knows; got "${inputs.provider}"` }] };
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}
/** The provider's one-line description for the plan and the dry run, e.g. `haproxy (backend app, blue → green)`. */
function describeProvider(c) {
    switch (c.kind) {
        case "haproxy":
            return `haproxy runtime API at ${c.socket} (backend ${c.backend}: ${c.stable} → ${c.canary})`;
        case "nginx":
            return `nginx upstream ${c.upstream} in ${c.file} (${c.stable} → ${c.canary}), reloaded with "${c.reloadCommand}"`;
        case "http":
            return `http webhook ${c.url}${c.secret ? " (signed)" : " (unsigned)"}`;
        case "github-dispatch":
            return `github-dispatch of ${c.workflow}${c.ref ? ` on ${c.ref}` : ""}`;
        case "command":
            return `command "${c.command}"`;
        case "flag":
            return `${c.service} feature flag "${c.flag}" (its rollout share moves; a rollback switches it off)`;
    }
}


/***/ }),

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ stageCount),
/* harmony export */   PM: () => (/* binding */ step),
/* harmony export */   ue: () => (/* binding */ initialState)
/* harmony export */ });
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6304);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/**
 * The rollout as a pure state machine: `step(state, event)` returns the next state and the effects
 * the command must carry out (move the traffic, check the gates, sleep until a time, roll back, save
 * the journal, record a deployment status, finish). The command interprets the effects and feeds
 * their outcomes back as events, with the time each happened; nothing here reads a clock, so every
 * transition (bake, extension, promotion, breach, approval hold, job budget, cancel, lost lock,
 * resume) is tested with fake time. Pure.
 */


/** "1 stage", "3 stages": the reason is read by people, in the summary and in notifications. */
function stageCount(n) {
    return `${n} ${n === 1 ? "stage" : "stages"}`;
}
function initialState() {
    return {
        phase: "idle",
        stage: -1,
        weight: 0,
        hasMoved: false,
        bakeEndsAtMs: 0,
        extensionEndsAtMs: 0,
        rounds: 0,
        isExtending: false,
        records: [],
        firstFailAtMs: undefined,
        rollbackWhy: undefined,
        isNotEnoughSamples: false,
        conclusion: undefined,
        reason: "",
    };
}
/** Durations as every other screen prints them (formatMs of the input readers). */
const fmt = _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V;
function finish(s, conclusion, reason, effects = []) {
    return { state: { ...s, phase: "done", conclusion, reason }, effects: [...effects, { type: "finish", conclusion, reason }] };
}
function closeRecord(s, atMs, decision) {
    const last = s.records.at(-1);
    if (!last || last.endedAtMs !== undefined)
        return s.records;
    return [...s.records.slice(0, -1), { ...last, endedAtMs: atMs, decision: last.decision || decision }];
}
/** Starts stage `i`, or ends the job first: an approval hold, or a bake the job budget cannot hold. */
function beginStage(c, s, i, atMs) {
    const stage = c.stages[i];
    if (i > c.startStage && c.pauseAfter.includes(i - 1)) {
        const reason = `held after stage ${i} (${s.weight}% on ${c.canary}) for approval; a run with mode: approve continues it`;
        return finish(s, "waiting", reason, [
            {
                type: "save",
                patch: { phase: "waiting", heldAfterStage: i - 1 },
                entry: { stage: i - 1, weight: s.weight, event: "waiting", note: "held for approval" },
            },
        ]);
    }
    if (i > c.startStage && atMs - c.jobStartedAtMs + stage.bakeMs > c.jobBudgetMs) {
        const reason = `stage ${i + 1} bakes ${fmt(stage.bakeMs)}, more than the ${fmt(c.jobBudgetMs)} job budget leaves; run again with mode: resume to continue`;
        return finish(s, "waiting", reason, [{ type: "save", patch: { phase: "waiting" }, entry: { stage: i - 1, weight: s.weight, event: "waiting" } }]);
    }
    const record = {
        index: i,
        weight: stage.weight,
        startedAtMs: atMs,
        endedAtMs: undefined,
        samples: [],
        decision: "",
        evidence: [],
        minSamples: stage.minSamples,
    };
    const effects = [];
    if (i === c.startStage)
        effects.push({ type: "record", state: "in_progress", description: `Stage ${i + 1}/${c.stages.length}: ${stage.weight}% on ${c.canary}` });
    effects.push({ type: "move", stage: i, weight: stage.weight });
    return {
        state: { ...s, phase: "moving", stage: i, rounds: 0, isExtending: false, records: [...s.records, record] },
        effects,
    };
}
/** Sleeps until the next check, or ends the job mid-bake when the budget would not hold the next interval. */
function nextCheck(c, s, atMs) {
    const stage = c.stages[s.stage];
    if (atMs < s.bakeEndsAtMs && atMs - c.jobStartedAtMs + stage.checkIntervalMs > c.jobBudgetMs) {
        const reason = `stage ${s.stage + 1} (${stage.weight}%) bakes until ${new Date(s.bakeEndsAtMs).toISOString()}, past the ${fmt(c.jobBudgetMs)} job budget; run again with mode: resume to continue its bake`;
        const state = { ...s, records: closeRecord(s, atMs, "waiting (job budget)") };
        return finish(state, "waiting", reason, [{ type: "save", patch: { phase: "waiting" }, entry: { stage: s.stage, weight: s.weight, event: "waiting" } }]);
    }
    return { state: s, effects: [{ type: "sleep-until", atMs: Math.min(atMs + stage.checkIntervalMs, Math.max(atMs, s.extensionEndsAtMs)) }] };
}
function startRollback(s, why, atMs, decision, notEnough = false) {
    return {
        state: {
            ...s,
            phase: "rolling-back",
            rollbackWhy: why,
            isNotEnoughSamples: notEnough,
            firstFailAtMs: s.firstFailAtMs ?? atMs,
            records: closeRecord(s, atMs, decision),
        },
        effects: [
            { type: "save", patch: { phase: "rolling-back" }, entry: { stage: s.stage, weight: s.weight, event: "rollback", note: why.slice(0, 200) } },
            { type: "rollback", why },
        ],
    };
}
/** Promotes the current stage: the next one begins, or the rollout is done. */
function promote(c, s, atMs, decision) {
    const state = { ...s, records: closeRecord(s, atMs, decision) };
    const save = { type: "save", patch: {}, entry: { stage: s.stage, weight: s.weight, event: "promote" } };
    if (s.stage === c.stages.length - 1)
        return finish(state, "promoted", `all ${stageCount(c.stages.length)} passed; ${c.canary} has ${s.weight}% of the traffic`, [save]);
    const next = beginStage(c, state, s.stage + 1, atMs);
    return { state: next.state, effects: [save, ...next.effects] };
}
/**
 * The machine's one function. Events that do not apply in the current phase (a check result after
 * a cancel, a second cancel) leave the state as it is and ask for nothing.
 */
function step(c, s, e) {
    if (s.phase === "done")
        return { state: s, effects: [] };
    switch (e.type) {
        case "start":
            if (s.phase !== "idle")
                return { state: s, effects: [] };
            if (c.startStage >= c.stages.length)
                return finish(s, "promoted", `all ${stageCount(c.stages.length)} passed`);
            return beginStage(c, s, c.startStage, e.atMs);
        case "moved": {
            if (s.phase !== "moving")
                return { state: s, effects: [] };
            const stage = c.stages[s.stage];
            // A stage this rollout already baked (in an earlier job) bakes only what is left, and never
            // longer than this run's plan asks.
            const resumed = s.stage === c.startStage && c.resumedBakeEndsAtMs !== undefined;
            const bakeEndsAtMs = resumed ? Math.min(c.resumedBakeEndsAtMs, e.atMs + stage.bakeMs) : e.atMs + stage.bakeMs;
            const moved = {
                ...s,
                phase: "baking",
                weight: stage.weight,
                hasMoved: true,
                bakeEndsAtMs,
                extensionEndsAtMs: bakeEndsAtMs + stage.extensionMs,
            };
            const save = {
                type: "save",
                patch: { stage: s.stage, weight: stage.weight, bakeEndsAtMs },
                entry: { stage: s.stage, weight: stage.weight, event: "apply" },
            };
            if (stage.bakeMs === 0 && stage.weight === 100) {
                const p = promote(c, moved, e.atMs, "final stage");
                return { state: p.state, effects: [save, ...p.effects] };
            }
            const next = nextCheck(c, moved, e.atMs);
            return { state: next.state, effects: [save, ...next.effects] };
        }
        case "move-failed":
            if (s.phase !== "moving")
                return { state: s, effects: [] };
            return startRollback(s, `the provider failed at stage ${s.stage + 1}: ${e.message}`, e.atMs, "provider failed");
        case "woke":
            if (s.phase !== "baking")
                return { state: s, effects: [] };
            return { state: s, effects: [{ type: "check", stage: s.stage, weight: s.weight }] };
        case "checked": {
            if (s.phase !== "baking")
                return { state: s, effects: [] };
            const stage = c.stages[s.stage];
            const rec = s.records.at(-1);
            const samples = [...rec.samples, ...e.samples];
            const rounds = s.rounds + 1;
            const firstFailAtMs = s.firstFailAtMs ?? (e.samples.some((x) => x.outcome === "fail") ? e.atMs : undefined);
            // Gathering evidence after the bake gets at least three checks, however slow the gates are.
            const d = (0,_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .decideStage */ .Nw)(samples, { ...c.thresholds, minRequests: stage.minSamples }, e.atMs >= s.bakeEndsAtMs, e.atMs >= s.extensionEndsAtMs && rounds >= 3);
            const state = { ...s, rounds, firstFailAtMs, records: [...s.records.slice(0, -1), { ...rec, samples, evidence: d.evidence }] };
            if (d.action === "rollback")
                return startRollback(state, `stage ${s.stage + 1} (${stage.weight}%): ${d.reason}`, e.atMs, d.notEnoughSamples ? "not-enough-samples" : "rolled back", d.notEnoughSamples);
            if (d.action === "promote")
                return promote(c, state, e.atMs, "promoted");
            const effects = [];
            let extending = state.isExtending;
            if (e.atMs >= s.bakeEndsAtMs && !extending) {
                extending = true;
                effects.push({
                    type: "log",
                    message: `the bake of stage ${s.stage + 1} is over without enough evidence (${d.reason.replace(/^gathering evidence: /, "")}); extending it by up to ${fmt(stage.extensionMs)}.`,
                });
            }
            const next = nextCheck(c, { ...state, isExtending: extending }, e.atMs);
            return { state: next.state, effects: [...effects, ...next.effects] };
        }
        case "cancelled":
            if (s.phase === "rolling-back")
                return { state: s, effects: [] };
            if (!s.hasMoved && s.phase !== "moving")
                return finish({ ...s, records: closeRecord(s, e.atMs, "cancelled") }, "failed", "the job was cancelled before any traffic moved; nothing was changed");
            return startRollback(s, "the job was cancelled", e.atMs, "cancelled");
        case "lock-lost":
        case "error":
            if (s.phase === "rolling-back")
                return { state: s, effects: [] };
            if (!s.hasMoved && s.phase !== "moving")
                return finish({ ...s, records: closeRecord(s, e.atMs, "stopped (lock lost)") }, "failed", `${e.why} before this run moved any traffic; nothing was changed`);
            return startRollback(s, e.why, e.atMs, "stopped (lock lost)");
        case "rolled-back":
            if (s.phase !== "rolling-back")
                return { state: s, effects: [] };
            return finish({ ...s, weight: 0 }, s.isNotEnoughSamples ? "not-enough-samples" : "rolled-back", s.rollbackWhy ?? "rolled back");
        case "rollback-failed":
            if (s.phase !== "rolling-back")
                return { state: s, effects: [] };
            return finish(s, "failed", `${s.rollbackWhy ?? "rolled back"}; the rollback failed too: ${e.message}`);
    }
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

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ resolveSides)
/* harmony export */ });
/* unused harmony export FLAG_SIDES */
/** The defaults of the `stable` and `canary` inputs (deploy/inputs.ts): for a flag they mean "not set". */
const ROUTER_DEFAULTS = { stable: "blue", canary: "green" };
/** A flag's sides, named after its state. */
const FLAG_SIDES = { stable: "flag off", canary: "flag on" };
/**
 * The sides of a rollout through `provider`. Router providers keep the names they were given. Flag
 * providers use {@link FLAG_SIDES}, unless `stable` or `canary` was set to a name of its own (then
 * that name is kept: the user chose it for their readers).
 */
function resolveSides(provider, names) {
    if (provider.kind !== "flag")
        return { stable: names.stable, canary: names.canary, holder: "the router", isFlag: false };
    return {
        stable: names.stable === ROUTER_DEFAULTS.stable ? FLAG_SIDES.stable : names.stable,
        canary: names.canary === ROUTER_DEFAULTS.canary ? FLAG_SIDES.canary : names.canary,
        holder: provider.service === "unleash" ? "Unleash" : "the flag file",
        isFlag: true,
    };
}


/***/ }),

/***/ 5069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ startMachine)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6304);
/* harmony import */ var _core_rollout_machine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5130);



/** Starts the machine (its `start` event) and interprets it until it finishes. */
function startMachine(o) {
    const { clock, log, plan, sides, startStage, provider, serial, progress } = o;
    let machine = (0,_core_rollout_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .initialState */ .ue)();
    let effectChain = Promise.resolve();
    let endMachine = () => { };
    const finished = new Promise((ok) => {
        endMachine = ok;
    });
    const dispatch = (e) => {
        const r = (0,_core_rollout_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .step */ .PM)(o.machine, machine, e);
        machine = r.state;
        for (const effect of r.effects) {
            if (effect.type === "move" || effect.type === "check" || effect.type === "sleep-until" || effect.type === "record")
                effectChain = effectChain.then(() => perform(effect)).catch((err) => stumble(err));
            else
                void perform(effect).catch((err) => stumble(err));
        }
    };
    const stumble = (err) => {
        const why = `an unexpected error stopped the rollout: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(err).message.replace(/\.$/, "")}`;
        log.warning(`${why}.`);
        dispatch({ type: "error", atMs: clock.now(), why });
    };
    const perform = async (effect) => {
        switch (effect.type) {
            case "record":
                await o.record(effect.state, effect.description);
                return;
            case "save":
                void o.saveState(effect.patch, effect.entry);
                return;
            case "log":
                log.info(`  ${effect.message}`);
                return;
            case "finish":
                endMachine();
                return;
            case "sleep-until":
                await clock.sleep(Math.max(0, effect.atMs - clock.now()), o.signal);
                dispatch({ type: "woke", atMs: clock.now() });
                return;
            case "check": {
                const samples = await o.checks.sample(progress.weight, o.signal);
                for (const x of samples)
                    log.info(`  ${x.gate}: ${x.outcome} (${x.detail})`);
                // The time to rollback counts from the moment a check has failed (its result is known); a
                // slow probe's own duration is in the timeline, not in this figure.
                dispatch({ type: "checked", atMs: clock.now(), samples });
                return;
            }
            case "rollback": {
                try {
                    await serial(() => provider.rollback());
                    progress.weight = 0;
                    const at = clock.now();
                    o.onRolledBack(at - (machine.firstFailAtMs ?? at));
                    dispatch({ type: "rolled-back", atMs: at });
                }
                catch (err) {
                    dispatch({ type: "rollback-failed", atMs: clock.now(), message: (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(err).message });
                }
                return;
            }
            case "move": {
                const i = effect.stage;
                const stage = plan.stages[i];
                // Before each move, the lock must still hold this run's last write; a takeover during the bake
                // is caught here, before the router changes, rather than by the write after the move.
                if (i > startStage && o.confirmLock) {
                    await o.confirmLock();
                    if (o.signal.aborted)
                        return;
                }
                log.info(`Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% to ${sides.canary}, bake ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(stage.bakeMs)}.`);
                try {
                    // The router is the source of truth: before a move, it must still hold what this rollout set.
                    if (i > startStage) {
                        const now = await serial(() => provider.read());
                        if (now !== undefined && now !== machine.weight)
                            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.ProcessFailed, `${sides.holder} has ${now}% on ${sides.canary}, not the ${machine.weight}% this rollout set: something else changed the weights`);
                    }
                    if (o.signal.aborted)
                        return;
                    await serial(() => provider.apply(effect.weight, i + 1));
                }
                catch (err) {
                    dispatch({ type: "move-failed", atMs: clock.now(), message: (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(err).message });
                    return;
                }
                progress.weight = effect.weight;
                o.onMoved();
                if (o.machine.resumedBakeEndsAtMs !== undefined && i === startStage)
                    log.info(`  continuing the bake of stage ${i + 1}: ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(Math.max(0, o.machine.resumedBakeEndsAtMs - clock.now()))} left.`);
                await o.checks.baseline(); // the first judged sample follows one interval later
                dispatch({ type: "moved", atMs: clock.now() });
                return;
            }
        }
    };
    dispatch({ type: "start", atMs: clock.now() });
    return {
        dispatch,
        get state() {
            return machine;
        },
        done: finished.then(() => effectChain),
    };
}


/***/ }),

/***/ 9885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ acquireRolloutLock)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6304);
/* harmony import */ var _core_rollout_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2598);



async function acquireRolloutLock(o) {
    const { lock } = o;
    const deadline = o.clock.now() + o.lockTimeoutMs;
    let state = o.fresh();
    const journal = (e) => state.journal.push({ atMs: o.clock.now(), ...e });
    let lastLookupFailure;
    for (let announced = false;;) {
        if (o.signal.aborted)
            return { kind: "cancelled", reason: String(o.signal.reason ?? "cancelled"), announced };
        const holder = await lock.read();
        if (holder && !holder.state) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.PolicyFailed, `The lock ref refs/shipline/deploy-lock/${o.environment} exists but holds no Shipline rollout state.`, {
                hint: "Delete that ref if nothing else uses it (git push origin :refs/shipline/deploy-lock/...), then re-run.",
            });
        }
        // Only GitHub saying the holder's run has completed frees its lock: an error or a 404 (a token
        // without actions: read) says nothing about a live rollout, so the run waits and asks again.
        let finished = false;
        let lookupFailed;
        // A waiting or released rollout's run does not matter (evaluateLock decides on its phase).
        const h = holder?.state;
        if (h && h.phase !== "waiting" && h.phase !== "done" && h.rolloutId !== o.rolloutId && h.runId && h.runId !== o.runId) {
            try {
                const r = await o.getRun(Number(h.runId));
                finished = r?.status === "completed";
                if (!r)
                    lookupFailed = `GitHub answered 404 for run ${h.runId}`;
            }
            catch (e) {
                lookupFailed = (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(e).message;
            }
            if (lookupFailed && lookupFailed !== lastLookupFailure)
                o.log.warning(`Could not tell whether run ${h.runId}, which holds the ${o.environment} rollout lock, has finished (${lookupFailed.replace(/\.$/, "")}); waiting and asking again, since only a completed run frees the lock.`);
            lastLookupFailure = lookupFailed;
        }
        const v = (0,_core_rollout_state_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateLock */ .t6)(h, o.rolloutId, finished, o.mode !== "start", o.runId);
        if (v.kind === "free") {
            if (o.mode !== "start")
                return { kind: "idle", reason: `no rollout to ${o.environment} is waiting` };
            if (holder) {
                journal({ stage: -1, weight: 0, event: "start" });
                if ((await lock.write(state)).ok)
                    return { kind: "acquired", state };
                state.journal.pop();
                continue; // another run took the finished lock between our read and our write: look again
            }
            if (await lock.acquire({ ...state, journal: [...state.journal, { atMs: o.clock.now(), stage: -1, weight: 0, event: "start" }] })) {
                journal({ stage: -1, weight: 0, event: "start" });
                return { kind: "acquired", state };
            }
            continue; // another run created the lock between our read and our create: look again
        }
        if (v.kind === "mine") {
            const wasResume = v.state.rolloutId !== o.rolloutId && v.state.runId !== o.runId;
            // A hold for approval is lifted only by mode: approve (a job behind a required reviewer), so
            // neither a scheduled resume nor a re-run of the job that paused can skip the reviewer.
            if (v.state.heldAfterStage !== undefined && o.mode !== "approve") {
                const held = v.state.heldAfterStage;
                return {
                    kind: "held",
                    state: v.state,
                    reason: `rollout ${v.state.rolloutId} is held after stage ${held + 1} (${v.state.weight}% on ${o.canary}) for approval; a run with mode: approve continues it`,
                };
            }
            // A resumed rollout belongs to this run from now on, so a later run sees its holder alive.
            state = { ...v.state, runId: o.runId ?? v.state.runId };
            if (v.state.phase === "rolling-back") {
                o.log.notice(`Rollout ${v.state.rolloutId} was rolling back when its last attempt ended: finishing the rollback.`);
                return { kind: "resumed", state, startStage: 0, unfinishedRollback: v.state };
            }
            if (v.state.heldAfterStage !== undefined) {
                o.log.notice(`Approved: continuing after stage ${v.state.heldAfterStage + 1} (${v.state.weight}% on ${o.canary}).`);
                delete state.heldAfterStage;
            }
            state.phase = "running";
            // After a promotion (or a wait at a stage boundary) the next stage; else the stage itself, whose
            // bake continues (a stage longer than a job, or a re-run after a kill).
            const promoted = state.journal.some((j) => j.stage === state.stage && j.event === "promote");
            const startStage = Math.max(0, promoted ? state.stage + 1 : state.stage);
            o.log.notice(`Resuming rollout ${v.state.rolloutId}${wasResume ? ` (from run ${v.state.runId})` : ""} at stage ${startStage + 1} (${o.holder ?? "the router"} had ${state.weight}% on ${o.canary}).`);
            journal({ stage: startStage, weight: state.weight, event: "resume", note: `run ${o.runId ?? "local"}` });
            if ((await lock.write(state)).ok)
                return { kind: "resumed", state, startStage, unfinishedRollback: undefined };
            // Another run moved the lock between our read and our write: start over from what it holds.
            state = o.fresh();
            continue;
        }
        if (v.kind === "stale") {
            o.log.notice(`Taking over the ${o.environment} rollout lock from run ${v.state.runId} (${v.state.rolloutId}), which has finished without releasing it.`);
            journal({ stage: -1, weight: v.state.weight, event: "takeover", note: `from run ${v.state.runId}` });
            // The write is a compare-and-swap on the stale holder's commit: of two runs taking over at
            // once, GitHub moves the ref for one; the other looks again (and waits or fails).
            if ((await lock.write(state)).ok)
                return { kind: "acquired", state };
            state.journal = state.journal.filter((j) => j.event !== "takeover");
            continue;
        }
        const holderText = `run ${v.state.runId} (${v.state.version || "unversioned"}, stage ${v.state.stage + 1}, ${v.state.phase})`;
        if ((o.concurrency === "fail" && !lookupFailed) || o.clock.now() >= deadline) {
            const waited = o.concurrency !== "fail" || lookupFailed !== undefined;
            if (waited)
                await o.onGiveUp(`Gave up after waiting ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(o.lockTimeoutMs)} for ${holderText}`);
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.PolicyFailed, `Another rollout to ${o.environment} is in progress: ${holderText}. Nothing was changed.`, {
                hint: v.state.heldAfterStage !== undefined
                    ? `That rollout is held for approval after stage ${v.state.heldAfterStage + 1}: approve it with "mode: approve", or delete refs/shipline/deploy-lock/${o.environment} to abandon it.`
                    : v.state.phase === "waiting"
                        ? `That rollout waits for a later run with "mode: resume"; resume it first, or delete refs/shipline/deploy-lock/${o.environment} to abandon it.`
                        : lookupFailed
                            ? `Waited ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(o.lockTimeoutMs)}, but GitHub never said whether run ${v.state.runId} has finished (${lookupFailed.replace(/\.$/, "")}). Give the job "permissions: actions: read", or delete refs/shipline/deploy-lock/${o.environment} if that run is gone.`
                            : waited
                                ? `Waited ${(0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(o.lockTimeoutMs)}; raise "lock-timeout" or run later.`
                                : 'Set "concurrency: wait" to queue behind it, or use a workflow concurrency group.',
            });
        }
        if (!announced) {
            o.log.info(`Waiting for the rollout lock of ${o.environment}, held by ${holderText}.`);
            await o.onWaiting(holderText);
        }
        announced = true;
        await o.clock.sleep(o.pollMs, o.signal);
    }
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

/***/ 4253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ post),
/* harmony export */   z: () => (/* binding */ writePostState)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/* harmony import */ var _kernel_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6304);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1010);
/* harmony import */ var _core_provider_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4181);
/* harmony import */ var _core_sides_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8971);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3614);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4332);
/* harmony import */ var _providers_flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8337);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3582);
/* harmony import */ var _recorder_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4805);
/**
 * The deploy action's `post:` step, which the runner runs after the main step however it ended. It
 * owns the last line of defence: a main step that died mid-rollout (kill -9, a runner timeout) left
 * traffic half moved, its deployment in progress and the environment locked; this puts the traffic
 * back on stable (or switches the flag off), fails the record and releases the lock. It also owns
 * the rule that a promoted rollout is never undone here, and what the main step saves for it
 * ({@link PostState}).
 */











/** The provider's config from the inputs, or an InputError listing every problem with them. */
function providerConfig(inputs, ctx) {
    const r = (0,_core_provider_config_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveProvider */ .Kd)(inputs, { hasToken: ctx.hasToken() });
    const problems = [...(r.ok ? [] : r.problems), ...(0,_providers_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .checkFlagInputs */ .CG)(inputs)];
    if (!r.ok || problems.length > 0)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(problems);
    return r.config;
}
/**
 * Whether the journal the lock holds shows a rollout that ended (released, promoted to 100 %, or
 * waiting for a later run): the post step leaves the router alone then.
 */
function journalShowsFinished(s) {
    return s.phase === "done" || s.phase === "waiting" || s.journal.some((j) => j.event === "done" || (j.event === "promote" && j.weight === 100));
}
/**
 * The `post:` step (runs always): when the main step died mid-rollout (it saves "rollout" state after
 * its first move and clears it when it ends), put the traffic back on stable, mark the deployment
 * failed and release the lock, so the environment is not left half-rolled or locked. A rollout that
 * was promoted, or whose journal on the lock shows it finished, is never rolled back here.
 */
async function post(ctx) {
    const { runtime, context } = ctx;
    const raw = runtime.getState("rollout");
    if (!raw)
        return;
    const saved = JSON.parse(raw);
    const lock = ctx.hasToken() && context.sha ? new _lock_js__WEBPACK_IMPORTED_MODULE_7__/* .RolloutLock */ .F(ctx.github(), saved.environment) : undefined;
    const holder = lock ? await lock.read().catch(() => "unreadable") : undefined;
    const mine = holder && holder !== "unreadable" && holder.state?.rolloutId === saved.rolloutId ? holder.state : undefined;
    // With the lock readable, it is the record of what happened: released or taken over means the
    // rollout ended (or another run owns the router now); its journal says whether it had finished.
    const finished = saved.promoted === true || (lock !== undefined && holder !== "unreadable" && (!mine || journalShowsFinished(mine)));
    if (finished) {
        runtime.log.info(`Rollout ${saved.rolloutId} had ended${saved.promoted ? " with a promotion" : ""}; the post step leaves the traffic as it is.`);
        if (mine && lock)
            await lock.release();
        return;
    }
    const inputs = (0,_kernel_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .deploySpec */ .h.inputs, (name) => runtime.input(name));
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.cwd, inputs["working-directory"]);
    const config = providerConfig(inputs, ctx);
    const sides = (0,_core_sides_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSides */ .v)(config, { stable: inputs.stable, canary: inputs.canary });
    runtime.log.warning(`The deploy step ended without finishing rollout ${saved.rolloutId}: ${sides.isFlag ? "switching the flag off" : `rolling back to ${sides.stable}`}.`);
    try {
        await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_9__/* .buildProvider */ .Y)(config, ctx, {
            cwd,
            version: inputs.version ?? "",
            environment: inputs.environment,
            flagInputs: inputs,
        }).rollback();
    }
    catch (e) {
        runtime.log.error(`The rollback in the post step failed: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toShiplineError */ .Em)(e).message}. ${sides.isFlag ? `Turn flag "${inputs.flag}" off by hand.` : `Move the traffic back to ${sides.stable} by hand.`}`);
    }
    if (!ctx.hasToken())
        return;
    if (saved.deploymentId !== undefined) {
        const recorder = new _recorder_js__WEBPACK_IMPORTED_MODULE_10__/* .DeploymentRecorder */ .q(ctx, {
            environment: saved.environment,
            environmentUrl: inputs["environment-url"],
            isProduction: (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .isProduction */ .KV)(inputs),
        });
        recorder.adopt(saved.deploymentId);
        await recorder.status("failure", "The deploy step died mid-rollout; the post step rolled back.");
    }
    if (lock && (mine || holder === "unreadable")) {
        const again = await lock.read().catch(() => undefined);
        if (again?.state?.rolloutId === saved.rolloutId)
            await lock.release();
    }
}
/** Keeps `state` for the post step (GITHUB_STATE "rollout"); an empty one tells it the rollout ended. */
function writePostState(runtime, state) {
    runtime.saveState("rollout", state ? JSON.stringify(state) : "");
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

/***/ 8337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GA: () => (/* binding */ buildFlagProvider),
  CG: () => (/* binding */ checkFlagInputs)
});

// UNUSED EXPORTS: FLAG_PROVIDERS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/deploy/providers/flagd.ts
/**
 * flagd flag-definition files (https://flagd.dev/reference/flag-definitions/): the rollout share is
 * a `fractional` split of the flag's targeting between its on and off variants, e.g.
 * `{"fractional": [["on", 10], ["off", 90]]}`. flagd hashes the flag key with the targeting key into
 * the variants' cumulative ranges, on first, so a user who got the new variant at 10 % keeps it at
 * 50 %. At 0 % (a rollback, the kill switch) the flag has no targeting and defaults to the off
 * variant; at 100 % it defaults to the on variant. Shipline owns the flag's targeting; other flags
 * in the file are kept as they are. The file is written in place (atomically: a temp file, then a
 * rename, so flagd's file watcher never reads half a file) or committed through the Contents API,
 * and every write is read back.
 */




const SCHEMA = "https://flagd.dev/schema/v0/flags.json";
function invalid(where, what) {
    return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ConfigInvalid, `The flagd file ${where} ${what}.`, {
        hint: 'Fix the file (see https://flagd.dev/reference/flag-definitions/) or point "flagd-file" at another one.',
        exitCode: 2,
    });
}
function parseDocument(text, where) {
    if (text === undefined || text.trim() === "")
        return { $schema: SCHEMA, flags: {} };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw invalid(where, `is not valid JSON: ${e.message}`);
    }
    if (typeof doc !== "object" || doc === null || Array.isArray(doc))
        throw invalid(where, "is not a JSON object");
    const d = doc;
    if (d.flags === undefined)
        d.flags = {};
    if (typeof d.flags !== "object" || d.flags === null || Array.isArray(d.flags))
        throw invalid(where, 'has a "flags" that is not an object');
    return d;
}
/**
 * The share (0..100) of targeting keys the flag serves its on variant to, as written in `text`:
 * 0 when the file or flag is missing or DISABLED; undefined when the targeting is not one Shipline
 * writes (so a rollout stops rather than guess).
 */
function computeFlagdShare(text, flag, variants, where = "flags.json") {
    const def = parseDocument(text, where).flags[flag];
    if (!def || def.state === "DISABLED")
        return 0;
    if (def.targeting === undefined || (typeof def.targeting === "object" && def.targeting !== null && Object.keys(def.targeting).length === 0)) {
        if (def.defaultVariant === variants.on)
            return 100;
        if (def.defaultVariant === variants.off)
            return 0;
        return undefined;
    }
    const f = def.targeting.fractional;
    if (!Array.isArray(f) || Object.keys(def.targeting).length !== 1)
        return undefined;
    const buckets = f.filter((b) => Array.isArray(b) && typeof b[0] === "string");
    if (buckets.length !== f.length || buckets.length !== 2 || buckets[0]?.[0] !== variants.on || buckets[1]?.[0] !== variants.off)
        return undefined;
    const on = Number(buckets[0][1] ?? 1);
    const off = Number(buckets[1][1] ?? 1);
    if (!(on >= 0 && off >= 0 && on + off > 0))
        return undefined;
    return Math.round((on / (on + off)) * 1e4) / 100;
}
/**
 * The file's text with the flag set to serve `variants.on` to `weight` % (0..100) of targeting keys.
 * A missing file or flag is created as a boolean flag (on: true, off: false); an existing flag must
 * already define both variants. Other flags and keys are kept.
 */
function renderFlagdDocument(text, flag, weight, variants, where = "flags.json") {
    const doc = parseDocument(text, where);
    const existing = doc.flags[flag];
    const def = existing ?? { state: "ENABLED", variants: { [variants.on]: true, [variants.off]: false }, defaultVariant: variants.off };
    const missing = [variants.on, variants.off].filter((v) => !def.variants || !(v in def.variants));
    if (missing.length > 0)
        throw invalid(where, `has no variant ${missing.map((m) => `"${m}"`).join(" or ")} in flag "${flag}" (it has ${Object.keys(def.variants ?? {})
            .map((v) => `"${v}"`)
            .join(", ")}); set "flagd-on-variant" and "flagd-off-variant" to two of them`);
    def.state = "ENABLED";
    if (weight <= 0 || weight >= 100) {
        def.defaultVariant = weight >= 100 ? variants.on : variants.off;
        delete def.targeting;
    }
    else {
        def.defaultVariant = variants.off;
        // Weights in hundredths, so 12.5 % stays exact (flagd takes any integer weights and sums them).
        const on = Math.round(weight * 100);
        def.targeting = {
            fractional: [
                [variants.on, on],
                [variants.off, 10_000 - on],
            ],
        };
    }
    doc.flags[flag] = def;
    return `${JSON.stringify(doc, null, 2)}\n`;
}
/** A flag file on disk, replaced atomically (temp file in the same directory, then rename). */
class FlagdFileStore {
    where;
    constructor(where) {
        this.where = where;
    }
    async read() {
        try {
            return await (0,promises_.readFile)(this.where, "utf8");
        }
        catch (e) {
            if (e.code === "ENOENT")
                return undefined;
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Cannot read the flagd file ${this.where}: ${e.message}.`, {
                hint: 'Check "flagd-file" and the job\'s permissions on it.',
            });
        }
    }
    async write(text) {
        const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(this.where), `.${(0,external_node_path_.basename)(this.where)}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
        try {
            await (0,promises_.writeFile)(tmp, text, "utf8");
            await (0,promises_.rename)(tmp, this.where);
        }
        catch (e) {
            await (0,promises_.rm)(tmp, { force: true });
            const why = e.code === "ENOENT" ? "its directory does not exist" : e.message;
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Cannot write the flagd file ${this.where}: ${why}.`, {
                hint: 'Check "flagd-file": its directory must exist and be writable.',
            });
        }
    }
}
/** A flag file committed to a branch of the run's repository through the Contents API. */
class FlagdContentsStore {
    contents;
    path;
    branch;
    where;
    constructor(contents, path, branch, repository) {
        this.contents = contents;
        this.path = path;
        this.branch = branch;
        this.where = `${repository}@${branch}:${path}`;
    }
    async read() {
        return (await this.contents.read(this.path, this.branch))?.content;
    }
    async write(text, message) {
        // The whole file is ours: the branch's current text is replaced, never merged.
        await this.contents.update(this.path, this.branch, () => text, message);
    }
}
class FlagdProvider {
    o;
    name = "flagd";
    constructor(o) {
        this.o = o;
    }
    async read() {
        return computeFlagdShare(await this.o.store.read(), this.o.flag, this.o.variants, this.o.store.where);
    }
    async apply(weight, stage) {
        const before = await this.o.store.read();
        const next = renderFlagdDocument(before, this.o.flag, weight, this.o.variants, this.o.store.where);
        if (next !== before) {
            const what = weight === 0 ? `roll back flag ${this.o.flag} (off for all)` : `flag ${this.o.flag} on for ${weight}%`;
            const about = [this.o.version, stage > 0 ? `stage ${stage}` : ""].filter(Boolean).join(", ");
            await this.o.store.write(next, `chore(flags): ${what}${about ? ` (${about})` : ""}`);
        }
        const now = await this.read();
        if (now !== weight)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The flagd file ${this.o.store.where} has flag "${this.o.flag}" at ${now === undefined ? "a split Shipline did not write" : `${now}%`} after setting ${weight}%.`, { hint: "Something else changed the flag during the rollout; it stopped." });
    }
    async rollback() {
        await this.apply(0, 0);
    }
}

// EXTERNAL MODULE: ./src/kernel/format.ts
var format = __webpack_require__(8982);
;// CONCATENATED MODULE: ./src/deploy/providers/unleash.ts
/**
 * Unleash through its Admin API: the rollout share is the `rollout` parameter of the flag's
 * `flexibleRollout` strategy in one environment (the first one without constraints or segments; it
 * is created when missing), and the flag is on in that environment while the share is above 0.
 * Every change is read back from Unleash, which is the source of truth. Rollback is the kill
 * switch: the flag goes off in the environment (verified), then its rollout to 0, so turning it
 * back on by hand does not re-expose the old share.
 *
 * Routes (unleash-server 8, src/lib/features/feature-toggle/feature-toggle-controller.ts, mounted at
 * /api/admin/projects): GET .../features/:flag/environments/:env, POST .../strategies, PUT
 * .../strategies/:id, POST .../environments/:env/on and /off.
 */


const STRATEGY = "flexibleRollout";
/** The strategy Shipline drives: the first unconstrained, unsegmented flexibleRollout (by sort order). */
function pickRolloutStrategy(strategies) {
    return [...strategies]
        .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
        .find((s) => s.name === STRATEGY && (s.constraints ?? []).length === 0 && (s.segments ?? []).length === 0);
}
class UnleashProvider {
    o;
    name = "unleash";
    base;
    project;
    warnedOthers = false;
    constructor(o) {
        this.o = o;
        this.base = o.url.replace(/\/+$/, "").replace(/\/api$/, "");
        this.project = o.project || "default";
    }
    get where() {
        return `flag "${this.o.flag}" in project "${this.project}", environment "${this.o.environment}"`;
    }
    get envPath() {
        const e = encodeURIComponent;
        return `/api/admin/projects/${e(this.project)}/features/${e(this.o.flag)}/environments/${e(this.o.environment)}`;
    }
    /** One Admin API call; retries 5xx, 429 and network errors when `retry` (every call here but a create). */
    async call(method, path, body, retry = true) {
        const attempts = retry ? (this.o.attempts ?? 3) : 1;
        let last = "";
        let made = 0;
        for (let i = 0; i < attempts; i++) {
            if (i > 0)
                await new Promise((ok) => setTimeout(ok, (this.o.backoffMs ?? 300) * 2 ** (i - 1)));
            made++;
            let res;
            try {
                res = await fetch(`${this.base}${path}`, {
                    method,
                    headers: { authorization: this.o.token, accept: "application/json", "user-agent": "shipline-deploy", "content-type": "application/json" },
                    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                    signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
                });
            }
            catch (e) {
                last = e.cause instanceof Error ? e.cause.message : e.message;
                continue;
            }
            const text = await res.text();
            if (res.ok) {
                try {
                    return (text ? JSON.parse(text) : undefined);
                }
                catch {
                    return undefined;
                }
            }
            const said = unleashMessage(text);
            if (res.status === 401)
                throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Unleash at ${this.base} refused the token in "unleash-token" (HTTP 401) for ${method} ${path}.`, {
                    hint: `Set "unleash-token" to an admin API token or a personal access token that may change ${this.where}.`,
                });
            if (res.status === 403)
                throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Unleash at ${this.base} forbids ${method} ${path} for the token in "unleash-token" (HTTP 403${said ? `: ${said}` : ""}).`, {
                    hint: `The token needs permission to update ${this.where} and its strategies; an environment that requires change requests cannot be changed directly.`,
                });
            if (res.status === 404)
                throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Unleash at ${this.base} has no ${this.where} (HTTP 404${said ? `: ${said}` : ""}).`, {
                    hint: 'Check "flag", "unleash-project" and "unleash-environment": the flag must exist and the environment must be enabled in its project (Shipline does not create flags).',
                });
            last = `HTTP ${res.status}${said ? `: ${said}` : ""}`;
            if (res.status < 500 && res.status !== 429)
                break;
        }
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Unleash at ${this.base} did not accept ${method} ${path} for ${this.where} (${(0,format/* count */.U9)(made, "attempt")}): ${last}.`, {
            hint: 'Check "unleash-url" (the server\'s base URL) and that Unleash is up.',
        });
    }
    async state() {
        // The strategies route lists each strategy's segments; the environment read may leave them out.
        const [e, s] = await Promise.allSettled([this.call("GET", this.envPath), this.call("GET", `${this.envPath}/strategies`)]);
        // The environment read's error first: its 404 says which of flag, project or environment is missing.
        if (e.status === "rejected")
            throw e.reason;
        if (s.status === "rejected")
            throw s.reason;
        const [env, strategies] = [e.value, s.value];
        return { enabled: env?.enabled === true, strategies: Array.isArray(strategies) ? strategies : (env?.strategies ?? []) };
    }
    /** The share of users the flag is on for: its rollout when on, 0 when off; undefined when Shipline's strategy is missing. */
    static shareOf(s) {
        if (!s.enabled)
            return 0;
        const r = pickRolloutStrategy(s.strategies ?? []);
        if (!r || r.disabled)
            return undefined;
        const n = Number(r.parameters?.rollout);
        return Number.isFinite(n) ? n : undefined;
    }
    async setRollout(current, weight) {
        const s = pickRolloutStrategy(current.strategies ?? []);
        if (!s) {
            await this.call("POST", `${this.envPath}/strategies`, {
                name: STRATEGY,
                title: "Shipline rollout",
                disabled: false,
                constraints: [],
                parameters: { rollout: String(weight), stickiness: "default", groupId: this.o.flag },
            }, false);
            return;
        }
        if (s.parameters?.rollout === String(weight) && !s.disabled)
            return;
        await this.call("PUT", `${this.envPath}/strategies/${encodeURIComponent(s.id)}`, {
            name: s.name,
            title: s.title ?? undefined,
            disabled: false,
            sortOrder: s.sortOrder,
            constraints: s.constraints ?? [],
            // No segments: a PUT without them keeps the strategy's own (the environment read may omit them).
            variants: s.variants ?? [],
            parameters: { stickiness: "default", groupId: this.o.flag, ...s.parameters, rollout: String(weight) },
        });
    }
    /** Other active strategies also expose the flag (strategies are OR-ed): say so once. */
    warnOthers(s) {
        if (this.warnedOthers)
            return;
        const mine = pickRolloutStrategy(s.strategies ?? []);
        const others = (s.strategies ?? []).filter((x) => x !== mine && !x.disabled);
        if (others.length === 0)
            return;
        this.warnedOthers = true;
        this.o.log?.(`Unleash: ${this.where} has ${others.length} other active strateg${others.length === 1 ? "y" : "ies"} (${others.map((x) => x.name).join(", ")}); users they match see the flag on whatever the rollout.`);
    }
    async read() {
        return UnleashProvider.shareOf(await this.state());
    }
    async apply(weight) {
        if (weight === 0)
            return this.rollback();
        const before = await this.state();
        // The share first, then on: a flag switched on never serves an old, larger rollout.
        await this.setRollout(before, weight);
        if (!before.enabled)
            await this.call("POST", `${this.envPath}/on`);
        const after = await this.state();
        this.warnOthers(after);
        const now = UnleashProvider.shareOf(after);
        if (now !== weight)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Unleash reports ${this.where} ${after.enabled ? `on at ${now === undefined ? "an unknown rollout" : `${now}%`}` : "off"} after setting it on at ${weight}%.`, { hint: "Something else changed the flag during the rollout; it stopped." });
    }
    async rollback() {
        // The kill switch first: off is one call and takes effect whatever the strategies hold.
        await this.call("POST", `${this.envPath}/off`);
        const after = await this.state();
        if (after.enabled)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Unleash still reports ${this.where} on after turning it off.`, {
                hint: "Turn the flag off by hand in Unleash; something turned it back on.",
            });
        try {
            await this.setRollout(after, 0);
        }
        catch (e) {
            this.o.log?.(`Unleash: ${this.where} is off, but its rollout could not be set to 0: ${e.message}`);
        }
    }
}
/** Unleash's error text: `message`, or the first of `details[].message`. */
function unleashMessage(text) {
    try {
        const b = JSON.parse(text);
        const m = typeof b.message === "string" ? b.message : typeof b.details?.[0]?.message === "string" ? b.details[0].message : "";
        return String(m).slice(0, 300);
    }
    catch {
        return text.slice(0, 200);
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/flags.ts
/**
 * The feature-flag providers (`provider: unleash` and `provider: flagd`): the stages move a flag's
 * rollout share instead of router weights; the gates, records, lock, resume and post-step rollback
 * are the same. These two functions are all the deploy command needs: the input checks (every
 * problem at once, also for a dry run) and the provider.
 */




const FLAG_PROVIDERS = (/* unused pure expression or super */ null && (["unleash", "flagd"]));
/** Flag keys both services accept in a URL path or a JSON key without surprises. */
const FLAG_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:~-]{0,99}$/;
/** Every problem with the flag providers' inputs; empty for the other providers. */
function checkFlagInputs(inputs) {
    const p = inputs.provider;
    if (p !== "unleash" && p !== "flagd")
        return [];
    const out = [];
    if (!inputs.flag)
        out.push({ input: "flag", problem: `is required with provider: ${p}: the feature flag's name (key) whose rollout the stages move` });
    else if (!FLAG_NAME.test(inputs.flag))
        out.push({ input: "flag", problem: `must be a flag name of letters, digits and _ . : ~ - (at most 100); got ${JSON.stringify(inputs.flag.slice(0, 80))}` });
    if (p === "unleash") {
        const url = inputs["unleash-url"];
        if (!url)
            out.push({ input: "unleash-url", problem: "is required with provider: unleash: the Unleash server's base URL, e.g. https://unleash.example.com" });
        else if (!/^https?:\/\/[^/\s]+/i.test(url))
            out.push({
                input: "unleash-url",
                problem: `must be an http(s) URL like https://unleash.example.com; got ${JSON.stringify(url.replace(/\/\/[^@/]*@/, "//***@"))}`,
            });
        if (!inputs["unleash-token"])
            out.push({
                input: "unleash-token",
                problem: "is required with provider: unleash: an admin API token or a personal access token (pass it from a secret, e.g. ${{ secrets.UNLEASH_ADMIN_TOKEN }})",
            });
    }
    else {
        if (!inputs["flagd-file"])
            out.push({
                input: "flagd-file",
                problem: "is required with provider: flagd: the flag-definition JSON file flagd reads (a path; with flagd-branch, a path in the repository)",
            });
        if (inputs["flagd-on-variant"] === inputs["flagd-off-variant"])
            out.push({ input: "flagd-off-variant", problem: `must differ from flagd-on-variant; both are "${inputs["flagd-on-variant"]}"` });
    }
    return out;
}
/** The flag provider the inputs ask for, or undefined for the other providers. Throws an InputError on bad inputs. */
function buildFlagProvider(inputs, ctx) {
    if (inputs.provider !== "unleash" && inputs.provider !== "flagd")
        return undefined;
    const problems = checkFlagInputs(inputs);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    const flag = inputs.flag;
    if (inputs.provider === "unleash") {
        // Also registered here for the post step, which does not read the inputs through the entry.
        ctx.runtime.secret(inputs["unleash-token"]);
        return new UnleashProvider({
            url: inputs["unleash-url"],
            token: inputs["unleash-token"],
            project: inputs["unleash-project"],
            environment: inputs["unleash-environment"] || inputs.environment,
            flag,
            log: (m) => ctx.runtime.log.warning(m),
        });
    }
    const variants = { on: inputs["flagd-on-variant"], off: inputs["flagd-off-variant"] };
    const file = inputs["flagd-file"];
    const branch = inputs["flagd-branch"];
    if (!branch) {
        const cwd = (0,external_node_path_.resolve)(ctx.runtime.cwd, inputs["working-directory"]);
        return new FlagdProvider({ flag, variants, store: new FlagdFileStore((0,external_node_path_.resolve)(cwd, file)), version: inputs.version ?? "" });
    }
    if (!ctx.hasToken())
        throw new errors/* InputError */.dz({
            input: "github-token",
            problem: "is required with flagd-branch: the flag file is committed through the GitHub API (the job needs permissions: contents: write)",
        });
    const repo = ctx.context.repository;
    const store = new FlagdContentsStore(ctx.github().contents, file.replace(/^\.?\/+/, ""), branch, repo ? `${repo.owner}/${repo.repo}` : "the repository");
    return new FlagdProvider({ flag, variants, store, version: inputs.version ?? "" });
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
/* harmony import */ var _core_provider_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4181);
/**
 * HAProxy through its runtime API (stats socket, Unix or TCP): `set server <backend>/<server> weight
 * N`, verified with `get weight`. Weights are the percentages themselves (HAProxy allows 0..256).
 */



/** The runtime API reads `;` as a command separator: a name that is not an identifier never reaches it. */
function checkNames(backend, servers) {
    for (const n of [backend, ...servers])
        if (!_core_provider_config_js__WEBPACK_IMPORTED_MODULE_2__/* .IDENTIFIER */ .cS.test(n))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.InputInvalid, `"${n}" is not an HAProxy backend or server name (letters, digits and _ . : - only).`, {
                exitCode: 2,
                hint: 'Check the "backend", "stable" and "canary" inputs against haproxy.cfg.',
            });
}
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
        checkNames(o.backend, [o.stable, o.canary]);
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
    checkNames(backend, servers);
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

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ buildProvider)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/kernel/env-vars.ts
var env_vars = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
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

// EXTERNAL MODULE: ./src/deploy/providers/flags.ts + 2 modules
var flags = __webpack_require__(8337);
;// CONCATENATED MODULE: ./src/deploy/providers/github-dispatch.ts

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
                throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The dispatched workflow ${this.o.workflow} (run ${run.id}) setting ${weight}% ended ${run.conclusion}: ${run.html_url}`, {
                    hint: "Open the run to see why the traffic could not be moved.",
                });
            }
            if (now() > deadline) {
                throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The dispatched workflow ${this.o.workflow} did not ${run ? `finish (run ${run.id} is ${run.status})` : "start a run"} within ${Math.round(this.o.timeoutMs / 1000)} s.`, {
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

// EXTERNAL MODULE: ./src/deploy/providers/haproxy.ts
var haproxy = __webpack_require__(1547);
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

// EXTERNAL MODULE: ./src/deploy/core/provider-config.ts
var provider_config = __webpack_require__(4181);
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
        // The file is nginx configuration: a name or address carrying `;` or `}` would write directives.
        const bad = [!provider_config/* IDENTIFIER */.cS.test(o.upstream) && o.upstream, ...[o.stable, o.canary].filter((a) => !(0,provider_config/* isServerAddress */._x)(a))].filter(Boolean);
        if (bad.length > 0)
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.InputInvalid, `${bad.map((b) => `"${b}"`).join(" and ")} cannot go into an nginx upstream block.`, {
                exitCode: 2,
                hint: 'Set "nginx-upstream" to an upstream name and "stable"/"canary" to server addresses like 127.0.0.1:8081.',
            });
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/kernel/format.ts
var format = __webpack_require__(8982);
;// CONCATENATED MODULE: ./src/deploy/providers/webhook.ts
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
    return `sha256=${(0,external_node_crypto_.createHmac)("sha256", secret).update(body).digest("hex")}`;
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
        const headers = { "content-type": "application/json", "user-agent": "shipline-deploy", "x-shipline-delivery": (0,external_node_crypto_.randomUUID)() };
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
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The traffic webhook ${this.o.url} did not accept "${action}"${weight === undefined ? "" : ` to ${weight}%`} after ${(0,format/* count */.U9)(attempts, "attempt")}: ${last}`, {
            hint: 'Check "webhook-url" and that the receiver answers 2xx; it can verify X-Shipline-Signature-256 with "webhook-secret".',
        });
    }
    check(answer, weight) {
        const reported = answer?.weight;
        if (typeof reported === "number" && reported !== weight) {
            throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `The traffic webhook ${this.o.url} reports ${reported}% after being asked for ${weight}%.`, {
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

;// CONCATENATED MODULE: ./src/deploy/providers/index.ts
/**
 * Builds the traffic provider of a resolved config (core/provider-config.ts). One case per provider:
 * adding a provider is one union member there and one case here.
 */







function buildProvider(config, ctx, run) {
    const { runtime, context } = ctx;
    switch (config.kind) {
        case "haproxy":
            return new haproxy/* HaproxyProvider */.hF({ socket: config.socket, backend: config.backend, stable: config.stable, canary: config.canary });
        case "nginx":
            return new NginxProvider({
                file: (0,external_node_path_.resolve)(run.cwd, config.file),
                upstream: config.upstream,
                stable: config.stable,
                canary: config.canary,
                reloadCommand: config.reloadCommand,
                cwd: run.cwd,
                env: runtime.env,
            });
        case "http":
            return new WebhookProvider({ url: config.url, secret: config.secret, version: run.version, environment: run.environment });
        case "github-dispatch":
            return new GitHubDispatchProvider(ctx.github().actions, {
                workflow: config.workflow,
                ref: config.ref ?? context.refName ?? context.ref ?? "main",
                version: run.version,
                environment: run.environment,
                rolloutId: `${run.environment}/${context.runId ?? "local"}`,
                timeoutMs: config.timeoutMs,
                // Poll every 5 s, or more often for a short timeout (a 1m timeout polls every 3 s).
                pollMs: Math.max(200, Math.min(5000, config.timeoutMs / 20)),
                log: (m) => runtime.log.info(m),
            });
        case "command":
            return new CommandProvider(config.command, { cwd: run.cwd, env: runtime.env, version: run.version, log: (m) => runtime.log.info(m) });
        case "flag": {
            const provider = run.flagInputs && (0,flags/* buildFlagProvider */.GA)(run.flagInputs, ctx);
            if (!provider)
                throw new Error(`the ${config.service} provider needs the deploy inputs`);
            return provider;
        }
    }
}


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DeploymentRecorder)
/* harmony export */ });
/* unused harmony export clip */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);
/* harmony import */ var _kernel_github_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9702);
/* harmony import */ var _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(137);



/** A description GitHub accepts: at most 140 characters, cut at a word with an ellipsis. */
function clip(text) {
    const t = text.replace(/\s+/g, " ").trim();
    if (t.length <= _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENT_DESCRIPTION_MAX */ .e9)
        return t;
    const cut = t.slice(0, _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENT_DESCRIPTION_MAX */ .e9 - 1);
    const space = cut.lastIndexOf(" ");
    return `${space > _kernel_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENT_DESCRIPTION_MAX */ .e9 - 40 ? cut.slice(0, space) : cut}…`;
}
class DeploymentRecorder {
    ctx;
    o;
    lastState;
    /** The deployment's id, once created or adopted. */
    id;
    constructor(ctx, o) {
        this.ctx = ctx;
        this.o = o;
    }
    get enabled() {
        return this.ctx.hasToken();
    }
    /** Continues the record of a resumed rollout (its last status was in_progress). */
    adopt(id) {
        this.id = id;
        this.lastState = "in_progress";
        this.ctx.runtime.setOutput("deployment-id", id);
    }
    /** Creates the rollout's deployment (once), queued: it waits for the lock or its first move. */
    async create(facts, why) {
        const { runtime, context } = this.ctx;
        if (!this.enabled || this.id !== undefined)
            return;
        // A rollout that holds the lock must not end (and leave the lock behind) because GitHub refused its record.
        const d = await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalWrite */ .w3)(runtime.log, context, "the GitHub deployment", () => this.ctx.github().deployments.create({
            ref: context.sha ?? context.refName ?? "HEAD",
            environment: this.o.environment,
            description: clip(facts.description),
            payload: facts.payload,
            task: "deploy",
            production_environment: this.o.isProduction,
        })).catch((e) => {
            runtime.log.warning(`Could not create the GitHub deployment for ${this.o.environment}: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(e).message} The rollout goes on without it.`);
            return undefined;
        });
        this.id = d ? Number(d.id) : undefined;
        if (this.id === undefined)
            return;
        runtime.setOutput("deployment-id", this.id);
        await this.status("queued", why);
    }
    /** Records a status when it differs from the last one. */
    async status(state, description) {
        const { runtime, context } = this.ctx;
        const id = this.id;
        if (!this.enabled || id === undefined || state === this.lastState)
            return;
        this.lastState = state;
        try {
            await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalWrite */ .w3)(runtime.log, context, "the deployment status", () => this.ctx.github().deployments.createStatus(id, {
                state,
                description: clip(description),
                ...(this.o.environmentUrl ? { environment_url: this.o.environmentUrl } : {}),
                ...(context.runUrl ? { log_url: context.runUrl } : {}),
                auto_inactive: true,
            }));
        }
        catch (e) {
            runtime.log.warning(`Could not record the deployment status "${state}" on GitHub: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(e).message} The rollout itself is not affected; the job summary has the full report.`);
        }
    }
    /**
     * GitHub's auto_inactive skips production environments, so after a promotion the earlier successful
     * deployments of production are marked inactive here.
     */
    async supersedeEarlier() {
        const { runtime, context } = this.ctx;
        const currentId = this.id;
        if (!this.enabled || currentId === undefined || !this.o.isProduction)
            return;
        await (0,_kernel_github_index_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalWrite */ .w3)(runtime.log, context, "earlier deployments' inactive status", async () => {
            const gh = this.ctx.github().deployments;
            for (const d of await gh.list(this.o.environment, 10)) {
                if (Number(d.id) === currentId)
                    continue;
                const [latest] = await gh.listStatuses(d.id);
                if (latest?.state === "success")
                    await gh.createStatus(d.id, { state: "inactive", description: `Superseded by deployment ${currentId}` });
            }
        }).catch((e) => runtime.log.warning(`Could not mark the earlier deployments of ${this.o.environment} inactive: ${(0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toShiplineError */ .Em)(e).message}`));
    }
}


/***/ }),

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SB: () => (/* binding */ writeDryRun),
  BC: () => (/* binding */ writeNothingToDo),
  sH: () => (/* binding */ writeRefusal),
  zM: () => (/* binding */ writeRolloutReport)
});

// EXTERNAL MODULE: ./src/kernel/inputs.ts
var kernel_inputs = __webpack_require__(6304);
// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
// EXTERNAL MODULE: ./src/deploy/config.ts + 1 modules
var deploy_config = __webpack_require__(1010);
// EXTERNAL MODULE: ./src/deploy/core/evidence.ts
var evidence = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/deploy/core/gate-config.ts
var gate_config = __webpack_require__(5763);
// EXTERNAL MODULE: ./src/deploy/core/gates.ts
var gates = __webpack_require__(311);
// EXTERNAL MODULE: ./src/deploy/core/plan.ts
var core_plan = __webpack_require__(9412);
// EXTERNAL MODULE: ./src/deploy/core/provider-config.ts
var provider_config = __webpack_require__(4181);
;// CONCATENATED MODULE: ./src/deploy/core/render.ts
/**
 * The deploy screens: the rollout's verdict, its one reason, then the evidence per stage and the
 * timeline, with the plan last; and the dry run, which names every decision a real run would make and
 * warns about a plan that cannot promote. Pure.
 */



/** Seconds with one decimal and no space, so a table column never wraps: `20.3s`. */
const secs = (ms) => `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
const ICON = { pass: "✅", fail: "❌", "no-data": "⚪", error: "⚠️", "not-enough-samples": "➖" };
/** "1/60 errors (1.67%), 95% bounds 0.3%–7.4%" for a gate's pooled evidence. */
function renderEvidence(e) {
    const stable = e.stable ? `; stable ${e.stable.errors}/${e.stable.requests} (${(0,evidence/* formatRate */.CE)(e.stable.errors / e.stable.requests)})` : "";
    return `${e.gate}: ${e.canary.errors}/${e.canary.requests} errors (${(0,evidence/* formatRate */.CE)(e.rate)}), 95% bounds ${(0,evidence/* formatRate */.CE)(e.lower)}–${(0,evidence/* formatRate */.CE)(e.upper)}${stable}`;
}
function renderRollout(r) {
    const head = {
        promoted: "✅ Promoted",
        "rolled-back": "↩️ Rolled back",
        "not-enough-samples": "↩️ Rolled back: not enough evidence",
        failed: "❌ Failed",
        waiting: "⏸ Waiting",
    }[r.conclusion];
    const lines = [`## ${head}: ${(0,markdown/* escapeMarkdown */.FV)(r.version || "rollout")}`, "", (0,markdown/* escapeMarkdown */.FV)(r.reason)];
    if (r.timeToRollbackMs !== undefined) {
        const failed = r.stages.some((s) => s.samples.some((x) => x.outcome === "fail"));
        // The figure counts from the first failed check when there was one; else from the decision
        // itself (a cancel, a lost lock, a provider failure, too little evidence).
        const back = r.isFlag ? "The flag was off for everyone" : "Traffic was back on stable";
        lines.push("", `${back} ${(0,kernel_inputs/* formatMs */._V)(r.timeToRollbackMs)} after ${failed ? "the first failed check" : "the rollback was decided"}.`);
    }
    if (r.stages.length > 0) {
        lines.push("", "### Stages", "");
        const rows = r.stages.map((s) => [
            String(s.index + 1),
            `${s.weight}%`,
            secs((s.endedAtMs ?? s.startedAtMs) - s.startedAtMs),
            s.samples.map((x) => ICON[x.outcome] ?? x.outcome).join(""),
            s.evidence.length === 0
                ? "no counted requests"
                : `${s.evidence.map((e) => (0,markdown/* escapeMarkdown */.FV)(renderEvidence(e))).join("<br>")}${s.minSamples ? ` (needs ${s.minSamples})` : ""}`,
            (0,markdown/* escapeMarkdown */.FV)(s.decision),
        ]);
        lines.push((0,markdown/* table */.tp)(["stage", "weight", "time", "checks", "pooled evidence", "decision"], rows, ["right", "right", "right", "left", "left", "left"]));
    }
    const detailed = r.stages.flatMap((s) => s.samples.map((x) => [
        String(s.index + 1),
        secs(x.atMs - r.startedAtMs),
        (0,markdown/* escapeMarkdown */.FV)(x.gate),
        `${ICON[x.outcome] ?? ""} ${x.outcome}`,
        (0,markdown/* escapeMarkdown */.FV)(x.detail),
    ]));
    if (detailed.length > 0)
        lines.push("", "<details><summary>Every check</summary>", "", (0,markdown/* table */.tp)(["stage", "at", "gate", "outcome", "value"], detailed.slice(-300)), "", "</details>");
    if (r.plan)
        lines.push("", r.plan.trimEnd());
    return `${lines.join("\n")}\n`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
/** Checks one stage delivers in its bake: one per interval, at least one. */
function checksInBake(s) {
    return Math.max(1, Math.floor(s.bakeMs / Math.max(1, s.checkIntervalMs)));
}
/** Warnings about a plan that cannot promote as written, one per problem, naming the stage and the fix. */
function planWarnings(f) {
    const out = [];
    for (const [i, s] of f.stages.entries()) {
        const name = `Stage ${i + 1} (${s.weight}%)`;
        if (s.bakeMs > 0 && s.bakeMs < s.checkIntervalMs)
            out.push(`${name} bakes ${(0,kernel_inputs/* formatMs */._V)(s.bakeMs)}, shorter than its ${(0,kernel_inputs/* formatMs */._V)(s.checkIntervalMs)} check interval: its one check comes after the bake, ${(0,kernel_inputs/* formatMs */._V)(s.checkIntervalMs)} into the stage. Lengthen the bake or shorten check-interval.`);
        if (s.minSamples === 0 || s.bakeMs === 0)
            continue;
        const extraChecks = Math.floor(s.extensionMs / Math.max(1, s.checkIntervalMs));
        const most = (checksInBake(s) + extraChecks) * s.perCheck;
        if (most < s.minSamples)
            out.push(`${name} needs ${s.minSamples} samples, but its gates deliver at most about ${most} (${s.perCheck} per check, ${plural(checksInBake(s), "check")} in the bake and ${extraChecks} more in the ${(0,kernel_inputs/* formatMs */._V)(s.extensionMs)} extension): a healthy canary would end as not-enough-samples. Lower min-samples, lengthen the bake or raise probe-requests.`);
    }
    return out;
}
/** The dry run's summary: it says it is one, then every decision the real run would make. */
function renderDryRun(f) {
    const warnings = planWarnings(f);
    const lines = [
        `## 🧪 Dry run: ${(0,markdown/* escapeMarkdown */.FV)(f.version || "rollout")} to ${(0,markdown/* escapeMarkdown */.FV)(f.environment)} — nothing was changed`,
        "",
        warnings.length > 0
            ? `This plan cannot promote as written (${warnings.length} problem${warnings.length === 1 ? "" : "s"} below).`
            : f.refusal
                ? "The plan can promote, but a real run would be refused now (below)."
                : "A real run would follow this plan.",
    ];
    // The refusal quotes the freeze and window inputs as written (as the log does).
    if (f.refusal)
        lines.push("", `> [!WARNING]\n> ${f.refusal}.`);
    // Warnings are Shipline's own words around numbers and durations: nothing to escape.
    for (const w of warnings)
        lines.push("", `> [!WARNING]\n> ${w}`);
    lines.push("", 
    // A named header row: GitHub draws an empty one as a blank bar above the facts.
    "| decision | a real run would use |", "| --- | --- |", `| version | ${f.version ? (0,markdown/* escapeMarkdown */.FV)(f.version) : "not set"} |`, `| environment | ${(0,markdown/* escapeMarkdown */.FV)(f.environment)} |`, `| strategy | ${f.strategy} |`, `| provider | ${(0,markdown/* escapeMarkdown */.FV)(f.provider)} |`, `| gates | ${f.gates.map(markdown/* escapeMarkdown */.FV).join("<br>")} |`, `| thresholds | error rate ≤ ${(0,evidence/* formatRate */.CE)(f.errorRateMax)} (breach: 95% lower bound above it; pass: pooled rate within it), p95 ≤ ${f.p95MaxMs} ms |`);
    lines.push("", "### Evidence per stage", "");
    const rows = f.stages.map((s, i) => {
        const delivered = s.bakeMs === 0 ? 0 : checksInBake(s) * s.perCheck;
        const bound = delivered > 0 ? `${(0,evidence/* formatRate */.CE)((0,evidence/* wilsonInterval */.YV)({ requests: delivered, errors: 0 }).upper)}` : "–";
        return [
            String(i + 1),
            `${s.weight}%`,
            s.bakeMs === 0 ? "none" : (0,kernel_inputs/* formatMs */._V)(s.bakeMs),
            s.bakeMs === 0 ? "–" : (0,kernel_inputs/* formatMs */._V)(s.checkIntervalMs),
            String(delivered),
            s.minSamples === 0 ? "none" : String(s.minSamples),
            s.bakeMs === 0 ? "–" : `up to ${(0,kernel_inputs/* formatMs */._V)(s.extensionMs)}`,
            bound,
        ];
    });
    lines.push((0,markdown/* table */.tp)(["stage", "weight", "bake", "checks every", "samples in bake", "min-samples", "extension", "95% upper bound if error-free"], rows, [
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
    ]));
    lines.push("", f.plan.trimEnd());
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/deploy/report.ts









/** The dry run: the summary of every decision a real run would make, the same in the log, and the outputs. */
function writeDryRun(runtime, inputs, config, planMarkdown, refusal) {
    const { plan, sides, thresholds, pauseAfter } = config;
    const facts = {
        version: inputs.version ?? "",
        environment: inputs.environment,
        strategy: plan.strategy,
        provider: (0,provider_config/* describeProvider */.Fy)(config.provider),
        stable: sides.stable,
        canary: sides.canary,
        gates: config.gates.map((g) => (0,gate_config/* describeGate */.l7)(g, kernel_inputs/* formatMs */._V)).filter(Boolean),
        errorRateMax: (0,gates/* maxErrorRate */.p1)(thresholds),
        p95MaxMs: thresholds.p95MaxMs,
        stages: plan.stages.map((st) => ({
            weight: st.weight,
            bakeMs: st.bakeMs,
            checkIntervalMs: st.checkIntervalMs ?? plan.checkIntervalMs,
            minSamples: (0,deploy_config/* minSamplesFor */.lC)(config, st),
            perCheck: config.requestsPerCheck,
            extensionMs: (0,deploy_config/* evidenceExtensionMs */.bP)(plan, st),
        })),
        plan: planMarkdown,
        ...(refusal ? { refusal } : {}),
    };
    runtime.appendSummary(renderDryRun(facts));
    // The same facts in the log, for the CLI with --json (where the summary is not printed).
    runtime.log.info(`Dry run: ${plan.strategy} rollout of ${facts.version || "an unversioned release"} to ${inputs.environment} through ${facts.provider}; nothing is changed.`);
    runtime.log.info(`Gates: ${facts.gates.join("; ")}. Error rate ≤ ${(0,evidence/* formatRate */.CE)(facts.errorRateMax)}, p95 ≤ ${facts.p95MaxMs} ms.`);
    for (const [i, st] of facts.stages.entries())
        runtime.log.info(`Stage ${i + 1}/${plan.stages.length}: ${st.weight}% to ${sides.canary}, bake ${(0,kernel_inputs/* formatMs */._V)(st.bakeMs)}, checks every ${(0,kernel_inputs/* formatMs */._V)(st.checkIntervalMs)}${st.bakeMs > 0 ? `, needs ${st.minSamples} samples (extended by up to ${(0,kernel_inputs/* formatMs */._V)(st.extensionMs)} to gather them)` : ""}.`);
    const jobs = (0,core_plan/* planJobs */.KR)(plan, inputs["job-budget"]);
    const total = (0,core_plan/* planDurationMs */.qN)(plan);
    runtime.log.info(`The plan bakes ${(0,kernel_inputs/* formatMs */._V)(total)} in all (GitHub ends a job after 6h; job-budget ${(0,kernel_inputs/* formatMs */._V)(inputs["job-budget"])}): ${jobs.length > 1 ? `${jobs.length} jobs, each after the first a run with mode: resume` : "one job"}${pauseAfter.size > 0 ? `, held for approval after ${[...pauseAfter].map((i) => `${plan.stages[i]?.weight}%`).join(", ")} (mode: approve continues)` : ""}.`);
    const warnings = planWarnings(facts);
    for (const w of warnings)
        runtime.log.warning(w);
    runtime.setOutput("conclusion", "dry-run");
    runtime.setOutput("reason", [
        "dry run: nothing was changed",
        warnings.length > 0 ? `the plan cannot promote as written (${warnings.length} problem${warnings.length === 1 ? "" : "s"})` : "",
        refusal ? `a real run would be refused now: ${refusal}` : "",
    ]
        .filter(Boolean)
        .join("; "));
    if (refusal)
        runtime.log.warning(`A real run would be refused now: ${refusal}.`);
    return { conclusion: "success" };
}
/** A run that freeze or window refuses now; a scheduled resume then waits, anything else fails. */
function writeRefusal(runtime, inputs, refusal, planMarkdown) {
    if (inputs.mode === "resume") {
        // A scheduled resume outside the window is not a failure: the waiting rollout goes on next time.
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("reason", refusal);
        runtime.log.notice(`${refusal}; the waiting rollout stays as it is until a run inside the window resumes it.`);
        return { conclusion: "success" };
    }
    runtime.appendSummary(`## ⛔ Not started: ${(0,markdown/* escapeMarkdown */.FV)(inputs.version || "rollout")}\n\n${(0,markdown/* escapeMarkdown */.FV)(refusal)}.\n\n${planMarkdown}`);
    runtime.setOutput("conclusion", "failed");
    runtime.setOutput("reason", refusal);
    return { conclusion: "failure", message: `${refusal}.` };
}
/** A run the lock leaves nothing to do: no rollout waits for it (idle), or the rollout is held for approval. */
function writeNothingToDo(runtime, mode, got) {
    if (got.kind === "idle") {
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("reason", got.reason);
        runtime.log.info(`Nothing to ${mode}: ${got.reason}.`);
        return { conclusion: "success" };
    }
    const held = got.state.heldAfterStage ?? 0;
    runtime.setOutput("conclusion", "waiting");
    runtime.setOutput("stage", held + 1);
    runtime.setOutput("weight", got.state.weight);
    runtime.setOutput("reason", got.reason);
    if (got.state.deploymentId !== undefined)
        runtime.setOutput("deployment-id", got.state.deploymentId);
    runtime.log.notice(`The ${got.reason}. Nothing was changed.`);
    return { conclusion: "success" };
}
/**
 * A rollout that ran: its summary and outputs. `stage` is 1-based, `weight` the canary's share at the
 * end; the time to rollback comes from the output the rollback set, if it did.
 */
function writeRolloutReport(runtime, r) {
    const { stage, weight, ...report } = r;
    const ttr = runtime.outputs.get("time-to-rollback-ms");
    if (ttr)
        report.timeToRollbackMs = Number(ttr);
    runtime.appendSummary(renderRollout(report));
    runtime.setOutput("conclusion", report.conclusion);
    runtime.setOutput("stage", stage);
    runtime.setOutput("weight", weight);
    runtime.setOutput("reason", report.reason);
    if (!runtime.outputs.has("time-to-rollback-ms"))
        runtime.setOutput("time-to-rollback-ms", "");
    if (report.conclusion === "promoted" || report.conclusion === "waiting")
        return { conclusion: "success" };
    return { conclusion: "failure", message: `Rollout ${report.conclusion}: ${report.reason}.` };
}


/***/ }),

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   j3: () => (/* binding */ runScript),
/* harmony export */   s1: () => (/* binding */ lineSplitter),
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


/**
 * Variables a child never receives: the step's inputs (`INPUT_GITHUB-TOKEN` holds the token) and the
 * runner's own credentials. A `run:` step does not get them either; a workflow that wants a token in
 * its command passes it through `env:`.
 */
const SCRUBBED_ENV = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/i;
/**
 * The environment a child process gets: `env` without the step's inputs and the runner's tokens
 * ({@link SCRUBBED_ENV}) and without unset values. Every spawn in Shipline goes through this.
 */
function childEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !SCRUBBED_ENV.test(k))
            out[k] = v;
    return out;
}
const LINE_MAX = 64 * 1024;
const LINE_KEEP = 4 * 1024;
/**
 * Splits a child's output stream into whole lines for `onLine`. Log a child's output through this,
 * not chunk by chunk: a secret cut in two by a chunk boundary would escape redaction.
 * Call `end()` when the stream closes to emit the last unterminated line. A line longer than 64 KiB
 * is handed over in pieces, each keeping back the last 4 KiB (longer than any secret) for the next.
 */
function lineSplitter(onLine) {
    let pending = "";
    const decoder = new TextDecoder("utf-8");
    return {
        push(chunk) {
            pending += decoder.decode(chunk, { stream: true });
            const lines = pending.split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                onLine(line.replace(/\r$/, ""));
            if (pending.length > LINE_MAX) {
                onLine(pending.slice(0, -LINE_KEEP));
                pending = pending.slice(-LINE_KEEP);
            }
        },
        end() {
            pending += decoder.decode();
            if (pending !== "")
                onLine(pending.replace(/\r$/, ""));
            pending = "";
        },
    };
}
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
            env: childEnv(options.env ?? process.env),
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
