#!/usr/bin/env node
// Smoke check of the static Storybook (`npm run build` first): serves storybook-static on an
// ephemeral loopback port, opens every entry of index.json (stories and docs pages) in Debian's
// Chromium through playwright-core, and fails on console errors, page errors, render errors,
// play-function failures and accessibility violations (a11y addon, `parameters.a11y.test: 'error'`).
// Each entry counts as one test in .test-results/storybook-smoke.json.
//
// The widget stories render against a REAL API: the check starts a seeded apps/api server
// (@motcua/api/testing/child-server, in-memory PGlite) on an ephemeral loopback port and points every story at
// it through `window.__MOTCUA_STORYBOOK_API__` (stories/support/api.ts), set before Storybook loads.
// Stories tagged 'expect-network-errors' (error and offline states), and the docs page of their
// component, may fail requests to that API or to the examples' unreachable address, with the
// browser's "Failed to load resource" console errors; anything else still fails them. After such
// an entry the page is emptied (about:blank), so its retries and timers cannot reach later entries.
//
//   node scripts/smoke.mjs [--filter <text>] [--dir storybook-static] [--reload]
//   node scripts/smoke.mjs --url http://localhost:6006   (a running `npm run storybook` instead)
//   node scripts/smoke.mjs --api http://localhost:8080   (an API already running instead of a new one)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../../scripts/find-chrome.mjs';
import { writeSummary } from '../../../scripts/test-reporters/write-summary.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const appDir = resolve(import.meta.dirname, '..');
const staticDir = resolve(appDir, option('--dir', 'storybook-static'));
const filter = option('--filter', '');
const remote = option('--url', '');
const givenApi = option('--api', '');
const TIMEOUT = 20_000;
/** The tag of stories that fail requests on purpose (stories/support/widgets.ts). */
const NETWORK_ERRORS_TAG = 'expect-network-errors';
/** `exampleEnv.unreachable` of packages/widgets/src/shared/example-env.ts: nothing answers there. */
const UNREACHABLE = 'http://127.0.0.1:9';
// --reload: a fresh page load per entry (slower, full isolation). By default the first entry is
// loaded from its iframe URL and the next ones are selected through Storybook's preview channel;
// after a failure the next entry is loaded afresh.
const reloadEach = args.includes('--reload');

const counts = { passed: 0, failed: 0, skipped: 0 };
let apiChild;
const fail = (message) => {
  console.error(message);
  writeSummary('storybook-smoke', { ...counts, failed: counts.failed + 1 }, appDir);
  apiChild?.kill('SIGTERM');
  process.exit(1);
};

// ---- A real, seeded API ------------------------------------------------------------------------
/** Starts apps/api in a child process (tsx, workspace sources); resolves with its URL. */
function startApi() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', fileURLToPath(import.meta.resolve('@motcua/api/testing/child-server'))], {
      cwd: dirname(fileURLToPath(import.meta.resolve('@motcua/api/package.json'))),
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, MOTCUA_LOG_REQUESTS: 'false' },
    });
    apiChild = child;
    child.stdin.on('error', () => {}); // the child may be gone first
    const timer = setTimeout(() => reject(new Error('apps/api did not start within 120 s')), 120_000);
    child.once('exit', (code) => reject(new Error(`apps/api exited with code ${code} before listening`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      try {
        resolvePromise(JSON.parse(line).url);
      } catch {
        reject(new Error(`apps/api printed "${line}" instead of its URL`));
      }
    });
  });
}
const apiReady = givenApi ? Promise.resolve(givenApi.replace(/\/+$/, '')) : startApi();
apiReady.catch(() => {}); // awaited below

if (!remote && !existsSync(join(staticDir, 'index.json'))) fail(`No ${staticDir}/index.json: run \`npm run build\` in apps/storybook first.`);

// ---- A static file server on loopback -----------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(staticDir, path));
  if (file !== staticDir && !file.startsWith(staticDir + sep)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // The browser asks for /favicon.ico on its own; Storybook ships favicon.svg.
  if (path === '/favicon.ico' && !existsSync(file)) file = join(staticDir, 'favicon.svg');
  if (!existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed assets are immutable: cached between stories so each page load is quick.
    'cache-control': path.startsWith('/assets/') || path.startsWith('/sb-') ? 'public, max-age=3600, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
});
if (!remote) await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = remote ? remote.replace(/\/$/, '') : `http://127.0.0.1:${server.address().port}`;

