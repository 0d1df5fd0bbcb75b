/**
 * The one GitHub API client. Octokit core with retry (5xx, network errors), throttling (primary and
 * secondary rate limits, honouring `retry-after`) and pagination, an explicit `baseUrl` for GitHub
 * Enterprise Server, and errors mapped to {@link GitHubApiError}s that name the request and the
 * permission the workflow needs. Capabilities use the narrow ports beside this file, not Octokit.
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { ErrorCode, ShiplineError } from "../errors.js";
import { Redactor } from "../redact.js";
import type { Logger } from "../runtime.js";

const ShiplineOctokit = Octokit.plugin(retry, throttling, paginateRest);
type OctokitInstance = InstanceType<typeof ShiplineOctokit>;

/** The permission a request needs, for the message on 403/404 (`contents: write`, `checks: write` ...). */
export type Permission =
  | "contents: read"
  | "contents: write"
  | "checks: write"
  | "pull-requests: read"
  | "pull-requests: write"
  | "issues: write"
  | "deployments: write"
  | "actions: read"
  | "actions: write"
  | "statuses: write";

export interface GitHubClientOptions {
  token: string;
  /** API root, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  baseUrl: string;
  owner: string;
  repo: string;
  /** `shipline/<version>`. */
  userAgent: string;
  log: Logger;
  redactor?: Redactor | undefined;
  /**
   * Multiplies every wait (retry back-off, rate-limit waits, the 1 s spacing GitHub asks for between
   * writes). 1 in production; tests set `SHIPLINE_GITHUB_TIME_SCALE=0.01`.
   */
  timeScale?: number | undefined;
  /** Retries for 5xx and network errors. Defaults to 3. */
  retries?: number | undefined;
  /** True when the token is known to be read-only (fork pull requests). */
  isReadOnly?: boolean | undefined;
  /**
   * Per-request timeout in milliseconds; a timed-out request is retried like a 5xx (a create is
   * looked up first, see {@link GitHub.createOnce}). Defaults to 30 s.
   */
  timeoutMs?: number | undefined;
}

export interface RequestMeta {
  /** The permission this call needs. */
  permission: Permission;
  /**
   * Whether a 5xx or a timeout may be retried by resending the request. Defaults to true except for
   * POST: a create whose answer was lost may have been applied, so it goes through
   * {@link GitHub.createOnce} instead, which looks the object up before creating it again.
   */
  retry?: boolean;
}

/**
 * A request whose outcome is unknown: GitHub answered 5xx, or no answer came (a timeout, a reset
 * connection). The write may or may not have been applied.
 */
export function isUncertain(e: unknown): boolean {
  if (e instanceof GitHubApiError) return e.status >= 500;
  return e instanceof GitHubUnansweredError;
}

/** A GitHub API error with the request it came from and what to do about it. */
export class GitHubApiError extends ShiplineError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  /** GitHub's `errors[].code` values on 422, e.g. `already_exists`. */
  readonly validationCodes: readonly string[];

  constructor(
    status: number,
    method: string,
    path: string,
    detail: string,
    permission: Permission | undefined,
    repoName: string,
    validationCodes: readonly string[] = [],
  ) {
    const where = `GitHub returned ${status} for ${method} ${path}`;
    let code: string = ErrorCode.GitHubApi;
    let hint: string | undefined;
    const perm = permission ? `"permissions: ${permission}"` : "the permission this step needs";
    if (status === 401) {
      code = ErrorCode.GitHubUnauthorized;
      hint = 'The token is invalid or expired: check the "github-token" input (or GITHUB_TOKEN for the CLI).';
    } else if (status === 403) {
      code = ErrorCode.GitHubForbidden;
      hint = `The token lacks ${perm}: add it to the job's permissions. Pull requests from forks get a read-only token; use a workflow_run workflow for writes there.`;
    } else if (status === 404) {
      code = ErrorCode.GitHubNotFound;
      hint = `Either it does not exist or the token cannot see ${repoName}: check "github-token" and that the workflow has ${perm}.`;
    } else if (status === 422) {
      code = ErrorCode.GitHubValidation;
    }
    super(code, `${where}${detail ? `: ${detail}` : ""}.`, { hint });
    this.status = status;
    this.method = method;
    this.path = path;
    this.validationCodes = validationCodes;
  }
}

