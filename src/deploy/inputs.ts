/** The `deploy` command's inputs and outputs. */
import type { CommandSpec } from "../kernel/command.js";
import { dryRunInput, githubTokenInput, workingDirectoryInput } from "../kernel/common-inputs.js";

export const deployInputs = {
  "working-directory": workingDirectoryInput,
  environment: { kind: "string", default: "production", description: "GitHub environment the rollout targets (its GitHub Deployments records)." },
  version: { kind: "string", description: "Version being rolled out (the version action's output)." },
  strategy: {
    kind: "enum",
    values: ["canary", "blue-green"],
    default: "canary",
    description: "canary: stages of rising weight; blue-green: checks at 0 %, then the switch, with blue kept warm.",
  },
  config: {
    kind: "path",
    description:
      "YAML or JSON plan file (strategy, stages as a list of { weight, bake } or the shorthand, check-interval, preview-time, bake-time); overrides those inputs.",
  },
  stages: { kind: "string", default: "10%:5m,50%:10m,100%", description: "Canary stages as weight:bake pairs; the last must be 100%." },
  "preview-time": { kind: "duration", default: "1m", description: "Blue-green: how long green is checked at 0 % before the switch." },
  "bake-time": { kind: "duration", default: "10m", description: "Blue-green: how long to watch after the switch before blue may go." },
  "check-interval": { kind: "duration", default: "30s", min: 200, description: "Time between gate checks during a bake." },
  provider: {
    kind: "enum",
    values: ["haproxy", "nginx", "http", "command", "github-dispatch", "unleash", "flagd"],
    default: "haproxy",
    description:
      "Traffic provider: HAProxy's runtime API, an nginx weighted upstream file, a signed webhook, your own command, a dispatched workflow, or a feature flag's rollout share (unleash, flagd).",
  },
  "haproxy-socket": { kind: "string", description: "HAProxy stats socket with level admin: a Unix socket path or host:port." },
  backend: { kind: "string", default: "app", description: "HAProxy backend holding the two servers." },
  stable: {
    kind: "string",
    default: "blue",
    description: 'The server (or name) running the current version. With provider unleash or flagd, messages say "flag off" unless this is set.',
  },
  canary: {
    kind: "string",
    default: "green",
    description: 'The server (or name) running the new version. With provider unleash or flagd, messages say "flag on" unless this is set.',
  },
  "provider-command": {
    kind: "string",
    description: "Script that moves the traffic (provider: command); gets SHIPLINE_WEIGHT, SHIPLINE_STAGE, SHIPLINE_VERSION, SHIPLINE_ACTION.",
  },
  "nginx-upstream-file": {
    kind: "string",
    description: "provider nginx: the upstream file Shipline owns (your nginx config includes it); stable and canary are the server addresses.",
  },
  "nginx-upstream": { kind: "string", default: "app", description: "provider nginx: the upstream block's name (proxy_pass http://NAME)." },
  "nginx-reload-command": { kind: "string", default: "nginx -s reload", description: "provider nginx: script that reloads nginx after the file changes." },
  "webhook-url": { kind: "string", description: "provider http: URL that receives a signed JSON POST per traffic move and answers 2xx." },
  "webhook-secret": { kind: "secret", description: "provider http: HMAC-SHA256 key for the X-Shipline-Signature-256 header." },
  "dispatch-workflow": {
    kind: "string",
    description: "provider github-dispatch: workflow file (or id) dispatched per traffic move with shipline-* inputs; its run must succeed.",
  },
  "dispatch-ref": { kind: "string", description: "provider github-dispatch: branch or tag the workflow runs on; default: the triggering ref." },
  "dispatch-timeout": { kind: "duration", default: "30m", description: "provider github-dispatch: how long one dispatched run may take." },
  "prometheus-url": { kind: "string", description: "Prometheus base URL for the prometheus gate (e.g. http://prometheus:9090)." },
  "prometheus-query": { kind: "string", description: "PromQL instant query checked at every interval." },
  "prometheus-threshold": { kind: "string", default: "< 0.001", description: 'Comparison every returned value must satisfy, e.g. "< 0.01" or ">= 99.9".' },
  "loadtest-rate": {
    kind: "string",
    description: 'Gate: a short load run at this rate ("20" requests/s) against loadtest-target at every check, judged with the thresholds.',
  },
  "loadtest-target": { kind: "string", description: "URL the loadtest gate drives; default: probe-url." },
  "loadtest-duration": { kind: "duration", default: "5s", description: "Length of each loadtest gate run." },
  "check-command": { kind: "string", description: "Gate: a script run at every check; exit 0 passes (use min-requests: 0 when it is the only gate)." },
  "probe-url": { kind: "string", description: "URL the HTTP probe requests at every check (through the router)." },
  "preview-url": {
    kind: "string",
    description:
      "Blue-green: the new version's own URL (not through the router), probed while it has 0 % of the traffic; required unless check-command, prometheus-query or loadtest-target can see it.",
  },
  "probe-requests": { kind: "integer", min: 1, max: 1000, default: "20", description: "Requests the HTTP probe sends per check." },
  "probe-timeout": { kind: "duration", default: "5s", description: "Timeout of one probe request." },
  "probe-status": {
    kind: "integer",
    min: 100,
    max: 599,
    description: "HTTP status every probe answer must have (e.g. 200); default: any status below 500 passes.",
  },
  "probe-body-match": { kind: "string", description: 'Text every probe answer\'s body must contain (e.g. "ok"); an answer without it counts as an error.' },
  "haproxy-stats": { kind: "boolean", default: "true", description: "With provider haproxy, gate on the canary server's own response counters too." },
  "error-rate-max": { kind: "percent", default: "0.1%", description: "Largest error rate allowed." },
  "p95-max": { kind: "duration", default: "500ms", description: "Largest p95 latency allowed." },
  "availability-min": { kind: "percent", default: "99.9%", description: "Lowest availability allowed." },
  "failure-limit": {
    kind: "integer",
    min: 1,
    default: "1",
    description: "Checks failing on their own (p95, Prometheus, check-command) that roll a stage back; error rates are judged on the stage's pooled samples.",
  },
  "consecutive-error-limit": {
    kind: "integer",
    min: 1,
    default: "3",
    description: "Checks in a row without a usable verdict (no-data or error) from one gate that roll the stage back.",
  },
  "min-samples": {
    kind: "integer",
    min: 0,
    description:
      "Requests a stage's gates must pool before it promotes (error rates are judged on the pooled samples); default: what the stage's probes deliver in its bake (probe-requests per check interval), which the dry run states.",
  },
  "min-requests": {
    kind: "integer",
    min: 0,
    description: "Older name of min-samples, still read.",
  },
  freeze: {
    kind: "string",
    description: 'Weekly freezes when the rollout refuses to start, e.g. "fri 15:00 - mon 08:00" or "daily 22:00-06:00"; ;-separated.',
  },
  window: {
    kind: "string",
    description: 'Weekly windows when a rollout may start, e.g. "mon-thu 09:00-16:00"; ;-separated. Outside them it refuses and says when the next opens.',
  },
  timezone: { kind: "string", default: "UTC", description: "Time zone of freeze and window (IANA name, e.g. Europe/Berlin)." },
  "production-environment": {
    kind: "boolean",
    description:
      "Whether the environment is production (GitHub's production_environment: its auto_inactive skips it, so Shipline marks the earlier deployments inactive after a promotion); default: true for names like production, prod or production-eu.",
  },
  "environment-url": { kind: "string", description: "URL shown on the GitHub deployment." },
  "notify-webhook": { kind: "secret", description: "Slack-compatible incoming webhook URL: messages on start, promotion and rollback (rollback is critical)." },
  mode: {
    kind: "enum",
    values: ["start", "resume", "approve"],
    default: "start",
    description:
      "start: a new rollout (a re-run of the same workflow run resumes it); resume: continue the environment's waiting rollout (e.g. from a schedule), but not one held by pause-after; approve: continue a rollout held by pause-after (run it in a job whose environment requires a reviewer).",
  },
  "pause-after": {
    kind: "list",
    description:
      'Stage weights after which the rollout holds for approval, e.g. "10%": the job ends with conclusion waiting once that stage promotes, and only a run with mode: approve continues it.',
  },
  concurrency: {
    kind: "enum",
    values: ["wait", "fail"],
    default: "wait",
    description: "When another live run holds the environment's rollout lock: wait for it (up to lock-timeout) or fail at once.",
  },
  "lock-timeout": { kind: "duration", default: "10m", description: "How long to wait for another rollout to the same environment to finish." },
  "job-budget": {
    kind: "duration",
    default: "5h30m",
    description: "Job time the rollout may use; a stage whose bake would not fit ends the job at the stage boundary with conclusion waiting (resume later).",
  },
  "dry-run": dryRunInput,
  "github-token": githubTokenInput,
  // Feature-flag providers: the stages move a flag's rollout share instead of router weights.
  flag: { kind: "string", description: "provider unleash or flagd: the feature flag (its name or key) whose rollout share the stages move." },
  "unleash-url": { kind: "string", description: "provider unleash: the Unleash server's base URL (its Admin API is under /api/admin)." },
  "unleash-token": {
    kind: "secret",
    description:
      "provider unleash: an admin API token or a personal access token that may update the flag and its strategies in the environment; the CLI reads UNLEASH_TOKEN.",
    env: ["UNLEASH_TOKEN"],
  },
  "unleash-project": { kind: "string", default: "default", description: "provider unleash: the project holding the flag." },
  "unleash-environment": {
    kind: "string",
    description:
      "provider unleash: the Unleash environment whose flexibleRollout strategy's rollout moves (created when missing); default: the environment input.",
  },
  "flagd-file": {
    kind: "string",
    description:
      "provider flagd: the flag-definition JSON file flagd reads; Shipline rewrites the flag's fractional targeting (atomically). With flagd-branch, a path in the repository.",
  },
  "flagd-branch": {
    kind: "string",
    description: "provider flagd: commit flagd-file to this branch through the GitHub API instead of writing it locally (needs contents: write).",
  },
  "flagd-on-variant": { kind: "string", default: "on", description: "provider flagd: the variant the rollout's share gets (a new flag gets on: true)." },
  "flagd-off-variant": {
    kind: "string",
    default: "off",
    description: "provider flagd: the variant everyone else gets, and everyone after a rollback (a new flag gets off: false).",
  },
} as const;

export const deploySpec: CommandSpec<typeof deployInputs> = {
  name: "deploy",
  title: "Shipline deploy",
  description: "Roll a release out in stages (canary or blue-green) with health gates, automatic rollback and GitHub Deployments records.",
  branding: { icon: "upload-cloud", color: "red" },
  post: true,
  inputs: deployInputs,
  outputs: {
    conclusion: {
      description: "promoted, rolled-back, not-enough-samples (rolled back: a stage never gathered min-samples), failed, waiting, or dry-run.",
    },
    stage: { description: "The stage reached (1-based)." },
    weight: { description: "The canary weight in percent at the end." },
    "deployment-id": { description: "ID of the GitHub deployment." },
    reason: { description: "Why the rollout ended as it did." },
    "time-to-rollback-ms": { description: "Milliseconds from the first failed check to traffic back on stable." },
  },
};
