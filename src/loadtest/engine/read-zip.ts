/**
 * Reads the files of a zip archive (a GitHub Actions artifact download) in memory. Artifacts are
 * small (one JSON report), and this avoids a dependency for ~50 lines: stored and deflated entries
 * only, no zip64, no encryption, which is what actions/upload-artifact produces.
 */
import { inflateRawSync } from "node:zlib";

/**
 * What an untrusted archive may inflate to. Sizes in a zip's headers are the archive's word, so the
 * limits are enforced on the bytes actually inflated: a 1.5 MB archive that inflates to gigabytes
 * stops at the limit, with an error.
 */
export interface ZipLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

/** Entries of `zip` whose name satisfies `want`, as name → contents. Throws on a malformed archive or one past `limits`. */
export function readZipEntries(zip: Buffer, want: (name: string) => boolean = () => true, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let total = 0;
  const tooBig = (name: string) =>
    new Error(
      `the archive inflates to more than ${limits.maxEntryBytes / 1024 / 1024} MB per entry or ${limits.maxTotalBytes / 1024 / 1024} MB in all (entry ${name}); refusing it`,
    );
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error("not a zip archive (no end of central directory)");
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error("malformed zip central directory");
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith("/") || !want(name)) continue;
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`malformed zip local header for ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const room = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    let entry: Buffer;
    if (method === 0) entry = Buffer.from(data);
    else if (method === 8) {
      try {
        entry = inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw tooBig(name);
        throw e;
      }
    } else throw new Error(`zip entry ${name} uses compression method ${method}; only stored and deflate are supported`);
    if (entry.length > room) throw tooBig(name);
    total += entry.length;
    out.set(name, entry);
  }
  return out;
}
