/** The `version` command's inputs and outputs: action.yml, CLI flags and docs come from here. */
import type { CommandSpec } from "../kernel/command.js";
import { dryRunInput, githubTokenInput, workingDirectoryInput } from "../kernel/common-inputs.js";

export const versionInputs = {
  "working-directory": workingDirectoryInput,
  preset: { kind: "enum", values: ["conventionalcommits", "angular"], default: "conventionalcommits", description: "Commit convention that decides the bump." },
  "tag-prefix": { kind: "string", default: "v", description: "Prefix of release tags (v for v1.2.3; pkg-a@ or pkg-a/v for monorepo packages)." },
  "initial-version": { kind: "string", default: "1.0.0", description: "Version of the first release when no tag exists (0.1.0 is a common choice)." },
  bump: {
    kind: "enum",
    values: ["auto", "patch", "minor", "major", "prerelease", "none"],
    default: "auto",
    description: "Manual override of the bump for workflow_dispatch releases; auto reads the commits.",
  },
  version: { kind: "string", description: "Exact version to release (X.Y.Z), validated against the last release; used once." },
  prerelease: { kind: "string", description: "Pre-release channel (beta gives 2.0.0-beta.1); overrides the branch's channel." },
  branch: { kind: "string", description: "Branch to release from; defaults to the workflow's branch (the base branch on pull requests)." },
  path: { kind: "path", description: "Only commits touching this path count (a monorepo package); use with tag-prefix." },
  "major-on-zero": { kind: "boolean", default: "false", description: "Plain semver in 0.x: a breaking change bumps 0.x to 1.0.0 instead of the minor." },
  "fail-on-unconventional": { kind: "boolean", default: "false", description: "Fail when a commit in the range is not a conventional commit." },
  "check-pr-title": { kind: "boolean", default: "false", description: "On pull requests, fail when the title is not a conventional commit header." },
  "pr-version-from": {
    kind: "enum",
    values: ["commits", "title"],
    default: "commits",
    description: "On pull requests, compute the version from the PR's commits, or from its title as one commit (repositories that squash-merge).",
  },
  comment: { kind: "boolean", default: "true", description: "On pull requests, keep one sticky comment with the version the PR would release." },
  "config-file": { kind: "path", description: "YAML or JSON file with branches, release rules and packages." },
  "create-tag": { kind: "boolean", default: "false", description: "Create the annotated tag for the new version." },
  "tag-method": { kind: "enum", values: ["api", "git"], default: "api", description: "Create the tag through the GitHub API (verified) or with git push." },
  "dry-run": dryRunInput,
  "github-token": githubTokenInput,
} as const;

export const versionSpec: CommandSpec<typeof versionInputs> = {
  name: "version",
  title: "Shipline version",
  description: "Compute the next semantic version from conventional commits since the last release tag, explain every commit, and tag it.",
  branding: { icon: "tag", color: "blue" },
  inputs: versionInputs,
  outputs: {
    version: { description: "The next version without prefix; the current version when nothing releases." },
    "previous-version": { description: "The last released version, empty when there is none." },
    tag: { description: "The tag of the next version, e.g. v1.3.0." },
    "previous-tag": { description: "The tag of the last release, empty when there is none." },
    "release-type": { description: "major, minor, patch, prerelease or none." },
    released: { description: "true when the commits call for a release." },
    prerelease: { description: "true when the next version is a pre-release." },
    commits: { description: "Number of commits since the last release." },
    explain: {
      description:
        "JSON: the commits (the first 1000, then one omitted row) with their bump and the rule that decided them; keyed by package name in packages mode.",
    },
    packages: { description: "JSON: the next version of every package in the config file's packages list." },
  },
};
