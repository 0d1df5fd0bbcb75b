// semantic-release's commit-analyzer ships no types; only analyzeCommits is used here.
declare module "@semantic-release/commit-analyzer" {
  export function analyzeCommits(pluginConfig: Record<string, unknown>, context: unknown): Promise<"major" | "minor" | "patch" | null>;
}
