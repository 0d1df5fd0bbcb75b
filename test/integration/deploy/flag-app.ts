import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FlagApp {
  url: string;
  /** Requests served with the flag on, and off. */
  served: { on: number; off: number };
  close(): Promise<void>;
}

/**
 * An app behind a feature flag, on 127.0.0.1: each request is a new user (`user-<n>`), and
 * `isOn(user)` says whether the flag serves it the new code path. When `broken`, the new path
 * answers 500; the old path always answers 200.
 */
export async function startFlagApp(isOn: (user: string) => Promise<boolean> | boolean, broken: boolean): Promise<FlagApp> {
  let n = 0;
  const served = { on: 0, off: 0 };
  const server: Server = createServer((_req, res) => {
    const user = `user-${n++}`;
    Promise.resolve(isOn(user)).then(
      (on) => {
        served[on ? "on" : "off"]++;
        if (on && broken) res.writeHead(500).end("new checkout failed");
        else res.writeHead(200).end(on ? "new checkout ok" : "old checkout ok");
      },
      (e: Error) => res.writeHead(503).end(e.message),
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkout`,
    served,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
