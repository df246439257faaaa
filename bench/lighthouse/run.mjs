// Lighthouse, mobile setting (its default: Moto G Power viewport, slow 4G simulated — 150 ms RTT,
// 1.6 Mbit/s — and 4× CPU slowdown), on the two pages where citizens meet the widgets:
//   portal  the demo portal's home page, as `npm start` serves it (scripts/start.mjs, PORT=0)
//   ward    a plain ward page on ANOTHER origin (bench/lighthouse/ward-page.mjs) embedding all five
//           widgets with the documented snippet
//   ward-one the same ward site's page with one widget (the lookup), which loads its solo build
// N runs each (default 3), each in a fresh Chromium (Debian's, CHROME_PATH or /usr/bin/chromium;
// nothing here downloads a browser). Prints every run, then the median of each figure, the
// targets of issue 16 beside them, and the scripts that cost the most main-thread time.
//
//   node bench/lighthouse/run.mjs                    the three pages, 3 runs each
//   node bench/lighthouse/run.mjs --page ward --runs 5 --json out.json --keep-reports dir/
//
// The product runs on its real clock with its data in a temporary folder (embedded PGlite). It
// needs the built product (`npm run build`; `npm run bench` builds first). Lighthouse's simulated
// throttling scales what it observes on this machine: on a loaded machine the CPU figures (TBT,
// and through them the score) come out worse; the script prints the load average beside them.
// Run by `npm run bench` (turbo's bench task of @motcua/demo-portal), not by `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { startWardSite } from './ward-page.mjs';
import { startProduct } from './product.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// lighthouse and chrome-launcher are dev dependencies of @motcua/demo-portal (whose bench task runs this).
const require = createRequire(join(repo, 'apps/demo-portal/package.json'));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', 3));
const PAGES = option('page', 'portal,ward,ward-one').split(',');
const JSON_OUT = option('json');
const KEEP = option('keep-reports');

/** Issue 16's targets. */
const TARGETS = { performance: ['≥', 95], accessibility: ['≥', 100], 'best-practices': ['≥', 95], lcp: ['≤', 2500], tbt: ['≤', 150], cls: ['≤', 0.02] };

/** One Lighthouse run (mobile defaults) in a fresh Chromium; returns the figures of its report. */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome(),
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const a = lhr.audits;
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const failing = (c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1)
        .map((r) => r.id);
    const bootup = (a['bootup-time'].details?.items ?? [])
      .map((i) => ({ url: i.url, total: Math.round(i.total), script: Math.round(i.scripting) }))
      .slice(0, 5);
    return {
      figures: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        'main-thread': a['mainthread-work-breakdown'].numericValue,
        requests: a['network-requests'].details?.items?.length ?? 0,
      },
      failing: { accessibility: failing('accessibility'), 'best-practices': failing('best-practices') },
      bootup,
      report: result.report,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const show = (k, v) =>
  k === 'cls' ? v.toFixed(3) : ['fcp', 'lcp', 'tbt', 'main-thread'].includes(k) ? `${Math.round(v)} ms` : String(Math.round(v));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const product = await startProduct();
const ward = PAGES.some((p) => p.startsWith('ward')) ? await startWardSite(product.url) : null;
const urls = { portal: `${product.url}/`, ward: ward?.url, 'ward-one': ward?.oneWidgetUrl };
const out = { date: new Date().toISOString(), cores: cpus().length, loadBefore: load(), runs: RUNS, pages: {} };
console.log(`Lighthouse mobile (slow 4G simulated, 4× CPU), ${RUNS} run(s) per page; ${cpus().length} cores, load average ${out.loadBefore}`);
try {
  for (const name of PAGES) {
    const url = urls[name];
    if (!url) throw new Error(`unknown page "${name}" (portal, ward, ward-one)`);
    console.log(`\n■ ${name}: ${url}`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // A warm-up request, so the first run does not also pay for the server's first queries.
      if (i === 0) await fetch(url).then((r) => r.text());
      const run = await runOnce(url);
      runs.push(run);
      const f = run.figures;
      console.log(`  run ${i + 1}: ${Object.entries(f).map(([k, v]) => `${k} ${show(k, v)}`).join(', ')} (load ${load()})`);
      if (KEEP) {
        mkdirSync(KEEP, { recursive: true });
        writeFileSync(join(KEEP, `${name}-${i + 1}.json`), run.report);
      }
    }
    const med = Object.fromEntries(Object.keys(runs[0].figures).map((k) => [k, median(runs.map((r) => r.figures[k]))]));
    console.log(`  median of ${RUNS}:`);
    for (const [k, v] of Object.entries(med)) {
      const t = TARGETS[k];
      const verdict = t ? `  target ${t[0]} ${show(k, t[1])} ${(t[0] === '≥' ? v >= t[1] : v <= t[1]) ? '✓' : '✗'}` : '';
      console.log(`    ${k.padEnd(16)} ${show(k, v).padStart(8)}${verdict}`);
    }
    const last = runs[runs.length - 1];
    for (const [c, ids] of Object.entries(last.failing)) if (ids.length) console.log(`  ${c} audits not passed (last run): ${ids.join(', ')}`);
    console.log('  main-thread time by script (last run, ms, total / scripting):');
    for (const b of last.bootup) console.log(`    ${String(b.total).padStart(6)} / ${String(b.script).padStart(5)}  ${b.url}`);
    out.pages[name] = { url, median: med, runs: runs.map((r) => ({ figures: r.figures, failing: r.failing, bootup: r.bootup })) };
  }
} finally {
  await ward?.stop();
  await product.stop();
}
out.loadAfter = load();
console.log(`\nload average after: ${out.loadAfter}`);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(out, null, 2) + '\n');
