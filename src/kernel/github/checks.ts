/** Check runs with annotations (GitHub accepts at most 50 annotations per request). */
import { createHash } from "node:crypto";
import { type GitHub, isUncertain } from "./client.js";
import type { CheckAnnotation, CheckOutput, Checks } from "./ports.js";
import type { CheckRun } from "./types.js";

export type { CheckAnnotation, CheckOutput, Checks } from "./ports.js";

const WRITE = { permission: "checks: write" } as const;
export const ANNOTATIONS_PER_REQUEST = 50;
/** Rounds of "re-read, attach the rest" after an uncertain annotation batch. */
const ATTACH_ROUNDS = 3;

/**
 * The check run's `external_id`: a hash of everything it shows. A re-run with the same result finds
 * its earlier check run by it (and finishes attaching annotations); a different result is a new run.
 */
function contentKey(conclusion: string, output: CheckOutput, annotations: readonly CheckAnnotation[]): string {
  const h = createHash("sha256").update(JSON.stringify([conclusion, output, annotations]));
  return `shipline:${h.digest("hex").slice(0, 32)}`;
}

export class ApiChecks implements Checks {
  constructor(private readonly gh: GitHub) {}

  async createCompleted(
    name: string,
    headSha: string,
    conclusion: "success" | "failure" | "neutral",
    output: CheckOutput,
    annotations: readonly CheckAnnotation[] = [],
  ): Promise<CheckRun> {
    const key = contentKey(conclusion, output, annotations);
    const find = () => this.find(name, headSha, key);
    let run = await find();
    if (!run) {
      run = await this.gh.createOnce<CheckRun>(
        "POST /repos/{owner}/{repo}/check-runs",
        {
          name,
          head_sha: headSha,
          status: "completed",
          conclusion,
          external_id: key,
          output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
        },
        WRITE,
        find,
      );
    }
    return this.attachRest(run, output, annotations);
  }

  /** The check run named `name` on `headSha` with content key `key`, if any. */
  private async find(name: string, headSha: string, key: string): Promise<CheckRun | undefined> {
    const runs = await this.gh.paginate<CheckRun>(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      { ref: headSha, check_name: name, filter: "all" },
      WRITE,
    );
    return runs.find((r) => r.external_id === key);
  }

  /**
   * Attaches the annotations the check run does not have yet, in order. Annotations add up on
   * every update, so an update whose answer was lost is never resent blindly: the run's
   * `annotations_count` says how many arrived.
   */
  private async attachRest(run: CheckRun, output: CheckOutput, annotations: readonly CheckAnnotation[]): Promise<CheckRun> {
    let current = run;
    for (let round = 0; ; round++) {
      try {
        for (let done = current.output.annotations_count; done < annotations.length; done += ANNOTATIONS_PER_REQUEST) {
          const res = await this.gh.request<CheckRun>(
            "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
            { check_run_id: current.id, output: { ...output, annotations: annotations.slice(done, done + ANNOTATIONS_PER_REQUEST) } },
            { ...WRITE, retry: false },
          );
          current = res.data;
        }
        return current;
      } catch (e) {
        if (!isUncertain(e) || round >= ATTACH_ROUNDS) throw e;
        await new Promise((ok) => setTimeout(ok, (round + 1) * 1000 * this.gh.timeScale));
        current = (await this.gh.request<CheckRun>("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", { check_run_id: current.id }, WRITE)).data;
      }
    }
  }
}
