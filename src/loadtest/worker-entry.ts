/**
 * The entry of the load generator's worker threads (`workers: N`).
 *
 * A worker must start from the one bundled file ncc writes (dist/<action>/index.js), so there is no
 * separate worker script: the pool starts a tiny eval'd bootstrap that imports the URL below, and
 * this module, when evaluated inside a worker the pool started, serves the worker's share of the run.
 *
 * Why here, imported by `inputs.ts`: every bundle that can run a load test (the loadtest and root
 * actions, the CLI, deploy) evaluates the loadtest input spec from its main file, while the engine
 * itself may sit in a lazily loaded chunk (the CLI splits per command). `import.meta.url` of this
 * module is therefore always the bundle's main file (ncc leaves `import.meta` untouched), or the
 * TypeScript source when run from source (vitest, tsx), where the bootstrap registers tsx first.
 *
 * Why the top-level await never settles in a worker: importing a bundle's main file evaluates the
 * whole bundle, entry code included (`runAction(...)`). Every module that imports this one, the
 * entry among them, waits for this await, so in a worker the entry never runs; the pool terminates
 * the worker once it has sent its result.
 */
import { isMainThread, workerData } from "node:worker_threads";

/** Key in `workerData` that marks a load-generator worker (value 1). */
export const LOAD_WORKER_TAG = "shiplineLoadWorker";

/** The module a worker imports: the bundle's main file, or this source file. */
export const LOAD_WORKER_ENTRY_URL: string = import.meta.url;

if (!isMainThread && (workerData as Record<string, unknown> | null | undefined)?.[LOAD_WORKER_TAG] === 1) {
  const { serveLoadWorker } = await import("./engine/load-worker.js");
  await serveLoadWorker();
}
