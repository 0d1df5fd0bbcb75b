// Bench server: answers every request at once, except that it freezes ONCE for `freezeMs`: from the
// first request arriving `freezeAfterMs` after the first request of the run, every request is answered
// when the freeze ends. Raw node:net with a pre-built response (GET requests without bodies), so that
// draining the held requests after the freeze costs microseconds, not the milliseconds node:http
// would spend and add to every held request.
// Usage: node --import tsx freeze-server.ts PORT AFTER_MS FREEZE_MS
import { createServer, type Socket } from "node:net";

const [port, freezeAfterMs, freezeMs] = process.argv.slice(2).map(Number) as [number, number, number];
const RESPONSE = Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nok\n");
let firstAt = 0;
let frozenUntil = 0;
let froze = false;
const held: Socket[] = [];

const server = createServer((socket) => {
  socket.setNoDelay(true);
  let tail = "";
  socket.on("data", (d) => {
    const text = tail + d.toString("latin1");
    let count = 0;
    let at = text.indexOf("\r\n\r\n");
    let last = 0;
    while (at !== -1) {
      count++;
      last = at + 4;
      at = text.indexOf("\r\n\r\n", last);
    }
    tail = text.slice(last);
    for (let i = 0; i < count; i++) {
      const now = performance.now();
      if (firstAt === 0) firstAt = now;
      if (!froze && now - firstAt >= freezeAfterMs) {
        froze = true;
        frozenUntil = now + freezeMs;
        setTimeout(() => {
          for (const s of held.splice(0)) s.write(RESPONSE);
        }, freezeMs);
      }
      if (now < frozenUntil) held.push(socket);
      else socket.write(RESPONSE);
    }
  });
  socket.on("error", () => {});
});
server.listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
