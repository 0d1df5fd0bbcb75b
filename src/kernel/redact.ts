/**
 * Secret redaction for everything Shipline writes: logs, errors, outputs, summaries and comments.
 *
 * The runner masks registered secrets in its log, but not in files we write (GITHUB_OUTPUT, the step
 * summary, a PR comment) nor in a CLI's terminal. So every write goes through a {@link Redactor}.
 *
 * A secret is masked in every form our own renderers and transports can turn it into, because the
 * redactor often sees text after it was rendered: a test's failure message that printed
 * `GITHUB_TOKEN=ghs_x` reaches the summary as `ghs\_x` (markdown escaping), a comment body reaches the
 * API JSON-escaped, a URL query percent-encoded. The forms are derived with the project's own escape
 * functions, so a change there cannot silently reopen the leak. Base64 is masked at every byte
 * alignment (the secret inside a longer encoded text, e.g. a Basic auth header). Any `user:password@`
 * userinfo in a URL is masked whatever its value (semantic-release leaked an authenticated remote
 * URL in an error message: semantic-release#4283).
 */
import { escapeHtml, escapeMarkdown } from "./markdown.js";

const MASK = "***";
/** Shorter values would mask ordinary words; the runner uses the same idea. */
const MIN_SECRET_LENGTH = 4;
/** Unaligned base64 is a middle slice of the encoding; below this it would match ordinary text. */
const MIN_BASE64_SLICE = 8;

/** The escapings of `text` our renderers and transports produce, raw first. */
function escapings(text: string): string[] {
  const md = escapeMarkdown(text);
  const html = escapeHtml(text);
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  return [text, md, html, json(text), json(md), json(html), encodeURIComponent(text), encodeURI(text), new URLSearchParams({ v: text }).toString().slice(2)];
}

/**
 * Base64 of `text` at each of the three byte alignments it can have inside a longer encoded text.
 * For alignment k > 0 the first group (which mixes in the preceding bytes) is dropped; the last group
 * is always dropped when it could mix in the following bytes.
 */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text);
  const out = [bytes.toString("base64"), Buffer.from(`x-access-token:${text}`).toString("base64")];
  for (let k = 0; k < 3; k++) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    const start = k === 0 ? 0 : 4;
    const end = (k + bytes.length) % 3 === 0 ? enc.length : Math.floor((k + bytes.length) / 3) * 4;
    const slice = enc.slice(start, end);
    if (slice.length >= MIN_BASE64_SLICE) out.push(slice);
    // base64url is what JWTs (the OIDC request token) use.
    if (slice.length >= MIN_BASE64_SLICE) out.push(slice.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return out;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  /** Registers a secret. Values shorter than 4 characters are ignored. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH) return;
    const forms = [...escapings(secret), ...base64Forms(secret)];
    // A multi-line secret (a key file) is also masked line by line: renderers fold or split lines.
    for (const line of secret.split(/\r?\n/)) if (line !== secret && line.trim().length >= MIN_SECRET_LENGTH) forms.push(...escapings(line));
    for (const s of forms) if (s.length >= MIN_SECRET_LENGTH) this.secrets.add(s);
    // Longest first, so a secret that contains another is masked whole.
    const sorted = [...this.secrets].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(sorted.map(escapeRegExp).join("|"), "g");
  }

  /** True when at least one secret is registered. */
  get size(): number {
    return this.secrets.size;
  }

  /** Returns `text` with every registered secret and every URL userinfo replaced by `***`. */
  redact(text: string): string {
    let out = this.pattern ? text.replace(this.pattern, MASK) : text;
    // Cheap guard: most text (commit tables, JSON reports) has no URL with userinfo at all.
    if (!out.includes("@") || !out.includes("://")) return out;
    out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(:[^\s/@]*)?@/gi, (_m, scheme: string, user: string, pass?: string) =>
      pass ? `${scheme}${user}:${MASK}@` : `${scheme}${MASK}@`,
    );
    return out;
  }

  /** Redacts every string inside a JSON-like value (objects, arrays), keys included. */
  redactValue<T>(value: T): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v)) as T;
    if (value && typeof value === "object" && !(value instanceof Uint8Array)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.redact(k)] = this.redactValue(v);
      return out as T;
    }
    return value;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
