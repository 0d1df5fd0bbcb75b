/**
 * The `gate` command: optionally runs the tests, streams every report into the parsers, evaluates
 * the policy (against the base branch's report when there is one) and reports: job summary, a check
 * run with annotations or workflow-command annotations, one sticky PR comment, outputs, and the JSON
 * report that becomes the next baseline.
 */
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, normalize, relative, resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { ConfigError, InputError } from "../kernel/errors.js";
import { count } from "../kernel/format.js";
import { lineSplitter, runScript } from "../kernel/exec.js";
import { expandGlobs } from "../kernel/files.js";
import { GitHubApiError, optionalWrite } from "../kernel/github/index.js";
import type { InputValues } from "../kernel/inputs.js";
import { DEFAULT_ZIP_LIMITS, readZipEntries, type ZipLimits } from "../loadtest/engine/read-zip.js";
import { parseBaseline } from "./core/baseline.js";
import { type CoverageParser, detectCoverageParser } from "./core/coverage.js";
import { detectReportParser, type StreamParser } from "./core/detect.js";
import { Aggregator, type FileCoverage, mergeCoverage, pct } from "./core/model.js";
import { evaluatePolicy, type GateReport, parseChangedLines } from "./core/policy.js";
import { type GateView, renderGate, renderGateAnnotations, renderGateCheckRun, renderGateComment } from "./core/render.js";
import { ReportParseError } from "./core/xml-reports.js";
import { gateSpec } from "./inputs.js";

type Inputs = InputValues<typeof gateSpec.inputs>;

const COMMENT_MARKER = "<!-- shipline:gate -->";

const READ_CHUNK_BYTES = 64 * 1024;

/** Streams a file into a parser chosen from its first chunk; errors name the file and line. */
async function streamFile<P>(path: string, choose: (head: string) => P & { write(c: string): void }, shown: string): Promise<P> {
  let parser: (P & { write(c: string): void }) | undefined;
  try {
    // 64 KiB chunks: strings under V8's large-object size (~128 KiB) die in the young generation;
    // 1 MiB chunks went to the large-object space and lifted peak RSS on a 100 MiB JUnit file from
    // ~100 MB to ~200 MB, and were slower too (bench/gate).
    for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: READ_CHUNK_BYTES })) {
      parser ??= choose(chunk as string);
      parser.write(chunk as string);
    }
    if (!parser) parser = choose("");
    return parser;
  } catch (e) {
    throw located(e, shown);
  }
}

function located(e: unknown, shown: string): Error {
  if (e instanceof ReportParseError) return new Error(`${shown}${e.line ? `:${e.line}` : ""}: ${e.message}`);
  const code = (e as NodeJS.ErrnoException).code;
  return new Error(`${shown}: ${code ? `cannot be read (${code})` : (e as Error).message}`);
}

async function readBaseline(inputs: Inputs, ctx: CommandContext, cwd: string): Promise<GateReport | undefined> {
  const parse = (text: string, where: string): GateReport => {
    try {
      return parseBaseline(text);
    } catch (e) {
      throw new ConfigError(where, `the baseline cannot be used: ${(e as Error).message}`, { hint: "Point baseline at the report-file a gate run wrote." });
    }
  };
  if (inputs.baseline) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, inputs.baseline), "utf8");
    } catch {
      throw new InputError({ input: "baseline", problem: `names a file that cannot be read: "${inputs.baseline}"` });
    }
    return parse(text, inputs.baseline);
  }
  const { context } = ctx;
  const base = context.baseRef ?? (context.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  if (!ctx.hasToken() || !base || !context.eventName.startsWith("pull_request")) return undefined;
  try {
    const gh = ctx.github();
    // The branch name alone proves nothing: a fork's pull request from its own "main" runs in this
    // repository too, and its artifacts are listed here. Only runs whose head is this repository count.
    const artifacts = (await gh.actions.listArtifacts(inputs["baseline-artifact"])).filter((a) => {
      const run = a.workflow_run;
      return !a.expired && run?.head_branch === base && run.repository_id !== undefined && run.head_repository_id === run.repository_id;
    });
    const latest = artifacts[0];
    if (!latest) {
      ctx.runtime.log.notice(`No "${inputs["baseline-artifact"]}" artifact from ${base} of this repository yet: rules against the base branch are skipped.`);
      return undefined;
    }
    const where = `artifact ${latest.name} (run ${latest.workflow_run?.id})`;
    let entries: Map<string, Buffer>;
    try {
      entries = readZipEntries(await gh.actions.downloadArtifact(latest), (name) => name.endsWith(".json"), ARTIFACT_LIMITS);
    } catch (e) {
      throw new ConfigError(where, `the baseline cannot be used: ${(e as Error).message}`, {
        hint: "Upload only the gate's report-file as the baseline artifact.",
      });
    }
    const entry = [...entries][0];
    if (!entry) return undefined;
    return parse(entry[1].toString("utf8"), where);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    ctx.runtime.log.warning(`Could not read the base branch's report: ${(e as Error).message} Rules against the base are skipped.`);
    return undefined;
  }
}

