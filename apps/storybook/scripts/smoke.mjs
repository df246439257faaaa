#!/usr/bin/env node
// Smoke check of the static Storybook (`npm run build` first): serves storybook-static on an
// ephemeral loopback port, opens every entry of index.json (stories and docs pages) in Debian's
// Chromium through playwright-core, and fails on console errors, page errors, render errors,
// play-function failures and accessibility violations (a11y addon, `parameters.a11y.test: 'error'`).
// Each entry counts as one test in .test-results/storybook-smoke.json.
//
//   node scripts/smoke.mjs [--filter <text>] [--dir storybook-static] [--reload]
//   node scripts/smoke.mjs --url http://localhost:6006   (a running `npm run storybook` instead)
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../../scripts/find-chrome.mjs';
import { writeSummary } from '../../../scripts/test-reporters/write-summary.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const appDir = resolve(import.meta.dirname, '..');
const staticDir = resolve(appDir, option('--dir', 'storybook-static'));
const filter = option('--filter', '');
const remote = option('--url', '');
const TIMEOUT = 20_000;
// --reload: a fresh page load per entry (slower, full isolation). By default the first entry is
// loaded from its iframe URL and the next ones are selected through Storybook's preview channel;
// after a failure the next entry is loaded afresh.
const reloadEach = args.includes('--reload');

const counts = { passed: 0, failed: 0, skipped: 0 };
const fail = (message) => {
  console.error(message);
  writeSummary('storybook-smoke', { ...counts, failed: counts.failed + 1 }, appDir);
  process.exit(1);
};

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
for (const e of Object.values(index.entries)) {
  if (e.type !== 'story') continue;
  exportsByFile.set(e.importPath, [...(exportsByFile.get(e.importPath) ?? []), e.exportName]);
}

// Installed before Storybook's own code: hooks the preview channel as soon as it is created and
// records how the story or docs page ended.
function hookChannel() {
  let state;
  const reset = (expected = new URLSearchParams(location.search).get('id')) => {
    state = { expected, done: false, events: [], a11y: [], examples: undefined, status: undefined };
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
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
await page.addInitScript(hookChannel);
let problems = [];
page.on('console', (msg) => {
  // The browser's own /favicon.ico probe is not the page's doing.
  if (msg.type() === 'error' && !msg.location().url?.endsWith('/favicon.ico')) problems.push(`console.error: ${msg.text()}`);
});
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('response', (res) => {
  if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
});
page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));

const started = Date.now();
const checkedFiles = new Set();
let needsLoad = true;
console.log(`Storybook smoke check: ${entries.length} entries from ${remote || staticDir}`);
for (const entry of entries) {
  problems = [];
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
    await page.waitForFunction(() => window.__mcSmoke?.done === true, null, { timeout: TIMEOUT, polling: 50 });
    const state = await page.evaluate((mode) => ({
      ...window.__mcSmoke,
      errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
      errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
      rootChildren: document.querySelector(mode === 'docs' ? '#storybook-docs' : '#storybook-root')?.childElementCount ?? 0,
    }), viewMode);
    for (const e of state.events ?? []) problems.push(`${e.name}: ${JSON.stringify(e.payload).slice(0, 500)}`);
    if (state.errorDisplay) problems.push(`Storybook error display: ${state.errorText}`);
    if (state.status === 'error' && !state.a11y?.length && !(state.events ?? []).length) problems.push('story finished with status "error"');
    for (const v of state.a11y ?? []) problems.push(`a11y: ${v}`);
    if (viewMode === 'story' && !state.rootChildren) problems.push('#storybook-root is empty');
    if (viewMode === 'story' && state.storyId && state.storyId !== entry.id) problems.push(`rendered ${state.storyId} instead`);
    // storiesFromExamples: every example of the examples list must be exported by the stories file.
    if (state.examples && !checkedFiles.has(entry.importPath)) {
      checkedFiles.add(entry.importPath);
      const exported = new Set(exportsByFile.get(entry.importPath) ?? []);
      const missing = state.examples.split(',').filter((name) => name && !exported.has(name));
      if (missing.length) problems.push(`${entry.importPath} does not export the examples: ${missing.join(', ')}`);
    }
  } catch (error) {
    problems.push(`did not finish rendering: ${error.message.split('\n')[0]}`);
  }
  if (process.env.SMOKE_TIMING) console.log(`  ${entry.id}: ${Date.now() - t0}ms`);
  if (problems.length) {
    needsLoad = true;
    counts.failed += 1;
    const short = (p) => p.split('\n').slice(0, 3).join('\n      ').slice(0, 600);
    console.log(`✖ ${entry.title} › ${entry.name} (${entry.id}, ${viewMode})\n${problems.map((p) => `    ${short(p)}`).join('\n')}`);
  } else {
    counts.passed += 1;
  }
}

await browser.close();
if (!remote) server.close();
if (!remote) writeSummary('storybook-smoke', counts, appDir);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Storybook smoke check: ${counts.passed} passed, ${counts.failed} failed (${entries.length} entries, ${seconds}s)`);
process.exit(counts.failed ? 1 : 0);
