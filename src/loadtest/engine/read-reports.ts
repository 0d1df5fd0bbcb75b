/**
 * Reading JSON reports back: shard reports for `merge` (files, or directories holding the downloaded
 * shard artifacts) and baselines (a path, or the latest artifact of a workflow on the default branch).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { CommandContext } from "../../kernel/command.js";
import { ConfigError, InputError, ShiplineError } from "../../kernel/errors.js";
import { parseReport, REPORT_KIND, type Report } from "../core/report.js";
import { readZipEntries } from "./read-zip.js";

/** Parses one report file's text; a ConfigError names the file and the key. */
export function parseReportText(shown: string, text: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(shown, `is not valid JSON (${(e as Error).message})`, { hint: "Pass the loadtest-report*.json file a Shipline loadtest run wrote." });
  }
  const { report, problems } = parseReport(data);
  if (!report) throw new ConfigError(shown, problems, { hint: "Pass a report written by shipline loadtest (report-file output) of the same major version." });
  return report;
}

/** Reads a report file named by `input`. */
export function readReportFile(input: string, file: string, cwd: string): { file: string; report: Report } {
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError({
      input,
      problem: `names a file that ${code === "ENOENT" ? "does not exist" : `cannot be read (${code})`}: "${file}" (relative to ${cwd}). Check the path`,
    });
  }
  return { file, report: parseReportText(file, text) };
}

/**
 * Expands the `reports` input: files are read as they are; directories are searched recursively for
 * `*.json` files that are loadtest reports (other JSON files are skipped).
 */
export function readShardReports(entries: readonly string[], cwd: string): { file: string; report: Report }[] {
  if (entries.length === 0) {
    throw new InputError({
      input: "reports",
      problem: 'is empty; in merge mode list the shard reports or the directory they were downloaded to (e.g. "reports: shards/")',
    });
  }
  const out: { file: string; report: Report }[] = [];
  for (const entry of entries) {
    const path = isAbsolute(entry) ? entry : resolve(cwd, entry);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new InputError({
        input: "reports",
        problem: `names "${entry}", which does not exist (relative to ${cwd}); download the shard artifacts first (actions/download-artifact with pattern: loadtest-shard-*)`,
      });
    }
    if (!isDir) {
      out.push(readReportFile("reports", entry, cwd));
      continue;
    }
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (d.name.endsWith(".json")) found.push(p);
      }
    };
    walk(path);
    const before = out.length;
    for (const p of found.sort()) {
      const text = readFileSync(p, "utf8");
      if (!text.includes(REPORT_KIND)) continue;
      out.push({ file: relative(cwd, p) || p, report: parseReportText(relative(cwd, p) || p, text) });
    }
    if (out.length === before)
      throw new InputError({
        input: "reports",
        problem: `names the directory "${entry}", which holds no loadtest report (*.json); check the artifact names you downloaded`,
      });
  }
  return out;
}

/**
 * The report in the newest artifact named `artifact` from the latest successful run of `workflow` on
 * the default branch. Returns undefined (with a reason) when there is none yet, so a first run can
 * still pass; API errors (permissions) are thrown with the permission to add.
 */
export async function fetchBaselineFromWorkflow(
  ctx: CommandContext,
  workflow: string,
  artifact: string,
): Promise<{ report?: Report; source: string; reason?: string }> {
  const gh = ctx.github();
  let branch = ((ctx.context.payload.repository as { default_branch?: string } | undefined)?.default_branch ?? "").trim();
  if (!branch) {
    branch = await gh.repository.defaultBranch();
  }
  const runs = await gh.actions.listWorkflowRuns(workflow, { branch, status: "success" }, 10);
  for (const run of runs) {
    // A fork's pull request from a branch named like the default branch runs here too: only runs of
    // the repository's own branches are a baseline.
    if (run.head_repository?.id !== undefined && run.head_repository.id !== run.repository?.id) continue;
    const artifacts = await gh.actions.listRunArtifacts(Number(run.id));
    const a = artifacts.find((x) => x.name === artifact && !x.expired);
    if (!a) continue;
    const zip = await gh.actions.downloadArtifact(a);
    let files: Map<string, Buffer>;
    try {
      files = readZipEntries(zip, (n) => n.endsWith(".json"));
    } catch (e) {
      throw new ShiplineError("baseline-invalid", `The artifact "${artifact}" of run ${run.id} (${workflow}) could not be read: ${(e as Error).message}.`, {
        hint: "Upload the report-dir of a loadtest step with actions/upload-artifact.",
      });
    }
    for (const [name, buf] of files) {
      const text = buf.toString("utf8");
      if (!text.includes(REPORT_KIND)) continue;
      return {
        report: parseReportText(`${artifact}/${name} (run ${run.id} of ${workflow})`, text),
        source: `run ${run.id} of ${workflow} on ${branch} (artifact ${artifact})`,
      };
    }
  }
  return {
    source: `${workflow} on ${branch}`,
    reason: `no successful run of ${workflow} on ${branch} among the last ${runs.length} has an artifact named "${artifact}" with a loadtest report`,
  };
}

/**
 * merge mode without `reports`: the shard reports in this workflow run's artifacts whose names start
 * with `prefix` (as the matrix jobs uploaded them), newest first per name.
 */
export async function fetchShardReportsFromRun(ctx: CommandContext, prefix: string): Promise<{ file: string; report: Report }[]> {
  const runId = Number(ctx.context.runId);
  if (!runId) {
    throw new InputError({
      input: "reports",
      problem: "is empty and this is not a GitHub Actions run (no GITHUB_RUN_ID); pass the shard report files or directories",
    });
  }
  const gh = ctx.github();
  const artifacts = (await gh.actions.listRunArtifacts(runId)).filter((a) => a.name.startsWith(prefix) && !a.expired);
  if (artifacts.length === 0) {
    throw new InputError({
      input: "shard-artifacts",
      problem: `is "${prefix}", but run ${runId} has no artifact whose name starts with it; upload each shard's report-dir as ${prefix}<k> (actions/upload-artifact), or pass "reports"`,
    });
  }
  const out: { file: string; report: Report }[] = [];
  for (const a of artifacts.sort((x, y) => x.name.localeCompare(y.name))) {
    const files = readZipEntries(await gh.actions.downloadArtifact(a), (n) => n.endsWith(".json"));
    for (const [name, buf] of files) {
      const text = buf.toString("utf8");
      if (text.includes(REPORT_KIND)) out.push({ file: `${a.name}/${name}`, report: parseReportText(`${a.name}/${name}`, text) });
    }
  }
  return out;
}
