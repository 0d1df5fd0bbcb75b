export const id = 861;
export const ids = [861];
export const modules = {

/***/ 7762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readDataFile)
/* harmony export */ });
/* unused harmony export parseDataText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2386);
/**
 * Reading the configuration files users hand us (JSON or YAML), with errors that name the file,
 * the line and what to do.
 */




/**
 * Reads a JSON or YAML file named by an input. A missing file is an InputError naming the input;
 * a syntax error is a ConfigError naming the file and line.
 */
function readDataFile(input, file, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ input, problem: `names a file that ${why}: "${file}" (relative to ${cwd}). Check the path, or create the file` });
    }
    return parseDataText(file, path, text);
}
/** Parses JSON or YAML text (JSON is YAML; YAML gives line numbers for both). */
function parseDataText(shown, path, text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first?.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(shown, doc.errors.map((e) => (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "")).slice(0, 10), line === undefined ? { hint: "Fix the syntax and re-run." } : { line, hint: "Fix the syntax and re-run." });
    }
    const lineCounter = text;
    return {
        path,
        shown,
        data: doc.toJS(),
        lineOf(keyPath) {
            const node = doc.getIn(keyPath, true);
            const offset = node?.range?.[0];
            if (offset === undefined)
                return undefined;
            return lineCounter.slice(0, offset).split("\n").length;
        },
    };
}


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  versionCommand: () => (/* binding */ versionCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/kernel/command.ts
var command = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: ./src/kernel/files.ts
var files = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 26 modules
var github = __webpack_require__(2768);
;// CONCATENATED MODULE: ./src/version/core/classify.ts
const ORDER = { none: 0, patch: 1, minor: 2, major: 3 };
/** The larger of two bumps. */
function maxBump(a, b) {
    return ORDER[a] >= ORDER[b] ? a : b;
}
const DEFAULT_TYPES = { feat: "minor", fix: "patch", perf: "patch", revert: "patch" };
function globToRegExp(glob) {
    return new RegExp(`^${glob
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`);
}
/** Compiles custom rules once (regexes), so classification stays linear in the commits. */
function compileRules(rules) {
    if (rules.length === 0)
        return undefined;
    const compiled = rules.map((r) => ({
        type: r.type?.toLowerCase(),
        scope: r.scope === undefined ? undefined : globToRegExp(r.scope),
        subject: r.subject === undefined ? undefined : new RegExp(r.subject),
        breaking: r.breaking,
        release: r.release,
    }));
    return (c) => {
        for (let i = 0; i < compiled.length; i++) {
            const r = compiled[i];
            if (r.type !== undefined && r.type !== c.type)
                continue;
            if (r.scope !== undefined && !r.scope.test(c.scope ?? ""))
                continue;
            if (r.subject !== undefined && !r.subject.test(c.subject))
                continue;
            if (r.breaking !== undefined && r.breaking !== c.breaking)
                continue;
            return { bump: r.release, index: i };
        }
        return undefined;
    };
}
/**
 * Classifies one change. Breaking changes are major under every preset, including `type!:` under
 * angular (semantic-release's angular preset drops the `!`; we do not).
 */
function classifyChange(c, match) {
    if (c.skip)
        return { change: c, bump: "none", rule: "[skip release] in the message", status: "skipped" };
    if (!c.conventional) {
        if (c.revert)
            return { change: c, bump: "patch", rule: `revert of "${c.revert.header ?? c.revert.sha ?? "?"}" (outside the range): patch`, status: "bump" };
        return { change: c, bump: "none", rule: `not a conventional commit: ${c.unparseableReason ?? "unknown"}`, status: "unparseable" };
    }
    const custom = match?.(c);
    if (custom)
        return { change: c, bump: custom.bump, rule: `release rule #${custom.index + 1}: ${custom.bump}`, status: custom.bump === "none" ? "ignored" : "bump" };
    if (c.breaking) {
        const how = c.footers.some((f) => /^BREAKING[ -]CHANGE$/.test(f.key)) ? "BREAKING CHANGE footer" : `"${c.type}!"`;
        return { change: c, bump: "major", rule: `breaking change (${how}): major`, status: "bump" };
    }
    const t = c.type;
    const bump = DEFAULT_TYPES[t];
    if (bump) {
        const rule = c.revert ? `revert of "${c.revert.header ?? c.revert.sha ?? "?"}" (outside the range): patch` : `${t}: ${bump}`;
        return { change: c, bump, rule, status: "bump" };
    }
    return { change: c, bump: "none", rule: `${t} releases nothing`, status: "ignored" };
}
/** Classifies every change and returns the overall bump. */
function classifyAll(changes, options) {
    const match = compileRules(options.rules ?? []);
    let bump = "none";
    const items = [];
    for (const c of changes) {
        const item = classifyChange(c, match);
        items.push(item);
        if (item.status === "bump")
            bump = maxBump(bump, item.bump);
    }
    return { items, bump };
}

;// CONCATENATED MODULE: ./src/version/core/commits.ts
/**
 * Parsing commit messages into conventional changes. Pure: a message in, changes out.
 *
 * Hand-written rather than conventional-commits-parser: the parser runs once per commit over the
 * whole range, and on 100k commits the library's regex pipeline costs more than `git log` itself
 * (bench/version: see the "parse only" rows), while the target is the whole command within 2x of
 * `git log`. This parser makes one pass over the lines with anchored regexes and allocates only
 * the change objects.
 *
 * One commit can yield several changes: GitHub's squash merges list the PR's commits as `* feat: ...`
 * bullets, and release-please's BEGIN_COMMIT_OVERRIDE block replaces the message with one or more
 * headers. Every change keeps the commit's SHA.
 */
/** The types the Angular convention allows; anything else is not a conventional commit under it. */
const ANGULAR_TYPES = new Set(["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"]);
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?:: | #)(.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;
const GITHUB_REVERT = /^Revert "(.+)"$/;
const SQUASH_BULLET = /^[*-] +([A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: +\S.*)$/;
const PR_SUFFIX = /\(#(\d+)\)\s*$/;
const MERGE_PR = /^Merge pull request #(\d+)/;
const SKIP = /\[(skip release|release skip)\]/i;
const REFERENCE = /(?:\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+)?(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi;
/**
 * Parses one commit message into its changes: always at least one (the header, conventional or
 * not), plus one per conventional squash bullet in the body. A BEGIN_COMMIT_OVERRIDE block replaces
 * the message first. Never throws.
 */
function parseCommit(sha, message, options = {}) {
    const preset = options.preset ?? "conventionalcommits";
    let text = message.replace(/\r\n/g, "\n");
    let source = "header";
    const override = /BEGIN_COMMIT_OVERRIDE\n([\s\S]*?)\nEND_COMMIT_OVERRIDE/.exec(text);
    if (override) {
        const lines = (override[1] ?? "").split("\n").filter((l) => l.trim() !== "");
        const changes = [];
        for (const line of lines) {
            const c = parseOne(sha, line.trim(), preset, "override", options.light === true);
            changes.push(c);
        }
        if (changes.length > 0)
            return changes;
        text = message;
    }
    const light = options.light === true;
    const head = parseOne(sha, text, preset, source, light);
    const out = [head];
    const body = light ? bodyOf(text) : head.body;
    if (body.includes("* ") || body.includes("- ")) {
        source = "squash-bullet";
        for (const line of body.split("\n")) {
            if (line.charCodeAt(0) !== 42 && line.charCodeAt(0) !== 45)
                continue;
            const m = SQUASH_BULLET.exec(line);
            if (!m)
                continue;
            const bullet = parseOne(sha, m[1], preset, source, light);
            if (bullet.conventional)
                out.push(bullet);
        }
    }
    return out;
}
function flatten(s) {
    return s.length < 13 ? s : ` ${s}`.slice(1);
}
/** Shared empty list for the many commits without footers or references (frozen: never mutate). */
const NONE = Object.freeze([]);
function bodyOf(message) {
    const nl = message.indexOf("\n");
    return nl === -1 ? "" : message.slice(nl + 1);
}
function parseOne(sha, message, preset, source, light = false) {
    const nl = message.indexOf("\n");
    // A substring keeps its whole parent alive in V8 (a "sliced string"): copying the header lets the
    // full message be collected once parsed, which is most of the memory on large ranges.
    const header = flatten((nl === -1 ? message : message.slice(0, nl)).trim());
    const body = nl === -1
        ? ""
        : message
            .slice(nl + 1)
            .replace(/^\n+/, "")
            .replace(/\s+$/, "");
    const m = HEADER.exec(header);
    let type;
    let scope;
    let subject = header;
    let bang = false;
    let unparseableReason;
    if (m) {
        type = m[1].toLowerCase();
        scope = m[2] === undefined || m[2] === "" ? undefined : m[2];
        bang = m[3] === "!";
        subject = m[4];
        if (preset === "angular" && !ANGULAR_TYPES.has(type)) {
            unparseableReason = `type "${type}" is not an Angular type`;
            type = undefined;
        }
    }
    else {
        unparseableReason = header === "" ? "empty message" : "header is not type(scope): subject";
    }
    const footers = [];
    const breakingNotes = [];
    let releaseAs;
    if (body !== "" && (body.includes(": ") || body.includes(" #"))) {
        // Footers are the trailing paragraph's `Key: value` lines; a BREAKING CHANGE note may span lines.
        const paragraphs = body.split(/\n\s*\n/);
        for (const para of paragraphs) {
            const lines = para.split("\n");
            let current;
            for (const line of lines) {
                const f = FOOTER.exec(line);
                if (f && (current !== undefined || lines[0] === line)) {
                    current = { key: f[1], value: f[2].trim() };
                    footers.push(current);
                }
                else if (current && BREAKING_FOOTER.test(current.key)) {
                    current.value += `\n${line}`;
                }
                else {
                    current = undefined;
                }
            }
        }
        for (const f of footers) {
            if (BREAKING_FOOTER.test(f.key))
                breakingNotes.push(f.value.trim());
            else if (/^release-as$/i.test(f.key))
                releaseAs = f.value.trim();
        }
    }
    const breaking = type !== undefined && (bang || breakingNotes.length > 0);
    if (type !== undefined && bang && breakingNotes.length === 0)
        breakingNotes.push(subject);
    let revert;
    const gh = GITHUB_REVERT.exec(header);
    if (type === "revert" || gh) {
        const shaMatch = REVERTS_SHA.exec(body);
        revert = { header: gh ? gh[1] : type === "revert" ? subject.replace(/^"(.*)"$/, "$1") : undefined, sha: shaMatch ? shaMatch[1] : undefined };
    }
    const prSuffix = PR_SUFFIX.exec(header);
    const merge = MERGE_PR.exec(header);
    const references = [];
    if (!light && (header.includes("#") || body.includes("#"))) {
        for (const r of `${header}\n${body}`.matchAll(REFERENCE)) {
            references.push({ action: r[1]?.toLowerCase(), owner: r[2], repo: r[3], number: Number(r[4]) });
        }
    }
    return {
        sha,
        header,
        type,
        scope,
        subject,
        breaking,
        breakingNotes: breakingNotes.length === 0 ? NONE : breakingNotes,
        body: light ? "" : body,
        footers: light ? (breakingNotes.length > 0 ? footers.filter((f) => BREAKING_FOOTER.test(f.key)) : NONE) : footers,
        references: references.length === 0 ? NONE : references,
        pullRequest: prSuffix ? Number(prSuffix[1]) : merge ? Number(merge[1]) : undefined,
        conventional: type !== undefined,
        unparseableReason: type === undefined && !gh ? unparseableReason : undefined,
        revert,
        skip: SKIP.test(header) || SKIP.test(body),
        releaseAs,
        source,
    };
}
/**
 * Removes reverted changes and the reverts that cancel them, when both are in the range. A revert
 * matches by the SHA in "This reverts commit X" (prefix match) or by the reverted header (GitHub's
 * `Revert "..."`, or `revert: <header>`). Linear time: one index by SHA and one by header (the
 * quadratic scan other tools do takes minutes on 100k commits).
 *
 * Input order is newest first, as git log prints; the output keeps the order. Returns the kept
 * changes and the cancelled pairs, for the explain table.
 */
function cancelReverts(changes) {
    const bySha = new Map();
    const byHeader = new Map();
    changes.forEach((c, i) => {
        if (c.revert)
            return;
        const s = bySha.get(c.sha);
        if (s)
            s.push(i);
        else
            bySha.set(c.sha, [i]);
        const h = byHeader.get(c.header);
        if (h)
            h.push(i);
        else
            byHeader.set(c.header, [i]);
    });
    const dropped = new Set();
    const cancelled = [];
    changes.forEach((c, i) => {
        if (!c.revert || dropped.has(i))
            return;
        let targets;
        if (c.revert.sha) {
            const want = c.revert.sha;
            targets = bySha.get(want);
            if (!targets && want.length < 40) {
                // An abbreviated SHA: fall back to a prefix scan, rare in practice.
                for (const [sha, idx] of bySha) {
                    if (sha.startsWith(want)) {
                        targets = idx;
                        break;
                    }
                }
            }
        }
        if (!targets && c.revert.header)
            targets = byHeader.get(c.revert.header);
        // A revert is newer than what it reverts: only look at later (older) entries.
        const alive = (targets ?? []).filter((t) => t > i && !dropped.has(t));
        if (alive.length === 0)
            return;
        dropped.add(i);
        for (const t of alive) {
            dropped.add(t);
            cancelled.push({ change: changes[t], by: c });
        }
    });
    return { kept: changes.filter((_, i) => !dropped.has(i)), cancelled };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/version/core/next-version.ts
/**
 * Tags <-> versions and the next version: 0.x rules, pre-release channels with correct counting,
 * promotion of a pre-release line, maintenance branches that stay in their range and take the next
 * free patch, and the manual overrides. Pure.
 */

/**
 * Splits tags into versions with `prefix` and the tags that look like versions but are not valid
 * semver (`v1.2`, `v01.2.3`): those are ignored, and returned so the caller can warn once.
 * Tags with another prefix are not ours and not reported.
 */
function parseTags(tags, prefix) {
    const versions = [];
    const invalid = [];
    for (const tag of tags) {
        if (!tag.startsWith(prefix))
            continue;
        const rest = tag.slice(prefix.length);
        if (!/^\d/.test(rest))
            continue;
        const v = semver_default().valid(rest);
        // semver.valid accepts "1.2.3" only in strict form; "01.2.3" and "1.2" come back null.
        if (v !== null && v === rest)
            versions.push({ tag, version: v });
        else
            invalid.push(tag);
    }
    return { versions, invalid };
}
/** The highest version, optionally only stable ones or only within a range. */
function highest(versions, filter = {}) {
    let best;
    for (const v of versions) {
        if (filter.stableOnly && semver_default().prerelease(v.version))
            continue;
        if (filter.range && !semver_default().satisfies(v.version, filter.range, { includePrerelease: true }))
            continue;
        if (!best || semver_default().gt(v.version, best.version))
            best = v;
    }
    return best;
}
const DEFAULT_BRANCHES = {
    release: ["main", "master"],
    prerelease: { beta: "beta", alpha: "alpha", next: "next", rc: "rc" },
};
/**
 * The kind of a branch. Maintenance branches are recognised by name (`1.x`, `1.4.x`, `v1.x`);
 * unknown branches are undefined (they preview, but do not release).
 */
function branchKind(branch, config = DEFAULT_BRANCHES) {
    if (branch === undefined)
        return undefined;
    if (config.release.includes(branch))
        return { kind: "release" };
    const channel = config.prerelease[branch];
    if (channel)
        return { kind: "prerelease", channel };
    const m = /^v?(\d+)\.(?:(\d+)\.)?x$/.exec(branch);
    if (m) {
        const major = Number(m[1]);
        if (m[2] === undefined)
            return { kind: "maintenance", range: `>=${major}.0.0 <${major + 1}.0.0`, name: branch };
        const minor = Number(m[2]);
        return { kind: "maintenance", range: `>=${major}.${minor}.0 <${major}.${minor + 1}.0`, name: branch };
    }
    return undefined;
}
function inc(version, bump) {
    return semver_default().inc(version, bump);
}
/** Computes the next version. Pure and total: problems come back in `errors`. */
function computeNextVersion(input) {
    const notes = [];
    const current = input.lastRelease?.version ?? "";
    const used = new Set(input.allVersions.map((v) => v.version));
    const none = (reason) => ({
        version: current,
        releaseType: "none",
        released: false,
        prerelease: current !== "" && semver_default().prerelease(current) !== null,
        reason,
        errors: [],
        notes,
    });
    // An exact version (input or Release-As) wins, once validated.
    if (input.overrideVersion !== undefined) {
        const want = input.overrideVersion.replace(new RegExp(`^${escapeRe(input.tagPrefix)}`), "");
        const errors = [];
        const source = input.overrideSource ?? 'input "version"';
        if (semver_default().valid(want) !== want)
            errors.push(`${source} must be a semantic version like 1.4.0; got "${input.overrideVersion}"`);
        else {
            if (input.lastRelease && !semver_default().gt(want, input.lastRelease.version))
                errors.push(`${source} ${want} is not greater than the last release ${input.lastRelease.version} (${input.lastRelease.tag})`);
            if (used.has(want))
                errors.push(`${source} ${want} is already tagged (${input.tagPrefix}${want}); choose an unused version`);
            if (input.branch.kind === "maintenance" && !semver_default().satisfies(want, input.branch.range))
                errors.push(`${source} ${want} is outside the maintenance branch ${input.branch.name} (${input.branch.range})`);
        }
        if (errors.length > 0)
            return { ...none("invalid override"), errors };
        const pre = semver_default().prerelease(want) !== null;
        return {
            version: want,
            releaseType: pre ? "prerelease" : releaseTypeBetween(current, want),
            released: true,
            prerelease: pre,
            reason: `exact version from ${source}`,
            errors: [],
            notes,
        };
    }
    let bump = input.overrideBump === "auto" || input.overrideBump === "prerelease" ? input.bump : input.overrideBump;
    if (input.overrideBump === "none")
        return none('bump "none" was requested');
    if (input.overrideBump === "prerelease" && bump === "none")
        bump = "patch";
    const channel = input.channel ?? (input.branch.kind === "prerelease" ? input.branch.channel : undefined) ?? (input.overrideBump === "prerelease" ? "rc" : undefined);
    // No release yet: the initial version.
    if (!input.lastStable && !input.lastRelease) {
        if (bump === "none" && input.overrideBump === "auto")
            return none("no release yet and no commit calls for one");
        const base = input.initialVersion;
        if (channel)
            return prereleaseOf(base, channel, used, "first release", notes);
        return {
            version: base,
            releaseType: bump === "none" ? "patch" : bump,
            released: true,
            prerelease: false,
            reason: `first release (initial-version ${base})`,
            errors: [],
            notes,
        };
    }
    const stable = input.lastStable?.version ?? "0.0.0";
    if (semver_default().major(stable) === 0 && bump === "major" && input.zeroMajorBreakingIsMinor && input.overrideBump === "auto") {
        bump = "minor";
        notes.push("0.x: a breaking change bumps the minor; 1.0.0 comes only from an explicit override");
    }
    if (channel) {
        if (bump === "none")
            return none("no commit since the last release calls for one");
        const base = inc(stable, bump);
        // Commits since the last pre-release decide whether a new number is needed at all.
        if (input.bumpSinceLast === "none" && input.lastRelease && semver_default().prerelease(input.lastRelease.version) && input.overrideBump === "auto") {
            return none("no commit since the last pre-release calls for one");
        }
        return prereleaseOf(base, channel, used, `${bump} since ${input.lastStable?.tag ?? "the start"}`, notes);
    }
    if (bump === "none")
        return none("no commit since the last release calls for one");
    let next = inc(stable, bump);
    if (input.branch.kind === "maintenance") {
        const range = input.branch.range;
        if (!semver_default().satisfies(next, range)) {
            const clamped = ["minor", "patch"].find((b) => semver_default().satisfies(inc(stable, b), range));
            if (!clamped)
                return {
                    ...none("outside the maintenance range"),
                    errors: [`the next version ${next} is outside the maintenance branch ${input.branch.name} (${range}); release it from a newer branch`],
                };
            notes.push(`${bump} changes on ${input.branch.name} are released as ${clamped}: the branch only releases within ${range}`);
            bump = clamped;
            next = inc(stable, bump);
        }
        // Another branch may have taken the number already: take the next free patch (semantic-release fails here).
        while (used.has(next) && semver_default().satisfies(inc(next, "patch"), range))
            next = inc(next, "patch");
        if (used.has(next))
            return { ...none("no free version in range"), errors: [`every version in ${range} after ${stable} is taken`] };
    }
    else if (used.has(next)) {
        return {
            ...none("version already tagged"),
            errors: [`${input.tagPrefix}${next} already exists but is not reachable from HEAD; fetch the history (fetch-depth: 0) or merge the branch that has it`],
        };
    }
    const promoted = input.lastRelease && semver_default().prerelease(input.lastRelease.version) ? ` (promotes ${input.lastRelease.version})` : "";
    return {
        version: next,
        releaseType: bump,
        released: true,
        prerelease: false,
        reason: `${bump} since ${input.lastStable?.tag ?? "the start"}${promoted}`,
        errors: [],
        notes,
    };
}
function prereleaseOf(base, channel, used, why, notes) {
    let n = 1;
    for (const v of used) {
        const pre = semver_default().prerelease(v);
        if (!pre || `${semver_default().major(v)}.${semver_default().minor(v)}.${semver_default().patch(v)}` !== base || pre[0] !== channel)
            continue;
        const num = typeof pre[1] === "number" ? pre[1] : 0;
        n = Math.max(n, num + 1);
    }
    const version = `${base}-${channel}.${n}`;
    return { version, releaseType: "prerelease", released: true, prerelease: true, reason: `${why}, ${channel} channel`, errors: [], notes };
}
function releaseTypeBetween(from, to) {
    if (!from)
        return "major";
    const d = semver_default().diff(from, to);
    return d === "major" || d === "premajor" ? "major" : d === "minor" || d === "preminor" ? "minor" : "patch";
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

;// CONCATENATED MODULE: ./src/version/core/config.ts
/**
 * The version config file (YAML or JSON): branches, release rules and monorepo packages. Validated
 * with zod; every problem comes back with its key path so the I/O layer can name file and line.
 */


const bump = schemas/* enum */.k5n(["major", "minor", "patch", "none"]);
const schema = schemas/* object */.Ikc({
    branches: schemas/* object */.Ikc({
        release: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
        prerelease: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().regex(/^[0-9A-Za-z-]+$/, "a channel is letters, digits and hyphens")).optional(),
    })
        .strict()
        .optional(),
    "release-rules": schemas/* array */.YOg(schemas/* object */.Ikc({
        type: schemas/* string */.YjP().min(1).optional(),
        scope: schemas/* string */.YjP().min(1).optional(),
        subject: schemas/* string */.YjP().min(1).optional(),
        breaking: schemas/* boolean */.zMY().optional(),
        release: bump,
    })
        .strict())
        .optional(),
    packages: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP().min(1),
        path: schemas/* string */.YjP().min(1),
        "tag-prefix": schemas/* string */.YjP().min(1).optional(),
    })
        .strict())
        .optional(),
    "initial-version": schemas/* string */.YjP().optional(),
})
    .strict();
/** Validates parsed config data. Returns the config or every problem with its key path. */
function parseVersionConfig(data) {
    const r = schema.safeParse(data ?? {});
    if (!r.success) {
        return { problems: r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })) };
    }
    const problems = [];
    (r.data["release-rules"] ?? []).forEach((rule, i) => {
        if (rule.subject !== undefined) {
            try {
                new RegExp(rule.subject);
            }
            catch (e) {
                problems.push({ path: ["release-rules", i, "subject"], message: `not a valid regular expression: ${e.message}` });
            }
        }
    });
    if (problems.length > 0)
        return { problems };
    return {
        config: {
            branches: {
                release: r.data.branches?.release ?? DEFAULT_BRANCHES.release,
                prerelease: r.data.branches?.prerelease ?? DEFAULT_BRANCHES.prerelease,
            },
            rules: (r.data["release-rules"] ?? []).map((x) => ({ ...x })),
            packages: (r.data.packages ?? []).map((p) => ({ name: p.name, path: p.path, tagPrefix: p["tag-prefix"] ?? `${p.name}@` })),
            initialVersion: r.data["initial-version"],
        },
    };
}

