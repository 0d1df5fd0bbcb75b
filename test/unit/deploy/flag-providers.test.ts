import { describe, expect, it } from "vitest";
import { computeFlagdShare, renderFlagdDocument } from "../../../src/deploy/providers/flagd.js";
import { checkFlagInputs, type FlagInputs } from "../../../src/deploy/providers/flags.js";
import { pickRolloutStrategy } from "../../../src/deploy/providers/unleash.js";

const base: FlagInputs = {
  provider: "unleash",
  environment: "production",
  "working-directory": ".",
  flag: "new-checkout",
  "unleash-url": "https://unleash.example.com",
  "unleash-token": "*:*.secret",
  "unleash-project": "default",
  "flagd-file": undefined,
  "flagd-on-variant": "on",
  "flagd-off-variant": "off",
};

describe("checkFlagInputs", () => {
  it.each([
    ["a complete unleash rollout", {}, []],
    ["another provider, whatever the flag inputs", { provider: "haproxy", flag: undefined, "unleash-url": undefined }, []],
    ["a missing flag", { flag: undefined }, ["flag"]],
    ["a flag with a slash", { flag: "a/b" }, ["flag"]],
    ["a flag of 101 characters", { flag: "f".repeat(101) }, ["flag"]],
    ["a URL without a scheme", { "unleash-url": "unleash:4242" }, ["unleash-url"]],
    ["no URL and no token", { "unleash-url": undefined, "unleash-token": undefined }, ["unleash-url", "unleash-token"]],
    ["flagd without a file", { provider: "flagd" }, ["flagd-file"]],
    ["flagd with one variant for both", { provider: "flagd", "flagd-file": "f.json", "flagd-off-variant": "on" }, ["flagd-off-variant"]],
    ["a complete flagd rollout", { provider: "flagd", "flagd-file": "f.json", "unleash-url": undefined, "unleash-token": undefined }, []],
  ] as const)("%s", (_name, patch, inputs) => {
    expect(checkFlagInputs({ ...base, ...patch } as FlagInputs).map((p) => p.input)).toEqual(inputs);
  });

  it("never repeats the password of a URL it refuses", () => {
    const [p] = checkFlagInputs({ ...base, "unleash-url": "ftp://admin:hunter22@unleash" });
    expect(p?.problem).toContain("ftp://***@unleash");
    expect(p?.problem).not.toContain("hunter22");
  });
});

describe("pickRolloutStrategy", () => {
  it("drives the first unconstrained, unsegmented flexibleRollout by sort order, disabled or not", () => {
    const s = (id: string, sortOrder: number, extra: object = {}) => ({ id, name: "flexibleRollout", sortOrder, ...extra });
    expect(
      pickRolloutStrategy([
        s("later", 3),
        s("constrained", 0, { constraints: [{ contextName: "userId" }] }),
        s("segmented", 1, { segments: [7] }),
        { id: "default", name: "default", sortOrder: 0 },
        s("first", 2, { disabled: true }),
      ])?.id,
    ).toBe("first");
    expect(pickRolloutStrategy([{ id: "d", name: "default" }])).toBeUndefined();
  });
});

describe("computeFlagdShare", () => {
  const V = { on: "on", off: "off" };
  const doc = (def: object) => JSON.stringify({ flags: { f: { state: "ENABLED", variants: { on: true, off: false }, ...def } } });
  it.each([
    ["no file", undefined, 0],
    ["no such flag", JSON.stringify({ flags: {} }), 0],
    ["a disabled flag", doc({ state: "DISABLED", defaultVariant: "on" }), 0],
    ["on for all", doc({ defaultVariant: "on" }), 100],
    ["off for all", doc({ defaultVariant: "off" }), 0],
    [
      "a 1:3 split",
      doc({
        defaultVariant: "off",
        targeting: {
          fractional: [
            ["on", 1],
            ["off", 3],
          ],
        },
      }),
      25,
    ],
    [
      "the variants in the other order",
      doc({
        defaultVariant: "off",
        targeting: {
          fractional: [
            ["off", 3],
            ["on", 1],
          ],
        },
      }),
      undefined,
    ],
    ["a custom bucketing expression", doc({ defaultVariant: "off", targeting: { fractional: [{ var: "email" }, ["on", 1], ["off", 3]] } }), undefined],
    ["other targeting", doc({ defaultVariant: "off", targeting: { if: [true, "on", "off"] } }), undefined],
    ["a third default variant", JSON.stringify({ flags: { f: { variants: { on: 1, off: 0, x: 2 }, defaultVariant: "x" } } }), undefined],
  ] as const)("%s", (_name, text, share) => {
    expect(computeFlagdShare(text, "f", V)).toBe(share);
  });

  it("reads back every share it renders, in hundredths of a percent", () => {
    for (const w of [0, 0.01, 1, 12.5, 33.33, 50, 99.99, 100]) expect(computeFlagdShare(renderFlagdDocument(undefined, "f", w, V), "f", V)).toBe(w);
  });
});
