/**
 * Rollout plans: stages from the shorthand `10%:5m, 50%:10m, 100%`, canary or blue-green, the time a
 * plan needs against GitHub's 6-hour job limit, and deployment windows and freezes. Pure.
 */
import { formatMs, parseDuration } from "../../kernel/inputs.js";

export interface Stage {
  /** Percent of traffic on the new version (0..100). */
  weight: number;
  /** How long to watch the gates at this weight before going on (ms). */
  bakeMs: number;
  /** This stage's time between checks (ms), from a plan file; absent = the plan's `checkIntervalMs`. */
  checkIntervalMs?: number;
}

/** The gates whose thresholds a plan file may set one by one. */
export type GateName = "http" | "haproxy-stats" | "loadtest" | "prometheus";

/** Thresholds a plan file sets for every gate (`thresholds:`) or for one (`gates.<name>:`). */
export interface ThresholdOverrides {
  /** Largest error share (0.001 = 0.1 %). */
  errorRateMax?: number;
  p95MaxMs?: number;
  /** Percent. */
  availabilityMin?: number;
  minRequests?: number;
  failureLimit?: number;
  consecutiveErrorLimit?: number;
}

/** Per-gate settings from a plan file: thresholds, plus the probe's expectations and Prometheus' comparison. */
export interface GateOverrides extends ThresholdOverrides {
  /** http: the status every answer must have (default: any below 500). */
  expectStatus?: number;
  /** http: text every answer's body must contain. */
  bodyMatch?: string;
  /** prometheus: the comparison, e.g. "< 0.01". */
  threshold?: string;
}

export interface Plan {
  strategy: "canary" | "blue-green";
  stages: Stage[];
  checkIntervalMs: number;
  /** From a plan file's `thresholds:`: over the inputs, for every gate. */
  thresholds?: ThresholdOverrides;
  /** From a plan file's `gates:`: over `thresholds`, for one gate. */
  gates?: Partial<Record<GateName, GateOverrides>>;
}

/** GitHub kills a job after 6 hours; a plan that needs longer must end and resume. */
export const JOB_LIMIT_MS = 6 * 3_600_000;

/**
 * Parses `10%:5m, 50%:10m, 100%`. Weights must rise and end at 100 %; a stage without a bake time
 * bakes 0 (the last stage usually). Returns problems instead of throwing, each naming the stage.
 */
export function parseStages(text: string): { stages: Stage[] } | { problems: string[] } {
  const problems: string[] = [];
  const stages: Stage[] = [];
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { problems: ["no stages: write them like 10%:5m, 50%:10m, 100%"] };
  parts.forEach((part, i) => {
    const m = /^(\d+(?:\.\d+)?)%(?::(.+))?$/.exec(part);
    if (!m) {
      problems.push(`stage ${i + 1} "${part}" is not weight%:bake like 10%:5m`);
      return;
    }
    const weight = Number(m[1]);
    let bakeMs = 0;
    if (m[2]) {
      try {
        bakeMs = parseDuration("stages", m[2]);
      } catch {
        problems.push(`stage ${i + 1} "${part}" has a bake time that is not a duration like 90s, 5m or 1h`);
        return;
      }
    }
    if (weight > 100) problems.push(`stage ${i + 1} "${part}" sends more than 100% of the traffic`);
    const prev = stages.at(-1);
    if (prev && weight <= prev.weight) problems.push(`stage ${i + 1} "${part}" does not raise the weight above ${prev.weight}%`);
    stages.push({ weight, bakeMs });
  });
  if (problems.length === 0 && stages.at(-1)?.weight !== 100)
    problems.push(`the last stage must be 100% so the rollout completes; got ${stages.at(-1)?.weight}%`);
  return problems.length > 0 ? { problems } : { stages };
}

