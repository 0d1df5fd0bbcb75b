/** Posts rollout notifications to a Slack-compatible webhook; a failure to notify only warns. */
import type { Logger } from "../kernel/runtime.js";
import { type NotificationFacts, renderNotification } from "./core/notification.js";

export async function publishNotification(url: string | undefined, facts: NotificationFacts, log: Logger): Promise<void> {
  if (!url) return;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(renderNotification(facts)),
      signal: AbortSignal.timeout(5000),
    });
    await res.arrayBuffer();
    if (!res.ok) log.warning(`The notification webhook answered HTTP ${res.status} for the ${facts.event} message; the rollout goes on.`);
  } catch (e) {
    log.warning(`The notification webhook could not be reached for the ${facts.event} message (${(e as Error).message}); the rollout goes on.`);
  }
}