// ---- Entries ----------------------------------------------------------------------------------
const index = remote ? await (await fetch(`${base}/index.json`)).json() : JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => !filter || e.id.includes(filter) || e.title.includes(filter));
const exportsByFile = new Map();
/** Stories files with a story tagged 'expect-network-errors': their docs pages render it too. */
const filesWithNetworkErrors = new Set();
for (const e of Object.values(index.entries)) {
  if (e.type !== 'story') continue;
  exportsByFile.set(e.importPath, [...(exportsByFile.get(e.importPath) ?? []), e.exportName]);
  if (e.tags?.includes(NETWORK_ERRORS_TAG)) filesWithNetworkErrors.add(e.importPath);
}
/**
 * The stories an autodocs page renders inline (every story of its file without '!autodocs').
 * Their storyFinished events may come after docsRendered: the next entry waits for them, or one
 * of them could pass for the next story (same id, rendered in the docs page, not the story root).
 */
const inlineStories = (entry) =>
  Object.values(index.entries)
    .filter((e) => e.type === 'story' && e.importPath === entry.importPath && !e.tags?.includes('!autodocs'))
    .map((e) => e.id);
const expectsNetworkErrors = (entry) =>
  entry.type === 'story' ? Boolean(entry.tags?.includes(NETWORK_ERRORS_TAG)) : [entry.importPath, ...(entry.storiesImports ?? [])].some((p) => filesWithNetworkErrors.has(p));

