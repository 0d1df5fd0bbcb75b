export const id = 692;
export const ids = [692];
export const modules = {

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   j3: () => (/* binding */ runScript),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);
/**
 * Running programs. Always `spawn(program, argv)` with `shell: false`: no input ever reaches a shell
 * (release-please needed "fix: use execFile" and "fix: second order command injection").
 * The one exception is the documented `command:` inputs of gate and deploy, which are scripts the
 * workflow author wrote, run through {@link runScript} with `bash -e -o pipefail -c` exactly as a
 * `run:` step would.
 */


const STDERR_KEEP = 64 * 1024;
/** Error for a program that failed; names the program, its arguments and the end of its stderr. */
class ProcessError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0 {
    exitCode2;
    stderr;
    constructor(program, args, result, redactor, code = _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, hint) {
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
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
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.Cancelled, `${program} was cancelled.`));
                return;
            }
            const hint = e.code === "ENOENT" ? `Install ${program} or check that it is on PATH.` : undefined;
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `Could not start ${program}: ${e.message}`, { hint }));
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
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiplineError */ .J0(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ProcessFailed, `${program} did not finish within ${options.timeoutMs} ms and was stopped.`));
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


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   OT: () => (/* binding */ cancelReverts)
/* harmony export */ });
/* unused harmony export ANGULAR_TYPES */
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
        let byHeaderOnly = false;
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
        if (!targets && c.revert.header) {
            targets = byHeader.get(c.revert.header);
            byHeaderOnly = true;
        }
        // A revert is newer than what it reverts: only look at later (older) entries. Matched by header,
        // it cancels the nearest older commit with that header only (the same header can recur).
        let alive = (targets ?? []).filter((t) => t > i && !dropped.has(t));
        if (byHeaderOnly && alive.length > 1)
            alive = [Math.min(...alive)];
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


/***/ }),

/***/ 6840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ highest),
/* harmony export */   HV: () => (/* binding */ computeNextVersion),
/* harmony export */   J1: () => (/* binding */ DEFAULT_BRANCHES),
/* harmony export */   lD: () => (/* binding */ branchKind),
/* harmony export */   rL: () => (/* binding */ parseTags)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
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
        const v = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest);
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
        if (filter.stableOnly && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v.version))
            continue;
        if (filter.range && !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(v.version, filter.range, { includePrerelease: true }))
            continue;
        if (!best || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(v.version, best.version))
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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, bump);
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
        prerelease: current !== "" && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(current) !== null,
        reason,
        errors: [],
        notes,
    });
    // An exact version (input or Release-As) wins, once validated.
    if (input.overrideVersion !== undefined) {
        const want = input.overrideVersion.replace(new RegExp(`^${escapeRe(input.tagPrefix)}`), "");
        const errors = [];
        const source = input.overrideSource ?? 'input "version"';
        if (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(want) !== want)
            errors.push(`${source} must be a semantic version like 1.4.0; got "${input.overrideVersion}"`);
        else {
            if (input.lastRelease && !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(want, input.lastRelease.version))
                errors.push(`${source} ${want} is not greater than the last release ${input.lastRelease.version} (${input.lastRelease.tag})`);
            if (used.has(want))
                errors.push(`${source} ${want} is already tagged (${input.tagPrefix}${want}); choose an unused version`);
            if (input.branch.kind === "maintenance" && !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(want, input.branch.range))
                errors.push(`${source} ${want} is outside the maintenance branch ${input.branch.name} (${input.branch.range})`);
        }
        if (errors.length > 0)
            return { ...none("invalid override"), errors };
        const pre = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(want) !== null;
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
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().major(stable) === 0 && bump === "major" && input.zeroMajorBreakingIsMinor && input.overrideBump === "auto") {
        bump = "minor";
        notes.push("0.x: a breaking change bumps the minor; 1.0.0 comes only from an explicit override");
    }
    if (channel) {
        if (bump === "none")
            return none("no commit since the last release calls for one");
        const base = inc(stable, bump);
        // Commits since the last pre-release decide whether a new number is needed at all.
        if (input.bumpSinceLast === "none" && input.lastRelease && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(input.lastRelease.version) && input.overrideBump === "auto") {
            return none("no commit since the last pre-release calls for one");
        }
        return prereleaseOf(base, channel, used, `${bump} since ${input.lastStable?.tag ?? "the start"}`, notes);
    }
    if (bump === "none")
        return none("no commit since the last release calls for one");
    let next = inc(stable, bump);
    if (input.branch.kind === "maintenance") {
        const range = input.branch.range;
        if (!semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(next, range)) {
            const clamped = ["minor", "patch"].find((b) => semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(inc(stable, b), range));
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
        while (used.has(next) && semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(inc(next, "patch"), range))
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
    const promoted = input.lastRelease && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(input.lastRelease.version) ? ` (promotes ${input.lastRelease.version})` : "";
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
        const pre = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v);
        if (!pre || `${semver__WEBPACK_IMPORTED_MODULE_0___default().major(v)}.${semver__WEBPACK_IMPORTED_MODULE_0___default().minor(v)}.${semver__WEBPACK_IMPORTED_MODULE_0___default().patch(v)}` !== base || pre[0] !== channel)
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
    const d = semver__WEBPACK_IMPORTED_MODULE_0___default().diff(from, to);
    return d === "major" || d === "premajor" ? "major" : d === "minor" || d === "preminor" ? "minor" : "patch";
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}


/***/ }),

/***/ 7554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ findLastRelease)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_next_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6840);


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
    const all = (0,_core_next_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTags */ .rL)(await listTags(git, options.tagPrefix, undefined), options.tagPrefix);
    const range = options.range;
    // Parse once: semver.rcompare in a sort comparator would re-parse both sides on every comparison.
    const parsed = (range ? all.versions.filter((v) => semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(v.version, range, { includePrerelease: true })) : all.versions).map((v) => ({
        v,
        sv: new (semver__WEBPACK_IMPORTED_MODULE_0___default().SemVer)(v.version),
    }));
    const candidates = parsed.sort((a, b) => b.sv.compare(a.sv)).map((x) => x.v);
    let lastRelease;
    let lastStable;
    let checks = 0;
    for (const v of candidates) {
        const isStable = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v.version) === null;
        if (lastRelease && (lastStable || !isStable))
            continue;
        if (++checks > MAX_ANCESTRY_CHECKS) {
            const reachable = (0,_core_next_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTags */ .rL)(await listTags(git, options.tagPrefix, head), options.tagPrefix).versions;
            return {
                lastRelease: (0,_core_next_version_js__WEBPACK_IMPORTED_MODULE_1__/* .highest */ .BR)(reachable, range ? { range } : {}),
                lastStable: (0,_core_next_version_js__WEBPACK_IMPORTED_MODULE_1__/* .highest */ .BR)(reachable, { stableOnly: true, ...(range ? { range } : {}) }),
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


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ ensureFullHistory),
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __webpack_require__(2386);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/kernel/exec.ts
var exec = __webpack_require__(3996);
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
            return await (0,exec/* runProcess */.R3)("git", args, {
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
                    reject(toGitError(new exec/* ProcessError */.yI("git", args, { exitCode: code ?? 1, stdout: "", stderr, durationMs: 0 }, this.options.redactor), args));
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
    if (!(e instanceof exec/* ProcessError */.yI))
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


/***/ })

};
