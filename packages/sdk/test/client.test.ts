// Every client method against the real, seeded apps/api server (no mocked fetch); contract
// validation, problem errors with field errors, the catalog cache (ETag, stale-while-revalidate,
// in-flight dedupe) observed through the proxy's request log.
import { expect } from '@open-wc/testing';
import {
  CatalogCache,
  ContractError,
  createClient,
  getClient,
  parseRetryAfter,
  ProblemError,
  validate,
} from '../src/index.js';
import { defs, operations, responseSchemas } from '../src/client/contract.generated.js';
import { scenario, SURVEY_ANSWERS, testEnv } from './helpers.js';

describe('client against the real API', () => {
  let api: string;
  before(async function () {
    this.timeout(60_000);
    api = (await testEnv()).api;
  });
  const client = () => createClient({ baseUrl: api, cache: false });

  it('listProvinces: the 34 provinces', async () => {
    const { items } = await client().listProvinces();
    expect(items).to.have.length(34);
    expect(items.map((p) => p.code)).to.include('01');
  });

  it('listUnits: paginated, filtered by province', async () => {
    const page = await client().listUnits({ province: '01', limit: 5 });
    expect(page.items).to.have.length(5);
    expect(page.total).to.be.greaterThan(5);
    expect(page.items.every((u) => u.provinceCode === '01')).to.equal(true);
  });

  it('getUnit: Phường Tân Ninh with its contact', async () => {
    const unit = await client().getUnit('25459');
    expect(unit.code).to.equal('25459');
    expect(unit.fullName).to.contain('Tân Ninh');
    expect(unit).to.have.property('contact');
  });

  it('listFields: the fields of the catalog', async () => {
    const { items } = await client().listFields();
    expect(items.length).to.be.greaterThanOrEqual(6);
    expect(items.map((f) => f.code)).to.include('ho-tich');
  });

  it('searchProcedures: without diacritics, the birth registration first', async () => {
    const result = await client().searchProcedures({ q: 'dang ky khai sinh', limit: 5 });
    expect(result.total).to.be.greaterThan(0);
    expect(result.items[0]!.name.toLowerCase()).to.contain('khai sinh');
  });

  it('getProcedure: detail with the unit when asked by unit', async () => {
    const detail = await client().getProcedure('1.001193', { unit: '25459' });
    expect(detail.code).to.equal('1.001193');
    expect(detail.cases.length).to.be.greaterThan(0);
    expect(detail.unit?.code).to.equal('25459');
  });

  it('getUnitStats: the 12-month figures', async () => {
    const stats = await client().getUnitStats('25459');
    expect(stats.unit).to.equal('25459');
    expect(stats.monthly.length).to.be.at.most(12);
    expect(stats.surveyResponses).to.be.a('number');
  });

  it('getEvaluationCriteria: the nine default criteria, 18 points', async () => {
    const criteria = await client().getEvaluationCriteria();
    expect(criteria.items).to.have.length(9);
    expect(criteria.maxScore).to.equal(18);
  });

  it('lookupDossier: the right verifier shows the dossier, the wrong one is a 404 problem', async () => {
    const view = await client().lookupDossier({ code: '000.00.25.H53-261102-0003', verifier: '6072' });
    expect(view.status.id).to.equal('in-progress');
    expect(view.applicantNameMasked).to.contain('*');
    const error = await client()
      .lookupDossier({ code: '000.00.25.H53-261102-0003', verifier: '0000' })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).status).to.equal(404);
    expect((error as ProblemError).code).to.equal('problem');
  });

  it('submitSurvey: 201 with an id; a replay with the same key returns the first answer', async () => {
    const c = client();
    const key = crypto.randomUUID();
    const first = await c.submitSurvey({ unit: '25459', answers: SURVEY_ANSWERS, comment: 'Thử nghiệm SDK' }, { idempotencyKey: key });
    const again = await c.submitSurvey({ unit: '25459', answers: SURVEY_ANSWERS, comment: 'Thử nghiệm SDK' }, { idempotencyKey: key });
    expect(first.id).to.be.a('string');
    expect(again.id).to.equal(first.id);
  });

  it('submitSurvey: an invalid body is a ProblemError naming each bad field', async () => {
    const error = await client()
      .submitSurvey({ unit: '25459', answers: { ...SURVEY_ANSWERS, access: 9 as 5 } })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem.status).to.equal(422);
    expect(problem.errors.map((e) => e.field)).to.include('body.answers.access');
    expect(problem.fieldError('body.answers.access')).to.be.a('string');
  });

  it('submitEvaluation: a resolved dossier is evaluated once; a second evaluation is a 409', async () => {
    const c = client();
    const answers = Object.fromEntries((await c.getEvaluationCriteria()).items.map((cr) => [cr.id, 2]));
    const body = { code: '000.00.30.H20-261110-0019', verifier: '8873', answers } as Parameters<typeof c.submitEvaluation>[0];
    const response = await c.submitEvaluation(body);
    expect(response.dossierCode).to.equal('000.00.30.H20-261110-0019');
    expect(response.score).to.equal(18);
    const second = await c.submitEvaluation(body).catch((e: unknown) => e);
    expect(second).to.be.instanceOf(ProblemError);
    expect((second as ProblemError).status).to.equal(409);
  });

  it('getClient: one client per base URL', () => {
    expect(getClient(api)).to.equal(getClient(`${api}/`));
    expect(getClient(api)).not.to.equal(getClient('https://other.example'));
  });
});

