// Data layer: migrations (twice, concurrently), first-start seed (counts, idempotence, speed),
// hashed verifiers, same values from both drivers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_DIR } from '../src/config.js';
import { SEED_TODAY } from './support/test-server.js';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { createPostgresDb } from '../src/db/postgres.js';
import { hashVerifier, verifierMatches } from '../src/db/verifier.js';
import { seedIfEmpty } from '../src/seed/index.js';
import { BACKEND_NAMES, openEmpty, type TestDb } from './public-support.js';

for (const name of BACKEND_NAMES) {
  describe(`database on ${name}`, () => {
    let t: TestDb;
    before(async () => {
      t = await openEmpty(name);
    });
    after(async () => {
      await t?.close();
    });

    test('migrations apply once, then are a no-op', async () => {
      const first = await migrate(t.db);
      assert.deepEqual(first.applied, loadMigrations().map((m) => m.name));
      const second = await migrate(t.db);
      assert.deepEqual(second, { applied: [], changed: [] });
      const rows = await t.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.rows.map((r) => r.version), loadMigrations().map((m) => m.version));
    });

    test('seed loads 34 provinces and 3,321 commune-level units quickly', async () => {
      const report = await seedIfEmpty(t.db, { seedDir: SEED_DIR, now: () => new Date(SEED_TODAY) });
      assert.equal(report.provinces, 34);
      assert.equal(report.units, 3321);
      const counts = await t.db.query<{ p: number; u: number; xa: number; phuong: number; dk: number }>(
        `SELECT (SELECT count(*) FROM provinces) AS p, (SELECT count(*) FROM units) AS u,
           (SELECT count(*) FROM units WHERE kind = 'Xã') AS xa, (SELECT count(*) FROM units WHERE kind = 'Phường') AS phuong,
           (SELECT count(*) FROM units WHERE kind = 'Đặc khu') AS dk`,
      );
      assert.deepEqual(counts.rows[0], { p: 34, u: 3321, xa: 2611, phuong: 697, dk: 13 });
      assert.ok(report.procedures >= 40, `at least 40 procedures, got ${report.procedures}`);
      assert.ok(report.dossiers > 0 && report.events > 0);
      // one statement per table: generous bound for a loaded 2-core machine
      assert.ok((report.ms.units ?? Infinity) < 10_000, `units seeded in ${report.ms.units} ms`);
      console.log(`# seed on ${name}: ${JSON.stringify(report.ms)}`);
    });

    test('seeding again inserts nothing', async () => {
      const again = await seedIfEmpty(t.db, { seedDir: SEED_DIR, now: () => new Date(SEED_TODAY) });
      assert.equal(again.units + again.procedures + again.dossiers + again.contacts, 0);
      const n = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM units');
      assert.equal(n.rows[0]!.n, 3321);
    });

    test('procedures offered everywhere are flagged, not copied 3,321 times', async () => {
      const res = await t.db.query<{ all_units: number; pu: number }>(
        'SELECT (SELECT count(*) FROM procedures WHERE all_units) AS all_units, (SELECT count(*) FROM procedure_units) AS pu',
      );
      assert.ok(res.rows[0]!.all_units > 0);
      assert.ok(res.rows[0]!.pu < 1000);
    });

    test('dossier verifiers are stored only as salted hashes', async () => {
      const res = await t.db.query<{ code: string; verifier_salt: string; verifier_hashes: string[] }>(
        `SELECT code, verifier_salt, verifier_hashes FROM dossiers WHERE code = '000.00.25.H53-261120-0012'`,
      );
      const row = res.rows[0]!;
      assert.ok(row.verifier_salt.length >= 16);
      assert.equal(row.verifier_hashes.length, 2);
      for (const h of row.verifier_hashes) assert.doesNotMatch(h, /^\d{4}$/);
      // demo verifiers of that dossier (seed/dossiers.json)
      assert.ok(verifierMatches(row.verifier_salt, row.verifier_hashes, '4821'));
      assert.ok(verifierMatches(row.verifier_salt, row.verifier_hashes, '3907'));
      assert.ok(!verifierMatches(row.verifier_salt, row.verifier_hashes, '0000'));
      // salts differ per dossier, so equal verifiers hash differently
      const salts = await t.db.query<{ n: number; d: number }>('SELECT count(*) AS n, count(DISTINCT verifier_salt) AS d FROM dossiers');
      assert.equal(salts.rows[0]!.n, salts.rows[0]!.d);
      assert.notEqual(hashVerifier('a', '1234'), hashVerifier('b', '1234'));
      const plain = await t.db.query<{ n: number }>(
        `SELECT count(*) AS n FROM dossiers WHERE '4821' = ANY(verifier_hashes) OR verifier_salt = '4821'`,
      );
      assert.equal(plain.rows[0]!.n, 0);
    });

    test('both drivers return the same JavaScript values', async () => {
      const res = await t.db.query<Record<string, unknown>>(
        `SELECT count(*) AS n, 1.5::numeric AS num, '2026-01-02'::date AS d, '2026-01-02T03:04:05Z'::timestamptz AS ts,
           $1::text::jsonb AS j, $2::text[] AS arr, true AS b`,
        [JSON.stringify({ a: [1, 'x'] }), ['a', 'b']],
      );
      const r = res.rows[0]!;
      assert.equal(r.n, 1);
      assert.equal(r.num, 1.5);
      assert.equal(r.d, '2026-01-02');
      assert.ok(r.ts instanceof Date);
      assert.equal((r.ts as Date).toISOString(), '2026-01-02T03:04:05.000Z');
      assert.deepEqual(r.j, { a: [1, 'x'] });
      assert.deepEqual(r.arr, ['a', 'b']);
      assert.equal(r.b, true);
    });

    test('a failed transaction rolls back', async () => {
      await assert.rejects(
        t.db.transaction(async (tx) => {
          await tx.query(`INSERT INTO fields (code, name) VALUES ('tmp-field', 'Tạm')`);
          throw new Error('boom');
        }),
        /boom/,
      );
      const res = await t.db.query(`SELECT 1 FROM fields WHERE code = 'tmp-field'`);
      assert.equal(res.rows.length, 0);
    });
  });
}

if (BACKEND_NAMES.includes('postgres')) {
  describe('migrations on postgres from two servers at once', () => {
    let t: TestDb;
    before(async () => {
      t = await openEmpty('postgres');
    });
    after(async () => {
      await t?.close();
    });

    test('only one of two concurrent migrators applies, neither fails', async () => {
      const a = await createPostgresDb({ connectionString: t.url!, max: 2 });
      const b = await createPostgresDb({ connectionString: t.url!, max: 2 });
      try {
        const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
        const applied = [ra.applied.length, rb.applied.length].sort();
        assert.deepEqual(applied, [0, loadMigrations().length]);
        const [sa, sb] = await Promise.all([seedIfEmpty(a, { seedDir: SEED_DIR, now: () => new Date(SEED_TODAY) }), seedIfEmpty(b, { seedDir: SEED_DIR, now: () => new Date(SEED_TODAY) })]);
        assert.deepEqual([sa.units, sb.units].sort((x, y) => x - y), [0, 3321]);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
