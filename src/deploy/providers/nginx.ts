/**
 * nginx: the provider writes a weighted `upstream` block to a file the user's nginx config includes,
 * then runs the reload command (default `nginx -s reload`). The file is read before and after every
 * write; a reload that fails restores the previous file so nginx keeps serving the last good config.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { parseUpstreamWeight, renderUpstream, type UpstreamServers } from "../core/nginx-upstream.js";
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import { runScript } from "../../kernel/exec.js";
import { IDENTIFIER, isServerAddress } from "../core/provider-config.js";
import type { TrafficProvider } from "./provider.js";

export interface NginxOptions extends UpstreamServers {
  /** The upstream file (absolute, or relative to cwd). */
  file: string;
  /** Reload script, run through bash. Default `nginx -s reload`. */
  reloadCommand: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export class NginxProvider implements TrafficProvider {
  readonly name = "nginx";
  constructor(private readonly o: NginxOptions) {
    // The file is nginx configuration: a name or address carrying `;` or `}` would write directives.
    const bad = [!IDENTIFIER.test(o.upstream) && o.upstream, ...[o.stable, o.canary].filter((a) => !isServerAddress(a))].filter(Boolean);
    if (bad.length > 0)
      throw new ShiplineError(ErrorCode.InputInvalid, `${bad.map((b) => `"${b}"`).join(" and ")} cannot go into an nginx upstream block.`, {
        exitCode: 2,
        hint: 'Set "nginx-upstream" to an upstream name and "stable"/"canary" to server addresses like 127.0.0.1:8081.',
      });
  }

  private async text(): Promise<string | undefined> {
    try {
      return await readFile(this.o.file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  async read(): Promise<number | undefined> {
    const t = await this.text();
    return t === undefined ? undefined : parseUpstreamWeight(t, this.o);
  }

  async apply(weight: number): Promise<void> {
    const before = await this.text();
    // Write-then-rename so nginx never reads a half-written file.
    await writeFile(`${this.o.file}.tmp`, renderUpstream(this.o, weight));
    await rename(`${this.o.file}.tmp`, this.o.file);
    const r = await runScript(this.o.reloadCommand, { cwd: this.o.cwd, env: this.o.env, timeoutMs: 60_000 });
    if (r.exitCode !== 0) {
      if (before !== undefined) await writeFile(this.o.file, before);
      throw new ShiplineError(
        ErrorCode.ProcessFailed,
        `The nginx reload command "${this.o.reloadCommand}" failed (exit ${r.exitCode}) after writing ${weight}% to ${this.o.file}: ${r.stderr.trim().split("\n").slice(-2).join(" ")}`,
        {
          hint: 'Check "nginx-reload-command" (it runs through bash) and that the nginx config includes the upstream file; the previous file was restored.',
        },
      );
    }
    const now = await this.read();
    if (now !== weight)
      throw new ShiplineError(ErrorCode.ProcessFailed, `${this.o.file} holds ${now ?? "no readable"}% for ${this.o.canary} after writing ${weight}%.`, {
        hint: "Another process may be writing the upstream file; the rollout stopped.",
      });
  }

  async rollback(): Promise<void> {
    await this.apply(0);
  }
}
