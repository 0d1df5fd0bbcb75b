// The programs the tests drive for real, one row each: how to tell it is there, the Debian package that
// provides it, and which tests need it. `npm test` installs what is missing (scripts/setup.mjs, run as
// `pretest`), and a test that needs a missing tool fails with one line from `missingToolMessage`
// (test/helpers/tools.ts). Add a row here when a test starts driving a new program.
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * @typedef {object} TestTool
 * @property {string} tool      The name tests and messages use.
 * @property {string} package   The Debian/Ubuntu package that provides it.
 * @property {string[]} neededBy Test files (or folders) that drive it.
 * @property {() => Promise<boolean>} present True when the tool can run here.
 */

/** True when `program` is an executable file on PATH: no process started, so the check stays fast. */
export function onPath(program) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      /* not in this directory */
    }
  }
  return false;
}

/** True when `program args` exits 0 (for checks PATH cannot answer, like a Python module). */
function runs(program, args) {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: "ignore", timeout: 60_000 });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}

/** Debian keeps the PostgreSQL server binaries off PATH, in /usr/lib/postgresql/<major>/bin. */
export function postgresBinDirs() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .map((v) => join(base, v, "bin"))
    .filter((d) => existsSync(join(d, "pg_ctl")) && existsSync(join(d, "initdb")));
}

/** @type {TestTool[]} */
export const TEST_TOOLS = [
  {
    tool: "haproxy",
    package: "haproxy",
    neededBy: ["test/integration/deploy/haproxy.test.ts", "test/integration/deploy/rollout.test.ts", "test/e2e/deploy*.test.ts"],
    present: async () => onPath("haproxy"),
  },
  {
    tool: "nginx",
    package: "nginx-light",
    neededBy: ["test/integration/deploy/nginx.test.ts"],
    present: async () => onPath("nginx"),
  },
  {
    tool: "pytest",
    package: "python3-pytest",
    neededBy: ["test/integration/gate/real-tools.test.ts"],
    // The Python the tests start (python3 on PATH) must import pytest; find_spec does not import it.
    present: () => runs("python3", ["-c", "import importlib.util, sys; sys.exit(importlib.util.find_spec('pytest') is None)"]),
  },
  {
    tool: "chromium",
    package: "chromium",
    neededBy: ["screen tests (headless browser)"],
    present: async () => onPath("chromium") || onPath("chromium-browser"),
  },
  {
    // Screenshots draw text and emoji as a reader sees them: without fonts they show empty boxes.
    tool: "fonts",
    package: "fonts-liberation",
    neededBy: ["screen tests (text in the screenshots)"],
    present: async () => existsSync("/usr/share/fonts/truetype/liberation"),
  },
  {
    tool: "emoji font",
    package: "fonts-noto-color-emoji",
    neededBy: ["screen tests (the verdict's emoji in the screenshots)"],
    present: async () => existsSync("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
  },
  {
    tool: "postgresql",
    package: "postgresql",
    neededBy: ["feature-flag tests (a real PostgreSQL server)"],
    present: async () => postgresBinDirs().length > 0 || onPath("pg_ctl"),
  },
  {
    tool: "git",
    package: "git",
    neededBy: ["test/integration/**", "test/e2e/**"],
    present: async () => onPath("git"),
  },
];

/** The rows whose tool is missing here, checked in parallel. */
export async function missingTools() {
  const present = await Promise.all(TEST_TOOLS.map((t) => t.present()));
  return TEST_TOOLS.filter((_, i) => !present[i]);
}

/** The command that installs `packages` on Debian or Ubuntu, for messages. */
export function installCommand(packages) {
  return `sudo apt-get install -y ${packages.join(" ")}`;
}

/** One line naming a missing tool, its package and how to install it (or run npm run setup). */
export function missingToolMessage(name, reason) {
  const row = TEST_TOOLS.find((t) => t.tool === name);
  const pkg = row ? row.package : name;
  const why = reason ? ` (${reason})` : "";
  return `${name} is not available${why}: install it with "${installCommand([pkg])}" or run "npm run setup" as root.`;
}
