/** GitHub object types from GitHub's official OpenAPI description, re-exported under short names. */
import type { components } from "@octokit/openapi-types";

type S = components["schemas"];
export type Release = S["release"];
export type ReleaseAsset = S["release-asset"];
export type GitRef = S["git-ref"];
export type GitTag = S["git-tag"];
export type GitCommit = S["git-commit"];
export type GitTree = S["git-tree"];
export type CheckRun = S["check-run"];
export type IssueComment = S["issue-comment"];
export type PullRequest = S["pull-request"];
export type PullRequestSimple = S["pull-request-simple"];
export type DiffEntry = S["diff-entry"];
export type Commit = S["commit"];
export type CommitComparison = S["commit-comparison"];
export type Deployment = S["deployment"];
export type DeploymentStatus = S["deployment-status"];
export type WorkflowRun = S["workflow-run"];
export type Artifact = S["artifact"];
export type Repository = S["full-repository"];
export type ContentFile = S["content-file"];
