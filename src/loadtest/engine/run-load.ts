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
import { performance } from "node:perf_hooks";
import { evaluateChecks } from "../core/checks.js";
import { formatMs, formatShare } from "../core/figures.js";
import { isHostAllowed, type LoadPlan } from "../core/plan.js";
import { createRecorded, type ErrorKind, LATE_START_TOLERANCE_MS, type Recorded, recordDropped, recordSample } from "../core/recorder.js";
import { percentileMs } from "../core/histogram.js";
import { arrivalTimeMs, shardArrivals } from "../core/schedule.js";
import { Connection, type Endpoint, type Exchange, type PreparedRequest, prepareRequest } from "./http-client.js";

/** Progress reported every `progressIntervalMs`. */
export interface LoadProgress {
  /** Since the start (warm-up included), ms. */
  elapsedMs: number;
  /** Whether the warm-up is still running. */
  isWarmingUp: boolean;
  /** Requests completed since the start (warm-up excluded). */
  requests: number;
  /** Completed per second over the last interval. */
  rps: number;
  /** p95 latency so far, ms (undefined before the first sample). */
  p95Ms?: number | undefined;
  /** Failed requests so far. */
  errors: number;
  dropped: number;
  inFlight: number;
}

/** Why a run stopped before its plan ended. */
export type StopReason = "cancelled" | "circuit-breaker" | "max-requests" | "max-duration" | "aborted-on-threshold";

export interface LoadResult {
  recorded: Recorded;
  /** Epoch ms of the shared start (arrival 0): start-at when given, even when this generator started later. */
  startedAtMs: number;
  /**
   * How long after `startedAtMs` this generator really started, ms (0 when on time or early). Beyond
   * {@link LATE_START_TOLERANCE_MS} the open model drops the arrivals whose time had passed.
   */
  lateStartMs: number;
  /** Measured length in ms: the plan's duration, or less when stopped early. */
  durationMs: number;
  /** False when the run stopped early (see `stopReason`). */
  complete: boolean;
  stopReason?: StopReason | undefined;
  /** A sentence for the report when stopped early. */
  stopDetail?: string | undefined;
  /** Requests sent (warm-up included). */
  sent: number;
  /** Up to 20 distinct error messages with their counts (status codes, socket errors, failed checks). */
  errorSamples: Record<string, number>;
}

export interface RunLoadOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((p: LoadProgress) => void) | undefined;
  /** Default 5000 ms. */
  progressIntervalMs?: number | undefined;
  /**
   * Shared start (epoch ms) for shards; default: now. Arrival times always count from it, so shards
   * line up; a generator that is ready only after it (by more than {@link LATE_START_TOLERANCE_MS})
   * skips the open-model arrivals whose time has passed and counts them as dropped.
   */
  startAtMs?: number | undefined;
  /**
   * Called once the connections are open, before the clock starts; resolves with the shared start
   * (epoch ms), overriding `startAtMs`. Worker threads use it to start together once all are ready.
   */
  waitForStart?: (() => Promise<number | undefined>) | undefined;
  /**
   * Called about once a second with what was recorded so far; return a sentence to stop the run
   * (abort-on-fail). `elapsedMs` counts from the start, warm-up included.
   */
  shouldAbort?: ((recorded: Recorded, measuredMs: number, elapsedMs: number) => string | undefined) | undefined;
  /** Wall clock (epoch ms); tests may inject one. */
  now?: () => number;
}

const LOAD_STOP = "shipline-load-stop";

/** An abort reason that stops a run with a given {@link StopReason} instead of "cancelled". */
export interface LoadStop {
  kind: typeof LOAD_STOP;
  reason: StopReason;
  detail: string;
}

/** Builds a {@link LoadStop} for `AbortController.abort(loadStop(...))`. */
export function loadStop(reason: StopReason, detail: string): LoadStop {
  return { kind: LOAD_STOP, reason, detail };
}

interface Job {
  req: number;
  scheduledMs: number;
  dispatchedMs: number;
  /** When it was written on a connection. */
  sentMs?: number;
  /** Already retried once after an idle keep-alive close. */
  retried?: boolean;
}

/**
 * Runs the plan. Never rejects for request failures (they are measured); rejects only when the target
 * is outside `allowedHosts` (a bug in the caller: planLoad checks it first).
 */
