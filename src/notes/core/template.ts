/**
 * Custom layouts for teams that want their own notes: a small logic-less template format with
 * `{{name}}` placeholders. Chosen over Handlebars because notes templates only arrange pieces we
 * render (no loops or helpers needed), a template cannot run code, and every mistake is reported
 * with its line: an unknown placeholder or an unclosed `{{` fails instead of rendering blank.
 *
 * Placeholders: version, tag, previous_tag, date, sections, contributors, compare_url, header, footer.
 */

export const TEMPLATE_FIELDS = ["version", "tag", "previous_tag", "date", "sections", "contributors", "compare_url", "header", "footer"] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export interface TemplateProblem {
  line: number;
  message: string;
}

/** Checks a template; returns every problem with its 1-based line. */
export function checkTemplate(text: string): TemplateProblem[] {
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
      if (!(TEMPLATE_FIELDS as readonly string[]).includes(name)) {
        problems.push({ line: i + 1, message: `unknown placeholder "{{${name}}}"; known: ${TEMPLATE_FIELDS.join(", ")}` });
      }
      rest = rest.slice(close + 2);
    }
  });
  return problems;
}

/** Fills a checked template. */
export function renderTemplate(text: string, values: Readonly<Record<TemplateField, string>>): string {
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_m, name: string) => values[name as TemplateField] ?? "");
}
