// Writes every generated file from the specs: <command>/action.yml and the root action.yml.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { renderActionYml, renderRootActionYml, updateReadme } from "../src/action-yml.js";
import { COMMAND_NAMES } from "../src/kernel/command.js";
import { specs } from "../src/specs.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");
for (const name of COMMAND_NAMES) {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, "action.yml"), renderActionYml(specs[name]));
}
writeFileSync(join(root, "action.yml"), renderRootActionYml());
const readme = join(root, "README.md");
writeFileSync(readme, updateReadme(readFileSync(readme, "utf8"), specs));
console.error(`wrote ${COMMAND_NAMES.length + 1} action.yml files and the README tables`);
