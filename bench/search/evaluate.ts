// Run by bench/search/run.mjs (tsx, TypeScript sources of apps/api through its package exports).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSearch, formatFigures, parseEvalSet, seededCatalog } from '@motcua/api/testing/search-eval';

const HERE = dirname(fileURLToPath(import.meta.url));
const set = parseEvalSet(readFileSync(join(HERE, 'queries.tsv'), 'utf8'));
const db = await seededCatalog();
const t0 = performance.now();
const r = await evaluateSearch(db, set);
const ms = performance.now() - t0;
console.log(`Search evaluation: ${set.length} queries (bench/search/queries.tsv), embedded PGlite, seeded catalog\n`);
console.log(formatFigures(r));
const ratchet = JSON.parse(readFileSync(join(HERE, 'ratchet.json'), 'utf8')) as { recallAt3: number };
const english = set.filter((x) => x.kind === 'en');
const noLang = await evaluateSearch(db, english, 10, () => 'vi');
console.log(`English queries sent without lang (a Vietnamese page): recall@1 ${(noLang.overall.recallAt1 * 100).toFixed(1)}%, recall@3 ${(noLang.overall.recallAt3 * 100).toFixed(1)}%, MRR ${noLang.overall.mrr.toFixed(3)}`);
console.log(`\nratchet (bench/search/ratchet.json): recall@3 ≥ ${(ratchet.recallAt3 * 100).toFixed(1)}%`);
console.log(`single-query latency on PGlite, in process: mean ${(ms / set.length).toFixed(2)} ms over ${set.length} queries`);
if (process.argv.includes('--misses')) {
  console.log('\nNot in the first three:');
  for (const m of r.misses) console.log(`  [${m.kind}] ${m.q} → expected ${m.expected.join('|')}, got ${m.got.join(', ') || '(nothing)'}`);
}
await db.close();
