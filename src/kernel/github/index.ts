/** The GitHub ports, one object per run. */
import { GitHub, type GitHubClientOptions } from "./client.js";
import { Actions } from "./actions.js";
import { Checks } from "./checks.js";
import { Comments } from "./comments.js";
import { Contents } from "./contents.js";
import { Deployments } from "./deployments.js";
import { Pulls } from "./pulls.js";
import { Refs } from "./refs.js";
import { Releases } from "./releases.js";

export { GitHub, GitHubApiError, isAlreadyExists, type Permission } from "./client.js";
export { optionalWrite } from "./degrade.js";

/** Every port over one client. Create with {@link createGitHubPorts}. */
export interface GitHubPorts {
  client: GitHub;
  releases: Releases;
  refs: Refs;
  comments: Comments;
  contents: Contents;
  checks: Checks;
  deployments: Deployments;
  actions: Actions;
  pulls: Pulls;
}

export function createGitHubPorts(options: GitHubClientOptions): GitHubPorts {
  const client = new GitHub(options);
  return {
    client,
    releases: new Releases(client),
    refs: new Refs(client),
    comments: new Comments(client),
    contents: new Contents(client),
    checks: new Checks(client),
    deployments: new Deployments(client),
    actions: new Actions(client),
    pulls: new Pulls(client),
  };
}
