/**
 * The `command` provider: the user's script moves the traffic (kubectl, Argo Rollouts, a cloud load
 * balancer) and gets SHIPLINE_STAGE, SHIPLINE_WEIGHT, SHIPLINE_VERSION and SHIPLINE_ACTION. It may
 * print the weight the router now has on its last line; that is checked when it does.
 */
import { EnvVar } from "../../kernel/env-vars.js";
import { ErrorCode, ShiplineError } from "../../kernel/errors.js";
import { runScript } from "../../kernel/exec.js";
import type { TrafficProvider } from "./provider.js";

export class CommandProvider implements TrafficProvider {
  readonly name = "command";
  private current: number | undefined;
  constructor(
    private readonly script: string,
    private readonly o: { cwd: string; env: Readonly<Record<string, string | undefined>>; version: string; log: (m: string) => void },
  ) {}

  private async run(action: "apply" | "rollback", weight: number, stage: number): Promise<void> {
    const r = await runScript(this.script, {
      cwd: this.o.cwd,
      env: { ...this.o.env, [EnvVar.Stage]: String(stage), [EnvVar.Weight]: String(weight), [EnvVar.Version]: this.o.version, [EnvVar.Action]: action },
      timeoutMs: 120_000,
    });
    for (const l of r.stdout.trim().split("\n").filter(Boolean)) this.o.log(l);
    if (r.exitCode !== 0) {
      throw new ShiplineError(
        ErrorCode.ProcessFailed,
        `The provider command failed (exit ${r.exitCode}) setting ${weight}%: ${r.stderr.trim().split("\n").slice(-2).join(" ")}`,
        {
          hint: "Fix the provider-command script; it receives SHIPLINE_WEIGHT and SHIPLINE_ACTION.",
        },
      );
    }
    const reported = /^(\d{1,3})\s*%?$/.exec(r.stdout.trim().split("\n").at(-1) ?? "");
    if (reported && Number(reported[1]) !== weight)
      throw new ShiplineError(ErrorCode.ProcessFailed, `The provider command reports ${reported[1]}% after setting ${weight}%.`);
    this.current = weight;
  }

  async read(): Promise<number | undefined> {
    return this.current;
  }
  async apply(weight: number, stage: number): Promise<void> {
    await this.run("apply", weight, stage);
  }
  async rollback(): Promise<void> {
    await this.run("rollback", 0, 0);
  }
}
