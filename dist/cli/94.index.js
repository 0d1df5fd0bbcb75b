export const id = 94;
export const ids = [94];
export const modules = {

/***/ 7762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lD: () => (/* binding */ readDataFile)
/* harmony export */ });
/* unused harmony exports parseDataText, expandGlobs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2386);
/**
 * Reading the configuration files users hand us (JSON or YAML), with errors that name the file,
 * the line and what to do.
 */





/**
 * Reads a JSON or YAML file named by an input. A missing file is an InputError naming the input;
 * a syntax error is a ConfigError naming the file and line.
 */
function readDataFile(input, file, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ input, problem: `names a file that ${why}: "${file}" (relative to ${cwd}). Check the path, or create the file` });
    }
    return parseDataText(file, path, text);
}
/** Parses JSON or YAML text (JSON is YAML; YAML gives line numbers for both). */
function parseDataText(shown, path, text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first?.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(shown, doc.errors.map((e) => (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "")).slice(0, 10), line === undefined ? { hint: "Fix the syntax and re-run." } : { line, hint: "Fix the syntax and re-run." });
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
/**
 * The files matching glob patterns (from a `glob` input) under `cwd`, as sorted, de-duplicated
 * absolute paths. Directories are left out; a pattern that matches nothing adds nothing (the caller
 * decides whether that is an error and names its input).
 */
async function expandGlobs(patterns, cwd) {
    const files = new Set();
    for (const p of patterns)
        for await (const entry of glob(p, { cwd, withFileTypes: true }))
            if (!entry.isDirectory())
                files.add(resolve(entry.parentPath, entry.name));
    return [...files].sort();
}


/***/ }),

/***/ 7094:
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
var github = __webpack_require__(6766);
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

// EXTERNAL MODULE: ./src/version/core/commits.ts
var core_commits = __webpack_require__(8292);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
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
        const v = semver.valid(rest);
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
        if (filter.stableOnly && semver.prerelease(v.version))
            continue;
        if (filter.range && !semver.satisfies(v.version, filter.range, { includePrerelease: true }))
            continue;
        if (!best || semver.gt(v.version, best.version))
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
    const { kept, cancelled } = (0,core_commits/* cancelReverts */.OT)(changes);
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
// EXTERNAL MODULE: ./src/version/last-release.ts
var last_release = __webpack_require__(7554);
// EXTERNAL MODULE: ./src/version/repository.ts + 1 modules
var repository = __webpack_require__(6992);
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
    const f = (0,files/* readDataFile */.lD)("config-file", file, cwd);
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
    const preset = inputs.preset;
    let changes = [];
    const streamed = await (0,last_release/* streamSinceLastRelease */.Y2)(git, {
        tagPrefix,
        range: kind.kind === "maintenance" ? kind.range : undefined,
        path,
        onCommit: (sha, message) => {
            for (const c of (0,core_commits/* parseCommit */.L5)(sha, message, { preset, light: true }))
                changes.push(c);
        },
        onReset: () => {
            changes = [];
        },
    });
    const { commits, ...state } = streamed;
    if (state.invalidTags.length > 0) {
        const shown = state.invalidTags.slice(0, 5).join(", ");
        ctx.runtime.log.warning(`Ignored ${state.invalidTags.length} tag(s) with the prefix "${tagPrefix}" that are not semantic versions: ${shown}${state.invalidTags.length > 5 ? ", ..." : ""}. Release tags look like ${tagPrefix}1.2.3.`);
    }
    const from = state.lastStable?.tag;
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
    const git = await (0,repository/* openRepository */.h)(cwd, ctx);
    await (0,repository/* ensureFullHistory */.q)(git, ctx);
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
        const parsed = (0,core_commits/* parseCommit */.L5)("", title, { preset: inputs.preset })[0];
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
