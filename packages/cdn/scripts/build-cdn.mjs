// Builds the CDN layout of the embed loader and the widgets:
//   dist/cdn/{version}/embed.js, embed-frame.js, solo/<tag>.js, widgets/<tag>.js, chunks/<name>-<hash>.js,
//                      manifest.json                                                       (immutable)
//   dist/cdn/v{major}/…                                                                    (moving alias, same files)
// ES modules for current browsers (es2022), minified, MC_DEV=false. Everything is found through
// the package entries of the workspaces this one depends on, resolved like any import (the
// `source` condition first, so the build bundles their TypeScript sources): the widgets are the
// `./<name>/define` entries of @motcua/widgets' export map, the loader is `@motcua/sdk/embed`,
// the iframe helper `@motcua/sdk/embed-frame`, the token table `vars` of `@motcua/tokens`. The
// build works with no widget. Run by `npm run build -w @motcua/cdn` (turbo builds those first).
//
// Two builds of every widget, and the loader picks one per page (@motcua/sdk/embed):
//   - solo/<tag>.js: the widget alone, one file with everything its first view needs, for a page
//     with one widget (most pages, and every iframe embed): no shared chunk carries code of another
//     widget, and one file gzips better than several (bundleSolo below);
//   - widgets/<tag>.js and the shared chunks, for a page with several widgets, which share Lit, the
//     primitives and the client instead of loading them once per widget.
// Their lazy chunks (English strings, themes, secondary views) are separate files of each build;
// those with the same content (themes, language packs) are the same file.
//
// Bundler: rolldown, for its chunk groups. The budget is what the browser downloads, gzip per
// file; esbuild's automatic splitting makes one chunk per combination of widgets that share a
// module (14 chunks for five widgets, several under 1 KB), and small files gzip badly: each starts
// with an empty dictionary. So the code two or more widgets share goes into `core` chunks, first
// grouped by which widgets use it, then joined where the size rows gain by it (chunk-plan.mjs,
// bundleWidgets below); each widget keeps its own file, and what a widget loads later (English
// strings, themes, its secondary views) stays in lazy chunks. See size/ for figures.
import { rolldown } from 'rolldown';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sdkPackage from '@motcua/sdk/package.json' with { type: 'json' };
import { vars } from '@motcua/tokens';
import widgetsPackage from '@motcua/widgets/package.json' with { type: 'json' };
import { costOf, planChunks } from './chunk-plan.mjs';
import { minifyTemplatesPlugin, tokenTable } from './minify-templates.mjs';
import { sharedLitPolicyPlugin } from './lit-policy-plugin.mjs';
import { sizeRows } from '../size/rows.mjs';

const cdnDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(cdnDir, '../..');

/**
 * `[{ tag, entry }]` for every widget define module @motcua/widgets exports as `./<name>/define`
 * (tag `mc-<name>`); `entry` is the package specifier, resolved by the bundler.
 */
export function discoverWidgets(pkg = widgetsPackage) {
  const found = new Map();
  for (const key of Object.keys(pkg.exports ?? {})) {
    const name = /^\.\/([a-z][a-z0-9-]*)\/define$/.exec(key)?.[1];
    if (!name) continue;
    const tag = name.startsWith('mc-') ? name : `mc-${name}`;
    if (!found.has(tag)) found.set(tag, `${pkg.name}/${name}/define`);
  }
  return [...found].map(([tag, entry]) => ({ tag, entry })).sort((a, b) => a.tag.localeCompare(b.tag));
}

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/**
 * The files `from` imports statically, transitively (not `from` itself), added to `seen`: what
 * the browser fetches with them. `byName`: output file name → chunk.
 */
