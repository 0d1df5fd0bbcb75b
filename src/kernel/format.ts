/**
 * One way to print each kind of number, shared by every screen (summaries, comments, the terminal):
 * a figure that appears twice must read the same both times. Pure.
 */

/** `1 test`, `2 tests`; `plural` defaults to `singular + "s"`. Counts use thousands separators. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}

/** An integer with thousands separators: `12,345`. */
export function formatInteger(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/**
 * A duration in milliseconds for people: `0.84 ms`, `7.6 ms`, `340 ms`, `3.41 s`, `2 min 5 s`, `1 h 2 min`.
 * At most two decimals below 10 ms and 10 s, one below a minute, whole units elsewhere; trailing zeros dropped.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 10) return `${Number(ms.toFixed(2))} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 10) return `${Number(s.toFixed(2))} s`;
  if (s < 60) return `${Number(s.toFixed(1))} s`;
  const totalS = Math.round(s);
  if (totalS < 3600) return `${Math.floor(totalS / 60)} min${totalS % 60 ? ` ${totalS % 60} s` : ""}`;
  const totalMin = Math.round(totalS / 60);
  return `${Math.floor(totalMin / 60)} h${totalMin % 60 ? ` ${totalMin % 60} min` : ""}`;
}

/**
 * A percentage from a value already in percent (`12.5` → `12.5%`): at most two decimals, trailing
 * zeros dropped (`0.1%`, `1.67%`, `79.96%`, `100%`). Never rounded to fewer decimals: 79.96 % must
 * not print as the 80 % it fails.
 */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return "n/a";
  return `${Number(percent.toFixed(2))}%`;
}
