/**
 * The token canary every e2e run carries. Each run of a bundle or of the CLI sees secrets (the
 * `github-token` a test passes, and the runner's own ACTIONS_RUNTIME_TOKEN and OIDC request token,
 * random per run); after the run, {@link findLeaks} looks for each secret's secret part, in every
 * escaping it can take (raw, markdown, HTML, JSON, URL, base64 at any alignment), in everything the run
 * left behind: stdout and stderr (minus the runner's own `::add-mask::` lines), the step summary,
 * GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV, files written under the workspace and the runner's temp
 * directory, and the request bodies every GitHub fake received during the run.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml, escapeMarkdown } from "../../src/kernel/markdown.js";

/** A request as the GitHub fake records it. */
export interface LoggedRequest {
  method: string;
  path: string;
  body: unknown;
}

const requestLogs = new Set<readonly LoggedRequest[]>();

/**
 * Lets a GitHub fake's request log join the canary check of every e2e run. Returns the function
 * that removes it (call it when the fake closes).
 */
export function registerRequestLog(log: readonly LoggedRequest[]): () => void {
  requestLogs.add(log);
  return () => requestLogs.delete(log);
}

/** Where each registered request log stands now, to check only what a run sends. */
export function requestLogMarks(): Map<readonly LoggedRequest[], number> {
  return new Map([...requestLogs].map((log) => [log, log.length]));
}

/** A fresh canary token, shaped like a GitHub installation token, with an underscore that markdown escapes. */
export function canaryToken(kind: string): string {
  return `ghs_${kind}_${randomBytes(12).toString("hex")}`;
}

/** The part of a token that must never show: without its well-known prefix (`ghs_`, `github_pat_`). */
export function secretPart(token: string): string {
  return token.replace(/^(gh[pousr]|github_pat)_/, "");
}

/** The forms a secret can take in text we write, by name. */
export function leakForms(secret: string): Map<string, string> {
  const forms = new Map<string, string>();
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  forms.set("raw", secret);
  forms.set("markdown-escaped", escapeMarkdown(secret));
  forms.set("html-escaped", escapeHtml(secret));
  forms.set("json-escaped", json(secret));
  forms.set("json-escaped markdown", json(escapeMarkdown(secret)));
  forms.set("url-encoded", encodeURIComponent(secret));
  const bytes = Buffer.from(secret);
  for (let k = 0; k < 3; k++) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    const end = Math.floor((k + bytes.length) / 3) * 4;
    const slice = enc.slice(k === 0 ? 0 : 4, end);
    if (slice.length >= 8) forms.set(`base64 (offset ${k})`, slice);
  }
  // One name per distinct text: a form equal to another (an alphanumeric secret is its own JSON
  // escaping) would report the same leak twice.
  const distinct = new Map<string, string>();
  for (const [name, value] of forms) if (![...distinct.values()].includes(value)) distinct.set(name, value);
  return distinct;
}

/** Modification times of the files under `dir`, skipping git's compressed objects and dependencies. */
export function fileTimes(dir: string, into = new Map<string, number>(), depth = 0): Map<string, number> {
  if (depth > 8) return into;
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return into;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "objects") fileTimes(path, into, depth + 1);
    } else if (e.isFile()) {
      try {
        const st = statSync(path);
        if (st.size <= 32 * 1024 * 1024) into.set(path, st.mtimeMs);
      } catch {
        /* removed meanwhile */
      }
    }
  }
  return into;
}

/** Takes the snapshot {@link findLeaks} compares with: what the directories held before the run. */
export function snapshotFiles(dirs: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const dir of dirs) fileTimes(dir, out);
  return out;
}

export interface CanaryCheck {
  /** Tokens the run saw, whose secret parts must not appear. */
  tokens: readonly string[];
  /** Named texts the run produced (stdout, summary, ...). */
  texts: Record<string, string>;
  /** Directories whose files written during the run are searched. */
  dirs: readonly string[];
  /** The files the directories held before the run ({@link snapshotFiles}); those not changed since are skipped. */
  before: ReadonlyMap<string, number>;
  /** Request-log positions from before the run. */
  marks: Map<readonly LoggedRequest[], number>;
}

/** Every place a canary token leaked, as "where: form of token"; empty when none did. */
export function findLeaks(check: CanaryCheck): string[] {
  const sources: [string, string][] = Object.entries(check.texts);
  for (const [file, mtime] of snapshotFiles(check.dirs))
    if (check.before.get(file) !== mtime) {
      try {
        sources.push([`file ${file}`, readFileSync(file, "latin1")]);
      } catch {
        /* removed meanwhile */
      }
    }
  for (const [log, mark] of check.marks)
    for (const req of log.slice(mark)) {
      const body =
        req.body instanceof Uint8Array ? Buffer.from(req.body).toString("latin1") : typeof req.body === "string" ? req.body : JSON.stringify(req.body ?? "");
      sources.push([`request body of ${req.method} ${req.path}`, body]);
    }
  const leaks: string[] = [];
  for (const token of check.tokens) {
    const secret = secretPart(token);
    if (secret.length < 8) continue;
    for (const [formName, form] of leakForms(secret))
      for (const [where, text] of sources) if (text.includes(form)) leaks.push(`${where}: ${formName} form of ${token.slice(0, 8)}...`);
  }
  return leaks;
}

/** Removes the lines the runner consumes to register secrets (`::add-mask::`), which never show. */
export function withoutMaskCommands(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}