/** No answer from GitHub (network error, timeout): the request may or may not have been applied. */
export class GitHubUnansweredError extends ShiplineError {}

/** How many times {@link GitHub.createOnce} sends a create whose lookup found nothing. Defaults to 3. */
const CREATE_ATTEMPTS = 3;

/** A GitHub client for one repository. */
export class GitHub {
  readonly owner: string;
  readonly repo: string;
  readonly baseUrl: string;
  readonly isReadOnly: boolean;
  readonly octokit: OctokitInstance;
  /** The run's one redactor: every request's parameters and body pass it before they are sent. */
  readonly redactor: Redactor;
  /** Multiplies waits (see {@link GitHubClientOptions.timeScale}). */
  readonly timeScale: number;

  constructor(options: GitHubClientOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.isReadOnly = options.isReadOnly ?? false;
    this.redactor = options.redactor ?? new Redactor();
    this.redactor.add(options.token);
    const scale = options.timeScale ?? 1;
    this.timeScale = scale;
    const log = options.log;
    this.octokit = new ShiplineOctokit({
      auth: options.token,
      baseUrl: this.baseUrl,
      userAgent: options.userAgent,
      // Octokit has no timeout of its own: a GitHub that stops answering would hang the job until
      // the runner kills it. An aborted fetch surfaces as a status-500 RequestError, which plugin-retry
      // retries.
      request: { fetch: timeoutFetch(options.timeoutMs ?? 30_000) },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log.debug(m), error: (m: string) => log.debug(m) },
      // 429 is GitHub's rate-limit answer (like a 403 with "secondary rate limit" or
      // x-ratelimit-remaining: 0): plugin-throttling waits for retry-after or the reset time, while
      // plugin-retry would retry it on its own 1 s, 4 s, 9 s schedule and give up early.
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: 1000 * scale, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: 1000 * scale,
        // GitHub asks integrators to space writes by at least a second; plugin-throttling's default
        // does so. Our own group keeps that pace in production and lets tests scale it down.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(1000 * scale) }),
        onRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${after} s.`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit hit for ${opts.method} ${opts.url}; retrying in ${after} s.`);
          return retryCount < 3;
        },
      },
    });
  }

  /** `owner/repo`. */
  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /**
   * Sends one request. `route` is `"METHOD /path/{param}"`; `owner` and `repo` are filled in.
   * Errors become {@link GitHubApiError}s naming the request and the permission.
   */
  async request<T = unknown>(
    route: string,
    params: Record<string, unknown>,
    meta: RequestMeta,
  ): Promise<{ data: T; status: number; headers: Record<string, string | number | undefined> }> {
    const isPost = route.startsWith("POST ");
    const retry = meta.retry ?? !isPost;
    try {
      const res = await this.octokit.request(route, {
        owner: this.owner,
        repo: this.repo,
        ...this.redactParams(params),
        ...(retry ? {} : { request: { retries: 0 } }),
      });
      return { data: res.data as T, status: res.status, headers: res.headers as Record<string, string | number | undefined> };
    } catch (e) {
      throw this.toError(e, route, params, meta.permission);
    }
  }

  /**
   * Sends a create (POST) that must not happen twice. Octokit does not retry it; when its outcome
   * is uncertain (5xx, timeout) `find` looks the object up by its natural key, and only when it is
   * absent is the create sent again (at most 3 times). A 403 secondary rate limit or a 429 is
   * waited out by the throttling plugin: GitHub applied nothing then.
   */
  async createOnce<T>(route: string, params: Record<string, unknown>, meta: RequestMeta, find: () => Promise<T | undefined>): Promise<T> {
    let last: unknown;
    for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
      try {
        return (await this.request<T>(route, params, { ...meta, retry: false })).data;
      } catch (e) {
        if (!isUncertain(e)) throw e;
        last = e;
      }
      const found = await find();
      if (found !== undefined) return found;
      await new Promise((ok) => setTimeout(ok, attempt * attempt * 1000 * this.timeScale));
    }
    throw last;
  }

  /**
   * Every string in `params` (deeply, objects and arrays) through the redactor. Buffers (asset
   * uploads) pass unchanged: they are the user's own files.
   */
  private redactParams(params: Record<string, unknown>): Record<string, unknown> {
    const walk = (v: unknown): unknown => {
      if (typeof v === "string") return this.redactor.redact(v);
      if (v === null || typeof v !== "object" || Buffer.isBuffer(v) || v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return v;
      if (Array.isArray(v)) return v.map(walk);
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    };
    return walk(params) as Record<string, unknown>;
  }

  /** Like {@link request} but returns undefined on 404 (for "does it exist yet?" checks). */
  async requestOptional<T = unknown>(route: string, params: Record<string, unknown>, meta: RequestMeta): Promise<T | undefined> {
    try {
      return (await this.request<T>(route, params, meta)).data;
    } catch (e) {
      if (e instanceof GitHubApiError && e.status === 404) return undefined;
      throw e;
    }
  }

  /** Fetches every page of a list endpoint (`per_page=100`). `limit` stops early after that many items. */
  async paginate<T = unknown>(route: string, params: Record<string, unknown>, meta: RequestMeta & { limit?: number }): Promise<T[]> {
    const items: T[] = [];
    try {
      for await (const page of this.octokit.paginate.iterator(route, { owner: this.owner, repo: this.repo, per_page: 100, ...this.redactParams(params) })) {
        const data = page.data as unknown;
        const list = Array.isArray(data) ? data : firstArray(data);
        items.push(...(list as T[]));
        if (meta.limit !== undefined && items.length >= meta.limit) break;
      }
    } catch (e) {
      throw this.toError(e, route, params, meta.permission);
    }
    return meta.limit === undefined ? items : items.slice(0, meta.limit);
  }

  private toError(e: unknown, route: string, params: Record<string, unknown>, permission: Permission | undefined): unknown {
    const err = e as { status?: number; message?: string; response?: { data?: unknown } };
    if (typeof err?.status !== "number" || err.status < 400) {
      if (e instanceof ShiplineError) return e;
      const msg = this.redactor.redact(String(err?.message ?? e));
      return new GitHubUnansweredError(ErrorCode.GitHubApi, `Request to GitHub failed for ${route}: ${msg}.`, {
        hint: "Check the network path to the GitHub API (GITHUB_API_URL) and re-run.",
      });
    }
    const [method = "GET", path = ""] = route.split(" ");
    const filled = path.replace(/\{(\w+)\}/g, (_m, k: string) => {
      const v = k === "owner" ? this.owner : k === "repo" ? this.repo : params[k];
      return v === undefined ? `{${k}}` : String(v);
    });
    const data = parseBody(err.response?.data) as {
      message?: string;
      errors?: { code?: string; message?: string; field?: string }[];
      // An OpenAPI validating proxy in front of the API (Prism in our tests, some GHES gateways)
      // answers with RFC 7807 problem details instead of GitHub's shape.
      title?: string;
      validation?: { message?: string; location?: string[] }[];
    };
    const codes = (data.errors ?? []).map((x) => x.code ?? "").filter(Boolean);
    const detailParts = [
      data.message ?? data.title,
      ...(data.errors ?? []).map((x) => x.message ?? [x.field, x.code].filter(Boolean).join(" ")),
      ...(data.validation ?? []).map((v) => `${(v.location ?? []).join(".")}: ${v.message ?? ""}`),
    ].filter(Boolean);
    const detail = this.redactor.redact(detailParts.join("; "));
    return new GitHubApiError(err.status, method, filled, detail, permission, this.fullName, codes);
  }
}

function timeoutFetch(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal });
  };
}

function parseBody(data: unknown): unknown {
  // Octokit hands back an ArrayBuffer for content types it does not know (application/problem+json).
  if (data instanceof ArrayBuffer) data = Buffer.from(data).toString("utf8");
  if (typeof data !== "string") return data ?? {};
  try {
    return JSON.parse(data);
  } catch {
    return { message: data.slice(0, 200) };
  }
}

function firstArray(data: unknown): unknown[] {
  if (data && typeof data === "object") {
    for (const v of Object.values(data)) if (Array.isArray(v)) return v;
  }
  return [];
}

/** True for a 422 whose errors say the thing already exists (a race or a re-run). */
export function isAlreadyExists(e: unknown): boolean {
  return e instanceof GitHubApiError && e.status === 422 && (e.validationCodes.includes("already_exists") || /already exists/i.test(e.message));
}
