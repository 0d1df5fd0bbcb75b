/**
 * The traffic provider a rollout uses, resolved from the inputs into one typed value (a union: each
 * provider carries exactly what it needs), or every problem with the inputs at once. Pure; the
 * provider objects are built from it by ../providers/index.ts.
 *
 * Names that reach a router are checked here, because a router's control channel is a command
 * language: HAProxy's runtime API takes `;`-separated commands on one line, so a canary named
 * `green weight 0; disable server app/blue` would be three commands. Backend, server and upstream
 * names are identifiers ({@link IDENTIFIER}); nginx server addresses are addresses.
 *
 * Adding a provider is one union member and one case in {@link resolveProvider} (and one in
 * `buildProvider`).
 */

/** A name HAProxy or nginx uses: letters, digits, `_ . : -`. No spaces, quotes or `;`. */
export const IDENTIFIER = /^[A-Za-z0-9_.:-]+$/;

export type ProviderConfig =
  | { kind: "haproxy"; socket: string; backend: string; stable: string; canary: string; hasStats: boolean }
  | { kind: "nginx"; file: string; upstream: string; stable: string; canary: string; reloadCommand: string }
  | { kind: "http"; url: string; secret: string }
  | { kind: "github-dispatch"; workflow: string; ref: string | undefined; timeoutMs: number }
  | { kind: "command"; command: string }
  /** A feature flag's rollout share (Unleash or a flagd file); its inputs are checked by providers/flags.ts. */
  | { kind: "flag"; service: "unleash" | "flagd"; flag: string };

export type ProviderKind = ProviderConfig["kind"];

/** One problem with one input, worded to follow `Input "<name>" `. */
export interface InputProblem {
  input: string;
  problem: string;
}

/** The inputs the providers read (the deploy inputs, by name). */
export interface ProviderInputs {
  provider: string;
  "haproxy-socket"?: string | undefined;
  "haproxy-stats"?: boolean | undefined;
  backend: string;
  stable: string;
  canary: string;
  "nginx-upstream-file"?: string | undefined;
  "nginx-upstream": string;
  "nginx-reload-command": string;
  "webhook-url"?: string | undefined;
  "webhook-secret"?: string | undefined;
  "dispatch-workflow"?: string | undefined;
  "dispatch-ref"?: string | undefined;
  "dispatch-timeout": number;
  "provider-command"?: string | undefined;
  flag?: string | undefined;
}

/** What resolving needs to know about the run besides the inputs. */
export interface ProviderEnvironment {
  /** Whether a GitHub token (and repository) is available. */
  hasToken: boolean;
}

export type ProviderResolution = { ok: true; config: ProviderConfig } | { ok: false; problems: InputProblem[] };

function identifier(input: string, value: string, what: string, problems: InputProblem[]): void {
  if (!IDENTIFIER.test(value))
    problems.push({
      input,
      problem: `must be ${what}: letters, digits and _ . : - only (no spaces, quotes or ;); got "${value}"`,
    });
}

const HOST_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/**
 * Whether `value` is an address nginx's `server` directive takes: `host`, `host:port`, `1.2.3.4:80`,
 * `[::1]:8080`, or `unix:/path/to.sock` (a path without spaces, quotes, `;`, `{`, `}` or `#`).
 */