// Installed before Storybook's own code: hooks the preview channel as soon as it is created and
// records how the story or docs page ended.
function hookChannel() {
  let state;
  const reset = (expected = new URLSearchParams(location.search).get('id')) => {
    state = { expected, done: false, events: [], a11y: [], examples: undefined, status: undefined, finished: [] };
    window.__mcSmoke = state;
  };
  reset();
  // Switches story in the loaded preview (as the manager does): much faster than a page load.
  window.__mcSmokeSelect = (storyId, viewMode) => {
    reset(storyId);
    channel.emit('setCurrentStory', { storyId, viewMode });
  };
  const watch = (channel) => {
    const finish = (name) => (payload) => {
      state.events.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null, (k, v) => (v instanceof Error ? { message: v.message, stack: v.stack } : v))) });
    };
    for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing']) channel.on(name, finish(name));
    channel.on('storyMissing', () => (state.done = true));
    channel.on('docsRendered', () => setTimeout(() => (state.done = true), 50));
    channel.on('storyFinished', (payload) => {
      state.finished.push(payload.storyId);
      // Docs pages render their stories too; only the story under test ends the wait.
      if (payload.storyId !== state.expected) return;
      state.status = payload.status;
      state.storyId = payload.storyId;
      for (const report of payload.reporters ?? []) {
        if (report.type !== 'a11y') continue;
        if (report.result?.error) state.a11y.push(`axe could not run: ${report.result.error.message ?? report.result.error}`);
        for (const v of report.result?.violations ?? []) {
          state.a11y.push(`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      state.examples = document.querySelector('.mc-story')?.getAttribute('data-mc-examples') ?? undefined;
      state.done = true;
    });
  };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      if (value && typeof value.on === 'function') watch(value);
    },
  });
}

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
let api;
try {
  api = await apiReady;
} catch (error) {
  await browser.close();
  fail(`The API for the widget stories did not start: ${error.message}`);
}
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
await page.addInitScript(hookChannel);
await page.addInitScript((url) => {
  window.__MOTCUA_STORYBOOK_API__ = url;
}, api);

// A problem is { text, network }: `network` marks a failed request to the API or the unreachable
// address (and the console's "Failed to load resource" for it), which tagged entries may have.
let problems = [];
const apiRequest = (url) => Boolean(url) && [api, UNREACHABLE].some((origin) => url === origin || url.startsWith(`${origin}/`));
page.on('console', (msg) => {
  if (msg.type() !== 'error') return;
  const url = msg.location().url ?? '';
  // The browser's own /favicon.ico probe is not the page's doing.
  if (url.endsWith('/favicon.ico')) return;
  problems.push({ text: `console.error: ${msg.text()}`, network: msg.text().startsWith('Failed to load resource') && apiRequest(url) });
});
page.on('pageerror', (error) => problems.push({ text: `page error: ${error.message}` }));
page.on('response', (res) => {
  if (res.status() >= 400) problems.push({ text: `HTTP ${res.status()}: ${res.url()}`, network: apiRequest(res.url()) });
});
page.on('requestfailed', (req) => problems.push({ text: `request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`, network: apiRequest(req.url()) }));
// Requests in flight, to let a tagged entry's requests end before the page is emptied.
const inflight = new Set();
page.on('request', (req) => inflight.add(req));
page.on('requestfinished', (req) => inflight.delete(req));
page.on('requestfailed', (req) => inflight.delete(req));
async function networkIdle(quietMs = 500, maxMs = 10_000) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (inflight.size) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

const started = Date.now();
const checkedFiles = new Set();
let needsLoad = true;
let needsLoadNext = false;
console.log(`Storybook smoke check: ${entries.length} entries from ${remote || staticDir}, widgets against the API at ${api}`);
for (const entry of entries) {
  problems = [];
  const tolerant = expectsNetworkErrors(entry);
  const t0 = Date.now();
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`;
  try {
    if (reloadEach || needsLoad) {
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    } else {
      await page.evaluate(([id, mode]) => window.__mcSmokeSelect(id, mode), [entry.id, viewMode]);
    }
    needsLoad = false;
    needsLoadNext = false;
    await page.waitForFunction(() => window.__mcSmoke?.done === true, null, { timeout: TIMEOUT, polling: 50 });
    if (viewMode === 'docs') {
      // Autodocs: until each inline story has finished; other docs pages (MDX): a fresh page next.
      const inline = entry.tags?.includes('autodocs') ? inlineStories(entry) : undefined;
      const allFinished = inline
        ? await page
            .waitForFunction((ids) => ids.every((id) => window.__mcSmoke.finished.includes(id)), inline, { timeout: 10_000, polling: 50 })
            .then(() => true, () => false)
        : false;
      if (!allFinished) needsLoadNext = true;
    }
    const state = await page.evaluate((mode) => ({
      ...window.__mcSmoke,
      errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
      errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
      rootChildren: document.querySelector(mode === 'docs' ? '#storybook-docs' : '#storybook-root')?.childElementCount ?? 0,
    }), viewMode);
    const report = (text) => problems.push({ text });
    for (const e of state.events ?? []) report(`${e.name}: ${JSON.stringify(e.payload).slice(0, 500)}`);
    if (state.errorDisplay) report(`Storybook error display: ${state.errorText}`);
    if (state.status === 'error' && !state.a11y?.length && !(state.events ?? []).length) report('story finished with status "error"');
    for (const v of state.a11y ?? []) report(`a11y: ${v}`);
    if (viewMode === 'story' && !state.rootChildren) report('#storybook-root is empty');
    if (viewMode === 'story' && state.storyId && state.storyId !== entry.id) report(`rendered ${state.storyId} instead`);
    // storiesFromExamples: every example of the examples list must be exported by the stories file.
    if (state.examples && !checkedFiles.has(entry.importPath)) {
      checkedFiles.add(entry.importPath);
      const exported = new Set(exportsByFile.get(entry.importPath) ?? []);
      const missing = state.examples.split(',').filter((name) => name && !exported.has(name));
      if (missing.length) report(`${entry.importPath} does not export the examples: ${missing.join(', ')}`);
    }
  } catch (error) {
    problems.push({ text: `did not finish rendering: ${error.message.split('\n')[0]}` });
  }
  if (tolerant) {
    // Let its requests end, then drop the page (the outbox's and the widgets' retry timers with
    // it) while its failures are still this entry's; the next entry loads afresh.
    await networkIdle();
    await page.goto('about:blank').catch(() => {});
    needsLoad = true;
  }
  if (needsLoadNext) needsLoad = true;
  const tolerated = tolerant ? problems.filter((p) => p.network).length : 0;
  if (tolerant) problems = problems.filter((p) => !p.network);
  if (process.env.SMOKE_TIMING) console.log(`  ${entry.id}: ${Date.now() - t0}ms`);
  if (problems.length) {
    needsLoad = true;
    counts.failed += 1;
    const short = (p) => p.split('\n').slice(0, 3).join('\n      ').slice(0, 600);
    console.log(`✖ ${entry.title} › ${entry.name} (${entry.id}, ${viewMode})\n${problems.map((p) => `    ${short(p.text)}`).join('\n')}`);
  } else {
    counts.passed += 1;
    if (tolerated && process.env.SMOKE_TIMING) console.log(`    (${tolerated} expected network errors)`);
  }
}

await browser.close();
if (!remote) server.close();
apiChild?.kill('SIGTERM');
if (!remote) writeSummary('storybook-smoke', counts, appDir);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Storybook smoke check: ${counts.passed} passed, ${counts.failed} failed (${entries.length} entries, ${seconds}s)`);
process.exit(counts.failed ? 1 : 0);
