/**
 * Custom layouts for teams that want their own notes: a small logic-less template format with
 * `{{name}}` placeholders. Chosen over Handlebars because notes templates only arrange pieces we
 * render (no loops or helpers needed), a template cannot run code, and every mistake is reported
 * with its line: an unknown placeholder or an unclosed `{{` fails instead of rendering blank.
 *
 * Two uses: the template file (placeholders {@link TEMPLATE_FIELDS}) and the header and footer
 * inputs (placeholders {@link HEADER_FIELDS}). `previous_tag` and `compare_url` are also accepted as
 * `previousTag` and `compareUrl`, so the same spelling works in both places.
 */

export const TEMPLATE_FIELDS = ["version", "tag", "previous_tag", "date", "sections", "contributors", "compare_url", "header", "footer"] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** Placeholders of the header and footer inputs: what is known before the sections are laid out. */
export const HEADER_FIELDS = ["version", "tag", "previousTag", "date", "compareUrl"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** Alternative spellings -> the name looked up in the values. */
const ALIASES: Readonly<Record<string, string>> = {
  previousTag: "previous_tag",
  compareUrl: "compare_url",
  previous_tag: "previousTag",
  compare_url: "compareUrl",
};

export interface TemplateProblem {
  /** 1-based line in the template text. */
  line: number;
  message: string;
}

function resolveName(name: string, fields: readonly string[]): string | undefined {
  if (fields.includes(name)) return name;
  const alias = ALIASES[name];
  return alias !== undefined && fields.includes(alias) ? alias : undefined;
}

/**
 * Checks a template; returns every problem with its 1-based line (empty when it is fine).
 * @param fields the placeholders allowed; defaults to the template file's {@link TEMPLATE_FIELDS}.
 */
export function checkTemplate(text: string, fields: readonly string[] = TEMPLATE_FIELDS): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  text.split("\n").forEach((line, i) => {
    let rest = line;
    for (;;) {
      const open = rest.indexOf("{{");
      if (open === -1) break;
      const close = rest.indexOf("}}", open + 2);
      if (close === -1) {
        problems.push({ line: i + 1, message: 'unclosed "{{"' });
        break;
      }
      const name = rest.slice(open + 2, close).trim();
      if (resolveName(name, fields) === undefined) {
        problems.push({ line: i + 1, message: `unknown placeholder "{{${name}}}"; known: ${fields.join(", ")}` });
      }
      rest = rest.slice(close + 2);
    }
  });
  return problems;
}

/** Fills a template checked with {@link checkTemplate} against the same `values`' keys. */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([A-Za-z_]+)\s*\}\}/g, (_m, name: string) => values[name] ?? (ALIASES[name] ? values[ALIASES[name] as string] : undefined) ?? "");
}
