#!/usr/bin/env node
// npm run demo: the whole pipeline on this machine, no network, no token.
//
// 1. a sample repository with conventional commits, a small HTTP service and its tests;
// 2. gate on the JUnit report node --test writes;  3. version;  4. notes into a local CHANGELOG.md;
// 5. blue (v1) and green (v2) instances of the service behind HAProxy when it is installed, else a
//    built-in embedded router (labelled as such);  6. a load test of green;
// 7. a staged rollout to 100 %, then one with an injected fault that is rolled back;
// 8. a report with the figures. Everything runs on 127.0.0.1, is bounded in time, and is removed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const cli = join(root, "dist/cli/index.js");
const work = mkdtempSync(join(tmpdir(), "shipline-demo-"));
const children = [];
const servers = [];
const started = Date.now();
const figures = [];
const say = (m) => process.stdout.write(`${m}\n`);
const step = (n, m) => say(`\n\u001b[1m[${n}/8] ${m}\u001b[0m`);

function cleanup() {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
}
process.on("exit", cleanup);
process.on("SIGINT", () => process.exit(130));
// The demo stops by itself whatever happens.
setTimeout(() => {
  say("The demo took longer than 3 minutes and was stopped.");
  process.exit(1);
}, 180_000).unref();

const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Demo",
  GIT_AUTHOR_EMAIL: "demo@example.com",
  GIT_COMMITTER_NAME: "Demo",
  GIT_COMMITTER_EMAIL: "demo@example.com",
};
const git = (...args) => spawnSync("git", args, { cwd: join(work, "app"), env: gitEnv, encoding: "utf8" });

/**
 * Runs the shipline CLI and returns its JSON outputs. Asynchronous on purpose: the background traffic
 * and the embedded router live in this process and must keep serving while a rollout runs.
 */
function shipline(args, cwd = join(work, "app")) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args, "--json"], {
      cwd,
      env: { ...process.env, GITHUB_TOKEN: "", GH_TOKEN: "", NO_COLOR: "1" },
    });
    children.push(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      let out = {};
      try {
        out = JSON.parse(stdout);
      } catch {
        // not JSON: the error is on stderr
      }
      resolveRun({ code, out, err: stderr });
    });
  });
}

const SERVICE = `import { createServer } from "node:http";
const version = process.env.VERSION, faulty = process.env.FAULTY === "1";
let n = 0;
createServer((req, res) => {
  n++;
  if (faulty && n % 10 === 0) { res.writeHead(500); res.end("injected fault"); return; }
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ version, ok: true }));
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

function commit(msg, files) {
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(work, "app", p, ".."), { recursive: true });
    writeFileSync(join(work, "app", p), c);
  }
  git("add", "-A");
  git("commit", "-q", "-m", msg);
}

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const p = s.address().port;
  await new Promise((ok) => s.close(ok));
  return p;
}

async function waitFor(url, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${url} did not come up`);
}

function startService(version, port, faulty) {
  const c = spawn(process.execPath, [join(work, "app", "server.mjs")], {
    env: { ...process.env, VERSION: version, PORT: String(port), FAULTY: faulty ? "1" : "0" },
    stdio: "ignore",
  });
  children.push(c);
  return c;
}

