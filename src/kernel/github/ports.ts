/**
 * The GitHub ports: every call a command makes to GitHub, as narrow interfaces. Commands receive a
 * {@link GitHubPorts} and never the raw client, so the rules every write must follow live in one
 * layer (./client.ts and the API implementations beside this file):
 *
 * - every request body passes the run's one redactor before it is sent (a token never reaches a
 *   check run, a comment, a release, a CHANGELOG commit, a deployment status or dispatch inputs);
 * - creates (POST) are never blindly retried: after a 5xx or a timeout the port looks the object up
 *   by its natural key (release by tag, ref by name, check run by name + head SHA + content key,
 *   comment by marker + own identity, asset by name) and creates it only when it is absent;
 * - the sticky comment is updated only when the token's own identity wrote it;
 * - a file commit is built from the branch's current content and retried on a SHA conflict.
 *
 * Tests can hand a command in-memory implementations of these interfaces; the API implementations
 * are tested against the GitHub fake behind Prism.
 */
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
} from "./types.js";

export interface ReleaseFields {
  tag_name: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  /**
   * Sent on create only, and only as asked when the release's version is the newest of its tag
   * prefix: an older version (a backport, a re-run for an old tag) is created with "false". Never
   * sent on update, so a re-run never moves "Latest".
   */
  make_latest?: "true" | "false" | "legacy";
}

export interface Releases {
  /**
   * The published release for `tag`, or a draft with that tag (drafts are invisible to the by-tag
   * endpoint, so the list is searched too), or undefined.
   */
  findByTag(tag: string): Promise<Release | undefined>;
  /** A release by id (with its `upload_url`). */
  get(releaseId: number): Promise<Release>;
  /** Creates a release; idempotent by tag (a lost answer is looked up, never created twice). */
  create(fields: ReleaseFields): Promise<Release>;
  /** Updates a release; `make_latest` is dropped (see {@link ReleaseFields.make_latest}). */
  update(releaseId: number, fields: Partial<ReleaseFields>): Promise<Release>;
  listAssets(releaseId: number): Promise<ReleaseAsset[]>;
  deleteAsset(assetId: number): Promise<void>;
  /** Uploads an asset; idempotent by name (a lost answer is looked up, never uploaded twice). */
  uploadAsset(release: Pick<Release, "id" | "upload_url">, name: string, data: Buffer): Promise<ReleaseAsset>;
  /**
   * Uploads `data` as asset `name`, replacing an asset of that name without ever losing it: the new
   * file is uploaded under a temporary name first, then the old one is deleted and the new one
   * renamed. A failed upload leaves the old asset in place.
   */
  putAsset(release: Pick<Release, "id" | "upload_url">, name: string, data: Buffer): Promise<{ asset: ReleaseAsset; replaced: boolean }>;
}

export interface Refs {
  /** The object a ref points at (`tags/v1.0.0`, `heads/main`), or undefined when it does not exist. */
  get(ref: string): Promise<GitRef | undefined>;
  /** The commit a tag ref finally points at, peeling annotated tags. */
  resolveTag(tag: string): Promise<string | undefined>;
  /** Refs whose name starts with `prefix` (e.g. `tags/v`). */
  matching(prefix: string): Promise<GitRef[]>;
  /**
   * Creates `refs/<ref>`; returns "exists" instead of failing when it already exists (also when a
   * lost answer hid that this very call created it: compare the target to tell).
   */
  create(ref: string, sha: string): Promise<GitRef | "exists">;
  /** Moves `refs/<ref>` to `sha`; with `force` false GitHub refuses (and this throws) unless it is a fast-forward. */
  update(ref: string, sha: string, force: boolean): Promise<GitRef>;
  /**
   * Moves `refs/<ref>` to `sha` only when it is a fast-forward (a compare-and-swap); returns
   * "not-fast-forward" or "missing" instead of throwing.
   */
  fastForward(ref: string, sha: string): Promise<GitRef | "not-fast-forward" | "missing">;
  createTree(entries: { path: string; mode: "100644"; type: "blob"; content: string }[]): Promise<GitTree>;
  createCommit(message: string, tree: string, parents: string[]): Promise<GitCommit>;
  getCommit(sha: string): Promise<GitCommit>;
  delete(ref: string): Promise<void>;
  getTagObject(tagSha: string): Promise<GitTag>;
  /** Creates an annotated tag object for `sha` (the ref is created separately with {@link create}). */
  createTagObject(tag: string, message: string, sha: string): Promise<GitTag>;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
}

