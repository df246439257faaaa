// Import loops in a package's sources (default ./src of the working folder; each package's
// `npm test` runs it first): every relative import (type-only imports and re-exports included,
// as madge counts them) read with the TypeScript compiler's pre-processor, and a depth-first search
// for cycles. Prints each loop and exits 1 when there is one (about a second; it needs no network,
// unlike `npx madge --circular --extensions ts src`).
// Usage: node scripts/check-cycles.mjs [src-dir]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';


function sourcesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourcesUnder(full));
    else if (/\.ts$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** The file a relative specifier names: "./x.js" → x.ts, "./dir" → dir/index.ts. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Each source file → the source files it imports. */
export function importGraph(srcDir) {
  const graph = new Map();
  for (const file of sourcesUnder(srcDir)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles
      .map((f) => f.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveImport(file, s))
      .filter((f) => f !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

/** Every elementary loop found by a depth-first search (each reported once, from its first file). */
export function findCycles(graph) {
  const cycles = [];
  const seen = new Set();
  const state = new Map(); // file → 'open' | 'done'
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') {
        const loop = stack.slice(stack.indexOf(dep));
        const key = [...loop].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...loop, dep]);
        }
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(process.argv[2] ?? 'src');
  const graph = importGraph(srcDir);
  const cycles = findCycles(graph);
  const edges = [...graph.values()].reduce((n, d) => n + d.length, 0);
  if (cycles.length === 0) {
    console.log(`No import loops: ${graph.size} files, ${edges} imports under ${relative(process.cwd(), srcDir) || '.'}`);
  } else {
    for (const c of cycles) console.log(`loop: ${c.map((f) => relative(srcDir, f)).join(' → ')}`);
    console.log(`${cycles.length} import loop(s) in ${graph.size} files`);
    process.exit(1);
  }
}
