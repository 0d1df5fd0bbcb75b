import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runPrometheusProbe } from "../../../src/deploy/probes/prometheus-probe.js";
import { WebhookProvider } from "../../../src/deploy/providers/webhook.js";
import { deploy } from "./run-deploy.js";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function serve(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<string> {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => handler(req, body, res));
  });
  await new Promise<void>((ok) => server?.listen(0, "127.0.0.1", ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the http (webhook) provider against a loopback receiver", () => {
  it("signs the JSON body with HMAC-SHA256 and retries a 503 until the receiver accepts", async () => {
    const seen: { body: string; sig: string | undefined; delivery: string | undefined }[] = [];
    const url = await serve((req, body, res) => {
      seen.push({
        body,
        sig: req.headers["x-shipline-signature-256"] as string | undefined,
        delivery: req.headers["x-shipline-delivery"] as string | undefined,
      });
      if (seen.length === 1) {
        res.writeHead(503).end("busy");
        return;
      }
      const { weight } = JSON.parse(body) as { weight: number };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ weight }));
    });
    const p = new WebhookProvider({ url, secret: "s3cret", version: "2.0.0", environment: "staging", backoffMs: 10 });
    await p.apply(25, 1);
    expect(await p.read()).toBe(25);
    expect(seen).toHaveLength(2);
    const body = seen[1]?.body as string;
    const sent = JSON.parse(body) as Record<string, unknown>;
    expect(sent).toEqual({ action: "apply", stage: 1, weight: 25, version: "2.0.0", environment: "staging", sentAt: expect.any(String) });
    expect(Math.abs(Date.parse(sent.sentAt as string) - Date.now())).toBeLessThan(10_000);
    expect(seen[1]?.sig).toBe(`sha256=${createHmac("sha256", "s3cret").update(body).digest("hex")}`);
    expect(seen[1]?.sig).not.toBe(`sha256=${createHmac("sha256", "wrong").update(body).digest("hex")}`);
    // A retry is the same delivery (same id, same signed body), so a receiver can drop a duplicate.
    expect(seen[0]?.delivery).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]?.delivery).toBe(seen[0]?.delivery);
    expect(seen[1]?.body).toBe(seen[0]?.body);
    await p.apply(50, 2);
    expect(seen[2]?.delivery).not.toBe(seen[0]?.delivery);
  });

  it("fails naming the URL and the last answer when the receiver keeps refusing, without retrying a 4xx", async () => {
    let calls = 0;
    const url = await serve((_req, _body, res) => {
      calls++;
      res.writeHead(403).end("wrong signature");
    });
    const p = new WebhookProvider({ url, secret: "x", version: "1", environment: "prod", backoffMs: 10 });
    await expect(p.apply(10, 1)).rejects.toThrow(new RegExp(`${url}.*HTTP 403: wrong signature`));
    expect(calls).toBe(1);
  });

  it("gives up after 3 attempts when the receiver keeps answering 500, naming the URL and the last answer", async () => {
    let calls = 0;
    const url = await serve((_req, _body, res) => {
      calls++;
      res.writeHead(500).end(`router down ${calls}`);
    });
    const p = new WebhookProvider({ url, secret: "x", version: "1", environment: "prod", backoffMs: 10 });
    await expect(p.apply(10, 1)).rejects.toThrow(new RegExp(`${url} did not accept "apply" to 10% after 3 attempts: HTTP 500: router down 3`));
    expect(calls).toBe(3);
    expect(await p.read()).toBeUndefined();
  });

  it("retries a dropped connection and succeeds on the next attempt", async () => {
    let calls = 0;
    const url = await serve((req, _body, res) => {
      calls++;
      if (calls === 1) {
        req.socket.destroy();
        return;
      }
      res.writeHead(204).end();
    });
    const p = new WebhookProvider({ url, secret: "x", version: "1", environment: "prod", backoffMs: 10 });
    await p.rollback();
    expect(calls).toBe(2);
    expect(await p.read()).toBe(0);
  });

  it("stops when the receiver reports a different weight than the one asked for", async () => {
    const url = await serve((_req, _body, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"weight": 0}'));
    const p = new WebhookProvider({ url, secret: "", version: "1", environment: "prod", backoffMs: 10 });
    await expect(p.apply(50, 1)).rejects.toThrow(/reports 0% after being asked for 50%/);
  });
});

describe("the prometheus probe against a loopback /api/v1/query", () => {
  const prom = (value: string | undefined) =>
    serve((req, body, res) => {
      expect(req.url).toBe("/api/v1/query");
      const q = new URLSearchParams(body).get("query");
      const result = value === undefined ? [] : [{ metric: { job: "green" }, value: [1700000000, value] }];
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "success", data: { resultType: "vector", result }, query: q }));
    });

  it.each([
    ["0.002", "pass"],
    ["0.05", "fail"],
    [undefined, "no-data"],
    ["NaN", "error"],
  ])("judges an error ratio of %s as %s and shows the query and values", async (value, outcome) => {
    const url = await prom(value);
    const s = await runPrometheusProbe({ url, query: 'sum(rate(http_errors{job="green"}[1m]))', comparison: { op: "<", value: 0.01 }, timeoutMs: 2000 }, 0);
    expect(s.outcome).toBe(outcome);
    expect(s.detail).toContain('sum(rate(http_errors{job="green"}[1m]))');
    if (value) expect(s.detail).toContain(value);
  });

  it("gives an error sample naming the endpoint when Prometheus is down", async () => {
    const s = await runPrometheusProbe({ url: "http://127.0.0.1:1", query: "up", comparison: { op: ">", value: 0 }, timeoutMs: 1000 }, 0);
    expect(s.outcome).toBe("error");
    expect(s.detail).toContain("http://127.0.0.1:1/api/v1/query");
  });
});

