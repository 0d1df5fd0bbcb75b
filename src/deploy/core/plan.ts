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

export interface Plan {
  strategy: "canary" | "blue-green";
  stages: Stage[];
  checkIntervalMs: number;
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

/** The dry-run plan: every stage, its weights and bake, and the total against the job limit. */
export function renderPlan(plan: Plan, names: { stable: string; canary: string }): string {
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
  if (total > JOB_LIMIT_MS)
    lines.push("", `> [!WARNING]\n> The plan needs longer than GitHub's 6-hour job limit: end the job at a stage boundary and resume it from a later run.`);
  return `${lines.join("\n")}\n`;
}

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** A freeze like `fri 15:00 - mon 08:00` (weekly, in the given time zone). */
export interface Freeze {
  from: { day: number; minutes: number };
  to: { day: number; minutes: number };
  text: string;
}

/** Parses freezes, `;`-separated. Returns problems naming each bad one. */
export function parseFreezes(text: string): { freezes: Freeze[] } | { problems: string[] } {
  const freezes: Freeze[] = [];
  const problems: string[] = [];
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})\s*-\s*([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})$/i.exec(part);
    const fromDay = m ? DAYS.indexOf((m[1] as string).toLowerCase()) : -1;
    const toDay = m ? DAYS.indexOf((m[4] as string).toLowerCase()) : -1;
    if (!m || fromDay < 0 || toDay < 0 || Number(m[2]) > 23 || Number(m[5]) > 23) {
      problems.push(`"${part}" is not a weekly freeze like "fri 15:00 - mon 08:00"`);
      continue;
    }
    freezes.push({
      from: { day: fromDay, minutes: Number(m[2]) * 60 + Number(m[3]) },
      to: { day: toDay, minutes: Number(m[5]) * 60 + Number(m[6]) },
      text: part,
    });
  }
  return problems.length > 0 ? { problems } : { freezes };
}

/** Day of week and minutes since midnight of `now` in `timeZone` (Intl; no I/O). */
export function weekTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: DAYS.indexOf(get("weekday").toLowerCase().slice(0, 3)), minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

/** The freeze `now` falls in, if any, and how long until it ends (ms). */
export function activeFreeze(now: Date, timeZone: string, freezes: readonly Freeze[]): { freeze: Freeze; opensInMs: number } | undefined {
  const t = weekTime(now, timeZone);
  const week = 7 * 1440;
  const at = t.day * 1440 + t.minutes;
  for (const f of freezes) {
    const from = f.from.day * 1440 + f.from.minutes;
    let to = f.to.day * 1440 + f.to.minutes;
    if (to <= from) to += week;
    const inside = (at >= from && at < to) || (at + week >= from && at + week < to);
    if (inside) {
      const now2 = at >= from ? at : at + week;
      return { freeze: f, opensInMs: (to - now2) * 60_000 };
    }
  }
  return undefined;
}
