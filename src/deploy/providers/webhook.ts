/**
 * The `http` provider: a webhook POST per move, with a JSON body signed with HMAC-SHA256 (header
 * `X-Shipline-Signature-256: sha256=<hex>`, the body bytes as sent, like GitHub's webhooks). A 2xx
 * is expected; 5xx, 429 and network errors are retried with backoff. When the answer is JSON with
 * a numeric `weight`, it must equal the weight asked for: the router is the source of truth. Each
 * move carries `X-Shipline-Delivery` (one id per move, the same on its retries, so a receiver can
 * drop a duplicate) and a signed `sentAt` (so a receiver can refuse a replayed old message).
 */
import { createHmac, randomUUID } from "node:crypto";
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import { count } from "../../kernel/format.js";
import type { TrafficProvider } from "./provider.js";

export interface WebhookOptions {
  url: string;
  /** HMAC key; when empty the body is sent unsigned. */
  secret: string;
  version: string;
  environment: string;
  /** Attempts per move. Default 3. */
  attempts?: number;
  timeoutMs?: number;
  /** Base backoff between attempts, ms (doubles). Default 500. */
  backoffMs?: number;
}

/** `sha256=<hex>` of the body, as receivers check it (constant-time compare on their side). */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export class WebhookProvider implements TrafficProvider {
  readonly name = "http";
  private confirmed: number | undefined;
  constructor(private readonly o: WebhookOptions) {}

  private async post(action: "apply" | "rollback" | "read", weight: number | undefined, stage: number): Promise<unknown> {
    const body = JSON.stringify({ action, stage, weight, version: this.o.version, environment: this.o.environment, sentAt: new Date().toISOString() });
    const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "shipline-deploy", "x-shipline-delivery": randomUUID() };
    if (this.o.secret) headers["x-shipline-signature-256"] = signBody(this.o.secret, body);
    const attempts = this.o.attempts ?? 3;
    let last = "";
    for (let i = 0; i < attempts; i++) {
      if (i > 0) await new Promise((ok) => setTimeout(ok, (this.o.backoffMs ?? 500) * 2 ** (i - 1)));
      try {
        const res = await fetch(this.o.url, { method: "POST", body, headers, signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000) });
        const text = await res.text();
        if (res.ok) {
          try {
            return text ? JSON.parse(text) : undefined;
          } catch {
            return undefined;
          }
        }
        last = `HTTP ${res.status}: ${text.slice(0, 200)}`;
        if (res.status < 500 && res.status !== 429) break;
      } catch (e) {
        last = (e as Error).message;
      }
    }
    throw new ShiplineError(
      ErrorCode.ProcessFailed,
      `The traffic webhook ${this.o.url} did not accept "${action}"${weight === undefined ? "" : ` to ${weight}%`} after ${count(attempts, "attempt")}: ${last}`,
      {
        hint: 'Check "webhook-url" and that the receiver answers 2xx; it can verify X-Shipline-Signature-256 with "webhook-secret".',
      },
    );
  }

  private check(answer: unknown, weight: number): void {
    const reported = (answer as { weight?: unknown } | undefined)?.weight;
    if (typeof reported === "number" && reported !== weight) {
      throw new ShiplineError(ErrorCode.ProcessFailed, `The traffic webhook ${this.o.url} reports ${reported}% after being asked for ${weight}%.`, {
        hint: "The router disagrees with the rollout; it stopped.",
      });
    }
    this.confirmed = weight;
  }

  async read(): Promise<number | undefined> {
    return this.confirmed;
  }
  async apply(weight: number, stage: number): Promise<void> {
    this.check(await this.post("apply", weight, stage), weight);
  }
  async rollback(): Promise<void> {
    this.check(await this.post("rollback", 0, 0), 0);
  }
}
