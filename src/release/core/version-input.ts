/**
 * Checking version-valued inputs and versions read back from files: a strict semantic version
 * (`1.4.0`, `2.0.0-rc.1`, build metadata allowed), numbers no larger than Number.MAX_SAFE_INTEGER
 * (a larger one cannot be bumped exactly). Pure.
 */
import semver from "semver";

/** The accepted form, for messages. */
export const VERSION_FORM = "a semantic version X.Y.Z (e.g. 1.4.0 or 2.0.0-rc.1), each number at most 9007199254740991";

/**
 * Why `value` is not an acceptable version, or undefined when it is. semver itself refuses numbers
 * beyond Number.MAX_SAFE_INTEGER and loose forms (`v1.2`, `01.2.3`, `1.2`), which is what we want:
 * a tag `vbanana` or `v99999999999999999999.0.0` must never be written.
 */
export function checkVersion(value: string): string | undefined {
  let parsed: semver.SemVer | null = null;
  try {
    parsed = semver.parse(value);
  } catch {
    parsed = null;
  }
  if (parsed === null || parsed.raw !== value) return `must be ${VERSION_FORM}; got "${value}"`;
  for (const n of [parsed.major, parsed.minor, parsed.patch])
    if (!Number.isSafeInteger(n)) return `must be ${VERSION_FORM}; got "${value}", whose numbers are too large`;
  return undefined;
}