export function isServerAddress(value: string): boolean {
  if (value.startsWith("unix:")) return /^unix:\/[^\s;{}#'"\\]*$/.test(value);
  let host = value;
  let port: string | undefined;
  const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/.exec(value);
  if (v6) return v6[1]?.includes(":") === true && (v6[2] === undefined || validPort(v6[2]));
  const hp = /^([^:]+):(\d+)$/.exec(value);
  if (hp) {
    host = hp[1] as string;
    port = hp[2];
  }
  if (port !== undefined && !validPort(port)) return false;
  return IPV4.test(host) || (HOSTNAME.test(host) && !/^\d+$/.test(host));
}

function validPort(p: string): boolean {
  const n = Number(p);
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

function address(input: string, value: string, problems: InputProblem[]): void {
  if (!isServerAddress(value))
    problems.push({
      input,
      problem: `must be a server address nginx accepts, like 127.0.0.1:8081, app-green:8080, [::1]:8081 or unix:/run/green.sock; got "${value}"`,
    });
}

function httpUrl(input: string, value: string, problems: InputProblem[]): void {
  let ok = false;
  try {
    const u = new URL(value);
    ok = u.protocol === "http:" || u.protocol === "https:";
  } catch {
    ok = false;
  }
  if (!ok) problems.push({ input, problem: `must be an http(s) URL like https://deploy.example.com/traffic; got "${value}"` });
}

/**
 * Resolves the provider from the inputs. Checks every input the chosen provider needs (present, and
 * names and addresses well formed) and returns all problems found, so a dry run and a real run refuse
 * the same inputs.
 */
export function resolveProvider(inputs: ProviderInputs, env: ProviderEnvironment): ProviderResolution {
  const problems: InputProblem[] = [];
  const required = (input: string, value: string | undefined, why: string): string => {
    if (!value) problems.push({ input, problem: `is required with provider: ${inputs.provider}: ${why}` });
    return value ?? "";
  };
  let config: ProviderConfig;
  switch (inputs.provider) {
    case "haproxy": {
      const socket = required("haproxy-socket", inputs["haproxy-socket"], "the stats socket (level admin), a path or host:port");
      identifier("backend", inputs.backend, "an HAProxy backend name", problems);
      identifier("stable", inputs.stable, "an HAProxy server name", problems);
      identifier("canary", inputs.canary, "an HAProxy server name", problems);
      config = { kind: "haproxy", socket, backend: inputs.backend, stable: inputs.stable, canary: inputs.canary, hasStats: inputs["haproxy-stats"] ?? false };
      break;
    }
    case "nginx": {
      const file = required(
        "nginx-upstream-file",
        inputs["nginx-upstream-file"],
        "the upstream file your nginx config includes (Shipline rewrites it at every stage)",
      );
      identifier("nginx-upstream", inputs["nginx-upstream"], "an nginx upstream name", problems);
      address("stable", inputs.stable, problems);
      address("canary", inputs.canary, problems);
      config = {
        kind: "nginx",
        file,
        upstream: inputs["nginx-upstream"],
        stable: inputs.stable,
        canary: inputs.canary,
        reloadCommand: inputs["nginx-reload-command"],
      };
      break;
    }
    case "http": {
      const url = required("webhook-url", inputs["webhook-url"], "the URL that moves the traffic when it receives the signed JSON POST");
      if (url) httpUrl("webhook-url", url, problems);
      config = { kind: "http", url, secret: inputs["webhook-secret"] ?? "" };
      break;
    }
    case "github-dispatch": {
      const workflow = required("dispatch-workflow", inputs["dispatch-workflow"], "the workflow file (e.g. traffic.yml) that moves the traffic");
      if (!env.hasToken)
        problems.push({ input: "github-token", problem: "is required with provider: github-dispatch (the job needs permissions: actions: write)" });
      config = { kind: "github-dispatch", workflow, ref: inputs["dispatch-ref"], timeoutMs: inputs["dispatch-timeout"] };
      break;
    }
    case "command": {
      const command = required("provider-command", inputs["provider-command"], "a script that sets the traffic to $SHIPLINE_WEIGHT percent");
      config = { kind: "command", command };
      break;
    }
    case "unleash":
    case "flagd":
      config = { kind: "flag", service: inputs.provider, flag: inputs.flag ?? "" };
      break;
    default:
      return { ok: false, problems: [{ input: "provider", problem: `is not a provider Shipline knows; got "${inputs.provider}"` }] };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

/** The provider's one-line description for the plan and the dry run, e.g. `haproxy (backend app, blue → green)`. */
export function describeProvider(c: ProviderConfig): string {
  switch (c.kind) {
    case "haproxy":
      return `haproxy runtime API at ${c.socket} (backend ${c.backend}: ${c.stable} → ${c.canary})`;
    case "nginx":
      return `nginx upstream ${c.upstream} in ${c.file} (${c.stable} → ${c.canary}), reloaded with "${c.reloadCommand}"`;
    case "http":
      return `http webhook ${c.url}${c.secret ? " (signed)" : " (unsigned)"}`;
    case "github-dispatch":
      return `github-dispatch of ${c.workflow}${c.ref ? ` on ${c.ref}` : ""}`;
    case "command":
      return `command "${c.command}"`;
    case "flag":
      return `${c.service} feature flag "${c.flag}" (its rollout share moves; a rollback switches it off)`;
  }
}
