/**
 * Unleash through its Admin API: the rollout share is the `rollout` parameter of the flag's
 * `flexibleRollout` strategy in one environment (the first one without constraints or segments; it
 * is created when missing), and the flag is on in that environment while the share is above 0.
 * Every change is read back from Unleash, which is the source of truth. Rollback is the kill
 * switch: the flag goes off in the environment (verified), then its rollout to 0, so turning it
 * back on by hand does not re-expose the old share.
 *
 * Routes (unleash-server 8, src/lib/features/feature-toggle/feature-toggle-controller.ts, mounted at
 * /api/admin/projects): GET .../features/:flag/environments/:env, POST .../strategies, PUT
 * .../strategies/:id, POST .../environments/:env/on and /off.
 */
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import { count } from "../../kernel/format.js";
import type { TrafficProvider } from "./provider.js";

export interface UnleashOptions {
  /** Unleash's base URL (a trailing `/api` or `/` is dropped). */
  url: string;
  /** An admin API token or a personal access token; sent as the Authorization header only. */
  token: string;
  /** Project holding the flag. Default "default". */
  project?: string;
  environment: string;
  flag: string;
  /** Attempts per call on 5xx, 429 or network errors. Default 3. */
  attempts?: number;
  /** Timeout of one call, ms. Default 10000. */
  timeoutMs?: number;
  /** Base backoff between attempts, ms (doubles). Default 300. */
  backoffMs?: number;
  log?: (message: string) => void;
}

interface Strategy {
  id: string;
  name: string;
  title?: string | null;
  disabled?: boolean;
  sortOrder?: number;
  constraints?: unknown[];
  segments?: unknown[];
  variants?: unknown[];
  parameters?: Record<string, string>;
}

interface FeatureEnvironment {
  enabled: boolean;
  strategies?: Strategy[];
}

const STRATEGY = "flexibleRollout";

/** The strategy Shipline drives: the first unconstrained, unsegmented flexibleRollout (by sort order). */
export function pickRolloutStrategy(strategies: readonly Strategy[]): Strategy | undefined {
  return [...strategies]
    .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
    .find((s) => s.name === STRATEGY && (s.constraints ?? []).length === 0 && (s.segments ?? []).length === 0);
}

export class UnleashProvider implements TrafficProvider {
  readonly name = "unleash";
  private readonly base: string;
  private readonly project: string;
  private warnedOthers = false;

  constructor(private readonly o: UnleashOptions) {
    this.base = o.url.replace(/\/+$/, "").replace(/\/api$/, "");
    this.project = o.project || "default";
  }

  private get where(): string {
    return `flag "${this.o.flag}" in project "${this.project}", environment "${this.o.environment}"`;
  }

  private get envPath(): string {
    const e = encodeURIComponent;
    return `/api/admin/projects/${e(this.project)}/features/${e(this.o.flag)}/environments/${e(this.o.environment)}`;
  }