/**
 * Caps for an untrusted artifact's zip (the reports of workflow_run mode, the baseline): a zip bomb
 * must not fill the disk or memory. Enforced on the bytes inflated, not on the sizes the zip claims.
 */
const ARTIFACT_LIMITS: ZipLimits = DEFAULT_ZIP_LIMITS;

/**
 * workflow_run mode: downloads the artifact the triggering run uploaded (a fork's run cannot write
 * to the base repository, so the trusted workflow reports for it) into a fresh temp dir and returns
 * that dir, where the report globs are then matched. Entries are untrusted: paths that escape the
 * dir are refused and sizes are capped before anything is inflated.
 */
async function readRunArtifact(ctx: CommandContext, name: string): Promise<{ dir: string; headSha?: string }> {
  const run = ctx.context.payload.workflow_run as { id?: number; head_sha?: string } | undefined;
  if (ctx.context.eventName !== "workflow_run" || !run?.id)
    throw new InputError({
      input: "reports-artifact",
      problem: `is only used on workflow_run events (this run is "${ctx.context.eventName}"); remove it or run the gate from a workflow_run workflow`,
    });
  const gh = ctx.github();
  const artifact = (await gh.actions.listRunArtifacts(run.id)).find((a) => a.name === name && !a.expired);
  if (!artifact)
    throw new InputError({
      input: "reports-artifact",
      problem: `names an artifact "${name}" that run ${run.id} did not upload; upload the reports with actions/upload-artifact under that name`,
    });
  let entries: Map<string, Buffer>;
  try {
    entries = readZipEntries(await gh.actions.downloadArtifact(artifact), () => true, ARTIFACT_LIMITS);
  } catch (e) {
    throw new ConfigError(`artifact ${name}`, `${(e as Error).message}`, { hint: "Upload the test reports, not their whole directory tree." });
  }
  const dir = mkdtempSync(join(ctx.runtime.env.RUNNER_TEMP || tmpdir(), "shipline-gate-"));
  for (const [entry, data] of entries) {
    const rel = normalize(entry);
    if (isAbsolute(rel) || rel.startsWith("..")) {
      ctx.runtime.log.warning(`Artifact ${name}: skipped the entry "${entry}", whose path leaves the artifact.`);
      continue;
    }
    const to = join(dir, rel);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, data);
  }
  return { dir, headSha: run.head_sha };
}

