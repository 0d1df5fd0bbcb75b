import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";
import { ROOT } from "../../helpers/runner.js";
import { requireTool, startTool } from "../../helpers/tools.js";

afterAll(() => cleanupTempDirs());

describe("tools the tests drive", () => {
  it("fails a test that needs a missing tool with one line naming it and the install command", async () => {
    await expect(startTool("haproxy", "haproxy-not-installed-here", ["-v"], () => false)).rejects.toThrow(
      /^haproxy is not available \(haproxy-not-installed-here is not on PATH\): install it with "sudo apt-get install -y haproxy" or run "npm run setup" as root\.$/,
    );
  });

  it("names the exit code and the end of stderr when the tool starts and dies", async () => {
    const dir = tempDir("shipline-tools-");
    const script = join(dir, "dies.sh");
    writeFileSync(script, "#!/bin/sh\necho 'first line' >&2\necho '[ALERT] cannot bind socket 127.0.0.1:80' >&2\nexit 3\n", { mode: 0o755 });
    await expect(startTool("haproxy", script, [], () => false)).rejects.toThrow(
      `haproxy did not start: ${script} exited with 3: first line | [ALERT] cannot bind socket 127.0.0.1:80`,
    );
  });

  it("names the timeout when the tool never gets ready", async () => {
    await expect(startTool("nginx", "sleep", ["5"], () => false, { timeoutMs: 200 })).rejects.toThrow("nginx did not start within 200 ms: no output on stderr");
  });

  it("refuses a tool that has no row in the table, so the install step cannot miss it", async () => {
    await expect(requireTool("not-a-tool")).rejects.toThrow("not-a-tool is not in scripts/test-tools.mjs");
  });

  it("setup lists each missing tool in one line with its package when it cannot install, and does not fail npm test", () => {
    // On a PATH that has none of the tools, and no apt-get to install them with.
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/setup.mjs")], { env: { PATH: "/nonexistent", HOME: "/tmp" }, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      'setup: haproxy is missing (this is not a Debian or Ubuntu machine with apt-get); install it with "sudo apt-get install -y haproxy". Needed by: test/integration/deploy/haproxy.test.ts, test/integration/deploy/rollout.test.ts, test/e2e/deploy*.test.ts.',
    );
    expect(lines.some((l) => l.startsWith("setup: nginx is missing") && l.includes("nginx-light"))).toBe(true);
  });
});
