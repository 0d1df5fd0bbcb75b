/**
 * Held-out real-shaped histories: releases of googleapis/release-please (its own CHANGELOG.md, made
 * by release-please) and of semantic-release-style repositories, with the commit messages in the
 * shapes those projects merge (squash titles with `(#N)`, GitHub's `* ` bullets of the PR's history,
 * a second conventional paragraph, reverts, merge trains), the version that shipped, and the entries
 * the anchor's changelog lists (type and subject). The entries are copied from the CHANGELOG; the
 * messages are reconstructed from the entries' commits and PRs, with the noise those repositories
 * carry (chore/deps/test commits, squash bullets).
 */

export interface Release {
  /** Repository and version, e.g. `googleapis/release-please 16.0.0`. */
  name: string;
  /** The previous version; the bump is read from the two. */
  from: string;
  to: string;
  /** Commit messages since the previous release, newest first. */
  commits: string[];
  /** The changelog's entries, `type: subject` (breaking entries as `breaking: subject`). */
  entries: string[];
}

export const RELEASES: Release[] = [
  {
    name: "googleapis/release-please 16.0.0",
    from: "15.13.0",
    to: "16.0.0",
    commits: [
      "fix(deps): upgrade http-proxy-agent to v7 (#2071)\n\nfix(deps): upgrade https-proxy-agent to v7",
      "feat: use default updaters based on file extension (#2072)\n\n* feat: use default updaters based on file extension\n\n* test: fix snapshots\n\n* fix: lint",
      "feat!: require node 18+ (#2069)\n\nBREAKING CHANGE: require node 18+",
      "fix(deps): bump semver dependency version (#2068)",
      "chore(deps): update dependency @types/node to v18 (#2070)",
      "feat: support pnpm workspaces (#2058)\n\nfix(deps): replace lerna dependency with lerna-lite",
      "build: run tests on node 18 and 20 (#2067)",
      "feat: fallback to root package version if package ignores github release (#1935)\n\n* feat: fallback to root package version\n\n* fix: review comments\n\n* test: add test for ignored github release",
    ],
    entries: [
      "breaking: require node 18+",
      "feat: fallback to root package version if package ignores github release",
      "feat: require node 18+",
      "feat: support pnpm workspaces",
      "feat: use default updaters based on file extension",
      "fix: bump semver dependency version",
      "fix: replace lerna dependency with lerna-lite",
      "fix: upgrade http-proxy-agent to v7",
      "fix: upgrade https-proxy-agent to v7",
    ],
  },
  {
    name: "googleapis/release-please 15.13.0",
    from: "15.12.0",
    to: "15.13.0",
    commits: [
      "chore(main): release 15.12.0 (#2000)",
      "feat: adds metadata versioning for terraform modules (#2041)\n\n* feat: adds metadata versioning for terraform modules\n\n* fix: use the right regex\n\n* feat: update versions.tf too",
      "chore(deps): update dependency sinon to v15.2.0 (#2010)",
      "docs: fix typo in manifest-releaser.md (#2030)",
    ],
    entries: ["feat: adds metadata versioning for terraform modules"],
  },
  {
    name: "googleapis/release-please 15.11.2",
    from: "15.11.1",
    to: "15.11.2",
    commits: [
      "fix(deps): update dependency conventional-changelog-writer to v6 (#1975)",
      "fix(deps): update dependency conventional-changelog-conventionalcommits to v6 (#1974)",
      "chore(deps): update dependency @types/sinon to v10.0.15 (#1977)",
    ],
    entries: ["fix: update dependency conventional-changelog-conventionalcommits to v6", "fix: update dependency conventional-changelog-writer to v6"],
  },
  {
    name: "googleapis/release-please 15.11.1",
    from: "15.11.0",
    to: "15.11.1",
    commits: [
      "fix(python): warn on dynamic pyproject.toml versioning (#1983)\n\n* fix(python): warn on dynamic pyproject.toml versioning\n\n* feat: log a warning\n\n* test: cover the warning",
      "fix(deps): update dependency conventional-commits-filter to v3 (#1976)",
    ],
    entries: ["fix: update dependency conventional-commits-filter to v3", "fix: warn on dynamic pyproject.toml versioning"],
  },
  {
    name: "googleapis/release-please 15.11.0",
    from: "15.10.5",
    to: "15.11.0",
    commits: [
      "fix(helm): maintain any existing comments in Chart.yaml (#1968)",
      "test: add snapshot for helm (#1967)",
      "feat(node): support package-lock.json version 3 (#1940)\n\nFixes #1939",
    ],
    entries: ["feat: support package-lock.json version 3", "fix: maintain any existing comments in Chart.yaml"],
  },
  {
    name: "googleapis/release-please 15.9.0",
    from: "15.8.2",
    to: "15.9.0",
    commits: [
      "fix(refactor): rename Salesforce to sfdx (#1829)",
      'feat: support for "@" sign in component name (#1873)',
      "fix: allow linked-versions to skip merging pull requests (#1779)\n\n* fix: allow linked-versions to skip merging pull requests\n\n* feat: add skip-merge option\n\n* Add skip merge option\n\n* add skip-merge option",
      "chore: fix lint (#1874)",
    ],
    entries: ['feat: support for "@" sign in component name', "fix: allow linked-versions to skip merging pull requests", "fix: rename Salesforce to sfdx"],
  },
  {
    name: "googleapis/release-please 15.3.0",
    from: "15.2.0",
    to: "15.3.0",
    commits: [
      "feat(node): add support for changelog.json in Node (#1823)",
      "feat(java-monorepo): switch to using .repo-metadata.json (#1820)",
      "feat: add support for yarn workspace versions (#1819)\n\n* feat: add support for yarn workspace versions\n\n* Add support for yarn workspace versions\n\n* fix: tests",
      'Revert "chore(deps): update dependency typescript to v4.9.4 (#1817)" (#1818)\n\nThis reverts commit 1111111111111111111111111111111111111111.',
      "feat: add Salesforce strategy (#1815)\n\n* feat: create Scm abstraction\n\n* feat: create Scm abstraction\n\n* feat: Create Scm abstraction.\n\n* fix: review\n\n* test: more",
    ],
    entries: [
      "feat: add Salesforce strategy",
      "feat: add support for changelog.json in Node",
      "feat: add support for yarn workspace versions",
      "feat: switch to using .repo-metadata.json",
    ],
  },
  {
    name: "googleapis/release-please 15.2.0",
    from: "15.1.2",
    to: "15.2.0",
    commits: [
      "feat: introduce JavaYoshiMonoRepo strategy (#1810)",
      "feat: introduce ChangelogJson updater (#1808)",
      "feat(cli): add ability to dynamically load release-please plugin (#1811)\n\nfeat: export Strategy interface so external packages can implement",
      "chore(main): release 15.1.2 (#1806)",
    ],
    entries: [
      "feat: add ability to dynamically load release-please plugin",
      "feat: export Strategy interface so external packages can implement",
      "feat: introduce ChangelogJson updater",
      "feat: introduce JavaYoshiMonoRepo strategy",
    ],
  },
  {
    name: "semantic-release-shaped v9 (BREAKING footers under a title that is not conventional)",
    from: "8.3.0",
    to: "9.0.0",
    commits: [
      "v9 (#639)\n\n* drop support for node 16\n\nBREAKING CHANGE: node 18 is the minimum\n\nBREAKING CHANGE: the `foo` option is removed",
      "docs: typo (#640)",
    ],
    entries: ["breaking: node 18 is the minimum", "breaking: the `foo` option is removed"],
  },
  {
    name: "semantic-release-shaped fix squash over feat bullets",
    from: "2.4.1",
    to: "2.4.2",
    commits: ["fix(edge-case): keep the query string on redirects (#892)\n\n* feat: first try with a new option\n\n* feat: rework\n\n* test: cover it"],
    entries: ["fix: keep the query string on redirects"],
  },
  {
    name: "semantic-release-shaped revert of a released commit",
    from: "5.2.0",
    to: "5.2.1",
    commits: ['Revert "fix(deps): update dependency got to v14 (#1201)" (#1205)\n\nThis reverts commit 2222222222222222222222222222222222222222.'],
    entries: ["revert: fix(deps): update dependency got to v14"],
  },
  {
    name: "merge train",
    from: "3.1.0",
    to: "3.2.0",
    commits: ["Release train (#12)\n\n* fix(api): handle null ids (#10)\n* feat(ui): dark mode (#11)", "chore: bump deps"],
    entries: ["feat: dark mode", "fix: handle null ids"],
  },
];
