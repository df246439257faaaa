// The outbox across an outage and a "reload" (a new client with the same device storage), against
// the real API through the fault proxy: nothing lost, nothing stored twice (checked via the API).
import { expect } from '@open-wc/testing';
import { createClient, type OutboxEventDetail, ProblemError } from '../src/index.js';
import { scenario, SURVEY_ANSWERS, testEnv, waitFor } from './support/helpers.js';

/** Distinct real units per test so parallel test files never count each other's surveys. */
async function unitsFor(offset: number, n = 1): Promise<string[]> {
  const env = await testEnv();
  const page = await createClient({ baseUrl: env.api, cache: false }).listUnits({ province: '79', limit: 20 });
  return page.items.slice(offset, offset + n).map((u) => u.code);
}

async function surveyCount(unit: string): Promise<number> {
  const env = await testEnv();
  const stats = await createClient({ baseUrl: env.api, cache: false }).getUnitStats(unit, { cache: 'reload' });
  return stats.surveyResponses;
}

const opts = (name: string, storage: 'indexeddb' | 'localstorage' = 'indexeddb') => ({
  storage,
  name: `motcua-test-${name}-${Math.random().toString(36).slice(2, 8)}`,
  retryBaseMs: 100,
  maxRetryMs: 400,
});

describe('outbox', () => {
  it('sends at once when the API answers: status "sent" and a `sent` event', async () => {
    const s = await scenario('ob-ok');
    const [unit] = await unitsFor(0);
    const before = await surveyCount(unit!);
    const c = createClient({ baseUrl: s.baseUrl, cache: false, outbox: opts('ok') });
    const events: OutboxEventDetail[] = [];
    c.outbox.on('sent', (d) => events.push(d));
    const result = await c.outbox.submit('survey', { unit: unit!, answers: SURVEY_ANSWERS });
    expect(result.status).to.equal('sent');
    expect(events).to.have.length(1);
    expect(await c.outbox.pending()).to.have.length(0);
    expect(await surveyCount(unit!)).to.equal(before + 1);
    c.outbox.dispose();
  });

  for (const storage of ['indexeddb', 'localstorage'] as const) {
    it(`queues during an outage and sends after a reload, exactly once (${storage})`, async () => {
      const s = await scenario(`ob-out-${storage}`);
      const [unit] = await unitsFor(storage === 'indexeddb' ? 1 : 2);
      const before = await surveyCount(unit!);
      const options = opts(`out-${storage}`, storage);

      await s.down(true);
      const first = createClient({ baseUrl: s.baseUrl, cache: false, outbox: { ...options, autoFlush: false } });
      const queued: OutboxEventDetail[] = [];
      first.outbox.on('queued', (d) => queued.push(d));
      const result = await first.outbox.submit('survey', { unit: unit!, answers: SURVEY_ANSWERS, comment: 'Gửi khi mất mạng' });
      expect(result.status).to.equal('queued');
      expect(queued).to.have.length(1);
      expect(await first.outbox.pending()).to.have.length(1);
      first.outbox.dispose(); // the tab is closed

      await s.down(false);
      // "Reload": a new client, same device storage; its outbox sends what is waiting on start.
      const second = createClient({ baseUrl: s.baseUrl, cache: false, outbox: options });
      const sent: OutboxEventDetail[] = [];
      second.outbox.on('sent', (d) => sent.push(d));
      await waitFor(() => sent.length === 1, 8000, 'the queued survey to be sent');
      expect(sent[0]!.id).to.equal(result.id);
      expect(await second.outbox.pending()).to.have.length(0);
      expect(await surveyCount(unit!)).to.equal(before + 1);
      const keys = (await s.log()).map((r) => r.idempotencyKey);
      expect(new Set(keys)).to.deep.equal(new Set([result.id]));
      second.outbox.dispose();
    });
  }

  it('an answer lost on the way back is resent with its key and stored once', async () => {
    const s = await scenario('ob-lost');
    const [unit] = await unitsFor(3);
    const before = await surveyCount(unit!);
    const c = createClient({ baseUrl: s.baseUrl, cache: false, outbox: opts('lost') });
    await s.faults({ type: 'lose-response' }, { type: 'status', status: 503 });
    const result = await c.outbox.submit('survey', { unit: unit!, answers: SURVEY_ANSWERS });
    expect(result.status).to.equal('queued');
    await waitFor(async () => (await c.outbox.pending()).length === 0, 8000, 'the outbox to empty');
    const log = await s.log();
    expect(log.map((r) => r.outcome)).to.deep.equal(['lose-response', 'status', 'pass']);
    expect(new Set(log.map((r) => r.idempotencyKey)).size).to.equal(1);
    expect(await surveyCount(unit!)).to.equal(before + 1);
    c.outbox.dispose();
  });

  it('sends when the `online` event fires', async () => {
    const s = await scenario('ob-online');
    const [unit] = await unitsFor(4);
    const c = createClient({ baseUrl: s.baseUrl, cache: false, outbox: { ...opts('online'), retryBaseMs: 60_000, maxRetryMs: 60_000 } });
    await s.down(true);
    expect((await c.outbox.submit('survey', { unit: unit!, answers: SURVEY_ANSWERS })).status).to.equal('queued');
    await s.down(false);
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await c.outbox.pending()).length === 0, 5000, 'the online flush');
    c.outbox.dispose();
  });

  it('a definitive 4xx drops the item, rejects with the problem and fires `failed`', async () => {
    const s = await scenario('ob-422');
    const c = createClient({ baseUrl: s.baseUrl, cache: false, outbox: opts('422') });
    const failed: OutboxEventDetail[] = [];
    c.outbox.on('failed', (d) => failed.push(d));
    const error = await c.outbox.submit('survey', { unit: '25459', answers: { ...SURVEY_ANSWERS, feedback: 0 as 1 } }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).errors.map((e) => e.field)).to.include('body.answers.feedback');
    expect(failed).to.have.length(1);
    expect(await c.outbox.pending()).to.have.length(0);
    c.outbox.dispose();
  });

  it('two tabs flushing the same storage send each item once', async () => {
    const s = await scenario('ob-tabs');
    const [unit] = await unitsFor(5);
    const before = await surveyCount(unit!);
    const options = { ...opts('tabs'), autoFlush: false };
    await s.down(true);
    const writer = createClient({ baseUrl: s.baseUrl, cache: false, outbox: options });
    await writer.outbox.submit('survey', { unit: unit!, answers: SURVEY_ANSWERS });
    await writer.outbox.submit('survey', { unit: unit!, answers: { ...SURVEY_ANSWERS, result: 5 } });
    await s.down(false);
    const a = createClient({ baseUrl: s.baseUrl, cache: false, outbox: options });
    const b = createClient({ baseUrl: s.baseUrl, cache: false, outbox: options });
    await Promise.all([a.outbox.flush(true), b.outbox.flush(true)]);
    expect(await a.outbox.pending()).to.have.length(0);
    expect(await surveyCount(unit!)).to.equal(before + 2);
    const sends = (await s.log()).filter((r) => r.outcome === 'pass');
    expect(sends).to.have.length(2);
  });

  it('evaluations go through the outbox too', async () => {
    const env = await testEnv();
    const s = await scenario('ob-eval');
    const c = createClient({ baseUrl: s.baseUrl, cache: false, outbox: opts('eval') });
    const criteria = (await createClient({ baseUrl: env.api }).getEvaluationCriteria()).items;
    const answers = Object.fromEntries(criteria.filter((cr) => !cr.measured).map((cr) => [cr.id, 1]));
    await s.faults({ type: 'status', status: 503 });
    const body = { code: '000.00.30.H20-261120-0005', verifier: '4019', answers, satisfaction: 'satisfied' } as Parameters<typeof c.submitEvaluation>[0];
    const result = await c.outbox.submit('evaluation', body);
    expect(result.status).to.equal('queued');
    await waitFor(async () => (await c.outbox.pending()).length === 0, 8000, 'the evaluation to be sent');
    const view = await createClient({ baseUrl: env.api, cache: false }).lookupDossier({ code: body.code, verifier: '4019' });
    expect(view.evaluated).to.equal(true);
    c.outbox.dispose();
  });

  it('follow: hears the outcome of one queued item, once; stopped, hears nothing', async () => {
    const s = await scenario('ob-follow');
    const [a, b] = await unitsFor(6, 2);
    const c = createClient({ baseUrl: s.baseUrl, cache: false, outbox: { ...opts('follow'), autoFlush: false } });
    await s.down(true);
    const first = await c.outbox.submit('survey', { unit: a!, answers: SURVEY_ANSWERS });
    const second = await c.outbox.submit('survey', { unit: b!, answers: SURVEY_ANSWERS });
    expect([first.status, second.status]).to.deep.equal(['queued', 'queued']);
    // The second item is heard (sent after the first: a listener that did not tell items apart
    // would hear the first's answer); the first is followed and stopped at once.
    const heard: unknown[] = [];
    let refusals = 0;
    c.outbox.follow(second.id, { sent: (response) => heard.push(response), failed: () => refusals++ });
    const notHeard: unknown[] = [];
    c.outbox.follow(first.id, { sent: (response) => notHeard.push(response) })();
    await s.down(false);
    await c.outbox.flush(true);
    await waitFor(async () => (await c.outbox.pending()).length === 0, 8000, 'both items to be sent');
    expect(heard).to.have.length(1);
    expect((heard[0] as { unit: string }).unit).to.equal(b);
    expect(notHeard).to.have.length(0);
    expect(refusals).to.equal(0);
    c.outbox.dispose();
  });
});
