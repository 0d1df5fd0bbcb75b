/** Inputs several commands share, defined once so their wording and defaults cannot drift. */
import type { InputDef } from "./inputs.js";

export const githubTokenInput = {
  kind: "secret",
  description: "Token for the GitHub API. The default is the workflow's token; the CLI reads GITHUB_TOKEN or GH_TOKEN.",
  default: "${{ github.token }}",
  env: ["GITHUB_TOKEN", "GH_TOKEN"],
} as const satisfies InputDef;

export const workingDirectoryInput = {
  kind: "path",
  description: "Directory of the git checkout to work in, relative to the workspace.",
  default: ".",
} as const satisfies InputDef;

export const dryRunInput = {
  kind: "boolean",
  description: "Compute and report everything, write nothing (no tags, releases, comments or traffic changes).",
  default: "false",
} as const satisfies InputDef;