/** Blue-green: checks on green at 0 % (preview), then the switch to 100 % and its bake. */
export function blueGreenStages(previewMs: number, bakeMs: number): Stage[] {
  return [
    { weight: 0, bakeMs: previewMs },
    { weight: 100, bakeMs },
  ];
}

/** Total bake time of a plan. */
export function planDurationMs(plan: Plan): number {
  return plan.stages.reduce((n, s) => n + s.bakeMs, 0);
}

/**
 * How a plan splits into jobs under a job budget, as the rollout does it: a stage that would not fit
 * in what is left of the job starts the next job (a `mode: resume` run) when it fits in a whole one;
 * a stage longer than a whole job bakes across jobs (each job watches part of it). Returns the
 * 0-based stage indexes each job works on.
 */
export function planJobs(plan: Plan, budgetMs: number): number[][] {
  const jobs: number[][] = [[]];
  let used = 0;
  for (const [i, s] of plan.stages.entries()) {
    if ((jobs.at(-1) as number[]).length > 0 && used + s.bakeMs > budgetMs && s.bakeMs <= budgetMs) {
      jobs.push([]);
      used = 0;
    }
    (jobs.at(-1) as number[]).push(i);
    let remaining = s.bakeMs;
    while (used + remaining > budgetMs) {
      remaining -= budgetMs - used;
      jobs.push([i]);
      used = 0;
    }
    used += remaining;
  }
  return jobs;
}

/**
 * The dry-run plan: every stage, its weights and bake, and the total against the job limit; with a
 * `jobBudgetMs`, how the stages split into jobs when the plan does not fit in one.
 */
export function renderPlan(plan: Plan, names: { stable: string; canary: string }, jobBudgetMs?: number): string {
  const lines = [
    `### Rollout plan (${plan.strategy})`,
    "",
    `| stage | ${names.canary} (new) | ${names.stable} (stable) | bake |`,
    "| ---: | ---: | ---: | ---: |",
  ];
  for (const [i, s] of plan.stages.entries()) {
    const every = s.checkIntervalMs === undefined ? "" : ` (checks every ${formatMs(s.checkIntervalMs)})`;
    lines.push(`| ${i + 1} | ${s.weight}% | ${100 - s.weight}% | ${formatMs(s.bakeMs)}${every} |`);
  }
  const total = planDurationMs(plan);
  lines.push("", `Checks every ${formatMs(plan.checkIntervalMs)}; total bake ${formatMs(total)}.`);
  const jobs = jobBudgetMs === undefined ? [] : planJobs(plan, jobBudgetMs);
  if (jobs.length > 1) {
    const which = (j: number[]) => (j.length === 1 ? `stage ${(j[0] as number) + 1}` : `stages ${(j[0] as number) + 1}–${(j.at(-1) as number) + 1}`);
    // A stage longer than one job bakes across jobs: say so.
    lines.push(
      "",
      `> [!NOTE]\n> The plan needs ${jobs.length} jobs under the ${formatMs(jobBudgetMs as number)} job budget: ${jobs
        .map((j, n) => `job ${n + 1} ${which(j)}`)
        .join(
          ", ",
        )}. Each job ends with conclusion waiting, at a stage boundary or, for a stage longer than a job, mid-bake; a run with mode: resume continues it (the time between the jobs counts towards the bake).`,
    );
  } else if (total > JOB_LIMIT_MS)
    lines.push("", `> [!WARNING]\n> The plan needs longer than GitHub's 6-hour job limit: end the job at a stage boundary and resume it from a later run.`);
  return `${lines.join("\n")}\n`;
}

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const WEEK_MIN = 7 * 1440;

/**
 * A weekly time range in a time zone, as minutes since Sunday 00:00 (`to` may pass the week's end:
 * `fri 15:00 - mon 08:00` is 7140..9120). Written either as one range, `fri 15:00 - mon 08:00`, or
 * as days with a daily time span, `mon-thu 09:00-16:00` / `sat,sun 00:00-24:00` / `daily 22:00-06:00`
 * (one range per day; a span whose end is before its start runs past midnight).
 */
