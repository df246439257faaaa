// End-to-end harness: the real product server (`node scripts/start.mjs --no-build`, as `npm start`
// serves it, on a free port with its data in a temporary folder) and Debian's Chromium driven by
// playwright-core. Every page is instrumented for Content-Security-Policy violations, console
// errors and uncaught exceptions; axe-core runs inside the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { after } from 'node:test';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../../../../scripts/find-chrome.mjs';

export const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO = join(APP_DIR, '../..');
export const SCREENSHOT_DIR = join(APP_DIR, 'test-artifacts/screenshots');

/** Demo data (apps/api/seed/DOSSIERS.md). */
export const DEMO = {
  unit: '25459',
  overdue: { code: '000.00.25.H53-261102-0003', verifier: '6072', newDate: /25\/11\/2026|2026-11-25|25 tháng 11|November 25|25 November|Nov(ember)? 25/i },
  resolved: { code: '000.00.25.H53-261119-0047', verifier: '1593' },
  returned: { code: '000.00.25.H53-261120-0012', verifier: '4821' },
};

/**
 * Starts `node scripts/start.mjs --no-build` on a free port and waits for its
 * "MOTCUA_LISTENING <url>" line. Returns { url, stop(), output() }.
 */
export async function startProduct({ timeoutMs = 120_000 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  const child = spawn(process.execPath, [join(REPO, 'scripts/start.mjs'), '--no-build'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOTCUA_DATA_DIR: dataDir, MOTCUA_LOG_REQUESTS: '0', DATABASE_URL: '',
      // The seeded demo dossiers read as intended on the day they were written for.
      MOTCUA_NOW: '2026-11-22T10:00:00+07:00' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The product server did not start within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const onData = (chunk) => {
      log += chunk;
      const m = /^MOTCUA_LISTENING (\S+)/m.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (log += chunk));
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The product server exited (code ${code}, signal ${signal}) before listening:\n${log}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
}

/**
 * The product server and a browser for one test file, stopped after its last test (registered
 * first, so a failed start stops what did start):
 * `const { product, browser } = await startProductAndBrowser();` at the top of the file.
 */
export async function startProductAndBrowser() {
  const running = {};
  after(async () => {
    await running.browser?.close();
    await running.product?.stop();
  });
  running.product = await startProduct();
  running.browser = await launchBrowser();
  return running;
}

/**
 * A new context and page with the problem collectors installed:
 * page.problems = { csp: [], console: [], pageErrors: [] }.
 */
export async function newPage(browser, { viewport = { width: 1280, height: 800 }, locale = 'vi-VN', context: ctx } = {}) {
  const context = ctx ?? (await browser.newContext({ viewport, locale, timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'block' }));
  const page = await context.newPage();
  const problems = { csp: [], console: [], pageErrors: [] };
  page.problems = problems;
  await page.exposeBinding('__reportCsp', (_source, v) => problems.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // eslint-disable-next-line no-undef
      window.__reportCsp({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample, url: location.pathname });
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(`${m.text()} @ ${m.location()?.url ?? ''}`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e?.stack ?? e)));
  return { context, page };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page. The strict CSP forbids adding a script, so axe's source is evaluated
 * through the DevTools protocol (Runtime.evaluate), which CSP does not govern.
 * Returns the violations, summarised.
 */
export async function axe(page, { exclude = [] } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const loaded = await cdp.send('Runtime.evaluate', { expression: `${AXE_SOURCE};'ok'`, returnByValue: true });
    if (loaded.exceptionDetails) throw new Error(`axe-core did not load: ${loaded.exceptionDetails.exception?.description ?? loaded.exceptionDetails.text}`);
  } finally {
    await cdp.detach().catch(() => {});
  }
  const result = await page.evaluate(async (exclude) => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(exclude.length ? { exclude } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`) }));
  }, exclude);
  return result;
}

/** Waits for the `mc-ready` of a widget tag (or a rendered shadow root when the event was missed). */
export async function widgetReady(page, tag, { timeout = 20_000 } = {}) {
  await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      // The loader imports a widget more than a screen below the fold only when the reader comes
      // near it: scroll to it, as a citizen would (once; a widget already defined needs nothing).
      const scrolled = (window.__e2eScrolled ??= new WeakSet());
      if (el && !customElements.get(el.localName) && !scrolled.has(el)) {
        scrolled.add(el);
        el.scrollIntoView({ block: 'center' });
      }
      return !!el && customElements.get(el.localName) !== undefined && !!el.shadowRoot && el.shadowRoot.childElementCount > 0;
    },
    tag,
    { timeout },
  );
}

/**
 * Answers a general survey (`survey`: a Playwright locator of mc-satisfaction-survey) as a citizen on
 * a phone does, one question per screen: the highest rating, then "Câu tiếp theo" while there is a
 * next question; then sends it and waits for the thanks.
 */
export async function answerSurvey(survey) {
  for (let i = 0; i < 12; i++) {
    await survey.locator('mc-rating-scale').filter({ visible: true }).first().getByRole('radio').last().check();
    const next = survey.getByRole('button', { name: 'Câu tiếp theo' });
    if (!(await next.count())) break;
    await next.click();
  }
  await survey.getByRole('button', { name: 'Gửi phiếu' }).click();
  await survey.getByText('Cảm ơn bạn!').first().waitFor({ timeout: 15_000 });
}

/**
 * Ticks a paper in a dossier checklist (`checklist`: a Playwright locator of mc-dossier-checklist)
 * as a citizen does: the first case, then its first paper; waits for the "1 / N" progress.
 */
export async function tickFirstPaper(checklist) {
  await checklist.getByRole('radio').first().check();
  const boxes = checklist.getByRole('checkbox');
  await boxes.first().waitFor();
  const total = await boxes.count();
  await boxes.first().check();
  await checklist.getByText(new RegExp(`1\\s*(/|trên)\\s*${total}`)).first().waitFor({ timeout: 5_000 });
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/**
 * Console errors that are not problems: Chromium logs every 4xx/5xx response and every request
 * refused while offline as "Failed to load resource", even when the widget handles it (a dossier
 * not found is a 404, a second evaluation a 409).
 */
export function unexpectedConsole(messages, { allow = [] } = {}) {
  return messages.filter((m) => !allow.some((re) => re.test(m)));
}
export const EXPECTED_HTTP = {
  notFoundLookup: /Failed to load resource: the server responded with a status of 404 .*\/v1\/dossiers\/lookup/,
  conflictEvaluation: /Failed to load resource: the server responded with a status of 409 .*\/v1\/dossiers\/evaluations/,
  offline: /ERR_INTERNET_DISCONNECTED/,
};

/** Summary of what went wrong on a page, for assertion messages. */
export function describeProblems(p) {
  return JSON.stringify(p, null, 2);
}
