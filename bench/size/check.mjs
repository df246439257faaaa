// Size budgets of the CDN build (gzip -9, each file counted as the browser downloads it):
//   loader                               embed.js alone                       ≤  3 KB
//   loader + shared chunks + one widget  for each widget, its static graph    ≤ 30 KB
//   everything                           loader + every widget + all chunks   ≤ 45 KB
// Builds the CDN layout fresh (esbuild, in memory), prints a table, writes
// packages/sdk/.test-results/size-budget.json (one test per budget) and size-budget-details.json,
// exits non-zero when over budget. Run by `npm test -w @motcua/sdk` and `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn } from '../../packages/sdk/scripts/build-cdn.mjs';
import { writeSummary } from '../../scripts/test-reporters/write-summary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const KB = 1024;
const BUDGETS = { loader: 3 * KB, widget: 30 * KB, all: 45 * KB };

const { manifest } = await buildCdn({ write: false });
const { files, imports, widgets } = manifest;

/** The file and everything it imports statically (what the browser fetches for it). */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const dep of imports[entry] ?? []) closure(dep, seen);
  return seen;
}
const gzipOf = (set) => [...set].reduce((sum, f) => sum + (files[f]?.gzip ?? 0), 0);
const rawOf = (set) => [...set].reduce((sum, f) => sum + (files[f]?.size ?? 0), 0);

const rows = [];
const loader = closure('embed.js');
rows.push({ name: 'loader (embed.js)', files: loader, budget: BUDGETS.loader });
for (const [tag, path] of Object.entries(widgets)) {
  rows.push({ name: `loader + shared + ${tag}`, files: closure(path, new Set(loader)), budget: BUDGETS.widget });
}
if (!Object.keys(widgets).length) rows.push({ name: 'loader + shared + one widget (no widgets yet)', files: loader, budget: BUDGETS.widget });
rows.push({ name: `all ${Object.keys(widgets).length} widgets + loader + chunks`, files: new Set(Object.keys(files)), budget: BUDGETS.all });

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
const results = rows.map((r) => ({ name: r.name, gzip: gzipOf(r.files), raw: rawOf(r.files), budget: r.budget, files: [...r.files].sort() }));
const width = Math.max(...results.map((r) => r.name.length));
console.log(`\nSize budgets — @motcua/sdk CDN build ${manifest.version} (gzip -9 per file, summed)`);
console.log(`${'budget'.padEnd(width)}  ${'gzip'.padStart(9)}  ${'minified'.padStart(9)}  ${'limit'.padStart(9)}`);
for (const r of results) {
  const ok = r.gzip <= r.budget;
  console.log(`${r.name.padEnd(width)}  ${fmt(r.gzip).padStart(9)}  ${fmt(r.raw).padStart(9)}  ${fmt(r.budget).padStart(9)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
console.log('\nfiles:');
for (const [f, info] of Object.entries(files).sort()) console.log(`  ${f.padEnd(40)} ${fmt(info.gzip).padStart(9)} gzip  ${fmt(info.size).padStart(9)} min`);

const failed = results.filter((r) => r.gzip > r.budget).length;
const sdkDir = join(repo, 'packages/sdk');
writeSummary('size-budget', { passed: results.length - failed, failed, skipped: 0 }, sdkDir);
mkdirSync(join(sdkDir, '.test-results'), { recursive: true });
writeFileSync(join(sdkDir, '.test-results', 'size-budget-details.json'), JSON.stringify({ version: manifest.version, budgets: results }, null, 2) + '\n');
if (failed) {
  console.error(`\n${failed} size budget(s) exceeded`);
  process.exit(1);
}
console.log(`\nall ${results.length} size budgets hold`);
