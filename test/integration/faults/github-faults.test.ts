/**
 * The fault matrix: for every request N along the happy path of gate on a pull request, version
 * tagging through the API, and notes with a release and an API CHANGELOG commit, the GitHub fake
 * (behind Prism) fails request N in each way GitHub can (a 502 after the write was applied, a
 * timeout after the write was applied, a 403 secondary rate limit, a 422); the command is then run
 * again without the fault. Afterwards there must be exactly one tag, one release, one comment, one
 * check run and one CHANGELOG section, and no line lost. The commands run in-process (command.run
 * through executeCommand, as the CLI does) against one Prism, each case on its own repository.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateCommand } from "../../../src/gate/command.js";
import type { Command } from "../../../src/kernel/command.js";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { notesCommand } from "../../../src/notes/command.js";
import { versionCommand } from "../../../src/version/command.js";
import { type Fault, type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { cleanupTempDirs, createTempRepo, type TempRepo, tempDir } from "../../helpers/git.js";

/** The client gives up on a request after this long; the timeout fault answers later than that. */
const TIMEOUT_MS = 2000;
const TOKEN = "ghs_faultMatrixCanary0123456789";
let gh: GitHubUnderTest;
let n = 0;
/** Runs and faults, for the summary printed at the end. */
const tally = { runs: 0, faults: 0, firstRunFailed: 0, survived: 0 };

const KINDS: { name: string; fault: Omit<Fault, "nth"> }[] = [
  { name: "502 after the write was applied", fault: { status: 502, afterApply: true } },
  { name: "timeout after the write was applied", fault: { afterApply: true, delayMs: TIMEOUT_MS + 500 } },
  {
    name: "403 secondary rate limit",
    fault: {
      status: 403,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." },
    },
  },
  {
    name: "422",
    fault: {
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [{ resource: "Fault", code: "custom", field: "injected" }],
        documentation_url: "https://docs.github.com/rest",
      },
    },
  },
];

beforeAll(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: "write" } });
}, 60_000);
afterAll(async () => {
  await gh?.close();
  cleanupTempDirs();
  console.log(
    `fault matrix: ${tally.runs} command runs, ${tally.faults} injected faults, ${tally.firstRunFailed} first runs failed, ${tally.survived} faults survived (one of each object, no line lost after the re-run)`,
  );
});

interface RunResult {
  code: number;
  stderr: string;
}

/** Runs a command in-process as the CLI does, against repository `name` in the fake. */
async function run(
  command: Command,
  name: string,
  cwd: string,
  flags: Record<string, string>,
  env: Record<string, string> = {},
  options: { asAction?: boolean } = {},
): Promise<RunResult> {
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env: {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: `${gh.owner}/${name}`,
      SHIPLINE_GITHUB_TIME_SCALE: "0.01",
      SHIPLINE_GITHUB_TIMEOUT_MS: String(TIMEOUT_MS),
      ...env,
    },
    cwd,
    envFallbacks: new Map([["github-token", ["GITHUB_TOKEN"]]]),
    json: true,
    stdout: () => {},
    stderr: (t) => err.push(t),
    clock: () => new Date("2024-07-01T12:00:00Z"),
  });
  // The gate makes a check run only inside Actions. The Actions runtime writes through @actions/core
  // to this process's stdout and exit code, so the CLI runtime stands in for it, marked as one.
  if (options.asAction) Object.defineProperty(rt, "kind", { value: "action" });
  const code = await executeCommand(command as never, rt);
  rt.flush();
  tally.runs++;
  return { code, stderr: err.join("") };
}

interface Scenario {
  /** Prepares repository `name` (in the fake and on disk) and returns how to run the command there. */
  setup(name: string): Promise<() => Promise<RunResult>>;
  /** The exit code of a successful run. */
  okCode: number;
  /** Asserts exactly one of each object, and nothing lost. */
  check(name: string): void;
}

// --- (a) gate on a pull request: a check run with 60 annotations (two batches) and a sticky comment
const gate: Scenario = {
  // 60 failing tests allowed: the gate passes, so a run that failed for GitHub shows in its exit code.
  okCode: 0,
  async setup(name) {
    const dir = tempDir();
    const cases = ['<testcase name="ok" classname="suite" time="0.1"/>'];
    for (let i = 0; i < 60; i++)
      cases.push(`<testcase name="bad ${i}" classname="suite" file="src/a.test.ts" line="${i + 1}"><failure message="boom ${i}">trace</failure></testcase>`);
    writeFileSync(join(dir, "junit.xml"), `<testsuite name="suite">${cases.join("")}</testsuite>`);
    const eventDir = mkdtempSync(join(tmpdir(), "shipline-event-"));
    const eventPath = join(eventDir, "event.json");
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: { number: 5, head: { repo: { full_name: `${gh.owner}/${name}` } }, base: { repo: { full_name: `${gh.owner}/${name}` } } },
      }),
    );
    const env = { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventPath, GITHUB_BASE_REF: "main", GITHUB_SHA: "d".repeat(40) };
    return () => run(gateCommand, name, dir, { reports: "junit.xml", "max-failures": "60" }, env, { asAction: true });
  },
  check(name) {
    const s = gh.fake.repo(gh.owner, name);
    expect(s.checkRuns).toHaveLength(1);
    const messages = (s.checkRunAnnotations.get(s.checkRuns[0]?.id as number) ?? []).map((a) => (a as { message: string }).message);
    expect(messages).toHaveLength(60);
    expect(new Set(messages).size).toBe(60);
    expect(s.comments.filter((c) => c.issue_number === 5)).toHaveLength(1);
    expect(s.comments[0]?.body).toContain("<!-- shipline:gate -->");
  },
};

