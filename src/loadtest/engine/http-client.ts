/**
 * A minimal HTTP/1.1 keep-alive client on node:net / node:tls with requests pre-built as Buffers.
 *
 * Why not undici: on this project's benchmark (bench/loadtest/bench.ts, nginx on 127.0.0.1, one core
 * each, 50 connections) a plain undici Pool peaks far below autocannon, which also hand-writes its
 * client; undici's per-request dispatcher, header objects and body streams cost more than the load
 * generator can afford. This client writes one pre-built Buffer per request, parses only the status
 * line, content-length / transfer-encoding / connection, and skips the body unless a check needs it.
 * The bench prints both figures side by side: on a shared 2-core machine, 50 connections, one core
 * each, this client did 58.9k–76.9k req/s against 25.6k–37.6k for a plain undici Pool (1.6×–2.3×)
 * and 33k–66k for autocannon, in the same runs.
 *
 * Not supported, on purpose: pipelining, HTTP/2, redirects (a 3xx is recorded as it is, so traffic
 * never leaves the allowed hosts; without a status check it counts as non-2xx), 1xx other than 100-continue.
 */
import * as net from "node:net";
import * as tls from "node:tls";
import type { ErrorKind } from "../core/recorder.js";

/** A request ready to write: the whole head (and body) as one Buffer. */
export interface PreparedRequest {
  bytes: Buffer;
  /** HEAD responses have no body whatever their headers say. */
  isHead: boolean;
  /** Collect the body (for body/JSON checks); otherwise it is skipped. */
  collectBody: boolean;
}

/** What a finished exchange reports. */
export interface Exchange {
  status: number;
  body?: string | undefined;
  error?: ErrorKind | undefined;
  /** For a network error: its code and message, for the report's error samples. */
  errorMessage?: string | undefined;
  /**
   * The server closed a reused keep-alive connection before sending anything back: the request
   * most likely never reached it (the idle-close race every HTTP client has), so one retry on a
   * fresh connection is safe, as browsers and undici do.
   */
  retryable?: boolean | undefined;
}

export interface Endpoint {
  host: string;
  port: number;
  isTls: boolean;
  /** SNI / certificate name. */
  servername: string;
}

/** Builds the request bytes for `method base+path` with our fixed headers first. */
export function prepareRequest(
  endpoint: Endpoint,
  basePath: string,
  r: { method: string; path: string; headers: Record<string, string>; body?: string | undefined; collectBody: boolean },
): PreparedRequest {
  const defaultPort = endpoint.isTls ? 443 : 80;
  const name = net.isIPv6(endpoint.servername) ? `[${endpoint.servername}]` : endpoint.servername;
  const hostHeader = endpoint.port === defaultPort ? name : `${name}:${endpoint.port}`;
  const body = r.body === undefined ? undefined : Buffer.from(r.body, "utf8");
  const lines = [`${r.method} ${basePath}${r.path} HTTP/1.1`, `host: ${hostHeader}`];
  const h = { "user-agent": "shipline-loadtest", accept: "*/*", ...r.headers };
  for (const [k, v] of Object.entries(h)) {
    if (k === "host" || k === "content-length" || k === "connection" || k === "transfer-encoding") continue;
    if (/[\r\n]/.test(v)) throw new Error(`header "${k}" contains a line break`);
    lines.push(`${k}: ${v}`);
  }
  if (body !== undefined || r.method === "POST" || r.method === "PUT" || r.method === "PATCH") lines.push(`content-length: ${body?.length ?? 0}`);
  const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
  return { bytes: body ? Buffer.concat([head, body]) : head, isHead: r.method === "HEAD", collectBody: r.collectBody };
}

const CRLFCRLF = Buffer.from("\r\n\r\n");
const MAX_HEAD = 64 * 1024;
const MAX_BODY = 1024 * 1024;

enum State {
  Head,
  Length,
  ChunkSize,
  ChunkData,
  ChunkDataEnd,
  Trailer,
  UntilClose,
}

/** Maps a socket error to an error kind. */
export function errorKindOf(e: NodeJS.ErrnoException): ErrorKind {
  switch (e.code) {
    case "ECONNREFUSED":
      return "refused";
    case "ECONNRESET":
    case "EPIPE":
    case "ECONNABORTED":
      return "reset";
    case "ETIMEDOUT":
      return "timeout";
    default:
      return "network";
  }
}

/**
 * One keep-alive connection, one request at a time. `onDone` is called exactly once per `send`;
 * after an error or `connection: close` the connection is dead (`isAlive` false) and must be replaced.
 */
