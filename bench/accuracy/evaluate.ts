/**
 * Scores version and notes on the held-out histories of ./fixtures.ts against what shipped, next
 * to the anchors: semantic-release's commit-analyzer for the version (conventionalcommits preset),
 * and, for the notes, the listing conventional-changelog makes (conventional-commits-parser over
 * each commit, feat/fix/perf/revert and breaking notes, no splitting of bodies).
 */
import { analyzeCommits } from "@semantic-release/commit-analyzer";
import { CommitParser } from "conventional-commits-parser";
import semver from "semver";
import { createNotesCollector, entryKey } from "../../src/notes/core/collect.js";
import { inheritHeaderPullRequest } from "../../src/notes/core/pull-requests.js";
import { type ParsedCommit, parseCommit } from "../../src/release/core/commits.js";
import { planChanges } from "../../src/version/core/plan.js";
import { RELEASES, type Release } from "./fixtures.js";

const VISIBLE = new Set(["breaking", "feat", "fix", "perf", "revert"]);
const sha = (i: number) => i.toString(16).padStart(40, "9");

function key(entry: string): string {
  const i = entry.indexOf(": ");
  return `${entry.slice(0, i)}:${entryKey(entry.slice(i + 2))}`;
}

function shiplineVersion(r: Release): string {
  const changes = r.commits.flatMap((m, i) => parseCommit(sha(i), m, { light: true }));
  const plan = planChanges(changes, { preset: "conventionalcommits" });
  let bump = plan.bump;
  if (semver.major(r.from) === 0 && bump === "major") bump = "minor";
  return bump === "none" ? r.from : (semver.inc(r.from, bump) as string);
}

async function analyzerVersion(r: Release): Promise<string> {
  const silent = { log() {}, error() {}, success() {}, warn() {} };
  const type = await analyzeCommits({ preset: "conventionalcommits" }, {
    commits: r.commits.map((message, i) => ({ hash: sha(i), message })),
    logger: silent,
    cwd: process.cwd(),
    options: {},
  } as never);
  return type ? (semver.inc(r.from, type) as string) : r.from;
}

function shiplineEntries(r: Release): string[] {
  const collector = createNotesCollector({ visible: VISIBLE, typeMap: {} });
  r.commits.forEach((m, i) => {
    for (const c of inheritHeaderPullRequest(parseCommit(sha(i), m))) collector.add(c);
  });
  return entriesOf(collector.finish());
}

function entriesOf(changes: readonly ParsedCommit[]): string[] {
  const out: string[] = [];
  for (const c of changes) {
    const section = c.type ?? (c.revert ? "revert" : undefined);
    if (c.breaking) for (const note of c.breakingNotes) out.push(`breaking: ${note}`);
    if (section && VISIBLE.has(section)) out.push(`${section}: ${c.type === undefined && c.revert?.header ? c.revert.header : c.subject}`);
  }
  return out;
}

function parserEntries(r: Release): string[] {
  const parser = new CommitParser({
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
    headerCorrespondence: ["type", "scope", "subject"],
    noteKeywords: ["BREAKING CHANGE", "BREAKING-CHANGE"],
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
    revertCorrespondence: ["header", "hash"],
  });
  const out: string[] = [];
  for (const m of r.commits) {
    const c = parser.parse(m);
    for (const n of c.notes) out.push(`breaking: ${n.text}`);
    if (c.revert) out.push(`revert: ${c.revert.header}`);
    else if (c.type && VISIBLE.has(c.type)) out.push(`${c.type}: ${c.subject}`);
  }
  return out;
}

function score(expected: readonly string[], got: readonly string[]): { matched: number; produced: number; expected: number } {
  const want = new Map<string, number>();
  for (const e of expected) want.set(key(e), (want.get(key(e)) ?? 0) + 1);
  let matched = 0;
  for (const g of got) {
    const k = key(g);
    const n = want.get(k) ?? 0;
    if (n > 0) {
      matched++;
      want.set(k, n - 1);
    }
  }
  return { matched, produced: got.length, expected: expected.length };
}

export interface Scores {
  releases: number;
  version: { shipline: number; commitAnalyzer: number };
  notes: { shipline: { recall: number; precision: number }; conventionalChangelog: { recall: number; precision: number } };
  misses: string[];
}

/** Scores every release of the fixtures. */
export async function evaluate(): Promise<Scores> {
  let okOurs = 0;
  let okAnalyzer = 0;
  const ours = { matched: 0, produced: 0, expected: 0 };
  const anchor = { matched: 0, produced: 0, expected: 0 };
  const misses: string[] = [];
  for (const r of RELEASES) {
    const v = shiplineVersion(r);
    if (v === r.to) okOurs++;
    else misses.push(`${r.name}: version ${v}, shipped ${r.to}`);
    if ((await analyzerVersion(r)) === r.to) okAnalyzer++;
    const s = score(r.entries, shiplineEntries(r));
    if (s.matched < s.expected || s.produced > s.matched) misses.push(`${r.name}: notes ${s.matched}/${s.expected} found, ${s.produced - s.matched} extra`);
    const a = score(r.entries, parserEntries(r));
    for (const k of ["matched", "produced", "expected"] as const) {
      ours[k] += s[k];
      anchor[k] += a[k];
    }
  }
  return {
    releases: RELEASES.length,
    version: { shipline: okOurs, commitAnalyzer: okAnalyzer },
    notes: {
      shipline: { recall: ours.matched / ours.expected, precision: ours.matched / ours.produced },
      conventionalChangelog: { recall: anchor.matched / anchor.expected, precision: anchor.matched / anchor.produced },
    },
    misses,
  };
}
