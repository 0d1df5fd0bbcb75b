/**
 * The run context, built from an environment object and the event payload. `@actions/github` reads
 * `process.env` and the event file at import time, which makes it untestable and wrong for the CLI;
 * this module reads nothing by itself: the caller passes `env` and the parsed payload.
 */

/** What Shipline needs to know about the workflow run (or the local CLI invocation). */
export interface RunContext {
  /** `owner/name`, or undefined when unknown (CLI outside a GitHub checkout). */
  repository: { owner: string; repo: string } | undefined;
  eventName: string;
  /** The parsed event payload; `{}` when there is none. */
  payload: Record<string, unknown>;
  sha: string | undefined;
  ref: string | undefined;
  /** Branch or tag name of the run (`GITHUB_REF_NAME`). */
  refName: string | undefined;
  /** Base branch of a pull request run. */
  baseRef: string | undefined;
  headRef: string | undefined;
  /** Pull request number when the event concerns one (pull_request, pull_request_target, workflow_run of a PR). */
  pullNumber: number | undefined;
  /** True when the pull request comes from a fork: its token is read-only. */
  isFork: boolean;
  runId: string | undefined;
  /** `GITHUB_RUN_ATTEMPT`, 1 when unknown. */
  runAttempt: number;
  workflow: string | undefined;
  job: string | undefined;
  actor: string | undefined;
  /** `https://github.com` or the GHES host. */
  serverUrl: string;
  /** `https://api.github.com` or `https://HOST/api/v3` on GHES. */
  apiUrl: string;
  workspace: string | undefined;
  runnerTemp: string | undefined;
  /** True when running inside GitHub Actions. */
  isActions: boolean;
  /** Link to this run's page, when known. */
  runUrl: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Builds the run context. `payload` is the parsed GITHUB_EVENT_PATH file, or `{}`. */
export function buildContext(env: Env, payload: Record<string, unknown> = {}): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const repository = owner && repo ? { owner, repo } : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL || defaultApiUrl(serverUrl)).replace(/\/+$/, "");
  const pr = (payload.pull_request ?? undefined) as
    | { number?: number; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } }
    | undefined;
  const workflowRun = payload.workflow_run as { pull_requests?: { number?: number }[] } | undefined;
  const pullNumber = pr?.number ?? workflowRun?.pull_requests?.[0]?.number ?? issuePullNumber(payload);
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  const isFork = pr !== undefined && (pr.head?.repo === null || (headRepo !== undefined && headRepo !== baseRepo));
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    repository,
    eventName: env.GITHUB_EVENT_NAME || "local",
    payload,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    refName: env.GITHUB_REF_NAME || undefined,
    baseRef: env.GITHUB_BASE_REF || undefined,
    headRef: env.GITHUB_HEAD_REF || undefined,
    pullNumber,
    isFork,
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    workflow: env.GITHUB_WORKFLOW || undefined,
    job: env.GITHUB_JOB || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    serverUrl,
    apiUrl,
    workspace: env.GITHUB_WORKSPACE || undefined,
    runnerTemp: env.RUNNER_TEMP || undefined,
    isActions: env.GITHUB_ACTIONS === "true",
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
  };
}

/** github.com's API lives on its own host; GHES serves it under /api/v3. */
export function defaultApiUrl(serverUrl: string): string {
  return /^https:\/\/github\.com$/i.test(serverUrl) ? "https://api.github.com" : `${serverUrl}/api/v3`;
}

function issuePullNumber(payload: Record<string, unknown>): number | undefined {
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined;
  return issue?.pull_request ? issue.number : undefined;
}

/** Parses `owner/repo` from a git remote URL (https, ssh or scp-like), or undefined. */
export function parseRemoteUrl(url: string): { owner: string; repo: string; host: string } | undefined {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim()) ?? undefined;
  if (!m) return undefined;
  return { host: m[1] as string, owner: m[2] as string, repo: m[3] as string };
}