export class Connection {
  private socket: net.Socket;
  private connected = false;
  isAlive = true;
  /** True while a request is outstanding. */
  busy = false;
  /** performance.now() when the current request was written (for timeouts). */
  sentAt = 0;
  /** Exchanges completed on this connection. */
  private served = 0;
  /** Whether any byte of the current response arrived. */
  private gotBytes = false;
  private pending: PreparedRequest | undefined;
  private onDone: ((x: Exchange) => void) | undefined;
  private state = State.Head;
  private head: Buffer | undefined;
  private remaining = 0;
  private status = 0;
  private closeAfter = false;
  private bodyParts: Buffer[] | undefined;
  private bodyBytes = 0;
  private sizeLine = "";

  /** Settles when the connection is established or failed (never rejects). */
  readonly ready: Promise<void>;
  private markReady: () => void = () => {};

  constructor(
    endpoint: Endpoint,
    private readonly onDead: (c: Connection) => void,
  ) {
    this.ready = new Promise<void>((ok) => {
      this.markReady = ok;
    });
    const onConnect = () => {
      this.connected = true;
      this.markReady();
      if (this.pending) this.socket.write(this.pending.bytes);
    };
    this.socket = endpoint.isTls
      ? tls.connect(
          // SNI must not carry an IP address (RFC 6066); Node warns when it does.
          {
            host: endpoint.host,
            port: endpoint.port,
            ...(net.isIP(endpoint.servername) ? {} : { servername: endpoint.servername }),
            ALPNProtocols: ["http/1.1"],
          },
          onConnect,
        )
      : net.connect({ host: endpoint.host, port: endpoint.port }, onConnect);
    this.socket.setNoDelay(true);
    this.socket.on("data", (d: Buffer) => this.onData(d));
    this.socket.on("error", (e: NodeJS.ErrnoException) => this.die(errorKindOf(e), `${e.code ?? "error"}: ${e.message}`));
    this.socket.on("close", () => this.die("reset", "connection closed by the server before the response ended"));
  }

  /** Sends one request. The caller guarantees the connection is alive and not busy. */
  send(req: PreparedRequest, now: number, onDone: (x: Exchange) => void): void {
    this.busy = true;
    this.sentAt = now;
    this.onDone = onDone;
    this.pending = req;
    this.state = State.Head;
    this.head = undefined;
    this.status = 0;
    this.closeAfter = false;
    this.bodyParts = req.collectBody ? [] : undefined;
    this.bodyBytes = 0;
    this.gotBytes = false;
    if (this.connected) this.socket.write(req.bytes);
  }

  /** Fails the outstanding request with `kind` and kills the connection. */
  abort(kind: ErrorKind, message: string): void {
    this.die(kind, message);
  }

  /** Closes without reporting (the run is over). */
  destroy(): void {
    this.markReady();
    this.isAlive = false;
    this.onDone = undefined;
    this.busy = false;
    this.socket.destroy();
  }

  private die(kind: ErrorKind, message: string): void {
    this.markReady();
    if (!this.isAlive) return;
    this.isAlive = false;
    const cb = this.onDone;
    this.onDone = undefined;
    this.busy = false;
    this.socket.destroy();
    if (this.state === State.UntilClose && cb && kind === "reset") cb({ status: this.status, body: this.bodyText() });
    else if (cb) cb({ status: 0, error: kind, errorMessage: message, retryable: kind === "reset" && this.served > 0 && !this.gotBytes });
    this.onDead(this);
  }

  private bodyText(): string | undefined {
    return this.bodyParts ? Buffer.concat(this.bodyParts).toString("utf8") : undefined;
  }

  private finish(): void {
    this.served++;
    const cb = this.onDone;
    this.onDone = undefined;
    this.busy = false;
    this.pending = undefined;
    const status = this.status;
    const body = this.bodyText();
    this.bodyParts = undefined;
    if (this.closeAfter) {
      this.isAlive = false;
      this.socket.destroy();
      cb?.({ status, body });
      this.onDead(this);
      return;
    }
    cb?.({ status, body });
  }

  private takeBody(d: Buffer, start: number, end: number): void {
    if (!this.bodyParts || this.bodyBytes >= MAX_BODY) return;
    const slice = d.subarray(start, Math.min(end, start + MAX_BODY - this.bodyBytes));
    this.bodyParts.push(Buffer.from(slice));
    this.bodyBytes += slice.length;
  }

