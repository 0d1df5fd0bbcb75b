/**
 * Builders of complete GitHub objects, typed with GitHub's OpenAPI types so a missing required field
 * is a compile error, and Prism (which validates every response against the same description) never
 * has to tell us at run time.
 */
import type { components } from "@octokit/openapi-types";
import type {
  Artifact,
  CheckRun,
  Commit,
  CommitComparison,
  Deployment,
  DeploymentStatus,
  DiffEntry,
  GitCommit,
  GitRef,
  GitTag,
  GitTree,
  IssueComment,
  PullRequest,
  Release,
  ReleaseAsset,
  WorkflowRun,
} from "../../../src/kernel/github/types.js";

export type {
  Artifact,
  CheckRun,
  Commit,
  CommitComparison,
  Deployment,
  DeploymentStatus,
  DiffEntry,
  GitCommit,
  GitRef,
  GitTag,
  GitTree,
  IssueComment,
  PullRequest,
  Release,
  ReleaseAsset,
  WorkflowRun,
};
type S = components["schemas"];
export type User = S["simple-user"];
export type MinimalRepository = S["minimal-repository"];

export const WEB = "https://github.com";
export const API = "https://api.github.com";

let nextId = 1000;
/** A process-wide increasing id, like GitHub's. */
export function newId(): number {
  return nextId++;
}

/** Base64 node id, shaped like GitHub's. */
export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString("base64");
}