describe("shipline deploy with the http provider and the prometheus gate", () => {
  it("rolls back through the webhook when Prometheus shows the canary's error ratio above the threshold", async () => {
    const moves: { action: string; weight: number }[] = [];
    let errorRatio = "0.0001";
    const url = await serve((req, body, res) => {
      if (req.url === "/api/v1/query") {
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "success", data: { resultType: "vector", result: [{ metric: {}, value: [1, errorRatio] }] } }));
        return;
      }
      const m = JSON.parse(body) as { action: string; weight: number };
      moves.push({ action: m.action, weight: m.weight });
      if (m.weight === 50) errorRatio = "0.2";
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ weight: m.weight }));
    });
    const r = await deploy({
      provider: "http",
      "webhook-url": `${url}/traffic`,
      "webhook-secret": "k",
      stages: "10%:600ms,50%:5s,100%",
      "check-interval": "200ms",
      "prometheus-url": url,
      "prometheus-query": "sum(rate(errors[1m])) / sum(rate(requests[1m]))",
      "prometheus-threshold": "< 0.01",
      "min-requests": "1",
    });
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.code).toBe(1);
    expect(moves).toEqual([
      { action: "apply", weight: 10 },
      { action: "apply", weight: 50 },
      { action: "rollback", weight: 0 },
    ]);
    expect(r.outputs.reason).toContain("sum(rate(errors[1m])) / sum(rate(requests[1m])) = 0.2 (want < 0.01)");
  }, 20_000);

  it.each([
    [{ "prometheus-query": "up" }, /"prometheus-url".*is required with prometheus-query/],
    [
      { "prometheus-url": "http://127.0.0.1:1", "prometheus-query": "up", "prometheus-threshold": "about 3" },
      /"prometheus-threshold".*must be a comparison like "< 0.01".*got "about 3"/,
    ],
    [{ provider: "http" }, /"webhook-url".*is required with provider: http/],
  ])("exits 2 and names the input for %j", async (flags, message) => {
    const r = await deploy({ provider: "command", "provider-command": "true", "probe-url": "http://127.0.0.1:1/", ...flags });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("Slack-compatible notifications", () => {
  it("posts start and a critical rollback message to the notify-webhook", async () => {
    const messages: { text: string; attachments: { color: string; text: string }[] }[] = [];
    const url = await serve((req, body, res) => {
      if (req.url === "/hook") messages.push(JSON.parse(body));
      res.writeHead(req.url === "/hook" ? 200 : 500).end("ok");
    });
    const r = await deploy({
      provider: "command",
      "provider-command": "true",
      stages: "50%:1s,100%",
      "check-interval": "200ms",
      "probe-url": `${url}/app`,
      "notify-webhook": `${url}/hook`,
      version: "2.0.0",
      environment: "staging",
    });
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(messages.map((m) => m.text)).toEqual(["[info] Rollout of 2.0.0 to staging started", "[critical] Rollout of 2.0.0 to staging rolled back"]);
    expect(messages[1]?.attachments[0]?.color).toBe("#a30200");
    expect(messages[1]?.attachments[0]?.text).toMatch(/stage 1 \(50%\)/);
  }, 20_000);

  it("goes on with the rollout, warning once per message, when the notification webhook is down", async () => {
    const url = await serve((_req, _body, res) => res.writeHead(200).end("ok"));
    const r = await deploy({
      provider: "command",
      "provider-command": "true",
      stages: "100%:400ms",
      "check-interval": "200ms",
      "probe-url": `${url}/app`,
      "min-requests": "10",
      "notify-webhook": "http://127.0.0.1:1/hook",
      version: "2.0.0",
    });
    expect(r.outputs.conclusion).toBe("promoted");
    expect(r.stderr).toMatch(/warning: The notification webhook could not be reached for the start message .*; the rollout goes on/);
    expect(r.stderr).toMatch(/warning: The notification webhook could not be reached for the promote message/);
    expect(r.stderr).not.toContain("127.0.0.1:1/hook");
  }, 20_000);

  it("posts an info message on promotion", async () => {
    const messages: { text: string; attachments: { color: string; text: string }[] }[] = [];
    const url = await serve((req, body, res) => {
      if (req.url === "/hook") messages.push(JSON.parse(body));
      res.writeHead(200).end("ok");
    });
    const r = await deploy({
      provider: "command",
      "provider-command": "true",
      stages: "50%:600ms,100%",
      "check-interval": "200ms",
      "probe-url": `${url}/app`,
      "min-requests": "10",
      "notify-webhook": `${url}/hook`,
      version: "2.0.0",
      environment: "staging",
    });
    expect(r.outputs.conclusion).toBe("promoted");
    expect(messages.map((m) => m.text)).toEqual(["[info] Rollout of 2.0.0 to staging started", "[info] Rollout of 2.0.0 to staging promoted"]);
    expect(messages[1]?.attachments[0]).toEqual({ color: "#2eb886", text: "all 2 stages passed; green has 100% of the traffic" });
  }, 20_000);
});
