export const id = 719;
export const ids = [719];
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

/***/ 7762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   lD: () => (/* binding */ readDataFile)
/* harmony export */ });
/* unused harmony export parseDataText */
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
        for await (const entry of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.glob)(p, { cwd, withFileTypes: true }))
            if (!entry.isDirectory())
                files.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(entry.parentPath, entry.name));
    return [...files].sort();
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
 * whole range, and the target is the whole command within 2x of `git log`. Measured on the 100k
 * generated messages of bench/version (same process, loaded 2-core machine): conventional-commits-
 * parser@7 `CommitParser.parse` 1.9-2.4 s, `parseCommit(..., { light: true })` 0.37-0.52 s. This
 * parser makes one pass over the lines with anchored regexes, skips whole passes with `includes`
 * checks, and allocates only the change objects.
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
/** Default merge messages of git, GitHub, GitLab and Bitbucket; anchored, so `feat: merge x` is not one. */
const MERGE_HEADER = /^(?:Merge (?:pull request #\d+\b|branch(?:es)? '|remote-tracking branch '|tags? '|commit '|[0-9a-f]{7,40} into [0-9a-f]{7,40}$)|Merged in \S+ \(pull request #\d+\))/;
const BITBUCKET_PR = /^Merged in \S+ \(pull request #(\d+)\)/;
const SKIP = /\[(skip release|release skip)\]/i;
const FOOTER_WORDS = /BREAKING[ -]CHANGE|release-as/i;
const REFERENCE = /(?:\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+)?(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi;
/**
 * Parses one commit message into its changes: always at least one (the header, conventional or
 * not), plus one per conventional squash bullet in the body. A BEGIN_COMMIT_OVERRIDE block replaces
 * the message first. Never throws.
 */
function parseCommit(sha, message, options = {}) {
    const preset = options.preset ?? "conventionalcommits";
    // Cheap checks first: most messages have no CR and no override block, and skipping the regex
    // passes over them is a measurable part of parsing 100k commits.
    let text = message.includes("\r") ? message.replace(/\r\n/g, "\n") : message;
    let source = "header";
    const override = text.includes("BEGIN_COMMIT_OVERRIDE") ? /BEGIN_COMMIT_OVERRIDE\n([\s\S]*?)\nEND_COMMIT_OVERRIDE/.exec(text) : null;
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
    if (head.merge)
        return out;
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
/** The body after the header line, without leading blank lines or trailing whitespace. */
function trimBody(message, start) {
    let i = start;
    while (message.charCodeAt(i) === 10)
        i++;
    return message.slice(i).trimEnd();
}
function bodyOf(message) {
    const nl = message.indexOf("\n");
    return nl === -1 ? "" : message.slice(nl + 1);
}
function parseOne(sha, message, preset, source, light = false) {
    const nl = message.indexOf("\n");
    // A substring keeps its whole parent alive in V8 (a "sliced string"): copying the header lets the
    // full message be collected once parsed, which is most of the memory on large ranges.
    const header = flatten((nl === -1 ? message : message.slice(0, nl)).trim());
    const body = nl === -1 ? "" : trimBody(message, nl + 1);
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
    // Light parsing keeps only BREAKING CHANGE and Release-As footers: skip the footer pass when
    // neither word occurs.
    if (body !== "" && (body.includes(": ") || body.includes(" #")) && (!light || FOOTER_WORDS.test(body))) {
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
    const isMerge = type === undefined && header.startsWith("Merge") && MERGE_HEADER.test(header);
    const merge = MERGE_PR.exec(header) ?? (isMerge ? BITBUCKET_PR.exec(header) : null);
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
        unparseableReason: isMerge ? "merge commit" : type === undefined && !gh ? unparseableReason : undefined,
        revert,
        skip: (header.includes("[") && SKIP.test(header)) || (body.includes("[") && SKIP.test(body)),
        releaseAs,
        source,
        ...(isMerge ? { merge: true, mergedPr: merge ? Number(merge[1]) : undefined } : {}),
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
    // Index only what some revert asks for: most ranges have few reverts (often none), and hashing
    // every SHA and header of 100k changes was most of this function's time.
    const wantSha = new Set();
    const wantAbbrev = new Map();
    const wantHeader = new Set();
    let anyRevert = false;
    for (const c of changes) {
        if (!c.revert)
            continue;
        anyRevert = true;
        const sha = c.revert.sha;
        if (sha && sha.length >= 40)
            wantSha.add(sha);
        else if (sha) {
            const set = wantAbbrev.get(sha.length) ?? new Set();
            set.add(sha);
            wantAbbrev.set(sha.length, set);
        }
        if (c.revert.header)
            wantHeader.add(c.revert.header);
    }
    if (!anyRevert)
        return { kept: changes.slice(), cancelled: [] };
    const bySha = new Map();
    const byHeader = new Map();
    const push = (map, key, i) => {
        const list = map.get(key);
        if (list)
            list.push(i);
        else
            map.set(key, [i]);
    };
    for (let i = 0; i < changes.length; i++) {
        const c = changes[i];
        if (c.revert)
            continue;
        if (wantSha.has(c.sha))
            push(bySha, c.sha, i);
        for (const [len, set] of wantAbbrev) {
            const prefix = c.sha.slice(0, len);
            if (set.has(prefix))
                push(bySha, prefix, i);
        }
        if (wantHeader.has(c.header))
            push(byHeader, c.header, i);
    }
    const dropped = new Set();
    const cancelled = [];
    changes.forEach((c, i) => {
        if (!c.revert || dropped.has(i))
            return;
        let targets;
        let byHeaderOnly = false;
        if (c.revert.sha)
            targets = bySha.get(c.revert.sha);
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
    return { kept: dropped.size === 0 ? changes.slice() : changes.filter((_, i) => !dropped.has(i)), cancelled };
}


/***/ }),

/***/ 7554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ streamSinceLastRelease),
/* harmony export */   rw: () => (/* binding */ findLastRelease)
/* harmony export */ });
/* unused harmony export readReleaseTags */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Finding the last release: the highest semver tag with the prefix that is reachable from HEAD, not
 * the highest in the repository. Shared by `version` and `notes`.
 */

function pattern(prefix) {
    // for-each-ref treats the pattern as a glob; a prefix with glob characters is filtered in code.
    return /[*?[\]]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}*`;
}
/**
 * Lists the version tags with `tagPrefix` (one `for-each-ref`, no history walk) and sorts them,
 * highest first. Cost grows with the tag count only by this one listing.
 */
async function readReleaseTags(git, options) {
    const out = await git.run(["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)", pattern(options.tagPrefix)]);
    const prefix = options.tagPrefix;
    const range = options.range === undefined ? undefined : new (semver__WEBPACK_IMPORTED_MODULE_0___default().Range)(options.range, { includePrerelease: true });
    const allVersions = [];
    const invalidTags = [];
    const keyed = [];
    for (const line of out.split("\n")) {
        if (line === "")
            continue;
        const [tag, obj, peeled] = line.split("\0");
        if (!tag.startsWith(prefix))
            continue;
        const rest = tag.slice(prefix.length);
        if (!/^\d/.test(rest))
            continue;
        // Plain X.Y.Z needs no semver object: with 20k tags, building one per tag (twice, to validate
        // and to sort) was most of the time spent on tags.
        const plain = PLAIN.exec(rest);
        let major;
        let minor;
        let patch;
        let stable = true;
        if (plain) {
            major = Number(plain[1]);
            minor = Number(plain[2]);
            patch = Number(plain[3]);
        }
        else {
            const sv = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(rest);
            if (sv === null || sv.version !== rest) {
                invalidTags.push(tag);
                continue;
            }
            ({ major, minor, patch } = sv);
            stable = sv.prerelease.length === 0;
        }
        allVersions.push({ tag, version: rest });
        if (range && !range.test(rest))
            continue;
        keyed.push({ c: { tag, version: rest, commit: peeled || obj, stable }, major, minor, patch });
    }
    keyed.sort((a, b) => b.major - a.major ||
        b.minor - a.minor ||
        b.patch - a.patch ||
        (a.c.stable === b.c.stable ? (a.c.stable ? 0 : semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.c.version, b.c.version)) : a.c.stable ? -1 : 1));
    return { candidates: keyed.map((k) => k.c), allVersions, invalidTags };
}
const PLAIN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** Checks done one by one before falling back to git's own `--merged` walk. */
const MAX_ANCESTRY_CHECKS = 40;
async function isAncestor(git, commit, head) {
    return (await git.exec(["merge-base", "--is-ancestor", commit, head], { okCodes: [0, 1] })).exitCode === 0;
}
/**
 * Picks the highest reachable release and the highest reachable stable release from the candidates
 * (highest first), checking `merge-base --is-ancestor` from the top down; `known` answers for
 * commits whose reachability is already known without git (undefined: ask git). After 40
 * unreachable candidates (many releases on other branches) git's one `--merged` walk is cheaper.
 */
async function pickReachable(git, tags, head, known = () => undefined) {
    let lastRelease;
    let lastStable;
    let checks = 0;
    let merged;
    for (const c of tags.candidates) {
        if (lastRelease && (lastStable || !c.stable))
            continue;
        let reachable = known(c);
        if (reachable === undefined) {
            if (merged === undefined && ++checks > MAX_ANCESTRY_CHECKS) {
                const out = await git.run(["for-each-ref", "--format=%(refname:strip=2)", `--merged=${head}`, "refs/tags/"]);
                merged = new Set(out.split("\n"));
            }
            reachable = merged ? merged.has(c.tag) : await isAncestor(git, c.commit, head);
        }
        if (!reachable)
            continue;
        lastRelease ??= c;
        if (c.stable)
            lastStable = c;
        if (lastStable)
            break;
    }
    return { lastRelease, lastStable };
}
function strip(c) {
    return c ? { tag: c.tag, version: c.version } : undefined;
}
/**
 * Reads the tags and finds the last release reachable from `head`.
 *
 * Cost grows with what changed since the last release, not with the tag count: instead of asking
 * git for the reachability of every tag (`for-each-ref --merged` walks history for each of 20k tags),
 * candidates are checked from the highest version down with `merge-base --is-ancestor` until the
 * highest reachable release and the highest reachable stable release are known; usually one or two
 * checks.
 */
async function findLastRelease(git, options) {
    const tags = await readReleaseTags(git, options);
    const picked = await pickReachable(git, tags, options.head ?? "HEAD");
    return { lastRelease: strip(picked.lastRelease), lastStable: strip(picked.lastStable), allVersions: tags.allVersions, invalidTags: tags.invalidTags };
}
/**
 * Finds the last release AND streams the commits since the last stable one, in about the time of
 * the `git log` alone.
 *
 * Checking reachability first (`merge-base --is-ancestor`) walks the same commits the log walks
 * afterwards: on 100k commits that check alone took 0.67 s beside a 1.6 s log. Instead the highest
 * stable tag is assumed reachable and the log runs with `--boundary`: the tag's commit is reachable
 * from HEAD exactly when it shows up as a boundary commit (every commit on a path from HEAD down to
 * it is in the range, so its child on that path is, and it is that child's excluded parent). When
 * the guess is wrong (the highest tag is on another branch) the commits are dropped via `onReset` and
 * the ancestry checks of {@link findLastRelease} take over. With `path`, history simplification
 * rewrites parents, so the boundary proves nothing: that case checks ancestry first.
 */
async function streamSinceLastRelease(git, options) {
    const tags = await readReleaseTags(git, options);
    const head = (await git.revParse("HEAD"));
    const pathArgs = options.path ? ["--", options.path] : [];
    const guess = options.path ? undefined : tags.candidates.find((c) => c.stable);
    // Pre-releases above the stable guess are reachable exactly when they are in the streamed range.
    const needRange = tags.candidates.length > 0 && !tags.candidates[0]?.stable;
    const inRange = needRange ? new Set() : undefined;
    let commits = 0;
    const streamLog = async (from, boundary) => {
        const boundaries = new Set();
        let pending;
        const args = ["log", "--no-color", ...(boundary ? ["--boundary"] : []), "--format=%m%H%x00%B%x00", from ? `${from}..HEAD` : "HEAD", ...pathArgs];
        await git.stream(args, (record) => {
            if (pending === undefined) {
                pending = record.charCodeAt(0) === 10 ? record.slice(1) : record;
                return;
            }
            const mark = pending.charCodeAt(0);
            const sha = pending.slice(1);
            pending = undefined;
            if (mark === 45 /* "-": boundary */) {
                boundaries.add(sha);
                return;
            }
            commits++;
            inRange?.add(sha);
            options.onCommit(sha, record);
        });
        return boundaries;
    };
    if (guess && guess.commit !== head) {
        const boundaries = await streamLog(guess.commit, true);
        if (boundaries.has(guess.commit)) {
            const picked = await pickReachable(git, tags, head, (c) => (c === guess || inRange?.has(c.commit) ? true : undefined));
            return { lastRelease: strip(picked.lastRelease), lastStable: strip(guess), allVersions: tags.allVersions, invalidTags: tags.invalidTags, commits };
        }
        options.onReset();
        commits = 0;
        inRange?.clear();
    }
    const picked = await pickReachable(git, tags, head, (c) => (c.commit === head ? true : undefined));
    if (!(picked.lastStable && picked.lastStable.commit === head))
        await streamLog(picked.lastStable?.commit, false);
    return {
        lastRelease: strip(picked.lastRelease),
        lastStable: strip(picked.lastStable),
        allVersions: tags.allVersions,
        invalidTags: tags.invalidTags,
        commits,
    };
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qr: () => (/* binding */ ensureFullHistory),
  lU: () => (/* binding */ ensureReleaseTags),
  h_: () => (/* binding */ openRepository),
  qo: () => (/* binding */ resolveRepoPath)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
function releaseTagPattern(prefix) {
    // A prefix with glob characters cannot be put in a pattern; list every tag and filter in code.
    return /[*?[\]\\]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}[0-9]*`;
}
/**
 * A clone without tags (`git clone --no-tags`, a `git fetch` of branches only, actions/checkout
 * with `fetch-tags: false`) has no release tag, and the version would silently become a first
 * release. When none of `tagPrefixes` has a tag locally, asks the first remote (`git ls-remote
 * --tags`); when it has release tags, fetches them (with the token, when there is one) or fails
 * naming the checkout setting. A remote that cannot be listed (offline, no credentials) is left
 * alone: nothing proves tags are missing. Returns true when tags were fetched (recompute), false
 * when nothing changed. Costs one local `for-each-ref` when tags are present.
 */
async function ensureReleaseTags(git, ctx, tagPrefixes) {
    const isRelease = (ref) => tagPrefixes.some((p) => ref.startsWith(`refs/tags/${p}`) && /^\d+\.\d+\.\d+/.test(ref.slice(10 + p.length)));
    const patterns = [...new Set(tagPrefixes.map(releaseTagPattern))];
    const local = await git.run(["for-each-ref", "--format=%(refname)", ...patterns]);
    if (local.split("\n").some(isRelease))
        return false;
    const remote = (await git.exec(["remote"], { okCodes: [0] })).stdout.split("\n")[0]?.trim();
    if (!remote)
        return false;
    const listed = await git.exec(["ls-remote", "--tags", "--refs", remote], { okCodes: [0, 1, 2, 128], timeoutMs: 60_000 });
    if (listed.exitCode !== 0) {
        ctx.runtime.log.debug(`git ls-remote --tags ${remote} failed, so missing release tags cannot be detected: ${listed.stderr.trim()}`);
        return false;
    }
    const remoteTags = listed.stdout
        .split("\n")
        .map((l) => l.split("\t")[1]?.trim() ?? "")
        .filter(isRelease);
    if (remoteTags.length === 0)
        return false;
    const shown = remoteTags
        .slice(-3)
        .map((r) => r.slice(10))
        .join(", ");
    ctx.runtime.log.info(`This clone has no release tags, but ${remote} has ${remoteTags.length} (${shown}): fetching the tags.`);
    const fetched = await git.exec(["fetch", "--quiet", "--tags", remote], { okCodes: [0, 1, 128], timeoutMs: 300_000 });
    if (fetched.exitCode === 0)
        return true;
    const why = fetched.stderr.trim().split("\n").slice(-1)[0] ?? "";
    throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `This clone has no release tags, but the remote "${remote}" has ${remoteTags.length} (${shown}), and "git fetch --tags ${remote}" failed: ${why}. Without them the last release is unknown and the version would be a first release.`, {
        exitCode: 2,
        hint: 'Set "fetch-tags: true" (or "fetch-depth: 0") on actions/checkout, or run "git fetch --tags" before this step.',
    });
}
/**
 * A `path` input checked to lie inside the repository: relative to the repository's top (as version
 * stores it) and to `cwd` (where git runs, so a pathspec for commands run there). Shared by version
 * and notes so both count the same commits for a package.
 */
async function resolveRepoPath(git, cwd, input) {
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const abs = (0,external_node_path_.resolve)(cwd, input);
    const rel = (0,external_node_path_.relative)(top, abs);
    if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
        throw new errors/* InputError */.dz({ input: "path", problem: `points outside the repository (${top}); got "${input}"` });
    if (!(0,external_node_fs_.existsSync)(abs))
        throw new errors/* InputError */.dz({ input: "path", problem: `does not exist in the repository; got "${input}". Pass the package's directory` });
    return { fromTop: rel || ".", fromCwd: (0,external_node_path_.relative)(cwd, abs) || "." };
}


/***/ })

};