function staticImports(byName, from, seen = new Set()) {
  for (const dep of byName.get(from)?.imports ?? []) if (!seen.has(dep)) (seen.add(dep), staticImports(byName, dep, seen));
  return seen;
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const posix = (p) => p.split('\\').join('/');

/** An operation's answer schema (src/client/answers/<operationId>.ts, generated). */
const ANSWER = /[\\/]client[\\/]answers[\\/]/;

/**
 * Source bytes under which a group of shared modules is merged into a neighbour (measured: size/check.mjs;
 * 3000 rather than 2000 saved 0.13–0.15 KB gzip on every row, 3500 put the pagination in the checklist).
 */
const MERGE_BELOW = 3000;

/** Margins under the budgets the chunk plan is made with (bytes); the best build of them is kept. */
const PLAN_MARGINS = [0, 128, 256, 384, 512, 768];

/**
 * Modules that are only ever loaded on demand and stay in their own lazy chunks even when several
 * widgets import them: language packs (`*.en.ts`) and theme sheets.
 */
const ON_DEMAND = /(\.en\.ts$|[\\/]theme-sheets[\\/])/;

/**
 * Records, at the end of the module graph, which modules two or more entries reach through static
 * imports only: `shared.has(id)`. A module that one widget imports and another loads lazily (the
 * survey inside the tracker's result) is not core: the lazy side fetches it when needed.
 */
function staticSharePlugin(shared) {
  return {
    name: 'motcua-static-share',
    buildEnd() {
      const reach = new Map();
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info?.isEntry) continue;
        const stack = [id];
        const seen = new Set();
        while (stack.length) {
          const m = stack.pop();
          if (seen.has(m)) continue;
          seen.add(m);
          if (!reach.has(m)) reach.set(m, []);
          reach.get(m).push(id);
          stack.push(...(this.getModuleInfo(m)?.importedIds ?? []));
        }
      }
      const setOf = (id) => reach.get(id).sort().join('|');
      for (const [id, entries] of reach) if (entries.length >= 2 && !ON_DEMAND.test(id)) shared.add(id);
      // An answer schema with no other shared code of exactly its widgets stays in a chunk of its
      // own (shared.alone), rather than being merged into code that other widgets load too.
      const sets = new Set([...shared].filter((id) => !ANSWER.test(id)).map(setOf));
      shared.alone = new Set([...shared].filter((id) => ANSWER.test(id) && !sets.has(setOf(id))));
    },
  };
}

async function bundle({ input, define, minifyTemplates, codeSplitting, plugins = [] }) {
  const build = await rolldown({
    input,
    cwd: repo,
    platform: 'browser',
    // The widgets' files export nothing anyone imports; their chunks may be joined as planned.
    preserveEntrySignatures: 'allow-extension',
    tsconfig: join(repo, 'tsconfig.base.json'),
    resolve: { conditionNames: ['source', 'browser', 'production', 'import', 'module', 'default'] },
    transform: { define, target: 'es2022' },
    // The static text of Lit templates minified (scripts/template-minify.mjs has the rules that keep
    // the rendering the same); `${token('x')}` in css templates is written as the text it stands
    // for, so the token table is not shipped.
    plugins: [
      sharedLitPolicyPlugin(),
      ...(minifyTemplates ? [minifyTemplatesPlugin({ tokenValue: tokenTable(vars) })] : []),
      ...plugins,
    ],
    logLevel: 'warn',
  });
  try {
    const { output } = await build.generate({
      format: 'esm',
      minify: true,
      comments: false,
      entryFileNames: '[name].js',
      // Shared groups are named after the widgets that share them ("core~widgets/mc-…~…"): too
      // long for a URL that every page requests, and the hash already tells them apart. Six hash
      // characters (36 bits, still content-hashed): embed.js carries every first-view chunk's name
      // in its preload table, and random characters barely compress (scripts/cdn-headers.mjs and
      // deploy/nginx/cdn-locations.conf match this length for their immutable caching).
      chunkFileNames: (chunk) => (chunk.name.startsWith('core') ? 'chunks/core-[hash:6].js' : 'chunks/[name]-[hash:6].js'),
      codeSplitting,
    });
    return output.filter((o) => o.type === 'chunk');
  } finally {
    await build.close();
  }
}

/**
 * What the loader fetches in parallel for a widget: `{ c: [chunk names], w: { tag: [indices into
 * c] }, t: { theme: index } }`, chunk names without "chunks/" and ".js" (bytes every page pays).
 * A widget's list is its file's static import graph (what its first view needs); a theme's entry
 * is the lazy chunk of its sheet.
 */
