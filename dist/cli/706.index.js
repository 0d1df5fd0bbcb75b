export const id = 706;
export const ids = [706];
export const modules = {

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   j3: () => (/* binding */ runScript),
/* harmony export */   s1: () => (/* binding */ lineSplitter),
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


/**
 * Variables a child never receives: the step's inputs (`INPUT_GITHUB-TOKEN` holds the token) and the
 * runner's own credentials. A `run:` step does not get them either; a workflow that wants a token in
 * its command passes it through `env:`.
 */
const SCRUBBED_ENV = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/i;
/**
 * The environment a child process gets: `env` without the step's inputs and the runner's tokens
 * ({@link SCRUBBED_ENV}) and without unset values. Every spawn in Shipline goes through this.
 */
function childEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !SCRUBBED_ENV.test(k))
            out[k] = v;
    return out;
}
const LINE_MAX = 64 * 1024;
const LINE_KEEP = 4 * 1024;
/**
 * Splits a child's output stream into whole lines for `onLine`. Log a child's output through this,
 * not chunk by chunk: a secret cut in two by a chunk boundary would escape redaction.
 * Call `end()` when the stream closes to emit the last unterminated line. A line longer than 64 KiB
 * is handed over in pieces, each keeping back the last 4 KiB (longer than any secret) for the next.
 */
function lineSplitter(onLine) {
    let pending = "";
    const decoder = new TextDecoder("utf-8");
    return {
        push(chunk) {
            pending += decoder.decode(chunk, { stream: true });
            const lines = pending.split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                onLine(line.replace(/\r$/, ""));
            if (pending.length > LINE_MAX) {
                onLine(pending.slice(0, -LINE_KEEP));
                pending = pending.slice(-LINE_KEEP);
            }
        },
        end() {
            pending += decoder.decode();
            if (pending !== "")
                onLine(pending.replace(/\r$/, ""));
            pending = "";
        },
    };
}
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
            env: childEnv(options.env ?? process.env),
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

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ formatInteger),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/**
 * One way to print each kind of number, shared by every screen (summaries, comments, the terminal):
 * a figure that appears twice must read the same both times. Pure.
 */
/** `1 test`, `2 tests`; `plural` defaults to `singular + "s"`. Counts use thousands separators. */
function count(n, singular, plural = `${singular}s`) {
    return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}
/** An integer with thousands separators: `12,345`. */
function formatInteger(n) {
    return Math.round(n).toLocaleString("en-US");
}
/**
 * A duration in milliseconds for people: `0.84 ms`, `7.6 ms`, `340 ms`, `3.41 s`, `2 min 5 s`, `1 h 2 min`.
 * At most two decimals below 10 ms and 10 s, one below a minute, whole units elsewhere; trailing zeros dropped.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return "n/a";
    if (ms < 10)
        return `${Number(ms.toFixed(2))} ms`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 10)
        return `${Number(s.toFixed(2))} s`;
    if (s < 60)
        return `${Number(s.toFixed(1))} s`;
    const totalS = Math.round(s);
    if (totalS < 3600)
        return `${Math.floor(totalS / 60)} min${totalS % 60 ? ` ${totalS % 60} s` : ""}`;
    const totalMin = Math.round(totalS / 60);
    return `${Math.floor(totalMin / 60)} h${totalMin % 60 ? ` ${totalMin % 60} min` : ""}`;
}
/**
 * A percentage from a value already in percent (`12.5` → `12.5%`): at most two decimals, trailing
 * zeros dropped (`0.1%`, `1.67%`, `79.96%`, `100%`). Never rounded to fewer decimals: 79.96 % must
 * not print as the 80 % it fails.
 */
function formatPercent(percent) {
    if (!Number.isFinite(percent))
        return "n/a";
    return `${Number(percent.toFixed(2))}%`;
}


/***/ }),

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   hF: () => (/* binding */ plainChangeType)
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
 * One commit can yield several changes, but only where the message says so: a header that is not
 * conventional (a merge train, `Release train (#12)`) is split into the conventional `* feat: ...`
 * bullets of its body, and release-please's BEGIN_COMMIT_OVERRIDE block replaces the message with
 * one or more messages. Under a conventional header the bullets are the PR's own history and the
 * header decides (a `fix:` squash title over `* feat:` bullets is a patch). A BREAKING CHANGE footer
 * counts wherever it stands, under a header that is not conventional too. Every change keeps the
 * commit's SHA.
 *
 * Shared by version and notes (the release domain): both read a range with this one reader.
 */