export interface Checks {
  /**
   * Creates a completed check run with all annotations (50 per request). Idempotent: a check run
   * of the same name on the same commit with the same content (its `external_id` is a hash of it)
   * is reused and its missing annotations attached, so a re-run after a fault leaves one check run.
   */
  createCompleted(
    name: string,
    headSha: string,
    conclusion: "success" | "failure" | "neutral",
    output: CheckOutput,
    annotations?: readonly CheckAnnotation[],
  ): Promise<CheckRun>;
}

export interface StickyResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  url: string;
}

export interface Comments {
  list(issueNumber: number): Promise<IssueComment[]>;
  /**
   * Keeps exactly one comment carrying `marker` written by the token's own identity: updates it
   * (when it differs) or creates it. A comment by anyone else is never touched, even with the marker.
   */
  upsertSticky(issueNumber: number, marker: string, body: string): Promise<StickyResult>;
}

export type FileUpdate = { action: "created" | "updated" | "unchanged"; commitSha: string | undefined };

export interface Contents {
  /** The text of `path` on `branch` with its blob SHA, or undefined when the file does not exist there. */
  read(path: string, branch: string): Promise<{ content: string; sha: string } | undefined>;
  /**
   * Commits `transform(current)` to `path` on `branch`, where `current` is the branch's content at
   * the time of the write (undefined when the file does not exist). On a SHA conflict (someone
   * committed in between) it re-reads and applies `transform` again, a bounded number of times,
   * then fails naming the file. Nothing is committed when the result equals the current content.
   * `transform` must be idempotent (inserting or replacing a section is): after a lost answer the
   * branch is re-read and the transform applied to what may already be its own result.
   */
  update(path: string, branch: string, transform: (current: string | undefined) => string, message: string): Promise<FileUpdate>;
}

export type DeploymentState = "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";

export interface CreateDeploymentFields {
  ref: string;
  environment: string;
  description?: string;
  payload?: Record<string, unknown> | string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  transient_environment?: boolean;
  production_environment?: boolean;
}

export interface StatusFields {
  state: DeploymentState;
  description?: string;
  environment_url?: string;
  log_url?: string;
  auto_inactive?: boolean;
}

export interface Deployments {
  /**
   * Creates a deployment. Idempotent: a lost answer is looked up by ref, environment and payload
   * (the payload is the marker: callers put their rollout identity in it).
   */
  create(fields: CreateDeploymentFields): Promise<Deployment>;
  get(id: number | bigint): Promise<Deployment | undefined>;
  list(environment: string, limit?: number): Promise<Deployment[]>;
  /** Adds a status; a lost answer is looked up (same state and description) before retrying. */
  createStatus(id: number | bigint, fields: StatusFields): Promise<DeploymentStatus>;
  listStatuses(id: number | bigint): Promise<DeploymentStatus[]>;
}

/** GitHub Actions: workflow dispatch, runs and artifacts. */
export interface Actions {
  /**
   * Dispatches `workflow` on `ref` with `inputs`; returns the created run's id when the server
   * gives it. Never retried after a 5xx or a timeout (a dispatch has no key to look it up by).
   */
  dispatch(workflow: string, ref: string, inputs: Record<string, string>, options?: { returnRunDetails?: boolean }): Promise<number | undefined>;
  listWorkflowRuns(workflow: string, params?: { branch?: string; event?: string; status?: string; created?: string }, limit?: number): Promise<WorkflowRun[]>;
  getRun(runId: number): Promise<WorkflowRun | undefined>;
  /** Artifacts named `name` in the repository, newest first. */
  listArtifacts(name: string, limit?: number): Promise<Artifact[]>;
  listRunArtifacts(runId: number): Promise<Artifact[]>;
  downloadArtifact(artifact: Pick<Artifact, "id" | "archive_download_url">): Promise<Buffer>;
}

export interface Pulls {
  get(pullNumber: number): Promise<PullRequest>;
  listCommits(pullNumber: number): Promise<Commit[]>;
  listFiles(pullNumber: number): Promise<DiffEntry[]>;
}

/** Read-only repository facts and commit history. */
export interface Repository {
  /** The repository's default branch. */
  defaultBranch(): Promise<string>;
  /** One page (`perPage` commits) of the comparison `base...head`. */
  compare(base: string, head: string, page: number, perPage: number): Promise<Pick<CommitComparison, "commits">>;
  /** A commit with its GitHub author (login), by SHA or ref. */
  getCommit(ref: string): Promise<Commit>;
}

/** Every port over one client. Create with `createGitHubPorts`. */
export interface GitHubPorts {
  releases: Releases;
  refs: Refs;
  comments: Comments;
  contents: Contents;
  checks: Checks;
  deployments: Deployments;
  actions: Actions;
  pulls: Pulls;
  repository: Repository;
}
