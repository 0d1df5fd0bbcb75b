import { defineConfig } from "vitest/config";

// Five projects, run in order of the test pyramid. e2e runs the built dist/ bundles; screens draws
// the summaries in headless Chromium.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ["default"] : ["default"],
    restoreMocks: true,
    unstubEnvs: true,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], testTimeout: 10_000 } },
      { extends: true, test: { name: "contract", include: ["test/contract/**/*.test.ts"], testTimeout: 30_000 } },
      { extends: true, test: { name: "integration", include: ["test/integration/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 } },
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 60_000 } },
      // Summaries drawn in headless Chromium as GitHub draws them (needs Debian's chromium).
      { extends: true, test: { name: "screens", include: ["test/screens/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
