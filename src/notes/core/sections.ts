/**
 * Section configuration from inputs: custom titles (`feat=New features`) and extra type → section
 * mappings (`deps=build`, `improvement=feat`). Pure; problems are reported per input and line.
 */
import { InputError, type InputProblem } from "../../kernel/errors.js";
import { SECTION_ORDER } from "./render.js";

const PAIR = /^\s*([A-Za-z][\w-]*)\s*=\s*(\S.*?)\s*$/;

/**
 * Parses `key=value` items of a list input into a record.
 * @param input the input name, for messages.
 * @param items the list input's items (one per line); an empty list gives `{}`.
 * @param what  names the key and value in messages, e.g. "section=Title".
 * @throws InputError naming every malformed item and its position (1-based).
 */
export function parsePairs(input: string, items: readonly string[], what: string): Record<string, string> {
  const out: Record<string, string> = {};
  const problems: InputProblem[] = [];
  items.forEach((item, i) => {
    const m = PAIR.exec(item);
    if (!m) {
      problems.push({
        input,
        problem: `item ${i + 1} ("${item}") is not "${what}". Write one pair per line, e.g. ${input === "types" ? "deps=build" : "feat=New features"}`,
      });
      return;
    }
    out[(m[1] as string).toLowerCase()] = m[2] as string;
  });
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

/**
 * Reads `types` (type=section): the section must be one of the built-in ids or a new id that
 * `section-titles` names, so a typo cannot silently make a section disappear.
 * @returns the type map and the titles; both `{}` when the inputs are empty.
 */
export function parseSectionConfig(types: readonly string[], titles: readonly string[]): { typeMap: Record<string, string>; titles: Record<string, string> } {
  const typeMap = parsePairs("types", types, "type=section");
  const titleMap = parsePairs("section-titles", titles, "section=Title");
  const known = new Set<string>([...SECTION_ORDER, ...Object.keys(titleMap)]);
  const problems: InputProblem[] = [];
  for (const [type, section] of Object.entries(typeMap)) {
    const id = section.toLowerCase();
    if (!known.has(id)) {
      problems.push({
        input: "types",
        problem: `maps "${type}" to "${section}", which is not a section. Use one of ${SECTION_ORDER.join(", ")}, or give "${id}" a title in section-titles`,
      });
    }
    typeMap[type] = id;
  }
  if (problems.length > 0) throw new InputError(problems);
  return { typeMap, titles: titleMap };
}

/**
 * Reads `section-order`: section ids to put first, in order. Every id must be a built-in section or
 * one `section-titles` names, so a typo fails instead of being silently ignored; all unknown ids are
 * reported at once, with the known ones.
 * @param items the list input's items; an empty list gives `[]` (the built-in order).
 * @param titles the parsed `section-titles` (their ids are sections too).
 * @throws InputError naming each unknown or repeated id.
 */
export function parseSectionOrder(items: readonly string[], titles: Readonly<Record<string, string>>): string[] {
  const known = [...SECTION_ORDER, ...Object.keys(titles).filter((id) => !(SECTION_ORDER as readonly string[]).includes(id))];
  const problems: InputProblem[] = [];
  const order: string[] = [];
  for (const item of items) {
    const id = item.trim().toLowerCase();
    if (!known.includes(id)) {
      problems.push({ input: "section-order", problem: `names "${item.trim()}", which is not a section. Use ids from: ${known.join(", ")}` });
    } else if (order.includes(id)) {
      problems.push({ input: "section-order", problem: `lists "${id}" twice. List each section once` });
    } else {
      order.push(id);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return order;
}
