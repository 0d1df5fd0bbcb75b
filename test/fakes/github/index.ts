/**
 * The GitHub API as tests see it: the stateful fake behind Prism in proxy mode with `--errors`,
 * loaded with GitHub's official OpenAPI description (a generated subset of @octokit/openapi). A
 * request GitHub's contract forbids gets Prism's 422, a response that violates it a 500 naming the
 * fields, so the test fails where GitHub would.
 *
 *   const gh = await startGitHub();
 *   // GITHUB_API_URL = gh.apiUrl, token = gh.token
 *   gh.state.releases ...; gh.fake.fail({ path: "/releases", status: 502 });
 *   await gh.close();
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { registerRequestLog } from "../../helpers/canary.js";
import { ROOT } from "../../helpers/runner.js";
import { DEFAULT_TOKEN, FakeGitHub, type FakeGitHubOptions, type RecordedRequest, type RepoState } from "./server.js";

export { DEFAULT_TOKEN, FakeGitHub, type Fault, type RecordedRequest, type RepoState } from "./server.js";

export interface GitHubUnderTest {
  /** Use as GITHUB_API_URL: Prism, validating against GitHub's OpenAPI description. */
  apiUrl: string;
  /** The fake itself (no validation), for seeding and fault injection. */
  fake: FakeGitHub;
  /** A token with write access. */
  token: string;
  owner: string;
  repo: string;
  /** State of owner/repo. */
  state: RepoState;
  /** Requests the fake received (after Prism let them through). */
  requests: RecordedRequest[];
  /** Prism's log lines (validation errors name the offending fields). */
  prismLog: () => string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prism exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`Prism did not start within ${timeoutMs} ms:\n${log()}`);
}

/** The subset of GitHub's OpenAPI description, generated (and cached) on first use. */
export async function openApiSubsetPath(): Promise<string> {
  const mod = (await import(join(ROOT, "scripts/openapi-subset.mjs"))) as { writeOpenApiSubset: () => string };
  return mod.writeOpenApiSubset();
}

/**
 * Starts the fake and Prism in front of it. Set `prism: false` only for tests of the fake itself.
 */
export async function startGitHub(options: FakeGitHubOptions & { owner?: string; repo?: string; prism?: boolean } = {}): Promise<GitHubUnderTest> {
  const fake = new FakeGitHub(options);
  const fakeUrl = await fake.listen();
  const owner = options.owner ?? "octo-org";
  const repo = options.repo ?? "octo-repo";
  let apiUrl = fakeUrl;
  let child: ChildProcess | undefined;
  let log = "";
  if (options.prism !== false) {
    const spec = await openApiSubsetPath();
    const port = await freePort();
    const prism = join(ROOT, "node_modules/@stoplight/prism-cli/dist/index.js");
    child = spawn(process.execPath, [prism, "proxy", "-p", String(port), "-h", "127.0.0.1", spec, fakeUrl, "--errors"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_NO_WARNINGS: "1" },
    });
    child.stdout?.on("data", (c: Buffer) => {
      log += c.toString("utf8");
      if (log.length > 200_000) log = log.slice(-100_000);
    });
    child.stderr?.on("data", (c: Buffer) => (log += c.toString("utf8")));
    await waitForPort(port, child, () => log, 30_000);
    apiUrl = `http://127.0.0.1:${port}`;
  }
  fake.publicUrl = apiUrl;
  // Every e2e run's token canary also searches the request bodies this fake receives.
  const unregister = registerRequestLog(fake.requests);
  return {
    apiUrl,
    fake,
    token: Object.keys(fake.tokens).find((t) => fake.tokens[t] === "write") ?? DEFAULT_TOKEN,
    owner,
    repo,
    state: fake.repo(owner, repo),
    requests: fake.requests,
    prismLog: () => log,
    async close() {
      unregister();
      if (child && child.exitCode === null) {
        const done = new Promise((ok) => child?.once("close", ok));
        child.kill("SIGTERM");
        await Promise.race([done, new Promise((ok) => setTimeout(ok, 3000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await fake.close();
    },
  };
}
