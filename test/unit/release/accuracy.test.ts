import { describe, expect, it } from "vitest";
import { evaluate } from "../../../bench/accuracy/evaluate.js";

describe("accuracy on held-out real-shaped release histories (bench/accuracy)", () => {
  it("versions at least as many releases right as semantic-release's commit-analyzer, and lists notes with recall >= 85 % and precision >= 97 %", async () => {
    const s = await evaluate();
    expect(s.version.shipline).toBeGreaterThanOrEqual(s.version.commitAnalyzer);
    expect(s.version.shipline).toBe(s.releases);
    expect(s.notes.shipline.recall).toBeGreaterThanOrEqual(0.85);
    expect(s.notes.shipline.precision).toBeGreaterThanOrEqual(0.97);
  });
});
