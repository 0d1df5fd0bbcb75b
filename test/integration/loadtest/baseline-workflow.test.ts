import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { loadtestCommand } from "../../../src/loadtest/command.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";
import { startServer, type TestServer } from "./servers.js";

/** A zip archive as actions/upload-artifact makes it (deflated entries). */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

let gh: GitHubUnderTest;
let server: TestServer;
beforeAll(async () => {
  [gh, server] = await Promise.all([startGitHub(), startServer({ delayMs: 1 })]);
});
afterAll(async () => {
  await Promise.all([gh?.close(), server?.close()]);
  cleanupTempDirs();
});

async function run(cwd: string, flags: Record<string, string>, env: Record<string, string> = {}) {
  writeFileSync(join(cwd, "event.json"), JSON.stringify({ repository: { default_branch: "main" } }));
  let stderr = "";
  const runtime = new CliRuntime({
    flags: new Map(Object.entries({ "github-token": gh.token, ...flags })),
    env: {
      GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_EVENT_PATH: join(cwd, "event.json"),
      SHIPLINE_GITHUB_TIME_SCALE: "0.01",
      ...env,
    },
    cwd,
    json: true,
    summaryFile: join(cwd, "summary.md"),
    stdout: () => {},
    stderr: (t) => (stderr += t),
  });
  const exitCode = await executeCommand(loadtestCommand as never, runtime);
  runtime.flush();
  return { exitCode, stderr, summary: existsSync(join(cwd, "summary.md")) ? readFileSync(join(cwd, "summary.md"), "utf8") : "" };
}

describe("merge mode reading this run's shard artifacts", () => {
  it("downloads the loadtest-shard-* artifacts of the current run and merges them", async () => {
    const cwd = tempDir("shipline-loadtest-");
    const startAt = String(Date.now() + 300);
    const shards = await Promise.all(
      [1, 2].map((k) => run(cwd, { target: server.url, rate: "100", duration: "1s", shard: `${k}/2`, "start-at": startAt, "report-dir": `s${k}` })),
    );
    expect(shards.map((x) => x.exitCode)).toEqual([0, 0]);
    const runId = 4242;
    for (const k of [1, 2]) {
      const text = readFileSync(join(cwd, `s${k}/loadtest-report-shard-${k}-of-2.json`), "utf8");
      gh.fake.addArtifact(gh.owner, gh.repo, `loadtest-shard-${k}`, zip({ [`loadtest-report-shard-${k}-of-2.json`]: text }), { id: runId });
    }
    gh.fake.addArtifact(gh.owner, gh.repo, "unrelated", zip({ "x.json": "{}" }), { id: runId });
    const merged = await run(cwd, { mode: "merge" }, { GITHUB_RUN_ID: String(runId) });
    expect(merged.exitCode, merged.stderr).toBe(0);
    expect(merged.summary).toContain("2 shards merged");
    expect(merged.summary).toMatch(/\| 100 \| 100 req\/s \|/);
    const none = await run(cwd, { mode: "merge", "shard-artifacts": "nope-" }, { GITHUB_RUN_ID: String(runId) });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/Input "shard-artifacts" is "nope-", but run 4242 has no artifact whose name starts with it/);
  });
});

describe("baseline from the latest artifact of a workflow", () => {
  it("warns and runs without a baseline when no successful run has the artifact yet", async () => {
    const cwd = tempDir("shipline-loadtest-");
    const r = await run(cwd, { target: server.url, rate: "100", duration: "1s", "baseline-workflow": "loadtest.yml" });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: No baseline: no successful run of loadtest\.yml on main .* "loadtest-report"/);
    expect(r.summary).not.toContain("### Compared with the baseline");
  });

  it("downloads the newest successful run's report artifact on the default branch and compares with it", async () => {
    const cwd = tempDir("shipline-loadtest-");
    const first = await run(cwd, { target: server.url, rate: "100", duration: "1s", "report-dir": "prev" });
    expect(first.exitCode).toBe(0);
    const report = readFileSync(join(cwd, "prev/loadtest-report.json"), "utf8");
    const ok = gh.fake.addWorkflowRun(gh.owner, gh.repo, { workflow: "loadtest.yml", status: "completed", conclusion: "success" });
    gh.fake.addArtifact(gh.owner, gh.repo, "loadtest-report", zip({ "loadtest-report.json": report, "loadtest-junit.xml": "<testsuites/>" }), {
      id: Number(ok.id),
    });
    const r = await run(cwd, { target: server.url, rate: "100", duration: "1s", "baseline-workflow": "loadtest.yml" });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.summary).toContain(`Baseline: run ${ok.id} of loadtest.yml on main (artifact loadtest-report).`);
    expect(r.summary).toMatch(/\| p95 latency \|[^\n]*\| ✅ ok \|/);
    expect(gh.requests.map((q) => `${q.method} ${q.path}`)).toContain(`GET /repos/${gh.owner}/${gh.repo}/actions/runs/${ok.id}/artifacts`);
  });
});
