// Property: whatever arrives — arbitrary path params, query strings, headers and JSON bodies
// (wrong types, huge strings, nested junk, lone surrogates, NUL, broken percent-encoding) — every
// route of the contracts' route table answers without a 5xx, every error is an
// application/problem+json document, and 400/422 problems name the offending field.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ROUTES, ROUTE_EXAMPLES, routes, type OperationId, type RouteDef } from '@motcua/contracts';
import type { App } from '../src/app.js';
import { createApiKey } from '../src/security/api-keys.js';
import { BACKENDS, insertFixtures, makeApp, openBackend, withEnv, type Backend } from './citizen-support.js';

const RUNS: Record<string, number> = { pglite: Number(process.env.PROPERTY_RUNS ?? 200), postgres: Number(process.env.PROPERTY_RUNS_PG ?? 60) };
const FIELD = /^(body|query|path|header)(\.|$)/;

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates become U+FFFD, never throw). */
function pct(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }), // lone surrogates included
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', 'a\u0000b', 'x\u0000', '\uD800', '\uDFFF', '%', '%%', '../..', 'null', 'undefined', '[]', '{}', '0', '-1', '1e309', 'NaN', '∞'),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('nguyen van an', 'Đăng ký khai sinh', 'DANG KY KHAI SINH', 'đ', 'khai sinh cho con', '1.001193', '00004', '25459'),
);

/** A raw (already encoded) path or query component: mostly well-formed, sometimes broken. */
const rawComponent = fc.oneof(
  { weight: 6, arbitrary: nasty.map(pct) },
  { weight: 2, arbitrary: fc.constantFrom('%', '%Z1', '%C3%28', '%FF%FE', '%E0%A4%A', '%00', 'a%00', '%2F', '%C0%AF', '%ED%A0%80') },
);

const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 5 }),
  fc.nat({ max: 60 }).map((d) => {
    let v: unknown = 'deep';
    for (let i = 0; i < d; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
);

type PathKey = string | number;

function pathsOf(value: unknown, prefix: PathKey[] = [], out: PathKey[][] = []): PathKey[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function setAt(value: unknown, path: PathKey[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setAt(v, rest, replacement) : v));
  const obj = { ...(value as Record<string, unknown>) };
  obj[head as string] = setAt(obj[head as string], rest, replacement);
  return obj;
}

/** A request body: the route's valid example with one part replaced by junk, or junk entirely. */
function bodyArb(example: unknown): fc.Arbitrary<{ text: string | undefined; mutated: PathKey[] | null }> {
  const paths = example === undefined ? [[]] : pathsOf(example);
  const mutated = fc.tuple(fc.constantFrom(...paths), junkJson).map(([p, junk]) => ({ text: JSON.stringify(setAt(example, p, junk)), mutated: p }));
  // (built only when the example has parts: a route without a body example, such as a DELETE,
  // gets junk and raw bodies only)
  const removed = () => fc.constantFrom(...paths.filter((p) => p.length > 0)).map((p) => {
    const parent = p.slice(0, -1);
    const last = p[p.length - 1]!;
    const copy = JSON.parse(JSON.stringify(example));
    let node = copy;
    for (const k of parent) node = node[k];
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
    return { text: JSON.stringify(copy), mutated: null };
  });
  const whole = junkJson.map((j) => ({ text: JSON.stringify(j), mutated: null as PathKey[] | null }));
  const raw = fc.oneof(
    fc.constantFrom('', '{', '{"a":', 'nul', '[1,2', '\u0000', '{"code": "\uD800"}', '"\\ud800"', '{"a":1}{"b":2}'),
    fc.string({ unit: 'binary', maxLength: 200 }),
  ).map((text) => ({ text, mutated: null as PathKey[] | null }));
  const arbs = [whole, raw, fc.constant({ text: undefined, mutated: null as PathKey[] | null })];
  if (example !== undefined && paths.length > 1) arbs.push(mutated, mutated, mutated, removed());
  return fc.oneof(...arbs);
}

interface Case {
  params: Record<string, string>;
  query: string;
  headers: Record<string, string>;
  body: { text: string | undefined; mutated: PathKey[] | null };
}

function caseArb(def: RouteDef, validKey: string): fc.Arbitrary<Case> {
  const ex = ROUTE_EXAMPLES[def.operationId as OperationId];
  const names = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const params = fc.record(
    Object.fromEntries(names.map((n) => [n, fc.oneof({ weight: 2, arbitrary: fc.constant(pct(ex.params?.[n] ?? 'x')) }, { weight: 3, arbitrary: rawComponent })])),
  ) as fc.Arbitrary<Record<string, string>>;
  const queryKeys = Object.keys((def.query as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});
  const key = fc.oneof(fc.constantFrom(...(queryKeys.length > 0 ? queryKeys : ['q']), 'q', 'page', 'limit', '__proto__', 'constructor', ''), fc.string({ maxLength: 10 }).map(pct));
  const query = fc
    .array(fc.tuple(key, rawComponent), { maxLength: 6 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
    .chain((q) => fc.oneof(fc.constant(q), fc.constant(Object.entries(ex.query ?? {}).map(([k, v]) => `${k}=${pct(v)}`).join('&'))));
  const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });
  const absent = fc.constant(undefined);
  const headers = fc
    .record({
      'idempotency-key': fc.oneof({ weight: 6, arbitrary: fc.uuid() }, { weight: 1, arbitrary: absent }, { weight: 1, arbitrary: ascii }, { weight: 1, arbitrary: fc.constantFrom('short', 'k'.repeat(300), 'cl\u00e9-1234567\u00ff') }),
      authorization: fc.oneof({ weight: 8, arbitrary: fc.constant(`Bearer ${validKey}`) }, { weight: 1, arbitrary: absent }, { weight: 1, arbitrary: ascii.map((s) => `Bearer ${s}`) }, { weight: 1, arbitrary: ascii }),
      'content-type': fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: absent }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '') }),
      'x-forwarded-for': fc.oneof(absent, ascii),
      'accept-language': fc.oneof(absent, ascii),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
  const body = def.method === 'GET' ? fc.constant({ text: undefined, mutated: null }) : bodyArb(ex.body);
  return fc.record({ params, query, headers, body });
}

