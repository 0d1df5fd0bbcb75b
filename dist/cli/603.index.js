export const id = 603;
export const ids = [603];
export const modules = {

/***/ 9603:
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
// EXTERNAL MODULE: ./src/kernel/format.ts
var format = __webpack_require__(8982);
// EXTERNAL MODULE: ./src/kernel/files.ts
var files = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 9 modules
var github = __webpack_require__(9702);
// EXTERNAL MODULE: ./src/release/core/commits.ts
var commits = __webpack_require__(31);
// EXTERNAL MODULE: ./src/release/core/version-input.ts
var version_input = __webpack_require__(3092);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/version/core/next-version.ts
var next_version = __webpack_require__(6840);
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
                release: r.data.branches?.release ?? next_version/* DEFAULT_BRANCHES */.J1.release,
                prerelease: r.data.branches?.prerelease ?? next_version/* DEFAULT_BRANCHES */.J1.prerelease,
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
        rows.push({ sha: "", header: "", bump: "none", status: "omitted", rule: `and ${(0,format/* count */.U9)(total - items.length, "more change")}; the summary counts them all` });
    return rows;
}
const STATUS_LABEL = {
    bump: "",
    ignored: "no release",
    unparseable: "⚠️ not conventional",
    skipped: "skipped ([skip release])",
    reverted: "reverted",
};
const BUMP_ORDER = { major: 3, minor: 2, patch: 1, none: 0 };
function commitLink(sha, repoUrl) {
    const short = (0,markdown/* code */.aY)(sha.slice(0, 7));
    return repoUrl ? `[${short}](${repoUrl}/commit/${sha})` : short;
}
/** The changes that decided the bump: those with the highest bump of the range. */
function decidingChanges(items) {
    let top = 0;
    for (const i of items)
        if (i.status === "bump")
            top = Math.max(top, BUMP_ORDER[i.bump] ?? 0);
    if (top === 0)
        return [];
    return items.filter((i) => i.status === "bump" && BUMP_ORDER[i.bump] === top);
}
/** Why, in one sentence a person can act on: the commits that decided a bump, or the rule that did. */
function reasonLine(s, deciding) {
    const why = s.next.reason.charAt(0).toUpperCase() + s.next.reason.slice(1);
    if (!s.next.released || deciding.length === 0 || !/ since /.test(s.next.reason))
        return `${(0,markdown/* escapeInline */.VV)(why)}.`;
    const kind = deciding[0]?.bump;
    const what = kind === "major"
        ? (0,format/* count */.U9)(deciding.length, "breaking change")
        : kind === "minor"
            ? (0,format/* count */.U9)(deciding.length, "new feature")
            : (0,format/* count */.U9)(deciding.length, "fix", "fixes");
    const shown = deciding
        .slice(0, 3)
        .map((i) => `- ${commitLink(i.change.sha, s.repoUrl)} ${(0,markdown/* escapeInline */.VV)(i.change.header.slice(0, 100))} (${(0,markdown/* escapeInline */.VV)(i.rule)})`);
    const more = deciding.length > 3 ? [`- …and ${deciding.length - 3} more in the table below`] : [];
    return [`**${kind === "major" ? "Major" : kind === "minor" ? "Minor" : "Patch"} release because of ${what}:**`, "", ...shown, ...more].join("\n");
}
/** Markdown for the job summary (and the PR comment): the version and why first, then every change. */
function renderVersionSummary(s) {
    const lines = [];
    const h = "#".repeat(s.headingLevel ?? 2);
    const prev = s.previousTag ? (0,markdown/* code */.aY)(s.previousTag) : "the first commit";
    const title = (0,markdown/* escapeInline */.VV)(s.heading ?? "Next version");
    const type = s.next.releaseType === "prerelease" ? "pre-release" : `${s.next.releaseType} release`;
    if (s.next.released)
        lines.push(`${h} 🏷️ ${title}: ${(0,markdown/* code */.aY)(s.tag)}, a ${type}`);
    else
        lines.push(`${h} ${title}: no release`);
    lines.push("");
    const deciding = decidingChanges(s.items);
    lines.push(reasonLine(s, deciding));
    for (const n of s.next.notes)
        lines.push(`\n> [!NOTE]\n> ${(0,markdown/* escapeInline */.VV)(n)}.`);
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
    const unconventional = s.items.filter((i) => i.status === "unparseable");
    if (counts.unparseable > 0) {
        const shown = unconventional.slice(0, 5).map((i) => `> ${commitLink(i.change.sha, s.repoUrl)} ${(0,markdown/* escapeInline */.VV)(i.change.header.slice(0, 100))}`);
        lines.push("> [!WARNING]", `> ${(0,format/* count */.U9)(counts.unparseable, "commit is", "commits are")} not conventional and ${counts.unparseable === 1 ? "does" : "do"} not count towards the version:`, ">", ...shown.flatMap((l, i) => (i === 0 ? [l] : [">", l])), "");
    }
    const parts = [];
    if (counts.bump)
        parts.push(`${counts.bump} released`);
    if (counts.ignored)
        parts.push(`${counts.ignored} with no release`);
    if (counts.unparseable)
        parts.push(`${counts.unparseable} not conventional`);
    if (counts.skipped)
        parts.push(`${counts.skipped} skipped`);
    if (counts.reverted)
        parts.push(`${counts.reverted} reverted`);
    lines.push(`${(0,format/* count */.U9)(total, "change")} since ${prev}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}.`);
    lines.push("");
    const max = s.maxRows ?? 300;
    const rows = s.items
        .slice(0, max)
        .map((i) => [
        commitLink(i.change.sha, s.repoUrl),
        (0,markdown/* escapeInline */.VV)(i.change.header.slice(0, 100)),
        i.status === "bump" ? (BUMP_ORDER[i.bump] === 3 ? "**major**" : i.bump) : STATUS_LABEL[i.status],
        (0,markdown/* escapeInline */.VV)(i.rule),
    ]);
    if (rows.length > 0)
        lines.push(`<details${total <= 20 ? " open" : ""}><summary>Every change (${total})</summary>`, "", (0,markdown/* table */.tp)(["commit", "message", "bump", "rule"], rows), "", "</details>");
    const shown = Math.min(max, s.items.length);
    if (total > shown)
        lines.push(`\n…and ${(0,format/* count */.U9)(total - shown, "more change")}${s.items.length > shown ? `; the \`explain\` output lists the first ${Math.min(s.items.length, MAX_EXPLAIN_ROWS)}` : ""}.`);
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/version/inputs.ts
var inputs = __webpack_require__(4911);
// EXTERNAL MODULE: ./src/release/next-release.ts + 2 modules
var next_release = __webpack_require__(1283);
// EXTERNAL MODULE: ./src/release/tags.ts
var tags = __webpack_require__(2788);
// EXTERNAL MODULE: ./src/release/repository.ts + 1 modules
var repository = __webpack_require__(5393);
;// CONCATENATED MODULE: ./src/version/command.ts
/**
 * The `version` command: reads git (tags reachable from HEAD, the streamed log since the last
 * release) and hands plain data to the core; then reports, comments on pull requests and tags.
 */

















const COMMENT_MARKER = "<!-- shipline:version -->";
function readConfig(inputs, cwd) {
    const file = inputs["config-file"];
    if (!file)
        return { branches: next_version/* DEFAULT_BRANCHES */.J1, rules: [], packages: [], initialVersion: undefined };
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
    let titleSha;
    const floor = dependsOnReleased.length > 0 ? "patch" : "none";
    const { state, plan, next, commits } = await (0,next_release/* readNextRelease */.N)(git, {
        preset: inputs.preset,
        rules: config.rules,
        tagPrefix,
        path,
        branch: kind,
        initialVersion: config.initialVersion ?? inputs["initial-version"],
        overrideBump: inputs.bump,
        overrideVersion: inputs.version,
        channel: inputs.prerelease || undefined,
        zeroMajorBreakingIsMinor: !inputs["major-on-zero"],
        maxItems: MAX_EXPLAIN_ROWS,
        floor,
        ...(titleScope
            ? {
                rewrite: {
                    // The PR's commits become one change, its title, at the place of the newest of them.
                    message: (sha, message) => {
                        if (!titleScope.shas.has(sha))
                            return message;
                        if (titleSha !== undefined)
                            return undefined;
                        titleSha = sha;
                        return titleScope.title;
                    },
                    reset: () => {
                        titleSha = undefined;
                    },
                },
            }
            : {}),
    });
    if (state.invalidTags.length > 0) {
        const shown = state.invalidTags.slice(0, 5).join(", ");
        ctx.runtime.log.warning(`Ignored ${(0,format/* count */.U9)(state.invalidTags.length, "tag")} with the prefix "${tagPrefix}" that are not semantic versions: ${shown}${state.invalidTags.length > 5 ? ", ..." : ""}. Release tags look like ${tagPrefix}1.2.3.`);
    }
    if (floor !== "none" && plan.bump === "none" && next.released)
        next.notes.push(`released as a patch because it depends on ${dependsOnReleased.join(", ")}, ${dependsOnReleased.length === 1 ? "which releases" : "which release"} in this run`);
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
async function run(inputs, ctx) {
    const { runtime, context } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    const git = await (0,repository/* openRepository */.h_)(cwd, ctx);
    await (0,repository/* ensureFullHistory */.qr)(git, ctx);
    const config = readConfig(inputs, cwd);
    // Checked before anything is read or written: `vbanana` and `v99999999999999999999.0.0` were tagged.
    const badInitial = (0,version_input/* checkVersion */.p)(inputs["initial-version"]);
    if (badInitial)
        throw new errors/* InputError */.dz({ input: "initial-version", problem: badInitial });
    const badConfigInitial = config.initialVersion === undefined ? undefined : (0,version_input/* checkVersion */.p)(config.initialVersion);
    if (badConfigInitial)
        throw new errors/* ConfigError */.xL(inputs["config-file"] ?? "config-file", `initial-version ${badConfigInitial}`, { hint: "Fix initial-version in the config file." });
    if (inputs.version !== undefined) {
        const want = inputs.version.startsWith(inputs["tag-prefix"]) ? inputs.version.slice(inputs["tag-prefix"].length) : inputs.version;
        const badVersion = (0,version_input/* checkVersion */.p)(want);
        if (badVersion)
            throw new errors/* InputError */.dz({ input: "version", problem: badVersion });
    }
    const current = await git.currentBranch();
    const branch = resolveBranch(inputs, ctx, current);
    if (!branch) {
        throw new errors/* InputError */.dz({
            input: "branch",
            problem: "is empty and HEAD is detached, so the release branch is unknown. Pass the branch (branch: main), or check out a branch",
        });
    }
    const known = (0,next_version/* branchKind */.lD)(branch, config.branches);
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
        const sha = (await git.revParse("HEAD"));
        for (const r of released)
            r.tagged = await (0,tags/* writeReleaseTag */.T)(git, ctx, {
                tag: r.c.tag,
                sha,
                message: `Release ${r.name ? `${r.name} ${r.c.next.version}` : r.c.next.version}`,
                method: inputs["tag-method"],
            });
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
        repoUrl: context.repository ? `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}` : undefined,
        ...(heading ? { heading } : {}),
        ...(packages ? { maxRows: 50, headingLevel: 3 } : {}),
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
        const parsed = (0,commits/* parseCommit */.L5)("", title, { preset: inputs.preset })[0];
        if (!parsed?.conventional)
            problems.push(`The pull request title "${title}" is not a conventional commit header (type(scope): subject); squash merges use it as the commit message`);
    }
    if (inputs["fail-on-unconventional"]) {
        for (const r of results) {
            const n = r.c.plan.counts.unparseable;
            if (n === 0)
                continue;
            const shown = r.c.plan.unparseable.slice(0, 3).map((i) => `${i.change.sha.slice(0, 7)} "${i.change.header.slice(0, 60)}"`);
            problems.push(`${r.name ? `Package "${r.name}": ` : ""}${(0,format/* count */.U9)(n, "commit")} ${n === 1 ? "is" : "are"} not conventional: ${shown.join(", ")}${n > 3 ? ", ..." : ""}. Reword them, or set fail-on-unconventional: false`);
        }
    }
    if (problems.length > 0)
        return { conclusion: "failure", message: problems.join(". ") };
    return { conclusion: "success" };
}
const versionCommand = (0,command/* defineCommand */.NB)(inputs/* versionSpec */.s, run);


/***/ })

};
