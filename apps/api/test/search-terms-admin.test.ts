// The everyday-term dictionary extended per province through the admin API: scoped keys,
// validation, the audit trail, and the effect on searches of that province only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { App } from '../src/app.js';
import { createApiKey } from '../src/security/api-keys.js';
import { BACKEND_NAMES, appOn, get, openSeeded, type SeededDb } from './public-support.js';

for (const name of BACKEND_NAMES) {
  describe(`search dictionary admin API on ${name}`, () => {
    let t: SeededDb;
    let app: App;
    let unit80: string;
    let unit01: string;
    let key80: string;
    let key01: string;
    let unitKey: string;
    before(async () => {
      t = await openSeeded(name);
      app = appOn(t.db);
      unit80 = (await t.db.query<{ code: string }>(`SELECT code FROM units WHERE province_code = '80' ORDER BY code LIMIT 1`)).rows[0]!.code;
      unit01 = (await t.db.query<{ code: string }>(`SELECT code FROM units WHERE province_code = '01' ORDER BY code LIMIT 1`)).rows[0]!.code;
      key80 = (await createApiKey(t.db, { scope: 'province:80' })).key;
      key01 = (await createApiKey(t.db, { scope: 'province:01' })).key;
      unitKey = (await createApiKey(t.db, { scope: `unit:${unit80}` })).key;
    });
    after(async () => {
      await t?.close();
    });

    const send = async (method: string, path: string, key: string, body?: unknown) => {
      const res = await app.request(path, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    };
    const first = async (q: string, unit: string) => {
      const r = await get(app, `/v1/procedures?q=${encodeURIComponent(q)}&unit=${unit}&limit=3`);
      return ((r.body as { items: { code: string }[] }).items[0] ?? { code: null }).code;
    };
    const entry = {
      kind: 'local',
      from: ['sổ xanh công nhân'],
      to: ['tạm trú'],
      source: 'Phản ánh tại bộ phận một cửa phường (không có thông tin cá nhân)',
      reason: 'Công nhân khu công nghiệp gọi giấy tạm trú cũ là sổ xanh.',
    };

    test('a province key adds an entry: its searches use it at once, other provinces do not', async () => {
      assert.notEqual(await first('sổ xanh công nhân', unit80), '1.004194', 'not found before the entry');
      const put = await send('PUT', '/v1/admin/search-terms/80/so-xanh', key80, entry);
      assert.equal(put.status, 201, JSON.stringify(put.body));
      assert.deepEqual(put.body, { id: 'so-xanh', province: '80', created: true, deleted: false });
      assert.equal(await first('sổ xanh công nhân', unit80), '1.004194');
      assert.equal(await first('so xanh cong nhan', unit80), '1.004194');
      assert.notEqual(await first('sổ xanh công nhân', unit01), '1.004194', 'another province is not affected');
      const list = await send('GET', '/v1/admin/search-terms/80', key80);
      const items = (list.body as { items: { id: string; province: string | null }[] }).items;
      assert.ok(items.some((i) => i.id === 'so-xanh' && i.province === '80'));
      assert.ok(items.some((i) => i.id === 'cu-tru-kt3' && i.province === null), 'national entries are listed too');
    });

    test('update and delete are audited with the key prefix, before and after', async () => {
      const upd = await send('PUT', '/v1/admin/search-terms/80/so-xanh', key80, { ...entry, from: ['sổ xanh'] });
      assert.equal(upd.status, 200);
      const del = await send('DELETE', '/v1/admin/search-terms/80/so-xanh', key80);
      assert.equal(del.status, 200);
      assert.equal((await send('DELETE', '/v1/admin/search-terms/80/so-xanh', key80)).status, 404);
      assert.notEqual(await first('sổ xanh công nhân', unit80), '1.004194', 'gone after the delete');
      const audit = await t.db.query<{ action: string; key_prefix: string; before: unknown; after: unknown }>(
        `SELECT action, key_prefix, before, after FROM search_synonym_audit WHERE province_code = '80' AND id = 'so-xanh' ORDER BY seq`,
      );
      assert.deepEqual(audit.rows.map((r) => r.action), ['create', 'update', 'delete']);
      for (const r of audit.rows) assert.equal(r.key_prefix, key80.slice(0, 16));
      assert.equal(audit.rows[0]!.before, null);
      assert.deepEqual((audit.rows[1]!.before as { from_phrases: string[] }).from_phrases, ['sổ xanh công nhân']);
      assert.deepEqual((audit.rows[1]!.after as { from: string[] }).from, ['sổ xanh']);
      assert.equal(audit.rows[2]!.after, null);
    });

    test('English names and keywords sent with a procedure upsert are searched with lang=en, not stored in the detail', async () => {
      const detail = (await get(app, '/v1/procedures/1.003005')).body as Record<string, unknown>;
      const { unit: _unit, ...rest } = detail;
      const body = { ...rest, units: [unit80], nameEn: 'Domestic adoption registration', keywordsEn: ['foster family', 'adopt'] };
      const put = await send('PUT', '/v1/admin/procedures/1.003005', key80, body);
      assert.ok(put.status === 200 || put.status === 201, JSON.stringify(put.body));
      const r = await get(app, `/v1/procedures?q=${encodeURIComponent('foster family')}&lang=en`);
      const items = (r.body as { items: { code: string; nameEn?: string }[] }).items;
      assert.equal(items[0]?.code, '1.003005');
      assert.equal(items[0]?.nameEn, 'Domestic adoption registration');
      const after = (await get(app, '/v1/procedures/1.003005')).body as Record<string, unknown>;
      assert.equal(after.nameEn, undefined, 'the public detail keeps to its contract');
    });

    test('scope and validation: other provinces and unit keys 403, bad bodies 4xx naming the field, no key 401', async () => {
      assert.equal((await send('PUT', '/v1/admin/search-terms/80/x-1', key01, entry)).status, 403);
      assert.equal((await send('PUT', '/v1/admin/search-terms/80/x-1', unitKey, entry)).status, 403);
      assert.equal((await send('GET', '/v1/admin/search-terms/80', key01)).status, 403);
      const extra = await send('PUT', '/v1/admin/search-terms/80/x-1', key80, { ...entry, note: 'x' });
      assert.ok(extra.status === 400 || extra.status === 422, String(extra.status));
      const noFrom = await send('PUT', '/v1/admin/search-terms/80/x-1', key80, { ...entry, from: [] });
      assert.match(JSON.stringify(noFrom.body), /body\.from/);
      const punct = await send('PUT', '/v1/admin/search-terms/80/x-1', key80, { ...entry, to: ['…!'] });
      assert.ok(punct.status === 400 || punct.status === 422, String(punct.status));
      assert.match(JSON.stringify(punct.body), /body\.to\.0/);
      const badId = await send('PUT', '/v1/admin/search-terms/80/Bad%20Id', key80, entry);
      assert.equal(badId.status, 400);
      const res = await app.request('/v1/admin/search-terms/80/x-1', { method: 'PUT', body: JSON.stringify(entry), headers: { 'content-type': 'application/json' } });
      assert.equal(res.status, 401);
      const none = await t.db.query(`SELECT 1 FROM search_synonyms WHERE id = 'x-1'`);
      assert.equal(none.rows.length, 0, 'nothing written by a refused request');
    });
  });
}
