/**
 * Builds the traffic provider of a resolved config (core/provider-config.ts). One case per provider:
 * adding a provider is one union member there and one case here.
 */
import { resolve } from "node:path";
import type { CommandContext } from "../../kernel/command.js";
import type { ProviderConfig } from "../core/provider-config.js";
import { CommandProvider } from "./command.js";
import { buildFlagProvider, type FlagInputs } from "./flags.js";
import { GitHubDispatchProvider } from "./github-dispatch.js";
import { HaproxyProvider } from "./haproxy.js";
import { NginxProvider } from "./nginx.js";
import type { TrafficProvider } from "./provider.js";
import { WebhookProvider } from "./webhook.js";

/** What a provider needs from the run besides its config. */
export interface ProviderRun {
  /** The working directory (relative paths and scripts resolve against it). */
  cwd: string;
  version: string;
  environment: string;
  /** The deploy inputs, which the flag providers read themselves (providers/flags.ts). */
  flagInputs?: FlagInputs;
}

export function buildProvider(config: ProviderConfig, ctx: CommandContext, run: ProviderRun): TrafficProvider {
  const { runtime, context } = ctx;
  switch (config.kind) {
    case "haproxy":
      return new HaproxyProvider({ socket: config.socket, backend: config.backend, stable: config.stable, canary: config.canary });
    case "nginx":
      return new NginxProvider({
        file: resolve(run.cwd, config.file),
        upstream: config.upstream,
        stable: config.stable,
        canary: config.canary,
        reloadCommand: config.reloadCommand,
        cwd: run.cwd,
        env: runtime.env,
      });
    case "http":
      return new WebhookProvider({ url: config.url, secret: config.secret, version: run.version, environment: run.environment });
    case "github-dispatch":
      return new GitHubDispatchProvider(ctx.github().actions, {
        workflow: config.workflow,
        ref: config.ref ?? context.refName ?? context.ref ?? "main",
        version: run.version,
        environment: run.environment,
        rolloutId: `${run.environment}/${context.runId ?? "local"}`,
        timeoutMs: config.timeoutMs,
        // Poll every 5 s, or more often for a short timeout (a 1m timeout polls every 3 s).
        pollMs: Math.max(200, Math.min(5000, config.timeoutMs / 20)),
        log: (m) => runtime.log.info(m),
      });
    case "command":
      return new CommandProvider(config.command, { cwd: run.cwd, env: runtime.env, version: run.version, log: (m) => runtime.log.info(m) });
    case "flag": {
      const provider = run.flagInputs && buildFlagProvider(run.flagInputs, ctx);
      if (!provider) throw new Error(`the ${config.service} provider needs the deploy inputs`);
      return provider;
    }
  }
}
