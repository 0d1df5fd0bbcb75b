/** The `gate` command's inputs and outputs. */
import type { CommandSpec } from "../kernel/command.js";
import { githubTokenInput, workingDirectoryInput } from "../kernel/common-inputs.js";

export const gateInputs = {
  "working-directory": workingDirectoryInput,
  command: {
    kind: "string",
    description:
      "Test command to run first, through bash like a run: step; the gate fails when it fails. Never interpolate untrusted ${{ }} expressions into it.",
  },
  reports: {
    kind: "glob",
    description:
      "Globs of test reports (JUnit, NUnit, xUnit, TRX, TAP, CTRF, mocha, RSpec, go test -json, Dart JSON); the format is detected from the content.",
  },
  coverage: { kind: "glob", description: "Globs of coverage reports (LCOV, Cobertura, Istanbul, JaCoCo, Clover)." },
  "max-failures": { kind: "integer", min: 0, default: "0", description: "Failed or errored tests allowed." },
  "min-tests": { kind: "integer", min: 0, default: "1", description: "Fewest tests the reports must contain." },
  "min-pass-rate": { kind: "percent", description: "Lowest share of executed tests that must pass, e.g. 99%." },
  "max-test-drop": { kind: "integer", min: 0, description: "Most tests that may disappear compared with the base branch." },
  "coverage-lines-min": { kind: "percent", description: "Lowest line coverage allowed, e.g. 80%." },
  "coverage-branches-min": { kind: "percent", description: "Lowest branch coverage allowed." },
  "coverage-max-drop": { kind: "percent", description: "Largest drop in line coverage against the base, in percentage points." },
  "changed-lines-coverage-min": { kind: "percent", description: "Lowest coverage of the lines the pull request changes." },
  "max-duration": { kind: "duration", description: "Longest total test time allowed, e.g. 10m." },
  "allow-flaky": { kind: "boolean", default: "true", description: "Let tests that passed only on a rerun pass the gate (they are always reported)." },
  quarantine: {
    kind: "path",
    description: "File listing known flaky test ids (one per line, * wildcards): their failures are reported but do not fail the gate.",
  },
  "reports-artifact": {
    kind: "string",
    description:
      "On a workflow_run event: name of the artifact the triggering run (e.g. a fork's pull request run) uploaded with its reports; reports and coverage globs are matched inside it. Its content is treated as untrusted.",
  },
  baseline: { kind: "path", description: "JSON report of the base branch's gate run, instead of fetching the latest artifact." },
  "baseline-artifact": {
    kind: "string",
    default: "shipline-gate-report",
    description: "Artifact name the gate reads the base branch's report from (and that workflows upload report-file as).",
  },
  "allow-missing-reports": {
    kind: "boolean",
    default: "false",
    description: "Pass when no report matches the globs (by default a gate that sees nothing fails).",
  },
  comment: { kind: "boolean", default: "true", description: "Keep one sticky PR comment with the verdict." },
  "check-run": { kind: "boolean", default: "true", description: "Create a check run with annotations when checks: write is granted." },
  "check-name": { kind: "string", default: "Shipline gate", description: "Name of the check run." },
  "github-token": githubTokenInput,
} as const;

export const gateSpec: CommandSpec<typeof gateInputs> = {
  name: "gate",
  title: "Shipline gate",
  description: "Run the tests or read their reports, enforce the test and coverage policy, and report it as a summary, check run and PR comment.",
  branding: { icon: "check-circle", color: "green" },
  inputs: gateInputs,
  outputs: {
    conclusion: { description: "success or failure." },
    tests: { description: "Number of tests." },
    passed: { description: "Passed tests." },
    failed: { description: "Failed tests." },
    errored: { description: "Tests that errored (kept apart from failed)." },
    skipped: { description: "Skipped tests." },
    flaky: { description: "Tests that passed on a rerun." },
    "duration-seconds": { description: "Total test time in seconds." },
    "coverage-lines": { description: "Line coverage in percent." },
    "coverage-branches": { description: "Branch coverage in percent." },
    "report-file": { description: "Path of the JSON report (the baseline for later runs)." },
  },
};
