/**
 * In-memory GitHub ports for command tests that need no HTTP: a command runs against these through
 * its CommandContext, and the test reads what it wrote from plain arrays. The API implementations
 * (src/kernel/github) are tested against the fake behind Prism; these hold the same contracts for
 * the parts implemented here (the sticky comment is per marker and own identity, a check run per
 * name, head SHA and content). A port not implemented here throws when a command reaches for it.
 */
import type { CheckAnnotation, CheckOutput, Checks, Comments, GitHubPorts, StickyResult } from "../../../src/kernel/github/index.js";
import type { CheckRun, IssueComment } from "../../../src/kernel/github/types.js";

export interface MemoryComment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

export interface MemoryCheckRun {
  id: number;
  name: string;
  headSha: string;
  conclusion: string;
  output: CheckOutput;
  annotations: CheckAnnotation[];
}

export interface MemoryPorts extends GitHubPorts {
  state: { comments: MemoryComment[]; checkRuns: MemoryCheckRun[] };
}

/** Ports over plain arrays; `login` is the identity the token writes as. */
export function createMemoryPorts(login = "github-actions[bot]"): MemoryPorts {
  const state = { comments: [] as MemoryComment[], checkRuns: [] as MemoryCheckRun[] };
  let nextId = 1;
  const comments: Comments = {
    async list(issue) {
      return state.comments.filter((c) => c.issue === issue).map((c) => ({ id: c.id, body: c.body, user: { login: c.login } }) as unknown as IssueComment);
    },
    async upsertSticky(issue, marker, body): Promise<StickyResult> {
      const text = body.includes(marker) ? body : `${body}\n\n${marker}`;
      const mine = state.comments.find((c) => c.issue === issue && c.login === login && c.body.includes(marker));
      if (mine) {
        if (mine.body === text) return { action: "unchanged", id: mine.id, url: `memory:${mine.id}` };
        mine.body = text;
        return { action: "updated", id: mine.id, url: `memory:${mine.id}` };
      }
      const c = { id: nextId++, issue, body: text, login };
      state.comments.push(c);
      return { action: "created", id: c.id, url: `memory:${c.id}` };
    },
  };
  const checks: Checks = {
    async createCompleted(name, headSha, conclusion, output, annotations = []) {
      const same = state.checkRuns.find(
        (r) =>
          r.name === name &&
          r.headSha === headSha &&
          JSON.stringify([r.conclusion, r.output, r.annotations]) === JSON.stringify([conclusion, output, annotations]),
      );
      const run = same ?? { id: nextId++, name, headSha, conclusion, output, annotations: [...annotations] };
      if (!same) state.checkRuns.push(run);
      return { id: run.id, name, head_sha: headSha, conclusion, output: { annotations_count: run.annotations.length } } as unknown as CheckRun;
    },
  };
  const missing = (port: string) =>
    new Proxy(
      {},
      {
        get(_t, method) {
          throw new Error(`The in-memory GitHub ports have no ${port}.${String(method)}; use the fake behind Prism for this test.`);
        },
      },
    );
  return {
    state,
    comments,
    checks,
    releases: missing("releases") as GitHubPorts["releases"],
    refs: missing("refs") as GitHubPorts["refs"],
    contents: missing("contents") as GitHubPorts["contents"],
    deployments: missing("deployments") as GitHubPorts["deployments"],
    actions: missing("actions") as GitHubPorts["actions"],
    pulls: missing("pulls") as GitHubPorts["pulls"],
    repository: missing("repository") as GitHubPorts["repository"],
  };
}
