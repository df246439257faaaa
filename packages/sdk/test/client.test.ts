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
import { scenario, SURVEY_ANSWERS, testEnv } from './support/helpers.js';

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
    // The citizen answers indicators 3–9 and the satisfaction rating; 1 and 2 come from the record.
    const criteria = await c.getEvaluationCriteria();
    const answers = Object.fromEntries(criteria.items.filter((cr) => !cr.measured).map((cr) => [cr.id, 2]));
    const body = { code: '000.00.30.H20-261110-0019', verifier: '8873', answers, satisfaction: 'satisfied' } as Parameters<typeof c.submitEvaluation>[0];
    const response = await c.submitEvaluation(body);
    expect(response.dossierCode).to.equal('000.00.30.H20-261110-0019');
    expect(response.score).to.be.at.least(14);
    expect(response.maxScore).to.equal(18);
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
        'submitFeedback', 'lookupFeedback', 'resolveFeedback', 'listUnitFeedback',
      ].sort(),
    );
    expect(validate(responseSchemas.listProvinces, { items: [] }, defs)).to.equal(null);
    expect(validate(responseSchemas.listProvinces, { items: [{ code: 'x' }] }, defs)?.path).to.match(/^items\[0\]\./);
  });

  it('allOf: the procedure detail without its unit (the part added to ProcedureDetail) is named', async () => {
    const s = await scenario('drift3');
    await s.faults({ type: 'mutate', path: 'unit' });
    const error = await createClient({ baseUrl: s.baseUrl, cache: false }).getProcedure('1.001193', { unit: '25459' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContractError);
    expect((error as ContractError).path).to.equal('unit');
    expect((error as ContractError).message).to.contain('unit: is missing');
  });
});

