/** The `notes` command's inputs and outputs. */
import type { CommandSpec } from "../kernel/command.js";
import { dryRunInput, githubTokenInput, workingDirectoryInput } from "../kernel/common-inputs.js";

export const notesInputs = {
  "working-directory": workingDirectoryInput,
  version: {
    kind: "string",
    description:
      "The version being released (the version action's output); defaults to the tag without its prefix, else to the next version computed as version computes it.",
  },
  tag: { kind: "string", description: "The release tag (the version action's tag output); defaults to the prefix plus the version." },
  "previous-tag": { kind: "string", description: "Start of the range; defaults to the last release tag as version finds it." },
  from: { kind: "string", description: "Start of the range (tag or commit), excluded. Same as previous-tag." },
  to: { kind: "string", default: "HEAD", description: "End of the range, included." },
  "tag-prefix": { kind: "string", default: "v", description: "Prefix of release tags." },
  path: {
    kind: "path",
    description: "Only commits touching this path appear (a monorepo package, as version's path); use with tag-prefix and a per-package changelog.",
  },
  preset: { kind: "enum", values: ["conventionalcommits", "angular"], default: "conventionalcommits", description: "Commit convention." },
  locale: { kind: "enum", values: ["en", "zh-CN"], default: "en", description: "Language of section titles." },
  sections: {
    kind: "list",
    description:
      "Sections to show, in order of the built-in list (default: breaking, feat, fix, perf, revert); add docs, refactor, test, build, ci or chore to show them.",
  },
  "section-order": {
    kind: "list",
    description:
      "Order of the sections, one id per line (e.g. fix, feat); sections not listed follow in the built-in order. Ids: breaking, feat, fix, perf, revert, docs, refactor, test, build, ci, chore, or one named in section-titles.",
  },
  "section-titles": {
    kind: "list",
    description: "Custom section titles, one section=Title per line (e.g. feat=New features); a new section id with a title becomes a section.",
  },
  types: {
    kind: "list",
    description: "Extra commit type to section mappings, one type=section per line (e.g. deps=build, improvement=feat).",
  },
  header: {
    kind: "string",
    description: "Markdown above the sections; may use {{version}}, {{tag}}, {{previousTag}}, {{date}} and {{compareUrl}}.",
  },
  footer: {
    kind: "string",
    description: "Markdown below the sections; may use {{version}}, {{tag}}, {{previousTag}}, {{date}} and {{compareUrl}}.",
  },
  template: { kind: "path", description: "A template file for the release body with {{placeholders}} (see docs/notes.md)." },
  contributors: { kind: "boolean", default: "true", description: "List the authors in the range, first-time contributors marked." },
  changelog: { kind: "path", default: "CHANGELOG.md", description: "CHANGELOG file to update; none to skip." },
  "commit-changelog": {
    kind: "enum",
    values: ["none", "git", "api"],
    default: "none",
    description: "How to commit the CHANGELOG: not at all, with git push, or through the API (verified commit).",
  },
  release: { kind: "boolean", default: "true", description: "Create or update the GitHub release (needs a token)." },
  draft: { kind: "boolean", default: "false", description: "Publish the release as a draft." },
  prerelease: {
    kind: "enum",
    values: ["auto", "true", "false"],
    default: "auto",
    description: "Mark the release as a pre-release; auto: when the version has a pre-release part (1.2.0-rc.1).",
  },
  "make-latest": { kind: "enum", values: ["true", "false", "legacy"], default: "true", description: "Mark the release as latest." },
  assets: { kind: "glob", description: "Globs of files to upload as release assets (an asset of the same name is replaced)." },
  "comment-released": { kind: "boolean", default: "false", description: "Comment 'released in vX' on the pull requests and issues in the release." },
  "dry-run": dryRunInput,
  "github-token": githubTokenInput,
} as const;

export const notesSpec: CommandSpec<typeof notesInputs> = {
  name: "notes",
  title: "Shipline notes",
  description: "Write release notes grouped by change type, and publish them idempotently to the GitHub release and CHANGELOG.md.",
  branding: { icon: "file-text", color: "purple" },
  inputs: notesInputs,
  outputs: {
    notes: { description: "The release notes as markdown." },
    "notes-file": { description: "Path of a file holding the notes." },
    "release-id": { description: "ID of the GitHub release created or updated." },
    "release-url": { description: "URL of the GitHub release." },
    "changelog-updated": { description: "true when CHANGELOG.md changed." },
  },
};
