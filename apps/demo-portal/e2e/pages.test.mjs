// Every page of the demo ward portal, served with the strict Content-Security-Policy: no policy
// violation, no console error, no axe violation; the language toggle; the embed builder (unit
// search among all commune-level units, live preview, snippet); the administrator's fallback link
// when the CDN is unreachable; and screenshots of each widget at 360×740 and 1280×800.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { axe, DEMO, describeProblems, newPage, REPO, screenshotPath, startProductAndBrowser, widgetReady } from './support/harness.mjs';
import { PORTAL_CSP } from '../../../scripts/site-csp.mjs';

const { product, browser } = await startProductAndBrowser();

const PAGES = [
  { path: '/', widgets: ['mc-procedure-lookup', 'mc-service-index'] },
  { path: '/thu-tuc.html?ma=1.001193', widgets: ['mc-dossier-checklist'] },
  { path: '/tra-cuu-ho-so.html', widgets: ['mc-status-tracker'] },
  { path: '/danh-gia.html', widgets: ['mc-satisfaction-survey[mode="general"]', 'mc-satisfaction-survey[mode="dossier"]'] },
  { path: '/phan-anh-kien-nghi.html', widgets: ['mc-feedback'] },
  { path: '/nhung-ma.html', widgets: ['#preview mc-procedure-lookup'] },
];