describe('the contract validator: shape checks on real answers', () => {
  let api: string;
  before(async function () {
    this.timeout(60_000);
    api = (await testEnv()).api;
  });
  // Real answers, unvalidated, then broken one way at a time.
  const raw = () => createClient({ baseUrl: api, cache: false, validate: false });
  const copy = <T>(v: T): T => structuredClone(v);
  const check = (op: keyof typeof responseSchemas, value: unknown) => validate(responseSchemas[op], value, defs);

  it('every kind of real answer conforms', async () => {
    const c = raw();
    expect(check('listUnits', await c.listUnits({ limit: 50 }))).to.equal(null);
    expect(check('getUnit', await c.getUnit('25459'))).to.equal(null);
    expect(check('listProvinces', await c.listProvinces())).to.equal(null);
    expect(check('listFields', await c.listFields())).to.equal(null);
    expect(check('searchProcedures', await c.searchProcedures({ q: 'khai sinh', limit: 20 }))).to.equal(null);
    expect(check('getProcedure', await c.getProcedure('1.001193', { unit: '25459' }))).to.equal(null);
    expect(check('getProcedure', await c.getProcedure('1.001193'))).to.equal(null);
    expect(check('getUnitStats', await c.getUnitStats('25459'))).to.equal(null);
    expect(check('getEvaluationCriteria', await c.getEvaluationCriteria())).to.equal(null);
    expect(check('lookupDossier', await c.lookupDossier({ code: '000.00.25.H53-261102-0003', verifier: '6072' }))).to.equal(null);
  });

  it('a missing required field; an optional one may be absent; extra fields are tolerated', async () => {
    const unit = copy(await raw().getUnit('25459')) as unknown as Record<string, unknown>;
    expect(check('getUnit', { ...unit, addedLater: { any: 'thing' } })).to.equal(null);
    delete unit.provinceName;
    expect(check('getUnit', unit)).to.deep.equal({ path: 'provinceName', message: 'is missing' });
    const result = copy(await raw().searchProcedures({ limit: 3 }));
    for (const item of result.items) delete (item as { score?: number }).score; // optional
    expect(check('searchProcedures', result)).to.equal(null);
  });

  it('a wrong JSON type, integer vs number included', async () => {
    const page = copy(await raw().listUnits({ limit: 3 }));
    expect(check('listUnits', { ...page, total: '3' })).to.deep.equal({ path: 'total', message: 'expected integer, got string' });
    expect(check('listUnits', { ...page, total: 3.5 })).to.deep.equal({ path: 'total', message: 'expected integer, got number' });
    expect(check('listUnits', { ...page, items: {} })).to.deep.equal({ path: 'items', message: 'expected array, got object' });
    expect(check('listUnits', [page])).to.deep.equal({ path: '(root)', message: 'expected object, got array' });
    expect(check('listUnits', undefined)).to.deep.equal({ path: '(root)', message: 'expected object, got undefined' });
    const stats = copy(await raw().getUnitStats('25459'));
    expect(check('getUnitStats', { ...stats, onTimeRate: 0.5 })).to.equal(null); // number: fractions are fine
    expect(check('getUnitStats', { ...stats, received: true })).to.deep.equal({ path: 'received', message: 'expected integer, got boolean' });
  });

  it('a value outside an enum (strings and numbers)', async () => {
    const page = copy(await raw().listUnits({ limit: 3 }));
    page.items[1]!.kind = 'Huyện' as 'Xã';
    expect(check('listUnits', page)).to.deep.equal({ path: 'items[1].kind', message: 'expected one of "Xã", "Phường", "Đặc khu", got "Huyện"' });
    const criteria = copy(await raw().getEvaluationCriteria());
    criteria.items[2]!.options[0]!.value = 3 as 2;
    expect(check('getEvaluationCriteria', criteria)).to.deep.equal({ path: 'items[2].options[0].value', message: 'expected one of 0, 1, 2, got 3' });
    criteria.items[2]!.options[0]!.value = '2' as unknown as 2;
    expect(check('getEvaluationCriteria', criteria)?.message).to.equal('expected one of 0, 1, 2, got "2"');
  });

  it('malformed dates and date-times', async () => {
    const view = copy(await raw().lookupDossier({ code: '000.00.25.H53-261102-0003', verifier: '6072' }));
    expect(check('lookupDossier', { ...view, receivedAt: '2026-11-02T08:00:00+07:00' })).to.equal(null);
    expect(check('lookupDossier', { ...view, receivedAt: '2026-11-02T01:00:00.123Z' })).to.equal(null);
    expect(check('lookupDossier', { ...view, receivedAt: '02/11/2026 08:00' })).to.deep.equal({
      path: 'receivedAt',
      message: '"02/11/2026 08:00" is not a valid date-time',
    });
    expect(check('lookupDossier', { ...view, receivedAt: '2026-11-02' })?.message).to.contain('is not a valid date-time');
    expect(check('lookupDossier', { ...view, receivedAt: 1762045200000 })).to.deep.equal({ path: 'receivedAt', message: 'expected string, got number' });
    const stats = copy(await raw().getUnitStats('25459'));
    expect(check('getUnitStats', { ...stats, period: { ...stats.period, to: '2026-11-02T00:00:00Z' } })).to.deep.equal({
      path: 'period.to',
      message: '"2026-11-02T00:00:00Z" is not a valid date',
    });
  });

  it('nullability: null where allowed, "or null" in the message, null where not allowed', async () => {
    const unit = copy(await raw().getUnit('25459'));
    expect(check('getUnit', { ...unit, contact: null })).to.equal(null);
    expect(check('getUnit', { ...unit, contact: 'none' })).to.deep.equal({ path: 'contact', message: 'expected object or null, got string' });
    expect(check('getUnit', { ...unit, contact: { address: null, phone: null, email: null, hotline: null } })).to.equal(null);
    expect(check('getUnit', { ...unit, contact: { address: null, phone: 5, email: null, hotline: null } })).to.deep.equal({
      path: 'contact.phone',
      message: 'expected string or null, got number',
    });
    expect(check('getUnit', { ...unit, name: null })).to.deep.equal({ path: 'name', message: 'expected string, got null' });
    const view = copy(await raw().lookupDossier({ code: '000.00.25.H53-261102-0003', verifier: '6072' }));
    expect(check('lookupDossier', { ...view, appointmentDate: null, daysLeft: null })).to.equal(null);
    expect(check('lookupDossier', { ...view, appointmentDate: 'soon' })?.message).to.equal('"soon" is not a valid date-time');
  });

  it('nested objects in arrays: the path names every step', async () => {
    const detail = copy(await raw().getProcedure('1.001193', { unit: '25459' }));
    const cases = detail.cases as unknown as { components: Record<string, unknown>[] }[];
    const i = cases.findIndex((c) => c.components.length > 1);
    expect(i).to.be.at.least(0);
    cases[i]!.components[1]!.copies = '1';
    expect(check('getProcedure', detail)).to.deep.equal({ path: `cases[${i}].components[1].copies`, message: 'expected integer, got string' });
    const other = copy(await raw().getProcedure('1.001193'));
    delete (other.channels[0]!.timeLimit as Partial<typeof other.channels[0]['timeLimit']>).unit;
    expect(check('getProcedure', other)).to.deep.equal({ path: 'channels[0].timeLimit.unit', message: 'is missing' });
  });

  it('allOf: both parts are checked (ProcedureDetail & { unit }, UnitDetail = Unit & { contact })', async () => {
    const detail = copy(await raw().getProcedure('1.001193', { unit: '25459' })) as unknown as Record<string, unknown>;
    expect(check('getProcedure', { ...detail, unit: null })).to.equal(null);
    const { unit, ...withoutUnit } = detail;
    expect(check('getProcedure', withoutUnit)).to.deep.equal({ path: 'unit', message: 'is missing' });
    expect(check('getProcedure', { ...detail, aliases: undefined })).to.deep.equal({ path: 'aliases', message: 'expected array, got undefined' });
    const { kind, ...unitWithoutKind } = unit as Record<string, unknown>;
    expect(kind).to.be.a('string');
    expect(check('getProcedure', { ...detail, unit: unitWithoutKind })).to.deep.equal({ path: 'unit.kind', message: 'is missing' });
    // The encoding's `&T` directly: an object must match every part.
    const own = { Base: '{a:i,b?:s}' };
    expect(validate('{&@Base,c:=x|y}', { a: 1, c: 'x' }, own)).to.equal(null);
    expect(validate('{&@Base,c:=x|y}', { a: 1.5, c: 'x' }, own)).to.deep.equal({ path: 'a', message: 'expected integer, got number' });
    expect(validate('{&@Base,c:=x|y}', { a: 1 }, own)).to.deep.equal({ path: 'c', message: 'is missing' });
    expect(validate('{&{d:b},e:[[?n}', { d: true, e: [[1, null], []] }, own)).to.equal(null);
    expect(validate('{&{d:b},e:[[?n}', { d: true, e: [[1, 'x']] }, own)).to.deep.equal({ path: 'e[0][1]', message: 'expected number or null, got string' });
    expect(validate('{}', {}, own)).to.equal(null);
  });

  it('value constraints are not checked, on purpose (patterns, lengths, bounds: the server validates its input)', async () => {
    const page = copy(await raw().listUnits({ limit: 3 }));
    page.items[0]!.code = 'not-5-digits';
    page.items[0]!.name = '';
    page.total = -1;
    expect(check('listUnits', page)).to.equal(null);
  });
});

describe('Retry-After', () => {
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