/** The types the Angular convention allows; anything else is not a conventional commit under it. */
const ANGULAR_TYPES = new Set(["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"]);
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?:: | #)(.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;
/** GitHub's revert title, also squash-merged as a PR (`Revert "x" (#12)`); greedy, so `Revert "Revert "x""` reverts `Revert "x"`. */
const GITHUB_REVERT = /^Revert "(.+)"(?:\s*\(#\d+\))?$/;
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
 * not), plus, under a header that is neither conventional nor a merge or a revert, one per
 * conventional squash bullet in the body. A BEGIN_COMMIT_OVERRIDE block replaces the message first.
 * Never throws.
 */
function parseCommit(sha, message, options = {}) {
    const preset = options.preset ?? "conventionalcommits";
    // Cheap checks first: most messages have no CR and no override block, and skipping the regex
    // passes over them is a measurable part of parsing 100k commits.
    let text = message.includes("\r") ? message.replace(/\r\n/g, "\n") : message;
    let source = "header";
    const override = text.includes("BEGIN_COMMIT_OVERRIDE") ? readOverride(text) : undefined;
    if (override !== undefined) {
        const changes = [];
        for (const piece of override)
            changes.push(parseOne(sha, piece, preset, "override", options.light === true));
        if (changes.length > 0)
            return changes;
        text = message;
    }
    const light = options.light === true;
    const head = parseOne(sha, text, preset, source, light);
    const out = [head];
    // A conventional header decides: bullets under it are the PR's own commits (its history), which
    // the squash title sums up. Only a header that is not conventional (a merge train such as
    // `Release train (#12)`) is split into its conventional bullets. Footers in the body were read
    // with the header, so a BREAKING CHANGE footer there still counts.
    if (head.merge || head.conventional || head.revert)
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
/**
 * The lower-cased type of a message that {@link parseCommit} reads as exactly one plain change (a
 * conventional header under `preset`, no `!`, no BREAKING CHANGE footer, no override block, not a
 * revert), or undefined when only parseCommit can tell. Such a change matters to a caller that
 * drops its type only as a target a revert may name (by SHA or header): with no revert pending, the
 * caller can skip parseCommit. On the 100k-commit notes benchmark that skips 62,500 of 100,000
 * parses, about 40 ms and their garbage; a test holds this check to parseCommit over varied histories.
 */
function plainChangeType(message, preset = "conventionalcommits") {
    // Everything that could add a change, make one breaking or a revert, or change the header: an
    // override block, a footer, a CR (parseCommit normalises line ends first).
    if (message.includes("BREAKING") || message.includes("BEGIN_COMMIT_OVERRIDE") || message.includes("\r"))
        return undefined;
    const nl = message.indexOf("\n");
    const m = HEADER.exec((nl === -1 ? message : message.slice(0, nl)).trim());
    if (!m || m[3] === "!")
        return undefined;
    const type = m[1].toLowerCase();
    if (type === "revert" || (preset === "angular" && !ANGULAR_TYPES.has(type)))
        return undefined;
    return type;
}
/** The standard types release-please splits an override on (a blank line, then one of these). */
const OVERRIDE_SPLIT = /\n\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?!?: )/;
const HEADER_LINE = /^[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: +\S/;
/**
 * The messages of a `BEGIN_COMMIT_OVERRIDE` ... `END_COMMIT_OVERRIDE` block, read as release-please
 * reads it (src/commit.ts, `splitMessages`): the text between the markers, trimmed; each
 * `BEGIN_NESTED_COMMIT` ... `END_NESTED_COMMIT` block is a message of its own, and the rest splits at a
 * blank line followed by a conventional header. One addition: consecutive header lines at the top of a
 * piece (`feat: a\nfix: b`, the way people list changes) are one message each, where release-please
 * would read the second as the body of the first. Undefined when there is no block; an empty block
 * gives no message (the caller then reads the commit itself).
 */
function readOverride(text) {
    const start = text.indexOf("BEGIN_COMMIT_OVERRIDE");
    const end = text.indexOf("END_COMMIT_OVERRIDE", start);
    if (start === -1 || end === -1)
        return undefined;
    let rest = text.slice(start + "BEGIN_COMMIT_OVERRIDE".length, end).trim();
    const messages = [];
    const nested = rest.split("BEGIN_NESTED_COMMIT");
    rest = nested.shift() ?? "";
    for (const part of nested) {
        const [inner = "", ...after] = part.split("END_NESTED_COMMIT");
        messages.push(inner.trim());
        rest += after.join("END_NESTED_COMMIT");
    }
    const pieces = [];
    for (const piece of rest.trim().split(OVERRIDE_SPLIT)) {
        const lines = piece.trim().split("\n");
        let i = 0;
        while (i + 1 < lines.length && HEADER_LINE.test(lines[i]) && HEADER_LINE.test(lines[i + 1]))
            pieces.push(lines[i++].trim());
        pieces.push(lines.slice(i).join("\n").trim());
    }
    return [...pieces, ...messages].filter((m) => m !== "");
}
/**
 * The header a `revert:` subject names: `revert: "feat: x"` and `revert: Revert "feat: x"` (release
 * tools write both) revert `feat: x`; a stray quote left by a cut title is dropped.
 */
function revertedHeaderOf(subject) {
    const gh = GITHUB_REVERT.exec(subject);
    if (gh)
        return gh[1];
    const quoted = /^"(.*)"$/.exec(subject);
    return quoted ? quoted[1] : subject;
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
    // A BREAKING CHANGE footer counts wherever it stands, under a header that is not conventional too
    // (`v9 (#639)` with BREAKING CHANGE footers was a major release).
    const breaking = (type !== undefined && bang) || breakingNotes.length > 0;
    if (type !== undefined && bang && breakingNotes.length === 0)
        breakingNotes.push(subject);
    let revert;
    const gh = GITHUB_REVERT.exec(header);
    if (type === "revert" || gh) {
        const shaMatch = REVERTS_SHA.exec(body);
        revert = { header: gh ? gh[1] : type === "revert" ? revertedHeaderOf(subject) : undefined, sha: shaMatch ? shaMatch[1] : undefined };
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
/** The revert matcher lives in ./reverts.ts; re-exported for existing callers. */



/***/ }),

/***/ 5786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createRevertMatcher)
/* harmony export */ });
/* unused harmony export cancelReverts */
/** Creates a matcher. The newest revert of a commit wins; an older duplicate stays a revert of its own. */
function createRevertMatcher() {
    const bySha = new Map();
    const byAbbrev = new Map();
    const byHeader = new Map();
    const withTentative = [];
    let any = false;
    const takes = (p, sha) => p !== undefined && (p.matched === undefined || (p.matched.by === "sha" && p.matched.sha === sha));
    return {
        match(c) {
            if (!any)
                return undefined;
            let p = bySha.get(c.sha);
            if (!takes(p, c.sha)) {
                p = undefined;
                for (const [len, map] of byAbbrev) {
                    const r = map.get(c.sha.slice(0, len));
                    if (takes(r, c.sha)) {
                        p = r;
                        break;
                    }
                }
            }
            if (p) {
                p.matched ??= { by: "sha", sha: c.sha };
                p.tentative = undefined;
                return { cancelledBy: p.payload };
            }
            const r = byHeader.get(c.header)?.find((x) => x.matched === undefined && x.tentative === undefined);
            if (!r)
                return undefined;
            if (r.sha !== undefined) {
                r.tentative = c;
                withTentative.push(r);
                return { tentative: true };
            }
            r.matched = { by: "header" };
            return { cancelledBy: r.payload };
        },
        add(c, payload) {
            if (!c.revert)
                return;
            any = true;
            const sha = c.revert.sha;
            const pending = { payload, sha, matched: undefined, tentative: undefined };
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
        },
        hasReverts: () => any,
        finish() {
            return withTentative
                .filter((p) => p.matched === undefined && p.tentative !== undefined)
                .map((p) => ({ revert: p.payload, change: p.tentative }));
        },
    };
}
/**
 * Removes reverted changes and the reverts that cancel them, when both are in the range (the batch
 * form of {@link createRevertMatcher}). Input newest first; the output keeps the order. Returns the
 * kept changes and the cancelled pairs, for the explain table.
 */
