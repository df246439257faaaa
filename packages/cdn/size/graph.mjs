// The CDN build's file graph, as check.mjs and breakdown.mjs walk it: what the browser fetches
// for a file at once (its static imports, transitively) and what it may fetch later (its dynamic
// imports and their graphs). `build` is what scripts/build-cdn.mjs returns.

/** The file and everything it imports statically, added to `seen`. */
export function closure(build, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const dep of build.manifest.imports[entry] ?? []) closure(build, dep, seen);
  return seen;
}

/** Files fetched later, on demand, from `files` (dynamic imports and their static graphs), minus `files`. */
export function lazyOf(build, files) {
  const lazy = new Set();
  const visit = (file) => {
    for (const { path, kind } of build.metafile.outputs[file]?.imports ?? []) {
      if (kind !== 'dynamic-import') continue;
      for (const f of closure(build, path)) if (!files.has(f) && !lazy.has(f)) (lazy.add(f), visit(f));
    }
  };
  for (const f of files) visit(f);
  return lazy;
}
