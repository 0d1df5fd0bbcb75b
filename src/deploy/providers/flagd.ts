/**
 * flagd flag-definition files (https://flagd.dev/reference/flag-definitions/): the rollout share is
 * a `fractional` split of the flag's targeting between its on and off variants, e.g.
 * `{"fractional": [["on", 10], ["off", 90]]}`. flagd hashes the flag key with the targeting key into
 * the variants' cumulative ranges, on first, so a user who got the new variant at 10 % keeps it at
 * 50 %. At 0 % (a rollback, the kill switch) the flag has no targeting and defaults to the off
 * variant; at 100 % it defaults to the on variant. Shipline owns the flag's targeting; other flags
 * in the file are kept as they are. The file is written in place (atomically: a temp file, then a
 * rename, so flagd's file watcher never reads half a file) or committed through the Contents API,
 * and every write is read back.
 */
import { randomUUID } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import type { Contents } from "../../kernel/github/ports.js";
import type { TrafficProvider } from "./provider.js";

/** Where the flag file lives. */
export interface FlagdStore {
  /** For messages: the path, or `owner/repo:branch:path`. */
  readonly where: string;
  /** The file's text, or undefined when it does not exist yet. */
  read(): Promise<string | undefined>;
  write(text: string, message: string): Promise<void>;
}

export interface FlagdVariants {
  /** Variant served to the rollout's share. Default "on". */
  on: string;
  /** Variant served to everyone else, and to all after a rollback. Default "off". */
  off: string;
}

const SCHEMA = "https://flagd.dev/schema/v0/flags.json";

type FlagDef = { state?: unknown; variants?: Record<string, unknown>; defaultVariant?: unknown; targeting?: unknown; [k: string]: unknown };

function invalid(where: string, what: string): ShiplineError {
  return new ShiplineError(ErrorCode.ConfigInvalid, `The flagd file ${where} ${what}.`, {
    hint: 'Fix the file (see https://flagd.dev/reference/flag-definitions/) or point "flagd-file" at another one.',
    exitCode: 2,
  });
}

