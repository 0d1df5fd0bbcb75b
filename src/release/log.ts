/**
 * The one `git log` record reader of version and notes. Every commit is one record per field,
 * NUL-separated: the `%m` mark with the SHA (`-` for a boundary commit, outside the range), the
 * author's name and email when asked for, and the raw message.
 *
 * Streamed: on 100k commits, holding the whole log in memory was a large part of the peak. The
 * records are read with one format everywhere, so version and notes see the same commits of a
 * range.
 */
import type { Git } from "../kernel/git.js";

/** One commit of the log. */
export interface LogCommit {
  sha: string;
  /** True for a `--boundary` commit: just outside the range, no message read for the range. */
  boundary: boolean;
  /** Empty unless `authors` was asked for. */
  authorName: string;
  authorEmail: string;
  /** The raw message (`%B`). */
  message: string;
}

/** Options for {@link streamLog}. */
export interface StreamLogOptions {
  /** Revisions, e.g. `["v1.0.0..HEAD"]` or `["HEAD"]`. */
  revs: readonly string[];
  /** Also print the excluded commits just below the range (marked `boundary`). Defaults to false. */
  boundary?: boolean;
  /** Read the author's name and email. Defaults to false. */
  authors?: boolean;
  /** Only commits touching this path (git's history simplification applies). */
  path?: string | undefined;
}

/** The `git log` arguments {@link streamLog} runs; exported for the benchmark's floor. */
export function logArgs(options: StreamLogOptions): string[] {
  return [
    "log",
    "--no-color",
    ...(options.boundary ? ["--boundary"] : []),
    options.authors ? "--format=%m%H%x00%an%x00%ae%x00%B%x00" : "--format=%m%H%x00%B%x00",
    ...options.revs,
    ...(options.path ? ["--", options.path] : []),
  ];
}

/** Streams the log newest first, calling `onCommit` for every commit (boundary commits included when asked). */
export async function streamLog(git: Git, options: StreamLogOptions, onCommit: (commit: LogCommit) => void): Promise<void> {
  const fields = options.authors ? 4 : 2;
  let i = 0;
  let marked = "";
  let name = "";
  let email = "";
  await git.stream(logArgs(options), (record) => {
    if (i === 0) {
      // Records after the first start with the newline git prints between commits.
      marked = record.charCodeAt(0) === 10 ? record.slice(1) : record;
      i = 1;
      return;
    }
    if (i < fields - 1) {
      if (i === 1) name = record;
      else email = record;
      i++;
      return;
    }
    i = 0;
    onCommit({ sha: marked.slice(1), boundary: marked.charCodeAt(0) === 45, authorName: name, authorEmail: email, message: record });
  });
}
