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
import { Worker } from "node:worker_threads";
import { ShiplineError } from "../../kernel/errors.js";
import { createHistogram, decodeHistogram, mergeHistogramInto, percentileMs } from "../core/histogram.js";
import { type LoadPlan, planWorkerShares } from "../core/plan.js";
import { mergeRecorded, type Recorded } from "../core/recorder.js";
import { decodeRecorded } from "../core/report.js";
import { LOAD_WORKER_ENTRY_URL, LOAD_WORKER_TAG } from "../worker-entry.js";
import type { Encoded, FromWorker, ToWorker, WorkerDone, WorkerInit } from "./load-worker.js";
// Re-exported so the worker side sits in the same bundle file as the pool: reached only through
// worker-entry.ts's dynamic import, ncc would split it into a chunk file of its own.
export { serveLoadWorker } from "./load-worker.js";
import { type LoadProgress, type LoadResult, type RunLoadOptions, runLoad, type StopReason } from "./run-load.js";

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
function clear(slots: unknown[]): void {
  slots.fill(undefined);
}

function mergeErrorSamples(parts: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p)) {
      if (k in out) out[k] = (out[k] as number) + v;
      else if (Object.keys(out).length < 20) out[k] = v;
    }
  }
  return out;
}

/**
 * Runs `plan` on `plan.workers` worker threads and merges their results into one {@link LoadResult}
 * (what {@link runLoad} returns for one thread); with `workers: 1` it is `runLoad` on this thread.
 * Rejects only when a worker thread fails to start or crashes (a bug, never a request failure).
 */
export function runLoadOnWorkers(plan: LoadPlan, options: RunLoadOptions = {}): Promise<LoadResult> {
  if (plan.workers <= 1) return runLoad(plan, options);
  const shares = planWorkerShares(plan);
  const count = shares.length;
  const wall = options.now ?? Date.now;
  return new Promise<LoadResult>((resolve, reject) => {
    const ready = new Set<number>();
    const done: (WorkerDone | undefined)[] = shares.map(() => undefined);
    const progress: ({ progress: LoadProgress; latency?: string | undefined } | undefined)[] = shares.map(() => undefined);
    const snapshots: ({ histograms: Encoded; measuredMs: number; elapsedMs: number } | undefined)[] = shares.map(() => undefined);
    let stopping: { reason?: StopReason | undefined; detail?: string | undefined } | undefined;
    let startAtMs: number | undefined;
    let settled = false;

    const workers = shares.map((share, j) => {
      const init: WorkerInit = {
        [LOAD_WORKER_TAG]: 1,
        entryUrl: LOAD_WORKER_ENTRY_URL,
        plan: share,
        progressIntervalMs: options.progressIntervalMs,
        snapshotEveryMs: options.shouldAbort ? 1000 : 0,
      };
      const w = new Worker(BOOTSTRAP, { eval: true, workerData: init });
      w.on("message", (m: FromWorker) => onMessage(j, m));
      w.on("error", (e) => fail(j, e.message));
      w.on("exit", (code) => {
        if (!settled && done[j] === undefined) fail(j, `it exited (code ${code}) before sending its result`);
      });
      return w;
    });
    const send = (j: number, m: ToWorker) => {
      if (done[j] === undefined) workers[j]?.postMessage(m);
    };
    const readyTimer = setTimeout(
      () => fail(ready.size === 0 ? 0 : shares.findIndex((_, j) => !ready.has(j)), `it was not ready after ${READY_TIMEOUT_MS / 1000}s`),
      READY_TIMEOUT_MS,
    );

    function cleanup() {
      settled = true;
      clearTimeout(readyTimer);
      options.signal?.removeEventListener("abort", onAbort);
      for (const w of workers) void w.terminate();
    }
    function fail(j: number, why: string) {
      if (settled) return;
      cleanup();
      reject(
        new ShiplineError("internal", `Load worker thread ${j + 1} of ${count} failed: ${why}.`, {
          hint: 'Run with "workers: 1" (one thread) to load-test without worker threads, and report this with the log.',
        }),
      );
    }
    function stopAll(reason?: StopReason, detail?: string) {
      if (stopping) return;
      stopping = { reason, detail };
      for (let j = 0; j < count; j++) send(j, { type: "stop", reason, detail });
    }
    function onAbort() {
      stopAll();
    }
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });

    function onMessage(j: number, m: FromWorker) {
      if (settled) return;
      switch (m.type) {
        case "ready":
          ready.add(j);
          if (ready.size === count) {
            clearTimeout(readyTimer);
            // Everyone's connections are open: start together, a moment from now (or at the caller's
            // shared start-at, late handling included, when it is given).
            startAtMs = options.startAtMs ?? wall() + START_MARGIN_MS;
            for (let k = 0; k < count; k++) send(k, { type: "start", startAtMs });
          }
          return;
        case "progress":
          progress[j] = m;
          if (options.onProgress && progress.every((p) => p !== undefined)) {
            options.onProgress(mergeProgress(progress as { progress: LoadProgress; latency?: string }[]));
            clear(progress);
          }
          return;
        case "snapshot":
          snapshots[j] = m;
          if (options.shouldAbort && !stopping && snapshots.every((s) => s !== undefined)) {
            const all = snapshots as { histograms: Encoded; measuredMs: number; elapsedMs: number }[];
            const merged = mergeRecorded(all.map((s) => decodeRecorded(s.histograms)));
            const reason = options.shouldAbort(merged, Math.min(...all.map((s) => s.measuredMs)), Math.min(...all.map((s) => s.elapsedMs)));
            clear(snapshots);
            if (reason) stopAll("aborted-on-threshold", reason);
          }
          return;
        case "error":
          fail(j, m.message);
          return;
        case "done": {
          done[j] = m.result;
          // One worker stopping early (circuit breaker, max-requests) stops the run, as in one thread.
          if (m.result.stopReason && m.result.stopReason !== "cancelled") stopAll(m.result.stopReason, m.result.stopDetail);
          if (done.every((d) => d !== undefined)) {
            cleanup();
            resolve(mergeResults(done as WorkerDone[]));
          }
          return;
        }
      }
    }

    function mergeResults(results: WorkerDone[]): LoadResult {
      const recorded: Recorded = mergeRecorded(results.map((r) => decodeRecorded(r.histograms)));
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
function mergeProgress(parts: readonly { progress: LoadProgress; latency?: string | undefined }[]): LoadProgress {
  const latency = createHistogram();
  for (const p of parts) if (p.latency) mergeHistogramInto(latency, decodeHistogram(p.latency));
  const sum = (f: (p: LoadProgress) => number) => parts.reduce((a, p) => a + f(p.progress), 0);
  return {
    elapsedMs: Math.max(...parts.map((p) => p.progress.elapsedMs)),
    isWarmingUp: parts.some((p) => p.progress.isWarmingUp),
    requests: sum((p) => p.requests),
    rps: sum((p) => p.rps),
    p95Ms: percentileMs(latency, 95),
    errors: sum((p) => p.errors),
    dropped: sum((p) => p.dropped),
    inFlight: sum((p) => p.inFlight),
  };
}
