import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { loadtestCommand } from "../../../src/loadtest/command.js";
import { planLoad, unsafeWireText } from "../../../src/loadtest/core/plan.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";

afterAll(cleanupTempDirs);

/** A raw TCP server that records every request line it reads, so a smuggled request cannot hide. */
async function startRawServer(): Promise<{ url: string; requestLines: string[]; close(): Promise<void> }> {
  const requestLines: string[] = [];
  const server: Server = createServer((socket) => {
    let buf = "";
    socket.on("data", (c) => {
      buf += c.toString("latin1");
      for (const m of buf.matchAll(/(?:^|\r\n)((?:GET|POST|PUT|HEAD|DELETE|PATCH|OPTIONS) \S+ HTTP\/1\.[01])/g)) if (m[1]) requestLines.push(m[1]);
      buf = buf.slice(buf.lastIndexOf("\r\n\r\n") + 4);
      socket.write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok");
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, requestLines, close: () => new Promise((ok) => server.close(() => ok())) };
}

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function run(flags: Record<string, string>, scenario: unknown, env: Record<string, string> = {}) {
  const cwd = tempDir("shipline-wire-");
  writeFileSync(join(cwd, "scenario.json"), JSON.stringify(scenario));
  let stdout = "";
  let stderr = "";
  const runtime = new CliRuntime({
    flags: new Map(Object.entries({ config: "scenario.json", ...flags })),
    env,
    cwd,
    json: true,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  const exitCode = await executeCommand(loadtestCommand as never, runtime);
  runtime.flush();
  return { exitCode, stdout, stderr };
}

const SMUGGLE = " HTTP/1.1\r\nHost: x\r\n\r\nGET /smuggled";

describe("loadtest request smuggling", () => {
  it("refuses a CR/LF in a scenario path, naming the field, and sends no request at all", async () => {
    const s = await startRawServer();
    servers.push(s);
    const r = await run({ target: s.url, rate: "20", duration: "1s" }, { requests: [{ path: `/a${SMUGGLE}` }] });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("requests[0].path");
    expect(r.stderr).toContain("must not contain control characters or spaces; found a space at position 3");
    expect(s.requestLines).toEqual([]);
  });

  it("refuses a CR/LF that arrives through a ${VAR} in the path or a header, without printing the value", async () => {
    const s = await startRawServer();
    servers.push(s);
    const scenario = { env: ["SUFFIX", "TOKEN"], requests: [{ path: "/a${SUFFIX}", headers: { authorization: "Bearer ${TOKEN}" } }] };
    const r = await run({ target: s.url, rate: "20", duration: "1s" }, scenario, { SUFFIX: "\r\nGET /smuggled", TOKEN: "s3cret-value\r\nx-evil: 1" });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("requests[0].path");
    expect(r.stderr).toContain("found CR at position 3");
    expect(r.stderr).toContain("requests[0].headers.authorization");
    expect(r.stderr).not.toContain("s3cret-value");
    expect(s.requestLines).toEqual([]);
  });

  it("sends exactly one request line per request for a clean scenario (the server would see a smuggled one)", async () => {
    const s = await startRawServer();
    servers.push(s);
    const r = await run(
      { target: s.url, rate: "5", duration: "1s", "fail-on-inconclusive": "false" },
      { requests: [{ path: "/a%20b?q=1", headers: { authorization: "Bearer abc\tdef" } }] },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    expect(s.requestLines.length).toBeGreaterThan(0);
    expect(new Set(s.requestLines)).toEqual(new Set(["GET /a%20b?q=1 HTTP/1.1"]));
  });
});

describe("unsafeWireText", () => {
  it.each([
    ["/a\r\nb", "path", /found CR at position 3/],
    ["/a\nb", "path", /found LF/],
    ["/a b", "path", /found a space/],
    ["/a\u0000", "path", /U\+0000/],
    ["/a\u007f", "path", /U\+007F/],
    ["x y", "header name", /found a space/],
    ["v\r\nx: 1", "header value", /found CR/],
    ["v\u0001", "header value", /U\+0001/],
  ] as const)("refuses %j as a %s", (value, kind, message) => {
    expect(unsafeWireText(value, kind)).toMatch(message);
  });

  it.each([
    ["/a%0D%0Ab?x=1", "path"],
    ["Bearer abc\tdef ghi", "header value"],
    ["x-api-key", "header name"],
  ] as const)("accepts %j as a %s", (value, kind) => {
    expect(unsafeWireText(value, kind)).toBeUndefined();
  });
});

describe("max-in-flight", () => {
  it("is bounded like connections: 1e20 and 100001 are refused, naming the input", async () => {
    for (const value of ["1e20", "100001", "100000000000000000000"]) {
      const r = await run({ target: "http://127.0.0.1:9", rate: "20", duration: "1s", "max-in-flight": value }, { requests: [{ path: "/" }] });
      expect(r.exitCode, value).toBe(2);
      expect(r.stderr, value).toContain('Input "max-in-flight"');
    }
    expect(planLoad({ target: "http://127.0.0.1:9", rate: "10", allowedHosts: [], env: {}, maxInFlight: 1e20 }).problems).toContainEqual({
      input: "max-in-flight",
      message: "is 100000000000000000000; use a whole number from 1 to 100000",
    });
  });
});