function buildUrl(def: RouteDef, c: Case): string {
  const path = def.path.replace(/\{(\w+)\}/g, (_, n: string) => c.params[n] ?? 'x');
  return c.query ? `${path}?${c.query}` : path;
}

for (const kind of BACKENDS) {
  describe(`property: every route on ${kind}`, () => {
    let b: Backend;
    let app: App;
    let validKey: string;

    before(async () => {
      b = await openBackend(kind);
      await insertFixtures(b.db);
      validKey = (await createApiKey(b.db, { scope: 'province:*', label: 'property test' })).key;
      app = await withEnv({ MOTCUA_RATE_LIMITS: 'off' }, () => makeApp(b.db));
    });
    after(async () => {
      await b.close();
    });

    test('the route table is fully served (no route answers the fallback 404 with valid input)', async () => {
      for (const def of ROUTES) {
        const ex = ROUTE_EXAMPLES[def.operationId as OperationId];
        const url = buildUrl(def, { params: Object.fromEntries(Object.entries(ex.params ?? {}).map(([k, v]) => [k, pct(v)])), query: '', headers: {}, body: { text: undefined, mutated: null } });
        const res = await app.request(url, {
          method: def.method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${validKey}`, 'idempotency-key': crypto.randomUUID() },
          ...(ex.body !== undefined ? { body: JSON.stringify(ex.body) } : {}),
        });
        const text = await res.text();
        assert.ok(res.status < 500, `${def.operationId}: ${res.status} ${text.slice(0, 300)}`);
        assert.ok(!text.includes('Không có đường dẫn'), `${def.operationId} is not mounted (${url})`);
      }
    });

    test('NUL (U+0000) in any string of any example body or query → 400/422 naming that field', async () => {
      for (const def of ROUTES) {
        const ex = ROUTE_EXAMPLES[def.operationId as OperationId];
        const params = Object.fromEntries(Object.entries(ex.params ?? {}).map(([k, v]) => [k, pct(v)]));
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${validKey}`, 'idempotency-key': crypto.randomUUID() };
        for (const k of Object.keys(ex.query ?? {})) {
          const query = Object.entries(ex.query ?? {}).map(([qk, v]) => `${qk}=${qk === k ? 'a%00b' : pct(v)}`).join('&');
          const res = await app.request(buildUrl(def, { params, query, headers, body: { text: undefined, mutated: null } }), { method: def.method, headers });
          assert.equal(res.status, 400, `${def.operationId} query.${k}`);
          assert.ok(((await res.json()) as { errors: { field: string }[] }).errors.some((e: { field: string }) => e.field === `query.${k}`), `${def.operationId} query.${k}`);
        }
        if (ex.body === undefined) continue;
        for (const p of pathsOf(ex.body).filter((p) => typeof p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k as string], ex.body) === 'string')) {
          const body = JSON.stringify(setAt(ex.body, p, 'a\u0000b'));
          const res = await app.request(buildUrl(def, { params, query: '', headers, body: { text: body, mutated: p } }), { method: def.method, headers, body });
          const field = ['body', ...p.map(String)].join('.');
          assert.equal(res.status, 422, `${def.operationId} ${field}: ${res.status}`);
          const problem = (await res.json()) as { errors: { field: string }[] };
          assert.ok(problem.errors.some((e: { field: string }) => e.field === field), `${def.operationId} ${field}: ${JSON.stringify(problem)}`);
        }
      }
    });

    test('a lone UTF-16 surrogate in any string of any example body → 422 naming that field (found by the fuzzer: a 500 on PUT /v1/admin/calendar/{year})', async () => {
      for (const def of ROUTES) {
        const ex = ROUTE_EXAMPLES[def.operationId as OperationId];
        if (ex.body === undefined) continue;
        const params = Object.fromEntries(Object.entries(ex.params ?? {}).map(([k, v]) => [k, pct(v)]));
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${validKey}`, 'idempotency-key': crypto.randomUUID() };
        for (const p of pathsOf(ex.body).filter((p) => typeof p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k as string], ex.body) === 'string')) {
          for (const lone of ['\udfff', 'a\ud800b']) {
            const body = JSON.stringify(setAt(ex.body, p, lone)); // JSON.stringify writes the escape "\\udfff"
            const res = await app.request(buildUrl(def, { params, query: '', headers, body: { text: body, mutated: p } }), { method: def.method, headers, body });
            const field = ['body', ...p.map(String)].join('.');
            assert.equal(res.status, 422, `${def.operationId} ${field}: ${res.status}`);
            const problem = (await res.json()) as { errors: { field: string; code: string }[] };
            assert.ok(problem.errors.some((e) => e.field === field && e.code === 'invalid_characters'), `${def.operationId} ${field}: ${JSON.stringify(problem)}`);
          }
        }
        // A well-formed pair (an emoji written as a JSON escape) is ordinary text, not refused here.
        const firstString = pathsOf(ex.body).find((p) => typeof p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k as string], ex.body) === 'string');
        if (firstString) {
          const body = JSON.stringify(setAt(ex.body, firstString, 'ok \ud83d\ude00'));
          const res = await app.request(buildUrl(def, { params, query: '', headers: { ...headers, 'idempotency-key': crypto.randomUUID() }, body: { text: body, mutated: firstString } }), { method: def.method, headers: { ...headers, 'idempotency-key': crypto.randomUUID() }, body });
          const problem = res.status >= 400 ? ((await res.json()) as { errors?: { code: string }[] }) : {};
          assert.ok(!(problem.errors ?? []).some((e) => e.code === 'invalid_characters'), `${def.operationId}: a surrogate pair refused as invalid characters`);
        }
      }
    });

    for (const def of ROUTES) {
      test(`${def.method} ${def.path}`, async () => {
        const statuses = new Map<number, number>();
        await fc.assert(
          fc.asyncProperty(caseArb(def, validKey), async (c) => {
            const url = buildUrl(def, c);
            const init: RequestInit = { method: def.method, headers: c.headers };
            if (c.body.text !== undefined) init.body = c.body.text;
            let res: Response;
            try {
              res = await app.request(url, init);
            } catch (err) {
              // A URL the Request constructor itself refuses never reaches the server.
              if (err instanceof TypeError && /URL|header|Headers|ByteString/i.test(err.message)) return;
              throw err;
            }
            const text = await res.text();
            if (process.env.PROPERTY_DEBUG) statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const where = `${def.method} ${url.slice(0, 200)} → ${res.status} ${text.slice(0, 400)}`;
            assert.ok(res.status < 500, where);
            if (res.status >= 400) {
              assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, where);
              const p = JSON.parse(text);
              assert.equal(p.status, res.status, where);
              assert.equal(typeof p.type, 'string', where);
              assert.equal(typeof p.title, 'string', where);
              if (res.status === 400 || res.status === 422) {
                assert.ok(Array.isArray(p.errors) && p.errors.length > 0, `no errors[]: ${where}`);
                for (const e of p.errors) assert.match(e.field, FIELD, where);
                // A body we broke at one place: the problem names that place (or an ancestor/descendant).
                if (res.status === 422 && c.body.mutated && p.type === 'urn:motcua:problem:validation') {
                  const target = ['body', ...c.body.mutated.map(String)].join('.');
                  const related = p.errors.some((e: { field: string }) => target.startsWith(e.field) || e.field.startsWith(target));
                  // Business checks may still name another field (e.g. unknown unit); only
                  // schema-level errors must point at the mutation.
                  if (!related) {
                    assert.ok(
                      p.errors.every((e: { code: string }) => /^unknown_|path_mismatch|out_of_scope/.test(e.code)),
                      `errors do not name ${target}: ${where}`,
                    );
                  }
                }
              }
            }
          }),
          { numRuns: RUNS[kind]!, endOnFailure: true },
        );
        if (process.env.PROPERTY_DEBUG) console.log(def.operationId, JSON.stringify(Object.fromEntries(statuses)));
      });
    }
  });
}

// Keep the import of `routes` meaningful for readers: the table above is `routes` as a list.
void routes;