export function user(login: string, id = 1): User {
  const u = `${API}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId("User", id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: "",
    url: u,
    html_url: `${WEB}/${encodeURIComponent(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: login.endsWith("[bot]") ? "Bot" : "User",
    site_admin: false,
  };
}

export const BOT = user("github-actions[bot]", 41898282);

/** GET /user for a user token (a public-user view: GitHub's `user_view_type: public`). */
export function publicUser(login: string, id: number): S["public-user"] {
  return {
    ...user(login, id),
    user_view_type: "public",
    bio: null,
    blog: null,
    company: null,
    email: null,
    followers: 0,
    following: 0,
    hireable: null,
    location: null,
    name: login,
    public_gists: 0,
    public_repos: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2020-01-01T00:00:00Z",
  };
}

export function minimalRepository(owner: string, repo: string, id = 1): MinimalRepository {
  const u = `${API}/repos/${owner}/${repo}`;
  return {
    id,
    node_id: nodeId("Repository", id),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: user(owner, 2),
    private: false,
    html_url: `${WEB}/${owner}/${repo}`,
    description: null,
    fork: false,
    url: u,
    archive_url: `${u}/{archive_format}{/ref}`,
    assignees_url: `${u}/assignees{/user}`,
    blobs_url: `${u}/git/blobs{/sha}`,
    branches_url: `${u}/branches{/branch}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    comments_url: `${u}/comments{/number}`,
    commits_url: `${u}/commits{/sha}`,
    compare_url: `${u}/compare/{base}...{head}`,
    contents_url: `${u}/contents/{+path}`,
    contributors_url: `${u}/contributors`,
    deployments_url: `${u}/deployments`,
    downloads_url: `${u}/downloads`,
    events_url: `${u}/events`,
    forks_url: `${u}/forks`,
    git_commits_url: `${u}/git/commits{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    hooks_url: `${u}/hooks`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    issue_events_url: `${u}/issues/events{/number}`,
    issues_url: `${u}/issues{/number}`,
    keys_url: `${u}/keys{/key_id}`,
    labels_url: `${u}/labels{/name}`,
    languages_url: `${u}/languages`,
    merges_url: `${u}/merges`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    pulls_url: `${u}/pulls{/number}`,
    releases_url: `${u}/releases{/id}`,
    stargazers_url: `${u}/stargazers`,
    statuses_url: `${u}/statuses/{sha}`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    tags_url: `${u}/tags`,
    teams_url: `${u}/teams`,
    trees_url: `${u}/git/trees{/sha}`,
  };
}

export function release(
  owner: string,
  repo: string,
  id: number,
  uploadsBase: string,
  f: {
    tag_name: string;
    target_commitish: string;
    name: string | null;
    body: string | null;
    draft: boolean;
    prerelease: boolean;
    created_at: string;
    published_at: string | null;
    assets: ReleaseAsset[];
  },
): Release {
  const u = `${API}/repos/${owner}/${repo}/releases/${id}`;
  return {
    url: u,
    html_url: `${WEB}/${owner}/${repo}/releases/tag/${encodeURIComponent(f.tag_name)}`,
    assets_url: `${u}/assets`,
    // github.com answers with https://uploads.github.com/...; the fake points at itself.
    upload_url: `${uploadsBase}/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
    tarball_url: `${API}/repos/${owner}/${repo}/tarball/${f.tag_name}`,
    zipball_url: `${API}/repos/${owner}/${repo}/zipball/${f.tag_name}`,
    id,
    node_id: nodeId("Release", id),
    tag_name: f.tag_name,
    target_commitish: f.target_commitish,
    name: f.name,
    body: f.body,
    draft: f.draft,
    prerelease: f.prerelease,
    created_at: f.created_at,
    published_at: f.published_at,
    author: BOT,
    assets: f.assets,
  };
}

export function releaseAsset(
  owner: string,
  repo: string,
  id: number,
  name: string,
  size: number,
  contentType: string,
  digest: string,
  at: string,
): ReleaseAsset {
  return {
    url: `${API}/repos/${owner}/${repo}/releases/assets/${id}`,
    browser_download_url: `${WEB}/${owner}/${repo}/releases/download/x/${encodeURIComponent(name)}`,
    id,
    node_id: nodeId("ReleaseAsset", id),
    name,
    label: null,
    state: "uploaded",
    content_type: contentType,
    size,
    digest,
    download_count: 0,
    created_at: at,
    updated_at: at,
    uploader: BOT,
  };
}

export function gitRef(owner: string, repo: string, ref: string, sha: string, type: "commit" | "tag"): GitRef {
  return {
    ref,
    node_id: nodeId("Ref", ref),
    url: `${API}/repos/${owner}/${repo}/git/${ref}`,
    object: { type, sha, url: `${API}/repos/${owner}/${repo}/git/${type === "tag" ? "tags" : "commits"}/${sha}` },
  };
}

export function gitTag(owner: string, repo: string, sha: string, tag: string, message: string, objectSha: string, at: string): GitTag {
  return {
    node_id: nodeId("Tag", sha),
    tag,
    sha,
    url: `${API}/repos/${owner}/${repo}/git/tags/${sha}`,
    message,
    tagger: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com", date: at },
    object: { type: "commit", sha: objectSha, url: `${API}/repos/${owner}/${repo}/git/commits/${objectSha}` },
    verification: { verified: true, reason: "valid", signature: null, payload: null, verified_at: at },
  };
}

export function checkRun(
  owner: string,
  repo: string,
  id: number,
  f: {
    name: string;
    head_sha: string;
    status: CheckRun["status"];
    conclusion: CheckRun["conclusion"];
    output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
    started_at: string;
    completed_at: string | null;
    external_id: string | null;
    details_url: string | null;
  },
): CheckRun {
  return {
    id,
    node_id: nodeId("CheckRun", id),
    head_sha: f.head_sha,
    external_id: f.external_id,
    url: `${API}/repos/${owner}/${repo}/check-runs/${id}`,
    html_url: `${WEB}/${owner}/${repo}/runs/${id}`,
    details_url: f.details_url,
    status: f.status,
    conclusion: f.conclusion,
    started_at: f.started_at,
    completed_at: f.completed_at,
    output: { ...f.output, annotations_url: `${API}/repos/${owner}/${repo}/check-runs/${id}/annotations` },
    name: f.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}

export function issueComment(owner: string, repo: string, id: number, issueNumber: number, body: string, at: string, updatedAt = at): IssueComment {
  return {
    id,
    node_id: nodeId("IssueComment", id),
    url: `${API}/repos/${owner}/${repo}/issues/comments/${id}`,
    html_url: `${WEB}/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
    issue_url: `${API}/repos/${owner}/${repo}/issues/${issueNumber}`,
    body,
    user: BOT,
    created_at: at,
    updated_at: updatedAt,
    author_association: "NONE",
  };
}

export function deployment(
  owner: string,
  repo: string,
  id: number,
  f: {
    sha: string;
    ref: string;
    task: string;
    environment: string;
    payload: Record<string, unknown> | string;
    description: string | null;
    created_at: string;
    updated_at: string;
    transient_environment?: boolean;
    production_environment?: boolean;
  },
): Deployment {
  const u = `${API}/repos/${owner}/${repo}/deployments/${id}`;
  return {
    url: u,
    id,
    node_id: nodeId("Deployment", id),
    sha: f.sha,
    ref: f.ref,
    task: f.task,
    payload: f.payload,
    original_environment: f.environment,
    environment: f.environment,
    description: f.description,
    creator: BOT,
    created_at: f.created_at,
    updated_at: f.updated_at,
    statuses_url: `${u}/statuses`,
    repository_url: `${API}/repos/${owner}/${repo}`,
    transient_environment: f.transient_environment ?? false,
    production_environment: f.production_environment ?? false,
  };
}

export function deploymentStatus(
  owner: string,
  repo: string,
  deploymentId: number | bigint,
  id: number,
  f: { state: DeploymentStatus["state"]; description: string; environment: string; environment_url: string; log_url: string; created_at: string },
): DeploymentStatus {
  return {
    url: `${API}/repos/${owner}/${repo}/deployments/${deploymentId}/statuses/${id}`,
    id,
    node_id: nodeId("DeploymentStatus", id),
    state: f.state,
    creator: BOT,
    description: f.description,
    environment: f.environment,
    target_url: f.log_url || `${WEB}/${owner}/${repo}/deployments`,
    created_at: f.created_at,
    updated_at: f.created_at,
    deployment_url: `${API}/repos/${owner}/${repo}/deployments/${deploymentId}`,
    repository_url: `${API}/repos/${owner}/${repo}`,
    ...(f.environment_url ? { environment_url: f.environment_url } : {}),
    ...(f.log_url ? { log_url: f.log_url } : {}),
  };
}

export function workflowRun(
  owner: string,
  repo: string,
  id: number,
  f: {
    workflow_id: number;
    path: string;
    head_branch: string;
    head_sha: string;
    event: string;
    status: string;
    conclusion: string | null;
    run_number: number;
    created_at: string;
    updated_at: string;
    display_title: string;
  },
): WorkflowRun {
  const u = `${API}/repos/${owner}/${repo}/actions/runs/${id}`;
  const r = minimalRepository(owner, repo);
  return {
    id,
    name: f.path.split("/").pop() ?? f.path,
    node_id: nodeId("WorkflowRun", id),
    head_branch: f.head_branch,
    head_sha: f.head_sha,
    path: f.path,
    display_title: f.display_title,
    run_number: f.run_number,
    run_attempt: 1,
    event: f.event,
    status: f.status,
    conclusion: f.conclusion,
    workflow_id: f.workflow_id,
    url: u,
    html_url: `${WEB}/${owner}/${repo}/actions/runs/${id}`,
    pull_requests: [],
    created_at: f.created_at,
    updated_at: f.updated_at,
    run_started_at: f.created_at,
    jobs_url: `${u}/jobs`,
    logs_url: `${u}/logs`,
    check_suite_url: `${API}/repos/${owner}/${repo}/check-suites/1`,
    artifacts_url: `${u}/artifacts`,
    cancel_url: `${u}/cancel`,
    rerun_url: `${u}/rerun`,
    workflow_url: `${API}/repos/${owner}/${repo}/actions/workflows/${f.workflow_id}`,
    head_commit: null,
    repository: r,
    head_repository: r,
  };
}

export function artifact(
  owner: string,
  repo: string,
  id: number,
  downloadBase: string,
  f: {
    name: string;
    size_in_bytes: number;
    created_at: string;
    expires_at: string;
    workflow_run: { id: number; head_branch: string; head_sha: string; head_repository_id?: number };
  },
): Artifact {
  return {
    id,
    node_id: nodeId("Artifact", id),
    name: f.name,
    size_in_bytes: f.size_in_bytes,
    url: `${API}/repos/${owner}/${repo}/actions/artifacts/${id}`,
    // On github.com this is the API host. The fake points it at itself, not at Prism: Prism follows
    // the 302 to the blob itself and would then reject the zip as an invalid API response.
    archive_download_url: `${downloadBase}/repos/${owner}/${repo}/actions/artifacts/${id}/zip`,
    expired: false,
    created_at: f.created_at,
    expires_at: f.expires_at,
    updated_at: f.created_at,
    workflow_run: {
      id: f.workflow_run.id,
      repository_id: 1,
      head_repository_id: f.workflow_run.head_repository_id ?? 1,
      head_branch: f.workflow_run.head_branch,
      head_sha: f.workflow_run.head_sha,
    },
  };
}

export interface FakeCommit {
  sha: string;
  message: string;
  author: { name: string; email: string; login?: string };
  parents: string[];
  date: string;
  /** The commit's tree; defaults to git's empty tree. */
  tree?: string;
}

/** Git's empty tree: the sha every git (and GitHub) gives a tree with no entries. */
export const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

/** A git data API commit (GET/POST /git/commits), as opposed to the REST {@link commit}. */
export function gitCommit(owner: string, repo: string, c: FakeCommit): GitCommit {
  const tree = c.tree ?? EMPTY_TREE;
  const who = { name: c.author.name, email: c.author.email, date: c.date };
  return {
    sha: c.sha,
    node_id: nodeId("Commit", c.sha),
    url: `${API}/repos/${owner}/${repo}/git/commits/${c.sha}`,
    html_url: `${WEB}/${owner}/${repo}/commit/${c.sha}`,
    author: who,
    committer: who,
    tree: { sha: tree, url: `${API}/repos/${owner}/${repo}/git/trees/${tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: `${API}/repos/${owner}/${repo}/git/commits/${p}`, html_url: `${WEB}/${owner}/${repo}/commit/${p}` })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export type TreeEntry = GitTree["tree"][number];

export function gitTree(owner: string, repo: string, sha: string, entries: TreeEntry[]): GitTree {
  return { sha, url: `${API}/repos/${owner}/${repo}/git/trees/${sha}`, truncated: false, tree: entries };
}

export function commit(owner: string, repo: string, c: FakeCommit): Commit {
  const login = c.author.login;
  return {
    url: `${API}/repos/${owner}/${repo}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId("Commit", c.sha),
    html_url: `${WEB}/${owner}/${repo}/commit/${c.sha}`,
    comments_url: `${API}/repos/${owner}/${repo}/commits/${c.sha}/comments`,
    commit: {
      url: `${API}/repos/${owner}/${repo}/git/commits/${c.sha}`,
      author: { name: c.author.name, email: c.author.email, date: c.date },
      committer: { name: c.author.name, email: c.author.email, date: c.date },
      message: c.message,
      comment_count: 0,
      tree: { sha: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", url: `${API}/repos/${owner}/${repo}/git/trees/4b825dc642cb6eb9a060e54bf8d69288fbee4904` },
    },
    author: login ? user(login, 100 + login.length) : null,
    committer: login ? user(login, 100 + login.length) : null,
    parents: c.parents.map((p) => ({ sha: p, url: `${API}/repos/${owner}/${repo}/commits/${p}`, html_url: `${WEB}/${owner}/${repo}/commit/${p}` })),
  };
}

export function diffEntry(
  owner: string,
  repo: string,
  f: { filename: string; status: DiffEntry["status"]; additions: number; deletions: number; patch?: string; sha: string },
): DiffEntry {
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${WEB}/${owner}/${repo}/blob/${f.sha}/${f.filename}`,
    raw_url: `${WEB}/${owner}/${repo}/raw/${f.sha}/${f.filename}`,
    contents_url: `${API}/repos/${owner}/${repo}/contents/${f.filename}?ref=${f.sha}`,
    ...(f.patch === undefined ? {} : { patch: f.patch }),
  };
}
