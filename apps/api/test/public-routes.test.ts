// Public read routes end to end through the Hono app: every happy path validated against the
// contract's response schema, bad input answered with problems naming the field, ETag/304,
// CORS, security headers, body limit, 404/500 problems, logs, operations routes, docs, forms.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EvaluationCriteriaListSchema,
  FieldListSchema,
  HealthSchema,
  ProblemSchema,
  ProcedureDetailResponseSchema,
  ProcedureSearchResultSchema,
  ProvinceListSchema,
  ReadinessSchema,
  UnitDetailSchema,
  UnitListSchema,
  UnitStatsSchema,
  type Problem,
} from '@motcua/contracts';
import type { App } from '../src/app.js';
import { memoryLogger } from '../src/http/logger.js';
import { appOn, assertSchema, BACKEND_NAMES, get, openSeeded, type SeededDb } from './public-support.js';

function assertProblem(r: { status: number; headers: Headers; body: unknown }, status: number, field?: string): Problem {
  assert.equal(r.status, status);
  assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assertSchema(ProblemSchema, r.body, `problem ${status}`);
  const p = r.body as Problem;
  assert.equal(p.status, status);
  if (field) {
    assert.ok(p.errors?.some((e) => e.field === field), `a problem naming ${field}: ${JSON.stringify(p.errors)}`);
  }
  return p;
}

