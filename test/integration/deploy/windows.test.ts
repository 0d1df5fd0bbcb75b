/** Deployment windows and freezes through `shipline deploy`, with the runtime's clock fixed. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deploy } from "./run-deploy.js";

const at = (iso: string) => () => new Date(iso);

describe("deploy refuses to start outside its window or inside a freeze", () => {
  // The provider command would leave a file behind if anything were moved.
  const dir = mkdtempSync(join(tmpdir(), "shipline-window-"));
  const flags = (extra: Record<string, string>) => ({
    provider: "command",
    "provider-command": `touch ${join(dir, "moved")}`,
    "probe-url": "http://127.0.0.1:9/",
    stages: "100%",
    timezone: "Europe/Berlin",
    ...extra,
  });

  it("refuses outside the window, naming the local time, the window and when it opens, and changes nothing", async () => {
    // Friday 2024-06-07 10:00 in Berlin.
    const r = await deploy(flags({ window: "mon-thu 09:00-16:00" }), {}, dir, at("2024-06-07T08:00:00Z"));
    expect(r.code).toBe(1);
    expect(r.outputs.conclusion).toBe("failed");
    expect(r.stderr).toContain(
      'Now (Fri 2024-06-07 10:00 Europe/Berlin) is outside the deployment window ("mon-thu 09:00-16:00"); the window opens Mon 2024-06-10 09:00 Europe/Berlin (2024-06-10T07:00:00.000Z, in 2d23h). Nothing was changed.',
    );
    expect(existsSync(join(dir, "moved"))).toBe(false);
  });

  it("refuses inside the weekend freeze and gives the opening across the daylight-saving change", async () => {
    // Saturday 2024-03-30 12:00 Berlin (UTC+1); Monday 08:00 is already UTC+2, so 06:00Z.
    const r = await deploy(flags({ freeze: "fri 15:00 - mon 08:00" }), {}, dir, at("2024-03-30T11:00:00Z"));
    expect(r.code).toBe(1);
    expect(r.outputs.reason).toMatch(
      /^Deployments are frozen now \("fri 15:00 - mon 08:00", Europe\/Berlin\); the window opens Mon 2024-04-01 08:00 Europe\/Berlin \(2024-04-01T06:00:00\.000Z/,
    );
    expect(existsSync(join(dir, "moved"))).toBe(false);
  });

  it("lets a scheduled resume outside the window end as waiting (exit 0), changing nothing", async () => {
    const r = await deploy(flags({ window: "mon-thu 09:00-16:00", mode: "resume" }), {}, dir, at("2024-06-07T08:00:00Z"));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ conclusion: "waiting" });
    expect(r.outputs.reason).toMatch(/outside the deployment window .* the window opens Mon 2024-06-10 09:00/);
    expect(r.stderr).toMatch(/the waiting rollout stays as it is until a run inside the window resumes it/);
    expect(existsSync(join(dir, "moved"))).toBe(false);
  });

  it("starts inside the window when no freeze applies", async () => {
    const r = await deploy(
      flags({ window: "mon-thu 09:00-16:00", freeze: "fri 15:00 - mon 08:00", "probe-url": "", "check-command": "true", "min-requests": "0" }),
      {},
      dir,
      at("2024-06-10T08:00:00Z"),
    );
    expect(r.outputs.conclusion, r.stderr).toBe("promoted");
    expect(existsSync(join(dir, "moved"))).toBe(true);
  });

  it("prints the plan on a dry run inside a freeze, says a real run would be refused, and exits 0", async () => {
    const r = await deploy(flags({ freeze: "daily 22:00-06:00", "dry-run": "true" }), {}, dir, at("2024-06-07T21:30:00Z"));
    expect(r.code).toBe(0);
    expect(r.outputs.conclusion).toBe("dry-run");
    expect(r.summary).toContain("### Rollout plan (canary)");
    expect(r.summary).toMatch(/> \[!WARNING\]\n> Deployments are frozen now \("daily 22:00-06:00", Europe\/Berlin\); the window opens Sat 2024-06-08 06:00/);
  });

  it.each([
    [{ window: "weekdays 9-17" }, /Input "window" is wrong: "weekdays 9-17" is not a weekly window like/],
    [
      { freeze: "fri 15:00 - mon 08:00", timezone: "Mars/Olympus" },
      /Input "timezone" is not an IANA time zone like Europe\/Berlin or UTC; got "Mars\/Olympus"/,
    ],
  ])("exits 2 naming the input for %j", async (extra, message) => {
    const r = await deploy(flags(extra), {}, dir, at("2024-06-07T08:00:00Z"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