function cancelReverts(changes) {
    const matcher = createRevertMatcher();
    const dropped = new Set();
    const index = new Map();
    const cancelled = [];
    changes.forEach((c, i) => {
        const m = matcher.match(c);
        if (m && "cancelledBy" in m) {
            dropped.add(m.cancelledBy);
            dropped.add(i);
            cancelled.push({ change: c, by: changes[m.cancelledBy] });
            return;
        }
        if (m)
            index.set(c, i);
        if (c.revert)
            matcher.add(c, i);
    });
    for (const { revert, change } of matcher.finish()) {
        dropped.add(revert);
        dropped.add(index.get(change));
        cancelled.push({ change, by: changes[revert] });
    }
    return { kept: dropped.size === 0 ? changes.slice() : changes.filter((_, i) => !dropped.has(i)), cancelled };
}


/***/ }),

/***/ 3092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ checkVersion)
/* harmony export */ });
/* unused harmony export VERSION_FORM */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Checking version-valued inputs and versions read back from files: a strict semantic version
 * (`1.4.0`, `2.0.0-rc.1`, build metadata allowed), numbers no larger than Number.MAX_SAFE_INTEGER
 * (a larger one cannot be bumped exactly). Pure.
 */

/** The accepted form, for messages. */
const VERSION_FORM = "a semantic version X.Y.Z (e.g. 1.4.0 or 2.0.0-rc.1), each number at most 9007199254740991";
/**
 * Why `value` is not an acceptable version, or undefined when it is. semver itself refuses numbers
 * beyond Number.MAX_SAFE_INTEGER and loose forms (`v1.2`, `01.2.3`, `1.2`), which is what we want:
 * a tag `vbanana` or `v99999999999999999999.0.0` must never be written.
 */
