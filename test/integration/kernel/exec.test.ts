import { afterAll, describe, expect, it } from "vitest";
import { lineSplitter, runProcess, runScript } from "../../../src/kernel/exec.js";
import { Git } from "../../../src/kernel/git.js";
import { cleanupTempDirs, createTempRepo } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

const TOKEN = "ghs_childMustNotSeeThis0001";
/** The environment a step of a real runner gives a JavaScript action. */
const stepEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  "INPUT_GITHUB-TOKEN": TOKEN,
  INPUT_COMMAND: "npm test",
  ACTIONS_RUNTIME_TOKEN: "runtime-token-0001",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-token-0001",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://pipelines.example/oidc",
  MY_SETTING: "kept",
  GITHUB_TOKEN: "passed-through-env-on-purpose",
};
const dump = "process.stdout.write(JSON.stringify(process.env))";
const secrets = ["INPUT_GITHUB-TOKEN", "INPUT_COMMAND", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL"];

function expectScrubbed(env: Record<string, string>): void {
  for (const name of secrets) expect(env, name).not.toHaveProperty(name);
  expect(JSON.stringify(env)).not.toContain(TOKEN);
  // What the workflow author put in env: on purpose still reaches the command, as in a run: step.
  expect(env.MY_SETTING).toBe("kept");
  expect(env.GITHUB_TOKEN).toBe("passed-through-env-on-purpose");
}

describe("child processes", () => {
  it("never receive the step's inputs or the runner's tokens from runProcess", async () => {
    const r = await runProcess(process.execPath, ["-e", dump], { env: stepEnv });
    expectScrubbed(JSON.parse(r.stdout) as Record<string, string>);
  });

  it("never receive them in a workflow author's script (gate command, deploy provider and checks, nginx reload)", async () => {
    const r = await runScript(`"${process.execPath}" -e '${dump}'`, { env: stepEnv });
    expect(r.exitCode).toBe(0);
    expectScrubbed(JSON.parse(r.stdout) as Record<string, string>);
  });

  it("never receive them in git, run or streamed, while the token still reaches git as a config header", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first");
    const git = new Git({ cwd: repo.dir, token: TOKEN, env: { ...repo.env, ...stepEnv } });
    const args = ["-c", `alias.dumpenv=!"${process.execPath}" -e '${dump}'`, "dumpenv"];
    const env = JSON.parse(await git.run(args)) as Record<string, string>;
    for (const name of secrets) expect(env, name).not.toHaveProperty(name);
    expect(
      Object.entries(env)
        .filter(([k]) => k.startsWith("GIT_CONFIG_VALUE_"))
        .map(([, v]) => v),
    ).toContain(`AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`);
    let streamed = "";
    await git.stream(args, (r) => (streamed += r), 10);
    for (const name of secrets) expect(JSON.parse(streamed), name).not.toHaveProperty(name);
  });

  it("never get the token in argv: git's token travels in the environment only", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first");
    const git = new Git({ cwd: repo.dir, token: TOKEN, env: repo.env });
    const args = ["-c", `alias.dumpargv=!"${process.execPath}" -e 'process.stdout.write(JSON.stringify(process.argv))'`, "dumpargv"];
    expect(await git.run(args)).not.toContain(TOKEN);
  });
});

describe("lineSplitter", () => {
  it("hands over whole lines, so a secret cut by a chunk boundary is still one string to redact", () => {
    const lines: string[] = [];
    const s = lineSplitter((l) => lines.push(l));
    const text = Buffer.from(`one\r\nGITHUB_TOKEN=${TOKEN}\nlast é`);
    for (let i = 0; i < text.length; i += 5) s.push(text.subarray(i, i + 5));
    s.end();
    expect(lines).toEqual(["one", `GITHUB_TOKEN=${TOKEN}`, "last é"]);
  });

  it("hands over a line without end in pieces that keep a secret whole, so memory stays bounded", () => {
    const lines: string[] = [];
    const s = lineSplitter((l) => lines.push(l));
    const filler = "x".repeat(70 * 1024 - 10);
    for (const part of [filler, TOKEN, "y".repeat(1000)]) s.push(Buffer.from(part));
    s.end();
    expect(lines.join("")).toBe(`${filler}${TOKEN}${"y".repeat(1000)}`);
    expect(lines.some((l) => l.includes(TOKEN))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(70 * 1024);
  });
});

describe("a crash outside the command", () => {
  it("prints one redacted line and no stack trace, with exit code 1", async () => {
    const script = [
      `import { installCrashGuard } from ${JSON.stringify(new URL("../../../src/kernel/entry.ts", import.meta.url).pathname)};`,
      `import { CliRuntime } from ${JSON.stringify(new URL("../../../src/kernel/runtime.ts", import.meta.url).pathname)};`,
      `const runtime = new CliRuntime({ flags: new Map(), env: {} });`,
      `runtime.secret(${JSON.stringify(TOKEN)});`,
      "installCrashGuard(runtime);",
      `setTimeout(() => { throw new Error("stray callback saw GITHUB_TOKEN=" + ${JSON.stringify(TOKEN)}); }, 10);`,
    ].join("\n");
    const r = await runProcess(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { okCodes: [0, 1] });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("GITHUB_TOKEN=***");
    expect(r.stderr).not.toContain(TOKEN.slice(4));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
