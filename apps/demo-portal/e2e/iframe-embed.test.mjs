// Iframe embeds (issue 11), for commune CMS editors that strip <script>: /embed/<widget>?… pages
// of the product server framed by a commune page of another origin. With the small host script
// (/cdn/v1/embed-frame.js) the iframes take their content's height; without any script they keep
// the snippet's fixed height. The journeys pass inside the frames; bad parameters get a clear 4xx page.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerSurvey, DEMO, describeProblems, newPage, startProductAndBrowser, tickFirstPaper } from './support/harness.mjs';
import { startHostSite } from './support/host-site.mjs';

const PHONE = { width: 360, height: 740 };
const FRAMES = [
  ['procedure-lookup', ''],
  ['dossier-checklist', '&procedure=1.001193'],
  ['status-tracker', ''],
  ['satisfaction-survey', '&mode=general'],
  ['service-index', ''],
  ['feedback', '&view=answers'],
];
const frames = (p) => FRAMES.map(([w, extra]) => `<iframe src="${p}/embed/${w}?unit=${DEMO.unit}&amp;theme=tay-ninh&amp;lang=vi${extra}" title="${w}" width="100%" height="300"></iframe>`).join('\n');
const head = (title, css = []) => `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,">${css.map((h) => `<link rel="stylesheet" href="${h}">`).join('')}`;

const { product, browser } = await startProductAndBrowser();
const origin = new URL(product.url).origin;
const site = await startHostSite(product.url, {
  '/with-script.html': (p) => `<!doctype html><html lang="vi"><head>${head('Trang có khung nhúng', ['/bootstrap.css', '/hostile.css'])}<script src="${p}/cdn/v1/embed-frame.js"></script></head><body>${frames(p)}</body></html>`,
  // What a CMS that strips scripts leaves: only the iframes.
  '/no-script.html': (p) => `<!doctype html><html lang="vi"><head>${head('Trang không có mã script', ['/bootstrap.css', '/hostile.css'])}</head><body>${frames(p)}</body></html>`,
}, { frameOrigins: [origin] });
after(() => site.stop());

function assertClean(page) {
  const p = page.problems;
  assert.deepEqual({ csp: p.csp, console: p.console, pageErrors: p.pageErrors }, { csp: [], console: [], pageErrors: [] }, describeProblems(p));
}

async function framesReady(page) {
  for (const [w] of FRAMES) {
    const frame = page.frameLocator(`iframe[title="${w}"]`);
    await frame.locator(`mc-${w}`).waitFor({ timeout: 30_000 });
    await frame.locator('body').evaluate((body, tag) => new Promise((resolve) => {
      const done = () => document.querySelector(tag)?.shadowRoot?.childElementCount && !document.querySelector(tag).shadowRoot.querySelector('mc-skeleton');
      const tick = () => (done() ? resolve() : setTimeout(tick, 100));
      tick();
    }), `mc-${w}`);
  }
  await page.waitForLoadState('networkidle');
}

