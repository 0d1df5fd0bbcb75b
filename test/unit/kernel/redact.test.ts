import { describe, expect, it } from "vitest";
import { Redactor } from "../../../src/kernel/redact.js";

describe("Redactor", () => {
  const token = "ghp_S3cr3t/Token+With=Chars";

  it("masks a secret in its raw, URL-encoded and base64 header forms", () => {
    const r = new Redactor();
    r.add(token);
    const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
    const text = `raw ${token} enc ${encodeURIComponent(token)} hdr ${basic}`;
    const out = r.redact(text);
    expect(out).not.toContain(token);
    expect(out).not.toContain(encodeURIComponent(token));
    expect(out).not.toContain(basic);
    expect(out).toBe("raw *** enc *** hdr ***");
  });

  it("masks userinfo in any URL, registered or not", () => {
    const r = new Redactor();
    expect(r.redact("fatal: unable to access 'https://x-access-token:abc123@github.com/o/r.git/'")).toBe(
      "fatal: unable to access 'https://x-access-token:***@github.com/o/r.git/'",
    );
    expect(r.redact("https://tok3n@ghe.example.com/o/r")).toBe("https://***@ghe.example.com/o/r");
  });

  it("masks the longest secret first so an overlapping one leaves no tail", () => {
    const r = new Redactor();
    r.add("abcd");
    r.add("abcdefgh");
    expect(r.redact("abcdefgh")).toBe("***");
  });

  it("ignores values too short to be secrets", () => {
    const r = new Redactor();
    r.add("ab");
    r.add("");
    r.add(undefined);
    expect(r.redact("ab cd")).toBe("ab cd");
  });
});
