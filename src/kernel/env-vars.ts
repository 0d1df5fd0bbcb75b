/**
 * Every environment variable Shipline itself reads or sets that is not a GitHub runner variable.
 * One list, so the README and the code cannot drift (codeql-action keeps the same kind of enum).
 */
export const EnvVar = {
  /** Multiplies GitHub API retry and pacing waits; tests set 0.01. Default 1. */
  GitHubTimeScale: "SHIPLINE_GITHUB_TIME_SCALE",
  /** Milliseconds before a GitHub API request with no answer is given up. Default 30000. */
  GitHubTimeoutMs: "SHIPLINE_GITHUB_TIMEOUT_MS",
  /** Set for `command` traffic providers and deploy hooks: the stage number (1-based). */
  Stage: "SHIPLINE_STAGE",
  /** Set for `command` traffic providers: the canary weight in percent. */
  Weight: "SHIPLINE_WEIGHT",
  /** Set for `command` traffic providers: the version being rolled out. */
  Version: "SHIPLINE_VERSION",
  /** Set for `command` traffic providers: `apply` or `rollback`. */
  Action: "SHIPLINE_ACTION",
  /** loadtest: milliseconds between progress lines in the log. Default 5000. */
  LoadtestProgressMs: "SHIPLINE_LOADTEST_PROGRESS_MS",
} as const;