  /** One Admin API call; retries 5xx, 429 and network errors when `retry` (every call here but a create). */
  private async call<T>(method: string, path: string, body?: unknown, retry = true): Promise<T> {
    const attempts = retry ? (this.o.attempts ?? 3) : 1;
    let last = "";
    let made = 0;
    for (let i = 0; i < attempts; i++) {
      if (i > 0) await new Promise((ok) => setTimeout(ok, (this.o.backoffMs ?? 300) * 2 ** (i - 1)));
      made++;
      let res: Response;
      try {
        res = await fetch(`${this.base}${path}`, {
          method,
          headers: { authorization: this.o.token, accept: "application/json", "user-agent": "shipline-deploy", "content-type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
        });
      } catch (e) {
        last = (e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message;
        continue;
      }
      const text = await res.text();
      if (res.ok) {
        try {
          return (text ? JSON.parse(text) : undefined) as T;
        } catch {
          return undefined as T;
        }
      }
      const said = unleashMessage(text);
      if (res.status === 401)
        throw new ShiplineError(ErrorCode.ProcessFailed, `Unleash at ${this.base} refused the token in "unleash-token" (HTTP 401) for ${method} ${path}.`, {
          hint: `Set "unleash-token" to an admin API token or a personal access token that may change ${this.where}.`,
        });
      if (res.status === 403)
        throw new ShiplineError(
          ErrorCode.ProcessFailed,
          `Unleash at ${this.base} forbids ${method} ${path} for the token in "unleash-token" (HTTP 403${said ? `: ${said}` : ""}).`,
          {
            hint: `The token needs permission to update ${this.where} and its strategies; an environment that requires change requests cannot be changed directly.`,
          },
        );
      if (res.status === 404)
        throw new ShiplineError(ErrorCode.ProcessFailed, `Unleash at ${this.base} has no ${this.where} (HTTP 404${said ? `: ${said}` : ""}).`, {
          hint: 'Check "flag", "unleash-project" and "unleash-environment": the flag must exist and the environment must be enabled in its project (Shipline does not create flags).',
        });
      last = `HTTP ${res.status}${said ? `: ${said}` : ""}`;
      if (res.status < 500 && res.status !== 429) break;
    }
    throw new ShiplineError(
      ErrorCode.ProcessFailed,
      `Unleash at ${this.base} did not accept ${method} ${path} for ${this.where} (${count(made, "attempt")}): ${last}.`,
      {
        hint: 'Check "unleash-url" (the server\'s base URL) and that Unleash is up.',
      },
    );
  }

  private async state(): Promise<FeatureEnvironment> {
    // The strategies route lists each strategy's segments; the environment read may leave them out.
    const [e, s] = await Promise.allSettled([this.call<FeatureEnvironment>("GET", this.envPath), this.call<Strategy[]>("GET", `${this.envPath}/strategies`)]);
    // The environment read's error first: its 404 says which of flag, project or environment is missing.
    if (e.status === "rejected") throw e.reason;
    if (s.status === "rejected") throw s.reason;
    const [env, strategies] = [e.value, s.value];
    return { enabled: env?.enabled === true, strategies: Array.isArray(strategies) ? strategies : (env?.strategies ?? []) };
  }

  /** The share of users the flag is on for: its rollout when on, 0 when off; undefined when Shipline's strategy is missing. */
  private static shareOf(s: FeatureEnvironment): number | undefined {
    if (!s.enabled) return 0;
    const r = pickRolloutStrategy(s.strategies ?? []);
    if (!r || r.disabled) return undefined;
    const n = Number(r.parameters?.rollout);
    return Number.isFinite(n) ? n : undefined;
  }

  private async setRollout(current: FeatureEnvironment, weight: number): Promise<void> {
    const s = pickRolloutStrategy(current.strategies ?? []);
    if (!s) {
      await this.call(
        "POST",
        `${this.envPath}/strategies`,
        {
          name: STRATEGY,
          title: "Shipline rollout",
          disabled: false,
          constraints: [],
          parameters: { rollout: String(weight), stickiness: "default", groupId: this.o.flag },
        },
        false,
      );
      return;
    }
    if (s.parameters?.rollout === String(weight) && !s.disabled) return;
    await this.call("PUT", `${this.envPath}/strategies/${encodeURIComponent(s.id)}`, {
      name: s.name,
      title: s.title ?? undefined,
      disabled: false,
      sortOrder: s.sortOrder,
      constraints: s.constraints ?? [],
      // No segments: a PUT without them keeps the strategy's own (the environment read may omit them).
      variants: s.variants ?? [],
      parameters: { stickiness: "default", groupId: this.o.flag, ...s.parameters, rollout: String(weight) },
    });
  }

  /** Other active strategies also expose the flag (strategies are OR-ed): say so once. */
  private warnOthers(s: FeatureEnvironment): void {
    if (this.warnedOthers) return;
    const mine = pickRolloutStrategy(s.strategies ?? []);
    const others = (s.strategies ?? []).filter((x) => x !== mine && !x.disabled);
    if (others.length === 0) return;
    this.warnedOthers = true;
    this.o.log?.(
      `Unleash: ${this.where} has ${others.length} other active strateg${others.length === 1 ? "y" : "ies"} (${others.map((x) => x.name).join(", ")}); users they match see the flag on whatever the rollout.`,
    );
  }

  async read(): Promise<number | undefined> {
    return UnleashProvider.shareOf(await this.state());
  }

  async apply(weight: number): Promise<void> {
    if (weight === 0) return this.rollback();
    const before = await this.state();
    // The share first, then on: a flag switched on never serves an old, larger rollout.
    await this.setRollout(before, weight);
    if (!before.enabled) await this.call("POST", `${this.envPath}/on`);
    const after = await this.state();
    this.warnOthers(after);
    const now = UnleashProvider.shareOf(after);
    if (now !== weight)
      throw new ShiplineError(
        ErrorCode.ProcessFailed,
        `Unleash reports ${this.where} ${after.enabled ? `on at ${now === undefined ? "an unknown rollout" : `${now}%`}` : "off"} after setting it on at ${weight}%.`,
        { hint: "Something else changed the flag during the rollout; it stopped." },
      );
  }

  async rollback(): Promise<void> {
    // The kill switch first: off is one call and takes effect whatever the strategies hold.
    await this.call("POST", `${this.envPath}/off`);
    const after = await this.state();
    if (after.enabled)
      throw new ShiplineError(ErrorCode.ProcessFailed, `Unleash still reports ${this.where} on after turning it off.`, {
        hint: "Turn the flag off by hand in Unleash; something turned it back on.",
      });
    try {
      await this.setRollout(after, 0);
    } catch (e) {
      this.o.log?.(`Unleash: ${this.where} is off, but its rollout could not be set to 0: ${(e as Error).message}`);
    }
  }
}

/** Unleash's error text: `message`, or the first of `details[].message`. */
function unleashMessage(text: string): string {
  try {
    const b = JSON.parse(text) as { message?: unknown; details?: { message?: unknown }[] };
    const m = typeof b.message === "string" ? b.message : typeof b.details?.[0]?.message === "string" ? b.details[0].message : "";
    return String(m).slice(0, 300);
  } catch {
    return text.slice(0, 200);
  }
}