;// CONCATENATED MODULE: ./src/version/core/plan.ts
/** From raw commits to classified changes and the bump: revert cancelling, then classification. */


/** Cancels reverts within the range, classifies the rest, and finds a Release-As footer. */
function planChanges(changes, options) {
    const { kept, cancelled } = cancelReverts(changes);
    const { items, bump } = classifyAll(kept, options);
    const reverts = new Map();
    for (const c of cancelled) {
        reverts.set(c.by, true);
        items.push({ change: c.change, bump: "none", rule: `reverted by ${c.by.sha.slice(0, 7)} in the same range`, status: "reverted" });
    }
    for (const by of reverts.keys())
        items.push({ change: by, bump: "none", rule: "reverts a change in the same range: both cancel", status: "reverted" });
    const withRelease = changes.find((c) => c.releaseAs !== undefined);
    return { items, bump, releaseAs: withRelease ? { version: withRelease.releaseAs, sha: withRelease.sha } : undefined };
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
;// CONCATENATED MODULE: ./src/version/core/render.ts
/** The job summary and the `explain` output of `version`. Pure. */

function explainEntries(items) {
    return items.map((i) => ({ sha: i.change.sha, header: i.change.header, bump: i.bump, status: i.status, rule: i.rule }));
}
const STATUS_LABEL = {
    bump: "",
    ignored: "ignored",
    unparseable: "unparseable",
    skipped: "skipped",
    reverted: "reverted",
};
/** Markdown for the job summary (and the PR comment). */
function renderVersionSummary(s) {
    const lines = [];
    const title = s.heading ?? "Next version";
    if (s.next.released) {
        lines.push(`### ${(0,markdown/* escapeMarkdown */.FV)(title)}: ${(0,markdown/* code */.aY)(s.tag)} (${s.next.releaseType})`);
    }
    else {
        lines.push(`### ${(0,markdown/* escapeMarkdown */.FV)(title)}: no release`);
    }
    lines.push("");
    const prev = s.previousTag ? (0,markdown/* code */.aY)(s.previousTag) : "none";
    lines.push(`Previous release: ${prev}. ${(0,markdown/* escapeMarkdown */.FV)(s.next.reason.charAt(0).toUpperCase() + s.next.reason.slice(1))}.`);
    for (const n of s.next.notes)
        lines.push(`\n> [!NOTE]\n> ${(0,markdown/* escapeMarkdown */.FV)(n)}.`);
    if (s.tagged === "created")
        lines.push(`\nTagged ${(0,markdown/* code */.aY)(s.tag)}.`);
    if (s.tagged === "exists")
        lines.push(`\n${(0,markdown/* code */.aY)(s.tag)} already exists at this commit: already released.`);
    if (s.dryRun)
        lines.push("\nDry run: nothing was written.");
    lines.push("");
    const counts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
    for (const i of s.items)
        counts[i.status]++;
    lines.push(`${s.items.length} change(s) since ${prev}: ${counts.bump} release, ${counts.ignored} ignored, ${counts.unparseable} unparseable, ${counts.skipped} skipped, ${counts.reverted} reverted.`);
    lines.push("");
    const max = s.maxRows ?? 300;
    const rows = s.items
        .slice(0, max)
        .map((i) => [
        (0,markdown/* code */.aY)(i.change.sha.slice(0, 7)),
        (0,markdown/* escapeMarkdown */.FV)(i.change.header.slice(0, 100)),
        i.status === "bump" ? `**${i.bump}**` : STATUS_LABEL[i.status],
        (0,markdown/* escapeMarkdown */.FV)(i.rule),
    ]);
    if (rows.length > 0)
        lines.push((0,markdown/* table */.tp)(["commit", "message", "bump", "rule"], rows));
    if (s.items.length > max)
        lines.push(`\n…and ${s.items.length - max} more; the \`explain\` output lists every commit.`);
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/version/inputs.ts
var inputs = __webpack_require__(4911);
;// CONCATENATED MODULE: ./src/version/last-release.ts


function pattern(prefix) {
    // for-each-ref treats the pattern as a glob; a prefix with glob characters is filtered in code.
    return /[*?[\]]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}*`;
}
async function listTags(git, prefix, mergedInto) {
    const args = ["for-each-ref", "--format=%(refname:strip=2)", ...(mergedInto ? [`--merged=${mergedInto}`] : []), pattern(prefix)];
    const out = await git.run(args);
    return out.split("\n").filter((t) => t !== "");
}
/** Checks done one by one before falling back to git's own `--merged` walk. */
const MAX_ANCESTRY_CHECKS = 40;
/**
 * Reads the tags and finds the last release reachable from `head`.
 *
 * Cost grows with what changed since the last release, not with the tag count: instead of asking
 * git for the reachability of every tag (`for-each-ref --merged` walks history for each of 20k tags),
 * candidates are checked from the highest version down with `merge-base --is-ancestor` until the
 * highest reachable release and the highest reachable stable release are known; usually one or two
 * checks. After 40 unreachable candidates (many releases on other branches) git's walk is cheaper.
 */
async function findLastRelease(git, options) {
    const head = options.head ?? "HEAD";
    const all = parseTags(await listTags(git, options.tagPrefix, undefined), options.tagPrefix);
    const range = options.range;
    // Parse once: semver.rcompare in a sort comparator would re-parse both sides on every comparison.
    const parsed = (range ? all.versions.filter((v) => semver_default().satisfies(v.version, range, { includePrerelease: true })) : all.versions).map((v) => ({
        v,
        sv: new (semver_default()).SemVer(v.version),
    }));
    const candidates = parsed.sort((a, b) => b.sv.compare(a.sv)).map((x) => x.v);
    let lastRelease;
    let lastStable;
    let checks = 0;
    for (const v of candidates) {
        const isStable = semver_default().prerelease(v.version) === null;
        if (lastRelease && (lastStable || !isStable))
            continue;
        if (++checks > MAX_ANCESTRY_CHECKS) {
            const reachable = parseTags(await listTags(git, options.tagPrefix, head), options.tagPrefix).versions;
            return {
                lastRelease: highest(reachable, range ? { range } : {}),
                lastStable: highest(reachable, { stableOnly: true, ...(range ? { range } : {}) }),
                allVersions: all.versions,
                invalidTags: all.invalid,
            };
        }
        const r = await git.exec(["merge-base", "--is-ancestor", `refs/tags/${v.tag}`, head], { okCodes: [0, 1] });
        if (r.exitCode !== 0)
            continue;
        lastRelease ??= v;
        if (isStable)
            lastStable = v;
        if (lastStable)
            break;
    }
    return { lastRelease, lastStable, allVersions: all.versions, invalidTags: all.invalid };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/kernel/exec.ts
/**
 * Running programs. Always `spawn(program, argv)` with `shell: false`: no input ever reaches a shell
 * (release-please needed "fix: use execFile" and "fix: second order command injection").
 * The one exception is the documented `command:` inputs of gate and deploy, which are scripts the
 * workflow author wrote, run through {@link runScript} with `bash -e -o pipefail -c` exactly as a
 * `run:` step would.
 */


const STDERR_KEEP = 64 * 1024;
/** Error for a program that failed; names the program, its arguments and the end of its stderr. */
class ProcessError extends errors/* ShiplineError */.J0 {
    exitCode2;
    stderr;
    constructor(program, args, result, redactor, code = errors/* ErrorCode */.O4.ProcessFailed, hint) {
        const r = (s) => (redactor ? redactor.redact(s) : s);
        const tail = result.stderr.trim().split("\n").slice(-5).join("\n");
        const cmd = [program, ...args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
        super(code, r(`${truncate(cmd, 200)} failed (exit ${result.exitCode})${tail ? `: ${JSON.stringify(tail)}` : ""}`), { hint });
        this.exitCode2 = result.exitCode;
        this.stderr = r(result.stderr);
    }
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/**
 * Runs `program` with `args` (no shell) and resolves with its output. Rejects with a
 * {@link ProcessError} when the exit code is not in `okCodes`, and with a ShiplineError when the
 * program cannot be started.
 */
function runProcess(program, args, options = {}) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: options.cwd,
            env: (options.env ?? process.env),
            shell: false,
            stdio: ["pipe", "pipe", "pipe"],
            signal: options.signal,
        });
        const out = [];
        let err = "";
        let killTimer;
        let timer;
        let timedOut = false;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGTERM");
                killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => (options.onStdout ? options.onStdout(c) : out.push(c)));
        child.stderr.on("data", (c) => {
            options.onStderr?.(c);
            err += c.toString("utf8");
            if (err.length > STDERR_KEEP * 2)
                err = err.slice(-STDERR_KEEP);
        });
        child.stdin.on("error", () => {
            /* the child may exit before reading its stdin; its exit code tells the story */
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (e.name === "AbortError") {
                reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.Cancelled, `${program} was cancelled.`));
                return;
            }
            const hint = e.code === "ENOENT" ? `Install ${program} or check that it is on PATH.` : undefined;
            reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Could not start ${program}: ${e.message}`, { hint }));
        });
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const result = {
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: err.length > STDERR_KEEP ? err.slice(-STDERR_KEEP) : err,
                durationMs: performance.now() - started,
            };
            if (timedOut) {
                reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `${program} did not finish within ${options.timeoutMs} ms and was stopped.`));
                return;
            }
            if (!(options.okCodes ?? [0]).includes(result.exitCode)) {
                reject(new ProcessError(program, args, result, options.redactor));
                return;
            }
            resolve(result);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
