/**
 * CHANGELOG.md editing: insert a version's section in version order, or replace it when it exists,
 * leaving every other byte of the file as it was. Pure: text in, text out.
 */
import semver from "semver";

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
