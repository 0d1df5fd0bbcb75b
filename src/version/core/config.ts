/**
 * The version config file (YAML or JSON): branches, release rules and monorepo packages. Validated
 * with zod; every problem comes back with its key path so the I/O layer can name file and line.
 */
import { z } from "zod";
import type { ReleaseRule } from "./classify.js";
import { type BranchConfig, DEFAULT_BRANCHES } from "./next-version.js";

const bump = z.enum(["major", "minor", "patch", "none"]);

const schema = z
  .object({
    branches: z
      .object({
        release: z.array(z.string().min(1)).min(1).optional(),
        prerelease: z.record(z.string().min(1), z.string().regex(/^[0-9A-Za-z-]+$/, "a channel is letters, digits and hyphens")).optional(),
      })
      .strict()
      .optional(),
    "release-rules": z
      .array(
        z
          .object({
            type: z.string().min(1).optional(),
            scope: z.string().min(1).optional(),
            subject: z.string().min(1).optional(),
            breaking: z.boolean().optional(),
            release: bump,
          })
          .strict(),
      )
      .optional(),
    packages: z
      .array(
        z
          .object({
            name: z.string().min(1),
            path: z.string().min(1),
            "tag-prefix": z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
    "initial-version": z.string().optional(),
    "bump-dependents": z.boolean().optional(),
  })
  .strict();

export interface VersionConfig {
  branches: BranchConfig;
  rules: ReleaseRule[];
  packages: { name: string; path: string; tagPrefix: string }[];
  initialVersion: string | undefined;
  /**
   * With packages: a package that depends (package.json dependencies, peer or optional) on a
   * package that releases releases a patch too. Defaults to false.
   */
  bumpDependents?: boolean;
}

export interface ConfigProblem {
  path: (string | number)[];
  message: string;
}

/** Validates parsed config data. Returns the config or every problem with its key path. */
export function parseVersionConfig(data: unknown): { config: VersionConfig } | { problems: ConfigProblem[] } {
  const r = schema.safeParse(data ?? {});
  if (!r.success) {
    return { problems: r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })) };
  }
  const problems: ConfigProblem[] = [];
  (r.data["release-rules"] ?? []).forEach((rule, i) => {
    if (rule.subject !== undefined) {
      try {
        new RegExp(rule.subject);
      } catch (e) {
        problems.push({ path: ["release-rules", i, "subject"], message: `not a valid regular expression: ${(e as Error).message}` });
      }
    }
  });
  if (problems.length > 0) return { problems };
  return {
    config: {
      branches: {
        release: r.data.branches?.release ?? DEFAULT_BRANCHES.release,
        prerelease: r.data.branches?.prerelease ?? DEFAULT_BRANCHES.prerelease,
      },
      rules: (r.data["release-rules"] ?? []).map((x) => ({ ...x }) as ReleaseRule),
      packages: (r.data.packages ?? []).map((p) => ({ name: p.name, path: p.path, tagPrefix: p["tag-prefix"] ?? `${p.name}@` })),
      initialVersion: r.data["initial-version"],
      bumpDependents: r.data["bump-dependents"] ?? false,
    },
  };
}
