/** Releases port over the API: idempotent creates, `make_latest` only for the newest, safe asset replacement. */
import semver from "semver";
import { type GitHub, GitHubApiError } from "./client.js";
import type { ReleaseFields, Releases } from "./ports.js";
import type { Release, ReleaseAsset } from "./types.js";

export type { ReleaseFields, Releases } from "./ports.js";

const WRITE = { permission: "contents: write" } as const;
/** Suffix of the name a replacement asset is uploaded under before the old one is deleted. */
const PENDING_SUFFIX = ".shipline-pending";

/** `v1.2.3` -> { prefix: "v", version: "1.2.3" }; `pkg-v2.0.0-rc.1` -> { prefix: "pkg-v", ... }. */
function splitTag(tag: string): { prefix: string; version: string } | undefined {
  const m = /^(.*?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  if (!m || !semver.valid(m[2] as string)) return undefined;
  return { prefix: m[1] as string, version: m[2] as string };
}

export class ApiReleases implements Releases {
  constructor(private readonly gh: GitHub) {}

  async findByTag(tag: string): Promise<Release | undefined> {
    const found = await this.gh.requestOptional<Release>("GET /repos/{owner}/{repo}/releases/tags/{tag}", { tag }, WRITE);
    if (found) return found;
    const all = await this.gh.paginate<Release>("GET /repos/{owner}/{repo}/releases", {}, { ...WRITE, limit: 300 });
    return all.find((r) => r.tag_name === tag);
  }

  async get(releaseId: number): Promise<Release> {
    return (await this.gh.request<Release>("GET /repos/{owner}/{repo}/releases/{release_id}", { release_id: releaseId }, WRITE)).data;
  }

  async create(fields: ReleaseFields): Promise<Release> {
    const makeLatest = await this.makeLatestFor(fields);
    const { make_latest: _asked, ...rest } = fields;
    const body = { ...rest, ...(makeLatest ? { make_latest: makeLatest } : {}) };
    return this.gh.createOnce<Release>("POST /repos/{owner}/{repo}/releases", body, WRITE, () => this.findByTag(fields.tag_name));
  }

  async update(releaseId: number, fields: Partial<ReleaseFields>): Promise<Release> {
    // A re-run for an old tag must not make it "Latest": GitHub applies make_latest on every update.
    const { make_latest: _dropped, ...rest } = fields;
    return (await this.gh.request<Release>("PATCH /repos/{owner}/{repo}/releases/{release_id}", { release_id: releaseId, ...rest }, WRITE)).data;
  }

  /**
   * What to send as `make_latest` on create. GitHub's default for an omitted value is "true" (the
   * new release becomes Latest whatever its version), so an older version than a published release
   * of the same tag prefix gets "false"; a draft or prerelease sends nothing.
   */
  private async makeLatestFor(fields: ReleaseFields): Promise<ReleaseFields["make_latest"]> {
    if (fields.draft || fields.prerelease) return fields.make_latest === "false" ? "false" : undefined;
    const wanted = fields.make_latest ?? "true";
    if (wanted !== "true") return wanted;
    const mine = splitTag(fields.tag_name);
    if (!mine) return wanted;
    const all = await this.gh.paginate<Release>("GET /repos/{owner}/{repo}/releases", {}, { ...WRITE, limit: 300 });
    const newer = all.some((r) => {
      if (r.draft || r.prerelease || r.tag_name === fields.tag_name) return false;
      const other = splitTag(r.tag_name);
      return other !== undefined && other.prefix === mine.prefix && semver.gt(other.version, mine.version);
    });
    return newer ? "false" : "true";
  }

  async listAssets(releaseId: number): Promise<ReleaseAsset[]> {
    return this.gh.paginate<ReleaseAsset>("GET /repos/{owner}/{repo}/releases/{release_id}/assets", { release_id: releaseId }, WRITE);
  }

  async deleteAsset(assetId: number): Promise<void> {
    try {
      await this.gh.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: assetId }, WRITE);
    } catch (e) {
      // Already gone: a retried delete whose first answer was lost.
      if (e instanceof GitHubApiError && e.status === 404) return;
      throw e;
    }
  }

  /**
   * Uploads an asset through the release's `upload_url` (uploads.github.com on github.com,
   * `/api/uploads` on GHES). GitHub's contract asks for application/octet-stream.
   */
  async uploadAsset(release: Pick<Release, "id" | "upload_url">, name: string, data: Buffer): Promise<ReleaseAsset> {
    return this.gh.createOnce<ReleaseAsset>(
      `POST ${release.upload_url}`,
      { name, data, headers: { "content-type": "application/octet-stream", "content-length": data.length } },
      WRITE,
      async () => (await this.listAssets(release.id)).find((a) => a.name === name && a.size === data.length && a.state === "uploaded"),
    );
  }

  async putAsset(release: Pick<Release, "id" | "upload_url">, name: string, data: Buffer): Promise<{ asset: ReleaseAsset; replaced: boolean }> {
    const assets = await this.listAssets(release.id);
    const old = assets.find((a) => a.name === name);
    const pendingName = `${name}${PENDING_SUFFIX}`;
    // Left by a run that failed between the upload and the rename: its old asset is still in place.
    const stale = assets.find((a) => a.name === pendingName);
    if (stale) await this.deleteAsset(stale.id);
    if (!old) return { asset: await this.uploadAsset(release, name, data), replaced: false };
    // Asset names are unique in a release, so the new file goes up under a temporary name; only
    // once it is there is the old one deleted and the new one renamed.
    const pending = await this.uploadAsset(release, pendingName, data);
    await this.deleteAsset(old.id);
    const renamed = await this.gh.request<ReleaseAsset>("PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: pending.id, name }, WRITE);
    return { asset: renamed.data, replaced: true };
  }
}