function checkVersion(value) {
    let parsed = null;
    try {
        parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(value);
    }
    catch {
        parsed = null;
    }
    if (parsed === null || parsed.raw !== value)
        return `must be ${VERSION_FORM}; got "${value}"`;
    for (const n of [parsed.major, parsed.minor, parsed.patch])
        if (!Number.isSafeInteger(n))
            return `must be ${VERSION_FORM}; got "${value}", whose numbers are too large`;
    return undefined;
}


/***/ }),

/***/ 9673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ streamSinceLastRelease),
/* harmony export */   rw: () => (/* binding */ findLastRelease)
/* harmony export */ });
/* unused harmony export readReleaseTags */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1295);
/**
 * Finding the last release: the highest semver tag with the prefix that is reachable from HEAD, not
 * the highest in the repository. Part of the release domain: shared by `version` and `notes`.
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
    const guess = options.path ? undefined : tags.candidates.find((c) => c.stable);
    // Pre-releases above the stable guess are reachable exactly when they are in the streamed range.
    const needRange = tags.candidates.length > 0 && !tags.candidates[0]?.stable;
    const inRange = needRange ? new Set() : undefined;
    let commits = 0;
    const readLog = async (from, boundary) => {
        const boundaries = new Set();
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .streamLog */ .V)(git, { revs: [from ? `${from}..HEAD` : "HEAD"], boundary, path: options.path }, (c) => {
            if (c.boundary) {
                boundaries.add(c.sha);
                return;
            }
            commits++;
            inRange?.add(c.sha);
            options.onCommit(c.sha, c.message);
        });
        return boundaries;
    };
    if (guess && guess.commit !== head) {
        const boundaries = await readLog(guess.commit, true);
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
        await readLog(picked.lastStable?.commit, false);
    return {
        lastRelease: strip(picked.lastRelease),
        lastStable: strip(picked.lastStable),
        allVersions: tags.allVersions,
        invalidTags: tags.invalidTags,
        commits,
    };
}


