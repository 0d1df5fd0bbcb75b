/**
 * Fork pull requests run with a read-only token. Writes that only add convenience (a PR comment, a
 * check run) must then degrade to the job summary with a warning, never fail the step (codeql-action
 * does the same and names the fork case).
 */
import type { RunContext } from "../context.js";
import type { Logger } from "../runtime.js";
import { GitHubApiError } from "./client.js";

/**
 * Runs an optional write. On 403 (or 404 from a token that cannot see the repository) it logs one
 * warning naming what was skipped and the permission, and returns undefined; other errors propagate.
 */
export async function optionalWrite<T>(log: Logger, context: Pick<RunContext, "isFork">, what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 403 || (e.status === 404 && context.isFork))) {
      const why = context.isFork
        ? "the pull request comes from a fork, so the workflow token is read-only"
        : `the token was refused (${e.message.replace(/\.$/, "")})`;
      log.warning(`Skipped ${what}: ${why}. The job summary has the full report. ${e.hint ?? ""}`.trim());
      return undefined;
    }
    throw e;
  }
}