async function changedLines(ctx: CommandContext, inputs: Inputs): Promise<Map<string, Set<number>> | undefined> {
  if (inputs["changed-lines-coverage-min"] === undefined || !ctx.context.pullNumber || !ctx.hasToken()) return undefined;
  try {
    return parseChangedLines(await ctx.github().pulls.listFiles(ctx.context.pullNumber));
  } catch (e) {
    ctx.runtime.log.warning(`Could not read the pull request's diff: ${(e as Error).message}`);
    return undefined;
  }
}

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime, context } = ctx;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  if (inputs.reports.length === 0 && !inputs.command) {
    throw new InputError({
      input: "reports",
      problem: "is empty: give the globs of your test reports (e.g. reports/**/*.xml), and optionally a command that writes them",
    });
  }
  let commandExitCode: number | undefined;
  if (inputs.command) {
    await runtime.log.group(`Running: ${inputs.command}`, async () => {
      const stdout = lineSplitter((line) => runtime.log.info(line));
      const stderr = lineSplitter((line) => runtime.log.info(line));
      const r = await runScript(inputs.command as string, {
        cwd,
        env: runtime.env,
        onStdout: (c) => stdout.push(c),
        onStderr: (c) => stderr.push(c),
      });
      stdout.end();
      stderr.end();
      commandExitCode = r.exitCode;
      runtime.log.info(`The test command exited with ${r.exitCode} after ${(r.durationMs / 1000).toFixed(1)} s.`);
    });
  }

  let reportsDir = cwd;
  let sha = context.sha;
  if (inputs["reports-artifact"]) {
    const fetched = await readRunArtifact(ctx, inputs["reports-artifact"]);
    reportsDir = fetched.dir;
    sha = fetched.headSha ?? sha;
  }

  const agg = new Aggregator();
  const reportErrors: string[] = [];
  const reportFiles = await expandGlobs(inputs.reports, reportsDir);
  for (const file of reportFiles) {
    const shown = relative(reportsDir, file) || file;
    agg.report = shown;
    try {
      const p = await streamFile<StreamParser>(file, (head) => detectReportParser(head, agg), shown);
      p.close();
      runtime.log.debug(`${shown}: ${p.format}`);
    } catch (e) {
      const msg = e instanceof ReportParseError ? located(e, shown).message : (e as Error).message;
      reportErrors.push(msg);
      runtime.log.warning(`Skipped a report that could not be read: ${msg}`);
    }
  }
  // Reports read to their end that say the run itself broke (a TAP plan not met, Bail out!, counts
  // that say a suite failed): listed with the unreadable ones, and each fails the gate the same way.
  reportErrors.push(...agg.broken);
  const unlistedBroken = agg.brokenCount - agg.broken.length;
  if (unlistedBroken > 0) reportErrors.push(`and ${count(unlistedBroken, "more problem")} of the same kind`);
  const coverageFiles: FileCoverage[] = [];
  for (const file of await expandGlobs(inputs.coverage, reportsDir)) {
    const shown = relative(reportsDir, file) || file;
    try {
      const p = await streamFile<CoverageParser>(file, (head) => detectCoverageParser(head), shown);
      coverageFiles.push(...p.close().map((f) => ({ ...f, file: f.file.startsWith("/") ? relative(cwd, f.file) : f.file })));
    } catch (e) {
      const msg = e instanceof ReportParseError ? located(e, shown).message : (e as Error).message;
      reportErrors.push(msg);
      runtime.log.warning(`Skipped a coverage report that could not be read: ${msg}`);
    }
  }
  if (inputs.coverage.length > 0 && coverageFiles.length === 0) runtime.log.warning(`No coverage report matched ${inputs.coverage.join(", ")}.`);

  let quarantine: string[] = [];
  if (inputs.quarantine) {
    try {
      quarantine = readFileSync(resolve(cwd, inputs.quarantine), "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#"));
    } catch {
      throw new InputError({ input: "quarantine", problem: `names a file that cannot be read: "${inputs.quarantine}"` });
    }
  }
  const baseline = await readBaseline(inputs, ctx, cwd);
  const coverage = coverageFiles.length > 0 ? mergeCoverage(coverageFiles) : undefined;
  const verdict = evaluatePolicy(
    {
      totals: agg.totals,
      failedIds: agg.failedIds,
      failedIdsDropped: agg.failedIdsDropped,
      coverage,
      baseline,
      changedLines: await changedLines(ctx, inputs),
      commandExitCode,
      brokenReports: reportErrors.length,
      reportsFound: inputs["allow-missing-reports"] ? Math.max(1, reportFiles.length) : reportFiles.length,
    },
    {
      maxFailures: inputs["max-failures"],
      minPassRate: inputs["min-pass-rate"],
      minTests: reportFiles.length === 0 && inputs["allow-missing-reports"] ? 0 : inputs["min-tests"],
      maxTestDrop: inputs["max-test-drop"],
      coverageLinesMin: inputs["coverage-lines-min"],
      coverageBranchesMin: inputs["coverage-branches-min"],
      coverageMaxDrop: inputs["coverage-max-drop"],
      changedLinesCoverageMin: inputs["changed-lines-coverage-min"],
      maxDurationMs: inputs["max-duration"],
      allowFlaky: inputs["allow-flaky"],
      quarantine,
    },
  );
  const view: GateView = {
    verdict,
    totals: agg.totals,
    failures: agg.failures,
    droppedFailures: agg.droppedFailures,
    flaky: agg.flaky,
    slowest: agg.slowest,
    skipped: agg.skipped,
    reportDurationMs: agg.reportTimeMs,
    coverage,
    baseline,
    reportErrors,
    warnings: agg.warnings,
    runUrl: context.runUrl,
  };

  // The report this run leaves behind: the next run's baseline.
  const lines = coverage ? pct(coverage.totals.linesCovered, coverage.totals.linesTotal) : undefined;
  const branches = coverage ? pct(coverage.totals.branchesCovered, coverage.totals.branchesTotal) : undefined;
  const report: GateReport = {
    schema: "shipline-gate/1",
    conclusion: verdict.conclusion,
    totals: agg.totals,
    coverage: coverage
      ? {
          lines,
          branches,
          files: coverage.files.map((f) => ({ file: f.file, lines: pct(f.linesCovered, f.linesTotal), branches: pct(f.branchesCovered, f.branchesTotal) })),
        }
      : undefined,
    failedIds: [...agg.failedIds].slice(0, 10_000),
    commit: sha,
  };
  const reportFile = join(runtime.env.RUNNER_TEMP || tmpdir(), "shipline-gate-report.json");
  // A file on the runner outlives the step (artifacts): redacted like the summary.
  writeFileSync(reportFile, runtime.redactor.redact(JSON.stringify(report)));

  const summary = renderGate(view);
  runtime.appendSummary(summary);
  const t = agg.totals;
  runtime.setOutput("conclusion", verdict.conclusion);
  runtime.setOutput("tests", t.tests);
  runtime.setOutput("passed", t.passed);
  runtime.setOutput("failed", t.failed);
  runtime.setOutput("errored", t.errored);
  runtime.setOutput("skipped", t.skipped);
  runtime.setOutput("flaky", t.flaky);
  runtime.setOutput("duration-seconds", (t.durationMs / 1000).toFixed(3));
  runtime.setOutput("coverage-lines", lines ?? "");
  runtime.setOutput("coverage-branches", branches ?? "");
  runtime.setOutput("report-file", reportFile);

  // Annotations: a check run when permitted, else workflow commands (which need no permission).
  const annotated = renderGateAnnotations(view);
  let checkRunMade = false;
  if (inputs["check-run"] && ctx.hasToken() && sha && runtime.kind === "action") {
    const made = await optionalWrite(runtime.log, context, "the check run (annotations go to the workflow log instead)", () =>
      ctx.github().checks.createCompleted(
        inputs["check-name"],
        sha as string,
        verdict.conclusion,
        renderGateCheckRun(view, summary),
        annotated.map((a) => ({
          path: a.path,
          start_line: a.line,
          end_line: a.line,
          annotation_level: "failure" as const,
          title: a.title,
          message: a.message,
          ...(a.details ? { raw_details: a.details } : {}),
        })),
      ),
    );
    checkRunMade = made !== undefined;
  }
  if (!checkRunMade) for (const a of annotated.slice(0, 50)) runtime.log.error(a.message, { title: a.title.slice(0, 200), file: a.path, startLine: a.line });

  if (inputs.comment && context.pullNumber && ctx.hasToken()) {
    try {
      await optionalWrite(runtime.log, context, "the pull request comment", () =>
        ctx.github().comments.upsertSticky(context.pullNumber as number, COMMENT_MARKER, renderGateComment(view)),
      );
    } catch (e) {
      if (!(e instanceof GitHubApiError)) throw e;
      runtime.log.warning(`Could not update the pull request comment: ${e.userMessage}`);
    }
  }

  if (verdict.conclusion === "failure") {
    const failing = verdict.rules.filter((r) => r.status === "fail").map((r) => `${r.rule}: ${r.detail}`);
    return { conclusion: "failure", message: `The gate failed. ${failing.join("; ")}.` };
  }
  return { conclusion: "success" };
}

export const gateCommand = defineCommand(gateSpec, run);