export async function runLoad(plan: LoadPlan, options: RunLoadOptions = {}): Promise<LoadResult> {
  const url = new URL(plan.target);
  if (!isHostAllowed(url, plan.allowedHosts)) throw new Error(`target host ${url.hostname} is not in allowed-hosts (${plan.allowedHosts.join(", ")})`);
  const isTls = url.protocol === "https:";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const endpoint: Endpoint = { host, port: Number(url.port || (isTls ? 443 : 80)), isTls, servername: host };
  const basePath = url.pathname.replace(/\/+$/, "");
  const prepared: PreparedRequest[] = plan.requests.map((r) => prepareRequest(endpoint, basePath, { ...r, collectBody: r.checks.needsBody }));

  const wall = options.now ?? Date.now;
  const isOpen = plan.model.kind === "open";
  const maxConnections = isOpen ? plan.maxConnections : (plan.model as { connections: number }).connections;

  // ---- connections -------------------------------------------------------------------------
  const all = new Set<Connection>();
  const idle: Connection[] = [];
  const queue: Job[] = [];
  let queueHead = 0;
  let stopping = false;
  const onDead = (c: Connection) => {
    all.delete(c);
    const at = idle.indexOf(c);
    if (at !== -1) idle.splice(at, 1);
    if (!stopping && isOpen) pump();
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
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all([...all].map((c) => c.ready)), new Promise<void>((ok) => (waited = setTimeout(ok, 2000)))]);
    clearTimeout(waited);
  }

  const sharedStartMs = options.waitForStart ? ((await options.waitForStart()) ?? options.startAtMs) : options.startAtMs;
  const nowWall = wall();
  // The origin stays at the shared start even when it has passed: a late shard must not shift its
  // arrivals (merge would add misaligned seconds); it skips the ones whose time is gone instead.
  const startAtMs = sharedStartMs ?? nowWall;
  const lateStartMs = Math.max(0, nowWall - startAtMs);
  const skipBeforeMs = lateStartMs > LATE_START_TOLERANCE_MS ? lateStartMs : 0;
  // Monotonic origin: performance.now() value at the shared start.
  const origin = performance.now() + (startAtMs - nowWall);
  const clock = () => performance.now() - origin;

  const rec = createRecorded();
  const errorSamples: Record<string, number> = {};
  const noteError = (msg: string) => {
    if (msg in errorSamples) errorSamples[msg] = (errorSamples[msg] as number) + 1;
    else if (Object.keys(errorSamples).length < 20) errorSamples[msg] = 1;
  };
  const totalMs = plan.model.kind === "open" ? profileEnd(plan) : plan.model.durationMs;
  const hardEndMs = Math.min(totalMs, plan.maxDurationMs);

  let sent = 0;
  let inFlight = 0;
  let measuredCompleted = 0;
  let failedTotal = 0;
  let stopReason: StopReason | undefined;
  let stopDetail: string | undefined;
  let schedulingDone = false;
  // Circuit breaker: completions and failures per second of completion time.
  const cbBuckets = new Map<number, { n: number; failed: number }>();
  let cbSecond = Number.NaN;
  let cbCurrent = { n: 0, failed: 0 };

  let resolveDone!: () => void;
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });

  const complete = (job: Job, x: Exchange) => {
    inFlight--;
    const end = clock();
    const r = plan.requests[job.req] as (typeof plan.requests)[number];
    let error: ErrorKind | undefined = x.error;
    let passed = 0;
    let failed = 0;
    if (!error && r.checks.count === 1 && !r.checks.statuses) {
      // Fast path (no checks configured): only a 2xx passes the implicit status check; an unfollowed
      // redirect is a failure unless the scenario expects it (checks.status), see core/checks.ts.
      if (x.status >= 200 && x.status < 300) passed = 1;
      else {
        failed = 1;
        error = "non-2xx";
        noteError(`${r.name}: HTTP ${x.status}`);
      }
    } else if (!error) {
      const out = evaluateChecks(r.checks, x.status, x.body);
      passed = out.passed;
      failed = out.failed;
      if (!out.statusOk) {
        error = r.checks.statuses ? "check-failed" : "non-2xx";
        noteError(`${r.name}: HTTP ${x.status}`);
      } else if (out.failed > 0) {
        error = "check-failed";
        noteError(`${r.name}: ${out.firstFailure}`);
      }
    } else noteError(`${r.name}: ${x.errorMessage ?? error}`);
    recordSample(
      rec,
      {
        name: r.name,
        scheduledMs: job.scheduledMs,
        dispatchedMs: job.dispatchedMs,
        sentMs: job.sentMs,
        endMs: end,
        status: x.status,
        error,
        checksPassed: passed,
        checksFailed: failed,
      },
      plan.warmupMs,
    );
    if (job.scheduledMs >= plan.warmupMs) {
      measuredCompleted++;
      if (error) failedTotal++;
    }
    const sec = Math.floor(end / 1000);
    if (sec !== cbSecond) {
      cbSecond = sec;
      cbCurrent = cbBuckets.get(sec) ?? { n: 0, failed: 0 };
      cbBuckets.set(sec, cbCurrent);
    }
    cbCurrent.n++;
    if (error) cbCurrent.failed++;
  };

  const startOn = (c: Connection, job: Job) => {
    const now = clock();
    job.sentMs = now;
    c.send(prepared[job.req] as PreparedRequest, now, (x) => {
      if (x.retryable && !job.retried && !stopping) {
        job.retried = true;
        if (isOpen) {
          const other = idle.pop();
          if (other) startOn(other, job);
          else {
            queue.push(job);
            pump();
          }
        } else {
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
        if (c.isAlive) release(c);
      } else closedNext(c);
      maybeFinish();
    });
  };

  const release = (c: Connection) => {
    if (queueHead < queue.length) {
      const job = queue[queueHead] as Job;
      queue[queueHead++] = undefined as unknown as Job;
      if (queueHead > 1024 && queueHead * 2 > queue.length) {
        queue.splice(0, queueHead);
        queueHead = 0;
      }
      startOn(c, job);
    } else idle.push(c);
  };

  // A declaration (hoisted): warm-up connections that fail before the run starts call it via onDead.
  function pump() {
    while (queueHead < queue.length && all.size < maxConnections) {
      const c = new Connection(endpoint, onDead);
      all.add(c);
      release(c);
    }
  }

  const dispatchOpen = (job: Job) => {
    inFlight++;
    sent++;
    const c = idle.pop();
    if (c) startOn(c, job);
    else {
      queue.push(job);
      pump();
    }
  };

  // ---- closed model ------------------------------------------------------------------------
  let closedIndex = plan.shard.index - 1;
  const closedNext = (c: Connection) => {
    if (stopping || schedulingDone) return;
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
    const req = plan.cycle[closedIndex % plan.cycle.length] as number;
    closedIndex += plan.shard.count;
    inFlight++;
    sent++;
    // The start timer can fire a fraction of a millisecond before the shared start (worker threads
    // start on a wall-clock instant): a request sent then belongs to the run, not to a warm-up before 0.
    const now = Math.max(0, clock());
    startOn(conn, { req, scheduledMs: now, dispatchedMs: now });
  };

  // ---- open model scheduler ----------------------------------------------------------------
  const { first, stride } = shardArrivals(plan.shard);
  let nextIndex = first;
  let nextAt = plan.model.kind === "open" ? arrivalTimeMs(plan.model.profile, nextIndex) : undefined;
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  const tick = () => {
    timer = undefined;
    immediate = undefined;
    if (stopping || plan.model.kind !== "open") return;
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
      if (nextAt < skipBeforeMs) recordDropped(rec, nextAt, plan.warmupMs, "late-start");
      else if (inFlight >= plan.maxInFlight) recordDropped(rec, nextAt, plan.warmupMs);
      else dispatchOpen({ req: plan.cycle[nextIndex % plan.cycle.length] as number, scheduledMs: nextAt, dispatchedMs: now });
      nextIndex += stride;
      nextAt = arrivalTimeMs(profile, nextIndex);
    }
    if (nextAt === undefined) {
      schedulingDone = true;
      maybeFinish();
      return;
    }
    const wait = nextAt - clock();
    // Sleeping with setTimeout costs ~1 ms of jitter; spin on setImmediate (which still lets I/O run)
    // when the next arrival is close, so scheduling lag stays in microseconds.
    if (wait > 2) timer = setTimeout(tick, wait - 1.5);
    else immediate = setImmediate(tick);
  };

  // ---- housekeeping: timeouts, progress, breaker, caps -------------------------------------
  let lastProgressAt = 0;
  let lastProgressCount = 0;
  const progressEvery = options.progressIntervalMs ?? 5000;
  const housekeeping = setInterval(() => {
    const now = clock();
    for (const c of all) if (c.busy && now - c.sentAt > plan.timeoutMs) c.abort("timeout", `no response within ${plan.timeoutMs} ms`);
    while (queueHead < queue.length && now - (queue[queueHead] as Job).dispatchedMs > plan.timeoutMs) {
      const job = queue[queueHead] as Job;
      queue[queueHead++] = undefined as unknown as Job;
      complete(job, { status: 0, error: "timeout", errorMessage: `no free connection within ${plan.timeoutMs} ms` });
    }
    if (now < 0) return;
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
        if (s < sec - plan.circuitBreaker.windowMs / 1000) cbBuckets.delete(s);
        else {
          n += b.n;
          failed += b.failed;
        }
      }
      if (n >= plan.circuitBreaker.minRequests && failed / n >= plan.circuitBreaker.errorRate) {
        stop(
          "circuit-breaker",
          `the circuit breaker stopped the run: ${failed} of ${n} requests failed in the last ${plan.circuitBreaker.windowMs / 1000}s (limit ${formatShare(plan.circuitBreaker.errorRate)})`,
        );
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
        p95Ms: percentileMs(rec.overall.latency, 95),
        errors: failedTotal,
        dropped: rec.dropped,
        inFlight,
      });
      lastProgressAt = now;
      lastProgressCount = measuredCompleted;
    }
  }, 50);

  let endedAt: number | undefined;
  function maybeFinish() {
    if (stopping) {
      if (inFlight <= 0 || stopReason !== undefined) finish();
      return;
    }
    if (isOpen ? schedulingDone && inFlight === 0 : (schedulingDone || clock() >= hardEndMs) && inFlight === 0) finish();
  }
  function stop(reason: StopReason | undefined, detail: string) {
    if (stopping) return;
    stopping = true;
    if (reason) {
      stopReason = reason;
      stopDetail = detail;
    }
    finish();
  }
  let finished = false;
  function finish() {
    if (finished) return;
    finished = true;
    stopping = true;
    endedAt = clock();
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    clearInterval(housekeeping);
    for (const c of all) c.destroy();
    all.clear();
    resolveDone();
  }

  const onAbort = () => {
    // A coordinator (the worker pool) passes why it stops this generator as the abort reason.
    const why = options.signal?.reason as Partial<LoadStop> | undefined;
    if (why?.kind === LOAD_STOP) stop(why.reason, why.detail ?? "");
    else stop("cancelled", "the run was cancelled (SIGINT/SIGTERM or the job was cancelled); the report covers the part that ran");
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });

  // ---- start -------------------------------------------------------------------------------
  const startDelay = Math.max(0, -clock());
  const startTimer = setTimeout(() => {
    if (stopping) return;
    if (plan.model.kind === "open") tick();
    else {
      for (let n = 0; n < plan.model.connections; n++) {
        const c = new Connection(endpoint, onDead);
        all.add(c);
        closedNext(c);
      }
      // The closed model ends by time; wake up to finish when no completion does it.
      const endTimer = setTimeout(
        () => {
          schedulingDone = true;
          maybeFinish();
        },
        Math.max(0, hardEndMs - clock()),
      );
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

function profileEnd(plan: LoadPlan): number {
  if (plan.model.kind !== "open") return plan.model.durationMs;
  const p = plan.model.profile;
  return p.kind === "constant" ? p.durationMs : p.stages.reduce((a, s) => a + s.durationMs, 0);
}

/** One progress line for the log: `12s  rate 1998/s  p95 3.2 ms  errors 0  dropped 0  in flight 4`. */
export function formatProgress(p: LoadProgress): string {
  const p95 = p.p95Ms === undefined ? "-" : formatMs(p.p95Ms);
  return `${(p.elapsedMs / 1000).toFixed(0)}s${p.isWarmingUp ? " (warm-up)" : ""}  rate ${p.rps.toFixed(0)}/s  p95 ${p95}  errors ${p.errors}  dropped ${p.dropped}  in flight ${p.inFlight}  done ${p.requests}`;
}