/***/ }),

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ streamLog)
/* harmony export */ });
/* unused harmony export logArgs */
/** The `git log` arguments {@link streamLog} runs; exported for the benchmark's floor. */
function logArgs(options) {
    return [
        "log",
        "--no-color",
        ...(options.boundary ? ["--boundary"] : []),
        options.authors ? "--format=%m%H%x00%an%x00%ae%x00%B%x00" : "--format=%m%H%x00%B%x00",
        ...options.revs,
        ...(options.path ? ["--", options.path] : []),
    ];
}
/** Streams the log newest first, calling `onCommit` for every commit (boundary commits included when asked). */
async function streamLog(git, options, onCommit) {
    const fields = options.authors ? 4 : 2;
    let i = 0;
    let marked = "";
    let name = "";
    let email = "";
    await git.stream(logArgs(options), (record) => {
        if (i === 0) {
            // Records after the first start with the newline git prints between commits.
            marked = record.charCodeAt(0) === 10 ? record.slice(1) : record;
            i = 1;
            return;
        }
        if (i < fields - 1) {
            if (i === 1)
                name = record;
            else
                email = record;
            i++;
            return;
        }
        i = 0;
        onCommit({ sha: marked.slice(1), boundary: marked.charCodeAt(0) === 45, authorName: name, authorEmail: email, message: record });
    });
}


/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ readNextRelease)
});

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
        // A BREAKING CHANGE footer counts under any header (`v9 (#639)` with two footers was a major).
        if (c.breaking)
            return { change: c, bump: "major", rule: "breaking change (BREAKING CHANGE footer under a non-conventional header): major", status: "bump" };
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

// EXTERNAL MODULE: ./src/version/core/next-version.ts
var next_version = __webpack_require__(6840);
// EXTERNAL MODULE: ./src/release/core/reverts.ts
var core_reverts = __webpack_require__(5786);
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
 * Creates a planner. Reverts are matched by the release domain's one matcher
 * (src/release/core/reverts.ts), the one notes uses too, in one pass: a revert is newer than what
 * it reverts, so it is always seen first.
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
    const reverts = (0,core_reverts/* createRevertMatcher */.L)();
    const tentative = new Map();
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
    return {
        add(c) {
            total++;
            const m = reverts.match(c);
            const r = m && "cancelledBy" in m ? m.cancelledBy : undefined;
            if (r) {
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
            const item = classifyChange(c, match);
            count(item, 1);
            const index = row(item);
            if (item.status === "unparseable" && unparseable.length < maxUnparseable)
                unparseable.push(item);
            if (c.releaseAs !== undefined && !c.skip)
                releaseAs.push(c);
            if (m)
                tentative.set(c, { change: c, item, row: index });
            if (c.revert)
                reverts.add(c, { change: c, item, row: index });
        },
        finish() {
            // A revert naming a SHA that never showed up cancels the change it matched by header.
            for (const pair of reverts.finish()) {
                const target = tentative.get(pair.change);
                if (!target)
                    continue;
                for (const [p, by] of [
                    [pair.revert, "reverts a change in the same range: both cancel"],
                    [target, `reverted by ${pair.revert.change.sha.slice(0, 7)} in the same range`],
                ]) {
                    count(p.item, -1);
                    p.item = { change: p.change, bump: "none", rule: by, status: "reverted" };
                    count(p.item, 1);
                    if (p.row !== undefined)
                        rows[p.row] = p.item;
                    cancelled.add(p.change);
                }
            }
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

// EXTERNAL MODULE: ./src/release/core/commits.ts
var core_commits = __webpack_require__(31);
// EXTERNAL MODULE: ./src/release/last-release.ts
var last_release = __webpack_require__(9673);
// EXTERNAL MODULE: ./src/release/log.ts
var log = __webpack_require__(1295);
;// CONCATENATED MODULE: ./src/release/next-release.ts






/** Reads the range since the last release (streamed) and computes the next version. */
async function readNextRelease(git, options) {
    const { preset, rewrite } = options;
    const plannerOptions = { preset, rules: options.rules, ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }) };
    // Changes go to the planner as they are parsed, so memory follows the bounded rows, not the range.
    let planner = createChangePlanner(plannerOptions);
    const onCommit = (sha, message) => {
        const text = rewrite ? rewrite.message(sha, message) : message;
        if (text === undefined)
            return;
        for (const c of (0,core_commits/* parseCommit */.L5)(sha, text, { preset, light: true }))
            planner.add(c);
    };
    const streamed = await (0,last_release/* streamSinceLastRelease */.Y2)(git, {
        tagPrefix: options.tagPrefix,
        range: options.branch.kind === "maintenance" ? options.branch.range : undefined,
        path: options.path,
        onCommit,
        onReset: () => {
            planner = createChangePlanner(plannerOptions);
            rewrite?.reset();
        },
    });
    const { commits, ...state } = streamed;
    const plan = planner.finish();
    // Pre-release counting needs the bump since the last release of any kind (e.g. since 2.0.0-beta.1):
    // a second, shorter walk through its own planner, as the first one keeps no per-commit list.
    let bumpSinceLast = plan.bump;
    if (state.lastRelease && state.lastRelease.tag !== state.lastStable?.tag) {
        planner = createChangePlanner({ ...plannerOptions, maxItems: 0 });
        rewrite?.reset();
        await (0,log/* streamLog */.V)(git, { revs: [`refs/tags/${state.lastRelease.tag}..HEAD`], path: options.path }, (c) => onCommit(c.sha, c.message));
        bumpSinceLast = planner.finish().bump;
    }
    const floor = options.floor ?? "none";
    const overrideVersion = options.overrideVersion ?? plan.releaseAs?.version;
    const overrideSource = options.overrideVersion
        ? 'Input "version"'
        : plan.releaseAs
            ? `The Release-As footer in ${plan.releaseAs.sha.slice(0, 7)}`
            : undefined;
    const next = (0,next_version/* computeNextVersion */.HV)({
        lastRelease: state.lastRelease,
        lastStable: state.lastStable,
        bump: maxBump(plan.bump, floor),
        bumpSinceLast: maxBump(bumpSinceLast, floor),
        allVersions: state.allVersions,
        branch: options.branch,
        initialVersion: options.initialVersion,
        overrideBump: options.overrideBump,
        overrideVersion,
        ...(overrideSource ? { overrideSource } : {}),
        channel: options.channel,
        zeroMajorBreakingIsMinor: options.zeroMajorBreakingIsMinor,
        tagPrefix: options.tagPrefix,
    });
    return { state, plan, next, commits, overrideSource };
}


/***/ }),

