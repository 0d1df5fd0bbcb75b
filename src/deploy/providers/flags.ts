/**
 * The feature-flag providers (`provider: unleash` and `provider: flagd`): the stages move a flag's
 * rollout share instead of router weights; the gates, records, lock, resume and post-step rollback
 * are the same. These two functions are all the deploy command needs: the input checks (every
 * problem at once, also for a dry run) and the provider.
 */
import { resolve } from "node:path";
import type { CommandContext } from "../../kernel/command.js";
import { InputError, type InputProblem } from "../../kernel/errors.js";
import { FlagdContentsStore, FlagdFileStore, FlagdProvider } from "./flagd.js";
import type { TrafficProvider } from "./provider.js";
import { UnleashProvider } from "./unleash.js";

/** The deploy inputs these providers read (a structural subset, so the spec can grow freely). */
export interface FlagInputs {
  provider: string;
  environment: string;
  version?: string | undefined;
  "working-directory": string;
  flag?: string | undefined;
  "unleash-url"?: string | undefined;
  "unleash-token"?: string | undefined;
  "unleash-project": string;
  "unleash-environment"?: string | undefined;
  "flagd-file"?: string | undefined;
  "flagd-branch"?: string | undefined;
  "flagd-on-variant": string;
  "flagd-off-variant": string;
}

export const FLAG_PROVIDERS = ["unleash", "flagd"] as const;

/** Flag keys both services accept in a URL path or a JSON key without surprises. */
const FLAG_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:~-]{0,99}$/;

/** Every problem with the flag providers' inputs; empty for the other providers. */
export function checkFlagInputs(inputs: FlagInputs): InputProblem[] {
  const p = inputs.provider;
  if (p !== "unleash" && p !== "flagd") return [];
  const out: InputProblem[] = [];
  if (!inputs.flag) out.push({ input: "flag", problem: `is required with provider: ${p}: the feature flag's name (key) whose rollout the stages move` });
  else if (!FLAG_NAME.test(inputs.flag))
    out.push({ input: "flag", problem: `must be a flag name of letters, digits and _ . : ~ - (at most 100); got ${JSON.stringify(inputs.flag.slice(0, 80))}` });
  if (p === "unleash") {
    const url = inputs["unleash-url"];
    if (!url)
      out.push({ input: "unleash-url", problem: "is required with provider: unleash: the Unleash server's base URL, e.g. https://unleash.example.com" });
    else if (!/^https?:\/\/[^/\s]+/i.test(url))
      out.push({
        input: "unleash-url",
        problem: `must be an http(s) URL like https://unleash.example.com; got ${JSON.stringify(url.replace(/\/\/[^@/]*@/, "//***@"))}`,
      });
    if (!inputs["unleash-token"])
      out.push({
        input: "unleash-token",
        problem:
          "is required with provider: unleash: an admin API token or a personal access token (pass it from a secret, e.g. ${{ secrets.UNLEASH_ADMIN_TOKEN }})",
      });
  } else {
    if (!inputs["flagd-file"])
      out.push({
        input: "flagd-file",
        problem: "is required with provider: flagd: the flag-definition JSON file flagd reads (a path; with flagd-branch, a path in the repository)",
      });
    if (inputs["flagd-on-variant"] === inputs["flagd-off-variant"])
      out.push({ input: "flagd-off-variant", problem: `must differ from flagd-on-variant; both are "${inputs["flagd-on-variant"]}"` });
  }
  return out;
}

/** The flag provider the inputs ask for, or undefined for the other providers. Throws an InputError on bad inputs. */
export function buildFlagProvider(inputs: FlagInputs, ctx: CommandContext): TrafficProvider | undefined {
  if (inputs.provider !== "unleash" && inputs.provider !== "flagd") return undefined;
  const problems = checkFlagInputs(inputs);
  if (problems.length > 0) throw new InputError(problems);
  const flag = inputs.flag as string;
  if (inputs.provider === "unleash") {
    // Also registered here for the post step, which does not read the inputs through the entry.
    ctx.runtime.secret(inputs["unleash-token"]);
    return new UnleashProvider({
      url: inputs["unleash-url"] as string,
      token: inputs["unleash-token"] as string,
      project: inputs["unleash-project"],
      environment: inputs["unleash-environment"] || inputs.environment,
      flag,
      log: (m) => ctx.runtime.log.warning(m),
    });
  }
  const variants = { on: inputs["flagd-on-variant"], off: inputs["flagd-off-variant"] };
  const file = inputs["flagd-file"] as string;
  const branch = inputs["flagd-branch"];
  if (!branch) {
    const cwd = resolve(ctx.runtime.cwd, inputs["working-directory"]);
    return new FlagdProvider({ flag, variants, store: new FlagdFileStore(resolve(cwd, file)), version: inputs.version ?? "" });
  }
  if (!ctx.hasToken())
    throw new InputError({
      input: "github-token",
      problem: "is required with flagd-branch: the flag file is committed through the GitHub API (the job needs permissions: contents: write)",
    });
  const repo = ctx.context.repository;
  const store = new FlagdContentsStore(ctx.github().contents, file.replace(/^\.?\/+/, ""), branch, repo ? `${repo.owner}/${repo.repo}` : "the repository");
  return new FlagdProvider({ flag, variants, store, version: inputs.version ?? "" });
}