function signalNumber(signal) {
    return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0;
}
/**
 * Runs a workflow author's script through bash, as a `run:` step does (`bash -e -o pipefail`). Only
 * for inputs documented as scripts; never interpolate other inputs into `script`. Resolves with the
 * result whatever the exit code.
 */
function runScript(script, options = {}) {
    return runProcess("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
        ...options,
        okCodes: Array.from({ length: 256 }, (_, i) => i),
    });
}

;// CONCATENATED MODULE: ./src/kernel/git.ts
/**
 * git, run with argument arrays only. A token never goes into a remote URL (where it ends up in
 * `.git/config`, in error messages and in `ps`): it is passed per command as an
 * `http.<server>/.extraheader` through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`,
 * the same header actions/checkout writes, so it is scoped to that one git process
 * (changesets/action does the same for the same reason).
 */



/** A git repository on disk. */
class Git {
    cwd;
    options;
    constructor(options) {
        this.cwd = options.cwd;
        this.options = options;
    }
    /** Environment for a git child: the token header when a token is set, no prompts, C locale. */
    env() {
        const env = { ...(this.options.env ?? process.env), GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
        if (this.options.token) {
            const scope = this.options.serverUrl ? `http.${this.options.serverUrl.replace(/\/+$/, "")}/.extraheader` : "http.extraheader";
            const basic = Buffer.from(`x-access-token:${this.options.token}`).toString("base64");
            const n = Number(env.GIT_CONFIG_COUNT) || 0;
            // checkout@v4 persists its own extraheader; an empty value first resets the list so git sends
            // only ours (two Authorization headers make GitHub answer 400).
            env[`GIT_CONFIG_KEY_${n}`] = scope;
            env[`GIT_CONFIG_VALUE_${n}`] = "";
            env[`GIT_CONFIG_KEY_${n + 1}`] = scope;
            env[`GIT_CONFIG_VALUE_${n + 1}`] = `AUTHORIZATION: basic ${basic}`;
            env.GIT_CONFIG_COUNT = String(n + 2);
        }
        return env;
    }
    /** Runs `git <args>` and returns stdout. Throws a git-failed error naming the command. */
    async run(args, options = {}) {
        return (await this.exec(args, options)).stdout;
    }
    /** Like {@link run} but resolves with the whole result (exit code, stderr). */
    async exec(args, options = {}) {
        try {
            return await runProcess("git", args, {
                cwd: this.cwd,
                env: this.env(),
                redactor: this.options.redactor,
                okCodes: options.okCodes,
                input: options.input,
                timeoutMs: options.timeoutMs,
            });
        }
        catch (e) {
            throw toGitError(e, args);
        }
    }
    /**
     * Streams the output of `git <args>` split on `separator` (a single byte, NUL by default), calling
     * `onRecord` for each record without holding the whole output in memory. Used for `git log` over
     * large ranges.
     */
    stream(args, onRecord, separator = 0) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)("git", args, { cwd: this.cwd, env: this.env(), shell: false, stdio: ["ignore", "pipe", "pipe"] });
            let pending = [];
            let stderr = "";
            child.stdout.on("data", (chunk) => {
                let start = 0;
                let idx = chunk.indexOf(separator, start);
                while (idx !== -1) {
                    pending.push(chunk.subarray(start, idx));
                    const rec = pending.length === 1 ? pending[0].toString("utf8") : Buffer.concat(pending).toString("utf8");
                    pending = [];
                    onRecord(rec);
                    start = idx + 1;
                    idx = chunk.indexOf(separator, start);
                }
                if (start < chunk.length)
                    pending.push(chunk.subarray(start));
            });
            child.stderr.on("data", (c) => {
                if (stderr.length < 65536)
                    stderr += c.toString("utf8");
            });
            child.on("error", (e) => reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `Could not start git: ${e.message}`, { hint: "Install git and make sure it is on PATH." })));
            child.on("close", (code) => {
                if (code !== 0) {
                    reject(toGitError(new ProcessError("git", args, { exitCode: code ?? 1, stdout: "", stderr, durationMs: 0 }, this.options.redactor), args));
                    return;
                }
                if (pending.length > 0) {
                    const rest = Buffer.concat(pending).toString("utf8");
                    if (rest.trim() !== "")
                        onRecord(rest);
                }
                resolve();
            });
        });
    }
    /** The full SHA of `rev`, or undefined when it does not resolve. */
    async revParse(rev) {
        const r = await this.exec(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { okCodes: [0, 1, 128] });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** True when the repository is a shallow clone. */
    async isShallow() {
        return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    /** The current branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const r = await this.exec(["symbolic-ref", "--quiet", "--short", "HEAD"], { okCodes: [0, 1, 128] });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
}
function toGitError(e, args) {
    if (!(e instanceof ProcessError))
        return e;
    const stderr = e.stderr;
    const isPush = args[0] === "push";
    if (isPush && /rejected|denied|403|401|Authentication failed|Permission to .* denied|protected branch/i.test(stderr)) {
        return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitPushRejected, e.message, {
            hint: /denied|403|401|Authentication failed/i.test(stderr)
                ? 'Give the job "permissions: contents: write" or pass a token with push access in "github-token".'
                : "Someone pushed the same ref first; fetch and re-run.",
        });
    }
    if (/not a git repository/i.test(stderr)) {
        return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, e.message, {
            exitCode: 2,
            hint: 'Run inside a git checkout: add "actions/checkout" before this step, or pass --cwd with a repository.',
        });
    }
    return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, e.message);
}

;// CONCATENATED MODULE: ./src/version/repository.ts
/**
 * Opening the repository a command works on: clear errors outside a checkout or in an empty
 * repository, and a shallow clone deepened (or a precise fix named). Shared by version and notes.
 */



/** Opens the repository, failing clearly outside a checkout or in a repository with no commits. */
async function openRepository(cwd, ctx, input = "working-directory") {
    if (!(0,external_node_fs_.existsSync)(cwd))
        throw new errors/* InputError */.dz({ input, problem: `names a directory that does not exist: "${cwd}"` });
    const token = ctx.hasToken() ? ctx.runtime.input("github-token").trim() : undefined;
    const git = new Git({ cwd, token, serverUrl: ctx.context.serverUrl, redactor: ctx.runtime.redactor, env: ctx.runtime.env });
    const inside = await git.exec(["rev-parse", "--is-inside-work-tree"], { okCodes: [0, 128] });
    if (inside.exitCode !== 0) {
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `${cwd} is not a git repository.`, {
            exitCode: 2,
            hint: 'Run after "actions/checkout" (with fetch-depth: 0), or pass --cwd with a repository.',
        });
    }
    if (!(await git.revParse("HEAD"))) {
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `The repository in ${cwd} has no commits yet.`, {
            exitCode: 2,
            hint: "Commit something first; there is nothing to version.",
        });
    }
    return git;
}
/**
 * A shallow clone hides tags and history: deepen it when a token allows, else fail with the
 * checkout setting that fixes it.
 */