function parseDocument(text: string | undefined, where: string): { $schema?: string; flags: Record<string, FlagDef>; [k: string]: unknown } {
  if (text === undefined || text.trim() === "") return { $schema: SCHEMA, flags: {} };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw invalid(where, `is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw invalid(where, "is not a JSON object");
  const d = doc as { flags?: unknown };
  if (d.flags === undefined) d.flags = {};
  if (typeof d.flags !== "object" || d.flags === null || Array.isArray(d.flags)) throw invalid(where, 'has a "flags" that is not an object');
  return d as { flags: Record<string, FlagDef> };
}

/**
 * The share (0..100) of targeting keys the flag serves its on variant to, as written in `text`:
 * 0 when the file or flag is missing or DISABLED; undefined when the targeting is not one Shipline
 * writes (so a rollout stops rather than guess).
 */
export function computeFlagdShare(text: string | undefined, flag: string, variants: FlagdVariants, where = "flags.json"): number | undefined {
  const def = parseDocument(text, where).flags[flag];
  if (!def || def.state === "DISABLED") return 0;
  if (def.targeting === undefined || (typeof def.targeting === "object" && def.targeting !== null && Object.keys(def.targeting).length === 0)) {
    if (def.defaultVariant === variants.on) return 100;
    if (def.defaultVariant === variants.off) return 0;
    return undefined;
  }
  const f = (def.targeting as { fractional?: unknown }).fractional;
  if (!Array.isArray(f) || Object.keys(def.targeting as object).length !== 1) return undefined;
  const buckets = f.filter((b): b is [string, number] => Array.isArray(b) && typeof b[0] === "string");
  if (buckets.length !== f.length || buckets.length !== 2 || buckets[0]?.[0] !== variants.on || buckets[1]?.[0] !== variants.off) return undefined;
  const on = Number(buckets[0][1] ?? 1);
  const off = Number(buckets[1][1] ?? 1);
  if (!(on >= 0 && off >= 0 && on + off > 0)) return undefined;
  return Math.round((on / (on + off)) * 1e4) / 100;
}

/**
 * The file's text with the flag set to serve `variants.on` to `weight` % (0..100) of targeting keys.
 * A missing file or flag is created as a boolean flag (on: true, off: false); an existing flag must
 * already define both variants. Other flags and keys are kept.
 */
export function renderFlagdDocument(text: string | undefined, flag: string, weight: number, variants: FlagdVariants, where = "flags.json"): string {
  const doc = parseDocument(text, where);
  const existing = doc.flags[flag];
  const def: FlagDef = existing ?? { state: "ENABLED", variants: { [variants.on]: true, [variants.off]: false }, defaultVariant: variants.off };
  const missing = [variants.on, variants.off].filter((v) => !def.variants || !(v in def.variants));
  if (missing.length > 0)
    throw invalid(
      where,
      `has no variant ${missing.map((m) => `"${m}"`).join(" or ")} in flag "${flag}" (it has ${Object.keys(def.variants ?? {})
        .map((v) => `"${v}"`)
        .join(", ")}); set "flagd-on-variant" and "flagd-off-variant" to two of them`,
    );
  def.state = "ENABLED";
  if (weight <= 0 || weight >= 100) {
    def.defaultVariant = weight >= 100 ? variants.on : variants.off;
    delete def.targeting;
  } else {
    def.defaultVariant = variants.off;
    // Weights in hundredths, so 12.5 % stays exact (flagd takes any integer weights and sums them).
    const on = Math.round(weight * 100);
    def.targeting = {
      fractional: [
        [variants.on, on],
        [variants.off, 10_000 - on],
      ],
    };
  }
  doc.flags[flag] = def;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A flag file on disk, replaced atomically (temp file in the same directory, then rename). */
export class FlagdFileStore implements FlagdStore {
  constructor(readonly where: string) {}
  async read(): Promise<string | undefined> {
    try {
      return await readFile(this.where, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new ShiplineError(ErrorCode.ProcessFailed, `Cannot read the flagd file ${this.where}: ${(e as Error).message}.`, {
        hint: 'Check "flagd-file" and the job\'s permissions on it.',
      });
    }
  }
  async write(text: string): Promise<void> {
    const tmp = join(dirname(this.where), `.${basename(this.where)}.${randomUUID()}.tmp`);
    try {
      await writeFile(tmp, text, "utf8");
      await rename(tmp, this.where);
    } catch (e) {
      await rm(tmp, { force: true });
      const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "its directory does not exist" : (e as Error).message;
      throw new ShiplineError(ErrorCode.ProcessFailed, `Cannot write the flagd file ${this.where}: ${why}.`, {
        hint: 'Check "flagd-file": its directory must exist and be writable.',
      });
    }
  }
}

/** The narrow part of the kernel's Contents port this store needs. */
export type FlagdContentsPort = Pick<Contents, "read" | "update">;

/** A flag file committed to a branch of the run's repository through the Contents API. */
export class FlagdContentsStore implements FlagdStore {
  readonly where: string;
  constructor(
    private readonly contents: FlagdContentsPort,
    private readonly path: string,
    private readonly branch: string,
    repository: string,
  ) {
    this.where = `${repository}@${branch}:${path}`;
  }
  async read(): Promise<string | undefined> {
    return (await this.contents.read(this.path, this.branch))?.content;
  }
  async write(text: string, message: string): Promise<void> {
    // The whole file is ours: the branch's current text is replaced, never merged.
    await this.contents.update(this.path, this.branch, () => text, message);
  }
}

export interface FlagdOptions {
  flag: string;
  variants: FlagdVariants;
  store: FlagdStore;
  /** Version being rolled out, for commit messages. */
  version?: string;
}

export class FlagdProvider implements TrafficProvider {
  readonly name = "flagd";
  constructor(private readonly o: FlagdOptions) {}

  async read(): Promise<number | undefined> {
    return computeFlagdShare(await this.o.store.read(), this.o.flag, this.o.variants, this.o.store.where);
  }

  async apply(weight: number, stage: number): Promise<void> {
    const before = await this.o.store.read();
    const next = renderFlagdDocument(before, this.o.flag, weight, this.o.variants, this.o.store.where);
    if (next !== before) {
      const what = weight === 0 ? `roll back flag ${this.o.flag} (off for all)` : `flag ${this.o.flag} on for ${weight}%`;
      const about = [this.o.version, stage > 0 ? `stage ${stage}` : ""].filter(Boolean).join(", ");
      await this.o.store.write(next, `chore(flags): ${what}${about ? ` (${about})` : ""}`);
    }
    const now = await this.read();
    if (now !== weight)
      throw new ShiplineError(
        ErrorCode.ProcessFailed,
        `The flagd file ${this.o.store.where} has flag "${this.o.flag}" at ${now === undefined ? "a split Shipline did not write" : `${now}%`} after setting ${weight}%.`,
        { hint: "Something else changed the flag during the rollout; it stopped." },
      );
  }

  async rollback(): Promise<void> {
    await this.apply(0, 0);
  }
}