function preloadTable(widgets, chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const names = [];
  const index = (file) => {
    const name = file.replace(/^chunks\//, '').replace(/\.js$/, '');
    const i = names.indexOf(name);
    return i >= 0 ? i : names.push(name) - 1;
  };
  const w = {};
  for (const { tag } of widgets) w[tag] = [...staticImports(byName, `widgets/${tag}.js`)].map(index);
  const t = {};
  for (const c of chunks) {
    const m = Object.keys(c.modules).map((id) => /theme-sheets[\\/]([\w-]+)\.ts$/.exec(id)).find(Boolean);
    if (m && c.fileName.startsWith('chunks/')) t[m[1]] = index(c.fileName);
  }
  return { c: names, w, t };
}

/**
 * The widgets' files and chunks, in two passes. The first splits the code two or more widgets
 * share by which widgets use it (one chunk per set: a page with one widget fetches no other
 * widget's primitives) and keeps each widget's own code in its file and what it loads later
 * (English strings, themes, its secondary views) in lazy chunks. The second joins those shared
 * chunks as the plan (chunk-plan.mjs) chooses against the size rows: fewer, larger files where
 * that costs the rows less than it adds.
 */
async function bundleWidgets(widgets, define, minifyTemplates) {
  const input = Object.fromEntries(widgets.map((w) => [`widgets/${w.tag}`, w.entry]));
  const shared = new Set();
  const probe = await bundle({
    input,
    define,
    minifyTemplates,
    plugins: [staticSharePlugin(shared)],
    codeSplitting: {
      groups: [
        { name: 'core', test: (id) => shared.alone.has(id), entriesAware: true, priority: 2 },
        { name: 'core', test: (id) => shared.has(id), entriesAware: true, entriesAwareMergeThreshold: MERGE_BELOW, priority: 1 },
      ],
    },
  });
  // What each row carries besides the shared chunks: the loader (as it would list this split's
  // chunks; the final one lists the plan's, a few names fewer) and the widgets' own files.
  const [probeLoader] = await bundleLoader(widgets, probe, define, minifyTemplates);
  const own = Object.fromEntries(widgets.map(({ tag }) => [tag, gzipSize(probe.find((c) => c.fileName === `widgets/${tag}.js`).code)]));
  // Only the rows of several widgets: a page with one widget loads its solo build instead.
  const rows = sizeRows(widgets.map((w) => w.tag))
    .filter((r) => !r.alone)
    .map((r) => ({ ...r, base: gzipSize(probeLoader.code) + r.tags.reduce((sum, t) => sum + own[t], 0) }));
  const { units, entries } = firstViewUnits(widgets, probe);
  const build = async (plan) => {
    const groupOf = new Map(plan.flatMap((g, i) => g.modules.map((id) => [id, i])));
    const out = await bundle({
      input,
      define,
      minifyTemplates,
      codeSplitting: { includeDependenciesRecursively: false, groups: plan.map((_, i) => ({ name: `core${i}`, test: (id) => groupOf.get(id) === i })) },
    });
    assertNoCircle(out);
    const loader = await bundleLoader(widgets, out, define, minifyTemplates);
    return { out, loader, weighs: rowsOf(out, loader[0], rows) };
  };
  // The plan's sizes are estimates (measured: real rows 150-500 bytes heavier), and the greedy
  // plan changes with the margin it keeps under each budget: a few margins are planned and built,
  // and the build whose rows cost least as measured is kept (margins that give the same plan are
  // built once).
  let best;
  const built = new Set();
  for (const margin of PLAN_MARGINS) {
    const plan = planChunks(units, entries, rows, margin);
    const key = JSON.stringify(plan.map((g) => g.modules));
    if (built.has(key)) continue;
    built.add(key);
    const candidate = await build(plan);
    candidate.cost = costOf(rows, candidate.weighs);
    if (process.env.PLAN_DEBUG) console.error(`plan with margin ${margin}: rows ${candidate.weighs.join(' ')}, cost ${candidate.cost.toFixed(0)}`);
    if (!best || candidate.cost < best.cost) best = candidate;
  }
  return { chunks: best.out, loader: best.loader };
}

/**
 * Each widget alone (solo/<tag>.js): one file with everything its first view needs, and lazy
 * chunks of its own for the rest. Two passes: the first finds the modules of the entry's static
 * graph (rolldown hoists some of them into a common chunk when a lazy chunk uses them too); the
 * second puts them in one group, which, holding the entry module, is the entry's file. The first
 * pass reads the modules from its output, not from the static import graph (staticSharePlugin's
 * walk): through barrels (`@motcua/ui`'s index) that graph reaches modules the widget imports
 * only lazily, such as the lookup's pagination, and grouping those moved 3.6 KB into the lookup's
 * first view (measured).
 */
async function bundleSolo(widgets, define, minifyTemplates) {
  const builds = widgets.map(async ({ tag, entry }) => {
    const input = { [`solo/${tag}`]: entry };
    const file = `solo/${tag}.js`;
    const probe = await bundle({ input, define, minifyTemplates, codeSplitting: true });
    const byName = new Map(probe.map((c) => [c.fileName, c]));
    const modules = new Set([file, ...staticImports(byName, file)].flatMap((f) => Object.keys(byName.get(f).modules)));
    const out = await bundle({ input, define, minifyTemplates, codeSplitting: { groups: [{ name: `solo-${tag}`, test: (id) => modules.has(id) }] } });
    const imports = out.find((c) => c.fileName === file)?.imports;
    if (!imports || imports.length) throw new Error(`CDN build: ${file} is not one file (it imports ${imports?.join(', ')})`);
    return out;
  });
  return (await Promise.all(builds)).flat();
}

/**
 * The outputs of the builds, each file once: the builds' lazy chunks with the same content (theme
 * sheets, language packs) have the same content-hashed name. The same name with other content
 * would be one build's file overwriting another's.
 */
function joinOutputs(...lists) {
  const byName = new Map();
  for (const chunk of lists.flat()) {
    const seen = byName.get(chunk.fileName);
    if (seen && seen.code !== chunk.code) throw new Error(`CDN build: two different files named ${chunk.fileName}`);
    if (!seen) byName.set(chunk.fileName, chunk);
  }
  return [...byName.values()];
}

/** What each row weighs in a build of the widgets (with `loader`, the loader built for it): the loader and the static graph of its widgets. */
function rowsOf(chunks, loader, rows) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const gzip = new Map(chunks.map((c) => [c.fileName, gzipSize(c.code)]));
  return rows.map((row) => {
    const files = new Set(row.tags.map((tag) => `widgets/${tag}.js`));
    for (const file of [...files]) staticImports(byName, file, files);
    return [...files].reduce((sum, f) => sum + gzip.get(f), gzipSize(loader.code));
  });
}