/***/ 5393:
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
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
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
     * Streams the output of `git <args>` split on `separator` (one ASCII byte, NUL by default), calling
     * `onRecord` for each record without holding the whole output in memory. Used for `git log` over
     * large ranges. `onRecord` returning `false` stops the stream: git is killed, no further record is
     * handed over, and the promise resolves.
     */
    stream(args, onRecord, separator = 0) {
        return new Promise((resolve, reject) => {
            // Into a pipe, `git log` flushes after every commit (GIT_FLUSH in git(1)): 100k writes and
            // 'data' events of a few hundred bytes each. Nothing here reads a commit before the next one
            // is printed, so let stdio fill its buffer: the 100k-commit log reached node in 120 ms instead
            // of 190-270 ms.
            const env = { ...this.env(), GIT_FLUSH: "0" };
            const child = (0,external_node_child_process_.spawn)("git", args, { cwd: this.cwd, env: (0,exec/* childEnv */.gf)(env), shell: false, stdio: ["ignore", "pipe", "pipe"] });
            // One UTF-8 decode per chunk, then string slices: decoding each record from its own Buffer
            // view (a Buffer object and a native call per field, 400k on the 100k-commit benchmark) took
            // about 50 ms more CPU. A record is copied out of the chunk's string before it is handed on,
            // because V8 keeps a whole string alive for as long as any slice of it lives: a kept SHA
            // would otherwise hold its chunk, and the log would end up in memory after all. The
            // decoder carries a character split across two chunks over to the next one.
            const decoder = new external_node_string_decoder_.StringDecoder("utf8");
            const sep = String.fromCharCode(separator);
            let pending = [];
            let stderr = "";
            let stopped = false;
            const emit = (record) => {
                if (onRecord(ownedCopy(record)) === false) {
                    stopped = true;
                    child.kill();
                }
            };
            child.stdout.on("data", (chunk) => {
                if (stopped)
                    return;
                const text = decoder.write(chunk);
                let start = 0;
                let idx = text.indexOf(sep);
                while (idx !== -1) {
                    let rec = text.slice(start, idx);
                    if (pending.length > 0) {
                        pending.push(rec);
                        rec = pending.join("");
                        pending = [];
                    }
                    emit(rec);
                    if (stopped)
                        return;
                    start = idx + 1;
                    idx = text.indexOf(sep, start);
                }
                if (start < text.length)
                    pending.push(text.slice(start));
            });
            child.stderr.on("data", (c) => {
                if (stderr.length < 65536)
                    stderr += c.toString("utf8");
            });
            child.on("error", (e) => reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `Could not start git: ${e.message}`, { hint: "Install git and make sure it is on PATH." })));
            child.on("close", (code) => {
                if (stopped) {
                    resolve();
                    return;
                }
                if (code !== 0) {
                    reject(toGitError(new exec/* ProcessError */.yI("git", args, { exitCode: code ?? 1, stdout: "", stderr, durationMs: 0 }, this.options.redactor), args));
                    return;
                }
                const rest = pending.join("") + decoder.end();
                if (rest.trim() !== "")
                    emit(rest);
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
/**
 * `text` as a string of its own: concatenating and slicing makes V8 copy the characters into a new
 * string, where a plain slice would keep the string it was cut from alive.
 */
function ownedCopy(text) {
    return ` ${text}`.slice(1);
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

;// CONCATENATED MODULE: ./src/release/repository.ts
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


/***/ }),

/***/ 2788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ TagConflictError),
/* harmony export */   T: () => (/* binding */ writeReleaseTag)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);

