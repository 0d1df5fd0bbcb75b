export const id = 4;
export const ids = [4];
export const modules = {

/***/ 6004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notesCommand: () => (/* binding */ notesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/kernel/command.ts
var command = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 26 modules
var github = __webpack_require__(6766);
// EXTERNAL MODULE: ./src/version/core/commits.ts
var core_commits = __webpack_require__(8292);
// EXTERNAL MODULE: ./src/version/last-release.ts
var last_release = __webpack_require__(7554);
// EXTERNAL MODULE: ./src/version/repository.ts + 1 modules
var repository = __webpack_require__(6992);
;// CONCATENATED MODULE: ./src/notes/core/changelog.ts
/**
 * CHANGELOG.md editing: insert a version's section in version order, or replace it when it exists,
 * leaving every other byte of the file as it was. Pure: text in, text out.
 */

const HEADING = /^## \[?v?([0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)\]?/;
const CHANGELOG_TITLE = "# Changelog\n\nAll notable changes to this project are documented in this file.\n";
/**
 * Puts `section` (starting with `## ...version...`) into `existing` (undefined when the file does
 * not exist). Sections are found by their `## ` headings; text before the first one is kept.
 */
function upsertChangelogSection(existing, version, section) {
    const piece = section.endsWith("\n") ? section : `${section}\n`;
    if (existing === undefined || existing.trim() === "") {
        return { content: `${CHANGELOG_TITLE}\n${piece}`, changed: true, action: "created" };
    }
    const lines = existing.split("\n");
    // Offsets of each version heading.
    const starts = [];
    let offset = 0;
    let inFence = false;
    for (const line of lines) {
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (!inFence && line.startsWith("## "))
            starts.push({ index: offset, version: HEADING.exec(line)?.[1] });
        offset += line.length + 1;
    }
    const same = starts.findIndex((s) => s.version === version);
    if (same !== -1) {
        const from = starts[same].index;
        const to = same + 1 < starts.length ? starts[same + 1].index : existing.length;
        const before = existing.slice(0, from);
        const after = existing.slice(to);
        const replacement = to === existing.length ? piece : `${piece}\n`;
        const content = `${before}${replacement}${after}`;
        return { content, changed: content !== existing, action: content === existing ? "unchanged" : "replaced" };
    }
    const lower = starts.find((s) => s.version !== undefined && semver_default().valid(s.version) && semver_default().gt(version, s.version));
    if (lower) {
        return { content: `${existing.slice(0, lower.index)}${piece}\n${existing.slice(lower.index)}`, changed: true, action: "inserted" };
    }
    const sep = existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n";
    if (starts.length === 0)
        return { content: `${existing}${sep}${piece}`, changed: true, action: "inserted" };
    // Older than everything listed: append at the end.
    return { content: `${existing}${sep}${piece}`, changed: true, action: "inserted" };
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
;// CONCATENATED MODULE: ./src/notes/core/render.ts
/**
 * Release notes from parsed commits: sections by change type, entries with scope, links to the
 * commit, the PR and the referenced issues, contributors, and a compare link. Pure.
 */

/** Section ids in their default order; breaking changes are collected from every type. */
const SECTION_ORDER = ["breaking", "feat", "fix", "perf", "revert", "docs", "refactor", "test", "build", "ci", "chore"];
const TITLES = {
    en: {
        breaking: "⚠ Breaking changes",
        feat: "Features",
        fix: "Bug fixes",
        perf: "Performance",
        revert: "Reverts",
        docs: "Documentation",
        refactor: "Refactoring",
        test: "Tests",
        build: "Build",
        ci: "Continuous integration",
        chore: "Chores",
        contributors: "Contributors",
        compare: "Full changelog",
        firstTime: "first contribution",
    },
    "zh-CN": {
        breaking: "⚠ 破坏性变更",
        feat: "新增功能",
        fix: "问题修复",
        perf: "性能优化",
        revert: "回退",
        docs: "文档",
        refactor: "代码重构",
        test: "测试",
        build: "构建",
        ci: "持续集成",
        chore: "其他",
        contributors: "贡献者",
        compare: "完整变更",
        firstTime: "首次贡献",
    },
};
/** Which types show by default: the rest are hidden unless configured. */
const DEFAULT_VISIBLE = new Set(["breaking", "feat", "fix", "perf", "revert"]);
function render_link(text, url) {
    return url ? `[${text}](${url})` : text;
}
function entryLine(c, repoUrl, breakingText) {
    const scope = c.scope ? `**${(0,markdown/* escapeMarkdown */.FV)(c.scope)}:** ` : "";
    const subject = (0,markdown/* escapeMarkdown */.FV)((breakingText ?? c.subject).replace(/\s*\(#\d+\)\s*$/, ""));
    const parts = [];
    if (c.sha)
        parts.push(render_link(c.sha.slice(0, 7), repoUrl && `${repoUrl}/commit/${c.sha}`));
    if (c.pullRequest)
        parts.push(render_link(`#${c.pullRequest}`, repoUrl && `${repoUrl}/pull/${c.pullRequest}`));
    const closes = c.references.filter((r) => r.action !== undefined && r.number !== c.pullRequest);
    const refs = closes.map((r) => {
        const label = r.owner && r.repo ? `${r.owner}/${r.repo}#${r.number}` : `#${r.number}`;
        const base = r.owner && r.repo && repoUrl ? repoUrl.replace(/[^/]+\/[^/]+$/, `${r.owner}/${r.repo}`) : repoUrl;
        return render_link(label, base && `${base}/issues/${r.number}`);
    });
    const tail = parts.length > 0 ? ` (${parts.join(", ")})` : "";
    const closing = refs.length > 0 ? `, closes ${refs.join(", ")}` : "";
    return `- ${scope}${subject}${tail}${closing}`;
}
function sectionOf(c, typeMap) {
    if (!c.type)
        return undefined;
    return typeMap?.[c.type] ?? c.type;
}
/** Renders the notes. Duplicate entries (same type, scope and subject) collapse into the first. */
function renderNotes(input) {
    const locale = input.locale ?? "en";
    const titles = { ...TITLES[locale], ...(input.titles ?? {}) };
    const visible = input.visible ?? DEFAULT_VISIBLE;
    const bySection = new Map();
    const seen = new Set();
    let entries = 0;
    const add = (section, line) => {
        const list = bySection.get(section);
        if (list)
            list.push(line);
        else
            bySection.set(section, [line]);
        entries++;
    };
    // Oldest first reads best in notes.
    for (let i = input.changes.length - 1; i >= 0; i--) {
        const c = input.changes[i];
        if (c.skip)
            continue;
        const section = sectionOf(c, input.typeMap);
        if (!section)
            continue;
        const key = `${section}\u0000${c.scope ?? ""}\u0000${c.subject.replace(/\s*\(#\d+\)\s*$/, "").toLowerCase()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (c.breaking && visible.has("breaking")) {
            for (const note of c.breakingNotes)
                add("breaking", entryLine(c, input.repoUrl, note));
        }
        if (visible.has(section))
            add(section, entryLine(c, input.repoUrl));
    }
    const order = [...SECTION_ORDER, ...[...bySection.keys()].filter((k) => !SECTION_ORDER.includes(k))];
    const sections = [];
    for (const id of order) {
        const lines = bySection.get(id);
        if (!lines)
            continue;
        sections.push(`### ${titles[id] ?? (0,markdown/* escapeMarkdown */.FV)(id)}`, "", ...lines, "");
    }
    if (entries === 0)
        sections.push(locale === "zh-CN" ? "本版本没有面向用户的变更。" : "No user-facing changes in this release.", "");
    const contributors = [];
    if (input.contributors.length > 0) {
        const people = input.contributors.map((p) => {
            const who = p.login ? `@${p.login}` : (0,markdown/* escapeMarkdown */.FV)(p.name);
            return p.firstTime ? `${who} (${titles.firstTime})` : who;
        });
        contributors.push(`### ${titles.contributors}`, "", people.join(", "), "");
    }
    const out = [];
    if (input.header)
        out.push(input.header.trim(), "");
    out.push(...sections, ...contributors);
    const compareUrl = input.repoUrl && input.previousTag ? `${input.repoUrl}/compare/${encodeURIComponent(input.previousTag)}...${encodeURIComponent(input.tag)}` : undefined;
    if (compareUrl)
        out.push(`**${titles.compare}**: ${render_link(`${input.previousTag}...${input.tag}`, compareUrl)}`, "");
    if (input.footer)
        out.push(input.footer.trim(), "");
    const body = `${out.join("\n").trim()}\n`;
    const heading = `## ${compareUrl ? `[${input.version}](${compareUrl})` : input.version} (${input.date})`;
    return {
        body,
        changelogSection: `${heading}\n\n${body}`,
        entries,
        parts: { sections: sections.join("\n").trim(), contributors: contributors.join("\n").trim(), compareUrl: compareUrl ?? "" },
    };
}
/** GitHub rejects release bodies over 125,000 characters. */
const RELEASE_BODY_MAX = 125_000;
/**
 * Cuts a body that is too long for a GitHub release at an entry boundary (a line starting with
 * `- `) and links to the full CHANGELOG.
 */
function fitReleaseBody(body, changelogUrl, max = RELEASE_BODY_MAX) {
    if (body.length <= max)
        return { body, truncated: false };
    const notice = `\n\n…and more: the full notes are in ${changelogUrl ? `[the CHANGELOG](${changelogUrl})` : "the CHANGELOG"}.\n`;
    const budget = max - notice.length;
    let cut = body.lastIndexOf("\n- ", budget);
    if (cut <= 0)
        cut = body.lastIndexOf("\n", budget);
    return { body: `${body.slice(0, Math.max(0, cut))}${notice}`, truncated: true };
}
const KEEP = /<!-- shipline:keep -->[\s\S]*?<!-- \/shipline:keep -->/g;
/** Carries hand-written `<!-- shipline:keep -->` blocks of the old body over into the new one (at the top). */
function mergeKeepBlocks(oldBody, newBody) {
    const blocks = (oldBody ?? "").match(KEEP) ?? [];
    if (blocks.length === 0)
        return newBody;
    return `${blocks.join("\n\n")}\n\n${newBody.replace(KEEP, "").trimStart()}`;
}

;// CONCATENATED MODULE: ./src/notes/core/sections.ts
/**
 * Section configuration from inputs: custom titles (`feat=New features`) and extra type → section
 * mappings (`deps=build`, `improvement=feat`). Pure; problems are reported per input and line.
 */


const PAIR = /^\s*([A-Za-z][\w-]*)\s*=\s*(\S.*?)\s*$/;
/**
 * Parses `key=value` items of a list input into a record.
 * @param input the input name, for messages.
 * @param items the list input's items (one per line); an empty list gives `{}`.
 * @param what  names the key and value in messages, e.g. "section=Title".
 * @throws InputError naming every malformed item and its position (1-based).
 */
function parsePairs(input, items, what) {
    const out = {};
    const problems = [];
    items.forEach((item, i) => {
        const m = PAIR.exec(item);
        if (!m) {
            problems.push({
                input,
                problem: `item ${i + 1} ("${item}") is not "${what}". Write one pair per line, e.g. ${input === "types" ? "deps=build" : "feat=New features"}`,
            });
            return;
        }
        out[m[1].toLowerCase()] = m[2];
    });
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return out;
}
/**
 * Reads `types` (type=section): the section must be one of the built-in ids or a new id that
 * `section-titles` names, so a typo cannot silently make a section disappear.
 * @returns the type map and the titles; both `{}` when the inputs are empty.
 */
function parseSectionConfig(types, titles) {
    const typeMap = parsePairs("types", types, "type=section");
    const titleMap = parsePairs("section-titles", titles, "section=Title");
    const known = new Set([...SECTION_ORDER, ...Object.keys(titleMap)]);
    const problems = [];
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
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return { typeMap, titles: titleMap };
}

;// CONCATENATED MODULE: ./src/notes/core/template.ts
/**
 * Custom layouts for teams that want their own notes: a small logic-less template format with
 * `{{name}}` placeholders. Chosen over Handlebars because notes templates only arrange pieces we
 * render (no loops or helpers needed), a template cannot run code, and every mistake is reported
 * with its line: an unknown placeholder or an unclosed `{{` fails instead of rendering blank.
 *
 * Placeholders: version, tag, previous_tag, date, sections, contributors, compare_url, header, footer.
 */
const TEMPLATE_FIELDS = ["version", "tag", "previous_tag", "date", "sections", "contributors", "compare_url", "header", "footer"];
/** Checks a template; returns every problem with its 1-based line. */
function checkTemplate(text) {
    const problems = [];
    text.split("\n").forEach((line, i) => {
        let rest = line;
        for (;;) {
            const open = rest.indexOf("{{");
            if (open === -1)
                break;
            const close = rest.indexOf("}}", open + 2);
            if (close === -1) {
                problems.push({ line: i + 1, message: 'unclosed "{{"' });
                break;
            }
            const name = rest.slice(open + 2, close).trim();
            if (!TEMPLATE_FIELDS.includes(name)) {
                problems.push({ line: i + 1, message: `unknown placeholder "{{${name}}}"; known: ${TEMPLATE_FIELDS.join(", ")}` });
            }
            rest = rest.slice(close + 2);
        }
    });
    return problems;
}
/** Fills a checked template. */
function renderTemplate(text, values) {
    return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_m, name) => values[name] ?? "");
}

// EXTERNAL MODULE: ./src/notes/inputs.ts
var inputs = __webpack_require__(4452);
;// CONCATENATED MODULE: ./src/notes/command.ts
/**
 * The `notes` command: reads the range from git (streamed), renders with the core, then publishes.
 * Every write checks what exists first, so a re-run after a partial failure finishes the job: the
 * tag is reused when it exists, the release updated, the CHANGELOG section replaced.
 */
















async function resolveRef(git, input, ref) {
    const sha = await git.revParse(ref);
    if (!sha)
        throw new errors/* InputError */.dz({
            input,
            problem: `names "${ref}", which is not a tag, branch or commit in this repository. Check the name, or fetch the tags (fetch-depth: 0)`,
        });
    return sha;
}
function names(inputs) {
    const prefix = inputs["tag-prefix"];
    let version = inputs.version?.replace(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), "");
    const tag = inputs.tag ?? (version ? `${prefix}${version}` : undefined);
    if (!version && tag)
        version = tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    if (!version || !tag)
        throw new errors/* InputError */.dz({
            input: "version",
            problem: 'is required (or "tag"): pass the version action\'s outputs, e.g. version: ${{ steps.version.outputs.version }}',
        });
    if (tag !== `${prefix}${version}`) {
        throw new errors/* InputError */.dz({
            input: "tag",
            problem: `"${tag}" does not match version "${version}" with tag-prefix "${prefix}" (expected "${prefix}${version}"). Pass matching values, or set tag-prefix`,
        });
    }
    return { version, tag };
}
const NONE = [];
/**
 * Streams the range and keeps only what the notes render, so 100k commits stay under the memory
 * target (bench/notes: 311 MB when every parsed commit was kept, see the figures in docs/notes.md):
 * changes of a visible section, breaking changes, reverts, and the hidden changes a revert seen
 * earlier in the stream names (git log is newest first, so a revert always comes before what it
 * reverts). cancelReverts from version then runs on that subset unchanged.
 */
async function readRange(git, from, to, inputs, visible, typeMap) {
    const changes = [];
    const authors = new Map();
    const revertedShas = new Set();
    const revertedHeaders = new Set();
    const fields = [];
    let commits = 0;
    const boundary = [];
    const args = from
        ? ["log", "--no-color", "--boundary", "--format=%m%H%x00%an%x00%ae%x00%B%x00", `${from}..${to}`]
        : ["log", "--no-color", "--format=>%H%x00%an%x00%ae%x00%B%x00", to];
    await git.stream(args, (record) => {
        fields.push(fields.length === 0 ? record.replace(/^\n/, "") : record);
        if (fields.length < 4)
            return;
        const [marked, name, email, message] = fields;
        fields.length = 0;
        const sha = marked.slice(1);
        if (marked.charCodeAt(0) === 45 /* "-": a boundary commit, outside the range */) {
            boundary.push(sha);
            return;
        }
        commits++;
        const key = email.toLowerCase();
        // Re-set so the Map's order ends with the oldest appearance of each author.
        authors.delete(key);
        authors.set(key, { name, email });
        for (const c of (0,core_commits/* parseCommit */.L5)(sha, message, { preset: inputs.preset })) {
            const section = c.type ? (typeMap[c.type] ?? c.type) : undefined;
            const wanted = c.revert !== undefined ||
                (section !== undefined && (visible.has(section) || (c.breaking && visible.has("breaking")))) ||
                revertedShas.has(sha.slice(0, 7)) ||
                revertedHeaders.has(c.header);
            if (!wanted)
                continue;
            if (c.revert?.sha)
                revertedShas.add(c.revert.sha.slice(0, 7));
            if (c.revert?.header)
                revertedHeaders.add(c.revert.header);
            // The body and footers are never rendered; shared empty arrays save one allocation each.
            c.body = "";
            c.footers = NONE;
            if (c.breakingNotes.length === 0)
                c.breakingNotes = NONE;
            c.references = c.references.some((r) => r.action === undefined) ? c.references.filter((r) => r.action !== undefined) : c.references;
            changes.push(c);
        }
    });
    return { changes, commits, authors, boundary };
}
async function contributorsOf(git, range, from) {
    const people = [...range.authors.values()].reverse().map((a) => ({ name: a.name, email: a.email, firstTime: !from }));
    // First-time contributors: no commit before the range. One cheap lookup per author (capped).
    if (from) {
        for (const c of people.slice(0, 100)) {
            const r = await git.exec(["log", "-1", "--format=%H", "--fixed-strings", `--author=<${c.email}>`, from], { okCodes: [0, 128] });
            c.firstTime = r.exitCode === 0 && r.stdout.trim() === "";
        }
    }
    return people;
}
/** Resolves authors to GitHub logins through the compare API (batched: one request per 250 commits). */
async function resolveLogins(ctx, from, to, people) {
    if (!from || !ctx.hasToken() || people.length === 0)
        return;
    try {
        const res = await ctx
            .github()
            .client.request("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${from}...${to}` }, { permission: "contents: read" });
        const logins = new Map();
        for (const c of res.data.commits)
            if (c.commit.author?.email && c.author?.login)
                logins.set(c.commit.author.email.toLowerCase(), c.author.login);
        for (const p of people)
            p.login = logins.get(p.email.toLowerCase());
    }
    catch (e) {
        ctx.runtime.log.debug(`Could not resolve contributors' logins: ${e.message}`);
    }
}
function repoUrl(ctx) {
    const r = ctx.context.repository;
    return r ? `${ctx.context.serverUrl}/${r.owner}/${r.repo}` : undefined;
}
async function writeChangelog(inputs, ctx, cwd, version, section) {
    if (!inputs.changelog || /^(none|false)$/i.test(inputs.changelog))
        return undefined;
    const path = (0,external_node_path_.resolve)(cwd, inputs.changelog);
    let existing;
    try {
        existing = (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        if (code !== "ENOENT")
            throw new errors/* InputError */.dz({ input: "changelog", problem: `names "${inputs.changelog}", which cannot be read (${code}). Point it at a writable file` });
    }
    const update = upsertChangelogSection(existing, version, section);
    if (update.changed && !inputs["dry-run"]) {
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, update.content, "utf8");
        }
        catch (e) {
            throw new errors/* InputError */.dz({
                input: "changelog",
                problem: `names "${inputs.changelog}", which cannot be written (${e.code}). Point it at a writable path`,
            });
        }
    }
    ctx.runtime.log.info(`${inputs.changelog}: section ${version} ${update.action}${inputs["dry-run"] ? " (dry run: not written)" : ""}.`);
    return { path, content: update.content, changed: update.changed };
}
async function commitChangelog(inputs, ctx, git, file, tag) {
    const mode = inputs["commit-changelog"];
    if (mode === "none" || inputs["dry-run"])
        return;
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const rel = (0,external_node_path_.relative)(top, file.path);
    const branch = ctx.context.refName && ctx.context.ref?.startsWith("refs/heads/") ? ctx.context.refName : await git.currentBranch();
    if (!branch)
        throw new errors/* InputError */.dz({
            input: "commit-changelog",
            problem: `is "${mode}" but HEAD is not on a branch, so there is nowhere to commit. Run on a branch or set commit-changelog: none`,
        });
    const message = `chore(release): ${tag} [skip ci]`;
    if (mode === "api") {
        const sha = await ctx.github().contents.put(rel, branch, file.content, message);
        ctx.runtime.log.info(`Committed ${rel} to ${branch} through the API (${sha.slice(0, 7)}).`);
        return;
    }
    await git.run(["add", "--", rel]);
    const staged = await git.exec(["diff", "--cached", "--quiet", "--", rel], { okCodes: [0, 1] });
    if (staged.exitCode === 0)
        return;
    await git.run([
        "-c",
        "user.name=github-actions[bot]",
        "-c",
        "user.email=41898282+github-actions[bot]@users.noreply.github.com",
        "commit",
        "-q",
        "-m",
        message,
        "--",
        rel,
    ]);
    const remote = (await git.run(["remote"])).split("\n")[0]?.trim();
    if (remote)
        await git.run(["push", remote, `HEAD:refs/heads/${branch}`]);
}
async function publishRelease(inputs, ctx, tag, version, targetSha, body) {
    if (!inputs.release)
        return undefined;
    if (!ctx.hasToken()) {
        ctx.runtime.log.notice("No GitHub token: the release was not published (the notes are in the outputs and the CHANGELOG).");
        return undefined;
    }
    if (inputs["dry-run"])
        return undefined;
    const gh = ctx.github();
    const prerelease = inputs.prerelease === "auto" ? semver_default().prerelease(version) !== null : inputs.prerelease === "true";
    const fields = { name: tag, body, draft: inputs.draft, prerelease, make_latest: prerelease ? "false" : inputs["make-latest"] };
    // The tag first, through the API, so the release never points at a moving branch.
    const existingTag = await gh.refs.resolveTag(tag);
    if (!existingTag) {
        const obj = await gh.refs.createTagObject(tag, `Release ${version}`, targetSha);
        const made = await gh.refs.create(`tags/${tag}`, obj.sha);
        if (made === "exists")
            ctx.runtime.log.info(`Tag ${tag} was created by a concurrent run; reusing it.`);
    }
    else if (existingTag !== targetSha) {
        ctx.runtime.log.warning(`Tag ${tag} points at ${existingTag.slice(0, 7)}, not at ${targetSha.slice(0, 7)}; the release uses the existing tag.`);
    }
    let release = await gh.releases.findByTag(tag);
    if (release) {
        release = await gh.releases.update(release.id, { ...fields, body: mergeKeepBlocks(release.body, body) });
    }
    else {
        try {
            release = await gh.releases.create({ tag_name: tag, ...fields });
        }
        catch (e) {
            if (!(0,github/* isAlreadyExists */.x9)(e))
                throw e;
            const raced = await gh.releases.findByTag(tag);
            if (!raced)
                throw e;
            release = await gh.releases.update(raced.id, { ...fields, body: mergeKeepBlocks(raced.body, body) });
        }
    }
    return { id: release.id, url: release.html_url };
}
async function uploadAssets(inputs, ctx, cwd, releaseId) {
    if (inputs.assets.length === 0)
        return 0;
    const files = [];
    for (const pattern of inputs.assets) {
        for await (const f of (0,promises_.glob)(pattern, { cwd }))
            files.push((0,external_node_path_.resolve)(cwd, f));
    }
    if (files.length === 0)
        throw new errors/* InputError */.dz({
            input: "assets",
            problem: `matched no file (${inputs.assets.join(", ")}, relative to ${cwd}). Check the globs, or build the assets first`,
        });
    const gh = ctx.github();
    const release = await gh.client.request("GET /repos/{owner}/{repo}/releases/{release_id}", { release_id: releaseId }, { permission: "contents: write" });
    const existing = await gh.releases.listAssets(releaseId);
    for (const file of files) {
        const name = (0,external_node_path_.basename)(file);
        const same = existing.find((a) => a.name === name);
        if (same)
            await gh.releases.deleteAsset(same.id);
        await gh.releases.uploadAsset(release.data, name, (0,external_node_fs_.readFileSync)(file));
        ctx.runtime.log.info(`Uploaded ${name}${same ? " (replaced the old one)" : ""}.`);
    }
    return files.length;
}
async function commentReleased(ctx, changes, tag, url) {
    const numbers = new Set();
    for (const c of changes) {
        if (c.pullRequest)
            numbers.add(c.pullRequest);
        for (const r of c.references)
            if (r.action && !r.owner)
                numbers.add(r.number);
    }
    const gh = ctx.github();
    // A marker per tag makes a re-run update instead of commenting twice; the client paces writes.
    for (const n of [...numbers].slice(0, 50)) {
        await (0,github/* optionalWrite */.w3)(ctx.runtime.log, ctx.context, `the "released" comment on #${n}`, () => gh.comments.upsertSticky(n, `<!-- shipline:released:${tag} -->`, `Released in ${url ? `[${tag}](${url})` : tag}.`));
    }
}
async function run(inputs, ctx) {
    const { runtime } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    const git = await (0,repository/* openRepository */.h_)(cwd, ctx);
    await (0,repository/* ensureFullHistory */.qr)(git, ctx);
    const { version, tag } = names(inputs);
    const config = parseSectionConfig(inputs.types, inputs["section-titles"]);
    const visible = new Set(inputs.sections.length > 0 ? inputs.sections.map((s) => s.toLowerCase()) : DEFAULT_VISIBLE);
    // A section the user titled themselves is wanted: show it without also listing it in `sections`.
    for (const id of Object.keys(config.titles))
        if (!SECTION_ORDER.includes(id))
            visible.add(id);
    const toSha = await resolveRef(git, "to", inputs.to);
    let fromRef = inputs.from ?? inputs["previous-tag"];
    const fromInput = inputs.from ? "from" : "previous-tag";
    let fromSha;
    if (fromRef) {
        fromSha = await resolveRef(git, fromInput, fromRef);
    }
    else {
        // The last release before this one: when the new tag already exists, start below it.
        const tagSha = await git.revParse(`refs/tags/${tag}`);
        const state = await (0,last_release/* findLastRelease */.rw)(git, { tagPrefix: inputs["tag-prefix"], head: tagSha ? `refs/tags/${tag}^` : toSha });
        fromRef = state.lastRelease && state.lastRelease.tag !== tag ? state.lastRelease.tag : undefined;
    }
    const range = await readRange(git, fromRef, toSha, inputs, visible, config.typeMap);
    // `from` must be an ancestor of `to`: otherwise from..to is empty (to before from) or holds the
    // commits of another line of history (from on a side branch). The log's boundary answers that
    // without a separate `merge-base --is-ancestor` walk (1.4 s on 100k commits).
    if (fromSha && fromSha !== toSha && !range.boundary.includes(fromSha)) {
        throw new errors/* InputError */.dz({
            input: "to",
            problem: `("${inputs.to}") is not after "${fromRef}": the range ${fromRef}..${inputs.to} would be empty or wrong. Swap them, or pass the right previous tag`,
        });
    }
    const { kept } = (0,core_commits/* cancelReverts */.OT)(range.changes);
    const contributors = inputs.contributors ? await contributorsOf(git, range, fromRef) : [];
    // The compare API wants commits it can find: a SHA works for tags and branches alike.
    if (inputs.contributors && fromRef)
        await resolveLogins(ctx, fromSha ?? (await git.revParse(fromRef)), toSha, contributors);
    const url = repoUrl(ctx);
    const rendered = renderNotes({
        version,
        tag,
        previousTag: fromRef,
        date: runtime.now().toISOString().slice(0, 10),
        repoUrl: url,
        changes: kept,
        contributors,
        locale: inputs.locale,
        visible,
        titles: config.titles,
        typeMap: config.typeMap,
        ...(inputs.header ? { header: inputs.header } : {}),
        ...(inputs.footer ? { footer: inputs.footer } : {}),
    });
    let body = rendered.body;
    if (inputs.template) {
        const file = (0,external_node_path_.resolve)(cwd, inputs.template);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, "utf8");
        }
        catch (e) {
            throw new errors/* InputError */.dz({ input: "template", problem: `names a file that cannot be read: "${inputs.template}" (${e.code})` });
        }
        const problems = checkTemplate(text);
        if (problems.length > 0)
            throw new errors/* ConfigError */.xL(inputs.template, problems.map((p) => `line ${p.line}: ${p.message}`), { line: problems[0].line, hint: "Fix the template; docs/notes.md lists the placeholders." });
        body = renderTemplate(text, {
            version,
            tag,
            previous_tag: fromRef ?? "",
            date: runtime.now().toISOString().slice(0, 10),
            sections: rendered.parts.sections,
            contributors: rendered.parts.contributors,
            compare_url: rendered.parts.compareUrl,
            header: inputs.header ?? "",
            footer: inputs.footer ?? "",
        });
    }
    const changelogUrl = url && inputs.changelog && !/^(none|false)$/i.test(inputs.changelog) ? `${url}/blob/${tag}/${inputs.changelog}` : undefined;
    const fitted = fitReleaseBody(body, changelogUrl);
    if (fitted.truncated)
        runtime.log.warning(`The notes are longer than GitHub's 125,000-character limit for a release; the release body was cut at an entry and links to the CHANGELOG.`);
    const changelog = await writeChangelog(inputs, ctx, cwd, version, rendered.changelogSection);
    const notesFile = (0,external_node_path_.join)(runtime.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `shipline-notes-${tag.replace(/[^\w.-]/g, "_")}.md`);
    (0,external_node_fs_.writeFileSync)(notesFile, body, "utf8");
    runtime.setOutput("notes", body);
    runtime.setOutput("notes-file", notesFile);
    runtime.setOutput("changelog-updated", changelog?.changed ?? false);
    // Publishing order: tag and release, then the CHANGELOG commit; each step is idempotent.
    const release = await publishRelease(inputs, ctx, tag, version, toSha, fitted.body);
    runtime.setOutput("release-id", release?.id ?? "");
    runtime.setOutput("release-url", release?.url ?? "");
    if (release)
        await uploadAssets(inputs, ctx, cwd, release.id);
    if (changelog?.changed)
        await commitChangelog(inputs, ctx, git, changelog, tag);
    if (inputs["comment-released"] && ctx.hasToken() && !inputs["dry-run"])
        await commentReleased(ctx, kept, tag, release?.url);
    runtime.appendSummary(`## Release notes for ${tag}\n\n${body}`);
    if (inputs["dry-run"])
        runtime.appendSummary("\n_Dry run: nothing was written._\n");
    runtime.log.info(`${rendered.entries} entr${rendered.entries === 1 ? "y" : "ies"} from ${range.commits} commit(s)${fromRef ? ` since ${fromRef}` : ""}.`);
    return { conclusion: "success" };
}
const notesCommand = (0,command/* defineCommand */.NB)(inputs/* notesSpec */.L, run);


/***/ })

};
