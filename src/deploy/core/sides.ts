/**
 * What the two sides of a rollout are called in the summary, the log and the outputs. A router moves
 * traffic between two named servers (the `stable` and `canary` inputs, "blue" and "green" unless
 * set); a feature flag moves users between its two states, so a flag rollout names its sides after
 * them: "10% to flag on", "back on flag off". "Green" means nothing to someone reading about a flag.
 * Pure.
 */
import type { ProviderConfig } from "./provider-config.js";

export interface Sides {
  /** The current version's side: the stable server, or "flag off". */
  stable: string;
  /** The new version's side: the canary server, or "flag on". */
  canary: string;
  /** What holds the split, as the subject of a sentence: "the router", "Unleash" or "the flag file". */
  holder: string;
  /** Whether the sides are a feature flag's states (the flag providers). */
  isFlag: boolean;
}

/** The defaults of the `stable` and `canary` inputs (deploy/inputs.ts): for a flag they mean "not set". */
const ROUTER_DEFAULTS = { stable: "blue", canary: "green" } as const;

/** A flag's sides, named after its state. */
export const FLAG_SIDES = { stable: "flag off", canary: "flag on" } as const;

/**
 * The sides of a rollout through `provider`. Router providers keep the names they were given. Flag
 * providers use {@link FLAG_SIDES}, unless `stable` or `canary` was set to a name of its own (then
 * that name is kept: the user chose it for their readers).
 */
export function resolveSides(provider: ProviderConfig, names: { stable: string; canary: string }): Sides {
  if (provider.kind !== "flag") return { stable: names.stable, canary: names.canary, holder: "the router", isFlag: false };
  return {
    stable: names.stable === ROUTER_DEFAULTS.stable ? FLAG_SIDES.stable : names.stable,
    canary: names.canary === ROUTER_DEFAULTS.canary ? FLAG_SIDES.canary : names.canary,
    holder: provider.service === "unleash" ? "Unleash" : "the flag file",
    isFlag: true,
  };
}
