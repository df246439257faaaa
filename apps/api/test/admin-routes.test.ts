// Write API on both databases: authentication (401), scopes (403), validation naming fields
// (422), upserts of procedures and dossiers, appending process-control rows, bootstrap key.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DossierViewSchema, DossierEventResultSchema, PROBLEM_TYPES, UpsertResultSchema, type DossierUpsertInput } from '@motcua/contracts';
import type { App } from '../src/app.js';
import { createApiKey, ensureBootstrapKey, listApiKeys, revokeApiKey } from '../src/security/api-keys.js';
import { BACKENDS, FIX, insertFixtures, jsonRequest, makeApp, newKey, openBackend, procedureDetail, type Backend } from './citizen-support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = (r: Response): Promise<any> => r.json();
const PROBLEM = /^application\/problem\+json/;

function fieldsOf(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((e) => e.field).sort();
}

function dossierBody(code: string, overrides: Partial<DossierUpsertInput> = {}): DossierUpsertInput {
  return {
    code,
    unit: FIX.unit,
    procedure: FIX.procedure,
    channel: 'in-person',
    status: 'accepted',
    currentStep: 'Tiếp nhận',
    receivedAt: '2026-03-09T09:00:00+07:00',
    appointmentDate: '2026-03-12T17:00:00+07:00',
    applicantName: 'Trần Thị Bích Ngọc',
    verifiers: { idLast4: '5566', phoneLast4: null },
    ...overrides,
  };
}

