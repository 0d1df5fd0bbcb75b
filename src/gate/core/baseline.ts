/**
 * The base branch's gate report, read as untrusted input: it comes from an artifact any workflow of
 * the repository could have uploaded. Only the fields the policy and the summary use are kept, each
 * checked for its type and range, so no value of it reaches the PR comment but numbers, and test
 * ids and a commit that are only compared or stored, never shown. Pure.
 */
import { z } from "zod";
import type { GateReport } from "./policy.js";

const count = z.number().int().min(0).max(1e12);
const percent = z.number().min(0).max(100).optional();

const schema = z.object({
  schema: z.literal("shipline-gate/1"),
  conclusion: z.enum(["success", "failure"]),
  totals: z.object({
    tests: count,
    passed: count,
    failed: count,
    errored: count,
    skipped: count,
    flaky: count,
    durationMs: z.number().min(0).max(1e15),
  }),
  coverage: z
    .object({
      lines: percent,
      branches: percent,
      files: z.array(z.object({ file: z.string().max(4096), lines: percent, branches: percent })).max(1_000_000),
    })
    .optional(),
  failedIds: z.array(z.string().max(4096)).max(10_000),
  // Never shown; kept for the record of which commit the report was made on.
  commit: z.string().max(200).optional(),
});

/** Parses and checks a baseline; throws an Error naming the first field that is wrong. */
export function parseBaseline(text: string): GateReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`);
  }
  const schemaName = (doc as { schema?: unknown } | null)?.schema;
  if (schemaName !== "shipline-gate/1") throw new Error(`not a Shipline gate report (schema ${JSON.stringify(schemaName ?? null)?.slice(0, 40)})`);
  const r = schema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.join(".") || "(the report)";
    throw new Error(`the field ${where} is not valid (${issue?.message ?? "invalid"})`);
  }
  const d = r.data;
  return {
    schema: d.schema,
    conclusion: d.conclusion,
    totals: d.totals,
    coverage: d.coverage
      ? {
          lines: d.coverage.lines,
          branches: d.coverage.branches,
          files: d.coverage.files.map((f) => ({ file: f.file, lines: f.lines, branches: f.branches })),
        }
      : undefined,
    failedIds: d.failedIds,
    commit: d.commit,
  };
}
