export const id = 786;
export const ids = [786];
export const modules = {

/***/ 5786:
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
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 8 modules
var github = __webpack_require__(2717);
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
    // A merge's branch commits are in the range and classified on their own; counting the merge (or
    // the PR title GitHub writes into its body) as well would count the same change twice.
    if (c.merge)
        return { change: c, bump: "none", rule: "merge commit: its branch's commits count on their own", status: "ignored" };
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
    "bump-dependents": schemas/* boolean */.zMY().optional(),
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
            bumpDependents: r.data["bump-dependents"] ?? false,
        },
    };
}

;// CONCATENATED MODULE: ./src/version/core/dependents.ts
/**
 * Workspace dependents: when a package releases, the packages that depend on it (directly or
 * through other packages of the workspace) release a patch too, so a published dependent never
 * pins the old version of a changed sibling (changesets' `updateInternalDependencies: patch`). Pure.
 */
/**
 * For every package that does not release by itself but depends on one that does, the config
 * names of the released packages it depends on (directly or transitively), in config order.
 * devDependencies are left out by the caller: they are not part of what is published. Cycles are
 * fine (the walk stops at packages already reached).
 */
function planDependentBumps(packages) {
    const byManifest = new Map();
    for (const p of packages)
        if (p.manifestName !== undefined)
            byManifest.set(p.manifestName, p);
    // Reverse edges: who depends on each package, by config name.
    const dependents = new Map();
    for (const p of packages) {
        for (const dep of p.dependsOn) {
            const target = byManifest.get(dep);
            if (!target || target === p)
                continue;
            const list = dependents.get(target.name) ?? [];
            list.push(p);
            dependents.set(target.name, list);
        }
    }
    const because = new Map();
    for (const source of packages) {
        if (!source.released)
            continue;
        const seen = new Set([source.name]);
        const queue = [source];
        while (queue.length > 0) {
            const p = queue.shift();
            for (const d of dependents.get(p.name) ?? []) {
                if (seen.has(d.name))
                    continue;
                seen.add(d.name);
                queue.push(d);
                if (d.released)
                    continue;
                const set = because.get(d.name) ?? new Set();
                set.add(source.name);
                because.set(d.name, set);
            }
        }
    }
    const order = new Map(packages.map((p, i) => [p.name, i]));
    const out = new Map();
    for (const p of packages) {
        const set = because.get(p.name);
        if (set)
            out.set(p.name, [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/version/core/plan.ts
/**
 * From commits to classified changes and the bump, one change at a time: revert cancelling,
 * classification, counters, and a bounded list of rows for the summary and the `explain` output.
 *
 * Streaming rather than collecting the range first: on 100k commits, keeping every parsed change,
 * its classification and its explain row was most of the ~280 MB peak (bench/version). The planner
 * keeps the counters, the first `maxItems` rows, and only the changes that may still matter later:
 * pending reverts (until the change they revert shows up) and Release-As candidates.
 */

/**
 * Creates a planner. Reverts are matched as `cancelReverts` in commits.ts does (by the SHA in "This reverts
 * commit X", prefix match, or by the reverted header, the nearest older change with that header),
 * in one pass: a revert is newer than what it reverts, so it is always seen first. One difference
 * with the batch form: a revert naming both a SHA and a header cancels whichever older change
 * matches first, where the batch form prefers the SHA when that commit is anywhere in the range.
 */
function createChangePlanner(options) {
    const match = compileRules(options.rules ?? []);
    const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
    const maxUnparseable = options.maxUnparseable ?? 10;
    const rows = [];
    const counts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
    // Counted per level so a cancelled revert's patch can be taken back; the bump is the highest level left.
    const levels = { major: 0, minor: 0, patch: 0 };
    const unparseable = [];
    const bySha = new Map();
    const byAbbrev = new Map();
    const byHeader = new Map();
    const releaseAs = [];
    const cancelled = new Set();
    let total = 0;
    const count = (item, delta) => {
        counts[item.status] += delta;
        if (item.status === "bump" && item.bump !== "none")
            levels[item.bump] += delta;
    };
    const row = (item) => {
        if (rows.length >= maxItems)
            return undefined;
        rows.push(item);
        return rows.length - 1;
    };
    const findRevert = (c) => {
        const full = bySha.get(c.sha);
        if (full && (full.matched === undefined || (full.matched.by === "sha" && full.matched.sha === c.sha)))
            return full;
        for (const [len, map] of byAbbrev) {
            const r = map.get(c.sha.slice(0, len));
            if (r && (r.matched === undefined || (r.matched.by === "sha" && r.matched.sha === c.sha)))
                return r;
        }
        const list = byHeader.get(c.header);
        if (!list)
            return undefined;
        const r = list.find((p) => p.matched === undefined);
        if (r)
            r.matched = { by: "header" };
        return r;
    };
    return {
        add(c) {
            total++;
            if (!c.revert) {
                const r = findRevert(c);
                if (r) {
                    r.matched ??= { by: "sha", sha: c.sha };
                    if (r.item.status !== "reverted") {
                        count(r.item, -1);
                        r.item = { change: r.change, bump: "none", rule: "reverts a change in the same range: both cancel", status: "reverted" };
                        count(r.item, 1);
                        if (r.row !== undefined)
                            rows[r.row] = r.item;
                        cancelled.add(r.change);
                    }
                    const item = { change: c, bump: "none", rule: `reverted by ${r.change.sha.slice(0, 7)} in the same range`, status: "reverted" };
                    count(item, 1);
                    row(item);
                    cancelled.add(c);
                    return;
                }
            }
            const item = classifyChange(c, match);
            count(item, 1);
            const index = row(item);
            if (item.status === "unparseable" && unparseable.length < maxUnparseable)
                unparseable.push(item);
            if (c.releaseAs !== undefined && !c.skip)
                releaseAs.push(c);
            if (c.revert) {
                const pending = { change: c, item, row: index, matched: undefined };
                const sha = c.revert.sha;
                // The newest revert of a commit wins, as in the batch form; an older duplicate stays a patch.
                if (sha && sha.length >= 40) {
                    if (!bySha.has(sha))
                        bySha.set(sha, pending);
                }
                else if (sha) {
                    const map = byAbbrev.get(sha.length) ?? new Map();
                    if (!map.has(sha))
                        map.set(sha, pending);
                    byAbbrev.set(sha.length, map);
                }
                if (c.revert.header !== undefined) {
                    const list = byHeader.get(c.revert.header);
                    if (list)
                        list.push(pending);
                    else
                        byHeader.set(c.revert.header, [pending]);
                }
            }
        },
        finish() {
            const bump = levels.major > 0 ? "major" : levels.minor > 0 ? "minor" : levels.patch > 0 ? "patch" : "none";
            const forced = releaseAs.find((c) => !cancelled.has(c));
            return {
                items: rows,
                bump,
                releaseAs: forced ? { version: forced.releaseAs, sha: forced.sha } : undefined,
                total,
                counts: { ...counts },
                unparseable,
            };
        },
    };
}
/** Cancels reverts within the range, classifies the rest, and finds a Release-As footer. */
function planChanges(changes, options) {
    const planner = createChangePlanner(options);
    for (const c of changes)
        planner.add(c);
    return planner.finish();
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __webpack_require__(9660);
;// CONCATENATED MODULE: ./src/version/core/render.ts
/** The job summary and the `explain` output of `version`. Pure. */

/**
 * Rows of the `explain` output at most. GitHub caps one step output at 1 MB; 1000 rows of about
 * 150 bytes stay well under it, where 100k commits made a 15 MB output that the runner rejects.
 */
const MAX_EXPLAIN_ROWS = 1000;
/**
 * The `explain` rows of the classified changes, newest first. When `total` (every change of the
 * range; defaults to the rows given) is larger, a last row with status `omitted` says how many more.
 */
function explainEntries(items, total = items.length) {
    const rows = items.map((i) => ({ sha: i.change.sha, header: i.change.header, bump: i.bump, status: i.status, rule: i.rule }));
    if (total > items.length)
        rows.push({ sha: "", header: "", bump: "none", status: "omitted", rule: `and ${total - items.length} more change(s); the summary counts them all` });
    return rows;
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
    const total = s.total ?? s.items.length;
    let counts = s.counts;
    if (!counts) {
        counts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
        for (const i of s.items)
            counts[i.status]++;
    }
    lines.push(`${total} change(s) since ${prev}: ${counts.bump} release, ${counts.ignored} ignored, ${counts.unparseable} unparseable, ${counts.skipped} skipped, ${counts.reverted} reverted.`);
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
    const shown = Math.min(max, s.items.length);
    if (total > shown)
        lines.push(`\n…and ${total - shown} more${s.items.length > shown ? `; the \`explain\` output lists the first ${Math.min(s.items.length, MAX_EXPLAIN_ROWS)}` : ""}.`);
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
async function readTitleScope(git, ctx) {
    const pr = ctx.context.payload.pull_request;
    const [parentList = "", subject = ""] = (await git.run(["log", "-1", "--format=%P%x00%s", "HEAD"])).trim().split("\0");
    const parents = parentList.split(" ");
    // Only GitHub's test merge has the base as first parent for sure; a PR branch that merged main
    // in is a merge too, and its first parent is the branch.
    let base = parents.length === 2 && /^Merge [0-9a-f]{40} into [0-9a-f]{40}$/.test(subject) ? parents[0] : undefined;
    if (!base && pr?.base?.sha)
        base = await git.revParse(pr.base.sha);
    if (!base) {
        throw new errors/* InputError */.dz({
            input: "pr-version-from",
            problem: "is \"title\", but the pull request's commits cannot be told apart from the base branch: HEAD is not the pull request's merge commit and the event names no base commit in this clone. Keep actions/checkout's default ref on pull_request events, or set pr-version-from: commits",
        });
    }
    const shas = new Set((await git.run(["rev-list", `${base}..HEAD`])).split("\n").filter(Boolean));
    return { shas, title: String(pr?.title ?? "") };
}
/**
 * The manifest of a package for bump-dependents: its package.json name and the names in
 * dependencies, peerDependencies and optionalDependencies (devDependencies are not published, so a
 * release of one does not concern the dependent's users). No package.json: no dependencies.
 */
function readManifest(cwd, path) {
    const file = (0,external_node_path_.join)(cwd, path, "package.json");
    if (!(0,external_node_fs_.existsSync)(file))
        return { manifestName: undefined, dependsOn: [] };
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
    }
    catch (e) {
        throw new errors/* ConfigError */.xL((0,external_node_path_.relative)(cwd, file), `is not valid JSON (${e.message})`, {
            hint: 'Fix the package.json, or set "bump-dependents: false" in the config file.',
        });
    }
    const names = (o) => (o && typeof o === "object" ? Object.keys(o) : []);
    return {
        manifestName: typeof data.name === "string" ? data.name : undefined,
        dependsOn: [...names(data.dependencies), ...names(data.peerDependencies), ...names(data.optionalDependencies)],
    };
}
/** Reads the log since the last stable release (streamed) and computes the next version. */
async function compute(git, inputs, ctx, kind, config, tagPrefix, path, titleScope, 
/** Released packages this one depends on (bump-dependents): it releases at least a patch. */
dependsOnReleased = []) {
    const preset = inputs.preset;
    const plannerOptions = { preset, rules: config.rules, maxItems: MAX_EXPLAIN_ROWS };
    // Changes go to the planner as they are parsed, so memory follows the bounded rows, not the range.
    let planner = createChangePlanner(plannerOptions);
    let titleSha;
    const onCommit = (sha, message) => {
        if (titleScope?.shas.has(sha)) {
            // The PR's commits become one change, its title, at the place of the newest of them.
            if (titleSha !== undefined)
                return;
            titleSha = sha;
            message = titleScope.title;
        }
        for (const c of (0,core_commits/* parseCommit */.L5)(sha, message, { preset, light: true }))
            planner.add(c);
    };
    const streamed = await (0,last_release/* streamSinceLastRelease */.Y2)(git, {
        tagPrefix,
        range: kind.kind === "maintenance" ? kind.range : undefined,
        path,
        onCommit,
        onReset: () => {
            planner = createChangePlanner(plannerOptions);
            titleSha = undefined;
        },
    });
    const { commits, ...state } = streamed;
    if (state.invalidTags.length > 0) {
        const shown = state.invalidTags.slice(0, 5).join(", ");
        ctx.runtime.log.warning(`Ignored ${state.invalidTags.length} tag(s) with the prefix "${tagPrefix}" that are not semantic versions: ${shown}${state.invalidTags.length > 5 ? ", ..." : ""}. Release tags look like ${tagPrefix}1.2.3.`);
    }
    const from = state.lastStable?.tag;
    const plan = planner.finish();
    // Pre-release counting needs the bump since the last release of any kind (e.g. since 2.0.0-beta.1):
    // a second, shorter walk through its own planner, as the first one keeps no per-commit list.
    let bumpSinceLast = plan.bump;
    if (state.lastRelease && state.lastRelease.tag !== from) {
        planner = createChangePlanner({ ...plannerOptions, maxItems: 0 });
        titleSha = undefined;
        await git.stream(["log", "--no-color", "--format=%H%x00%B%x00", `refs/tags/${state.lastRelease.tag}..HEAD`, ...(path ? ["--", path] : [])], (() => {
            let sha;
            return (record) => {
                if (sha === undefined) {
                    sha = record.charCodeAt(0) === 10 ? record.slice(1) : record;
                    return;
                }
                onCommit(sha, record);
                sha = undefined;
            };
        })());
        bumpSinceLast = planner.finish().bump;
    }
    const floor = dependsOnReleased.length > 0 ? "patch" : "none";
    const overrideVersion = inputs.version ?? plan.releaseAs?.version;
    const overrideSource = inputs.version ? 'Input "version"' : plan.releaseAs ? `The Release-As footer in ${plan.releaseAs.sha.slice(0, 7)}` : undefined;
    const next = computeNextVersion({
        lastRelease: state.lastRelease,
        lastStable: state.lastStable,
        bump: maxBump(plan.bump, floor),
        bumpSinceLast: maxBump(bumpSinceLast, floor),
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
    if (floor !== "none" && plan.bump === "none" && next.released)
        next.notes.push(`released as a patch because it depends on ${dependsOnReleased.join(", ")}, which release(s) in this run`);
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
        plan,
        next,
        commits,
        tag: next.version ? `${tagPrefix}${next.version}` : "",
        previousTag: state.lastRelease?.tag ?? "",
    };
}
/** Creates the tag, idempotently: an existing tag at the same commit is "already released". */
async function createTag(git, ctx, inputs, tag, what) {
    const sha = (await git.revParse("HEAD"));
    const message = `Release ${what}`;
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
    const git = await (0,repository/* openRepository */.h_)(cwd, ctx);
    await (0,repository/* ensureFullHistory */.qr)(git, ctx);
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
    if (path)
        path = (await (0,repository/* resolveRepoPath */.qo)(git, cwd, path)).fromTop;
    const isPull = context.eventName.startsWith("pull_request") && context.pullNumber !== undefined;
    const packages = config.packages.length > 0 && !inputs.path ? config.packages : undefined;
    const targets = packages ?? [{ name: undefined, tagPrefix: inputs["tag-prefix"], path }];
    const titleScope = isPull && inputs["pr-version-from"] === "title" ? await readTitleScope(git, ctx) : undefined;
    let results = [];
    const computeAll = async () => {
        results = [];
        for (const t of targets) {
            const c = await compute(git, inputs, ctx, kind, config, t.tagPrefix, t.path, titleScope);
            results.push({ name: t.name, path: t.path, c, tagged: undefined });
        }
    };
    await computeAll();
    // No tag at all with a prefix: maybe a clone without tags rather than a first release. Asked only
    // then, so the usual run pays nothing; when the tags get fetched, the versions are computed again.
    const untagged = targets.filter((_, i) => results[i]?.c.state.allVersions.length === 0);
    if (untagged.length > 0 &&
        (await (0,repository/* ensureReleaseTags */.lU)(git, ctx, untagged.map((t) => t.tagPrefix))))
        await computeAll();
    if (packages && config.bumpDependents) {
        // Dependents are decided on the released set of this run, then computed again with a patch floor.
        const bumps = planDependentBumps(packages.map((p, i) => ({ ...readManifest(cwd, p.path), name: p.name, released: results[i]?.c.next.released === true })));
        for (const [i, p] of packages.entries()) {
            const because = bumps.get(p.name);
            if (!because)
                continue;
            const c = await compute(git, inputs, ctx, kind, config, p.tagPrefix, p.path, titleScope, because);
            results[i] = { name: p.name, path: p.path, c, tagged: undefined, dependsOn: because };
        }
    }
    const released = results.filter((r) => r.c.next.released);
    if (!known && released.length > 0)
        runtime.log.notice(`Branch "${branch}" is not a release branch: this is a preview; nothing is tagged.`);
    if (inputs["create-tag"] && released.length > 0 && !inputs["dry-run"] && !isPull) {
        if (!known) {
            throw new errors/* InputError */.dz({
                input: "create-tag",
                problem: `is true on branch "${branch}", which is not a release branch (${config.branches.release.join(", ")}, pre-release or maintenance branches). Run the release from one of them`,
            });
        }
        // One tag per released package; each is idempotent, so a re-run after a partial failure
        // finds the tags already made at HEAD and creates only the missing ones.
        for (const r of released)
            r.tagged = await createTag(git, ctx, inputs, r.c.tag, r.name ? `${r.name} ${r.c.next.version}` : r.c.next.version);
    }
    const pullHeading = isPull ? `Pull request #${context.pullNumber} would release` : undefined;
    const summaryOf = (r, heading) => renderVersionSummary({
        next: r.c.next,
        tag: r.c.tag,
        previousTag: r.c.previousTag,
        items: r.c.plan.items,
        total: r.c.plan.total,
        counts: r.c.plan.counts,
        tagged: r.tagged,
        dryRun: inputs["dry-run"],
        ...(heading ? { heading } : {}),
        ...(packages ? { maxRows: 50 } : {}),
    });
    let summary;
    if (packages) {
        summary = `## Packages\n\n${results.map((r) => summaryOf(r, pullHeading ? `${pullHeading} ${r.name}` : r.name)).join("\n")}`;
        runtime.setOutput("packages", results.map((r) => ({
            name: r.name,
            path: r.path,
            version: r.c.next.version,
            tag: r.c.tag,
            "previous-tag": r.c.previousTag,
            "release-type": r.c.next.releaseType,
            released: r.c.next.released,
            commits: r.c.commits,
            tagged: r.tagged ?? "",
            ...(config.bumpDependents ? { "dependencies-released": r.dependsOn ?? [] } : {}),
        })));
        runtime.setOutput("released", released.length > 0);
        runtime.setOutput("explain", Object.fromEntries(results.map((r) => [r.name, explainEntries(r.c.plan.items, r.c.plan.total)])));
    }
    else {
        const c = results[0].c;
        summary = summaryOf(results[0], pullHeading);
        runtime.setOutput("version", c.next.version);
        runtime.setOutput("previous-version", c.state.lastRelease?.version ?? "");
        runtime.setOutput("tag", c.tag);
        runtime.setOutput("previous-tag", c.previousTag);
        runtime.setOutput("release-type", c.next.releaseType);
        runtime.setOutput("released", c.next.released);
        runtime.setOutput("prerelease", c.next.prerelease);
        runtime.setOutput("commits", c.commits);
        runtime.setOutput("explain", explainEntries(c.plan.items, c.plan.total));
    }
    runtime.appendSummary(summary);
    for (const r of results) {
        const who = r.name ? `${r.name}: ` : "";
        for (const n of r.c.next.notes)
            runtime.log.notice(`${who}${n}`);
        runtime.log.info(r.c.next.released ? `${who}Next version: ${r.c.next.version} (${r.c.next.releaseType}; ${r.c.next.reason}).` : `${who}No release: ${r.c.next.reason}.`);
    }
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
    if (inputs["fail-on-unconventional"]) {
        for (const r of results) {
            const count = r.c.plan.counts.unparseable;
            if (count === 0)
                continue;
            const shown = r.c.plan.unparseable.slice(0, 3).map((i) => `${i.change.sha.slice(0, 7)} "${i.change.header.slice(0, 60)}"`);
            problems.push(`${r.name ? `Package "${r.name}": ` : ""}${count} commit(s) are not conventional: ${shown.join(", ")}${count > 3 ? ", ..." : ""}. Reword them, or set fail-on-unconventional: false`);
        }
    }
    if (problems.length > 0)
        return { conclusion: "failure", message: problems.join(". ") };
    return { conclusion: "success" };
}
const versionCommand = (0,command/* defineCommand */.NB)(inputs/* versionSpec */.s, run);


/***/ })

};