async function ensureFullHistory(git, ctx) {
    if (!(await git.isShallow()))
        return;
    const remote = (await git.exec(["remote"], { okCodes: [0] })).stdout.split("\n")[0]?.trim();
    if (remote) {
        ctx.runtime.log.info(`Shallow clone: fetching the full history and tags from ${remote}.`);
        const r = await git.exec(["fetch", "--quiet", "--unshallow", "--tags", remote], { okCodes: [0, 1, 128] });
        if (r.exitCode === 0)
            return;
        ctx.runtime.log.debug(`git fetch --unshallow failed: ${r.stderr.trim()}`);
    }
    throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, "The repository is a shallow clone, so the last release tag and the commits since it cannot be read.", {
        exitCode: 2,
        hint: 'Set "fetch-depth: 0" on actions/checkout (with: fetch-depth: 0), or run "git fetch --unshallow --tags".',
    });
}

;// CONCATENATED MODULE: ./src/version/command.ts
/**
 * The `version` command: reads git (tags reachable from HEAD, the streamed log since the last
 * release) and hands plain data to the core; then reports, comments on pull requests and tags.
 */















const COMMENT_MARKER = "<!-- shipline:version -->";
function readConfig(inputs, cwd) {
    const file = inputs["config-file"];
    if (!file)
        return { branches: DEFAULT_BRANCHES, rules: [], packages: [], initialVersion: undefined };
    const f = (0,files/* readDataFile */.l)("config-file", file, cwd);
    const r = parseVersionConfig(f.data);
    if ("problems" in r) {
        const first = r.problems[0];
        const line = first ? f.lineOf(first.path) : undefined;
        throw new errors/* ConfigError */.xL(f.shown, r.problems.map((p) => `${p.path.join(".") || "(top level)"}: ${p.message}${f.lineOf(p.path) ? ` (line ${f.lineOf(p.path)})` : ""}`), { ...(line === undefined ? {} : { line }), hint: "Fix the config file; docs/version.md lists the keys." });
    }
    return r.config;
}
function resolveBranch(inputs, ctx, current) {
    if (inputs.branch)
        return inputs.branch;
    const { context } = ctx;
    if (context.eventName.startsWith("pull_request") && context.baseRef)
        return context.baseRef;
    if (context.ref?.startsWith("refs/heads/") && context.refName)
        return context.refName;
    return current;
}
/** Reads the log since the last stable release (streamed) and computes the next version. */
async function compute(git, inputs, ctx, kind, config, tagPrefix, path) {
    const state = await findLastRelease(git, { tagPrefix, ...(kind.kind === "maintenance" ? { range: kind.range } : {}) });
    if (state.invalidTags.length > 0) {
        const shown = state.invalidTags.slice(0, 5).join(", ");
        ctx.runtime.log.warning(`Ignored ${state.invalidTags.length} tag(s) with the prefix "${tagPrefix}" that are not semantic versions: ${shown}${state.invalidTags.length > 5 ? ", ..." : ""}. Release tags look like ${tagPrefix}1.2.3.`);
    }
    const from = state.lastStable?.tag;
    const args = ["log", "--no-color", "--format=%H%x00%B%x00", from ? `refs/tags/${from}..HEAD` : "HEAD", ...(path ? ["--", path] : [])];
    const changes = [];
    let pendingSha;
    let commits = 0;
    const preset = inputs.preset;
    await git.stream(args, (record) => {
        if (pendingSha === undefined) {
            pendingSha = record.replace(/^\n/, "");
            return;
        }
        commits++;
        for (const c of parseCommit(pendingSha, record, { preset, light: true }))
            changes.push(c);
        pendingSha = undefined;
    });
    const plan = planChanges(changes, { preset, rules: config.rules });
    // Pre-release counting needs the bump since the last release of any kind (e.g. since 2.0.0-beta.1).
    let bumpSinceLast = plan.bump;
    if (state.lastRelease && state.lastRelease.tag !== from) {
        const since = new Set((await git.run(["rev-list", `refs/tags/${state.lastRelease.tag}..HEAD`, ...(path ? ["--", path] : [])])).split("\n").filter(Boolean));
        bumpSinceLast = "none";
        for (const i of plan.items)
            if (i.status === "bump" && since.has(i.change.sha))
                bumpSinceLast = maxBump(bumpSinceLast, i.bump);
    }
    const overrideVersion = inputs.version ?? plan.releaseAs?.version;
    const overrideSource = inputs.version ? 'Input "version"' : plan.releaseAs ? `The Release-As footer in ${plan.releaseAs.sha.slice(0, 7)}` : undefined;
    const next = computeNextVersion({
        lastRelease: state.lastRelease,
        lastStable: state.lastStable,
        bump: plan.bump,
        bumpSinceLast,
        allVersions: state.allVersions,
        branch: kind,
        initialVersion: config.initialVersion ?? inputs["initial-version"],
        overrideBump: inputs.bump,
        overrideVersion,
        ...(overrideSource ? { overrideSource } : {}),
        channel: inputs.prerelease || undefined,
        zeroMajorBreakingIsMinor: !inputs["major-on-zero"],
        tagPrefix,
    });
    if (next.errors.length > 0) {
        if (inputs.version)
            throw new errors/* InputError */.dz(next.errors.map((e) => ({ input: "version", problem: e.replace(/^Input "version" /, "") })));
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.InputInvalid, next.errors.join("; "), {
            exitCode: 2,
            hint: "Fix or remove the Release-As footer, or override it with the version input.",
        });
    }
    return {
        state,
        items: plan.items,
        next,
        commits,
        tag: next.version ? `${tagPrefix}${next.version}` : "",
        previousTag: state.lastRelease?.tag ?? "",
    };
}
/** Creates the tag, idempotently: an existing tag at the same commit is "already released". */
async function createTag(git, ctx, inputs, tag, version) {
    const sha = (await git.revParse("HEAD"));
    const message = `Release ${version}`;
    const conflict = (at) => new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitPushRejected, `Tag ${tag} already exists at ${at.slice(0, 7)}, not at HEAD (${sha.slice(0, 7)}).`, {
        hint: "Another commit was released with this version. Fetch the tags and re-run so the next version is computed from it, or delete the wrong tag.",
    });
    if (inputs["tag-method"] === "api" && ctx.hasToken()) {
        const refs = ctx.github().refs;
        const existing = await refs.resolveTag(tag);
        if (existing) {
            if (existing !== sha)
                throw conflict(existing);
            return "exists";
        }
        const obj = await refs.createTagObject(tag, message, sha);
        const created = await refs.create(`tags/${tag}`, obj.sha);
        if (created === "exists") {
            // Lost a race with a concurrent run: fine if it tagged the same commit.
            const winner = await refs.resolveTag(tag);
            if (winner !== sha)
                throw conflict(winner ?? "?");
            return "exists";
        }
        return "created";
    }
    if (inputs["tag-method"] === "api")
        ctx.runtime.log.notice("No GitHub token: creating the tag with git push instead of the API.");
    const local = await git.exec(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { okCodes: [0, 1] });
    if (local.exitCode === 0 && local.stdout.trim() !== sha)
        throw conflict(local.stdout.trim());
    if (local.exitCode !== 0)
        await git.run([
            "-c",
            "user.name=github-actions[bot]",
            "-c",
            "user.email=41898282+github-actions[bot]@users.noreply.github.com",
            "tag",
            "-a",
            tag,
            "-m",
            message,
            sha,
        ]);
    const remote = (await git.run(["remote"])).split("\n")[0]?.trim();
    if (!remote)
        return local.exitCode === 0 ? "exists" : "created";
    const push = await git.exec(["push", "--porcelain", remote, `refs/tags/${tag}`], { okCodes: [0, 1] });
    if (push.exitCode === 0)
        return /\[up to date\]/.test(push.stdout) ? "exists" : "created";
    const remoteSha = (await git.run(["ls-remote", remote, `refs/tags/${tag}^{}`, `refs/tags/${tag}`])).split("\n")[0]?.split("\t")[0];
    if (remoteSha === sha)
        return "exists";
    if (remoteSha) {
        // The remote's annotated tag object differs from ours; compare the commits it points at.
        await git.exec(["fetch", "--quiet", remote, `+refs/tags/${tag}:refs/tags/${tag}`], { okCodes: [0, 1, 128] });
        const peeled = await git.revParse(`refs/tags/${tag}`);
        if (peeled === sha)
            return "exists";
        throw conflict(peeled ?? remoteSha);
    }
    throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitPushRejected, `git push ${remote} refs/tags/${tag} failed: ${push.stderr.trim().split("\n").slice(-2).join(" ")}`, {
        hint: 'Give the job "permissions: contents: write", or use tag-method: api with a token that can write.',
    });
}
async function run(inputs, ctx) {
    const { runtime, context } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    const git = await openRepository(cwd, ctx);
    await ensureFullHistory(git, ctx);
    const config = readConfig(inputs, cwd);
    const current = await git.currentBranch();
    const branch = resolveBranch(inputs, ctx, current);
    if (!branch) {
        throw new errors/* InputError */.dz({
            input: "branch",
            problem: "is empty and HEAD is detached, so the release branch is unknown. Pass the branch (branch: main), or check out a branch",
        });
    }
    const known = branchKind(branch, config.branches);
    const kind = known ?? { kind: "release" };
    let path = inputs.path;
    if (path) {
        const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
        const abs = (0,external_node_path_.resolve)(cwd, path);
        const rel = (0,external_node_path_.relative)(top, abs);
        if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
            throw new errors/* InputError */.dz({ input: "path", problem: `points outside the repository (${top}); got "${inputs.path}"` });
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* InputError */.dz({ input: "path", problem: `does not exist in the repository; got "${inputs.path}"` });
        path = rel || ".";
    }
    const isPull = context.eventName.startsWith("pull_request") && context.pullNumber !== undefined;
    if (config.packages.length > 0 && !inputs.path) {
        const results = [];
        let anyReleased = false;
        let summary = "## Packages\n\n";
        for (const p of config.packages) {
            const c = await compute(git, inputs, ctx, kind, config, p.tagPrefix, p.path);
            anyReleased ||= c.next.released;
            results.push({
                name: p.name,
                path: p.path,
                version: c.next.version,
                tag: c.tag,
                "previous-tag": c.previousTag,
                "release-type": c.next.releaseType,
                released: c.next.released,
                commits: c.commits,
            });
            summary += renderVersionSummary({ next: c.next, tag: c.tag, previousTag: c.previousTag, items: c.items, heading: p.name, maxRows: 50 });
            summary += "\n";
        }
        runtime.setOutput("packages", results);
        runtime.setOutput("released", anyReleased);
        runtime.appendSummary(summary);
        return { conclusion: "success" };
    }
    const c = await compute(git, inputs, ctx, kind, config, inputs["tag-prefix"], path);
    const unparseable = c.items.filter((i) => i.status === "unparseable");
    let tagged;
    if (!known && c.next.released)
        runtime.log.notice(`Branch "${branch}" is not a release branch: this is a preview; nothing is tagged.`);
    if (inputs["create-tag"] && c.next.released && !inputs["dry-run"] && !isPull) {
        if (!known) {
            throw new errors/* InputError */.dz({
                input: "create-tag",
                problem: `is true on branch "${branch}", which is not a release branch (${config.branches.release.join(", ")}, pre-release or maintenance branches). Run the release from one of them`,
            });
        }
        tagged = await createTag(git, ctx, inputs, c.tag, c.next.version);
    }
    const heading = isPull ? `Pull request #${context.pullNumber} would release` : undefined;
    const summary = renderVersionSummary({
        next: c.next,
        tag: c.tag,
        previousTag: c.previousTag,
        items: c.items,
        tagged,
        dryRun: inputs["dry-run"],
        ...(heading ? { heading } : {}),
    });
    runtime.appendSummary(summary);
    runtime.setOutput("version", c.next.version);
    runtime.setOutput("previous-version", c.state.lastRelease?.version ?? "");
    runtime.setOutput("tag", c.tag);
    runtime.setOutput("previous-tag", c.previousTag);
    runtime.setOutput("release-type", c.next.releaseType);
    runtime.setOutput("released", c.next.released);
    runtime.setOutput("prerelease", c.next.prerelease);
    runtime.setOutput("commits", c.commits);
    runtime.setOutput("explain", explainEntries(c.items));
    for (const n of c.next.notes)
        runtime.log.notice(n);
    runtime.log.info(c.next.released ? `Next version: ${c.next.version} (${c.next.releaseType}; ${c.next.reason}).` : `No release: ${c.next.reason}.`);
    if (isPull && inputs.comment && ctx.hasToken() && !inputs["dry-run"]) {
        await (0,github/* optionalWrite */.w3)(runtime.log, context, "the pull request comment", () => ctx.github().comments.upsertSticky(context.pullNumber, COMMENT_MARKER, summary));
    }
    const problems = [];
    if (isPull && inputs["check-pr-title"]) {
        const title = String(context.payload.pull_request?.title ?? "");
        const parsed = parseCommit("", title, { preset: inputs.preset })[0];
        if (!parsed?.conventional)
            problems.push(`The pull request title "${title}" is not a conventional commit header (type(scope): subject); squash merges use it as the commit message`);
    }
    if (inputs["fail-on-unconventional"] && unparseable.length > 0) {
        const shown = unparseable.slice(0, 3).map((i) => `${i.change.sha.slice(0, 7)} "${i.change.header.slice(0, 60)}"`);
        problems.push(`${unparseable.length} commit(s) are not conventional: ${shown.join(", ")}${unparseable.length > 3 ? ", ..." : ""}. Reword them, or set fail-on-unconventional: false`);
    }
    if (problems.length > 0)
        return { conclusion: "failure", message: problems.join(". ") };
    return { conclusion: "success" };
}
const versionCommand = (0,command/* defineCommand */.NB)(inputs/* versionSpec */.s, run);


/***/ })

};
