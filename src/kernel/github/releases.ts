/** Releases port: the calls `notes` needs, each checking what exists first. */
import type { GitHub } from "./client.js";
import type { Release, ReleaseAsset } from "./types.js";

const WRITE = { permission: "contents: write" } as const;

export interface ReleaseFields {
  tag_name: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: "true" | "false" | "legacy";
}

export class Releases {
  constructor(private readonly gh: GitHub) {}

  /**
   * The published release for `tag`, or a draft with that tag (drafts are invisible to the by-tag
   * endpoint, so the list is searched too), or undefined.
   */
  async findByTag(tag: string): Promise<Release | undefined> {
    const found = await this.gh.requestOptional<Release>("GET /repos/{owner}/{repo}/releases/tags/{tag}", { tag }, WRITE);
    if (found) return found;
    const all = await this.gh.paginate<Release>("GET /repos/{owner}/{repo}/releases", {}, { ...WRITE, limit: 300 });
    return all.find((r) => r.tag_name === tag);
  }

  async create(fields: ReleaseFields): Promise<Release> {
    return (await this.gh.request<Release>("POST /repos/{owner}/{repo}/releases", { ...fields }, WRITE)).data;
  }

  async update(releaseId: number, fields: Partial<ReleaseFields>): Promise<Release> {
    return (await this.gh.request<Release>("PATCH /repos/{owner}/{repo}/releases/{release_id}", { release_id: releaseId, ...fields }, WRITE)).data;
  }

  async listAssets(releaseId: number): Promise<ReleaseAsset[]> {
    return this.gh.paginate<ReleaseAsset>("GET /repos/{owner}/{repo}/releases/{release_id}/assets", { release_id: releaseId }, WRITE);
  }

  async deleteAsset(assetId: number): Promise<void> {
    await this.gh.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: assetId }, WRITE);
  }

  /**
   * Uploads an asset through the release's `upload_url` (uploads.github.com on github.com,
   * `/api/uploads` on GHES). GitHub's contract asks for application/octet-stream.
   */
  async uploadAsset(release: Pick<Release, "upload_url">, name: string, data: Buffer): Promise<ReleaseAsset> {
    return (
      await this.gh.request<ReleaseAsset>(
        `POST ${release.upload_url}`,
        { name, data, headers: { "content-type": "application/octet-stream", "content-length": data.length } },
        WRITE,
      )
    ).data;
  }
}
