/** The `deploy` command's inputs and outputs. */
import type { CommandSpec } from "../kernel/command.js";
import { dryRunInput, githubTokenInput } from "../kernel/common-inputs.js";

export const deployInputs = {
  config: { kind: "path", description: "Rollout file (YAML or JSON): strategy, stages, provider and gates." },
  environment: { kind: "string", default: "production", description: "GitHub environment the rollout targets." },
  version: { kind: "string", description: "Version being rolled out (the version action's output)." },
  strategy: { kind: "enum", values: ["canary", "blue-green"], default: "canary", description: "Rollout strategy." },
  stages: { kind: "string", default: "10%:5m,50%:10m,100%", description: "Stages as weight:bake pairs." },
  provider: { kind: "enum", values: ["haproxy", "nginx", "command", "http", "github-dispatch"], description: "Traffic provider." },
  "check-interval": { kind: "duration", default: "30s", description: "Time between gate checks during a bake." },
  "dry-run": dryRunInput,
  "github-token": githubTokenInput,
} as const;

export const deploySpec: CommandSpec<typeof deployInputs> = {
  name: "deploy",
  title: "Shipline deploy",
  description: "Roll a release out in stages (canary or blue-green) with health gates, automatic rollback and GitHub Deployments records.",
  branding: { icon: "upload-cloud", color: "red" },
  inputs: deployInputs,
  outputs: {
    conclusion: { description: "promoted, rolled-back, failed or waiting." },
    stage: { description: "The stage reached (1-based)." },
    weight: { description: "The canary weight in percent at the end." },
    "deployment-id": { description: "ID of the GitHub deployment." },
    reason: { description: "Why the rollout ended as it did." },
    "time-to-rollback-ms": { description: "Milliseconds from the first failed check to traffic back on stable." },
  },
};