describe('iframe embeds: /embed/<widget> pages framed by a commune site of another origin', () => {
  test('an embed page: a proper title, a strict CSP with Trusted Types, frame-ancestors * and no X-Frame-Options', async () => {
    const res = await fetch(`${product.url}/embed/procedure-lookup?unit=25459&theme=tay-ninh&lang=vi`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<title>Tra cứu thủ tục hành chính · đơn vị 25459<\/title>/);
    assert.match(html, /<html lang="vi">/);
    const csp = res.headers.get('content-security-policy');
    assert.match(csp, /frame-ancestors \*/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers.get('x-frame-options'), null);
    const en = await (await fetch(`${product.url}/embed/status-tracker?unit=25459&lang=en`)).text();
    assert.match(en, /<title>Track an application · unit 25459<\/title>/);
    // Other pages stay unframeable.
    assert.equal((await fetch(`${product.url}/healthz`)).headers.get('x-frame-options'), 'DENY');
  });

  test('bad parameters: a clear page with a 4xx status naming the parameter', async () => {
    const cases = [
      ['/embed/procedure-lookup?unit=abc', 400, /unit=&quot;abc&quot; is not valid: the 5-digit code/],
      ['/embed/procedure-lookup', 400, /&quot;unit&quot; is required/],
      ['/embed/procedure-lookup?unit=25459&theme=hanoi', 400, /theme=&quot;hanoi&quot; is not valid: one of default/],
      ['/embed/procedure-lookup?unit=25459&lang=fr', 400, /lang=&quot;fr&quot; is not valid: vi or en/],
      ['/embed/procedure-lookup?unit=25459&colour=red', 400, /&quot;colour&quot; is not a parameter of procedure-lookup/],
      ['/embed/dossier-checklist?unit=25459', 400, /&quot;procedure&quot; is required/],
      ['/embed/satisfaction-survey?unit=25459&mode=party', 400, /mode=&quot;party&quot; is not valid: general or dossier/],
      ['/embed/weather?unit=25459', 404, /&quot;weather&quot; is not a widget/],
    ];
    for (const [path, status, message] of cases) {
      const res = await fetch(`${product.url}${path}`);
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type'), /^text\/html/, path);
      const html = await res.text();
      assert.match(html, message, path);
      assert.match(html, /<title>Địa chỉ nhúng chưa đúng/, path);
    }
  });

  test('with the host script: every frame takes its content height; the journeys pass inside the frames; no CSP violation, no console error', async () => {
    const before = await (await fetch(`${product.url}/v1/units/${DEMO.unit}/stats`, { headers: { 'cache-control': 'no-cache' } })).json();
    const { page, context } = await newPage(browser, { viewport: PHONE });
    try {
      await page.goto(`${site.url}/with-script.html`);
      await framesReady(page);
      await page.waitForTimeout(500);
      for (const [w] of FRAMES) {
        const sizes = await page.locator(`iframe[title="${w}"]`).evaluate((f) => ({ frame: f.clientHeight, style: f.style.height }));
        const content = await page.frameLocator(`iframe[title="${w}"]`).locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
        assert.ok(sizes.style, `${w}: the host script set the height ${describeProblems(page.problems)}`);
        assert.ok(Math.abs(sizes.frame - content) <= 2, `${w}: frame ${sizes.frame}px for ${content}px of content`);
      }

      const lookup = page.frameLocator('iframe[title="procedure-lookup"]').locator('mc-procedure-lookup');
      await lookup.getByRole('searchbox', { name: /Tìm thủ tục/ }).fill('dang ky khai sinh');
      await lookup.getByRole('button', { name: 'Đăng ký khai sinh', exact: true }).waitFor({ timeout: 15_000 });

      const checklist = page.frameLocator('iframe[title="dossier-checklist"]').locator('mc-dossier-checklist');
      await tickFirstPaper(checklist);

      const tracker = page.frameLocator('iframe[title="status-tracker"]').locator('mc-status-tracker');
      await tracker.getByRole('textbox', { name: /Mã hồ sơ/ }).fill(DEMO.overdue.code);
      await tracker.getByRole('textbox', { name: /4 số cuối/ }).fill(DEMO.overdue.verifier);
      await tracker.getByRole('button', { name: 'Xem tình trạng' }).click();
      await tracker.getByText('Quá trình xử lý hồ sơ').first().waitFor({ timeout: 10_000 });
      // The frame grew with the timeline.
      await page.waitForTimeout(500);
      const grown = await page.locator('iframe[title="status-tracker"]').evaluate((f) => f.clientHeight);
      const inner = await page.frameLocator('iframe[title="status-tracker"]').locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
      assert.ok(Math.abs(grown - inner) <= 2, `the tracker's frame follows its content (${grown} for ${inner})`);

      const survey = page.frameLocator('iframe[title="satisfaction-survey"]').locator('mc-satisfaction-survey');
      await answerSurvey(survey);
      const after = await (await fetch(`${product.url}/v1/units/${DEMO.unit}/stats`, { headers: { 'cache-control': 'no-cache' } })).json();
      assert.equal(after.surveyResponses, before.surveyResponses + 1, 'the survey sent from the frame reached the API');
      // Inside each frame nothing scrolls sideways (the page around them is the host's: its
      // text-indent pushes inline iframes along).
      for (const [w] of FRAMES) {
        const o = await page.frameLocator(`iframe[title="${w}"]`).locator('html').evaluate((h) => ({ scroll: h.scrollWidth, client: h.clientWidth }));
        assert.ok(o.scroll <= o.client, `${w} scrolls sideways inside its frame: ${JSON.stringify(o)}`);
      }
      assertClean(page);
    } finally {
      await context.close();
    }
  });

  test('without any script on the host page: the frames keep the snippet\'s fixed height and work', async () => {
    const { page, context } = await newPage(browser, { viewport: PHONE });
    try {
      await page.goto(`${site.url}/no-script.html`);
      await framesReady(page);
      for (const [w] of FRAMES) {
        // height="300"; the page's CSS decides whether the iframe's 2px borders are inside it.
        const inner = await page.locator(`iframe[title="${w}"]`).evaluate((f) => f.clientHeight);
        assert.ok(inner >= 296 && inner <= 300, `${w}: ${inner}px`);
      }
      const lookup = page.frameLocator('iframe[title="procedure-lookup"]').locator('mc-procedure-lookup');
      await lookup.getByRole('searchbox', { name: /Tìm thủ tục/ }).fill('dang ky khai sinh');
      await lookup.getByRole('button', { name: 'Đăng ký khai sinh', exact: true }).waitFor({ timeout: 15_000 });
      assertClean(page);
    } finally {
      await context.close();
    }
  });
});
