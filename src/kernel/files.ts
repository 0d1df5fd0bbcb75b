/**
 * Reading the configuration files users hand us (JSON or YAML), with errors that name the file,
 * the line and what to do.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { glob } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { parseDocument } from "yaml";
import { ConfigError, InputError } from "./errors.js";

/**
 * Why `path` cannot be used as a working directory ("does not exist", "is not a directory"), or
 * undefined when it is an existing directory.
 */
export function directoryProblem(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? undefined : "is not a directory";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : `cannot be read (${code ?? (e as Error).message})`;
  }
}

/**
 * Creates directory `path` and its missing parents, one level at a time. Node's recursive mkdir
 * spins forever under a pseudo file system that answers ENOENT to every mkdir (/proc/x on Linux);
 * this fails there with the error of the first level it cannot create.
 */
export function ensureDirectory(path: string): void {
  const missing: string[] = [];
  let dir = resolve(path);
  while (!existsSync(dir)) {
    missing.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of missing) mkdirSync(d);
}

export interface DataFile {
  /** The absolute path read. */
  path: string;
  /** The path as the user wrote it, for messages. */
  shown: string;
  data: unknown;
  /** Finds the 1-based line of a key path (["stages", 1, "weight"]) for messages; YAML only. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Reads a JSON or YAML file named by an input. A missing file is an InputError naming the input;
 * a syntax error is a ConfigError naming the file and line.
 */
export function readDataFile(input: string, file: string, cwd: string): DataFile {
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
    throw new InputError({ input, problem: `names a file that ${why}: "${file}" (relative to ${cwd}). Check the path, or create the file` });
  }
  return parseDataText(file, path, text);
}

/** Parses JSON or YAML text (JSON is YAML; YAML gives line numbers for both). */
export function parseDataText(shown: string, path: string, text: string): DataFile {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw new ConfigError(
      shown,
      doc.errors.map((e) => (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "")).slice(0, 10),
      line === undefined ? { hint: "Fix the syntax and re-run." } : { line, hint: "Fix the syntax and re-run." },
    );
  }
  const lineCounter = text;
  return {
    path,
    shown,
    data: doc.toJS(),
    lineOf(keyPath) {
      const node = doc.getIn(keyPath, true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset === undefined) return undefined;
      return lineCounter.slice(0, offset).split("\n").length;
    },
  };
}

/**
 * The files matching glob patterns (from a `glob` input) under `cwd`, as sorted, de-duplicated
 * absolute paths. Directories are left out; a pattern that matches nothing adds nothing (the caller
 * decides whether that is an error and names its input).
 */
export async function expandGlobs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const p of patterns)
    for await (const entry of glob(p, { cwd, withFileTypes: true })) if (!entry.isDirectory()) files.add(resolve(entry.parentPath, entry.name));
  return [...files].sort();
}
