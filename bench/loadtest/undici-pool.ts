// Anchor for the bench: a plain undici Pool driven closed-loop with C concurrent requests for D ms,
// the way one would write a load generator on undici. Prints {requests, rps}.
// Usage: node --import tsx undici-pool.ts URL CONNECTIONS DURATION_MS
import { Pool } from "undici";

const [url, c, d] = process.argv.slice(2) as [string, string, string];
const connections = Number(c);
const durationMs = Number(d);
const pool = new Pool(url, { connections, pipelining: 1 });
let requests = 0;
const end = performance.now() + durationMs;
async function loop() {
  while (performance.now() < end) {
    const res = await pool.request({ path: "/", method: "GET" });
    await res.body.dump();
    requests++;
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: connections }, loop));
const elapsed = performance.now() - started;
await pool.close();
console.log(JSON.stringify({ requests, rps: requests / (elapsed / 1000) }));
