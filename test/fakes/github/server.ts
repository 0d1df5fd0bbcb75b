/**
 * A stateful fake of the GitHub REST API on 127.0.0.1: the endpoints Shipline uses (git refs,
 * tags, trees and commits, releases and assets, check runs, issue comments, pulls, deployments and statuses, workflow
 * dispatch and runs, artifacts, commits/compare, contents), with the behaviour our code relies on
 * (422 already_exists, 404s, pagination with Link headers, read-only tokens answering 403) and fault
 * injection (5xx, secondary rate limits with retry-after, 429, delays/timeouts; the Nth request;
 * a write applied and then its answer lost to a 5xx or a timeout). GET /user answers user tokens
 * listed in `users` and refuses installation tokens with 403, as GitHub does.
 *
 * Tests reach it through Prism (see ./index.ts), which checks every request and response against
 * GitHub's OpenAPI description. Responses are built by ./objects.ts as complete GitHub objects.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as o from "./objects.js";

export interface RecordedRequest {
  method: string;
  /** Path without query, e.g. /repos/o/r/releases. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or the raw buffer for uploads. */
  body: unknown;
  authorization: string | undefined;
  userAgent: string | undefined;
  status: number;
}

export interface Fault {
  method?: string;
  /** Matches the request path (a string matches as a substring). */
  path?: RegExp | string;
  /** Status to answer with; omit with `delayMs` to only delay. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many requests this fault applies to. Default 1. */
  times?: number;
  /** Wait before answering (or before handling, when no status is given). */
  delayMs?: number;
  /**
   * Match only the Nth request (1-based) the fake receives after `fail()` is called, whatever its
   * method and path (which, when given, must match too). For fault-matrix tests: fail request N.
   */
  nth?: number;
  /**
   * Apply the request first, then answer with `status` (a 5xx after the write landed), or with no
   * status hold the answer for `delayMs` and then drop the connection: a timeout after the write
   * was applied.
   */
  afterApply?: boolean;
}

interface PullState {
  number: number;
  title: string;
  body: string;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  commits: string[];
  files: o.DiffEntry[];
  merged: boolean;
  fromFork: boolean;
}

interface ContentState {
  content: Buffer;
  sha: string;
}

/** Everything the fake knows about one repository; tests read it to assert what was written. */
export interface RepoState {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** Full ref name (refs/tags/v1.0.0) -> object. */
  refs: Map<string, { sha: string; type: "commit" | "tag" }>;
  tagObjects: Map<string, o.GitTag>;
  commits: Map<string, o.FakeCommit>;
  /** Tree objects made with POST /git/trees (git's empty tree always exists). */
  trees: Map<string, o.TreeEntry[]>;
  releases: o.Release[];
  assetData: Map<number | bigint, Buffer>;
  checkRuns: o.CheckRun[];
  checkRunAnnotations: Map<number | bigint, unknown[]>;
  comments: (o.IssueComment & { issue_number: number })[];
  pulls: Map<number, PullState>;
  deployments: o.Deployment[];
  deploymentStatuses: Map<number | bigint, o.DeploymentStatus[]>;
  dispatches: { workflow: string; ref: string; inputs: Record<string, unknown> }[];
  workflowRuns: o.WorkflowRun[];
  artifacts: o.Artifact[];
  artifactZips: Map<number, Buffer>;
  contents: Map<string, ContentState>;
  contentCommits: { path: string; message: string; branch: string; sha: string }[];
}

export interface FakeGitHubOptions {
  /** Tokens and what they may do. Default: { "ghs_faketoken0000000000": "write" }. */
  tokens?: Record<string, "write" | "read">;
  /** The clock for created_at fields. Default: a fixed 2024-06-01 start that advances 1 s per write. */
  now?: () => Date;
  /**
   * Logins of user tokens (GET /user answers them). Other tokens are installation tokens: GET /user
   * answers 403 and they write as github-actions[bot].
   */
  users?: Record<string, string>;
  /**
   * Called after each dispatch; lets a test play the dispatched workflow (e.g. create a run and set
   * its conclusion). It may return the run it created, which `return_run_details` then reports.
   */
  onDispatch?: (repo: RepoState, dispatch: { workflow: string; ref: string; inputs: Record<string, unknown> }) => o.WorkflowRun | undefined;
}

export const DEFAULT_TOKEN = "ghs_faketoken0000000000";

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

