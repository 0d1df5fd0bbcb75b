import { describe, expect, it } from "vitest";
import { isServerAddress, type ProviderInputs, resolveProvider } from "../../../src/deploy/core/provider-config.js";

const base: ProviderInputs = {
  provider: "haproxy",
  "haproxy-socket": "/run/haproxy.sock",
  "haproxy-stats": true,
  backend: "app",
  stable: "blue",
  canary: "green",
  "nginx-upstream": "app",
  "nginx-reload-command": "nginx -s reload",
  "dispatch-timeout": 60_000,
};

describe("resolving the traffic provider from the inputs", () => {
  it("gives a typed haproxy config for well-formed names", () => {
    expect(resolveProvider(base, { hasToken: false })).toEqual({
      ok: true,
      config: { kind: "haproxy", socket: "/run/haproxy.sock", backend: "app", stable: "blue", canary: "green", hasStats: true },
    });
  });

  it("refuses a server name that would smuggle runtime API commands, naming the input", () => {
    const r = resolveProvider({ ...base, canary: "green weight 0; disable server app/blue; shutdown sessions server app/blue" }, { hasToken: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.input).toBe("canary");
    expect(r.problems[0]?.problem).toMatch(/letters, digits and _ \. : - only .*got "green weight 0; disable server/);
  });

  it("returns every problem at once: the missing socket and each bad name", () => {
    const r = resolveProvider({ ...base, "haproxy-socket": undefined, backend: "app\nshow info", stable: "blue;x" }, { hasToken: false });
    expect(r.ok ? [] : r.problems.map((p) => p.input)).toEqual(["haproxy-socket", "backend", "stable"]);
  });

  it.each([
    ["nginx", { "nginx-upstream-file": undefined }, ["nginx-upstream-file"]],
    ["nginx", { "nginx-upstream-file": "up.conf", "nginx-upstream": "app { }", canary: "127.0.0.1:8082; server evil:1" }, ["nginx-upstream", "canary"]],
    ["http", {}, ["webhook-url"]],
    ["http", { "webhook-url": "ftp://x" }, ["webhook-url"]],
    ["github-dispatch", {}, ["dispatch-workflow", "github-token"]],
    ["command", {}, ["provider-command"]],
  ] as const)("checks what provider %s requires (%j)", (provider, extra, inputs) => {
    const r = resolveProvider({ ...base, provider, ...extra }, { hasToken: false });
    expect(r.ok ? [] : r.problems.map((p) => p.input)).toEqual(inputs);
  });

  it("accepts the nginx addresses nginx accepts, and nothing that could break out of the line", () => {
    for (const ok of ["127.0.0.1:8081", "green", "app-green.internal:8080", "[::1]:8081", "[2001:db8::1]", "unix:/run/green.sock"])
      expect(isServerAddress(ok), ok).toBe(true);
    for (const bad of ["127.0.0.1:8081;", "a b", "host:99999", "unix:/run/x.sock; server evil", "}", "", "[::1", "1234"])
      expect(isServerAddress(bad), bad).toBe(false);
  });
});
