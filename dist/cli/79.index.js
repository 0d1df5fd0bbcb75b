export const id = 79;
export const ids = [79];
export const modules = {

/***/ 79:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notesCommand: () => (/* binding */ notesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
// EXTERNAL MODULE: ./src/kernel/format.ts
var format = __webpack_require__(8982);
// EXTERNAL MODULE: ./src/kernel/files.ts
var kernel_files = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 9 modules
var github = __webpack_require__(9702);
// EXTERNAL MODULE: ./src/release/core/commits.ts
var core_commits = __webpack_require__(31);
// EXTERNAL MODULE: ./src/release/last-release.ts
var last_release = __webpack_require__(9673);
// EXTERNAL MODULE: ./src/release/log.ts
var log = __webpack_require__(1295);
// EXTERNAL MODULE: ./src/release/next-release.ts + 2 modules
var next_release = __webpack_require__(1283);
// EXTERNAL MODULE: ./src/release/core/version-input.ts
var version_input = __webpack_require__(3092);
// EXTERNAL MODULE: ./src/version/core/next-version.ts
var next_version = __webpack_require__(6840);
// EXTERNAL MODULE: ./src/release/tags.ts
var tags = __webpack_require__(2788);
// EXTERNAL MODULE: ./src/release/repository.ts + 1 modules
var repository = __webpack_require__(5393);
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
/**
 * The version headings of a CHANGELOG (`## 1.2.0`, `## [v1.2.0](url) (date)`) whose version is not
 * a semantic version, outside code fences. A heading that does not start with a digit (`##
 * Unreleased`) is not a version heading. Read back before a section is inserted: `## 1.2` left by an
 * earlier run would otherwise make the insert compare against it.
 */
function findBadVersionHeadings(content) {
    const out = [];
    let inFence = false;
    content.split("\n").forEach((line, i) => {
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (inFence || !line.startsWith("## "))
            return;
        const m = /^## \[?v?(\d[^\s\]()]*)/.exec(line);
        if (!m)
            return;
        const version = m[1];
        const problem = (0,version_input/* checkVersion */.p)(version);
        if (problem)
            out.push({ line: i + 1, heading: line, version, problem });
    });
    return out;
}

// EXTERNAL MODULE: ./src/release/core/reverts.ts
var core_reverts = __webpack_require__(5786);
;// CONCATENATED MODULE: ./src/notes/core/collect.ts

const NONE = [];
const REVERTED_TYPE = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?(!)?: /;
/**
 * The subject as the notes compare it: without the PR suffix, lower-cased, letters and digits
 * only, so `Add skip changelog flag` and `add skip-changelog flag` are one entry.
 */
function entryKey(subject) {
    // ASCII punctuation and spaces only: a Unicode-class regex was a third of the collector's time on
    // 100k commits, and letters beyond ASCII are kept as they are.
    const s = subject.endsWith(")") ? subject.replace(PR_SUFFIX, "") : subject;
    return s.toLowerCase().replace(NOT_WORD, "");
}
const PR_SUFFIX = /\s*\(#\d+\)\s*$/;
const NOT_WORD = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
function shownSubject(c) {
    return c.type === undefined && c.revert?.header ? c.revert.header : c.subject;
}
/** Creates a collector. See the module comment. */
function createNotesCollector(options) {
    const kept = [];
    const reverts = (0,core_reverts/* createRevertMatcher */.L)();
    const tentative = new Map();
    // A revert of a change of a hidden type (`Revert "chore(deps): ..."`) is as hidden as the change.
    const revertShown = (header) => {
        const t = header === undefined ? null : REVERTED_TYPE.exec(header);
        if (!t)
            return true;
        const type = t[1].toLowerCase();
        return type === "revert" || options.visible.has(options.typeMap[type] ?? type) || (t[2] === "!" && options.visible.has("breaking"));
    };
    const sectionOf = (c) => (c.type ? (options.typeMap[c.type] ?? c.type) : c.revert ? "revert" : undefined);
    return {
        add(c) {
            const m = reverts.match(c);
            if (m && "cancelledBy" in m) {
                kept[m.cancelledBy] = undefined;
                return;
            }
            const section = sectionOf(c);
            const wanted = (c.revert !== undefined ? revertShown(c.revert.header) && options.visible.has("revert") : section !== undefined && options.visible.has(section)) ||
                (c.breaking && options.visible.has("breaking"));
            const index = wanted && !c.skip ? kept.length : -1;
            if (m)
                tentative.set(c, index);
            if (index === -1) {
                if (c.revert)
                    reverts.add(c, -1);
                return;
            }
            // The body and footers are never rendered; shared empty arrays save one allocation each.
            c.body = "";
            c.footers = NONE;
            if (c.breakingNotes.length === 0)
                c.breakingNotes = NONE;
            if (c.references.length > 0 && c.references.some((r) => r.action === undefined))
                c.references = c.references.filter((r) => r.action !== undefined);
            kept.push(c);
            if (c.revert)
                reverts.add(c, index);
        },
        wantsPlain(type) {
            return reverts.hasReverts() || options.visible.has(options.typeMap[type] ?? type);
        },
        finish() {
            for (const { revert, change } of reverts.finish()) {
                if (revert !== -1)
                    kept[revert] = undefined;
                const i = tentative.get(change);
                if (i !== undefined && i !== -1)
                    kept[i] = undefined;
            }
            // One entry per subject: in a section (two commits saying the same), and per PR or commit
            // (one squash whose title and override say it twice, in two types).
            const seen = new Set();
            const out = [];
            for (let i = kept.length - 1; i >= 0; i--) {
                const c = kept[i];
                if (!c)
                    continue;
                const key = entryKey(shownSubject(c));
                const inSection = `s\u0000${sectionOf(c) ?? ""}\u0000${c.scope ?? ""}\u0000${key}`;
                const inChange = `c\u0000${c.pullRequest ?? c.sha}\u0000${key}`;
                if (seen.has(inSection) || seen.has(inChange))
                    continue;
                seen.add(inSection);
                seen.add(inChange);
                out.push(c);
            }
            return out.reverse();
        },
    };
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
;// CONCATENATED MODULE: ./src/notes/core/template.ts
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
const TEMPLATE_FIELDS = ["version", "tag", "previous_tag", "date", "sections", "contributors", "compare_url", "header", "footer"];
/** Placeholders of the header and footer inputs: what is known before the sections are laid out. */
const HEADER_FIELDS = ["version", "tag", "previousTag", "date", "compareUrl"];
/** Alternative spellings -> the name looked up in the values. */
const ALIASES = {
    previousTag: "previous_tag",
    compareUrl: "compare_url",
    previous_tag: "previousTag",
    compare_url: "compareUrl",
};
function resolveName(name, fields) {
    if (fields.includes(name))
        return name;
    const alias = ALIASES[name];
    return alias !== undefined && fields.includes(alias) ? alias : undefined;
}
/**
 * Checks a template; returns every problem with its 1-based line (empty when it is fine).
 * @param fields the placeholders allowed; defaults to the template file's {@link TEMPLATE_FIELDS}.
 */
function checkTemplate(text, fields = TEMPLATE_FIELDS) {
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
            if (resolveName(name, fields) === undefined) {
                problems.push({ line: i + 1, message: `unknown placeholder "{{${name}}}"; known: ${fields.join(", ")}` });
            }
            rest = rest.slice(close + 2);
        }
    });
    return problems;
}
/** Fills a template checked with {@link checkTemplate} against the same `values`' keys. */
function renderTemplate(text, values) {
    return text.replace(/\{\{\s*([A-Za-z_]+)\s*\}\}/g, (_m, name) => values[name] ?? (ALIASES[name] ? values[ALIASES[name]] : undefined) ?? "");
}

;// CONCATENATED MODULE: ./src/notes/core/render.ts
/**
 * Release notes from parsed commits: sections by change type, entries with scope, links to the
 * commit, the PR and the referenced issues, contributors, and a compare link. Pure.
 */


/** Section ids in their default order; breaking changes are collected from every type. */
const SECTION_ORDER = ["breaking", "feat", "fix", "perf", "revert", "docs", "refactor", "test", "build", "ci", "chore"];
const TITLES = {
    en: {
        breaking: "⚠\ufe0f Breaking changes",
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
        breaking: "⚠\ufe0f 破坏性变更",
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
/**
 * The subject an entry shows. A GitHub revert (`Revert "feat: x"`, no conventional type) shows the
 * reverted header, as `revert: feat: x` does.
 */
function subjectOf(c) {
    return c.type === undefined && c.revert?.header ? c.revert.header : c.subject;
}
const render_PR_SUFFIX = /\s*\(#\d+\)\s*$/;
/** The text without a squash-merge `(#123)` suffix; the `includes` check skips the regex for most subjects. */
function withoutPrSuffix(text) {
    return text.includes("(#") ? text.replace(render_PR_SUFFIX, "") : text;
}
function entryLine(c, repoUrl, breakingText) {
    const scope = c.scope ? `**${(0,markdown/* escapeInline */.VV)(c.scope)}:** ` : "";
    // Minimal escaping: the same text is read raw in CHANGELOG.md, so `code` stays code and
    // export_file stays as typed.
    const subject = (0,markdown/* escapeInline */.VV)(withoutPrSuffix(breakingText ?? subjectOf(c)));
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
    // A GitHub-style revert whose target is outside the range is still a change users should see.
    if (!c.type)
        return c.revert ? "revert" : undefined;
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
        // A BREAKING CHANGE footer under a header that is not conventional still lists its notes.
        if (!section && !c.breaking)
            continue;
        const key = `${section ?? ""}\u0000${c.scope ?? ""}\u0000${withoutPrSuffix(subjectOf(c)).toLowerCase()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        // A breaking change is listed once, under Breaking changes (with its note, else its subject).
        if (c.breaking && visible.has("breaking")) {
            const notes = c.breakingNotes.length > 0 ? c.breakingNotes : [subjectOf(c)];
            notes.forEach((note, i) => {
                const own = note.trim().toLowerCase() === subjectOf(c).trim().toLowerCase();
                // The first note names the change itself when it is not the subject, so the feature stays findable.
                const text = i === 0 && !own ? `${withoutPrSuffix(subjectOf(c))}: ${note}` : note;
                add("breaking", entryLine(c, input.repoUrl, text));
            });
            continue;
        }
        if (section && visible.has(section))
            add(section, entryLine(c, input.repoUrl));
    }
    const first = input.sectionOrder ?? [];
    const order = [...new Set([...first, ...SECTION_ORDER, ...bySection.keys()])];
    const sections = [];
    for (const id of order) {
        const lines = bySection.get(id);
        if (!lines)
            continue;
        // Pushed one by one: spreading a section of ~125k entries into push() overflows the stack.
        sections.push(`### ${titles[id] ?? (0,markdown/* escapeInline */.VV)(id)}`, "");
        for (const line of lines)
            sections.push(line);
        sections.push("");
    }
    if (entries === 0)
        sections.push(locale === "zh-CN" ? "本版本没有面向用户的变更。" : "No user-facing changes in this release.", "");
    const contributors = [];
    if (input.contributors.length > 0) {
        const server = input.repoUrl?.replace(/\/[^/]+\/[^/]+\/?$/, "");
        const people = input.contributors.map((p) => {
            // A linked @handle: GitHub shows it as the user, and the link works where mentions do not (CHANGELOG.md on npm).
            const who = p.login ? render_link(`@${p.login}`, server && `${server}/${p.login}`) : (0,markdown/* escapeInline */.VV)(p.name);
            return p.firstTime ? `${who} (${titles.firstTime})` : who;
        });
        contributors.push(`### ${titles.contributors}`, "", people.join(", "), "");
    }
    const compareUrl = input.repoUrl && input.previousTag ? `${input.repoUrl}/compare/${encodeURIComponent(input.previousTag)}...${encodeURIComponent(input.tag)}` : undefined;
    const fill = (text) => renderTemplate(text, {
        version: input.version,
        tag: input.tag,
        previousTag: input.previousTag ?? "",
        date: input.date,
        compareUrl: compareUrl ?? "",
    }).trim();
    const header = input.header ? fill(input.header) : "";
    const footer = input.footer ? fill(input.footer) : "";
    const out = [];
    if (header)
        out.push(header, "");
    for (const line of sections)
        out.push(line);
    out.push(...contributors);
    if (compareUrl)
        out.push(`**${titles.compare}**: ${render_link(`${input.previousTag}...${input.tag}`, compareUrl)}`, "");
    if (footer)
        out.push(footer, "");
    const body = `${out.join("\n").trim()}\n`;
    const heading = `## ${compareUrl ? `[${input.version}](${compareUrl})` : input.version} (${input.date})`;
    return {
        body,
        changelogSection: `${heading}\n\n${body}`,
        entries,
        parts: { sections: sections.join("\n").trim(), contributors: contributors.join("\n").trim(), compareUrl: compareUrl ?? "", header, footer },
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

;// CONCATENATED MODULE: ./src/notes/core/pull-requests.ts
// GitHub's and Bitbucket's default merge headers. Derived here rather than read from version's
// parsed commit so notes does not depend on which parser fields exist; both match the same headers.
const GITHUB_MERGE = /^Merge pull request #(\d+) from \S/;
const BITBUCKET_MERGE = /^Merged in \S+ \(pull request #(\d+)\)/;
/**
 * The PR number of a PR merge commit's header (`Merge pull request #12 from o/branch`, Bitbucket's
 * `Merged in branch (pull request #12)`), or undefined for any other header (a squash `feat: x (#12)`
 * is not a merge: its PR is in the suffix already).
 */
function parseMergedPr(header) {
    if (!header.startsWith("Merge"))
        return undefined;
    const m = GITHUB_MERGE.exec(header) ?? BITBUCKET_MERGE.exec(header);
    return m ? Number(m[1]) : undefined;
}
/**
 * Maps every commit a PR merge brought in to that PR's number: the commits reachable from the
 * merge's second (and further) parents and not from its first parent, using only parent links
 * inside the range (a parent outside it ends the walk).
 *
 * The history is split into first-parent chains: the chain from the tip (the release branch itself)
 * is claimed first, then the side of each merge on it, oldest merge first, each side claiming its own
 * first-parent chain and then its merges' sides, depth first. Processing oldest first means that
 * when a merge's side is walked, everything reachable from its first parent is already claimed, so
 * the walk stops exactly at ancestors(first parent): a branch that merged main into itself does not
 * steal main's older commits. Each commit is claimed once: linear time over the range.
 *
 * A PR merged into another PR's branch (nested) gives its commits its own number; a non-PR merge
 * (`Merge branch 'x'`) passes on the number of the PR it is part of, if any.
 *
 * @param commits the range, in any order (git log prints newest first).
 * @returns SHA -> PR number, only for commits brought in by a PR merge (not the merge itself).
 */
function computeMergedPullRequests(commits) {
    const bySha = new Map();
    let anyPr = false;
    for (const c of commits) {
        bySha.set(c.sha, c);
        if (c.mergedPr !== undefined)
            anyPr = true;
    }
    const out = new Map();
    if (!anyPr)
        return out;
    const isParent = new Set();
    for (const c of commits)
        for (const p of c.parents)
            isParent.add(p);
    const claimed = new Set();
    // Explicit stack instead of recursion: nesting depth is unbounded in odd histories.
    const stack = [];
    for (const c of commits)
        if (!isParent.has(c.sha))
            stack.push({ start: c.sha, pr: undefined });
    while (stack.length > 0) {
        const { start, pr } = stack.pop();
        const merges = [];
        let sha = start;
        while (sha !== undefined && !claimed.has(sha)) {
            const c = bySha.get(sha);
            if (!c)
                break;
            claimed.add(sha);
            if (pr !== undefined)
                out.set(sha, pr);
            if (c.parents.length > 1)
                merges.push(c);
            sha = c.parents[0];
        }
        // The chain was walked newest first: push in that order so the oldest merge's side is popped first.
        for (const m of merges) {
            const side = m.mergedPr ?? pr;
            for (let i = m.parents.length - 1; i >= 1; i--)
                stack.push({ start: m.parents[i], pr: side });
        }
    }
    return out;
}
/**
 * Gives a commit's squash bullets the PR of its header: GitHub's squash merge writes `feat: x (#40)`
 * with the PR's commits as `* fix: y` bullets, and each bullet is an entry that belongs to #40. An
 * override block (`BEGIN_COMMIT_OVERRIDE`) replaces the header, so its entries have no header to
 * inherit from and are left as they are.
 *
 * @param parsed one commit's changes as parseCommit returns them (header first).
 * @returns a new list; changed entries are copies, the rest the same objects.
 */
function inheritHeaderPullRequest(parsed) {
    const head = parsed[0];
    const pr = head?.source === "header" ? head.pullRequest : undefined;
    if (pr === undefined || parsed.length === 1)
        return parsed.slice();
    return parsed.map((c) => (c.source === "squash-bullet" && c.pullRequest === undefined ? { ...c, pullRequest: pr } : c));
}
/**
 * Gives the commits a PR merge brought in the PR's link (see {@link computeMergedPullRequests}).
 * Changes that name their own PR (a `(#N)` suffix) keep it.
 *
 * @returns a new list; changed entries are copies, the rest the same objects.
 */
function linkPullRequests(changes, mergedPrOf) {
    if (mergedPrOf.size === 0)
        return changes.slice();
    return changes.map((c) => {
        if (c.pullRequest !== undefined)
            return c;
        const pr = mergedPrOf.get(c.sha);
        return pr === undefined ? c : { ...c, pullRequest: pr };
    });
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
/**
 * Reads `section-order`: section ids to put first, in order. Every id must be a built-in section or
 * one `section-titles` names, so a typo fails instead of being silently ignored; all unknown ids are
 * reported at once, with the known ones.
 * @param items the list input's items; an empty list gives `[]` (the built-in order).
 * @param titles the parsed `section-titles` (their ids are sections too).
 * @throws InputError naming each unknown or repeated id.
 */
function parseSectionOrder(items, titles) {
    const known = [...SECTION_ORDER, ...Object.keys(titles).filter((id) => !SECTION_ORDER.includes(id))];
    const problems = [];
    const order = [];
    for (const item of items) {
        const id = item.trim().toLowerCase();
        if (!known.includes(id)) {
            problems.push({ input: "section-order", problem: `names "${item.trim()}", which is not a section. Use ids from: ${known.join(", ")}` });
        }
        else if (order.includes(id)) {
            problems.push({ input: "section-order", problem: `lists "${id}" twice. List each section once` });
        }
        else {
            order.push(id);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return order;
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
/**
 * The version and tag from the inputs, checked: undefined when neither is given (the next version
 * is then computed as version computes it). A version that is not semver is refused before
 * anything is read or written: `1.2` used to land in CHANGELOG.md as `## 1.2` and break the next run.
 */
function names(inputs) {
    const prefix = inputs["tag-prefix"];
    let version = inputs.version?.replace(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), "");
    const tag = inputs.tag ?? (version ? `${prefix}${version}` : undefined);
    if (!version && tag)
        version = tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    if (!version || !tag)
        return undefined;
    const bad = (0,version_input/* checkVersion */.p)(version);
    if (bad) {
        throw new errors/* InputError */.dz(inputs.version
            ? { input: "version", problem: `${bad}. Pass the version action's "version" output` }
            : {
                input: "tag",
                problem: `names version "${version}" after the prefix "${prefix}", which ${bad.replace(/; got .*$/, "")}. Pass a release tag like ${prefix}1.4.0, or set tag-prefix`,
            });
    }
    if (tag !== `${prefix}${version}`) {
        throw new errors/* InputError */.dz({
            input: "tag",
            problem: `"${tag}" does not match version "${version}" with tag-prefix "${prefix}" (expected "${prefix}${version}"). Pass matching values, or set tag-prefix`,
        });
    }
    return { version, tag };
}
/**
 * No version given: the next version, computed by the release domain exactly as `shipline version`
 * computes it on this branch with its defaults, so the notes preview the coming release.
 */
async function computeNames(git, ctx, inputs, toSha, pathFromTop) {
    const head = await git.revParse("HEAD");
    if (head !== toSha)
        throw new errors/* InputError */.dz({
            input: "version",
            problem: `is required when "to" is not HEAD ("${inputs.to}"): the next version is computed at HEAD. Pass the version action's outputs, e.g. version: \${{ steps.version.outputs.version }}`,
        });
    const prefix = inputs["tag-prefix"];
    const branch = await git.currentBranch();
    const { next, state } = await (0,next_release/* readNextRelease */.N)(git, {
        preset: inputs.preset,
        rules: [],
        tagPrefix: prefix,
        path: pathFromTop,
        branch: (0,next_version/* branchKind */.lD)(branch) ?? { kind: "release" },
        initialVersion: "1.0.0",
        overrideBump: "auto",
        overrideVersion: undefined,
        channel: undefined,
        zeroMajorBreakingIsMinor: true,
        maxItems: 0,
    });
    if (next.errors.length > 0)
        throw new errors/* InputError */.dz({ input: "version", problem: `is not set, and the next version cannot be computed: ${next.errors.join("; ")}. Pass the version` });
    if (!next.released)
        throw new errors/* InputError */.dz({
            input: "version",
            problem: `is not set, and no commit since ${state.lastRelease?.tag ?? "the start"} calls for a release (${next.reason}), so there is no next version to write notes for. Pass the version to write them anyway`,
        });
    ctx.runtime.log.info(`No version given: the next version is ${next.version} (${next.reason}), as shipline version computes it.`);
    return { version: next.version, tag: `${prefix}${next.version}` };
}
/**
 * Streams the range (the release domain's one log reader) into the notes collector, a pure core
 * like version's change planner: it keeps what the notes render, cancels reverts with the one
 * revert matcher version uses, and collapses duplicates. Authors are noted on the way.
 *
 * PR merge commits are noted while streaming; only when there is one is the commit graph read
 * (readMergedPullRequests), so squash-merge histories pay nothing for it: keeping every commit's
 * parents during the log cost 80 MB more peak memory on the 100k-commit benchmark. With `inPath`,
 * the log still walks the whole range, so merges that touch no file under the path still link their
 * branch commits, but only commits in `inPath` give changes and authors.
 */
/** The type of a conventional header, read without parsing the message. */
const TYPE_OF = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?!?: /;
async function readRange(git, from, to, inputs, visible, typeMap, inPath) {
    const collector = createNotesCollector({ visible, typeMap });
    const wantedType = (type) => {
        const lower = type.toLowerCase();
        return lower === "revert" || visible.has(typeMap[lower] ?? lower);
    };
    const authors = new Map();
    let lastAuthor;
    const prMerges = new Map();
    let commits = 0;
    const boundary = [];
    await (0,log/* streamLog */.V)(git, { revs: [from ? `${from}..${to}` : to], boundary: from !== undefined, authors: true }, (commit) => {
        const { sha, message } = commit;
        if (commit.boundary) {
            boundary.push(sha);
            return;
        }
        if (message.startsWith("Merge")) {
            const nl = message.indexOf("\n");
            const pr = parseMergedPr(nl === -1 ? message : message.slice(0, nl));
            if (pr !== undefined)
                prMerges.set(sha, pr);
        }
        if (inPath && !inPath.has(sha))
            return;
        commits++;
        const key = commit.authorEmail.toLowerCase();
        // Re-set so the Map's order ends with the oldest appearance of each author. In a run of commits
        // by one author (the rule) the entry is already last: a delete and a set per commit was 10 ms
        // of the 100k-commit benchmark (a Map compacts its deleted entries), so only a change is stored.
        if (key !== lastAuthor) {
            authors.delete(key);
            authors.set(key, { name: commit.authorName, email: commit.authorEmail });
            lastAuthor = key;
        }
        else {
            const known = authors.get(key);
            if (known.name !== commit.authorName || known.email !== commit.authorEmail)
                authors.set(key, { name: commit.authorName, email: commit.authorEmail });
        }
        // A plain change of a hidden type matters only as a target of a revert: with none pending,
        // the collector would drop it, so it is not parsed at all.
        const plain = (0,core_commits/* plainChangeType */.hF)(message, inputs.preset);
        if (plain !== undefined && !collector.wantsPlain(plain))
            return;
        // Else a commit of a hidden type is only matched against pending reverts: parse it light (no
        // references, body or footers), which is most of the parsing time on large ranges. A breaking
        // one (`chore!:`, a BREAKING CHANGE footer) is listed, so it is read in full, references too.
        const t = TYPE_OF.exec(message);
        const light = t !== null && !t[0].endsWith("!: ") && !message.includes("BREAKING") && !wantedType(t[1]);
        for (const c of inheritHeaderPullRequest((0,core_commits/* parseCommit */.L5)(sha, message, { preset: inputs.preset, light })))
            collector.add(c);
    });
    const changes = collector.finish();
    const mergedPrOf = prMerges.size > 0 ? await readMergedPullRequests(git, from, to, prMerges) : new Map();
    const mergedPrs = new Set();
    if (!inPath)
        for (const pr of prMerges.values())
            mergedPrs.add(pr);
    else
        for (const sha of inPath)
            if (mergedPrOf.has(sha))
                mergedPrs.add(mergedPrOf.get(sha));
    return { changes: linkPullRequests(changes, mergedPrOf), commits, authors, boundary, mergedPrs };
}
/**
 * Reads the range's commit graph (`git rev-list --parents`, no messages) and maps each commit a PR
 * merge brought in to the PR (computeMergedPullRequests). `prMerges`: merge SHA -> PR number.
 */
async function readMergedPullRequests(git, from, to, prMerges) {
    const graph = [];
    await git.stream(["rev-list", "--parents", from ? `${from}..${to}` : to], (record) => {
        const line = record.trim();
        if (line === "")
            return;
        const [sha, ...parents] = line.split(" ");
        graph.push({ sha, parents, mergedPr: prMerges.get(sha) });
    }, 10);
    return computeMergedPullRequests(graph);
}
/** Authors (the first 100) checked for an earlier commit; the rest are not marked first-time. */
const MAX_FIRST_TIME_CHECKS = 100;
async function contributorsOf(git, range, from) {
    const people = [...range.authors.values()].reverse().map((a) => ({ name: a.name, email: a.email, firstTime: !from }));
    // First-time contributors: no commit before the range. One walk of the history below it for all
    // authors at once, stopped as soon as each has shown up: a lookup per author walked the whole
    // history for every first-time author (20 new authors above a 100k-commit history: 9.7 s, now 0.75 s).
    // git matches the --author patterns against the identity as .mailmap maps it (log.mailmap, on by
    // default) or as written: both are printed, so either counts as git counted it.
    if (from) {
        const checked = people.slice(0, MAX_FIRST_TIME_CHECKS);
        const unseen = new Set(checked.map((c) => `<${c.email}>`));
        try {
            if (unseen.size > 0) {
                const authorArgs = [...unseen].map((p) => `--author=${p}`);
                await git.stream(["log", "--format=%an <%ae>%x09%aN <%aE>", "--fixed-strings", ...authorArgs, from], (ident) => {
                    for (const p of unseen)
                        if (ident.includes(p))
                            unseen.delete(p);
                    return unseen.size > 0;
                }, 10);
            }
            for (const c of checked)
                c.firstTime = unseen.has(`<${c.email}>`);
        }
        catch {
            // As when each author was looked up on its own: an unreadable history marks nobody.
            for (const c of checked)
                c.firstTime = false;
        }
    }
    return people;
}
/** Compare pages read at most (100 commits each) before the remaining authors stay plain names. */
const MAX_COMPARE_PAGES = 50;
const COMPARE_PAGE = 100;
/** `12345+login@users.noreply.github.com` (and the older `login@users.noreply.github.com`) name the login. */
const NOREPLY = /^(?:\d+\+)?([A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?)@users\.noreply\.github\.com$/i;
/**
 * Resolves authors to GitHub logins: noreply addresses offline, then the compare API one page of
 * 100 commits at a time (the first page alone holds at most 250 commits, so a big release used to
 * leave most authors unresolved), stopping as soon as every author is known. `logins` caches the
 * answers by lower-cased email for the run: each page fills it with every author it lists. A first
 * release has no `from`: the compare then starts at the root commit, whose own author is looked up
 * separately if still unknown. A failure leaves the plain names (the notes do not need logins).
 */
async function resolveLogins(ctx, git, from, to, people, logins) {
    const missing = () => people.filter((p) => !logins.has(p.email.toLowerCase()));
    for (const p of people) {
        const m = NOREPLY.exec(p.email);
        if (m)
            logins.set(p.email.toLowerCase(), m[1]);
    }
    try {
        if (missing().length > 0 && ctx.hasToken()) {
            const base = from ?? (await git.run(["rev-list", "--max-parents=0", to])).split("\n")[0]?.trim();
            if (base && base !== to) {
                for (let page = 1; page <= MAX_COMPARE_PAGES && missing().length > 0; page++) {
                    const { commits } = (await ctx.github().repository.compare(base, to, page, COMPARE_PAGE));
                    for (const c of commits) {
                        const email = c.commit.author?.email?.toLowerCase();
                        if (email && c.author?.login && !logins.has(email))
                            logins.set(email, c.author.login);
                    }
                    if (commits.length < COMPARE_PAGE)
                        break;
                    if (page === MAX_COMPARE_PAGES)
                        ctx.runtime.log.debug(`Stopped resolving logins after ${page * COMPARE_PAGE} commits.`);
                }
            }
            // The compare excludes its base: on a first release that is the root commit.
            if (!from && base) {
                const rootAuthor = (await git.run(["log", "-1", "--format=%ae", base])).trim().toLowerCase();
                if (missing().some((p) => p.email.toLowerCase() === rootAuthor)) {
                    const root = (await ctx.github().repository.getCommit(base));
                    if (root.author?.login)
                        logins.set(rootAuthor, root.author.login);
                }
            }
        }
    }
    catch (e) {
        ctx.runtime.log.debug(`Could not resolve contributors' logins: ${e.message}`);
    }
    for (const p of people)
        p.login = logins.get(p.email.toLowerCase());
}
/**
 * The branch being released: the run's branch (`GITHUB_REF`), else the repository's default branch
 * from the event, else the checked-out branch. The CHANGELOG is committed there, after the tag.
 */
async function releaseBranch(ctx, git) {
    if (ctx.context.refName && ctx.context.ref?.startsWith("refs/heads/"))
        return ctx.context.refName;
    const repo = ctx.context.payload.repository;
    if (typeof repo?.default_branch === "string" && repo.default_branch)
        return repo.default_branch;
    return git.currentBranch();
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
    const bad = existing === undefined ? [] : findBadVersionHeadings(existing);
    if (bad.length > 0)
        throw new errors/* InputError */.dz(bad.map((h) => ({
            input: "changelog",
            problem: `names "${inputs.changelog}", whose heading on line ${h.line} ("${h.heading}") has version "${h.version}", which ${h.problem.replace(/; got .*$/, "")}. Fix the heading (e.g. ## ${h.version.split(".").concat("0", "0").slice(0, 3).join(".")}); nothing was written`,
        })));
    const update = upsertChangelogSection(existing, version, section);
    if (update.changed && !inputs["dry-run"]) {
        try {
            (0,kernel_files/* ensureDirectory */.EA)((0,external_node_path_.dirname)(path));
            (0,external_node_fs_.writeFileSync)(path, ctx.runtime.redactor.redact(update.content), "utf8");
        }
        catch (e) {
            throw new errors/* InputError */.dz({
                input: "changelog",
                problem: `names "${inputs.changelog}", which cannot be written (${e.code}). Point it at a writable path`,
            });
        }
    }
    ctx.runtime.log.info(`${inputs.changelog}: section ${version} ${update.action}${inputs["dry-run"] ? " (dry run: not written)" : ""}.`);
    return { path, content: update.content, changed: update.changed, version, section };
}
async function commitChangelog(inputs, ctx, git, file, tag) {
    const mode = inputs["commit-changelog"];
    if (mode === "none" || inputs["dry-run"])
        return;
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const rel = (0,external_node_path_.relative)(top, file.path);
    const branch = await releaseBranch(ctx, git);
    if (!branch)
        throw new errors/* InputError */.dz({
            input: "commit-changelog",
            problem: `is "${mode}" but HEAD is not on a branch, so there is nowhere to commit. Run on a branch or set commit-changelog: none`,
        });
    const message = `chore(release): ${tag} [skip ci]`;
    if (mode === "api") {
        // The section is inserted into the branch's current file, not the checkout's: a line committed
        // to the branch after the checkout survives, and a re-run finds the section there (unchanged).
        const done = await ctx.github().contents.update(rel, branch, (current) => upsertChangelogSection(current, file.version, file.section).content, message);
        if (done.action === "unchanged")
            ctx.runtime.log.info(`${rel} on ${branch} already has this content; nothing to commit.`);
        else
            ctx.runtime.log.info(`Committed ${rel} to ${branch} through the API (${(done.commitSha ?? "").slice(0, 7)}).`);
        return;
    }
    await git.run(["add", "--", rel]);
    const staged = await git.exec(["diff", "--cached", "--quiet", "--", rel], { okCodes: [0, 1] });
    // Nothing new to commit: done, unless HEAD is this release's commit left unpushed by a run whose
    // push failed (pushing an already pushed commit changes nothing).
    if (staged.exitCode === 0 && (await git.run(["log", "-1", "--format=%s"])).trim() !== message)
        return;
    if (staged.exitCode !== 0)
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
async function publishRelease(inputs, ctx, git, tag, version, targetSha, body, existingTag) {
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
    // The tag first, through the API, so the release never points at a moving branch. A tag found
    // at another commit was refused in run() before anything was written.
    if (!existingTag)
        await (0,tags/* writeReleaseTag */.T)(git, ctx, { tag, sha: targetSha, message: `Release ${version}`, method: "api", checked: true });
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
    const files = await (0,kernel_files/* expandGlobs */.GE)(inputs.assets, cwd);
    if (files.length === 0)
        throw new errors/* InputError */.dz({
            input: "assets",
            problem: `matched no file (${inputs.assets.join(", ")}, relative to ${cwd}). Check the globs, or build the assets first`,
        });
    const gh = ctx.github();
    const release = await gh.releases.get(releaseId);
    for (const file of files) {
        const name = (0,external_node_path_.basename)(file);
        // The new file is uploaded before the old one is deleted: a failed upload loses nothing.
        const { replaced } = await gh.releases.putAsset(release, name, (0,external_node_fs_.readFileSync)(file));
        ctx.runtime.log.info(`Uploaded ${name}${replaced ? " (replaced the old one)" : ""}.`);
    }
    return files.length;
}
async function commentReleased(ctx, changes, mergedPrs, tag, url) {
    const numbers = new Set(mergedPrs);
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
/** `path` resolved inside the repository, as version checks its own path input. */
async function resolvePath(git, cwd, input) {
    // Relative to the working directory, where git runs: git reads pathspecs from there.
    return input ? (await (0,repository/* resolveRepoPath */.qo)(git, cwd, input)).fromCwd : undefined;
}
/**
 * The commits of the range that touch `path`, with the history simplification `git log -- path`
 * applies (the same set version counts for its path input).
 */
async function readPathCommits(git, from, to, path) {
    const out = await git.run(["rev-list", from ? `${from}..${to}` : to, "--", path]);
    return new Set(out.split("\n").filter(Boolean));
}
/** The header or footer input, checked: every problem is reported with its line before any work. */
function readTemplateText(input, text) {
    if (!text)
        return undefined;
    const problems = checkTemplate(text, HEADER_FIELDS);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems.map((p) => ({ input, problem: `line ${p.line}: ${p.message}. Fix it; docs/notes.md lists the placeholders` })));
    return text;
}
/** The CHANGELOG's path from the repository root, with forward slashes, for a link on GitHub. */
async function changelogLinkPath(git, cwd, changelog) {
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    return (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(cwd, changelog)).split(external_node_path_.sep).join("/");
}
async function run(inputs, ctx) {
    const { runtime } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    const git = await (0,repository/* openRepository */.h_)(cwd, ctx);
    await (0,repository/* ensureFullHistory */.qr)(git, ctx);
    const given = names(inputs);
    const config = parseSectionConfig(inputs.types, inputs["section-titles"]);
    const sectionOrder = parseSectionOrder(inputs["section-order"], config.titles);
    const header = readTemplateText("header", inputs.header);
    const footer = readTemplateText("footer", inputs.footer);
    const path = await resolvePath(git, cwd, inputs.path);
    const visible = new Set(inputs.sections.length > 0 ? inputs.sections.map((s) => s.toLowerCase()) : DEFAULT_VISIBLE);
    // A section the user titled themselves is wanted: show it without also listing it in `sections`.
    for (const id of Object.keys(config.titles))
        if (!SECTION_ORDER.includes(id))
            visible.add(id);
    const toSha = await resolveRef(git, "to", inputs.to);
    const { version, tag } = given ?? (await computeNames(git, ctx, inputs, toSha, inputs.path ? (await (0,repository/* resolveRepoPath */.qo)(git, cwd, inputs.path)).fromTop : undefined));
    // A tag already made at another commit is refused before anything is written.
    const localTag = await git.revParse(`refs/tags/${tag}`);
    if (localTag && localTag !== toSha)
        throw new tags/* TagConflictError */.P(tag, localTag, toSha, "in this repository");
    let fromRef = inputs.from ?? inputs["previous-tag"];
    const fromInput = inputs.from ? "from" : "previous-tag";
    let fromSha;
    if (fromRef) {
        fromSha = await resolveRef(git, fromInput, fromRef);
    }
    else {
        // The last release before this one: when the new tag already exists, start below it.
        const state = await (0,last_release/* findLastRelease */.rw)(git, { tagPrefix: inputs["tag-prefix"], head: localTag ? `refs/tags/${tag}^` : toSha });
        fromRef = state.lastRelease && state.lastRelease.tag !== tag ? state.lastRelease.tag : undefined;
    }
    const inPath = path ? await readPathCommits(git, fromRef, toSha, path) : undefined;
    const range = await readRange(git, fromRef, toSha, inputs, visible, config.typeMap, inPath);
    // `from` must be an ancestor of `to`: otherwise from..to is empty (to before from) or holds the
    // commits of another line of history (from on a side branch). The log's boundary answers that
    // without a separate `merge-base --is-ancestor` walk (1.4 s on 100k commits).
    if (fromSha && fromSha !== toSha && !range.boundary.includes(fromSha)) {
        throw new errors/* InputError */.dz({
            input: "to",
            problem: `("${inputs.to}") is not after "${fromRef}": the range ${fromRef}..${inputs.to} would be empty or wrong. Swap them, or pass the right previous tag`,
        });
    }
    const kept = range.changes;
    const contributors = inputs.contributors ? await contributorsOf(git, range, fromRef) : [];
    // The compare API wants commits it can find: a SHA works for tags and branches alike.
    if (inputs.contributors && contributors.length > 0) {
        await resolveLogins(ctx, git, fromRef ? (fromSha ?? (await git.revParse(fromRef))) : undefined, toSha, contributors, new Map());
    }
    const url = repoUrl(ctx);
    const date = runtime.now().toISOString().slice(0, 10);
    const rendered = renderNotes({
        version,
        tag,
        previousTag: fromRef,
        date,
        repoUrl: url,
        changes: kept,
        contributors,
        locale: inputs.locale,
        visible,
        titles: config.titles,
        typeMap: config.typeMap,
        sectionOrder,
        ...(header ? { header } : {}),
        ...(footer ? { footer } : {}),
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
        if (problems.length > 0) {
            // ConfigError prints "file:line: " before each problem: one line for all when they share it,
            // else each problem names its own line.
            const oneLine = problems.every((p) => p.line === problems[0]?.line);
            throw new errors/* ConfigError */.xL(inputs.template, problems.map((p) => (oneLine ? p.message : `line ${p.line}: ${p.message}`)), { ...(oneLine ? { line: problems[0]?.line } : {}), hint: "Fix the template; docs/notes.md lists the placeholders." });
        }
        body = renderTemplate(text, {
            version,
            tag,
            previous_tag: fromRef ?? "",
            date,
            sections: rendered.parts.sections,
            contributors: rendered.parts.contributors,
            compare_url: rendered.parts.compareUrl,
            header: rendered.parts.header,
            footer: rendered.parts.footer,
        });
    }
    const hasChangelog = Boolean(inputs.changelog) && !/^(none|false)$/i.test(inputs.changelog);
    let changelogUrl;
    if (url && hasChangelog) {
        // The CHANGELOG is committed after the tag, so the tag's copy never has this version's
        // section: link the branch being released (HEAD: GitHub's default branch when unknown).
        const branch = (await releaseBranch(ctx, git)) ?? "HEAD";
        changelogUrl = `${url}/blob/${encodeURI(branch)}/${encodeURI(await changelogLinkPath(git, cwd, inputs.changelog))}`;
    }
    const fitted = fitReleaseBody(body, changelogUrl);
    if (fitted.truncated)
        runtime.log.warning(`The notes are longer than GitHub's 125,000-character limit for a release; the release body was cut at an entry and links to the CHANGELOG.`);
    // Read-only check before any write: a tag on GitHub at another commit fails the run here.
    const publishing = inputs.release && ctx.hasToken();
    const remoteTag = publishing ? await ctx.github().refs.resolveTag(tag) : undefined;
    if (remoteTag && remoteTag !== toSha)
        throw new tags/* TagConflictError */.P(tag, remoteTag, toSha, "on GitHub");
    const changelog = await writeChangelog(inputs, ctx, cwd, version, rendered.changelogSection);
    const notesFile = (0,external_node_path_.join)(runtime.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `shipline-notes-${tag.replace(/[^\w.-]/g, "_")}.md`);
    (0,external_node_fs_.writeFileSync)(notesFile, runtime.redactor.redact(body), "utf8");
    runtime.setOutput("notes", body);
    runtime.setOutput("notes-file", notesFile);
    // A dry run writes nothing, so nothing was updated, whatever the file would get.
    runtime.setOutput("changelog-updated", (changelog?.changed ?? false) && !inputs["dry-run"]);
    // Publishing order: tag and release, then the CHANGELOG commit; each step is idempotent.
    const release = await publishRelease(inputs, ctx, git, tag, version, toSha, fitted.body, remoteTag);
    runtime.setOutput("release-id", release?.id ?? "");
    runtime.setOutput("release-url", release?.url ?? "");
    if (release)
        await uploadAssets(inputs, ctx, cwd, release.id);
    // Also when this checkout's file is already up to date: a run that wrote it and then failed to
    // commit it left it so. commitChangelog finds out whether the branch still needs the commit.
    if (changelog)
        await commitChangelog(inputs, ctx, git, changelog, tag);
    if (inputs["comment-released"] && ctx.hasToken() && !inputs["dry-run"])
        await commentReleased(ctx, kept, range.mergedPrs, tag, release?.url);
    runtime.appendSummary(`## Release notes for ${tag}\n\n${body}`);
    if (inputs["dry-run"])
        runtime.appendSummary("\n_Dry run: nothing was written._\n");
    else if (inputs.release && !ctx.hasToken())
        runtime.appendSummary('\n_The GitHub release was not published: no GitHub token was given. Pass "github-token" (the default is the workflow\'s token) with "permissions: contents: write", or set "release: false" to skip it._\n');
    runtime.log.info(`${rendered.entries} entr${rendered.entries === 1 ? "y" : "ies"} from ${(0,format/* count */.U9)(range.commits, "commit")}${path ? ` touching ${path}` : ""}${fromRef ? ` since ${fromRef}` : ""}.`);
    return { conclusion: "success" };
}
const notesCommand = (0,command/* defineCommand */.NB)(inputs/* notesSpec */.L, run);


/***/ })

};