function notFound(): never {
  throw new HttpError(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
}

function validation(message: string, errors: { resource: string; code: string; field: string }[] = []): never {
  throw new HttpError(422, { message, errors, documentation_url: "https://docs.github.com/rest", status: "422" });
}

type Handler = (ctx: {
  req: IncomingMessage;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  repo: RepoState;
  token: string;
}) => unknown | Promise<unknown>;

interface Route {
  method: string;
  re: RegExp;
  keys: string[];
  write: boolean;
  handler: Handler;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly tokens: Record<string, "write" | "read">;
  private readonly repos = new Map<string, RepoState>();
  private readonly faults: (Fault & { remaining: number; seen: number })[] = [];
  private readonly users: Record<string, string>;
  private readonly routes: Route[] = [];
  private server: Server | undefined;
  private clockTick = 0;
  private readonly clock: () => Date;
  private readonly onDispatch: FakeGitHubOptions["onDispatch"];
  url = "";
  /** The URL clients use (Prism's); upload URLs point there so uploads stay on 127.0.0.1. */
  publicUrl = "";

  constructor(options: FakeGitHubOptions = {}) {
    this.tokens = options.tokens ?? { [DEFAULT_TOKEN]: "write" };
    this.clock = options.now ?? (() => new Date(Date.UTC(2024, 5, 1) + this.clockTick++ * 1000));
    this.onDispatch = options.onDispatch;
    this.users = options.users ?? {};
    this.defineRoutes();
  }

  /** The state of `owner/repo`, created empty on first use. */
  repo(owner: string, repo: string): RepoState {
    const key = `${owner}/${repo}`.toLowerCase();
    let s = this.repos.get(key);
    if (!s) {
      s = {
        owner,
        repo,
        defaultBranch: "main",
        refs: new Map(),
        tagObjects: new Map(),
        commits: new Map(),
        trees: new Map([[o.EMPTY_TREE, []]]),
        releases: [],
        assetData: new Map(),
        checkRuns: [],
        checkRunAnnotations: new Map(),
        comments: [],
        pulls: new Map(),
        deployments: [],
        deploymentStatuses: new Map(),
        dispatches: [],
        workflowRuns: [],
        artifacts: [],
        artifactZips: new Map(),
        contents: new Map(),
        contentCommits: [],
      };
      this.repos.set(key, s);
    }
    return s;
  }

  /** Injects a fault for the next matching request(s). */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1, seen: 0 });
  }

  /** Removes every pending fault. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** The user a token writes as: its login from `users`, else github-actions[bot]. */
  userOf(token: string): o.User {
    const login = this.users[token];
    return login ? o.user(login, 1000 + login.length) : o.BOT;
  }

  /** Adds a pull request (with its commits and changed files) to a repository. */
  addPull(owner: string, repo: string, pr: Partial<PullState> & { number: number }): PullState {
    const full: PullState = {
      title: `PR ${pr.number}`,
      body: "",
      head: { ref: `feature-${pr.number}`, sha: "0".repeat(40) },
      base: { ref: "main", sha: "1".repeat(40) },
      commits: [],
      files: [],
      merged: false,
      fromFork: false,
      ...pr,
    };
    this.repo(owner, repo).pulls.set(pr.number, full);
    return full;
  }

  /** Adds an artifact with its zip content, as a finished workflow run would have uploaded it. */
  addArtifact(
    owner: string,
    repo: string,
    name: string,
    zip: Buffer,
    run: { id?: number; branch?: string; sha?: string; createdAt?: string; headRepositoryId?: number } = {},
  ): o.Artifact {
    const s = this.repo(owner, repo);
    const id = o.newId();
    const at = run.createdAt ?? this.now();
    const a = o.artifact(owner, repo, id, this.url, {
      name,
      size_in_bytes: zip.length,
      created_at: at,
      expires_at: new Date(Date.parse(at) + 90 * 86400_000).toISOString(),
      workflow_run: {
        id: run.id ?? o.newId(),
        head_branch: run.branch ?? s.defaultBranch,
        head_sha: run.sha ?? "a".repeat(40),
        // A fork's run (a pull request from its own branch) has the fork as its head repository.
        ...(run.headRepositoryId === undefined ? {} : { head_repository_id: run.headRepositoryId }),
      },
    });
    s.artifacts.unshift(a);
    s.artifactZips.set(id, zip);
    return a;
  }

  /** Adds a workflow run (e.g. the result of a dispatch). */
  addWorkflowRun(
    owner: string,
    repo: string,
    f: { workflow: string; status: string; conclusion: string | null; branch?: string; sha?: string; event?: string },
  ): o.WorkflowRun {
    const s = this.repo(owner, repo);
    const id = o.newId();
    const at = this.now();
    const run = o.workflowRun(owner, repo, id, {
      workflow_id: workflowId(f.workflow),
      path: `.github/workflows/${f.workflow}`,
      head_branch: f.branch ?? s.defaultBranch,
      head_sha: f.sha ?? "b".repeat(40),
      event: f.event ?? "workflow_dispatch",
      status: f.status,
      conclusion: f.conclusion,
      run_number: s.workflowRuns.length + 1,
      created_at: at,
      updated_at: at,
      display_title: f.workflow,
    });
    s.workflowRuns.unshift(run);
    return run;
  }

  /** Adds commits (as a local repo has them) so commits/compare endpoints can answer. */
  addCommits(owner: string, repo: string, commits: o.FakeCommit[]): void {
    const s = this.repo(owner, repo);
    for (const c of commits) s.commits.set(c.sha, c);
  }

  private now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `fake crashed: ${(e as Error).message}` }));
      });
    });
    await new Promise<void>((ok) => this.server?.listen(0, "127.0.0.1", ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  close(): Promise<void> {
    return new Promise((ok) => {
      if (!this.server) return ok();
      this.server.closeAllConnections();
      this.server.close(() => ok());
    });
  }

  private route(method: string, pattern: string, handler: Handler, write = method !== "GET"): void {
    const keys: string[] = [];
    const source = pattern
      .split(/(\{\w+\+?\})/)
      .map((part) => {
        const m = /^\{(\w+)(\+?)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        keys.push(m[1] as string);
        // Octokit encodes "/" in a {ref} as %2F; the fake decodes after matching.
        return m[2] ? "(.+)" : "([^/]+)";
      })
      .join("");
    const re = new RegExp(`^${source}$`);
    this.routes.push({ method, re, keys, write, handler });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const isJson = (req.headers["content-type"] ?? "").includes("json");
    let body: unknown = raw;
    if (isJson && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        body = raw.toString("utf8");
      }
    }
    const rec: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      userAgent: req.headers["user-agent"],
      status: 0,
    };
    this.requests.push(rec);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      if (payload instanceof Buffer) {
        res.writeHead(status, { "content-type": "application/zip", ...headers });
        res.end(payload);
        return;
      }
      const text = payload === undefined ? "" : JSON.stringify(payload);
      res.writeHead(status, { ...(text ? { "content-type": "application/json; charset=utf-8" } : {}), "x-github-request-id": "FAKE:1", ...headers });
      res.end(text);
    };

    // Blob downloads (artifact zips) are served without auth, like GitHub's signed blob URLs.
    const blob = /^\/_blobs\/artifacts\/(\d+)$/.exec(url.pathname);
    if (blob) {
      for (const s of this.repos.values()) {
        const zip = s.artifactZips.get(Number(blob[1]));
        if (zip) return send(200, zip);
      }
      return send(404, { message: "Not Found" });
    }

    for (const f of this.faults) f.seen++;
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.nth === undefined || f.seen === f.nth) &&
        (!f.method || f.method === rec.method) &&
        (!f.path || (typeof f.path === "string" ? rec.path.includes(f.path) : f.path.test(rec.path))),
    );
    if (fault) fault.remaining--;
    const answerFault = () =>
      send(
        fault?.status as number,
        fault?.body ?? { message: defaultFaultMessage(fault?.status as number), documentation_url: "https://docs.github.com/rest" },
        fault?.headers,
      );
    if (fault && !fault.afterApply) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status) return answerFault();
    }

    const auth = req.headers.authorization ?? "";
    const token = auth.replace(/^(token|bearer)\s+/i, "");
    const access = this.tokens[token];
    if (!access) return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" });
    if (rec.method === "GET" && url.pathname === "/user") {
      const login = this.users[token];
      if (!login) return send(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" });
      return send(200, o.publicUser(login, 1000 + login.length));
    }
    if (fault?.afterApply) {
      // The request is applied, then its answer is lost: a 5xx, or (without a status) no answer
      // until the client gives up, after which the connection is dropped.
      await this.dispatch(req, url, body, token, access, (status) => {
        rec.status = status;
      });
      if (fault.status) return answerFault();
      await new Promise((r) => setTimeout(r, fault.delayMs ?? 5000));
      rec.status = 0;
      res.destroy();
      return;
    }
    return this.dispatch(req, url, body, token, access, send);
  }

  /** Routes an authenticated request to its handler and answers through `send`. */
  private async dispatch(
    req: IncomingMessage,
    url: URL,
    body: unknown,
    token: string,
    access: "write" | "read",
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): Promise<void> {
    const method = req.method ?? "GET";

    for (const r of this.routes) {
      if (r.method !== method) continue;
      const m = r.re.exec(url.pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => {
        params[k] = decodeURIComponent(m[i + 1] as string);
      });
      if (r.write && access === "read") {
        return send(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" });
      }
      const repo = this.repo(params.owner ?? "", params.repo ?? "");
      try {
        const result = (await r.handler({ req, params, query: url.searchParams, body, repo, token })) as
          | { status?: number; data?: unknown; headers?: Record<string, string> }
          | undefined;
        const status = result?.status ?? 200;
        let data = result?.data;
        const headers = { ...(result?.headers ?? {}) };
        if (Array.isArray(data) && method === "GET") {
          const page = paginate(data, url, headers);
          data = page;
        } else if (data && typeof data === "object" && "__paginate" in (data as object)) {
          const { __paginate: key, ...rest } = data as Record<string, unknown> & { __paginate: string };
          const list = rest[key] as unknown[];
          rest[key] = paginate(list, url, headers);
          data = rest;
        }
        return send(status, data, headers);
      } catch (e) {
        if (e instanceof HttpError) return send(e.status, e.body, e.headers);
        throw e;
      }
    }
    return send(404, { message: "Not Found (no such route in the fake)", documentation_url: "https://docs.github.com/rest" });
  }

  private defineRoutes(): void {
    const R = "/repos/{owner}/{repo}";

    // --- git refs and tags
    this.route("GET", `${R}/git/ref/{ref+}`, ({ params, repo }) => {
      const full = `refs/${params.ref}`;
      const r = repo.refs.get(full);
      if (!r) notFound();
      return { data: o.gitRef(repo.owner, repo.repo, full, r.sha, r.type) };
    });
    this.route("GET", `${R}/git/matching-refs/{ref+}`, ({ params, repo }) => {
      const prefix = `refs/${params.ref}`;
      const list = [...repo.refs.entries()].filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
      return { data: list.map(([k, v]) => o.gitRef(repo.owner, repo.repo, k, v.sha, v.type)) };
    });
    this.route("POST", `${R}/git/refs`, ({ body, repo }) => {
      const b = body as { ref?: string; sha?: string };
      if (!b.ref?.startsWith("refs/") || b.ref.split("/").length < 3) validation("Reference name must start with 'refs/' and have at least two slashes.");
      if (!b.sha || !/^[0-9a-f]{40}$/.test(b.sha)) validation("Object does not exist", [{ resource: "Reference", code: "invalid", field: "sha" }]);
      if (repo.refs.has(b.ref)) validation("Reference already exists", [{ resource: "Reference", code: "already_exists", field: "ref" }]);
      const type = repo.tagObjects.has(b.sha) ? "tag" : "commit";
      repo.refs.set(b.ref, { sha: b.sha, type });
      return {
        status: 201,
        data: o.gitRef(repo.owner, repo.repo, b.ref, b.sha, type),
        headers: { location: `${o.API}/repos/${repo.owner}/${repo.repo}/git/${b.ref}` },
      };
    });
    this.route("PATCH", `${R}/git/refs/{ref+}`, ({ params, body, repo }) => {
      const full = `refs/${params.ref}`;
      const cur = repo.refs.get(full);
      if (!cur) validation("Reference does not exist");
      const b = body as { sha: string; force?: boolean };
      // As git's receive-pack: without force, the old target must be a commit the new one descends
      // from. A ref on a tag object can only be moved with force.
      if (!b.force && (cur.type !== "commit" || repo.tagObjects.has(b.sha) || !this.isAncestor(repo, cur.sha, b.sha)))
        throw new HttpError(422, {
          message: "Update is not a fast forward",
          documentation_url: "https://docs.github.com/rest/git/refs#update-a-reference",
          status: "422",
        });
      const type = repo.tagObjects.has(b.sha) ? "tag" : "commit";
      repo.refs.set(full, { sha: b.sha, type });
      return { data: o.gitRef(repo.owner, repo.repo, full, b.sha, type) };
    });
    this.route("DELETE", `${R}/git/refs/{ref+}`, ({ params, repo }) => {
      const full = `refs/${params.ref}`;
      if (!repo.refs.delete(full)) validation("Reference does not exist");
      return { status: 204 };
    });
    this.route("POST", `${R}/git/tags`, ({ body, repo }) => {
      const b = body as { tag: string; message: string; object: string; type: string };
      const sha = sha1(`tag ${b.tag} ${b.object} ${b.message}`);
      const t = o.gitTag(repo.owner, repo.repo, sha, b.tag, b.message, b.object, this.now());
      repo.tagObjects.set(sha, t);
      return { status: 201, data: t };
    });
    this.route("GET", `${R}/git/tags/{tag_sha}`, ({ params, repo }) => {
      const t = repo.tagObjects.get(params.tag_sha as string);
      if (!t) notFound();
      return { data: t };
    });
    this.route("POST", `${R}/git/trees`, ({ body, repo }) => {
      const b = body as { tree?: { path: string; mode: string; type: "blob" | "tree" | "commit"; sha?: string | null; content?: string }[] };
      if (!Array.isArray(b.tree)) validation('Invalid request.\n\n"tree" wasn\'t supplied.');
      const entries: o.TreeEntry[] = b.tree.map((e) => {
        if (e.content !== undefined && e.sha) validation("Must supply either tree.sha or tree.content, not both");
        const content = Buffer.from(e.content ?? "", "utf8");
        const sha = e.sha ?? sha1(`blob ${content.length}\0${content.toString("binary")}`);
        return {
          path: e.path,
          mode: e.mode,
          type: e.type,
          sha,
          ...(e.type === "blob" ? { size: content.length } : {}),
          url: `${o.API}/repos/${repo.owner}/${repo.repo}/git/${e.type}s/${sha}`,
        };
      });
      const sha = entries.length === 0 ? o.EMPTY_TREE : sha1(`tree ${entries.map((e) => `${e.mode} ${e.path} ${e.sha}`).join("\n")}`);
      repo.trees.set(sha, entries);
      return {
        status: 201,
        data: o.gitTree(repo.owner, repo.repo, sha, entries),
        headers: { location: `${o.API}/repos/${repo.owner}/${repo.repo}/git/trees/${sha}` },
      };
    });
    this.route("POST", `${R}/git/commits`, ({ body, repo }) => {
      const b = body as { message: string; tree: string; parents?: string[] };
      if (!repo.trees.has(b.tree)) validation("Tree SHA does not exist");
      const parents = b.parents ?? [];
      for (const p of parents) if (!repo.commits.has(p)) validation("Parent SHA does not exist or is not a commit object");
      const date = this.now();
      const sha = sha1(`commit ${b.tree} ${parents.join(",")} ${date} ${repo.commits.size} ${b.message}`);
      const c: o.FakeCommit = {
        sha,
        message: b.message,
        author: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
        parents,
        date,
        tree: b.tree,
      };
      repo.commits.set(sha, c);
      return {
        status: 201,
        data: o.gitCommit(repo.owner, repo.repo, c),
        headers: { location: `${o.API}/repos/${repo.owner}/${repo.repo}/git/commits/${sha}` },
      };
    });
    this.route("GET", `${R}/git/commits/{commit_sha}`, ({ params, repo }) => {
      const c = repo.commits.get(params.commit_sha as string);
      if (!c) notFound();
      return { data: o.gitCommit(repo.owner, repo.repo, c) };
    });

    // --- releases and assets
    const findRelease = (repo: RepoState, id: string) => repo.releases.find((r) => r.id === Number(id)) ?? notFound();
    this.route("GET", `${R}/releases`, ({ repo }) => ({ data: [...repo.releases].reverse() }));
    this.route("GET", `${R}/releases/latest`, ({ repo }) => ({ data: [...repo.releases].reverse().find((r) => !r.draft && !r.prerelease) ?? notFound() }));
    this.route("GET", `${R}/releases/tags/{tag}`, ({ params, repo }) => ({
      data: repo.releases.find((r) => r.tag_name === params.tag && !r.draft) ?? notFound(),
    }));
    this.route("GET", `${R}/releases/{release_id}`, ({ params, repo }) => ({ data: findRelease(repo, params.release_id as string) }));
    this.route("POST", `${R}/releases`, ({ body, repo }) => {
      const b = body as { tag_name: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean };
      if (repo.releases.some((r) => r.tag_name === b.tag_name))
        validation("Validation Failed", [{ resource: "Release", code: "already_exists", field: "tag_name" }]);
      if ((b.body ?? "").length > 125_000) validation("Validation Failed", [{ resource: "Release", code: "custom", field: "body" }]);
      const at = this.now();
      const id = o.newId();
      const rel = o.release(repo.owner, repo.repo, id, this.publicUrl || this.url, {
        tag_name: b.tag_name,
        target_commitish: b.target_commitish ?? repo.defaultBranch,
        name: b.name ?? b.tag_name,
        body: b.body ?? null,
        draft: b.draft ?? false,
        prerelease: b.prerelease ?? false,
        created_at: at,
        published_at: b.draft ? null : at,
        assets: [],
      });
      // Publishing a release for a missing tag creates the tag, as GitHub does.
      if (!b.draft && !repo.refs.has(`refs/tags/${b.tag_name}`)) {
        const target =
          b.target_commitish && /^[0-9a-f]{40}$/.test(b.target_commitish)
            ? b.target_commitish
            : repo.refs.get(`refs/heads/${b.target_commitish ?? repo.defaultBranch}`)?.sha;
        if (target) repo.refs.set(`refs/tags/${b.tag_name}`, { sha: target, type: "commit" });
      }
      repo.releases.push(rel);
      return { status: 201, data: rel, headers: { location: rel.url } };
    });
    this.route("PATCH", `${R}/releases/{release_id}`, ({ params, body, repo }) => {
      const rel = findRelease(repo, params.release_id as string);
      const b = body as Partial<o.Release>;
      if ((b.body ?? "").length > 125_000) validation("Validation Failed", [{ resource: "Release", code: "custom", field: "body" }]);
      if (b.tag_name && b.tag_name !== rel.tag_name && repo.releases.some((r) => r.tag_name === b.tag_name))
        validation("Validation Failed", [{ resource: "Release", code: "already_exists", field: "tag_name" }]);
      for (const k of ["tag_name", "target_commitish", "name", "body", "draft", "prerelease"] as const) {
        if (b[k] !== undefined) (rel as Record<string, unknown>)[k] = b[k];
      }
      if (rel.draft === false && rel.published_at === null) rel.published_at = this.now();
      return { data: rel };
    });
    this.route("DELETE", `${R}/releases/{release_id}`, ({ params, repo }) => {
      const rel = findRelease(repo, params.release_id as string);
      repo.releases = repo.releases.filter((r) => r !== rel);
      return { status: 204 };
    });
    this.route("GET", `${R}/releases/{release_id}/assets`, ({ params, repo }) => ({ data: findRelease(repo, params.release_id as string).assets }));
    this.route("POST", `${R}/releases/{release_id}/assets`, ({ params, query, body, repo }) => {
      const rel = findRelease(repo, params.release_id as string);
      const name = query.get("name");
      if (!name) validation("name is required");
      if (rel.assets.some((a) => a.name === name)) validation("Validation Failed", [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }]);
      const data = body instanceof Buffer ? body : Buffer.from(String(body ?? ""));
      const id = o.newId();
      const asset = o.releaseAsset(
        repo.owner,
        repo.repo,
        id,
        name,
        data.length,
        "application/octet-stream",
        `sha256:${createHash("sha256").update(data).digest("hex")}`,
        this.now(),
      );
      rel.assets.push(asset);
      repo.assetData.set(id, data);
      return { status: 201, data: asset };
    });
    this.route("PATCH", `${R}/releases/assets/{asset_id}`, ({ params, body, repo }) => {
      const id = Number(params.asset_id);
      const rel = repo.releases.find((r) => r.assets.some((a) => a.id === id)) ?? notFound();
      const asset = rel.assets.find((a) => a.id === id) as o.ReleaseAsset;
      const b = body as { name?: string; label?: string };
      if (b.name && b.name !== asset.name && rel.assets.some((a) => a.name === b.name))
        validation("Validation Failed", [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }]);
      if (b.name) asset.name = b.name;
      if (b.label !== undefined) asset.label = b.label;
      asset.updated_at = this.now();
      return { data: asset };
    });
    this.route("DELETE", `${R}/releases/assets/{asset_id}`, ({ params, repo }) => {
      const id = Number(params.asset_id);
      const rel = repo.releases.find((r) => r.assets.some((a) => a.id === id)) ?? notFound();
      rel.assets = rel.assets.filter((a) => a.id !== id);
      repo.assetData.delete(id);
      return { status: 204 };
    });

    // --- check runs
    this.route("POST", `${R}/check-runs`, ({ body, repo }) => {
      const b = body as {
        name: string;
        head_sha: string;
        status?: string;
        conclusion?: string;
        output?: { title: string; summary: string; text?: string; annotations?: unknown[] };
        external_id?: string;
        details_url?: string;
      };
      if ((b.output?.annotations?.length ?? 0) > 50) validation("Only 50 annotations are allowed per request");
      const id = o.newId();
      const at = this.now();
      const run = o.checkRun(repo.owner, repo.repo, id, {
        name: b.name,
        head_sha: b.head_sha,
        status: (b.status ?? "queued") as o.CheckRun["status"],
        conclusion: (b.conclusion ?? null) as o.CheckRun["conclusion"],
        output: {
          title: b.output?.title ?? null,
          summary: b.output?.summary ?? null,
          text: b.output?.text ?? null,
          annotations_count: b.output?.annotations?.length ?? 0,
        },
        started_at: at,
        completed_at: b.status === "completed" ? at : null,
        external_id: b.external_id ?? null,
        details_url: b.details_url ?? null,
      });
      repo.checkRuns.push(run);
      repo.checkRunAnnotations.set(id, [...(b.output?.annotations ?? [])]);
      return { status: 201, data: run };
    });
    this.route("PATCH", `${R}/check-runs/{check_run_id}`, ({ params, body, repo }) => {
      const run = repo.checkRuns.find((r) => r.id === Number(params.check_run_id)) ?? notFound();
      const b = body as { status?: string; conclusion?: string; output?: { title?: string; summary?: string; text?: string; annotations?: unknown[] } };
      if ((b.output?.annotations?.length ?? 0) > 50) validation("Only 50 annotations are allowed per request");
      if (b.status) run.status = b.status as o.CheckRun["status"];
      if (b.conclusion) run.conclusion = b.conclusion as o.CheckRun["conclusion"];
      const list = repo.checkRunAnnotations.get(run.id) ?? [];
      list.push(...(b.output?.annotations ?? []));
      repo.checkRunAnnotations.set(run.id, list);
      run.output.annotations_count = list.length;
      if (b.output?.summary !== undefined) run.output.summary = b.output.summary;
      if (b.output?.title !== undefined) run.output.title = b.output.title;
      return { data: run };
    });
    this.route("GET", `${R}/commits/{ref}/check-runs`, ({ params, query, repo }) => {
      let list = repo.checkRuns.filter((r) => r.head_sha === params.ref);
      const name = query.get("check_name");
      if (name) list = list.filter((r) => r.name === name);
      return { data: { total_count: list.length, check_runs: [...list].reverse(), __paginate: "check_runs" } };
    });
    this.route("GET", `${R}/check-runs/{check_run_id}`, ({ params, repo }) => ({
      data: repo.checkRuns.find((r) => r.id === Number(params.check_run_id)) ?? notFound(),
    }));

    // --- issue comments
    this.route("GET", `${R}/issues/{issue_number}/comments`, ({ params, repo }) => ({
      data: repo.comments.filter((c) => c.issue_number === Number(params.issue_number)).map(({ issue_number: _n, ...c }) => c),
    }));
    this.route("POST", `${R}/issues/{issue_number}/comments`, ({ params, body, repo, token }) => {
      const b = body as { body?: string };
      if (!b.body) validation("Body cannot be blank");
      if (b.body.length > 65_536) validation("Body is too long (maximum is 65536 characters)");
      const id = o.newId();
      const c = {
        ...o.issueComment(repo.owner, repo.repo, id, Number(params.issue_number), b.body, this.now()),
        user: this.userOf(token),
        issue_number: Number(params.issue_number),
      };
      repo.comments.push(c);
      const { issue_number: _n, ...out } = c;
      return { status: 201, data: out };
    });
    this.route("PATCH", `${R}/issues/comments/{comment_id}`, ({ params, body, repo }) => {
      const c = repo.comments.find((x) => x.id === Number(params.comment_id)) ?? notFound();
      const b = body as { body?: string };
      if (!b.body) validation("Body cannot be blank");
      if (b.body.length > 65_536) validation("Body is too long (maximum is 65536 characters)");
      c.body = b.body;
      c.updated_at = this.now();
      const { issue_number: _n, ...out } = c;
      return { data: out };
    });

    // --- pulls
    const findPull = (repo: RepoState, n: string) => repo.pulls.get(Number(n)) ?? notFound();
    this.route("GET", `${R}/pulls/{pull_number}`, ({ params, repo }) => ({ data: pullRequest(repo, findPull(repo, params.pull_number as string)) }));
    this.route("GET", `${R}/pulls/{pull_number}/commits`, ({ params, repo }) => {
      const pr = findPull(repo, params.pull_number as string);
      return {
        data: pr.commits.map((sha) =>
          o.commit(repo.owner, repo.repo, repo.commits.get(sha) ?? { sha, message: "", author: { name: "?", email: "?" }, parents: [], date: this.now() }),
        ),
      };
    });
    this.route("GET", `${R}/pulls/{pull_number}/files`, ({ params, repo }) => ({ data: findPull(repo, params.pull_number as string).files }));

    // --- commits and compare
    this.route("GET", `${R}/commits/{ref}`, ({ params, repo }) => {
      const c = repo.commits.get(params.ref as string) ?? notFound();
      return { data: o.commit(repo.owner, repo.repo, c) };
    });
    this.route("GET", `${R}/compare/{basehead}`, ({ params, repo }) => {
      const [base, head] = (params.basehead as string).split("...");
      const list = this.range(repo, base as string, head as string);
      const baseCommit = repo.commits.get(base as string) ?? notFound();
      const cmp: o.CommitComparison = {
        url: `${o.API}/repos/${repo.owner}/${repo.repo}/compare/${params.basehead}`,
        html_url: `${o.WEB}/${repo.owner}/${repo.repo}/compare/${params.basehead}`,
        permalink_url: `${o.WEB}/${repo.owner}/${repo.repo}/compare/${params.basehead}`,
        diff_url: `${o.WEB}/${repo.owner}/${repo.repo}/compare/${params.basehead}.diff`,
        patch_url: `${o.WEB}/${repo.owner}/${repo.repo}/compare/${params.basehead}.patch`,
        base_commit: o.commit(repo.owner, repo.repo, baseCommit),
        merge_base_commit: o.commit(repo.owner, repo.repo, baseCommit),
        status: list.length > 0 ? "ahead" : "identical",
        ahead_by: list.length,
        behind_by: 0,
        total_commits: list.length,
        commits: list.map((c) => o.commit(repo.owner, repo.repo, c)),
        files: [],
      };
      return { data: { ...cmp, __paginate: "commits" } };
    });

    // --- contents (a verified commit through the API)
    this.route("GET", `${R}/contents/{path+}`, ({ params, query, repo }) => {
      const branch = query.get("ref") ?? repo.defaultBranch;
      const c = repo.contents.get(`${branch}:${params.path}`) ?? notFound();
      const name = (params.path as string).split("/").pop() as string;
      const u = `${o.API}/repos/${repo.owner}/${repo.repo}/contents/${params.path}`;
      return {
        data: {
          type: "file",
          encoding: "base64",
          size: c.content.length,
          name,
          path: params.path,
          content: c.content.toString("base64"),
          sha: c.sha,
          url: u,
          git_url: `${o.API}/repos/${repo.owner}/${repo.repo}/git/blobs/${c.sha}`,
          html_url: `${o.WEB}/${repo.owner}/${repo.repo}/blob/${branch}/${params.path}`,
          download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.repo}/${branch}/${params.path}`,
          _links: {
            self: u,
            git: `${o.API}/repos/${repo.owner}/${repo.repo}/git/blobs/${c.sha}`,
            html: `${o.WEB}/${repo.owner}/${repo.repo}/blob/${branch}/${params.path}`,
          },
        },
      };
    });
    this.route("PUT", `${R}/contents/{path+}`, ({ params, body, repo }) => {
      const b = body as { message: string; content: string; sha?: string; branch?: string };
      const branch = b.branch ?? repo.defaultBranch;
      const key = `${branch}:${params.path}`;
      const cur = repo.contents.get(key);
      if (cur && b.sha !== cur.sha)
        throw new HttpError(409, {
          message: `${params.path} does not match ${b.sha ?? "(no sha)"}`,
          documentation_url: "https://docs.github.com/rest",
          status: "409",
          // GitHub's description allows a basic error or a rule violation here (oneOf), and a plain
          // body matches both, which Prism rejects; a null metadata matches the basic error only.
          metadata: null,
        });
      if (!cur && b.sha) notFound();
      const content = Buffer.from(b.content, "base64");
      const blobSha = sha1(`blob ${content.length}\0${content.toString("binary")}`);
      repo.contents.set(key, { content, sha: blobSha });
      const commitSha = sha1(`commit ${key} ${b.message} ${repo.contentCommits.length}`);
      repo.contentCommits.push({ path: params.path as string, message: b.message, branch, sha: commitSha });
      repo.refs.set(`refs/heads/${branch}`, { sha: commitSha, type: "commit" });
      const at = this.now();
      const name = (params.path as string).split("/").pop() as string;
      const u = `${o.API}/repos/${repo.owner}/${repo.repo}/contents/${params.path}`;
      return {
        status: cur ? 200 : 201,
        data: {
          content: {
            name,
            path: params.path,
            sha: blobSha,
            size: content.length,
            url: u,
            html_url: `${o.WEB}/${repo.owner}/${repo.repo}/blob/${branch}/${params.path}`,
            git_url: `${o.API}/repos/${repo.owner}/${repo.repo}/git/blobs/${blobSha}`,
            download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.repo}/${branch}/${params.path}`,
            type: "file",
            _links: {
              self: u,
              git: `${o.API}/repos/${repo.owner}/${repo.repo}/git/blobs/${blobSha}`,
              html: `${o.WEB}/${repo.owner}/${repo.repo}/blob/${branch}/${params.path}`,
            },
          },
          commit: {
            sha: commitSha,
            node_id: o.nodeId("Commit", commitSha),
            url: `${o.API}/repos/${repo.owner}/${repo.repo}/git/commits/${commitSha}`,
            html_url: `${o.WEB}/${repo.owner}/${repo.repo}/commit/${commitSha}`,
            author: { date: at, name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
            committer: { date: at, name: "GitHub", email: "noreply@github.com" },
            message: b.message,
            tree: { url: `${o.API}/repos/${repo.owner}/${repo.repo}/git/trees/${blobSha}`, sha: blobSha },
            parents: [],
            verification: { verified: true, reason: "valid", signature: null, payload: null, verified_at: at },
          },
        },
      };
    });

    // --- deployments
    const findDeployment = (repo: RepoState, id: string) => repo.deployments.find((d) => d.id === Number(id)) ?? notFound();
    this.route("POST", `${R}/deployments`, ({ body, repo }) => {
      const b = body as {
        ref: string;
        environment?: string;
        description?: string;
        payload?: Record<string, unknown> | string;
        task?: string;
        transient_environment?: boolean;
        production_environment?: boolean;
      };
      if ((b.description ?? "").length > 140) validation("Validation Failed", [{ resource: "Deployment", code: "custom", field: "description" }]);
      const id = o.newId();
      const at = this.now();
      const environment = b.environment ?? "production";
      const d = o.deployment(repo.owner, repo.repo, id, {
        sha: /^[0-9a-f]{40}$/.test(b.ref) ? b.ref : (repo.refs.get(`refs/heads/${b.ref}`)?.sha ?? repo.refs.get(`refs/tags/${b.ref}`)?.sha ?? "c".repeat(40)),
        ref: b.ref,
        task: b.task ?? "deploy",
        environment,
        payload: b.payload ?? {},
        description: b.description ?? null,
        created_at: at,
        updated_at: at,
        transient_environment: b.transient_environment ?? false,
        production_environment: b.production_environment ?? environment === "production",
      });
      repo.deployments.unshift(d);
      repo.deploymentStatuses.set(id, []);
      return { status: 201, data: d };
    });
    this.route("GET", `${R}/deployments`, ({ query, repo }) => {
      let list = repo.deployments;
      for (const k of ["environment", "ref", "sha", "task"] as const) {
        const v = query.get(k);
        if (v) list = list.filter((d) => String(d[k]) === v);
      }
      return { data: list };
    });
    this.route("GET", `${R}/deployments/{deployment_id}`, ({ params, repo }) => ({ data: findDeployment(repo, params.deployment_id as string) }));
    this.route("POST", `${R}/deployments/{deployment_id}/statuses`, ({ params, body, repo }) => {
      const d = findDeployment(repo, params.deployment_id as string);
      const b = body as { state: o.DeploymentStatus["state"]; description?: string; environment_url?: string; log_url?: string; auto_inactive?: boolean };
      if ((b.description ?? "").length > 140) validation("Validation Failed", [{ resource: "DeploymentStatus", code: "custom", field: "description" }]);
      const id = o.newId();
      const s = o.deploymentStatus(repo.owner, repo.repo, d.id, id, {
        state: b.state,
        description: b.description ?? "",
        environment: d.environment,
        environment_url: b.environment_url ?? "",
        log_url: b.log_url ?? "",
        created_at: this.now(),
      });
      const list = repo.deploymentStatuses.get(d.id) ?? [];
      list.unshift(s);
      repo.deploymentStatuses.set(d.id, list);
      d.updated_at = s.created_at;
      // GitHub marks earlier deployments of the environment inactive on success, except production
      // environments (and when auto_inactive is false).
      if (b.state === "success" && b.auto_inactive !== false && !d.production_environment) {
        for (const other of repo.deployments) {
          if (other.id === d.id || other.environment !== d.environment) continue;
          const st = repo.deploymentStatuses.get(other.id) ?? [];
          if (st[0]?.state === "success") {
            st.unshift(
              o.deploymentStatus(repo.owner, repo.repo, other.id, o.newId(), {
                state: "inactive",
                description: "",
                environment: other.environment,
                environment_url: "",
                log_url: "",
                created_at: this.now(),
              }),
            );
          }
        }
      }
      return { status: 201, data: s };
    });
    this.route("GET", `${R}/deployments/{deployment_id}/statuses`, ({ params, repo }) => ({
      data: repo.deploymentStatuses.get(findDeployment(repo, params.deployment_id as string).id) ?? [],
    }));

    // --- actions: dispatch, runs, artifacts
    this.route("POST", `${R}/actions/workflows/{workflow_id}/dispatches`, ({ params, body, repo }) => {
      const b = body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
      if (!b.ref) validation("ref is required");
      const d = { workflow: params.workflow_id as string, ref: b.ref, inputs: b.inputs ?? {} };
      repo.dispatches.push(d);
      const run = this.onDispatch?.(repo, d);
      // GitHub answers 200 with the run when asked (return_run_details), else 204.
      if (b.return_run_details && run) return { status: 200, data: { workflow_run_id: run.id, run_url: run.url, html_url: run.html_url } };
      return { status: 204 };
    });
    this.route("GET", `${R}/actions/workflows/{workflow_id}/runs`, ({ params, query, repo }) => {
      let runs = repo.workflowRuns.filter((r) => r.path.endsWith(`/${params.workflow_id}`) || String(r.workflow_id) === params.workflow_id);
      for (const [k, field] of [
        ["branch", "head_branch"],
        ["event", "event"],
        ["status", "status"],
        ["head_sha", "head_sha"],
      ] as const) {
        const v = query.get(k);
        if (v) runs = runs.filter((r) => String(r[field]) === v || (k === "status" && r.conclusion === v));
      }
      return { data: { total_count: runs.length, workflow_runs: runs, __paginate: "workflow_runs" } };
    });
    this.route("GET", `${R}/actions/runs/{run_id}`, ({ params, repo }) => ({
      data: repo.workflowRuns.find((r) => r.id === Number(params.run_id)) ?? notFound(),
    }));
    this.route("GET", `${R}/actions/runs/{run_id}/artifacts`, ({ params, query, repo }) => {
      let list = repo.artifacts.filter((a) => a.workflow_run?.id === Number(params.run_id));
      const name = query.get("name");
      if (name) list = list.filter((a) => a.name === name);
      return { data: { total_count: list.length, artifacts: list, __paginate: "artifacts" } };
    });
    this.route("GET", `${R}/actions/artifacts`, ({ query, repo }) => {
      const name = query.get("name");
      const list = name ? repo.artifacts.filter((a) => a.name === name) : repo.artifacts;
      return { data: { total_count: list.length, artifacts: list, __paginate: "artifacts" } };
    });
    this.route("GET", `${R}/actions/artifacts/{artifact_id}`, ({ params, repo }) => ({
      data: repo.artifacts.find((a) => a.id === Number(params.artifact_id)) ?? notFound(),
    }));
    this.route("GET", `${R}/actions/artifacts/{artifact_id}/{archive_format}`, ({ params, repo }) => {
      const a = repo.artifacts.find((x) => x.id === Number(params.artifact_id)) ?? notFound();
      return { status: 302, headers: { location: `${this.url}/_blobs/artifacts/${a.id}` } };
    });
  }

  private isAncestor(repo: RepoState, ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const s = stack.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = repo.commits.get(s);
      if (!c) return true; // unknown history: accept, as the fake cannot prove otherwise
      stack.push(...c.parents);
    }
    return false;
  }

  /** Commits reachable from head and not from base, oldest first (first-parent walk is enough here). */
  private range(repo: RepoState, base: string, head: string): o.FakeCommit[] {
    const out: o.FakeCommit[] = [];
    let cur = repo.commits.get(head);
    while (cur && cur.sha !== base) {
      out.push(cur);
      cur = cur.parents[0] ? repo.commits.get(cur.parents[0]) : undefined;
    }
    return out.reverse();
  }
}

