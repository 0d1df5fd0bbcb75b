/**
 * The programs tests drive for real (haproxy, nginx, pytest, chromium, PostgreSQL ...). Their table is
 * scripts/test-tools.mjs, which `npm test` also uses to install what is missing. A test that needs a
 * tool the machine lacks fails with one line naming the tool and the install command, never with an
 * empty "did not start: ".
 */
import { type ChildProcess, spawn } from "node:child_process";
// @ts-expect-error: a plain .mjs script shared with `npm test`'s setup step, without type declarations.
import { missingToolMessage as message, TEST_TOOLS } from "../../scripts/test-tools.mjs";

interface ToolRow {
  tool: string;
  package: string;
  present: () => Promise<boolean>;
}

/** One line naming a missing tool and how to install it. */
export const missingToolMessage = message as (tool: string, reason?: string) => string;

/** Throws the one-line message when `tool` (a row of scripts/test-tools.mjs) is not available here. */
export async function requireTool(tool: string): Promise<void> {
  const row = (TEST_TOOLS as ToolRow[]).find((t) => t.tool === tool);
  if (!row) throw new Error(`${tool} is not in scripts/test-tools.mjs: add a row for it.`);
  if (!(await row.present())) throw new Error(missingToolMessage(tool));
}

function lastLines(text: string, n = 5): string {
  const lines = text.trim().split("\n").slice(-n).join(" | ");
  return lines === "" ? "no output on stderr" : lines;
}

/**
 * Starts `program args` for `tool` and waits until `isReady()` (polled every 50 ms). On failure,
 * throws one line with the real reason: not installed (with the install command), the spawn error,
 * the exit code and the end of stderr, or the timeout.
 */
export async function startTool(
  tool: string,
  program: string,
  args: readonly string[],
  isReady: () => boolean | Promise<boolean>,
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildProcess> {
  const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"], env: options.env ?? process.env });
  let stderr = "";
  let spawnError: NodeJS.ErrnoException | undefined;
  child.on("error", (e: NodeJS.ErrnoException) => (spawnError = e));
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
    if (stderr.length > 64_000) stderr = stderr.slice(-32_000);
  });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (spawnError) {
      throw new Error(spawnError.code === "ENOENT" ? missingToolMessage(tool, `${program} is not on PATH`) : `${tool} did not start: ${spawnError.message}`);
    }
    if (await isReady()) return child;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${tool} did not start: ${program} exited with ${child.exitCode ?? child.signalCode}: ${lastLines(stderr)}`);
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${tool} did not start within ${timeoutMs} ms: ${lastLines(stderr)}`);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
