/**
 * A real rollout rig on 127.0.0.1: blue and green HTTP services, HAProxy in front with an admin stats
 * socket, and a bounded background load that stands in for users.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { haproxyCommand } from "../../../src/deploy/providers/haproxy.js";
import { tempDir } from "../../helpers/git.js";
import { startTool } from "../../helpers/tools.js";

export interface Service {
  port: number;
  hits: number;
  /** Share of requests answered 500 (0..1). */
  errorRate: number;
  delayMs: number;
  close(): Promise<void>;
}

export async function service(name: string, opts: { errorRate?: number; delayMs?: number } = {}): Promise<Service> {
  const s: Service = { port: 0, hits: 0, errorRate: opts.errorRate ?? 0, delayMs: opts.delayMs ?? 0, close: async () => {} };
  let n = 0;
  const server: Server = createServer((req, res) => {
    s.hits++;
    n++;
    const fail = s.errorRate > 0 && n % Math.round(1 / s.errorRate) === 0;
    setTimeout(() => {
      res.writeHead(fail ? 500 : 200, { "content-type": "text/plain" });
      res.end(fail ? "error" : name);
    }, s.delayMs);
    req.resume();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  s.port = (server.address() as AddressInfo).port;
  s.close = () =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return s;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok));
  const p = (s.address() as AddressInfo).port;
  await new Promise((ok) => s.close(ok));
  return p;
}

export interface Rig {
  url: string;
  socket: string;
  blue: Service;
  green: Service;
  /** Canary (green) weight in percent as HAProxy reports it. */
  greenWeight(): Promise<number>;
  /** Starts background traffic at `rps` until stopped; counts responses by server. */
  startTraffic(rps: number): { stop(): Promise<{ sent: number; errors: number }> };
  close(): Promise<void>;
}

export async function startRig(green: { errorRate?: number; delayMs?: number } = {}): Promise<Rig> {
  const dir = tempDir("shipline-haproxy-");
  const blue = await service("blue");
  const g = await service("green", green);
  const port = await freePort();
  const socket = join(dir, "admin.sock");
  writeFileSync(
    join(dir, "haproxy.cfg"),
    `global
  stats socket ${socket} mode 600 level admin
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 10s
  timeout server 10s
frontend fe
  bind 127.0.0.1:${port}
  default_backend app
backend app
  balance roundrobin
  server blue 127.0.0.1:${blue.port} weight 100
  server green 127.0.0.1:${g.port} weight 0
`,
  );
  const proc: ChildProcess = await startTool("haproxy", "haproxy", ["-f", join(dir, "haproxy.cfg"), "-db"], () => existsSync(socket), { timeoutMs: 10_000 });
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    socket,
    blue,
    green: g,
    async greenWeight() {
      const [b, gr] = await Promise.all([haproxyCommand(socket, "get weight app/blue"), haproxyCommand(socket, "get weight app/green")]);
      const bw = Number(/^\d+/.exec(b)?.[0]);
      const gw = Number(/^\d+/.exec(gr)?.[0]);
      return Math.round((gw / (bw + gw)) * 100);
    },
    startTraffic(rps: number) {
      let stopped = false;
      let sent = 0;
      let errors = 0;
      const loop = (async () => {
        // Bounded: stops when asked, and never runs longer than 60 s.
        const end = Date.now() + 60_000;
        while (!stopped && Date.now() < end) {
          const batch = Array.from({ length: Math.max(1, Math.round(rps / 20)) }, () =>
            fetch(url, { signal: AbortSignal.timeout(2000) })
              .then((r) => {
                sent++;
                if (r.status >= 500) errors++;
                return r.arrayBuffer();
              })
              .catch(() => {
                sent++;
                errors++;
              }),
          );
          await Promise.all([...batch, new Promise((r) => setTimeout(r, 50))]);
        }
      })();
      return {
        async stop() {
          stopped = true;
          await loop;
          return { sent, errors };
        },
      };
    },
    async close() {
      proc.kill("SIGTERM");
      await blue.close();
      await g.close();
    },
  };
}
