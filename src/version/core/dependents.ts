/**
 * Workspace dependents: when a package releases, the packages that depend on it (directly or
 * through other packages of the workspace) release a patch too, so a published dependent never
 * pins the old version of a changed sibling (changesets' `updateInternalDependencies: patch`). Pure.
 */

/** One package of the config file with what its manifest says. */
export interface WorkspacePackage {
  /** The name in the config file. */
  name: string;
  /** The manifest's own name (package.json `name`), when it has one; dependencies name this. */
  manifestName: string | undefined;
  /** Names in the manifest's dependencies, peerDependencies and optionalDependencies. */
  dependsOn: readonly string[];
  /** True when the package's own commits release it. */
  released: boolean;
}

/**
 * For every package that does not release by itself but depends on one that does, the config
 * names of the released packages it depends on (directly or transitively), in config order.
 * devDependencies are left out by the caller: they are not part of what is published. Cycles are
 * fine (the walk stops at packages already reached).
 */
export function planDependentBumps(packages: readonly WorkspacePackage[]): Map<string, string[]> {
  const byManifest = new Map<string, WorkspacePackage>();
  for (const p of packages) if (p.manifestName !== undefined) byManifest.set(p.manifestName, p);
  // Reverse edges: who depends on each package, by config name.
  const dependents = new Map<string, WorkspacePackage[]>();
  for (const p of packages) {
    for (const dep of p.dependsOn) {
      const target = byManifest.get(dep);
      if (!target || target === p) continue;
      const list = dependents.get(target.name) ?? [];
      list.push(p);
      dependents.set(target.name, list);
    }
  }
  const because = new Map<string, Set<string>>();
  for (const source of packages) {
    if (!source.released) continue;
    const seen = new Set<string>([source.name]);
    const queue = [source];
    while (queue.length > 0) {
      const p = queue.shift() as WorkspacePackage;
      for (const d of dependents.get(p.name) ?? []) {
        if (seen.has(d.name)) continue;
        seen.add(d.name);
        queue.push(d);
        if (d.released) continue;
        const set = because.get(d.name) ?? new Set<string>();
        set.add(source.name);
        because.set(d.name, set);
      }
    }
  }
  const order = new Map(packages.map((p, i) => [p.name, i]));
  const out = new Map<string, string[]>();
  for (const p of packages) {
    const set = because.get(p.name);
    if (set)
      out.set(
        p.name,
        [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      );
  }
  return out;
}