/** The loader, one self-contained file, told each widget's first-view chunks among `widgetChunks`. */
function bundleLoader(widgets, widgetChunks, define, minifyTemplates) {
  const loaderDefine = {
    ...define,
    MC_PRELOAD: JSON.stringify(JSON.stringify(preloadTable(widgets, widgetChunks))),
    // Each widget also has its solo build (bundleSolo): the loader uses it on a page with one widget.
    MC_SOLO: String(widgets.length > 0),
  };
  return bundle({ input: { embed: '@motcua/sdk/embed' }, define: loaderDefine, minifyTemplates, codeSplitting: false });
}

/**
 * The planned chunks are joined without pulling their dependencies along
 * (includeDependenciesRecursively: false), which is sound only while no two files import each
 * other, directly or through others: then the browser runs each file's imports before it. The plan
 * avoids circles; this makes sure (a circle would be a bug of the plan, not a state to ship).
 */
function assertNoCircle(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const state = new Map();
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') throw new Error(`CDN build: chunks import each other: ${[...path, file].join(' → ')}`);
    state.set(file, 'open');
    for (const dep of byName.get(file)?.imports ?? []) visit(dep, [...path, file]);
    state.set(file, 'done');
  };
  for (const c of chunks) visit(c.fileName, []);
}

/**
 * The chunks the widgets' first views load besides their own files (their static imports,
 * transitively) — the units the plan joins — and which of them each widget's file imports.
 */