/** The embedded router, used when HAProxy is not installed: weighted round-robin plus an admin URL. */
async function embeddedRouter(bluePort, greenPort) {
  const port = await freePort();
  let green = 0;
  let n = 0;
  const server = createServer((req, res) => {
    if (req.url?.startsWith("/_weight")) {
      green = Number(new URL(req.url, "http://x").searchParams.get("green"));
      res.end(String(green));
      return;
    }
    n++;
    const target = n % 100 < green ? greenPort : bluePort;
    const up = request({ host: "127.0.0.1", port: target, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  servers.push(server);
  return { url: `http://127.0.0.1:${port}/`, admin: `http://127.0.0.1:${port}/_weight` };
}

async function haproxyRouter(bluePort, greenPort) {
  const port = await freePort();
  const sock = join(work, "haproxy.sock");
  writeFileSync(
    join(work, "haproxy.cfg"),
    `global\n  stats socket ${sock} mode 600 level admin\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 10s\n  timeout server 10s\nfrontend fe\n  bind 127.0.0.1:${port}\n  default_backend app\nbackend app\n  balance roundrobin\n  server blue 127.0.0.1:${bluePort} weight 100\n  server green 127.0.0.1:${greenPort} weight 0\n`,
  );
  const c = spawn("haproxy", ["-f", join(work, "haproxy.cfg"), "-db"], { stdio: "ignore" });
  children.push(c);
  const end = Date.now() + 5000;
  while (!existsSync(sock) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return { url: `http://127.0.0.1:${port}/`, socket: sock };
}

/** Background users: bounded, stopped by the caller. */
function traffic(url, rps) {
  let stop = false;
  let sent = 0;
  const loop = (async () => {
    while (!stop) {
      await Promise.all(
        [...Array(Math.max(1, rps / 20))].map(() =>
          fetch(url)
            .then((r) => r.arrayBuffer())
            .catch(() => {})
            .finally(() => sent++),
        ),
        new Promise((r) => setTimeout(r, 50)),
      );
    }
  })();
  return async () => {
    stop = true;
    await loop;
    return sent;
  };
}

try {
  step(1, `Sample repository with conventional commits in ${work}/app`);
  mkdirSync(join(work, "app"));
  git("init", "-q", "-b", "main");
  commit("feat: serve the health endpoint", { "server.mjs": SERVICE, "package.json": '{"name":"demo-app","version":"0.0.0","type":"module"}\n' });
  git("tag", "-a", "v1.0.0", "-m", "v1.0.0");
  commit("feat(api): report the running version\n\nCloses #12", {
    "test/version.test.mjs":
      'import { test } from "node:test";\nimport assert from "node:assert";\ntest("reports the version", () => assert.ok(true));\ntest("answers json", () => assert.equal(typeof {}, "object"));\n',
  });
  commit("fix: keep connections alive (#14)", { "README.md": "# demo\n" });
  commit("docs: usage", { "docs/usage.md": "usage\n" });
  say(`  ${git("log", "--oneline").stdout.trim().split("\n").length} commits, last release v1.0.0`);

  step(2, "gate: run the tests and gate on their JUnit report");
  mkdirSync(join(work, "app", "reports"));
  spawnSync(process.execPath, ["--test", "--test-reporter=junit", "--test-reporter-destination=reports/junit.xml", "test/*.test.mjs"], {
    cwd: join(work, "app"),
  });
  const gate = await shipline(["gate", "--reports", "reports/*.xml", "--min-tests", "2"]);
  say(`  ${gate.out.conclusion}: ${gate.out.tests} tests, ${gate.out.passed} passed, ${gate.out.failed} failed`);
  figures.push(["gate", `${gate.out.conclusion}, ${gate.out.tests} tests`]);
  if (gate.code !== 0) throw new Error(`the gate failed: ${gate.err}`);

  step(3, "version: the next version from the commits");
  const v = await shipline(["version"]);
  say(`  ${v.out["previous-tag"]} -> ${v.out.tag} (${v.out["release-type"]})`);
  figures.push(["version", `${v.out["previous-tag"]} -> ${v.out.tag}`]);

  step(4, "notes: release notes into CHANGELOG.md (no token: no GitHub release)");
  const notes = await shipline(["notes", "--version", v.out.version]);
  say(
    readFileSync(join(work, "app", "CHANGELOG.md"), "utf8")
      .split("\n")
      .slice(4, 14)
      .map((l) => `  | ${l}`)
      .join("\n"),
  );
  figures.push(["notes", `CHANGELOG.md updated: ${notes.out["changelog-updated"]}`]);

  step(5, "blue (v1.0.0) and green (new version) behind a router");
  const [bluePort, greenPort] = [await freePort(), await freePort()];
  startService("1.0.0", bluePort, false);
  let green = startService(v.out.version, greenPort, false);
  await waitFor(`http://127.0.0.1:${bluePort}/`);
  await waitFor(`http://127.0.0.1:${greenPort}/`);
  const useHaproxy = spawnSync("haproxy", ["-v"]).status === 0;
  const router = useHaproxy ? await haproxyRouter(bluePort, greenPort) : await embeddedRouter(bluePort, greenPort);
  await waitFor(router.url);
  say(`  router: ${useHaproxy ? "HAProxy (runtime API)" : "built-in embedded router (demo default: HAProxy is not installed)"} at ${router.url}`);
  figures.push(["router", useHaproxy ? "HAProxy" : "embedded (HAProxy not installed)"]);

  step(6, "loadtest: 3 s at 300 req/s against green before it takes traffic");
  const lt = await shipline([
    "loadtest",
    "--target",
    `http://127.0.0.1:${greenPort}/`,
    "--rate",
    "300",
    "--duration",
    "3s",
    "--min-samples",
    "100",
    "--report-dir",
    join(work, "loadtest"),
  ]);
  say(
    `  ${lt.out.conclusion}: ${lt.out.requests} requests, ${lt.out.rps} req/s, p50 ${lt.out["p50-ms"]} ms, p95 ${lt.out["p95-ms"]} ms, p99 ${lt.out["p99-ms"]} ms, errors ${lt.out["error-rate"]}`,
  );
  figures.push(["loadtest", `${lt.out.conclusion}, ${lt.out.rps} req/s, p95 ${lt.out["p95-ms"]} ms`]);

  const deployFlags = useHaproxy
    ? ["--provider", "haproxy", "--haproxy-socket", router.socket, "--backend", "app", "--stable", "blue", "--canary", "green"]
    : ["--provider", "command", "--provider-command", `node -e "fetch('${router.admin}?green='+process.env.SHIPLINE_WEIGHT).then(r=>r.ok||process.exit(1))"`];
  const common = [
    ...deployFlags,
    "--stages",
    "10%:3s,50%:3s,100%",
    "--check-interval",
    "1s",
    "--probe-url",
    router.url,
    "--probe-requests",
    "20",
    "--min-requests",
    "40",
    "--version",
    v.out.version,
  ];

  step(7, "deploy: staged rollout of a healthy green, 10% -> 50% -> 100%");
  let stopTraffic = traffic(router.url, 100);
  const ok = await shipline(["deploy", ...common]);
  await stopTraffic();
  if (!ok.out.conclusion) say(ok.err.trim().split("\n").slice(-3).join("\n"));
  say(`  ${ok.out.conclusion} at stage ${ok.out.stage}, ${ok.out.weight}% on green: ${ok.out.reason}`);
  figures.push(["deploy (healthy)", `${ok.out.conclusion}, ${ok.out.weight}% on green`]);

  step(8, "deploy again with an injected fault (green fails 10% of requests): automatic rollback");
  green.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 200));
  green = startService(`${v.out.version}-faulty`, greenPort, true);
  await waitFor(`http://127.0.0.1:${greenPort}/`);
  stopTraffic = traffic(router.url, 100);
  const bad = await shipline(["deploy", ...common]);
  await stopTraffic();
  if (!bad.out.conclusion) say(bad.err.trim().split("\n").slice(-3).join("\n"));
  say(`  ${bad.out.conclusion}: ${bad.out.reason}`);
  say(`  traffic back on blue ${bad.out["time-to-rollback-ms"]} ms after the first failed check`);
  figures.push(["deploy (fault)", `${bad.out.conclusion} in ${bad.out["time-to-rollback-ms"]} ms`]);

  say("\n\u001b[1mReport\u001b[0m");
  for (const [k, val] of figures) say(`  ${k.padEnd(18)} ${val}`);
  say(`  ${"total time".padEnd(18)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const success = gate.code === 0 && ok.out.conclusion === "promoted" && bad.out.conclusion === "rolled-back";
  say(success ? "\nThe pipeline behaved as expected: promoted when healthy, rolled back on the fault." : "\nSomething did not behave as expected; see above.");
  process.exitCode = success ? 0 : 1;
} catch (e) {
  say(`\nThe demo failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  cleanup();
  process.exit(process.exitCode ?? 0);
}
