/**
 * The worker side of the load-generator pool (./load-workers.ts): runs this thread's share of the
 * plan and posts what it measured, with its HDR histograms encoded, so the pool merges them exactly.
 * It depends on the engine only, never on ../worker-entry.ts (which imports it from its top-level
 * await: a static path back would wait for that await forever).
 */
import { parentPort, workerData } from "node:worker_threads";
import { encodeHistogram } from "../core/histogram.js";
import type { LoadPlan } from "../core/plan.js";
import type { Recorded } from "../core/recorder.js";
import { encodeRecorded, type Report } from "../core/report.js";
import { type LoadProgress, loadStop, runLoad, type StopReason } from "./run-load.js";

export type Encoded = Report["histograms"];

/** What the pool hands a worker in `workerData`. */
export interface WorkerInit {
  /** Marks a load worker (the key is LOAD_WORKER_TAG of ../worker-entry.ts). */
  shiplineLoadWorker: 1;
  entryUrl: string;
  plan: LoadPlan;
  progressIntervalMs?: number | undefined;
  /** Post a full snapshot this often (ms of the run); 0: never. */
  snapshotEveryMs: number;
}

export interface WorkerDone {
  histograms: Encoded;
  lateStartMs: number;
  durationMs: number;
  complete: boolean;
  stopReason?: StopReason | undefined;
  stopDetail?: string | undefined;
  sent: number;
  errorSamples: Record<string, number>;
}

export type FromWorker =
  | { type: "ready" }
  | { type: "progress"; progress: LoadProgress; latency?: string | undefined }
  | { type: "snapshot"; histograms: Encoded; measuredMs: number; elapsedMs: number }
  | { type: "done"; result: WorkerDone }
  | { type: "error"; message: string };

export type ToWorker = { type: "start"; startAtMs: number } | { type: "stop"; reason?: StopReason | undefined; detail?: string | undefined };

/**
 * The worker side: runs this worker's share of the plan (from `workerData`) and posts its result.
 * Never settles: the pool terminates the worker after the result (see ../worker-entry.ts for why).
 */
export async function serveLoadWorker(): Promise<never> {
  const init = workerData as WorkerInit;
  const port = parentPort;
  if (!port) throw new Error("serveLoadWorker runs in a worker thread only");
  const controller = new AbortController();
  let startWith!: (ms: number | undefined) => void;
  const started = new Promise<number | undefined>((ok) => {
    startWith = ok;
  });
  port.on("message", (m: ToWorker) => {
    if (m.type === "start") startWith(m.startAtMs);
    else {
      startWith(undefined);
      controller.abort(m.reason ? loadStop(m.reason, m.detail ?? "") : undefined);
    }
  });
  let latest: Recorded | undefined;
  let lastSnapshotAt = Number.NEGATIVE_INFINITY;
  const post = (m: FromWorker) => port.postMessage(m);
  const r = await runLoad(init.plan, {
    signal: controller.signal,
    progressIntervalMs: init.progressIntervalMs,
    waitForStart: () => {
      post({ type: "ready" });
      return started;
    },
    onProgress: (progress) => post({ type: "progress", progress, latency: latest ? encodeHistogram(latest.overall.latency) : undefined }),
    // Called about every 50 ms with the live record: the worker keeps a reference for its progress
    // posts and, when the pool judges thresholds early, snapshots it; the pool decides to abort.
    shouldAbort: (rec, measuredMs, elapsedMs) => {
      latest = rec;
      if (init.snapshotEveryMs > 0 && elapsedMs - lastSnapshotAt >= init.snapshotEveryMs) {
        lastSnapshotAt = elapsedMs;
        post({ type: "snapshot", histograms: encodeRecorded(rec), measuredMs, elapsedMs });
      }
      return undefined;
    },
  });
  post({
    type: "done",
    result: {
      histograms: encodeRecorded(r.recorded),
      lateStartMs: r.lateStartMs,
      durationMs: r.durationMs,
      complete: r.complete,
      stopReason: r.stopReason,
      stopDetail: r.stopDetail,
      sent: r.sent,
      errorSamples: r.errorSamples,
    },
  });
  return new Promise<never>(() => {});
}
