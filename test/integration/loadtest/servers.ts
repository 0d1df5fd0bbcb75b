/**
 * Loopback HTTP servers with known behaviour for the engine tests: a fixed delay (recording the delay
 * it really applied, since timers fire late), a one-off freeze, failures on demand. 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

export interface TestServer {
  url: string;
  port: number;
  server: Server;
  /** Requests received. */
  count: number;
  /** Highest number of requests being handled at once. */
  maxConcurrent: number;
  /** Delay really applied to each request, ms (measured by the server). */
  heldMs: number[];
  /** When the freeze started and when its held responses were released (performance.now() of this process). */
  freezeStartedAt?: number;
  freezeEndedAt?: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Fixed response delay, ms. Default 0. */
  delayMs?: number;
  /** Freeze once, for `freeze.ms`, when the `freeze.atRequest`-th request (1-based) arrives: every response is held until it ends. */
  freeze?: { atRequest: number; ms: number };
  /** Custom handler; return true when it answered. */
  handle?: (req: IncomingMessage, res: ServerResponse, n: number) => boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  let inFlight = 0;
  let frozenUntil = 0;
  const held: (() => void)[] = [];
  const state: Omit<TestServer, "url" | "port" | "server" | "close"> = { count: 0, maxConcurrent: 0, heldMs: [] };
  const server = createServer((req, res) => {
    const n = ++state.count;
    const started = performance.now();
    inFlight++;
    state.maxConcurrent = Math.max(state.maxConcurrent, inFlight);
    res.on("close", () => inFlight--);
    if (options.handle?.(req, res, n)) return;
    if (options.freeze && n === options.freeze.atRequest) {
      frozenUntil = started + options.freeze.ms;
      state.freezeStartedAt = started;
      // One timer releases everything held, so the release costs one event-loop turn, not thousands.
      setTimeout(() => {
        state.freezeEndedAt = performance.now();
        for (const release of held.splice(0)) release();
      }, options.freeze.ms);
    }
    const answer = () => {
      state.heldMs.push(performance.now() - started);
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true}');
    };
    req.resume();
    req.on("end", () => {
      if (started < frozenUntil) held.push(answer);
      else if ((options.delayMs ?? 0) <= 0) answer();
      else setTimeout(answer, options.delayMs);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  const result = Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  });
  return result as TestServer;
}

/** The p-quantile (0..1) of values, nearest-rank, as HDR reports it. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}
