/**
 * gate on a pull request against in-memory GitHub ports: the command only sees the port
 * interfaces, so its GitHub writes can be asserted without HTTP.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { gateCommand } from "../../../src/gate/command.js";
import { createCommandContext } from "../../../src/kernel/entry.js";
import { readInputs } from "../../../src/kernel/inputs.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { createMemoryPorts } from "../../fakes/github/memory.js";

async function gateOnPullRequest(ports: ReturnType<typeof createMemoryPorts>, failures: number) {
  const dir = mkdtempSync(join(tmpdir(), "shipline-gate-mem-"));
  const cases = ['<testcase name="ok" classname="suite"/>'];
  for (let i = 0; i < failures; i++)
    cases.push(`<testcase name="bad ${i}" classname="suite" file="src/a.ts" line="${i + 1}"><failure message="boom ${i}"/></testcase>`);
  writeFileSync(join(dir, "junit.xml"), `<testsuite name="suite">${cases.join("")}</testsuite>`);
  writeFileSync(
    join(dir, "event.json"),
    JSON.stringify({ pull_request: { number: 3, head: { repo: { full_name: "o/r" } }, base: { repo: { full_name: "o/r" } } } }),
  );
  const rt = new CliRuntime({
    flags: new Map([["reports", "junit.xml"]]),
    env: { GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: join(dir, "event.json"), GITHUB_SHA: "a".repeat(40) },
    cwd: dir,
    stdout: () => {},
    stderr: () => {},
  });
  // The gate makes a check run only inside Actions; the CLI runtime stands in for it here.
  Object.defineProperty(rt, "kind", { value: "action" });
  const ctx = { ...createCommandContext(rt, gateCommand.spec.inputs), github: () => ports, hasToken: () => true };
  return gateCommand.run(readInputs(gateCommand.spec.inputs, (k) => rt.input(k)) as never, ctx);
}

it("writes one check run with its annotations and one sticky comment, updated in place on a re-run, through the ports", async () => {
  const ports = createMemoryPorts();
  // Someone else's comment quoting the marker is not the gate's.
  ports.state.comments.push({ id: 100, issue: 3, body: "see <!-- shipline:gate -->", login: "mallory" });
  expect((await gateOnPullRequest(ports, 2)).conclusion).toBe("failure");
  expect(ports.state.checkRuns).toHaveLength(1);
  expect(ports.state.checkRuns[0]?.annotations.map((a) => a.message)).toEqual(["boom 0", "boom 1"]);
  const mine = ports.state.comments.filter((c) => c.login === "github-actions[bot]");
  expect(mine).toHaveLength(1);
  expect((await gateOnPullRequest(ports, 0)).conclusion).toBe("success");
  expect(ports.state.comments.filter((c) => c.login === "github-actions[bot]")).toHaveLength(1);
  expect(ports.state.comments.find((c) => c.id === 100)?.body).toBe("see <!-- shipline:gate -->");
  expect(ports.state.checkRuns.map((r) => r.conclusion)).toEqual(["failure", "success"]);
});