export interface WeeklyRange {
  fromMin: number;
  toMin: number;
  /** The text it came from, for messages. */
  text: string;
}

const dayIndex = (d: string) => DAYS.indexOf(d.toLowerCase().slice(0, 3));
const clock = (h: string, m: string) => (Number(h) <= 24 && Number(m) <= 59 && (Number(h) < 24 || Number(m) === 0) ? Number(h) * 60 + Number(m) : -1);

function parseDays(text: string): number[] | undefined {
  const t = text.toLowerCase();
  if (t === "daily" || t === "every day" || t === "mon-sun") return [0, 1, 2, 3, 4, 5, 6];
  if (t === "weekdays") return [1, 2, 3, 4, 5];
  if (t === "weekends") return [6, 0];
  const days: number[] = [];
  for (const part of t.split(",").map((p) => p.trim())) {
    const r = /^([a-z]{3})[a-z]*(?:\s*-\s*([a-z]{3})[a-z]*)?$/.exec(part);
    if (!r) return undefined;
    const a = dayIndex(r[1] as string);
    const b = r[2] ? dayIndex(r[2]) : a;
    if (a < 0 || b < 0) return undefined;
    for (let d = a; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === b) break;
    }
  }
  return days;
}

/** Parses weekly ranges, `;`-separated. `what` names them in problems ("freeze", "window"). */
export function parseWeeklyRanges(text: string, what = "range"): { ranges: WeeklyRange[] } | { problems: string[] } {
  const ranges: WeeklyRange[] = [];
  const problems: string[] = [];
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const one = /^([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})\s*-\s*([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})$/i.exec(part);
    if (one) {
      const [fd, td] = [dayIndex(one[1] as string), dayIndex(one[4] as string)];
      const [fm, tm] = [clock(one[2] as string, one[3] as string), clock(one[5] as string, one[6] as string)];
      if (fd >= 0 && td >= 0 && fm >= 0 && tm >= 0) {
        const from = fd * 1440 + fm;
        let to = td * 1440 + tm;
        if (to <= from) to += WEEK_MIN;
        ranges.push({ fromMin: from, toMin: to, text: part });
        continue;
      }
    }
    const daily = /^(.+?)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/i.exec(part);
    const days = daily ? parseDays((daily[1] as string).trim()) : undefined;
    if (daily && days) {
      const [fm, tm] = [clock(daily[2] as string, daily[3] as string), clock(daily[4] as string, daily[5] as string)];
      if (fm >= 0 && tm >= 0 && fm !== tm) {
        for (const d of days) ranges.push({ fromMin: d * 1440 + fm, toMin: d * 1440 + (tm > fm ? tm : tm + 1440), text: part });
        continue;
      }
    }
    problems.push(`"${part}" is not a weekly ${what} like "fri 15:00 - mon 08:00" or "mon-thu 09:00-16:00"`);
  }
  return problems.length > 0 ? { problems } : { ranges };
}

/** Parses freezes, `;`-separated (kept for callers; see {@link parseWeeklyRanges}). */
export function parseFreezes(text: string): { freezes: WeeklyRange[] } | { problems: string[] } {
  const r = parseWeeklyRanges(text, "freeze");
  return "problems" in r ? r : { freezes: r.ranges };
}

/** Day of week and minutes since midnight of `now` in `timeZone` (Intl; no I/O). */
export function weekTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: DAYS.indexOf(get("weekday").toLowerCase().slice(0, 3)), minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

const weekMinute = (now: Date, tz: string) => {
  const t = weekTime(now, tz);
  return t.day * 1440 + t.minutes;
};

function inside(at: number, r: WeeklyRange): boolean {
  return (at >= r.fromMin && at < r.toMin) || (at + WEEK_MIN >= r.fromMin && at + WEEK_MIN < r.toMin);
}

