/** Shipline's own version, from package.json (inlined by the bundler). */
import pkg from "../../package.json" with { type: "json" };

export const SHIPLINE_VERSION: string = pkg.version;
export const USER_AGENT = `shipline/${SHIPLINE_VERSION}`;
