/**
 * A real HAProxy (child process, `-db`) in front of two real loopback HTTP services, blue (stable) and
 * green (new), with an admin stats socket in a temp dir. Green's behaviour can change while it runs.
 * Every request each service answers is recorded with its time, so tests can count the requests that
 * reached green after a breach.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { haproxyCommand } from "../../../src/deploy/providers/haproxy.js";
import { startTool } from "../../helpers/tools.js";

export interface Service {
  port: number;
  /** performance.now()-free wall times (Date.now()) of every answered request. */
  hits: number[];
  /** Share of requests answered 500 (0..1), deterministic: every Nth request. */
  errorRate: number;
  delayMs: number;
  close(): Promise<void>;
}

async function startService(name: string): Promise<Service & { server: Server }> {
  let n = 0;
  const svc = { hits: [] as number[], errorRate: 0, delayMs: 0 } as Service & { server: Server };
  const server = createServer((req, res) => {
    n++;
    svc.hits.push(Date.now());
    const fail = svc.errorRate > 0 && n % Math.round(1 / svc.errorRate) === 0;
    const answer = () => {
      res.writeHead(fail ? 500 : 200, { "content-type": "text/plain" });
      res.end(fail ? "boom" : `hello from ${name}`);
    };
    req.resume();
    if (svc.delayMs > 0) setTimeout(answer, svc.delayMs);
    else answer();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  svc.server = server;
  svc.port = (server.address() as AddressInfo).port;
  svc.close = () =>
    new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return svc;
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

export interface Rig {
  dir: string;
  socket: string;
  /** The same admin runtime API over TCP, `127.0.0.1:PORT`. */
  tcpSocket: string;
  url: string;
  blue: Service;
  green: Service;
  haproxy: ChildProcess;
  weight(server: "blue" | "green"): Promise<number>;
  close(): Promise<void>;
}

/** Starts blue, green and HAProxy (blue weight 100, green 0). Call close() in afterEach. */
export async function startRig(): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), "shipline-deploy-"));
  const [blue, green, port, adminPort] = [await startService("blue"), await startService("green"), await freePort(), await freePort()];
  const socket = join(dir, "admin.sock");
  const cfg = `global
  stats socket ${socket} mode 600 level admin
  stats socket ipv4@127.0.0.1:${adminPort} level admin
  maxconn 256
defaults
  mode http
  timeout connect 2s
  timeout client 10s
  timeout server 10s
  retries 0
frontend web
  bind 127.0.0.1:${port}
  default_backend app
backend app
  balance roundrobin
  server blue 127.0.0.1:${blue.port} weight 100
  server green 127.0.0.1:${green.port} weight 0
`;
  writeFileSync(join(dir, "haproxy.cfg"), cfg);
  const haproxy = await startTool("haproxy", "haproxy", ["-f", join(dir, "haproxy.cfg"), "-db"], () => existsSync(socket), { timeoutMs: 5000 });
  const weight = async (server: "blue" | "green") => Number.parseInt(await haproxyCommand(socket, `get weight app/${server}`), 10);
  return {
    dir,
    socket,
    tcpSocket: `127.0.0.1:${adminPort}`,
    url: `http://127.0.0.1:${port}/`,
    blue,
    green,
    haproxy,
    weight,
    async close() {
      haproxy.kill("SIGKILL");
      await Promise.all([blue.close(), green.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