describe('contract validation', () => {
  it('a drifting backend (a field retyped) gives a ContractError naming the path', async () => {
    const s = await scenario('drift');
    await s.faults({ type: 'mutate', path: 'items.0.code', value: 42 });
    const error = await createClient({ baseUrl: s.baseUrl, cache: false }).listProvinces().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContractError);
    expect((error as ContractError).path).to.equal('items[0].code');
    expect((error as ContractError).message).to.contain('listProvinces').and.contain('items[0].code');
  });

  it('a missing field is named too; extra fields are tolerated', async () => {
    const s = await scenario('drift2');
    await s.faults({ type: 'mutate', path: 'fullName' }, { type: 'mutate', path: 'addedLater', value: 'ok' });
    const c = createClient({ baseUrl: s.baseUrl, cache: false });
    const error = await c.getUnit('25459').catch((e: unknown) => e);
    expect((error as ContractError).path).to.equal('fullName');
    // (The browser's HTTP cache holds the broken answer for its max-age: go past it.)
    const unit = await c.getUnit('25459', { cache: 'reload' });
    expect(unit.code).to.equal('25459');
  });

  it('the generated table covers the public operations of the route table', () => {
    expect(Object.keys(operations).sort()).to.deep.equal(
      [
        'getEvaluationCriteria', 'getProcedure', 'getUnit', 'getUnitStats', 'listFields', 'listProvinces', 'listUnits',
        'lookupDossier', 'searchProcedures', 'submitEvaluation', 'submitSurvey',
      ].sort(),
    );
    expect(validate(responseSchemas.listProvinces, { items: [] }, defs)).to.equal(null);
    expect(validate(responseSchemas.listProvinces, { items: [{ code: 'x' }] }, defs)?.path).to.match(/^items\[0\]\./);
  });

  it('parseRetryAfter reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7')).to.equal(7);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });
});

describe('catalog cache', () => {
  it('concurrent identical GETs are made once', async () => {
    const s = await scenario('dedupe');
    const c = createClient({ baseUrl: s.baseUrl, cache: new CatalogCache(s.id, { storage: false }) });
    const [a, b, d] = await Promise.all([c.listFields(), c.listFields(), c.listFields()]);
    expect(a).to.equal(b);
    expect(a).to.equal(d);
    expect((await s.log()).filter((r) => r.path.startsWith('/v1/fields'))).to.have.length(1);
  });

  it('is shared by every client of a base URL (one per API, module-level)', async () => {
    const s = await scenario('shared');
    await createClient({ baseUrl: s.baseUrl }).listProvinces();
    await createClient({ baseUrl: s.baseUrl }).listProvinces();
    expect((await s.log()).length).to.equal(1);
  });

  it('stale-while-revalidate with ETag: answers at once, revalidates with If-None-Match, reuses on 304', async () => {
    const s = await scenario('swr');
    const cache = new CatalogCache(s.id, { storage: false, freshMs: 0, staleMs: 60_000 });
    const c = createClient({ baseUrl: s.baseUrl, cache });
    const first = await c.getEvaluationCriteria();
    const second = await c.getEvaluationCriteria(); // stale → served from cache, revalidated behind
    expect(second).to.equal(first);
    await new Promise((r) => setTimeout(r, 300));
    const log = await s.log();
    expect(log).to.have.length(2);
    expect(log[0]!.ifNoneMatch).to.equal(null);
    expect(log[1]!.ifNoneMatch).to.be.a('string');
    expect(log[1]!.status).to.equal(304);
  });

  it('serves an old answer when the network fails (stale-if-error), and persists to storage', async () => {
    const s = await scenario('sie');
    const storage = window.sessionStorage;
    const cache = new CatalogCache(s.id, { storage, freshMs: 0, staleMs: 0 });
    const c = createClient({ baseUrl: s.baseUrl, cache, retries: 0 });
    const fields = await c.listFields();
    await s.down(true);
    expect(await c.listFields()).to.deep.equal(fields);
    cache.save();
    const reloaded = new CatalogCache(s.id, { storage });
    expect(reloaded.size).to.equal(1);
    await s.down(false);
  });
});
