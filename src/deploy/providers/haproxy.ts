/**
 * HAProxy through its runtime API (stats socket, Unix or TCP): `set server <backend>/<server> weight
 * N`, verified with `get weight`. Weights are the percentages themselves (HAProxy allows 0..256).
 */
import { connect } from "node:net";
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import { IDENTIFIER } from "../core/provider-config.js";
import type { TrafficProvider } from "./provider.js";

/** The runtime API reads `;` as a command separator: a name that is not an identifier never reaches it. */
function checkNames(backend: string, servers: readonly string[]): void {
  for (const n of [backend, ...servers])
    if (!IDENTIFIER.test(n))
      throw new ShiplineError(ErrorCode.InputInvalid, `"${n}" is not an HAProxy backend or server name (letters, digits and _ . : - only).`, {
        exitCode: 2,
        hint: 'Check the "backend", "stable" and "canary" inputs against haproxy.cfg.',
      });
}

export interface HaproxyOptions {
  /** A Unix socket path, or host:port for a TCP stats socket. */
  socket: string;
  backend: string;
  stable: string;
  canary: string;
  timeoutMs?: number;
}

/** Sends one runtime API command and returns the answer. */
export function haproxyCommand(socket: string, command: string, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const tcp = /^([\w.-]+):(\d+)$/.exec(socket);
    const conn = tcp ? connect({ host: tcp[1], port: Number(tcp[2]) }) : connect({ path: socket });
    let out = "";
    const timer = setTimeout(() => {
      conn.destroy();
      reject(
        new ShiplineError(ErrorCode.ProcessFailed, `HAProxy's runtime API at ${socket} did not answer "${command}" within ${timeoutMs} ms.`, {
          hint: "Check haproxy-socket and that the socket is a stats socket with level admin.",
        }),
      );
    }, timeoutMs);
    conn.on("connect", () => conn.end(`${command}\n`));
    conn.on("data", (d) => {
      out += d.toString("utf8");
    });
    conn.on("error", (e) => {
      clearTimeout(timer);
      reject(
        new ShiplineError(ErrorCode.ProcessFailed, `Cannot reach HAProxy's runtime API at ${socket}: ${e.message}.`, {
          hint: 'Set "haproxy-socket" to the stats socket (stats socket /run/haproxy.sock level admin).',
        }),
      );
    });
    conn.on("close", () => {
      clearTimeout(timer);
      resolve(out.trim());
    });
  });
}

export class HaproxyProvider implements TrafficProvider {
  readonly name = "haproxy";
  constructor(private readonly o: HaproxyOptions) {
    checkNames(o.backend, [o.stable, o.canary]);
  }

  private async weightOf(server: string): Promise<number> {
    const answer = await haproxyCommand(this.o.socket, `get weight ${this.o.backend}/${server}`, this.o.timeoutMs);
    const m = /^(\d+)/.exec(answer);
    if (!m)
      throw new ShiplineError(ErrorCode.ProcessFailed, `HAProxy answered "${answer}" to get weight ${this.o.backend}/${server}.`, {
        hint: "Check the backend and server names (backend, stable, canary).",
      });
    return Number(m[1]);
  }

  private async set(server: string, weight: number): Promise<void> {
    const answer = await haproxyCommand(this.o.socket, `set server ${this.o.backend}/${server} weight ${weight}`, this.o.timeoutMs);
    if (answer !== "")
      throw new ShiplineError(ErrorCode.ProcessFailed, `HAProxy refused "set server ${this.o.backend}/${server} weight ${weight}": ${answer}`, {
        hint: "Check the backend and server names, and that the socket has level admin.",
      });
  }

  async read(): Promise<number | undefined> {
    const [s, c] = await Promise.all([this.weightOf(this.o.stable), this.weightOf(this.o.canary)]);
    return s + c === 0 ? undefined : Math.round((c / (s + c)) * 100);
  }

  async apply(weight: number): Promise<void> {
    // Raise the side that grows first, so the pool is never empty between the two writes.
    if (weight > 0) await this.set(this.o.canary, weight);
    await this.set(this.o.stable, 100 - weight);
    if (weight === 0) await this.set(this.o.canary, 0);
    const now = await this.read();
    if (now !== weight)
      throw new ShiplineError(ErrorCode.ProcessFailed, `HAProxy reports ${now}% on ${this.o.canary} after setting ${weight}%.`, {
        hint: "Another process may be changing the weights; the rollout stopped.",
      });
  }

  async rollback(): Promise<void> {
    await this.apply(0);
  }
}

/**
 * Per-server response counters from one `show stat` (CSV), for the haproxy-stats gate: requests (all
 * HTTP responses) and errors (5xx, response errors, connection errors), by server name.
 */
export async function haproxyServersStats(
  socket: string,
  backend: string,
  servers: readonly string[],
): Promise<Record<string, { requests: number; errors: number }>> {
  checkNames(backend, servers);
  const csv = await haproxyCommand(socket, "show stat");
  const lines = csv.split("\n");
  const header = (lines[0] ?? "").replace(/^# /, "").split(",");
  const col = (n: string) => header.indexOf(n);
  const out: Record<string, { requests: number; errors: number }> = {};
  for (const l of lines.slice(1)) {
    const f = l.split(",");
    if (f[0] !== backend || !servers.includes(f[1] as string)) continue;
    const num = (n: string) => Number(f[col(n)] ?? 0) || 0;
    const requests = num("hrsp_1xx") + num("hrsp_2xx") + num("hrsp_3xx") + num("hrsp_4xx") + num("hrsp_5xx") + num("hrsp_other");
    out[f[1] as string] = { requests, errors: num("hrsp_5xx") + num("eresp") + num("econ") };
  }
  const missing = servers.filter((s) => !out[s]);
  if (missing.length > 0)
    throw new ShiplineError(ErrorCode.ProcessFailed, `HAProxy's show stat has no ${missing.map((m) => `${backend}/${m}`).join(" or ")}.`, {
      hint: 'Check the "backend", "stable" and "canary" inputs against the server names in haproxy.cfg.',
    });
  return out;
}

/** Per-server response counters of one server (see {@link haproxyServersStats}). */
export async function haproxyServerStats(socket: string, backend: string, server: string): Promise<{ requests: number; errors: number }> {
  return (await haproxyServersStats(socket, backend, [server]))[server] as { requests: number; errors: number };
}
