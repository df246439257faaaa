// The citizen journeys of issue 7, end to end: the demo ward portal served by the real product
// server (`node scripts/start.mjs --no-build`), the widgets loaded only through the snippet, in
// Debian's Chromium. Each journey is checked by what the citizen sees and by what the API stored.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, describeProblems, EXPECTED_HTTP, newPage, startProductAndBrowser, unexpectedConsole, widgetReady } from './support/harness.mjs';

const { product, browser } = await startProductAndBrowser();

async function stats() {
  const res = await fetch(`${product.url}/v1/units/${DEMO.unit}/stats`, { headers: { 'cache-control': 'no-cache' } });
  assert.equal(res.status, 200);
  return res.json();
}

/** Answers every rating question inside `scope` with its last (best) level. */
async function answerAll(scope) {
  const questions = scope.locator('mc-rating-scale');
  await questions.first().waitFor();
  const n = await questions.count();
  assert.ok(n > 0, 'the survey shows rating questions');
  for (let i = 0; i < n; i++) {
    const question = questions.nth(i);
    // One question per screen on narrow phones: go on with "next" when the question is hidden.
    if (!(await question.isVisible())) {
      await scope.getByRole('button', { name: /tiếp|next/i }).first().click();
    }
    await question.getByRole('radio').last().check();
  }
  return n;
}

/**
 * Each journey asserts what the citizen sees, and no uncaught exception; Content-Security-Policy
 * violations and console errors met along the way are gathered here and asserted by the last test,
 * so that a policy problem does not hide whether the journeys themselves work.
 */
const seen = [];
function noProblems(page, journey, allow = []) {
  const p = page.problems;
  seen.push({ journey, csp: [...p.csp], console: unexpectedConsole(p.console, { allow }) });
  p.csp.length = 0;
  p.console.length = 0;
  assert.deepEqual(p.pageErrors, [], describeProblems(p));
}

