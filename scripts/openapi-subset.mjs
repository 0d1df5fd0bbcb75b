#!/usr/bin/env node
// Cuts GitHub's official OpenAPI description (@octokit/openapi) down to the paths Shipline uses, so
// Prism starts in about a second instead of six. Generated, never edited by hand: the tests call
// `writeOpenApiSubset()` and cache the result by the package version and the path list.
// Usage: node scripts/openapi-subset.mjs [OUT]
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/** Path prefixes (after /repos/{owner}/{repo}) and whole paths we keep. */
export const KEPT_PATHS = [
  /^\/repos\/\{owner\}\/\{repo\}$/,
  /^\/repos\/\{owner\}\/\{repo\}\/git\//,
  /^\/repos\/\{owner\}\/\{repo\}\/releases/,
  /^\/repos\/\{owner\}\/\{repo\}\/check-runs/,
  /^\/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments$/,
  /^\/repos\/\{owner\}\/\{repo\}\/issues\/comments\/\{comment_id\}$/,
  /^\/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}(\/commits|\/files)?$/,
  /^\/repos\/\{owner\}\/\{repo\}\/deployments/,
  /^\/repos\/\{owner\}\/\{repo\}\/actions\/workflows\/\{workflow_id\}\/(dispatches|runs)$/,
  /^\/repos\/\{owner\}\/\{repo\}\/actions\/runs\/\{run_id\}(\/artifacts)?$/,
  /^\/repos\/\{owner\}\/\{repo\}\/actions\/artifacts(\/\{artifact_id\}(\/\{archive_format\})?)?$/,
  /^\/repos\/\{owner\}\/\{repo\}\/commits\/\{ref\}(\/check-runs)?$/,
  /^\/user$/,
  /^\/repos\/\{owner\}\/\{repo\}\/compare\/\{basehead\}$/,
  /^\/repos\/\{owner\}\/\{repo\}\/contents\/\{path\}$/,
  /^\/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}$/,
];

function collectRefs(node, out) {
  if (Array.isArray(node)) {
    for (const n of node) collectRefs(n, out);
  } else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.add(v);
      else collectRefs(v, out);
    }
  }
}

export function buildSubset() {
  const require = createRequire(import.meta.url);
  const specPath = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = JSON.parse(readFileSync(specPath, "utf8"));
  const paths = {};
  for (const [p, item] of Object.entries(spec.paths)) {
    if (!KEPT_PATHS.some((re) => re.test(p))) continue;
    const copy = {};
    for (const [method, op] of Object.entries(item)) {
      // Operation-level servers (uploads.github.com) would make Prism reject the proxied path.
      const { servers: _servers, ...rest } = op;
      copy[method] = rest;
    }
    paths[p] = copy;
  }
  const components = {};
  const seen = new Set();
  const queue = new Set();
  collectRefs(paths, queue);
  while (queue.size > 0) {
    const [ref] = queue;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , kind, name] = ref.split("/");
    const def = spec.components[kind]?.[name];
    if (!def) continue;
    components[kind] ??= {};
    components[kind][name] = def;
    const next = new Set();
    collectRefs(def, next);
    for (const r of next) if (!seen.has(r)) queue.add(r);
  }
  return { openapi: spec.openapi, info: spec.info, servers: spec.servers, paths, components };
}

/** Writes the subset to a cache file keyed by the package version and the path list; returns its path. */
export function writeOpenApiSubset(cacheDir = join(root, "node_modules/.cache/shipline")) {
  const require = createRequire(import.meta.url);
  const version = JSON.parse(readFileSync(require.resolve("@octokit/openapi/package.json"), "utf8")).version;
  const key = createHash("sha256").update(version).update(KEPT_PATHS.map(String).join("\n")).digest("hex").slice(0, 16);
  const out = join(cacheDir, `openapi-subset-${key}.json`);
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(buildSubset()));
    // rename is atomic: parallel test workers never read a half-written file
    require("node:fs").renameSync(tmp, out);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (out) writeFileSync(out, JSON.stringify(buildSubset()));
  else console.log(writeOpenApiSubset());
}