  private onData(d: Buffer): void {
    this.gotBytes = true;
    let i = 0;
    while (i < d.length) {
      if (!this.busy) {
        this.die("network", "the server sent data without a request");
        return;
      }
      switch (this.state) {
        case State.Head: {
          let headText: string;
          if (this.head) {
            const prevLen = this.head.length;
            const buf = Buffer.concat([this.head, d.subarray(i)]);
            const end = buf.indexOf(CRLFCRLF, Math.max(0, prevLen - 3));
            if (end === -1) {
              this.head = buf;
              if (buf.length > MAX_HEAD) this.die("network", "response head larger than 64 KiB");
              return;
            }
            headText = buf.toString("latin1", 0, end);
            this.head = undefined;
            i += end + 4 - prevLen;
          } else {
            const end = d.indexOf(CRLFCRLF, i);
            if (end === -1) {
              this.head = Buffer.from(d.subarray(i));
              return;
            }
            headText = d.toString("latin1", i, end);
            i = end + 4;
          }
          if (!this.parseHead(headText)) return;
          break;
        }
        case State.Length: {
          const n = Math.min(this.remaining, d.length - i);
          this.takeBody(d, i, i + n);
          this.remaining -= n;
          i += n;
          if (this.remaining === 0) this.finish();
          break;
        }
        case State.UntilClose: {
          this.takeBody(d, i, d.length);
          i = d.length;
          break;
        }
        case State.ChunkSize:
        case State.Trailer: {
          const nl = d.indexOf(10, i);
          if (nl === -1) {
            this.sizeLine += d.toString("latin1", i);
            if (this.sizeLine.length > 1024) this.die("network", "malformed chunked encoding");
            return;
          }
          const line = (this.sizeLine + d.toString("latin1", i, nl)).replace(/\r$/, "");
          this.sizeLine = "";
          i = nl + 1;
          if (this.state === State.Trailer) {
            if (line === "") this.finish();
            break;
          }
          const size = Number.parseInt(line.split(";")[0] as string, 16);
          if (Number.isNaN(size)) {
            this.die("network", "malformed chunk size");
            return;
          }
          if (size === 0) this.state = State.Trailer;
          else {
            this.remaining = size;
            this.state = State.ChunkData;
          }
          break;
        }
        case State.ChunkData: {
          const n = Math.min(this.remaining, d.length - i);
          this.takeBody(d, i, i + n);
          this.remaining -= n;
          i += n;
          if (this.remaining === 0) {
            this.state = State.ChunkDataEnd;
            this.remaining = 2;
          }
          break;
        }
        case State.ChunkDataEnd: {
          const n = Math.min(this.remaining, d.length - i);
          this.remaining -= n;
          i += n;
          if (this.remaining === 0) this.state = State.ChunkSize;
          break;
        }
      }
    }
  }

  /** Parses the status line and the three headers we need; sets the body state. */
  private parseHead(head: string): boolean {
    // "HTTP/1.1 200 OK"
    const status = Number(head.slice(9, 12));
    if (!head.startsWith("HTTP/1.") || !(status >= 100 && status < 600)) {
      this.die("network", `malformed status line "${head.slice(0, 40)}"`);
      return false;
    }
    if (status === 100) return true; // 100-continue: the real head follows
    this.status = status;
    let contentLength = -1;
    let chunked = false;
    let close = head.startsWith("HTTP/1.0");
    let pos = head.indexOf("\r\n");
    while (pos !== -1) {
      const next = head.indexOf("\r\n", pos + 2);
      const line = head.slice(pos + 2, next === -1 ? head.length : next);
      pos = next;
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      const c0 = line.charCodeAt(0) | 0x20;
      if (c0 !== 99 && c0 !== 116) continue; // only c(ontent-length, onnection) and t(ransfer-encoding)
      const name = line.slice(0, colon).toLowerCase();
      const value = line
        .slice(colon + 1)
        .trim()
        .toLowerCase();
      if (name === "content-length") contentLength = Number(value);
      else if (name === "transfer-encoding") chunked = value.endsWith("chunked");
      else if (name === "connection") close = value === "close" ? true : value === "keep-alive" ? false : close;
    }
    this.closeAfter = close;
    const noBody = this.pending?.isHead === true || status === 204 || status === 304 || (status >= 100 && status < 200);
    if (noBody || (!chunked && contentLength === 0)) {
      this.finish();
      return this.isAlive;
    }
    if (chunked) this.state = State.ChunkSize;
    else if (contentLength > 0) {
      this.state = State.Length;
      this.remaining = contentLength;
    } else {
      this.state = State.UntilClose;
      this.closeAfter = true;
    }
    return true;
  }
}
