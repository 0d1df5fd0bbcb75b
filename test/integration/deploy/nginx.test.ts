import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NginxProvider } from "../../../src/deploy/providers/nginx.js";
import { deploy } from "./run-deploy.js";
import { startTool } from "../../helpers/tools.js";

/** A real nginx (`daemon off`, own prefix and pid file) in front of blue and green loopback services. */
let dir: string;
let nginx: ChildProcess;
let url: string;
const servers: Server[] = [];
const ports: Record<"blue" | "green", number> = { blue: 0, green: 0 };

async function listen(name: string): Promise<number> {
  const s = createServer((_req, res) => res.end(name));
  await new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok));
  servers.push(s);
  return (s.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok));
  const p = (s.address() as AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return p;
}

const nginxArgs = () => ["-p", dir, "-c", join(dir, "nginx.conf")];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shipline-nginx-"));
  ports.blue = await listen("blue");
  ports.green = await listen("green");
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  writeFileSync(join(dir, "upstream.conf"), `upstream app {\n  server 127.0.0.1:${ports.blue} weight=100;\n  server 127.0.0.1:${ports.green} down;\n}\n`);
  writeFileSync(
    join(dir, "nginx.conf"),
    `pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
worker_processes 1;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/upstream.conf;
  server { listen 127.0.0.1:${port}; location / { proxy_pass http://app; } }
}
`,
  );
  nginx = await startTool("nginx", "nginx", [...nginxArgs(), "-g", "daemon off;"], () => existsSync(join(dir, "nginx.pid")), { timeoutMs: 5000 });
}, 20_000);

afterAll(async () => {
  nginx?.kill("SIGKILL");
  for (const s of servers) s.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Sends n requests through nginx after the reload settles, counting which version answered. */
async function split(n: number): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const body = await get();
    seen[body] = (seen[body] ?? 0) + 1;
  }
  return seen;
}

/**
 * One GET through nginx. A reload makes the old workers close their idle keep-alive connections, so
 * a request that went out on one of those just then sees the socket closed; like any client of an
 * idempotent request, send it again (once or twice).
 */
async function get(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await fetch(url)).text();
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 3 || (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET")) throw e;
    }
  }
}

async function settled(expectOnly: string | undefined, n = 20): Promise<Record<string, number>> {
  // nginx -s reload returns before the new workers take over; retry for up to 10 s (a busy CI machine).
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = await split(n);
    if (!expectOnly || s[expectOnly] === n || Date.now() > deadline) return s;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

describe("the nginx provider with a real nginx", () => {
  const provider = () =>
    new NginxProvider({
      file: join(dir, "upstream.conf"),
      upstream: "app",
      stable: `127.0.0.1:${ports.blue}`,
      canary: `127.0.0.1:${ports.green}`,
      reloadCommand: `nginx ${nginxArgs().join(" ")} -s reload`,
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
    });

  it("reads 0% from the hand-written file before the first write", async () => {
    expect(await provider().read()).toBe(0);
  });

  it("moves all traffic to green at 100% and back to blue on rollback, read back from the file", async () => {
    const p = provider();
    await p.apply(50);
    expect(await p.read()).toBe(50);
    const half = await settled(undefined, 40);
    await p.apply(100);
    expect(await settled("green")).toEqual({ green: 20 });
    expect(half.blue ?? 0).toBeGreaterThan(0);
    await p.rollback();
    expect(await p.read()).toBe(0);
    expect(await settled("blue")).toEqual({ blue: 20 });
  }, 20_000);

  it("restores the previous file and names the command when the reload fails", async () => {
    const file = join(dir, "upstream.conf");
    const before = readFileSync(file, "utf8");
    const p = new NginxProvider({
      file,
      upstream: "app",
      stable: `127.0.0.1:${ports.blue}`,
      canary: `127.0.0.1:${ports.green}`,
      reloadCommand: "echo 'nginx: [emerg] bad config' >&2; exit 1",
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
    });
    await expect(p.apply(10)).rejects.toThrow(/reload command .* failed \(exit 1\).*\[emerg\] bad config/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("shipline deploy --provider nginx with a real nginx", () => {
  it("promotes through the weighted upstream file and reloads nginx at every stage", async () => {
    const r = await deploy(
      {
        provider: "nginx",
        "nginx-upstream-file": "upstream.conf",
        "nginx-reload-command": `nginx ${nginxArgs().join(" ")} -s reload`,
        stable: `127.0.0.1:${ports.blue}`,
        canary: `127.0.0.1:${ports.green}`,
        stages: "50%:1s,100%",
        "check-interval": "300ms",
        "probe-url": url,
        "min-requests": "20",
        version: "2.0.0",
      },
      {},
      dir,
    );
    expect(r.stderr).toContain("Stage 2/2: 100%");
    expect(r.outputs.conclusion).toBe("promoted");
    expect(readFileSync(join(dir, "upstream.conf"), "utf8")).toContain(`server 127.0.0.1:${ports.blue} down;`);
    expect(await settled("green")).toEqual({ green: 20 });
  }, 20_000);

  it("exits 2 naming nginx-upstream-file when it is missing", async () => {
    const r = await deploy({ provider: "nginx", "probe-url": url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"nginx-upstream-file".*is required with provider: nginx/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
