/** Moved to src/release/core/commits.ts (shared by version and notes); kept so existing imports resolve. */
export * from "../../release/core/commits.js";
