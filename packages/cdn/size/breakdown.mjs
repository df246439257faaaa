// What the bytes of the CDN build are made of: for each entry (the loader and every widget), the
// files the browser fetches for it (its static import graph, as size/check.mjs counts them),
// and the top source inputs in them, grouped by package too.
//
//   node packages/cdn/size/breakdown.mjs                  every entry, top 15 inputs each
//   node packages/cdn/size/breakdown.mjs mc-status-tracker --top 40
//   node packages/cdn/size/breakdown.mjs all              the whole build (every file, lazy ones included)
//   node packages/cdn/size/breakdown.mjs --files          also list each output file's inputs
//   node packages/cdn/size/breakdown.mjs --lazy           also show the lazily imported (dynamic) chunks
//   node packages/cdn/size/breakdown.mjs --json > out.json
//
// Sizes: per output file, "min" and "gzip" are exact. Per input, "src" is the bundler's rendered
// bytes of that module before minification, and "gz≈" spreads the file's real gzip -9 size over
// its inputs in proportion to those bytes: an estimate (gzip does not attribute), but it sums to
// the real figures.
// The build is the real CDN build (scripts/build-cdn.mjs), in memory.
import { buildCdn } from '../scripts/build-cdn.mjs';
import { closure as closureIn, lazyOf as lazyIn } from './graph.mjs';

const KB = 1024;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const topIndex = args.indexOf('--top');
const TOP = topIndex >= 0 ? Number(args[topIndex + 1]) : 15;
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');

const build = await buildCdn({ write: false });
const { manifest, metafile, version } = build;

/** Output file (CDN-relative) → { size, gzip, inputs: [{ input, bytes, gz }], dynamic: [...] } */
const outputs = new Map();
for (const [file, out] of Object.entries(metafile.outputs)) {
  if (!manifest.files[file]) continue; // .map or similar
  const { size, gzip } = manifest.files[file];
  const total = Object.values(out.inputs).reduce((s, i) => s + i.bytesInOutput, 0) || 1;
  const inputs = Object.entries(out.inputs)
    .map(([input, i]) => ({ input, bytes: i.bytesInOutput, gz: (i.bytesInOutput / total) * gzip }))
    .filter((i) => i.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const dynamic = out.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  outputs.set(file, { size, gzip, inputs, dynamic });
}

const closure = (entry, seen) => closureIn(build, entry, seen);
const lazyOf = (files) => lazyIn(build, files);

/** A readable group for an input path: the package (or node_modules package) it belongs to. */
function groupOf(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = input.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const m = /^packages\/([^/]+)\/src\/([^/]+)/.exec(input);
  if (m) return m[1] === 'widgets' || m[1] === 'ui' ? `${m[1]}/${m[2].replace(/\.ts$/, '')}` : m[1];
  return input.split('/').slice(0, 2).join('/');
}

const fmt = (n) => `${(n / KB).toFixed(2)} KB`.padStart(9);
// Each widget twice: alone on its page (its solo build) and as a page with several loads it.
const entries = [
  ['loader', 'embed.js'],
  ...Object.entries(manifest.solo ?? {}).map(([tag, file]) => [`${tag} alone`, file]),
  ...Object.entries(manifest.widgets),
  ['all', '*'],
].filter(
  ([name, file]) => !only.length || only.some((o) => name.includes(o) || file.includes(o)),
);

const report = [];
for (const [name, entry] of entries) {
  // 'all': every file of the build, lazy ones included.
  const files =
    entry === '*' ? new Set(outputs.keys()) : entry === 'embed.js' ? closure('embed.js') : closure(entry, new Set(closure('embed.js')));
  const lazy = lazyOf(files);
  const inputs = new Map();
  const groups = new Map();
  let gzip = 0;
  let size = 0;
  for (const f of files) {
    const out = outputs.get(f);
    if (!out) continue;
    gzip += out.gzip;
    size += out.size;
    for (const i of out.inputs) {
      const cur = inputs.get(i.input) ?? { input: i.input, bytes: 0, gz: 0, files: [] };
      cur.bytes += i.bytes;
      cur.gz += i.gz;
      cur.files.push(f);
      inputs.set(i.input, cur);
      const g = groupOf(i.input);
      const cg = groups.get(g) ?? { group: g, bytes: 0, gz: 0 };
      cg.bytes += i.bytes;
      cg.gz += i.gz;
      groups.set(g, cg);
    }
  }
  report.push({
    name,
    entry,
    gzip,
    size,
    files: [...files].map((f) => ({ file: f, gzip: outputs.get(f)?.gzip, size: outputs.get(f)?.size })),
    lazy: [...lazy].map((f) => ({ file: f, gzip: outputs.get(f)?.gzip, size: outputs.get(f)?.size })),
    groups: [...groups.values()].sort((a, b) => b.gz - a.gz),
    inputs: [...inputs.values()].sort((a, b) => b.gz - a.gz),
  });
}

if (flag('--json')) {
  console.log(JSON.stringify({ version, entries: report }, null, 2));
  process.exit(0);
}

const short = (p) => p.replace(/^node_modules\//, '~/').replace(/^packages\//, '');
console.log(`Size breakdown — @motcua/sdk CDN build ${version} (gz≈: file gzip spread over its inputs by minified bytes)`);
for (const r of report) {
  console.log(`\n■ ${r.name} (${r.entry}): ${fmt(r.gzip).trim()} gzip, ${fmt(r.size).trim()} min in ${r.files.length} file(s)`);
  for (const f of r.files) console.log(`    ${f.file.padEnd(44)} ${fmt(f.gzip)} gz ${fmt(f.size)} min`);
  if (r.lazy.length) {
    const lg = r.lazy.reduce((s, f) => s + (f.gzip ?? 0), 0);
    console.log(`  lazy (fetched only when needed): ${r.lazy.length} file(s), ${fmt(lg).trim()} gzip`);
    if (flag('--lazy')) for (const f of r.lazy) console.log(`    ${f.file.padEnd(44)} ${fmt(f.gzip)} gz ${fmt(f.size)} min`);
  }
  console.log('  by package/folder:');
  for (const g of r.groups.slice(0, TOP)) console.log(`    ${g.group.padEnd(44)} ${fmt(g.gz)} gz≈ ${fmt(g.bytes)} src`);
  console.log(`  top ${Math.min(TOP, r.inputs.length)} of ${r.inputs.length} inputs:`);
  for (const i of r.inputs.slice(0, TOP)) console.log(`    ${short(i.input).padEnd(60)} ${fmt(i.gz)} gz≈ ${fmt(i.bytes)} src`);
}

if (flag('--files')) {
  console.log('\n■ output files');
  for (const [file, out] of [...outputs].sort()) {
    console.log(`\n  ${file}: ${fmt(out.gzip).trim()} gzip, ${fmt(out.size).trim()} min${out.dynamic.length ? `; lazy: ${out.dynamic.join(', ')}` : ''}`);
    for (const i of out.inputs.slice(0, TOP)) console.log(`    ${short(i.input).padEnd(60)} ${fmt(i.gz)} gz≈ ${fmt(i.bytes)} src`);
  }
}
