/**
 * The weighted nginx upstream file the `nginx` provider owns: render it for a canary weight and read
 * the weight back from it. Pure. nginx has no weight 0 (1..n), so a server without traffic is marked
 * `down`, which keeps its line (and so the file stays readable) while sending it nothing.
 */

/** The two servers of a rollout, as nginx addresses (`127.0.0.1:8081`, `unix:/run/app.sock`). */
export interface UpstreamServers {
  /** The upstream block's name, e.g. `app` (used as `proxy_pass http://app`). */
  upstream: string;
  stable: string;
  canary: string;
}

/**
 * Renders the upstream block with `weight` percent (0..100) on the canary. Weights are the
 * percentages themselves; a side with 0 % is `down`.
 */
export function renderUpstream(s: UpstreamServers, weight: number): string {
  const line = (addr: string, w: number, role: string) => `  server ${addr} ${w === 0 ? "down" : `weight=${w}`}; # shipline:${role}`;
  return [
    "# Written by shipline deploy (provider: nginx). Edits are overwritten at the next stage.",
    `upstream ${s.upstream} {`,
    line(s.stable, 100 - weight, "stable"),
    line(s.canary, weight, "canary"),
    "}",
    "",
  ].join("\n");
}

/**
 * Reads the canary's percent from an upstream file written by {@link renderUpstream} or by hand
 * (`server ADDR weight=N;`, `server ADDR down;`, weight 1 when unset). Returns undefined when either
 * server is missing from the named upstream, or when both carry no traffic.
 */
export function parseUpstreamWeight(text: string, s: UpstreamServers): number | undefined {
  const block = new RegExp(`upstream\\s+${s.upstream.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\{([^}]*)\\}`).exec(text);
  if (!block) return undefined;
  const weights = new Map<string, number>();
  for (const stmt of (block[1] as string).split(";")) {
    const m = /^\s*(?:#[^\n]*\n\s*)*server\s+(\S+)(.*)$/s.exec(stmt);
    if (!m) continue;
    const params = (m[2] as string).replace(/#.*$/gm, "");
    const w = /\bweight=(\d+)/.exec(params);
    weights.set(m[1] as string, /\bdown\b/.test(params) ? 0 : w ? Number(w[1]) : 1);
  }
  const a = weights.get(s.stable);
  const b = weights.get(s.canary);
  if (a === undefined || b === undefined || a + b === 0) return undefined;
  return Math.round((b / (a + b)) * 100);
}