describe('demo portal pages under the strict CSP', () => {
  test('every page is served with the strict Content-Security-Policy', async () => {
    // The policy's text has one home (scripts/site-csp.mjs); what makes it strict is checked here.
    for (const directive of ["default-src 'self'", "script-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html', "object-src 'none'", "frame-ancestors 'none'"]) {
      assert.ok(PORTAL_CSP.split('; ').includes(directive), `the portal policy has ${directive}`);
    }
    assert.doesNotMatch(PORTAL_CSP, /unsafe-|\*/, 'no unsafe-* source, no wildcard');
    for (const { path } of PAGES) {
      const res = await fetch(`${product.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), PORTAL_CSP, path);
      const html = await res.text();
      assert.match(html, /<script type="module" src="\/cdn\/v1\/embed\.js" data-api="\/" data-unit="25459" data-theme="tay-ninh"><\/script>/, `${path} embeds through the snippet`);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path} has no inline script`);
    }
  });

  for (const { path, widgets } of PAGES) {
    test(`${path}: widgets render, no CSP violation, no console error, no axe violation`, async () => {
      const { page, context } = await newPage(browser);
      try {
        await page.goto(`${product.url}${path}`);
        for (const w of widgets) await widgetReady(page, w);
        await page.waitForLoadState('networkidle');
        const csp = [...page.problems.csp];
        const consoleErrors = [...page.problems.console];
        const violations = await axe(page);
        const problems = { csp, console: consoleErrors, pageErrors: page.problems.pageErrors, axe: violations };
        assert.deepEqual(problems, { csp: [], console: [], pageErrors: [], axe: [] }, describeProblems(problems));
      } finally {
        await context.close();
      }
    });
  }

  test('the language toggle sets lang="en" on <html> and the widgets follow; the choice is kept', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/`);
      await widgetReady(page, 'mc-procedure-lookup');
      const lookup = page.locator('mc-procedure-lookup');
      await lookup.getByRole('heading', { name: 'Tra cứu thủ tục hành chính' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
      await lookup.getByRole('heading', { name: 'Find an administrative procedure' }).waitFor({ timeout: 5_000 });
      await page.goto(`${product.url}/tra-cuu-ho-so.html`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'kept on the next page');
      await widgetReady(page, 'mc-status-tracker');
      await page.locator('mc-status-tracker').getByRole('textbox', { name: 'Dossier code' }).waitFor({ timeout: 5_000 });
      await page.getByRole('button', { name: 'English' }).click();
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      assert.deepEqual(page.problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('the embed builder: search a unit without diacritics among all 3,321, pick widget, theme and language, live preview, copy the snippet', async () => {
    const all = await (await fetch(`${product.url}/v1/units?limit=1`)).json();
    assert.equal(all.total, 3321, 'every commune-level unit is in the API');
    const { page, context } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: product.url });
    try {
      await page.goto(`${product.url}/nhung-ma.html`);
      await widgetReady(page, '#preview mc-procedure-lookup');
      const snippet = page.locator('#snippet-code');
      assert.match(await snippet.textContent(), /data-unit="25459"/);

      // Form controls by id: the preview widget has labels of its own.
      await page.locator('#unit-search').fill('cao lanh');
      const units = page.locator('#unit-select');
      await page.locator('#unit-count', { hasText: /Tìm thấy/ }).waitFor({ timeout: 10_000 });
      const options = await units.locator('option').allTextContents();
      assert.ok(options.some((o) => /Phường Cao Lãnh – (Tỉnh )?Đồng Tháp \(29869\)/.test(o)), `"cao lanh" finds Phường Cao Lãnh: ${options.join(' | ')}`);
      await units.selectOption('29869');
      await page.locator('input[name="widget"][value="mc-status-tracker"]').check();
      await page.locator('#theme').selectOption('dong-thap');
      await page.locator('#lang').selectOption('en');

      const text = await snippet.textContent();
      assert.match(text, new RegExp(`<script type="module" src="${product.url}/cdn/v1/embed\\.js"`));
      assert.match(text, new RegExp(`data-api="${product.url}" data-unit="29869" data-theme="dong-thap" data-lang="en"`));
      assert.match(text, /<mc-status-tracker>\n  <a href="https:\/\/dichvucong\.gov\.vn\/[^"]+">[^<]+<\/a>\n<\/mc-status-tracker>/);

      await widgetReady(page, '#preview mc-status-tracker');
      const preview = page.locator('#preview mc-status-tracker');
      assert.equal(await preview.getAttribute('unit'), '29869');
      assert.equal(await preview.getAttribute('theme'), 'dong-thap');
      await preview.getByRole('textbox', { name: 'Dossier code' }).waitFor({ timeout: 5_000 });

      await page.locator('#pin').check();
      assert.match(await snippet.textContent(), /src="[^"]+\/cdn\/\d+\.\d+\.\d+\/embed\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);

      await page.getByRole('button', { name: 'Sao chép đoạn mã' }).click();
      await page.locator('#copy-status', { hasText: 'Đã sao chép' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet.textContent());

      // The iframe form, for editors that strip <script>: a page of the product server that answers.
      await page.getByRole('radio', { name: 'Khung iframe' }).check();
      const framed = await snippet.textContent();
      const src = /<iframe src="([^"]+)" title="Tra cứu tình trạng hồ sơ" width="100%" height="\d+" loading="lazy"><\/iframe>/.exec(framed)?.[1];
      assert.ok(src, framed);
      assert.equal(src.replace(/&amp;/g, '&'), `${product.url}/embed/status-tracker?unit=29869&theme=dong-thap&lang=en`);
      assert.equal((await fetch(src.replace(/&amp;/g, '&'))).status, 200);
      assert.match(framed, new RegExp(`<script src="${product.url}/cdn/v1/embed-frame\\.js" async></script>`));
      assert.equal(await page.locator('#pin-field').isHidden(), true, 'pinning is for the script form');
      const problems = { csp: page.problems.csp, console: page.problems.console, pageErrors: page.problems.pageErrors };
      assert.deepEqual(problems, { csp: [], console: [], pageErrors: [] }, describeProblems(problems));
    } finally {
      await context.close();
    }
  });

  test('thu-tuc.html takes the procedure from ?ma= and says so when there is none', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/thu-tuc.html?ma=1.004222`);
      await widgetReady(page, 'mc-dossier-checklist');
      assert.equal(await page.locator('mc-dossier-checklist').getAttribute('procedure'), '1.004222');
      await page.locator('mc-dossier-checklist').getByText('Đăng ký thường trú').first().waitFor();
      await page.goto(`${product.url}/thu-tuc.html`);
      assert.equal(await page.locator('mc-dossier-checklist').count(), 0);
      assert.equal(await page.locator('#no-code').isVisible(), true);
    } finally {
      await context.close();
    }
  });

  test('when the CDN cannot be reached, the administrator\'s fallback link stays visible', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.route('**/cdn/**', (route) => route.abort('connectionrefused'));
      await page.goto(`${product.url}/tra-cuu-ho-so.html`);
      const link = page.locator('mc-status-tracker > a');
      assert.equal(await link.isVisible(), true);
      assert.match(await link.getAttribute('href'), /^https:\/\/dichvucong\.gov\.vn\//);
    } finally {
      await context.close();
    }
  });

  test('screenshots of each widget at 360×740 and 1280×800', async () => {
    const shots = [];
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      const size = `${viewport.width}x${viewport.height}`;
      const { page, context } = await newPage(browser, { viewport });
      try {
        // Procedure lookup, with results for a search typed without diacritics.
        await page.goto(`${product.url}/`);
        await widgetReady(page, 'mc-procedure-lookup');
        const lookup = page.locator('mc-procedure-lookup');
        await lookup.getByRole('searchbox', { name: /Tìm thủ tục/ }).fill('khai sinh');
        await lookup.getByRole('status').filter({ hasText: /cho “khai sinh”/ }).waitFor();
        await page.waitForTimeout(300);
        shots.push(await shoot(lookup, `mc-procedure-lookup-${size}.png`));
        await widgetReady(page, 'mc-service-index');
        shots.push(await shoot(page.locator('mc-service-index'), `mc-service-index-${size}.png`));

        // Dossier checklist, a case picked and one paper ticked.
        await page.goto(`${product.url}/thu-tuc.html?ma=1.001193`);
        await widgetReady(page, 'mc-dossier-checklist');
        const checklist = page.locator('mc-dossier-checklist');
        await checklist.getByRole('radio').first().check();
        await checklist.getByRole('checkbox').first().check();
        shots.push(await shoot(checklist, `mc-dossier-checklist-${size}.png`));

        // Status tracker: the overdue demo dossier, with its apology.
        await page.goto(`${product.url}/tra-cuu-ho-so.html`);
        await widgetReady(page, 'mc-status-tracker');
        const tracker = page.locator('mc-status-tracker');
        await tracker.getByRole('textbox', { name: /Mã hồ sơ/ }).fill(DEMO.overdue.code);
        await tracker.getByRole('textbox', { name: /4 số cuối/ }).fill(DEMO.overdue.verifier);
        await tracker.getByRole('button', { name: 'Xem tình trạng' }).click();
        await tracker.locator('[part~="apology"]').waitFor();
        shots.push(await shoot(tracker, `mc-status-tracker-${size}.png`));

        // Satisfaction survey (general).
        await page.goto(`${product.url}/danh-gia.html`);
        await widgetReady(page, 'mc-satisfaction-survey[mode="general"]');
        shots.push(await shoot(page.locator('mc-satisfaction-survey[mode="general"]'), `mc-satisfaction-survey-${size}.png`));

        // The whole home page, as a citizen sees it.
        await page.goto(`${product.url}/`);
        await widgetReady(page, 'mc-procedure-lookup');
        await widgetReady(page, 'mc-service-index');
        await page.waitForLoadState('networkidle');
        const file = screenshotPath(`portal-home-${size}.png`);
        await page.screenshot({ path: file });
        shots.push(file);
      } finally {
        await context.close();
      }
    }
    for (const file of shots) assert.ok(statSync(file).size > 1000, `${file} written`);

    // A few for the README (docs/screenshots/): the phone view of the page with the widget at the
    // top of the screen, 360×740, small enough to commit; and the home page on a desktop. Written
    // when missing or with MOTCUA_UPDATE_SCREENSHOTS=1, so that `npm test` leaves committed files alone.
    const docs = join(REPO, 'docs/screenshots');
    const update = process.env.MOTCUA_UPDATE_SCREENSHOTS === '1';
    mkdirSync(docs, { recursive: true });
    if (update || !existsSync(join(docs, 'portal-home-1280x800.png'))) {
      copyFileSync(screenshotPath('portal-home-1280x800.png'), join(docs, 'portal-home-1280x800.png'));
    }
    const { page, context } = await newPage(browser, { viewport: { width: 360, height: 740 } });
    try {
      const phone = async (path, selector, name, act) => {
        if (!update && existsSync(join(docs, name))) return;
        await page.goto(`${product.url}${path}`);
        await widgetReady(page, selector);
        const el = page.locator(selector);
        if (act) await act(el);
        await page.waitForTimeout(300);
        await el.evaluate((node) => node.scrollIntoView({ block: 'start' }));
        const file = join(docs, name);
        await page.screenshot({ path: file, animations: 'disabled' });
        assert.ok(statSync(file).size < 200_000, `${name} stays small`);
      };
      await phone('/', 'mc-procedure-lookup', 'mc-procedure-lookup-phone.png', async (el) => {
        await el.getByRole('searchbox', { name: /Tìm thủ tục/ }).fill('khai sinh');
        await el.getByRole('status').filter({ hasText: /cho “khai sinh”/ }).waitFor();
      });
      await phone('/thu-tuc.html?ma=1.001193', 'mc-dossier-checklist', 'mc-dossier-checklist-phone.png', async (el) => {
        await el.getByRole('radio').first().check();
        await el.getByRole('checkbox').first().check();
        await el.getByRole('checkbox').first().scrollIntoViewIfNeeded();
      });
      await phone('/tra-cuu-ho-so.html', 'mc-status-tracker', 'mc-status-tracker-phone.png', async (el) => {
        await el.getByRole('textbox', { name: /Mã hồ sơ/ }).fill(DEMO.overdue.code);
        await el.getByRole('textbox', { name: /4 số cuối/ }).fill(DEMO.overdue.verifier);
        await el.getByRole('button', { name: 'Xem tình trạng' }).click();
        await el.locator('[part~="apology"]').waitFor();
      });
      await phone('/danh-gia.html', 'mc-satisfaction-survey[mode="general"]', 'mc-satisfaction-survey-phone.png');
      await phone('/', 'mc-service-index', 'mc-service-index-phone.png');
    } finally {
      await context.close();
    }
  });
});

async function shoot(locator, name) {
  const file = screenshotPath(name);
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: file, animations: 'disabled' });
  return file;
}
