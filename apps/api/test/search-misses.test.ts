// What citizens could not find, end to end: searches through the HTTP app from different client
// addresses, the privacy rules (nothing in clear until several addresses typed it, never an ID
// or phone number), the admin report within the key's scope, and the CLI report.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { App } from '../src/app.js';
import { searchMissesCommand } from '../src/cli/search-misses.js';
import { looksPersonal, recordMiss } from '../src/search/misses.js';
import { createApiKey } from '../src/security/api-keys.js';
import { BACKEND_NAMES, appOn, get, openSeeded, type SeededDb } from './public-support.js';

test('looksPersonal: ID and phone numbers, e-mail addresses', () => {
  for (const t of ['079203001234', '0912 345 678', 'cccd 0792 0300', 'a@b.vn', 'sdt 0912.345']) assert.ok(looksPersonal(t), t);
  for (const t of ['trợ cấp 80 tuổi', 'giay ct07', 'khai sinh', 'nghi dinh 123']) assert.ok(!looksPersonal(t), t);
});

for (const name of BACKEND_NAMES) {
  describe(`zero-result report on ${name}`, () => {
    let t: SeededDb;
    let app: App;
    let unit: string;
    let province: string;
    let provinceKey: string;
    let otherProvinceKey: string;
    before(async () => {
      t = await openSeeded(name);
      // One trusted proxy: each test address arrives in X-Forwarded-For, as behind nginx.
      app = appOn(t.db, { cacheTtlSeconds: 60, trustProxyHops: 1 });
      const u = await t.db.query<{ code: string; province_code: string }>(`SELECT code, province_code FROM units WHERE province_code = '80' ORDER BY code LIMIT 1`);
      unit = u.rows[0]!.code;
      province = u.rows[0]!.province_code;
      provinceKey = (await createApiKey(t.db, { scope: `province:${province}` })).key;
      otherProvinceKey = (await createApiKey(t.db, { scope: 'province:01' })).key;
    });
    after(async () => {
      await t?.close();
    });

    const searchFrom = (address: string, q: string) =>
      get(app, `/v1/procedures?q=${encodeURIComponent(q)}&unit=${unit}`, { 'x-forwarded-for': address });
    const report = (key: string, qs = '') => get(app, `/v1/admin/search-misses${qs}`, { authorization: `Bearer ${key}` });
    const tableText = async () =>
      JSON.stringify(
        (await t.db.query(`SELECT (SELECT json_agg(p) FROM search_miss_pending p) AS p, (SELECT json_agg(x) FROM search_miss_texts x) AS x, (SELECT json_agg(m) FROM search_misses m) AS m`)).rows,
      );

    test('a text is kept only once three different addresses typed it; then it is counted', async () => {
      const q = 'Karaoke WIFI';
      for (const addr of ['203.0.113.1', '203.0.113.1', '203.0.113.2']) {
        const r = await searchFrom(addr, q);
        assert.equal(r.status, 200);
        assert.equal((r.body as { total: number }).total, 0);
      }
      // two addresses so far: nothing readable stored, not listed
      assert.ok(!(await tableText()).includes('karaoke'), 'no clear text before the threshold');
      assert.ok(!(await tableText()).includes('203.0.113'), 'addresses are never stored');
      let rep = await report(provinceKey);
      assert.equal(rep.status, 200);
      assert.deepEqual((rep.body as { items: unknown[] }).items, []);
      await searchFrom('203.0.113.3', q);
      await searchFrom('203.0.113.4', q);
      rep = await report(provinceKey);
      const items = (rep.body as { items: { unit: string; query: string; count: number }[]; minAddresses: number }).items;
      assert.deepEqual(
        items.map((i) => [i.unit, i.query, i.count]),
        [[unit, 'karaoke wifi', 4]],
      );
      assert.equal(rep.headers.get('cache-control'), 'no-store');
      // searches that find something are not recorded
      await searchFrom('203.0.113.5', 'khai sinh');
      assert.equal(((await report(provinceKey)).body as { items: unknown[] }).items.length, 1);
    });

    test('ID and phone numbers are never recorded, whoever types them', async () => {
      for (let i = 0; i < 4; i++) await searchFrom(`198.51.100.${i}`, '079203001234');
      assert.ok(!(await tableText()).includes('079203001234'));
      assert.equal(await recordMiss(t.db, { q: '0912 345 678', unit, address: 'x', at: new Date(), minAddresses: 3 }), 'skipped');
    });

    test('scope: other provinces see nothing; out-of-scope filters are 403; bad dates 400; no key 401', async () => {
      const other = await report(otherProvinceKey);
      assert.equal(other.status, 200);
      assert.deepEqual((other.body as { items: unknown[] }).items, []);
      assert.equal((await report(otherProvinceKey, `?unit=${unit}`)).status, 403);
      assert.equal((await report(otherProvinceKey, `?province=${province}`)).status, 403);
      const bad = await report(provinceKey, '?from=2026-13-01');
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(bad.body), /query\.from/);
      assert.equal((await get(app, '/v1/admin/search-misses')).status, 401);
    });

    test('CLI report lists the same texts', async () => {
      const lines: string[] = [];
      const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
      const noClose = Object.assign(Object.create(t.db) as typeof t.db, { close: async () => undefined });
      await searchMissesCommand(async () => noClose, ['--province', province], io, 3);
      assert.match(lines.join('\n'), /karaoke wifi/);
      lines.length = 0;
      await searchMissesCommand(async () => noClose, ['--province', province, '--json'], io, 3);
      const json = JSON.parse(lines.join('\n')) as { items: { query: string }[] };
      assert.deepEqual(json.items.map((i) => i.query), ['karaoke wifi']);
      await assert.rejects(searchMissesCommand(async () => noClose, ['--unit', 'abc'], io, 3), /5-digit/);
    });
  });
}