async function versionRepo(): Promise<TempRepo> {
  const r = await createTempRepo();
  await r.commit("feat: first", { files: { "a.txt": "1" } });
  await r.tag("v1.0.0", { message: "v1.0.0" });
  await r.commit("feat(api): add export", { files: { "b.txt": "1" } });
  await r.commit("fix: crash on start", { files: { "c.txt": "1" } });
  return r;
}

// --- (b) version creating its tag through the API
const heads = new Map<string, string>();
const version: Scenario = {
  okCode: 0,
  async setup(name) {
    const r = await versionRepo();
    heads.set(name, await r.head());
    return () => run(versionCommand, name, r.dir, { "create-tag": "true", "tag-method": "api" }, r.env);
  },
  check(name) {
    const s = gh.fake.repo(gh.owner, name);
    const tags = [...s.refs.entries()].filter(([k]) => k.startsWith("refs/tags/"));
    expect(tags.map(([k]) => k)).toEqual(["refs/tags/v1.1.0"]);
    const [, ref] = tags[0] as [string, { sha: string; type: string }];
    const target = ref.type === "tag" ? s.tagObjects.get(ref.sha)?.object.sha : ref.sha;
    expect(target).toBe(heads.get(name));
  },
};

// --- (c) notes: the tag and a release through the API, and the CHANGELOG committed through the API
const MAINTAINER_LINE = "- maintainer: a note pushed to main after the checkout";
const notes: Scenario = {
  okCode: 0,
  async setup(name) {
    const r = await versionRepo();
    heads.set(name, await r.head());
    // The branch on GitHub moved on after the checkout: a maintainer edited the CHANGELOG there.
    const onBranch = `# Changelog\n\n${MAINTAINER_LINE}\n`;
    gh.fake.repo(gh.owner, name).contents.set("main:CHANGELOG.md", { content: Buffer.from(onBranch), sha: "e".repeat(40) });
    return () =>
      run(notesCommand, name, r.dir, { version: "1.1.0", "commit-changelog": "api" }, { ...r.env, GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main" });
  },
  check(name) {
    const s = gh.fake.repo(gh.owner, name);
    expect([...s.refs.keys()].filter((k) => k.startsWith("refs/tags/"))).toEqual(["refs/tags/v1.1.0"]);
    expect(s.releases.map((r) => r.tag_name)).toEqual(["v1.1.0"]);
    expect(s.releases[0]?.body).toContain("crash on start");
    const changelog = s.contents.get("main:CHANGELOG.md")?.content.toString() ?? "";
    expect(changelog.match(/## \[1\.1\.0\]/g)).toHaveLength(1);
    expect(changelog).toContain(MAINTAINER_LINE);
    expect(s.contentCommits).toHaveLength(1);
  },
};

/** The number of requests a fault-free run sends (the happy path), checked for its own invariants. */
async function happyPath(scenario: Scenario): Promise<number> {
  const name = `faults-${n++}`;
  const runIt = await scenario.setup(name);
  const before = gh.requests.length;
  const first = await runIt();
  expect(first.code, first.stderr).toBe(scenario.okCode);
  const count = gh.requests.length - before;
  scenario.check(name);
  // A re-run of a finished job changes nothing.
  expect((await runIt()).code).toBe(scenario.okCode);
  scenario.check(name);
  return count;
}

async function matrix(scenario: Scenario): Promise<void> {
  const total = await happyPath(scenario);
  expect(total).toBeGreaterThan(2);
  for (const kind of KINDS) {
    for (let nth = 1; nth <= total; nth++) {
      const name = `faults-${n++}`;
      const runIt = await scenario.setup(name);
      gh.fake.clearFaults();
      gh.fake.fail({ ...kind.fault, nth });
      tally.faults++;
      const first = await runIt();
      gh.fake.clearFaults();
      if (first.code !== scenario.okCode) tally.firstRunFailed++;
      // A failed first run says what failed, in one message, without a stack trace or the token.
      expect(first.stderr, `${kind.name} at request ${nth}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(first.stderr).not.toContain(TOKEN);
      const again = await runIt();
      expect(again.code, `${kind.name} at request ${nth}, re-run: ${again.stderr}`).toBe(scenario.okCode);
      try {
        scenario.check(name);
      } catch (e) {
        throw new Error(`${kind.name} at request ${nth} of ${total}: ${(e as Error).message}`);
      }
      tally.survived++;
    }
  }
}

describe("GitHub faults at every request, then a re-run", () => {
  it("gate on a pull request ends with one check run (every annotation once) and one sticky comment", async () => {
    await matrix(gate);
  }, 600_000);

  it("version tagging through the API ends with one tag at the released commit", async () => {
    await matrix(version);
  }, 600_000);

  it("notes ends with one tag, one release and one CHANGELOG section, keeping the line pushed after the checkout", async () => {
    await matrix(notes);
  }, 900_000);
});
