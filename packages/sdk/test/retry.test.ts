// Retries, timeouts and aborts through the fault-injecting proxy in front of the real API.
import { expect } from '@open-wc/testing';
import { createClient, NetworkError, ProblemError, RateLimitedError, TimeoutError } from '../src/index.js';
import { scenario, SURVEY_ANSWERS } from './support/helpers.js';

const fast = { cache: false as const, retryBaseMs: 20 };

describe('retries and timeouts', () => {
  it('a GET retries after dropped connections and succeeds', async () => {
    const s = await scenario('drop');
    await s.faults({ type: 'drop' }, { type: 'drop' });
    const result = await createClient({ baseUrl: s.baseUrl, ...fast }).listProvinces();
    expect(result.items).to.have.length(34);
    // (Chrome may itself retry a GET once on a reset keep-alive socket: count outcomes, not requests.)
    const outcomes = (await s.log()).map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'drop')).to.have.length(2);
    expect(outcomes.at(-1)).to.equal('pass');
  });

  it('an outage ends in a NetworkError after the retries', async () => {
    const s = await scenario('drop4');
    await s.down(true);
    const error = await createClient({ baseUrl: s.baseUrl, ...fast }).listProvinces().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).code).to.equal('network');
    // At least 1 + 3 attempts (Chrome adds its own retries of reset keep-alive sockets).
    expect((await s.log()).length).to.be.at.least(4);
  });

  it('makes exactly 1 + 3 attempts, then throws the last ProblemError', async () => {
    const s = await scenario('503x4');
    const fault = { type: 'status', status: 503 } as const;
    await s.faults(fault, fault, fault, fault, fault);
    const error = await createClient({ baseUrl: s.baseUrl, ...fast }).listProvinces().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).status).to.equal(503);
    expect(await s.log()).to.have.length(4);
  });

  it('backs off exponentially with jitter between attempts', async () => {
    const s = await scenario('backoff');
    const fault = { type: 'status', status: 502 } as const;
    await s.faults(fault, fault, fault);
    await createClient({ baseUrl: s.baseUrl, cache: false, retryBaseMs: 100 }).listProvinces();
    const at = (await s.log()).map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // base·2ⁿ·[0.5, 1]: ≥ 50, ≥ 100, ≥ 200 ms
    expect(gaps[0]).to.be.at.least(45);
    expect(gaps[1]).to.be.at.least(95);
    expect(gaps[2]).to.be.at.least(195);
  });

  it('honours Retry-After (seconds) on 503', async () => {
    const s = await scenario('503');
    await s.faults({ type: 'status', status: 503, retryAfter: 1 });
    const started = performance.now();
    await createClient({ baseUrl: s.baseUrl, ...fast }).listFields();
    const elapsed = performance.now() - started;
    expect(elapsed).to.be.greaterThan(950);
    const log = await s.log();
    expect(log.map((r) => r.outcome)).to.deep.equal(['status', 'pass']);
    expect(log[1]!.at - log[0]!.at).to.be.greaterThan(950);
  });

  it('honours Retry-After given as an HTTP date on 429', async () => {
    const s = await scenario('429date');
    await s.faults({ type: 'status', status: 429, retryAfter: new Date(Date.now() + 2000).toUTCString() });
    const started = performance.now();
    await createClient({ baseUrl: s.baseUrl, ...fast }).listFields();
    expect(performance.now() - started).to.be.greaterThan(900);
  });

  it('429 with a long Retry-After is not waited for: RateLimitedError(retryAfterSeconds)', async () => {
    const s = await scenario('429');
    await s.faults({ type: 'status', status: 429, retryAfter: 120 });
    const error = await createClient({ baseUrl: s.baseUrl, ...fast }).listFields().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(120);
    expect((error as RateLimitedError).code).to.equal('rate-limited');
    expect(await s.log()).to.have.length(1);
  });

  it('an answer slower than the timeout is a TimeoutError', async () => {
    const s = await scenario('slow');
    await s.faults({ type: 'delay', ms: 2000 });
    const started = performance.now();
    const error = await createClient({ baseUrl: s.baseUrl, ...fast, timeoutMs: 300, retries: 0 })
      .listFields()
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(performance.now() - started).to.be.lessThan(1500);
  });

  it('a timed-out GET is retried and succeeds', async () => {
    const s = await scenario('slow2');
    await s.faults({ type: 'delay', ms: 1500 });
    const result = await createClient({ baseUrl: s.baseUrl, ...fast, timeoutMs: 500 }).listProvinces();
    expect(result.items).to.have.length(34);
    expect((await s.log()).map((r) => r.outcome)).to.deep.equal(['delay', 'pass']);
  });

  it("the caller's AbortSignal cancels at once, also during a backoff", async () => {
    const s = await scenario('abort');
    await s.faults({ type: 'status', status: 503, retryAfter: 5 });
    const controller = new AbortController();
    const pending = createClient({ baseUrl: s.baseUrl, ...fast }).listFields({}, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 300);
    const error = (await pending) as DOMException;
    expect(error.name).to.equal('AbortError');
  });

  it('a keyed write is retried with the same Idempotency-Key: one record although the first answer was lost', async () => {
    const s = await scenario('write');
    const c = createClient({ baseUrl: s.baseUrl, ...fast });
    await s.faults({ type: 'lose-response' });
    const response = await c.submitSurvey({ unit: '25459', answers: SURVEY_ANSWERS }, { idempotencyKey: crypto.randomUUID() });
    const log = await s.log();
    expect(log.map((r) => r.outcome)).to.deep.equal(['lose-response', 'pass']);
    expect(log[0]!.idempotencyKey).to.equal(log[1]!.idempotencyKey);
    expect(log[0]!.status).to.equal(201); // stored the first time…
    expect(response.id).to.be.a('string'); // …and the replay answered with that same record
  });

  it('a 4xx problem is not retried', async () => {
    const s = await scenario('4xx');
    const error = await createClient({ baseUrl: s.baseUrl, ...fast })
      .lookupDossier({ code: '000.00.25.H53-261112-0021', verifier: '1111' })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    expect(await s.log()).to.have.length(1);
  });
});
