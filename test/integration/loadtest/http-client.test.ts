import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Connection, type Exchange, prepareRequest } from "../../../src/loadtest/engine/http-client.js";

/** A raw TCP server that answers each request (one per "\r\n\r\n") with `reply(n)`, written in the given fragments. */
async function rawServer(reply: (n: number) => (string | Buffer)[], gapMs = 2): Promise<{ port: number; server: Server; seen: string[] }> {
  const seen: string[] = [];
  let n = 0;
  const server = createServer((socket: Socket) => {
    let buf = "";
    socket.on("data", async (d) => {
      buf += d.toString("latin1");
      while (buf.includes("\r\n\r\n")) {
        const end = buf.indexOf("\r\n\r\n") + 4;
        seen.push(buf.slice(0, end));
        buf = buf.slice(end);
        for (const part of reply(n++)) {
          socket.write(part);
          await new Promise((r) => setTimeout(r, gapMs));
        }
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, server, seen };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((ok) => s.close(() => ok()));
});

function exchange(port: number, method = "GET", count = 1): Promise<Exchange[]> {
  const endpoint = { host: "127.0.0.1", port, isTls: false, servername: "127.0.0.1" };
  const req = prepareRequest(endpoint, "/base", { method, path: "/x?y=1", headers: { "x-test": "1" }, collectBody: true });
  return new Promise((ok) => {
    const out: Exchange[] = [];
    const c = new Connection(endpoint, () => {});
    const next = () =>
      c.send(req, performance.now(), (x) => {
        out.push(x);
        if (out.length === count || !c.isAlive) {
          c.destroy();
          ok(out);
        } else next();
      });
    next();
  });
}

describe("the HTTP/1.1 client", () => {
  it("writes one pre-built request with host, path and headers", async () => {
    const s = await rawServer(() => ["HTTP/1.1 204 No Content\r\n\r\n"]);
    const [x] = await exchange(s.port);
    expect(x).toMatchObject({ status: 204 });
    expect(s.seen[0]).toBe(`GET /base/x?y=1 HTTP/1.1\r\nhost: 127.0.0.1:${s.port}\r\nuser-agent: shipline-loadtest\r\naccept: */*\r\nx-test: 1\r\n\r\n`);
  });

  it("brackets an IPv6 host in the host header", () => {
    const req = prepareRequest({ host: "::1", port: 8080, isTls: false, servername: "::1" }, "", { method: "GET", path: "/", headers: {}, collectBody: false });
    expect(req.bytes.toString("latin1")).toContain("host: [::1]:8080\r\n");
  });

  it("parses a head split across packets and a content-length body, then reuses the connection", async () => {
    const s = await rawServer((n) => ["HTTP/1.1 20", `0 OK\r\nContent-Le`, "ngth: 5\r\n\r", `\nhel`, `l${n}`]);
    const xs = await exchange(s.port, "GET", 3);
    expect(xs).toEqual([
      { status: 200, body: "hell0" },
      { status: 200, body: "hell1" },
      { status: 200, body: "hell2" },
    ]);
  });

  it("parses chunked bodies with sizes, data and CRLFs split anywhere, and trailers", async () => {
    const s = await rawServer(() => [
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
      "4\r",
      "\nab",
      "cd\r\n1",
      "0;ext=1\r\n0123456789ABCDEF\r",
      "\n0\r\nx-trailer: 1\r\n",
      "\r\n",
    ]);
    const xs = await exchange(s.port, "GET", 2);
    expect(xs).toEqual([
      { status: 200, body: "abcd0123456789ABCDEF" },
      { status: 200, body: "abcd0123456789ABCDEF" },
    ]);
  });

  it("skips 100-continue, ignores the body of HEAD, and closes on connection: close", async () => {
    const s = await rawServer(() => ["HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"]);
    expect(await exchange(s.port)).toEqual([{ status: 200, body: "abc" }]);
    const head = await rawServer(() => ["HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n"]);
    expect(await exchange(head.port, "HEAD", 2)).toEqual([
      { status: 200, body: "" },
      { status: 200, body: "" },
    ]);
    const close = await rawServer(() => ["HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 2\r\n\r\nno"]);
    expect(await exchange(close.port, "GET", 2)).toEqual([{ status: 503, body: "no" }]);
  });

  it("reads a body without length until the server closes", async () => {
    const server = createServer((socket) => {
      socket.once("data", () => socket.end("HTTP/1.0 200 OK\r\n\r\nstreamed until close"));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    servers.push(server);
    expect(await exchange((server.address() as AddressInfo).port)).toEqual([{ status: 200, body: "streamed until close" }]);
  });

  it("reports a malformed status line as a network error", async () => {
    const s = await rawServer(() => ["SSH-2.0-OpenSSH\r\n\r\n"]);
    const [x] = await exchange(s.port);
    expect(x).toMatchObject({ status: 0, error: "network", errorMessage: expect.stringMatching(/malformed status line/) });
  });
});
