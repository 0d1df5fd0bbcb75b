/** The GitHub ports, one object per run. Commands see these interfaces, never the raw client. */
import { ApiActions } from "./actions.js";
import { ApiChecks } from "./checks.js";
import { GitHub, type GitHubClientOptions } from "./client.js";
import { ApiComments } from "./comments.js";
import { ApiContents } from "./contents.js";
import { ApiDeployments } from "./deployments.js";
import type { GitHubPorts } from "./ports.js";
import { ApiPulls } from "./pulls.js";
import { ApiReleases } from "./releases.js";
import { ApiRefs } from "./refs.js";
import { ApiRepository } from "./repository.js";

export { GitHubApiError, isAlreadyExists, isUncertain, type Permission } from "./client.js";
export { optionalWrite } from "./degrade.js";
export type * from "./ports.js";

/** Every port over one API client (retry, throttling, redaction, idempotent creates). */
export function createGitHubPorts(options: GitHubClientOptions): GitHubPorts {
  const client = new GitHub(options);
  return {
    releases: new ApiReleases(client),
    refs: new ApiRefs(client),
    comments: new ApiComments(client),
    contents: new ApiContents(client),
    checks: new ApiChecks(client),
    deployments: new ApiDeployments(client),
    actions: new ApiActions(client),
    pulls: new ApiPulls(client),
    repository: new ApiRepository(client),
  };
}
