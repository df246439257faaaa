// Where the main thread goes while the widgets start: loads a page in Debian's Chromium (through
// playwright-core) with the CPU slowed 4× as Lighthouse's mobile setting does, records a V8 CPU
// profile from navigation until every widget has fired `mc-ready` (or 20 s), and prints the
// functions with the most self time (with the source text around each, as the build is minified),
// the time per script and the long tasks (> 50 ms) seen by a PerformanceObserver.
//
//   node bench/lighthouse/profile.mjs [ward|ward-one|portal|<url>] [--top 25] [--no-throttle]
//
// Starts the product (scripts/start.mjs --no-build) and the ward site like run.mjs.
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { startWardSite } from './ward-page.mjs';
import { startProduct } from './product.mjs';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--top') ?? 'ward';
const topIndex = args.indexOf('--top');
const TOP = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;

const product = await startProduct();
const ward = which.startsWith('ward') ? await startWardSite(product.url) : null;
const url = which === 'ward' ? ward.url : which === 'ward-one' ? ward.oneWidgetUrl : which === 'portal' ? `${product.url}/` : which;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (!args.includes('--no-throttle')) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__ready = [];
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const what = (n) => (n ? (n.nodeType === 1 ? `${n.localName}${n.id ? '#' + n.id : ''}${n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : ''}` : n.nodeName) : '?');
        window.__shifts.push({ at: Math.round(e.startTime), value: +e.value.toFixed(4), sources: e.sources.map((s) => `${what(s.node)} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('mc-ready', (e) => window.__ready.push([e.detail.widget, Math.round(performance.now())]));
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  const count = await page.evaluate(() => document.querySelectorAll(':is(mc-procedure-lookup,mc-dossier-checklist,mc-status-tracker,mc-satisfaction-survey,mc-service-index,mc-feedback)').length);
  await page.waitForFunction((n) => window.__ready.length >= n, count, { timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const { longTasks, ready, shifts } = await page.evaluate(() => ({ longTasks: window.__longTasks, ready: window.__ready, shifts: window.__shifts }));

  // Self time per node (sample counts × interval), grouped by function + position.
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  const byFn = new Map();
  const byUrl = new Map();
  for (const node of profile.nodes) {
    const self = (dt.get(node.id) ?? 0) / 1000;
    if (!self) continue;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/cdn\/v1\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const cur = byFn.get(key) ?? { key, self: 0, frame: f };
    cur.self += self;
    byFn.set(key, cur);
    const u = f.url || `(${f.functionName})`;
    byUrl.set(u, (byUrl.get(u) ?? 0) + self);
  }
  const sources = new Map();
  const around = async (f) => {
    if (!f.url.startsWith('http')) return '';
    if (!sources.has(f.url)) sources.set(f.url, await fetch(f.url).then((r) => r.text()).catch(() => ''));
    const lines = sources.get(f.url).split('\n');
    const line = lines[f.lineNumber] ?? '';
    return line.slice(f.columnNumber, f.columnNumber + 110).replace(/\s+/g, ' ');
  };
  console.log(`${url} (CPU ${args.includes('--no-throttle') ? '1×' : '4×'}): ${Math.round(profile.endTime - profile.startTime) / 1000} ms profiled`);
  console.log('mc-ready (ms after navigation start):', ready.map(([w, t]) => `${w} ${t}`).join(', ') || 'none');
  console.log(`layout shifts (total ${shifts.reduce((s, x) => s + x.value, 0).toFixed(4)}):`);
  for (const x of shifts) console.log(`  ${x.value} @${x.at} ms: ${x.sources.join('; ')}`);
  console.log('long tasks:', longTasks.map((t) => `${t.duration} ms @${t.start}`).join(', ') || 'none');
  console.log('\nself time by script (ms):');
  for (const [u, t] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${t.toFixed(1).padStart(8)}  ${u}`);
  console.log(`\ntop ${TOP} functions by self time (ms):`);
  for (const f of [...byFn.values()].sort((a, b) => b.self - a.self).slice(0, TOP)) console.log(`  ${f.self.toFixed(1).padStart(8)}  ${f.key}\n            ${await around(f.frame)}`);
} finally {
  await browser.close();
  await ward?.stop();
  await product.stop();
}