/**
 * Whether a rollout may start at `now`: not inside any freeze and, when windows are given, inside one
 * of them. When it may not, says why and when it may: the first minute, within two weeks, that is in
 * a window and outside every freeze, as an instant (daylight-saving changes in `timeZone` included).
 */
export function evaluateDeployTime(
  now: Date,
  timeZone: string,
  freezes: readonly WeeklyRange[],
  windows: readonly WeeklyRange[] = [],
): { allowed: true } | { allowed: false; because: { kind: "freeze" | "window"; text: string }; opensAt: Date | undefined } {
  const ok = (at: number) => !freezes.some((f) => inside(at, f)) && (windows.length === 0 || windows.some((w) => inside(at, w)));
  const at = weekMinute(now, timeZone);
  if (ok(at)) return { allowed: true };
  const freeze = freezes.find((f) => inside(at, f));
  const because = freeze
    ? { kind: "freeze" as const, text: freeze.text }
    : { kind: "window" as const, text: [...new Set(windows.map((w) => w.text))].join("; ") };
  const startOfMinute = now.getTime() - (now.getTime() % 60_000);
  for (let d = 1; d <= 2 * WEEK_MIN; d++) {
    const target = (at + d) % WEEK_MIN;
    if (!ok(target)) continue;
    // Wall-clock minutes are not always real minutes (DST): move the guess until its local time is the target.
    let guess = startOfMinute + d * 60_000;
    for (let i = 0; i < 3; i++) {
      let off = target - weekMinute(new Date(guess), timeZone);
      if (off > WEEK_MIN / 2) off -= WEEK_MIN;
      if (off < -WEEK_MIN / 2) off += WEEK_MIN;
      if (off === 0) break;
      guess += off * 60_000;
    }
    // A local time that does not exist (skipped by DST) lands on the first minute after the gap.
    if (guess <= now.getTime()) guess = startOfMinute + d * 60_000;
    return { allowed: false, because, opensAt: new Date(guess) };
  }
  return { allowed: false, because, opensAt: undefined };
}

/** The freeze `now` falls in, if any, and how long until it ends (ms). */
export function activeFreeze(now: Date, timeZone: string, freezes: readonly WeeklyRange[]): { freeze: WeeklyRange; opensInMs: number } | undefined {
  const r = evaluateDeployTime(now, timeZone, freezes);
  if (r.allowed) return undefined;
  const freeze = freezes.find((f) => f.text === r.because.text) as WeeklyRange;
  return { freeze, opensInMs: (r.opensAt?.getTime() ?? now.getTime()) - now.getTime() };
}

/** `Mon 2024-06-10 08:00 Europe/Berlin` for an instant (for messages). */
export function formatLocal(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("weekday")} ${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")} ${timeZone}`;
}

/**
 * Checks freeze and window (undefined: neither is set) at `now`: undefined when a rollout may start,
 * else why not and when the window opens, in words for the summary and the reason output.
 */
export function explainRefusal(
  time: { timezone: string; freeze: readonly WeeklyRange[]; window: readonly WeeklyRange[] } | undefined,
  now: Date,
): string | undefined {
  if (!time) return undefined;
  const verdict = evaluateDeployTime(now, time.timezone, time.freeze, time.window);
  if (verdict.allowed) return undefined;
  const why =
    verdict.because.kind === "freeze"
      ? `Deployments are frozen now ("${verdict.because.text}", ${time.timezone})`
      : `Now (${formatLocal(now, time.timezone)}) is outside the deployment window ("${verdict.because.text}")`;
  if (!verdict.opensAt) return `${why}, and no window opens in the next two weeks: check "freeze" and "window".`;
  return `${why}; the window opens ${formatLocal(verdict.opensAt, time.timezone)} (${verdict.opensAt.toISOString()}, in ${formatMs(verdict.opensAt.getTime() - now.getTime())}). Nothing was changed`;
}