describe('citizen journeys on the demo ward portal', () => {
  test('search without diacritics, open a procedure, pick a case, tick components, reload: ticks kept', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/`);
      await widgetReady(page, 'mc-procedure-lookup');
      const lookup = page.locator('mc-procedure-lookup');
      await lookup.getByRole('searchbox', { name: /Tìm thủ tục/ }).fill('dang ky khai sinh');
      // The results of this search (not the first page of the whole catalog shown before typing).
      await lookup.getByRole('status').filter({ hasText: /cho “dang ky khai sinh”/ }).waitFor({ timeout: 15_000 });
      const result = lookup.getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
      assert.equal(await result.getAttribute('href'), '/thu-tuc.html?ma=1.001193', 'link-template applied');
      await Promise.all([page.waitForURL(/\/thu-tuc\.html\?ma=1\.001193$/), result.click()]);

      await widgetReady(page, 'mc-dossier-checklist');
      const checklist = page.locator('mc-dossier-checklist');
      await assert.doesNotReject(checklist.getByText('Đăng ký khai sinh', { exact: false }).first().waitFor());
      const cases = checklist.getByRole('radio');
      await cases.first().waitFor();
      const caseCount = await cases.count();
      assert.ok(caseCount >= 2, `Đăng ký khai sinh offers several cases (got ${caseCount})`);
      const caseLabel = await cases.nth(1).evaluate((input) => input.labels?.[0]?.textContent?.trim() ?? '');
      await cases.nth(1).check();

      const boxes = checklist.getByRole('checkbox');
      await boxes.first().waitFor();
      const total = await boxes.count();
      assert.ok(total >= 2, `the case lists components (got ${total})`);
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await assert.doesNotReject(checklist.getByText(new RegExp(`2\\s*(/|trên)\\s*${total}`)).first().waitFor({ timeout: 5_000 }), 'progress "2 trên N"');

      await page.reload();
      await widgetReady(page, 'mc-dossier-checklist');
      const chosen = page.locator('mc-dossier-checklist').getByRole('radio', { name: caseLabel, exact: true });
      await chosen.waitFor();
      if (!(await chosen.isChecked())) await chosen.check(); // the case itself may not be remembered
      const after = page.locator('mc-dossier-checklist').getByRole('checkbox');
      await after.first().waitFor();
      assert.equal(await after.nth(0).isChecked(), true, 'first tick kept after reload');
      assert.equal(await after.nth(1).isChecked(), true, 'second tick kept after reload');
      assert.equal(await after.nth(2).isChecked().catch(() => false), false, 'untouched component still unticked');
      noProblems(page, 'procedure search and checklist');
    } finally {
      await context.close();
    }
  });

  test('track a dossier: a wrong verifier reads as not found, the right one shows the timeline; the overdue one its apology and new date', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/tra-cuu-ho-so.html`);
      await widgetReady(page, 'mc-status-tracker');
      const tracker = page.locator('mc-status-tracker');
      const code = tracker.getByRole('textbox', { name: /Mã hồ sơ/ });
      const verifier = tracker.getByRole('textbox', { name: /4 số cuối/ });
      const submit = tracker.getByRole('button', { name: 'Xem tình trạng' });

      const lookUp = async (c, v) => {
        await code.fill(c);
        await verifier.fill(v);
        const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/v1/dossiers/lookup')), submit.click()]);
        return res.status();
      };
      const outcome = () => tracker.evaluate((el) => el.shadowRoot.querySelector('.outcome')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

      assert.equal(await lookUp(DEMO.overdue.code, '0000'), 404);
      await tracker.getByText('Không tìm thấy hồ sơ').first().waitFor({ timeout: 10_000 });
      const wrongVerifier = await outcome();
      assert.equal(await tracker.getByText('Quá trình xử lý hồ sơ').count(), 0, 'no timeline for a wrong verifier');

      // An unknown code reads exactly the same.
      assert.equal(await lookUp('000.00.25.H53-261102-9999', DEMO.overdue.verifier), 404);
      await tracker.getByText('Không tìm thấy hồ sơ').first().waitFor({ timeout: 10_000 });
      assert.equal(await outcome(), wrongVerifier, 'a wrong verifier and an unknown code read the same');

      assert.equal(await lookUp(DEMO.overdue.code, DEMO.overdue.verifier), 200);
      await tracker.getByText('Quá trình xử lý hồ sơ').first().waitFor({ timeout: 10_000 });
      const steps = tracker.locator('mc-timeline').getByRole('listitem');
      assert.ok((await steps.count()) >= 1, 'the timeline lists the hand-offs');
      const apology = tracker.locator('[part~="apology"]');
      await apology.waitFor();
      const apologyText = await apology.evaluate((el) => `${el.getAttribute('heading') ?? ''} ${el.textContent ?? ''} ${el.shadowRoot?.textContent ?? ''}`);
      assert.match(apologyText, /xin lỗi/i);
      assert.match(apologyText, DEMO.overdue.newDate, `the apology gives the new date: ${apologyText}`);
      noProblems(page, 'dossier tracking', [EXPECTED_HTTP.notFoundLookup]);
    } finally {
      await context.close();
    }
  });

  test('evaluate a resolved dossier from the tracker; a second evaluation is refused politely', async () => {
    const before = await stats();
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/tra-cuu-ho-so.html`);
      await widgetReady(page, 'mc-status-tracker');
      const tracker = page.locator('mc-status-tracker');
      await tracker.getByRole('textbox', { name: /Mã hồ sơ/ }).fill(DEMO.resolved.code);
      await tracker.getByRole('textbox', { name: /4 số cuối/ }).fill(DEMO.resolved.verifier);
      await tracker.getByRole('button', { name: 'Xem tình trạng' }).click();
      const open = tracker.getByRole('button', { name: 'Đánh giá việc giải quyết hồ sơ' });
      await open.waitFor({ timeout: 10_000 });
      await open.click();
      const survey = tracker.locator('mc-satisfaction-survey');
      const answered = await answerAll(survey);
      assert.ok(answered >= 3, `criteria from the API (got ${answered})`);
      await survey.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await survey.getByText('Đánh giá của bạn đã được ghi nhận', { exact: false }).first().waitFor({ timeout: 10_000 });
      const afterFirst = await stats();
      assert.equal(afterFirst.evaluationResponses, before.evaluationResponses + 1, 'one evaluation stored');
      noProblems(page, 'evaluation from the tracker');

      // A second evaluation of the same dossier, typed on the survey page.
      await page.goto(`${product.url}/danh-gia.html`);
      await widgetReady(page, 'mc-satisfaction-survey[mode="dossier"]');
      const again = page.locator('mc-satisfaction-survey[mode="dossier"]');
      await again.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(DEMO.resolved.code);
      await again.getByRole('textbox', { name: /4 số cuối/ }).fill(DEMO.resolved.verifier);
      await answerAll(again);
      await again.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await again.getByText('Hồ sơ này đã được đánh giá').first().waitFor({ timeout: 10_000 });
      const afterSecond = await stats();
      assert.equal(afterSecond.evaluationResponses, afterFirst.evaluationResponses, 'the second evaluation is not stored');
      noProblems(page, 'second evaluation', [EXPECTED_HTTP.conflictEvaluation]);
    } finally {
      await context.close();
    }
  });

  test('a general survey submitted while the network is cut is stored exactly once when it returns', async () => {
    const before = await stats();
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/danh-gia.html`);
      await widgetReady(page, 'mc-satisfaction-survey[mode="general"]');
      const survey = page.locator('mc-satisfaction-survey[mode="general"]');
      const answered = await answerAll(survey);
      assert.equal(answered, 5, 'the five SIPAS factors');
      await context.setOffline(true);
      await survey.getByRole('button', { name: 'Gửi phiếu' }).click();
      await survey.getByText('Đã lưu trên máy này, sẽ tự gửi khi có mạng').first().waitFor({ timeout: 15_000 });
      assert.equal((await stats()).surveyResponses, before.surveyResponses, 'nothing reached the server while offline');

      await context.setOffline(false);
      await survey.getByText('Đã gửi xong câu trả lời của bạn.').first().waitFor({ timeout: 20_000 });
      assert.equal((await stats()).surveyResponses, before.surveyResponses + 1, 'exactly one response stored');

      // A reload (the outbox also flushes on page load) must not send it again.
      await page.reload();
      await widgetReady(page, 'mc-satisfaction-survey[mode="general"]');
      await page.waitForTimeout(1500);
      assert.equal((await stats()).surveyResponses, before.surveyResponses + 1, 'still exactly one response after a reload');
      noProblems(page, 'offline survey', [EXPECTED_HTTP.offline]);
    } finally {
      await context.close();
    }
  });

  test('the snippet\'s same-origin data-api="/" is resolved by the loader to this site\'s API', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${product.url}/`);
      await page.waitForFunction(() => customElements.get('mc-procedure-lookup') !== undefined || document.querySelector('mc-procedure-lookup')?.shadowRoot, null, { timeout: 15_000 });
      await page.waitForTimeout(1000);
      const state = await page.evaluate(() => {
        const el = document.querySelector('mc-procedure-lookup');
        return { api: el.getAttribute('api'), configError: el.shadowRoot?.querySelector('[part="config-error"]')?.textContent ?? null };
      });
      assert.equal(state.configError, null, `the loader refused data-api="/": ${state.configError}; console: ${page.problems.console.join(' | ')}`);
      assert.match(state.api ?? '', /^https?:\/\//, 'the widget gets an absolute API URL');
      await widgetReady(page, 'mc-procedure-lookup');
    } finally {
      await context.close();
    }
  });

  test('no Content-Security-Policy violation and no console error along the journeys', () => {
    const bad = seen.filter((j) => j.csp.length || j.console.length);
    assert.deepEqual(bad, [], describeProblems(bad));
  });
});