for (const name of BACKEND_NAMES) {
  describe(`public routes on ${name}`, () => {
    let t: SeededDb;
    let app: App;
    before(async () => {
      t = await openSeeded(name);
      app = appOn(t.db);
    });
    after(async () => {
      await t?.close();
    });

    describe('happy paths match the contract', () => {
      test('GET /v1/provinces', async () => {
        const r = await get(app, '/v1/provinces');
        assert.equal(r.status, 200);
        assertSchema(ProvinceListSchema, r.body, 'provinces');
        const body = r.body as { items: { code: string }[] };
        assert.equal(body.items.length, 34);
        assert.equal(body.items[0]?.code, '01');
      });

      test('GET /v1/units (province, kind, pagination)', async () => {
        const r = await get(app, '/v1/units?province=80&limit=100');
        assert.equal(r.status, 200);
        assertSchema(UnitListSchema, r.body, 'units');
        const body = r.body as { items: { code: string; provinceCode: string; provinceName: string }[]; total: number; page: number; limit: number };
        assert.ok(body.total > 50);
        assert.ok(body.items.every((u) => u.provinceCode === '80' && u.provinceName === 'Tây Ninh'));
        assert.ok(body.items.some((u) => u.code === '25459'));
        const all = await get(app, '/v1/units');
        const allBody = all.body as { total: number; limit: number; items: unknown[] };
        assert.equal(allBody.total, 3321);
        assert.equal(allBody.limit, 20);
        assert.equal(allBody.items.length, 20);
        const dk = await get(app, `/v1/units?kind=${encodeURIComponent('Đặc khu')}&limit=100`);
        assert.equal((dk.body as { total: number }).total, 13);
        const past = await get(app, '/v1/units?page=1000');
        assert.deepEqual((past.body as { items: unknown[] }).items, []);
        assert.equal((past.body as { total: number }).total, 3321);
      });

      test('GET /v1/units?q= finds units with or without diacritics, in any order', async () => {
        for (const text of ['Tân Ninh', 'tan ninh', 'ninh tan', 'Phường Tân Ninh']) {
          const r = await get(app, `/v1/units?province=80&q=${encodeURIComponent(text)}`);
          assertSchema(UnitListSchema, r.body, 'units');
          const codes = (r.body as { items: { code: string }[] }).items.map((u) => u.code);
          assert.ok(codes.includes('25459'), `"${text}" → ${codes.join(',')}`);
        }
        const exactFirst = await get(app, `/v1/units?q=${encodeURIComponent('Tân Ninh')}`);
        const first = (exactFirst.body as { items: { name: string }[] }).items[0];
        assert.equal(first?.name, 'Tân Ninh');
        const none = await get(app, '/v1/units?q=zzzzqq');
        assert.equal((none.body as { total: number }).total, 0);
      });

      test('GET /v1/units/{code} with and without contact details', async () => {
        const r = await get(app, '/v1/units/25459');
        assert.equal(r.status, 200);
        assertSchema(UnitDetailSchema, r.body, 'unit detail');
        const u = r.body as { fullName: string; contact: { address: string | null } | null };
        assert.equal(u.fullName, 'Phường Tân Ninh');
        assert.ok(u.contact?.address);
        const plain = await get(app, '/v1/units/00004');
        assertSchema(UnitDetailSchema, plain.body, 'unit detail');
        assert.equal((plain.body as { contact: unknown }).contact, null);
      });

      test('GET /v1/fields (all, and counted in a unit)', async () => {
        const r = await get(app, '/v1/fields');
        assert.equal(r.status, 200);
        assertSchema(FieldListSchema, r.body, 'fields');
        const items = (r.body as { items: { code: string; procedureCount: number }[] }).items;
        assert.ok(items.length >= 6);
        assert.equal(items[0]?.code, 'ho-tich');
        const total = items.reduce((s, f) => s + f.procedureCount, 0);
        const all = await get(app, '/v1/procedures?limit=1');
        assert.equal(total, (all.body as { total: number }).total);
        const inUnit = await get(app, '/v1/fields?unit=00004');
        assertSchema(FieldListSchema, inUnit.body, 'fields');
        const unitTotal = (inUnit.body as { items: { procedureCount: number }[] }).items.reduce((s, f) => s + f.procedureCount, 0);
        assert.ok(unitTotal <= total && unitTotal > 0);
      });

      test('GET /v1/procedures', async () => {
        const r = await get(app, `/v1/procedures?q=${encodeURIComponent('khai sinh')}&unit=25459&online=any&limit=5`);
        assert.equal(r.status, 200);
        assertSchema(ProcedureSearchResultSchema, r.body, 'search');
        const body = r.body as { items: { code: string }[]; total: number; page: number; limit: number };
        assert.equal(body.items[0]?.code, '1.001193');
        assert.equal(body.page, 1);
        assert.equal(body.limit, 5);
        const list = await get(app, '/v1/procedures?field=ho-tich&level=commune');
        assertSchema(ProcedureSearchResultSchema, list.body, 'list');
      });

      test('GET /v1/procedures/{code} (and ?unit= adds where to go)', async () => {
        const r = await get(app, '/v1/procedures/1.001193');
        assert.equal(r.status, 200);
        assertSchema(ProcedureDetailResponseSchema, r.body, 'procedure detail');
        const d = r.body as { code: string; unit: unknown; cases: { components: { form: { url: string } | null }[] }[] };
        assert.equal(d.code, '1.001193');
        assert.equal(d.unit, null);
        const urls = d.cases.flatMap((c) => c.components.flatMap((k) => (k.form ? [k.form.url] : [])));
        assert.ok(urls.length > 0);
        for (const url of urls) assert.match(url, /^http:\/\/localhost\/forms\//, 'form URLs are absolute');
        const withUnit = await get(app, '/v1/procedures/1.001193?unit=25459');
        assertSchema(ProcedureDetailResponseSchema, withUnit.body, 'procedure detail with unit');
        const unit = (withUnit.body as { unit: { code: string; contact: { address: string } | null } }).unit;
        assert.equal(unit.code, '25459');
        assert.ok(unit.contact?.address);
        // every seeded procedure validates
        const all = await get(app, '/v1/procedures?limit=100');
        for (const item of (all.body as { items: { code: string }[] }).items) {
          const one = await get(app, `/v1/procedures/${item.code}`);
          assertSchema(ProcedureDetailResponseSchema, one.body, `procedure ${item.code}`);
        }
      });

      test('GET /v1/units/{code}/stats', async () => {
        const r = await get(app, '/v1/units/25459/stats');
        assert.equal(r.status, 200);
        assertSchema(UnitStatsSchema, r.body, 'stats');
        const s = r.body as { unit: string; received: number; monthly: { received: number }[]; onlineShare: number | null };
        assert.equal(s.unit, '25459');
        assert.equal(s.monthly.length, 12);
        assert.equal(s.monthly.reduce((n, m) => n + m.received, 0), s.received);
        const empty = await get(app, '/v1/units/00004/stats');
        assertSchema(UnitStatsSchema, empty.body, 'stats');
        const e = empty.body as { received: number; onTimeRate: unknown; onlineShare: unknown; satisfactionRate: unknown };
        assert.equal(e.received, 0);
        assert.equal(e.onTimeRate, null);
        assert.equal(e.onlineShare, null);
        assert.equal(e.satisfactionRate, null);
      });

      test('stats count feedback of the last 12 months', async () => {
        await t.db.query(
          `INSERT INTO surveys (unit_code, answers, satisfied, created_at) VALUES
             ('29869', '{"access":5,"procedure":5,"official":5,"result":5,"feedback":5}', true, now()),
             ('29869', '{"access":1,"procedure":1,"official":1,"result":1,"feedback":1}', false, now()),
             ('29869', '{"access":5,"procedure":5,"official":5,"result":5,"feedback":5}', true, now() - interval '400 days')`,
        );
        const r = await get(app, '/v1/units/29869/stats');
        assertSchema(UnitStatsSchema, r.body, 'stats');
        const s = r.body as { surveyResponses: number; satisfactionRate: number | null };
        assert.equal(s.surveyResponses, 2);
        assert.equal(s.satisfactionRate, 0.5);
      });

      test('GET /v1/evaluation-criteria', async () => {
        const r = await get(app, '/v1/evaluation-criteria');
        assert.equal(r.status, 200);
        assertSchema(EvaluationCriteriaListSchema, r.body, 'criteria');
        const b = r.body as { items: { id: string; measured: boolean }[]; maxScore: number };
        assert.equal(b.items.length, 9);
        assert.equal(b.maxScore, 18);
        assert.deepEqual(b.items.filter((i) => i.measured).map((i) => i.id), ['total-time', 'agency-time']);
        assert.ok(!b.items.some((i) => i.id === 'convenience' || i.id === 'satisfaction'));
      });

      test('GET /healthz, /readyz, /v1/openapi.json', async () => {
        const h = await get(app, '/healthz');
        assert.equal(h.status, 200);
        assertSchema(HealthSchema, h.body, 'health');
        const ready = await get(app, '/readyz');
        assert.equal(ready.status, 200);
        assertSchema(ReadinessSchema, ready.body, 'readiness');
        assert.deepEqual(ready.body, { status: 'ok', checks: { database: 'ok' } });
        const doc = await get(app, '/v1/openapi.json');
        assert.equal(doc.status, 200);
        assert.equal((doc.body as { openapi: string }).openapi, '3.1.1');
        assert.ok(doc.headers.get('etag'));
      });
    });

    describe('bad input: 400 problems naming the field, never 5xx', () => {
      const cases: [string, string][] = [
        ['/v1/units?province=1', 'query.province'],
        ['/v1/units?province=99', 'query.province'],
        ['/v1/units?kind=Huyen', 'query.kind'],
        ['/v1/units?limit=1000', 'query.limit'],
        ['/v1/units?page=0', 'query.page'],
        ['/v1/units/abc', 'path.code'],
        ['/v1/units/123456', 'path.code'],
        ['/v1/units/abc/stats', 'path.code'],
        ['/v1/fields?unit=1', 'query.unit'],
        ['/v1/procedures?limit=abc', 'query.limit'],
        ['/v1/procedures?limit=0', 'query.limit'],
        ['/v1/procedures?page=-1', 'query.page'],
        ['/v1/procedures?online=maybe', 'query.online'],
        ['/v1/procedures?level=district', 'query.level'],
        ['/v1/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch', 'query.field'],
        ['/v1/procedures?unit=xyz', 'query.unit'],
        [`/v1/procedures?q=${'a'.repeat(201)}`, 'query.q'],
        ['/v1/procedures/abc', 'path.code'],
        ['/v1/procedures/1.001193?unit=12', 'query.unit'],
      ];
      for (const [path, field] of cases) {
        test(`${path.slice(0, 60)} → ${field}`, async () => {
          assertProblem(await get(app, path), 400, field);
        });
      }

      test('unknown codes are 404 problems', async () => {
        assertProblem(await get(app, '/v1/units/99999'), 404);
        assertProblem(await get(app, '/v1/units/99999/stats'), 404);
        assertProblem(await get(app, '/v1/procedures/9.999999'), 404);
        assertProblem(await get(app, '/v1/procedures/1.001193?unit=99999'), 404);
      });

      test('odd but valid input is not an error', async () => {
        for (const path of [
          `/v1/procedures?q=${encodeURIComponent("'; DROP TABLE procedures; --")}`,
          `/v1/procedures?q=${encodeURIComponent('%_\\')}`,
          `/v1/procedures?q=${encodeURIComponent('😀 khai sinh')}`,
          `/v1/procedures?q=${encodeURIComponent('a:* & | ! ( )')}`,
          `/v1/units?q=${encodeURIComponent("%' OR 1=1 --")}`,
          '/v1/procedures?q=khai&q=sinh',
          '/v1/procedures?unknown=1',
        ]) {
          const r = await get(app, path);
          assert.equal(r.status, 200, `${path}: ${r.text.slice(0, 200)}`);
        }
        const still = await get(app, '/v1/procedures?limit=1');
        assert.ok((still.body as { total: number }).total >= 40);
      });
    });

    describe('HTTP behaviour', () => {
      test('catalog reads carry a weak ETag and public caching; If-None-Match gives 304', async () => {
        for (const path of ['/v1/provinces', '/v1/units?province=80', '/v1/units/25459', '/v1/fields', '/v1/procedures?q=khai+sinh', '/v1/procedures/1.001193', '/v1/units/25459/stats', '/v1/evaluation-criteria', '/v1/calendar?year=2026']) {
          const first = await get(app, path);
          assert.equal(first.status, 200, path);
          const etag = first.headers.get('etag');
          assert.match(etag ?? '', /^W\/"[A-Za-z0-9_-]+"$/, path);
          if (path.startsWith('/v1/procedures/')) {
            // The procedure detail carries "due if filed now": kept at most until the next 15:00 or midnight.
            const maxAge = Number(/^public, max-age=(\d+)$/.exec(first.headers.get('cache-control') ?? '')?.[1]);
            assert.ok(maxAge >= 1 && maxAge <= 300, `${path}: ${first.headers.get('cache-control')}`);
          } else assert.equal(first.headers.get('cache-control'), 'public, max-age=300, stale-while-revalidate=86400', path);
          const again = await get(app, path);
          assert.equal(again.headers.get('etag'), etag, `${path} has a stable ETag`);
          const cached = await app.request(path, { headers: { 'if-none-match': etag! } });
          assert.equal(cached.status, 304, path);
          assert.equal(await cached.text(), '');
          assert.equal(cached.headers.get('etag'), etag);
          const listed = await app.request(path, { headers: { 'if-none-match': `W/"other", ${etag}` } });
          assert.equal(listed.status, 304);
          const stale = await app.request(path, { headers: { 'if-none-match': 'W/"stale"' } });
          assert.equal(stale.status, 200);
        }
      });

      test('problems are not cached', async () => {
        const r = await get(app, '/v1/units/abc');
        assert.equal(r.headers.get('cache-control'), 'no-store');
        assert.equal(r.headers.get('etag'), null);
      });

      test('CORS: any origin by default, preflight answered', async () => {
        const r = await app.request('/v1/procedures?q=khai', { headers: { origin: 'https://tanninh.tayninh.gov.vn' } });
        assert.equal(r.headers.get('access-control-allow-origin'), '*');
        assert.match(r.headers.get('access-control-expose-headers') ?? '', /ETag/);
        const pre = await app.request('/v1/dossiers/lookup', {
          method: 'OPTIONS',
          headers: { origin: 'https://tanninh.tayninh.gov.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
        assert.equal(pre.status, 204);
        assert.equal(pre.headers.get('access-control-allow-origin'), '*');
        assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);
        const problem = await app.request('/v1/units/abc', { headers: { origin: 'https://x.example' } });
        assert.equal(problem.headers.get('access-control-allow-origin'), '*', 'problems are readable cross-origin too');
      });

      test('CORS: an allowlist reflects listed origins only', async () => {
        const strict = appOn(t.db, { corsOrigins: ['https://tanninh.tayninh.gov.vn', 'https://caolanh.dongthap.gov.vn'] });
        const ok = await strict.request('/v1/fields', { headers: { origin: 'https://tanninh.tayninh.gov.vn' } });
        assert.equal(ok.headers.get('access-control-allow-origin'), 'https://tanninh.tayninh.gov.vn');
        assert.match(ok.headers.get('vary') ?? '', /Origin/);
        const other = await strict.request('/v1/fields', { headers: { origin: 'https://evil.example' } });
        assert.equal(other.status, 200);
        assert.equal(other.headers.get('access-control-allow-origin'), null);
        const pre = await strict.request('/v1/fields', {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
        });
        assert.equal(pre.headers.get('access-control-allow-origin'), null);
      });

      test('security headers', async () => {
        const r = await app.request('/v1/fields');
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(r.headers.get('x-frame-options'), 'DENY');
        assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
        assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        assert.equal(r.headers.get('cross-origin-resource-policy'), 'cross-origin');
        assert.match(r.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/);
      });

      test('unknown route → 404 problem; unsupported method → problem', async () => {
        assertProblem(await get(app, '/nope'), 404);
        assertProblem(await get(app, '/v1/nothing-here'), 404);
        const del = await app.request('/v1/units/25459', { method: 'DELETE' });
        assert.ok(del.status === 404 || del.status === 405);
        assert.match(del.headers.get('content-type') ?? '', /problem\+json/);
      });

      test('a thrown error → 500 problem without internals, logged with the request id', async () => {
        const logger = memoryLogger();
        const failing = appOn(t.db, {}, logger);
        failing.get('/test/boom', () => {
          throw new Error('secret internal detail: password=hunter2');
        });
        const r = await failing.request('/test/boom');
        assert.equal(r.status, 500);
        const text = await r.text();
        assert.doesNotMatch(text, /secret|hunter2|Error|at /);
        const p = JSON.parse(text) as Problem;
        assertSchema(ProblemSchema, p, 'problem');
        const logged = logger.lines.find((l) => l.msg === 'unhandled error');
        assert.ok(logged, 'the error is logged');
        assert.equal(logged.requestId, r.headers.get('x-request-id'));
      });

      test('request bodies over the limit → 413 problem', async () => {
        const big = JSON.stringify({ unit: '25459', comment: 'x'.repeat(70 * 1024) });
        for (const path of ['/v1/surveys', '/v1/dossiers/lookup', '/v1/anything']) {
          const r = await app.request(path, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
          const body = (await r.json()) as Problem;
          assert.equal(r.status, 413, path);
          assert.equal(body.status, 413);
          assert.equal(body.type, 'urn:motcua:problem:payload-too-large');
        }
        // without Content-Length (streamed): still cut at the limit
        const stream = new ReadableStream({
          start(controller) {
            for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
            controller.close();
          },
        });
        const r = await app.request('/v1/surveys', { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
        assert.equal(r.status, 413);
      });

      test('one JSON log line per request: method, path without query, status, ms; no query, no body', async () => {
        const logger = memoryLogger();
        const logged = appOn(t.db, { logRequests: true }, logger);
        await logged.request('/v1/procedures?q=nguyen+van+an+0912345678');
        await logged.request('/v1/dossiers/lookup', { method: 'POST', body: JSON.stringify({ code: 'X', verifier: '4821' }), headers: { 'content-type': 'application/json' } });
        const lines = logger.lines.filter((l) => l.msg === 'request');
        assert.equal(lines.length, 2);
        assert.deepEqual(Object.keys(lines[0]!).sort(), ['level', 'method', 'ms', 'msg', 'path', 'requestId', 'status', 'time']);
        assert.equal(lines[0]!.path, '/v1/procedures');
        assert.equal(lines[0]!.method, 'GET');
        assert.equal(lines[0]!.status, 200);
        assert.equal(typeof lines[0]!.ms, 'number');
        const all = JSON.stringify(logger.lines);
        assert.doesNotMatch(all, /0912345678|nguyen|4821/);
      });

      test('HEAD works on catalog reads', async () => {
        const r = await app.request('/v1/provinces', { method: 'HEAD' });
        assert.equal(r.status, 200);
        assert.equal(await r.text(), '');
      });
    });

    describe('docs and forms', () => {
      test('/docs loads no script from a CDN and has a strict CSP with a nonce', async () => {
        const r = await app.request('/docs');
        assert.equal(r.status, 200);
        const html = await r.text();
        const csp = r.headers.get('content-security-policy') ?? '';
        assert.match(csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
        assert.doesNotMatch(csp, /https?:/);
        const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
        assert.deepEqual(srcs, ['/docs/assets/scalar.js']);
        assert.doesNotMatch(html, /cdn\.jsdelivr|unpkg|https?:\/\/[^"' ]*\.js/);
        assert.match(html, /\/v1\/openapi\.json/);
        const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
        for (const m of html.matchAll(/<script([^>]*)>/g)) assert.match(m[1]!, new RegExp(`nonce="${nonce.replace(/[+/=]/g, '\\$&')}"`));
        const asset = await app.request('/docs/assets/scalar.js');
        assert.equal(asset.status, 200);
        assert.match(asset.headers.get('content-type') ?? '', /javascript/);
        assert.ok((await asset.arrayBuffer()).byteLength > 100_000);
      });

      test('/forms/<slug> printable pages; .pdf redirects; unknown → 404', async () => {
        const r = await app.request('/forms/to-khai-dang-ky-khai-sinh');
        assert.equal(r.status, 200);
        assert.match(r.headers.get('content-type') ?? '', /text\/html/);
        const html = await r.text();
        assert.match(html, /Tờ khai đăng ký khai sinh/);
        assert.match(html, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
        assert.doesNotMatch(html, /<script/);
        assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        const pdf = await app.request('/forms/to-khai-dang-ky-khai-sinh.pdf');
        assert.equal(pdf.status, 302);
        assert.equal(pdf.headers.get('location'), '/forms/to-khai-dang-ky-khai-sinh');
        assertProblem(await get(app, '/forms/khong-co'), 404);
        assertProblem(await get(app, '/forms/khong-co.pdf'), 404);
        // every form linked from a procedure exists
        const all = await get(app, '/v1/procedures?limit=100');
        for (const item of (all.body as { items: { code: string }[] }).items) {
          const d = (await get(app, `/v1/procedures/${item.code}`)).body as { cases: { components: { form: { url: string } | null }[] }[] };
          for (const c of d.cases) {
            for (const k of c.components) {
              if (!k.form) continue;
              const path = new URL(k.form.url).pathname;
              const f = await app.request(path);
              assert.ok(f.status === 200 || f.status === 302, `${item.code}: ${path} → ${f.status}`);
            }
          }
        }
      });
    });
  });
}