/** The release tag exists at another commit than the one being released. Exit code 2: a re-run cannot help until the version or the tag changes. */
class TagConflictError extends _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0 {
    constructor(tag, at, want, where) {
        super(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.TagConflict, `Tag "${tag}" already exists ${where} at ${at.slice(0, 7)}, not at ${want.slice(0, 7)}, the commit being released. A release for it would describe other commits than the tag holds.`, {
            exitCode: 2,
            hint: `Another commit was released with this version. Release the next version instead: fetch the tags and re-run so the version is computed from them (notes: pass the version action's outputs, or set "to: ${tag}" to regenerate the tagged commit's notes). If the tag itself is wrong, delete it (git push --delete origin ${tag}) and re-run.`,
        });
    }
}
/** Creates the annotated release tag, idempotently. Returns "exists" when it was already at `sha`. */
async function writeReleaseTag(git, ctx, options) {
    const { tag, sha, message } = options;
    if (options.method === "api" && ctx.hasToken()) {
        const refs = ctx.github().refs;
        const existing = options.checked ? undefined : await refs.resolveTag(tag);
        if (existing) {
            if (existing !== sha)
                throw new TagConflictError(tag, existing, sha, "on GitHub");
            return "exists";
        }
        const obj = await refs.createTagObject(tag, message, sha);
        const created = await refs.create(`tags/${tag}`, obj.sha);
        if (created === "exists") {
            // Lost a race with a concurrent run: fine if it tagged the same commit.
            const winner = await refs.resolveTag(tag);
            if (winner !== sha)
                throw new TagConflictError(tag, winner ?? "?", sha, "on GitHub (made by a concurrent run)");
            ctx.runtime.log.info(`Tag ${tag} was created by a concurrent run; reusing it.`);
            return "exists";
        }
        return "created";
    }
    if (options.method === "api")
        ctx.runtime.log.notice("No GitHub token: creating the tag with git push instead of the API.");
    const local = await git.exec(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { okCodes: [0, 1] });
    if (local.exitCode === 0 && local.stdout.trim() !== sha)
        throw new TagConflictError(tag, local.stdout.trim(), sha, "in this repository");
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
        throw new TagConflictError(tag, peeled ?? remoteSha, sha, `on ${remote}`);
    }
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiplineError */ .J0(_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.GitPushRejected, `git push ${remote} refs/tags/${tag} failed: ${push.stderr.trim().split("\n").slice(-2).join(" ")}`, {
        hint: 'Give the job "permissions: contents: write", or use tag-method: api with a token that can write.',
    });
}


/***/ }),

/***/ 6840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ computeNextVersion),
/* harmony export */   J1: () => (/* binding */ DEFAULT_BRANCHES),
/* harmony export */   lD: () => (/* binding */ branchKind)
/* harmony export */ });
/* unused harmony exports parseTags, highest */
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


/***/ })

};
