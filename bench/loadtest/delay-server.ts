// Bench server with a known delay: answers every request exactly DELAY_MS after it arrived. Raw
// node:net with a pre-built response (GET requests without bodies), and the release is scheduled the
// way the engine schedules arrivals (setTimeout while far, setImmediate when close), so the
// delay it applies is DELAY_MS plus microseconds, not plus the ~1 ms a bare setTimeout adds. On
// SIGTERM it prints {"count", "heldP50Ms", "heldMaxMs"}: the delay it really applied.
// Usage: node --import tsx delay-server.ts PORT DELAY_MS
import { createServer, type Socket } from "node:net";

const [port, delayMs] = process.argv.slice(2).map(Number) as [number, number];
const RESPONSE = Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nok\n");
// Every request waits the same delay, so release order is arrival order: a FIFO is enough.
const due: { at: number; arrived: number; socket: Socket }[] = [];
let head = 0;
const held: number[] = [];
let timer: NodeJS.Timeout | undefined;
let immediate: NodeJS.Immediate | undefined;

function release() {
  timer = undefined;
  immediate = undefined;
  const now = performance.now();
  while (head < due.length && (due[head] as { at: number }).at <= now) {
    const d = due[head] as { at: number; arrived: number; socket: Socket };
    due[head++] = undefined as never;
    if (!d.socket.destroyed) d.socket.write(RESPONSE);
    held.push(now - d.arrived);
  }
  if (head > 4096 && head * 2 > due.length) {
    due.splice(0, head);
    head = 0;
  }
  schedule();
}

function schedule() {
  if (timer || immediate || head >= due.length) return;
  const wait = (due[head] as { at: number }).at - performance.now();
  // A timer fires up to ~1 ms late: sleep until 1.2 ms before, then poll with setImmediate (which
  // still serves I/O). Polling only that last stretch keeps the server core mostly idle.
  if (wait > 1.5) timer = setTimeout(release, wait - 1.2);
  else immediate = setImmediate(release);
}

const server = createServer((socket) => {
  socket.setNoDelay(true);
  let tail = "";
  socket.on("data", (d) => {
    const now = performance.now();
    const text = tail + d.toString("latin1");
    let at = text.indexOf("\r\n\r\n");
    let last = 0;
    while (at !== -1) {
      due.push({ at: now + delayMs, arrived: now, socket });
      last = at + 4;
      at = text.indexOf("\r\n\r\n", last);
    }
    tail = text.slice(last);
    schedule();
  });
  socket.on("error", () => {});
});
server.listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => {
  const sorted = [...held].sort((a, b) => a - b);
  const p50 = sorted[Math.max(0, Math.ceil(0.5 * sorted.length) - 1)] ?? 0;
  process.stdout.write(`${JSON.stringify({ count: held.length, heldP50Ms: p50, heldMaxMs: sorted.at(-1) ?? 0 })}\n`);
  process.exit(0);
});