for (const kind of BACKENDS) {
  describe(`admin routes on ${kind}`, () => {
    let b: Backend;
    let app: App;
    let provinceKey: string;
    let unitKey: string;
    let otherProvinceKey: string;

    before(async () => {
      b = await openBackend(kind);
      await insertFixtures(b.db);
      app = makeApp(b.db);
      provinceKey = (await createApiKey(b.db, { scope: 'province:80', label: 'Tây Ninh one-stop' })).key;
      unitKey = (await createApiKey(b.db, { scope: `unit:${FIX.unit}` })).key;
      otherProvinceKey = (await createApiKey(b.db, { scope: 'province:01' })).key;
    });
    after(async () => {
      await b.close();
    });

    const put = (path: string, key: string | null, body: unknown, extra: Record<string, string> = {}) =>
      app.request(path, jsonRequest('PUT', body, key ? { authorization: `Bearer ${key}`, ...extra } : extra));
    const post = (path: string, key: string | null, body: unknown, extra: Record<string, string> = {}) =>
      app.request(path, jsonRequest('POST', body, key ? { authorization: `Bearer ${key}`, ...extra } : extra));

    describe('authentication', () => {
      test('missing, malformed, unknown and revoked keys → 401 problem with WWW-Authenticate', async () => {
        const body = { ...procedureDetail('1.000001', 'Thử'), units: [] };
        const revoked = await createApiKey(b.db, { scope: 'province:80' });
        await revokeApiKey(b.db, revoked.record.prefix);
        for (const auth of [null, 'Basic abc', 'Bearer ', 'Bearer mc_live_unknownunknownunknown', `Bearer ${revoked.key}`]) {
          const res = await app.request('/v1/admin/procedures/1.000001', jsonRequest('PUT', body, auth ? { authorization: auth } : {}));
          assert.equal(res.status, 401, String(auth));
          assert.match(res.headers.get('content-type') ?? '', PROBLEM);
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
          assert.equal((await J(res)).type, PROBLEM_TYPES.unauthorized);
        }
      });

      test('keys are stored hashed; list shows prefixes; last use recorded', async () => {
        const rows = await b.db.query<{ key_hash: string; key_prefix: string }>('SELECT key_hash, key_prefix FROM api_keys');
        for (const r of rows.rows) {
          assert.match(r.key_hash, /^[0-9a-f]{64}$/);
          assert.notEqual(r.key_hash, provinceKey);
        }
        const listed = await listApiKeys(b.db);
        assert.ok(listed.some((k) => k.prefix === provinceKey.slice(0, 16) && k.scope === 'province:80' && k.label === 'Tây Ninh one-stop'));
      });

      test('bootstrap key: created once, idempotent, works province-wide', async () => {
        const value = 'bootstrap-secret-0123456789abcdef';
        assert.equal(await ensureBootstrapKey(b.db, value), 'created');
        assert.equal(await ensureBootstrapKey(b.db, value), 'exists');
        const listed = (await listApiKeys(b.db)).filter((k) => k.label === 'bootstrap');
        assert.equal(listed.length, 1);
        assert.equal(listed[0]!.scope, 'province:*');
        const res = await put(`/v1/admin/procedures/1.000002`, value, { ...procedureDetail('1.000002', 'Thủ tục thử nghiệm toàn quốc'), units: [FIX.otherUnit, FIX.unit] });
        assert.equal(res.status, 201);
        await assert.rejects(() => ensureBootstrapKey(b.db, 'short'));
      });
    });

    describe('PUT /v1/admin/procedures/{code}', () => {
      test('a province key creates (201) then updates (200) a procedure of its units', async () => {
        const body = { ...procedureDetail('1.009999', 'Đăng ký nuôi con nuôi trong nước'), units: [FIX.unit, FIX.unit2] };
        const created = await put('/v1/admin/procedures/1.009999', provinceKey, body);
        assert.equal(created.status, 201);
        assert.equal(UpsertResultSchema.parse(await J(created)).created, true);
        const updated = await put('/v1/admin/procedures/1.009999', provinceKey, { ...body, aliases: ['nhận con nuôi'] });
        assert.equal(updated.status, 200);
        assert.equal((await J(updated)).created, false);
        const detail = await app.request('/v1/procedures/1.009999');
        assert.equal(detail.status, 200);
        assert.deepEqual((await J(detail)).aliases, ['nhận con nuôi']);
      });

      test('units outside the scope → 403 naming them; unknown units → 422', async () => {
        const body = { ...procedureDetail('1.009998', 'Thử phạm vi'), units: [FIX.unit, FIX.otherUnit] };
        const res = await put('/v1/admin/procedures/1.009998', provinceKey, body);
        assert.equal(res.status, 403);
        const p = await J(res);
        assert.equal(p.type, PROBLEM_TYPES.forbidden);
        assert.deepEqual(fieldsOf(p), ['body.units.1']);
        const unknown = await put('/v1/admin/procedures/1.009998', provinceKey, { ...body, units: ['99999'] });
        assert.equal(unknown.status, 422);
        assert.deepEqual(fieldsOf(await J(unknown)), ['body.units.0']);
      });

      test('validation names fields; path and body codes must agree', async () => {
        const res = await put('/v1/admin/procedures/1.009997', provinceKey, { ...procedureDetail('1.009997', ''), level: 'district', units: [] });
        assert.equal(res.status, 422);
        assert.deepEqual(fieldsOf(await J(res)), ['body.level', 'body.name']);
        const mismatch = await put('/v1/admin/procedures/1.009997', provinceKey, { ...procedureDetail('1.009996', 'Khác mã'), units: [] });
        assert.equal(mismatch.status, 422);
        assert.deepEqual(fieldsOf(await J(mismatch)), ['body.code']);
        const badPath = await put('/v1/admin/procedures/abc', provinceKey, { ...procedureDetail('1.009996', 'Khác mã'), units: [] });
        assert.equal(badPath.status, 400);
        assert.deepEqual(fieldsOf(await J(badPath)), ['path.code']);
      });

      test('a province key replaces assignments only inside its province', async () => {
        // FIX.procedure is offered by 25459, 25460 (province 80) and 00004 (province 01).
        const body = { ...procedureDetail(FIX.procedure, 'Cấp Giấy xác nhận tình trạng hôn nhân'), units: [FIX.unit] };
        assert.equal((await put(`/v1/admin/procedures/${FIX.procedure}`, provinceKey, body)).status, 200);
        const units = await b.db.query<{ unit_code: string }>('SELECT unit_code FROM procedure_units WHERE procedure_code = $1 ORDER BY unit_code', [FIX.procedure]);
        assert.deepEqual(units.rows.map((r) => r.unit_code), [FIX.otherUnit, FIX.unit]);
      });

      test('a unit key may only set its own unit, and not rewrite a shared procedure', async () => {
        const shared = { ...procedureDetail(FIX.procedure, 'Cấp Giấy xác nhận tình trạng hôn nhân'), units: [FIX.unit2] };
        const other = await put(`/v1/admin/procedures/${FIX.procedure}`, unitKey, shared);
        assert.equal(other.status, 403);
        assert.deepEqual(fieldsOf(await J(other)), ['body.units.0']);
        const rewrite = await put(`/v1/admin/procedures/${FIX.procedure}`, unitKey, { ...shared, name: 'Tên khác', units: [FIX.unit] });
        assert.equal(rewrite.status, 403);
        // Same content, own unit removed: allowed, other units untouched.
        const same = await put(`/v1/admin/procedures/${FIX.procedure}`, unitKey, { ...shared, units: [] });
        assert.equal(same.status, 200);
        const units = await b.db.query<{ unit_code: string }>('SELECT unit_code FROM procedure_units WHERE procedure_code = $1 ORDER BY unit_code', [FIX.procedure]);
        assert.deepEqual(units.rows.map((r) => r.unit_code), [FIX.otherUnit]);
        // And back.
        assert.equal((await put(`/v1/admin/procedures/${FIX.procedure}`, unitKey, { ...shared, units: [FIX.unit] })).status, 200);
      });
    });

    describe('PUT /v1/admin/dossiers/{code}', () => {
      const code = '000.00.25.H56-260309-0042';

      test('creates a dossier with hashed verifiers; the citizen can look it up', async () => {
        const res = await put(`/v1/admin/dossiers/${code}`, provinceKey, dossierBody(code));
        assert.equal(res.status, 201);
        assert.equal(UpsertResultSchema.parse(await J(res)).created, true);
        const row = await b.db.query<{ verifier_hashes: string[]; verifier_salt: string }>('SELECT verifier_hashes, verifier_salt FROM dossiers WHERE code = $1', [code]);
        assert.equal(row.rows[0]!.verifier_hashes.length, 1);
        assert.ok(!JSON.stringify(row.rows[0]).includes('5566'));
        const view = await app.request('/v1/dossiers/lookup', jsonRequest('POST', { code, verifier: '5566' }));
        assert.equal(view.status, 200);
        assert.equal(DossierViewSchema.parse(await J(view)).applicantNameMasked, 'T*** T** B*** N***');
      });

      test('update (200) replaces the timeline when given', async () => {
        const res = await put(`/v1/admin/dossiers/${code}`, unitKey, {
          ...dossierBody(code, { status: 'in-progress' }),
          timeline: [
            { fromStep: 'Tiếp nhận', fromUnit: 'Bộ phận Một cửa', toStep: 'Thẩm định', toUnit: 'Tư pháp', handler: 'Công chức tiếp nhận', at: '2026-03-09T09:10:00+07:00', deadline: null, punctuality: 'on-time' },
          ],
        });
        assert.equal(res.status, 200);
        const n = await b.db.query<{ n: number }>('SELECT count(*) AS n FROM dossier_events WHERE dossier_code = $1', [code]);
        assert.equal(Number(n.rows[0]!.n), 1);
      });

      test('out of scope → 403; unknown unit/procedure → 422 naming fields; apology needs newAppointmentDate', async () => {
        const other = '000.00.01.H26-260309-0001';
        const res = await put(`/v1/admin/dossiers/${other}`, provinceKey, dossierBody(other, { unit: FIX.otherUnit }));
        assert.equal(res.status, 403);
        assert.deepEqual(fieldsOf(await J(res)), ['body.unit']);
        // An existing dossier of another province cannot be taken over.
        const takeover = await put(`/v1/admin/dossiers/${FIX.codes.otherProvince}`, provinceKey, dossierBody(FIX.codes.otherProvince));
        assert.equal(takeover.status, 403);
        const unit2 = await put(`/v1/admin/dossiers/${code}`, unitKey, dossierBody(code, { unit: FIX.unit2 }));
        assert.equal(unit2.status, 403);
        const unknown = await put(`/v1/admin/dossiers/${code}`, provinceKey, dossierBody(code, { unit: '99999', procedure: '9.999999' }));
        assert.equal(unknown.status, 422);
        assert.deepEqual(fieldsOf(await J(unknown)), ['body.procedure', 'body.unit']);
        const apology = await put(`/v1/admin/dossiers/${code}`, provinceKey, {
          ...dossierBody(code),
          apology: { issuedAt: '2026-03-12T10:00:00+07:00', reason: 'Chậm do xác minh' },
        });
        assert.equal(apology.status, 422);
        assert.deepEqual(fieldsOf(await J(apology)), ['body.apology.newAppointmentDate']);
        const noVerifier = await put(`/v1/admin/dossiers/${code}`, provinceKey, { ...dossierBody(code), verifiers: { idLast4: '12345', phoneLast4: null } });
        assert.equal(noVerifier.status, 422);
        assert.deepEqual(fieldsOf(await J(noVerifier)), ['body.verifiers.idLast4']);
      });
    });

    describe('POST /v1/admin/dossiers/{code}/events', () => {
      const code = '000.00.25.H56-260309-0042';
      const event = {
        fromStep: 'Thẩm định',
        fromUnit: 'Tư pháp',
        toStep: 'Trả kết quả',
        toUnit: 'Bộ phận Một cửa',
        handler: 'Công chức tư pháp',
        at: '2026-03-11T15:00:00+07:00',
        deadline: '2026-03-12T17:00:00+07:00',
        punctuality: 'early',
        status: 'resolved',
      };

      test('appends a row and changes the status; the citizen may now evaluate', async () => {
        const res = await post(`/v1/admin/dossiers/${code}/events`, provinceKey, event);
        assert.equal(res.status, 201);
        const r = DossierEventResultSchema.parse(await J(res));
        assert.equal(r.status.id, 'resolved');
        assert.equal(r.timelineLength, 2);
        const view = DossierViewSchema.parse(await J(await app.request('/v1/dossiers/lookup', jsonRequest('POST', { code, verifier: '5566' }))));
        assert.equal(view.canEvaluate, true);
        assert.equal(view.currentStep, 'Trả kết quả');
        assert.equal(view.timeline.length, 2);
      });

      test('with an Idempotency-Key, a replay appends nothing', async () => {
        const key = newKey();
        const again = { ...event, status: 'result-returned', at: '2026-03-12T09:00:00+07:00', punctuality: 'on-time' };
        const first = await post(`/v1/admin/dossiers/${code}/events`, provinceKey, again, { 'idempotency-key': key });
        assert.equal(first.status, 201);
        const replay = await post(`/v1/admin/dossiers/${code}/events`, provinceKey, again, { 'idempotency-key': key });
        assert.equal(replay.status, 201);
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(await J(replay), await J(first));
        const n = await b.db.query<{ n: number }>('SELECT count(*) AS n FROM dossier_events WHERE dossier_code = $1', [code]);
        assert.equal(Number(n.rows[0]!.n), 3);
      });

      test('a dossier outside the scope answers 404 like a missing one; bad rows name fields', async () => {
        const res = await post(`/v1/admin/dossiers/${code}/events`, otherProvinceKey, event);
        assert.equal(res.status, 404);
        const missing = await post('/v1/admin/dossiers/000.00.25.H56-260309-0999/events', provinceKey, event);
        assert.equal(missing.status, 404);
        const bad = await post(`/v1/admin/dossiers/${code}/events`, provinceKey, { ...event, punctuality: 'whenever', status: 'done', extra: 1 });
        assert.equal(bad.status, 422);
        assert.deepEqual(fieldsOf(await J(bad)), ['body.extra', 'body.punctuality', 'body.status']);
      });
    });
  });
}