function pullRequest(repo: RepoState, p: PullState): o.PullRequest {
  const base = `${o.API}/repos/${repo.owner}/${repo.repo}`;
  const r = o.minimalRepository(repo.owner, repo.repo) as unknown as o.PullRequest["base"]["repo"];
  const headRepo = (p.fromFork
    ? o.minimalRepository("forker", repo.repo, 99)
    : o.minimalRepository(repo.owner, repo.repo)) as unknown as o.PullRequest["head"]["repo"];
  const link = (href: string) => ({ href });
  return {
    url: `${base}/pulls/${p.number}`,
    id: 5000 + p.number,
    node_id: o.nodeId("PullRequest", p.number),
    html_url: `${o.WEB}/${repo.owner}/${repo.repo}/pull/${p.number}`,
    diff_url: `${o.WEB}/${repo.owner}/${repo.repo}/pull/${p.number}.diff`,
    patch_url: `${o.WEB}/${repo.owner}/${repo.repo}/pull/${p.number}.patch`,
    issue_url: `${base}/issues/${p.number}`,
    commits_url: `${base}/pulls/${p.number}/commits`,
    review_comments_url: `${base}/pulls/${p.number}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${base}/issues/${p.number}/comments`,
    statuses_url: `${base}/statuses/${p.head.sha}`,
    number: p.number,
    state: "open",
    locked: false,
    title: p.title,
    user: o.user("contributor", 7),
    body: p.body,
    labels: [],
    milestone: null,
    created_at: "2024-06-01T00:00:00Z",
    updated_at: "2024-06-01T00:00:00Z",
    closed_at: null,
    merged_at: p.merged ? "2024-06-01T00:00:00Z" : null,
    merge_commit_sha: null,
    assignee: null,
    head: {
      label: `${p.fromFork ? "forker" : repo.owner}:${p.head.ref}`,
      ref: p.head.ref,
      sha: p.head.sha,
      user: o.user(p.fromFork ? "forker" : repo.owner, 3),
      repo: headRepo,
    },
    base: { label: `${repo.owner}:${p.base.ref}`, ref: p.base.ref, sha: p.base.sha, user: o.user(repo.owner, 2), repo: r },
    _links: {
      self: link(`${base}/pulls/${p.number}`),
      html: link(`${o.WEB}/${repo.owner}/${repo.repo}/pull/${p.number}`),
      issue: link(`${base}/issues/${p.number}`),
      comments: link(`${base}/issues/${p.number}/comments`),
      review_comments: link(`${base}/pulls/${p.number}/comments`),
      review_comment: link(`${base}/pulls/comments{/number}`),
      commits: link(`${base}/pulls/${p.number}/commits`),
      statuses: link(`${base}/statuses/${p.head.sha}`),
    },
    author_association: "CONTRIBUTOR",
    auto_merge: null,
    merged: p.merged,
    mergeable: true,
    mergeable_state: "clean",
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: p.commits.length,
    additions: p.files.reduce((n, f) => n + f.additions, 0),
    deletions: p.files.reduce((n, f) => n + f.deletions, 0),
    changed_files: p.files.length,
  };
}

function paginate(list: unknown[], url: URL, headers: Record<string, string>): unknown[] {
  const perPage = Math.min(100, Number(url.searchParams.get("per_page")) || 30);
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  const last = Math.max(1, Math.ceil(list.length / perPage));
  if (page < last) {
    const next = new URL(url.toString());
    next.searchParams.set("page", String(page + 1));
    const lastUrl = new URL(url.toString());
    lastUrl.searchParams.set("page", String(last));
    // Relative to the host the client used (Prism forwards Host), so pagination stays on Prism.
    headers.link = `<${next.pathname}${next.search}>; rel="next", <${lastUrl.pathname}${lastUrl.search}>; rel="last"`;
  }
  return list.slice((page - 1) * perPage, page * perPage);
}

function sha1(s: string): string {
  return createHash("sha1").update(s).digest("hex");
}

function workflowId(file: string): number {
  return Number.parseInt(sha1(file).slice(0, 6), 16);
}

function defaultFaultMessage(status: number): string {
  if (status === 403) return "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
  if (status === 429) return "API rate limit exceeded";
  if (status >= 500) return "Server Error";
  return "Injected fault";
}