function firstViewUnits(widgets, chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const keys = new Set();
  const entries = {};
  for (const { tag } of widgets) {
    entries[tag] = [...(byName.get(`widgets/${tag}.js`)?.imports ?? [])];
    staticImports(byName, `widgets/${tag}.js`, keys);
  }
  const units = [...keys].map((key) => {
    const c = byName.get(key);
    return { key, code: c.code, modules: Object.keys(c.modules), imports: [...c.imports] };
  });
  return { units, entries };
}

/**
 * Builds into `outdir/{version}` and `outdir/v{major}`; returns { version, major, dirs, manifest,
 * metafile, outFiles }. `widgets` defaults to the discovered ones; tests pass extra fixtures.
 * `metafile.outputs[file]` = { inputs: { <repo-relative module>: { bytesInOutput } }, imports:
 * [{ path, kind }] } (bytesInOutput: the module's rendered bytes before minification — for
 * proportions, as size/breakdown.mjs uses them).
 */
export async function buildCdn({ outdir = join(cdnDir, 'dist/cdn'), widgets = discoverWidgets(), version, write = true, minifyTemplates = true } = {}) {
  version ??= sdkPackage.version;
  const major = `v${version.split('.')[0] === '0' ? 1 : version.split('.')[0]}`;
  const define = { MC_DEV: 'false', MC_WIDGETS: JSON.stringify(widgets.map((w) => w.tag).join(',')) };
  // The loader on its own, one self-contained file: nothing it needs waits on a second request.
  // It is told each widget's first-view chunks and each theme's chunk (MC_PRELOAD), so it fetches
  // them in parallel with the widget's own file instead of one level of imports after another
  // (built with the widgets' chunks it lists, by bundleWidgets).
  const { chunks: widgetChunks, loader: loaderChunks } = widgets.length
    ? await bundleWidgets(widgets, define, minifyTemplates)
    : { chunks: [], loader: await bundleLoader(widgets, [], define, minifyTemplates) };
  // The host-page helper of iframe embeds (scripts/embed-pages.mjs): sizes the iframes; not loaded by the snippet.
  loaderChunks.push(...(await bundle({ input: { 'embed-frame': '@motcua/sdk/embed-frame' }, define, minifyTemplates: false, codeSplitting: false })));
  const soloChunks = widgets.length ? await bundleSolo(widgets, define, minifyTemplates) : [];
  const chunks = joinOutputs(loaderChunks, widgetChunks, soloChunks);

  const files = {};
  const outFiles = new Map();
  const imports = {};
  const metafile = { outputs: {} };
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk.code);
    outFiles.set(chunk.fileName, bytes);
    files[chunk.fileName] = { size: bytes.length, gzip: gzipSize(bytes), integrity: sri(bytes) };
    // Static imports of each output, for "what does this page download" sums.
    imports[chunk.fileName] = [...chunk.imports];
    metafile.outputs[chunk.fileName] = {
      inputs: Object.fromEntries(
        Object.entries(chunk.modules).map(([id, m]) => [posix(relative(repo, id.replace(/^\0/, ''))), { bytesInOutput: m.renderedLength }]),
      ),
      imports: [
        ...chunk.imports.map((path) => ({ path, kind: 'import-statement' })),
        ...chunk.dynamicImports.map((path) => ({ path, kind: 'dynamic-import' })),
      ],
    };
  }
  const manifest = {
    name: '@motcua/sdk',
    version,
    alias: major,
    entry: 'embed.js',
    // A page with several widgets loads these (and the shared chunks they import)…
    widgets: Object.fromEntries(widgets.map((w) => [w.tag, `widgets/${w.tag}.js`])),
    // …a page with one widget, its solo build: one file.
    solo: Object.fromEntries(widgets.map((w) => [w.tag, `solo/${w.tag}.js`])),
    files,
    imports,
  };
  const dirs = [join(outdir, version), join(outdir, major)];
  if (write) {
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
      for (const [rel, bytes] of outFiles) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), bytes);
      }
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    }
  }
  return { version, major, dirs, manifest, metafile, outFiles };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dirs, manifest } = await buildCdn();
  const n = Object.keys(manifest.widgets).length;
  console.log(`CDN build ${manifest.version}: ${Object.keys(manifest.files).length} files, ${n} widget${n === 1 ? '' : 's'} → ${dirs.map((d) => relative(cdnDir, d)).join(', ')}`);
}
