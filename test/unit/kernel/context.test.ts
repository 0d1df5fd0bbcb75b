import { describe, expect, it } from "vitest";
import { buildContext, parseRemoteUrl } from "../../../src/kernel/context.js";

describe("run context", () => {
  it("reads a pull request run from env and payload, and spots a fork", () => {
    const ctx = buildContext(
      { GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: "pull_request", GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "2", GITHUB_BASE_REF: "main" },
      { pull_request: { number: 7, head: { repo: { full_name: "fork/r" } }, base: { repo: { full_name: "o/r" } } } },
    );
    expect(ctx.repository).toEqual({ owner: "o", repo: "r" });
    expect(ctx.pullNumber).toBe(7);
    expect(ctx.isFork).toBe(true);
    expect(ctx.runAttempt).toBe(2);
    expect(ctx.apiUrl).toBe("https://api.github.com");
    expect(ctx.runUrl).toBe("https://github.com/o/r/actions/runs/42");
  });

  it("treats a same-repository pull request as trusted", () => {
    const ctx = buildContext(
      { GITHUB_REPOSITORY: "o/r" },
      { pull_request: { number: 1, head: { repo: { full_name: "o/r" } }, base: { repo: { full_name: "o/r" } } } },
    );
    expect(ctx.isFork).toBe(false);
  });

  it("derives the GitHub Enterprise Server API URL from the server URL", () => {
    const ctx = buildContext({ GITHUB_SERVER_URL: "https://ghe.example.com/" });
    expect(ctx.apiUrl).toBe("https://ghe.example.com/api/v3");
    expect(buildContext({ GITHUB_SERVER_URL: "https://ghe.example.com", GITHUB_API_URL: "https://api.ghe.example.com" }).apiUrl).toBe(
      "https://api.ghe.example.com",
    );
  });

  it("works with no GitHub environment at all (the CLI)", () => {
    const ctx = buildContext({});
    expect(ctx.repository).toBeUndefined();
    expect(ctx.eventName).toBe("local");
    expect(ctx.isActions).toBe(false);
  });

  it.each([
    ["https://github.com/o/r.git", { host: "github.com", owner: "o", repo: "r" }],
    ["git@github.com:o/r.git", { host: "github.com", owner: "o", repo: "r" }],
    ["ssh://git@ghe.example.com:2222/o/r", { host: "ghe.example.com", owner: "o", repo: "r" }],
    ["https://x-access-token:t@github.com/o/r", { host: "github.com", owner: "o", repo: "r" }],
  ])("parses the remote %s", (url, expected) => {
    expect(parseRemoteUrl(url)).toEqual(expected);
  });
});
