/**
 * CHANGELOG.md editing: insert a version's section in version order, or replace it when it exists,
 * leaving every other byte of the file as it was. Pure: text in, text out.
 */
import semver from "semver";
import { checkVersion } from "../../release/core/version-input.js";

const HEADING = /^## \[?v?([0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)\]?/;
export const CHANGELOG_TITLE = "# Changelog\n\nAll notable changes to this project are documented in this file.\n";

export interface ChangelogUpdate {
  content: string;
  changed: boolean;
  action: "created" | "inserted" | "replaced" | "unchanged";
}

/**
 * Puts `section` (starting with `## ...version...`) into `existing` (undefined when the file does
 * not exist). Sections are found by their `## ` headings; text before the first one is kept.
 */
export function upsertChangelogSection(existing: string | undefined, version: string, section: string): ChangelogUpdate {
  const piece = section.endsWith("\n") ? section : `${section}\n`;
  if (existing === undefined || existing.trim() === "") {
    return { content: `${CHANGELOG_TITLE}\n${piece}`, changed: true, action: "created" };
  }
  const lines = existing.split("\n");
  // Offsets of each version heading.
  const starts: { index: number; version: string | undefined }[] = [];
  let offset = 0;
  let inFence = false;
  for (const line of lines) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith("## ")) starts.push({ index: offset, version: HEADING.exec(line)?.[1] });
    offset += line.length + 1;
  }
  const same = starts.findIndex((s) => s.version === version);
  if (same !== -1) {
    const from = (starts[same] as { index: number }).index;
    const to = same + 1 < starts.length ? (starts[same + 1] as { index: number }).index : existing.length;
    const before = existing.slice(0, from);
    const after = existing.slice(to);
    const replacement = to === existing.length ? piece : `${piece}\n`;
    const content = `${before}${replacement}${after}`;
    return { content, changed: content !== existing, action: content === existing ? "unchanged" : "replaced" };
  }
  const lower = starts.find((s) => s.version !== undefined && semver.valid(s.version) && semver.gt(version, s.version));
  if (lower) {
    return { content: `${existing.slice(0, lower.index)}${piece}\n${existing.slice(lower.index)}`, changed: true, action: "inserted" };
  }
  const sep = existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n";
  if (starts.length === 0) return { content: `${existing}${sep}${piece}`, changed: true, action: "inserted" };
  // Older than everything listed: append at the end.
  return { content: `${existing}${sep}${piece}`, changed: true, action: "inserted" };
}

/** A `## ` heading whose version is not a semantic version, with its 1-based line. */
export interface BadChangelogHeading {
  line: number;
  heading: string;
  version: string;
  problem: string;
}

/**
 * The version headings of a CHANGELOG (`## 1.2.0`, `## [v1.2.0](url) (date)`) whose version is not
 * a semantic version, outside code fences. A heading that does not start with a digit (`##
 * Unreleased`) is not a version heading. Read back before a section is inserted: `## 1.2` left by an
 * earlier run would otherwise make the insert compare against it.
 */
export function findBadVersionHeadings(content: string): BadChangelogHeading[] {
  const out: BadChangelogHeading[] = [];
  let inFence = false;
  content.split("\n").forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !line.startsWith("## ")) return;
    const m = /^## \[?v?(\d[^\s\]()]*)/.exec(line);
    if (!m) return;
    const version = m[1] as string;
    const problem = checkVersion(version);
    if (problem) out.push({ line: i + 1, heading: line, version, problem });
  });
  return out;
}
