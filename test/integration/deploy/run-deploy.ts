import { tmpdir } from "node:os";
import { deployCommand } from "../../../src/deploy/command.js";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";

/** Runs `shipline deploy` in-process with CLI flags, as the CLI would; `clock` fixes the runtime's now(). */
export async function deploy(flags: Record<string, string>, env: Record<string, string> = {}, cwd = tmpdir(), clock?: () => Date) {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env: { PATH: process.env.PATH ?? "", ...env },
    cwd,
    ...(clock ? { clock } : {}),
    envFallbacks: new Map([["github-token", ["GITHUB_TOKEN", "GH_TOKEN"]]]),
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
  });
  const code = await executeCommand(deployCommand as never, rt);
  rt.flush();
  return { code, outputs: JSON.parse(out || "{}") as Record<string, string>, stderr: err.join(""), summary: rt.summaryText() };
}
