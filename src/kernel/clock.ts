/**
 * The clock and the cancellation signal a command runs with. Long-running commands (deploy, loadtest)
 * read time and sleep only through {@link Clock}, so their state machines can be driven by a fake clock
 * in unit tests, and stop through the context's AbortSignal rather than their own process listeners.
 */

/** Time as a command sees it. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds, or at once (without rejecting) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: Date.now and setTimeout. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((ok) => {
      if (signal?.aborted) return ok();
      const done = () => {
        clearTimeout(t);
        signal?.removeEventListener("abort", done);
        ok();
      };
      const t = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener("abort", done, { once: true });
    }),
};

/** The signals the runner sends when a job is cancelled: SIGINT, then SIGTERM; SIGHUP when a terminal closes. */
export const CANCEL_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * An AbortSignal that aborts (reason: the signal's name, e.g. "SIGINT") when the process receives one
 * of {@link CANCEL_SIGNALS}. The process listeners are installed on first use of `signal` only, so a
 * command that never asks keeps Node's default (exit on SIGINT); `dispose` removes them.
 */
export function processCancellation(): { readonly signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  let installed = false;
  const onSignal = (sig: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(sig);
  };
  return {
    get signal() {
      if (!installed) {
        installed = true;
        for (const s of CANCEL_SIGNALS) process.on(s, onSignal);
      }
      return controller.signal;
    },
    dispose() {
      if (installed) for (const s of CANCEL_SIGNALS) process.off(s, onSignal);
      installed = false;
    },
  };
}
