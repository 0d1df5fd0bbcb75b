/** Runs `shipline version` in-process on a repository, as the CLI would, and reads what a user sees. */
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { versionCommand } from "../../../src/version/command.js";

export interface VersionRun {
  code: number;
  outputs: Record<string, string>;
  stderr: string;
  summary: string;
}

export async function runVersion(
  repo: { dir: string; env: Record<string, string> },
  flags: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<VersionRun> {
  const err: string[] = [];
  let out = "";
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env: { ...repo.env, ...env },
    cwd: repo.dir,
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
  });
  const code = await executeCommand(versionCommand as never, rt);
  rt.flush();
  return { code, outputs: out ? (JSON.parse(out) as Record<string, string>) : {}, stderr: err.join(""), summary: rt.summaryText() };
}
