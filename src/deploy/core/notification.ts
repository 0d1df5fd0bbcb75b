/**
 * Slack-compatible webhook messages for a rollout's start, promotion and rollback. Pure. The body is
 * the legacy incoming-webhook shape (`text` plus one coloured attachment), which Slack, Mattermost,
 * Rocket.Chat and Discord's `/slack` endpoints all accept.
 */

export type NotificationEvent = "start" | "promote" | "rollback" | "failed" | "waiting";

/** Severity per event: a rollback is critical, since users saw the bad version. */
export const SEVERITY: Record<NotificationEvent, "info" | "warning" | "critical"> = {
  start: "info",
  promote: "info",
  waiting: "info",
  failed: "critical",
  rollback: "critical",
};

const COLOR = { info: "#2eb886", warning: "#daa038", critical: "#a30200" } as const;

export interface NotificationFacts {
  event: NotificationEvent;
  environment: string;
  version: string;
  /** Why, in one line (the rollout's reason). */
  reason: string;
  /** Link to the run, when known. */
  runUrl?: string | undefined;
}

/** Escapes Slack's three control characters (`&`, `<`, `>`), so no text becomes a link or mention. */
function slackEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The JSON body for the webhook. */
export function renderNotification(f: NotificationFacts): { text: string; attachments: { color: string; text: string }[] } {
  const severity = SEVERITY[f.event];
  const what = { start: "started", promote: "promoted", rollback: "rolled back", failed: "failed", waiting: "is waiting for the next run" }[f.event];
  const head = `[${severity}] Rollout of ${slackEscape(f.version || "a new version")} to ${slackEscape(f.environment)} ${what}`;
  const link = f.runUrl ? ` (<${f.runUrl}|run>)` : "";
  return { text: `${head}${link}`, attachments: [{ color: COLOR[severity], text: slackEscape(f.reason) }] };
}
