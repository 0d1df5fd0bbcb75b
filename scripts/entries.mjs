// The bundles GitHub and users run: dist/<name>/index.js from src/actions/<name>.ts.
export const ENTRIES = ["gate", "version", "notes", "loadtest", "deploy", "deploy-post", "main", "main-post", "cli"];
