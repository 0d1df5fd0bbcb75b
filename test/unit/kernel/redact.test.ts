import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown } from "../../../src/kernel/markdown.js";
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

  it("masks a secret after markdown, HTML, JSON and URL escaping, in every form the renderers produce", () => {
    const secret = 'ghs_a_b*c<d>&"e\\f|g';
    const r = new Redactor();
    r.add(secret);
    const forms = {
      markdown: escapeMarkdown(secret),
      html: escapeHtml(secret),
      json: JSON.stringify(secret).slice(1, -1),
      jsonOfMarkdown: JSON.stringify(escapeMarkdown(secret)).slice(1, -1),
      uri: encodeURIComponent(secret),
      form: new URLSearchParams({ v: secret }).toString().slice(2),
    };
    for (const [name, form] of Object.entries(forms)) {
      expect(form, name).not.toBe(secret);
      expect(r.redact(`before ${form} after`), name).toBe("before *** after");
    }
  });

  it("masks the markdown-escaped token a test printed as GITHUB_TOKEN=<token>", () => {
    const token = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
    const r = new Redactor();
    r.add(token);
    const rendered = `| failing test | ${escapeMarkdown(`expected 200, printed GITHUB_TOKEN=${token}`)} |`;
    expect(rendered).toContain("ghs\\_16C7");
    expect(r.redact(rendered)).not.toMatch(/16C7e42F292c6912E7710c838347Ae178B4a/);
    expect(r.redact(rendered)).toContain("GITHUB\\_TOKEN=***");
  });

  it("masks the base64 of a secret at any byte offset inside a longer encoded text", () => {
    const token = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
    const r = new Redactor();
    r.add(token);
    for (const prefix of ["", "a", "ab", "abc", "user:"]) {
      const encoded = Buffer.from(`${prefix}${token} and more`).toString("base64");
      const out = r.redact(encoded);
      expect(out, prefix).toContain("***");
      // What is left cannot be decoded back into the token's secret part.
      const left = out
        .split("***")
        .map((p) => Buffer.from(p, "base64").toString("latin1"))
        .join("");
      expect(left, prefix).not.toContain("16C7e42F292c6912E7710c838347Ae178B4a".slice(4, 24));
    }
  });

  it("masks each line of a multi-line secret once a renderer folded or split it", () => {
    const key = "-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----";
    const r = new Redactor();
    r.add(key);
    expect(r.redact(`key: ${escapeMarkdown(key)}`)).not.toContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
    expect(r.redact("line MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")).toBe("line ***");
  });

  it("redacts every string inside a request-like value, keys included", () => {
    const r = new Redactor();
    r.add("s3cr3t-value");
    expect(r.redactValue({ body: "x s3cr3t-value", list: ["s3cr3t-value", 3], "s3cr3t-value": true })).toEqual({
      body: "x ***",
      list: ["***", 3],
      "***": true,
    });
  });
});
