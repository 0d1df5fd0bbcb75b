/**
 * Secret redaction for everything Shipline writes: logs, errors, outputs, summaries and comments.
 *
 * The runner masks registered secrets in its log, but not in files we write (GITHUB_OUTPUT, the step
 * summary, a PR comment) nor in a CLI's terminal. So every write goes through a {@link Redactor}.
 * Each secret is also masked in its URL-encoded and base64 forms, and any `user:password@` userinfo
 * in a URL is masked whatever its value (semantic-release leaked an authenticated remote URL in an
 * error message: semantic-release#4283).
 */

const MASK = "***";
/** Shorter values would mask ordinary words; the runner uses the same idea. */
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  /** Registers a secret. Values shorter than 4 characters are ignored. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH) return;
    const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64"), Buffer.from(`x-access-token:${secret}`).toString("base64")];
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
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
