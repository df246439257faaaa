// Run as a province runs it: PostgreSQL + two API replicas (real processes) behind nginx with the
// committed deploy/nginx configuration, through real faults — a replica killed with SIGKILL under
// load, the same Idempotency-Key sent to both replicas at once, PostgreSQL stopped for 10 s
// mid-load, a rolling restart — plus the verifier guard across replicas, connection hygiene
// through nginx, metrics and request ids, and a pg_dump backup that restores.
//
// Needs Debian's nginx and PostgreSQL (.ci/run installs them). Without them the suite is skipped
// with a message, except in CI (CI=1), where that is a failure.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { API_DIR, API_MAIN, DEPLOY, Nginx, Postgres, Replica, findNginx, findPgBin, makeWorkDir, removeWorkDir, waitFor } from './cluster.mjs';

const PG_BIN = findPgBin();
const NGINX = findNginx();
const missing = [!PG_BIN && 'PostgreSQL (/usr/lib/postgresql/*/bin)', !NGINX && 'nginx', !existsSync(API_MAIN) && 'apps/api/dist (build @motcua/api)'].filter(Boolean);
if (missing.length && process.env.CI) throw new Error(`replica suite: missing ${missing.join(', ')}`);
const skip = missing.length ? `missing ${missing.join(', ')}` : false;

const SEED = JSON.parse(readFileSync(join(API_DIR, 'seed/dossiers.json'), 'utf8'));
const DOSSIER = SEED.dossiers.find((d) => d.verifiers?.idLast4);
const UNIT = '25459';
const SURVEY_ANSWERS = { access: 5, procedure: 4, official: 5, result: 4, feedback: 3 };
const REQUEST_TIMEOUT_MS = 15_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const newKey = (tag) => `${tag}-${randomBytes(9).toString('hex')}`;

/** One HTTP request with a client timeout; network errors and timeouts are results, not throws. */
async function send(url, { method = 'GET', body, headers = {} } = {}) {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers, ms: Date.now() - started };
  } catch (error) {
    return { status: 0, error: String(error?.cause?.code ?? error?.name ?? error), ms: Date.now() - started };
  }
}

const survey = (base, key) => send(`${base}/v1/surveys`, { method: 'POST', body: { unit: UNIT, answers: SURVEY_ANSWERS, comment: key }, headers: { 'idempotency-key': key } });

/** Runs `worker` on `concurrency` lanes until `stop()` resolves; returns every result. */
async function underLoad(concurrency, worker, during) {
  let running = true;
  const results = [];
  const lanes = Array.from({ length: concurrency }, async (_, lane) => {
    for (let i = 0; running && i < 100_000; i++) results.push(await worker(lane, i));
  });
  try {
    await during();
  } finally {
    running = false;
    await Promise.all(lanes);
  }
  return results;
}

/** A write the widgets' outbox would retry: a network error, or 503/429 with Retry-After. */
function retryable(r) {
  return r.status === 0 || ((r.status === 503 || r.status === 429) && r.headers.get('retry-after') !== null);
}

/** The outbox: resend each write with its own key until it is accepted. */
async function deliver(base, keys, deadlineMs = 30_000) {
  const until = Date.now() + deadlineMs;
  const answers = new Map();
  for (const key of keys) {
    for (;;) {
      const r = await survey(base, key);
      if (r.status === 201) {
        answers.set(key, r);
        break;
      }
      assert.ok(retryable(r), `outbox delivery of ${key}: ${r.status} ${r.error ?? r.text}`);
      assert.ok(Date.now() < until, 'outbox could not deliver before its deadline');
      await sleep(200);
    }
  }
  return answers;
}

describe('replicas behind nginx (deploy/nginx/motcua.conf)', { skip, timeout: 170_000 }, () => {
  let work;
  let db;
  let pool;
  const replicas = [];
  let nginx;
  const figures = [];

  before(async () => {
    work = makeWorkDir();
    db = await Postgres.create(PG_BIN, work);
    const env = {
      DATABASE_URL: db.url,
      MOTCUA_TRUST_PROXY: '1',
      MOTCUA_SEED: 'true',
      MOTCUA_PG_POOL_MAX: '8',
      MOTCUA_LOG_REQUESTS: 'true',
      // One client (127.0.0.1) sends the whole load: lift the per-address survey limit only.
      MOTCUA_RATE_LIMITS: 'surveyPerAddress=100000/60',
      MOTCUA_PG_CONNECT_TIMEOUT_MS: '2000',
    };
    const [p1, p2] = [await import('./cluster.mjs').then((m) => m.freePort()), await import('./cluster.mjs').then((m) => m.freePort())];
    replicas.push(new Replica('replica-1', p1, env), new Replica('replica-2', p2, env));
    await replicas[0].start(); // migrates and seeds
    await replicas[1].start();
    nginx = await Nginx.create(NGINX, work, [p1, p2]);
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on('error', () => {});
  });

  after(async () => {
    if (figures.length) console.log(`replica suite figures:\n  ${figures.join('\n  ')}`);
    await pool?.end().catch(() => {});
    await nginx?.stop();
    await Promise.all(replicas.map((r) => r.stop()));
    try {
      db?.stop();
    } catch {
      /* already stopped */
    }
    if (work && !process.env.MOTCUA_KEEP_REPLICA_DIR) removeWorkDir(work);
    else if (work) console.log(`replica suite files kept in ${work}`);
  });

  const storedSurveys = async (keys) => {
    const res = await pool.query('SELECT id::text AS id, comment FROM surveys WHERE comment = ANY($1::text[])', [keys]);
    return res.rows;
  };

  test('nginx balances over both replicas; request ids, gzip, /cdn/, 413 problems', async () => {
    for (let i = 0; i < 6; i++) {
      const r = await send(`${nginx.url}/v1/provinces`);
      assert.equal(r.status, 200);
      assert.match(r.headers.get('x-request-id') ?? '', /^[0-9a-f]{32}$/, 'nginx request id passed to the API');
    }
    // Both replicas served (their own metrics count the route).
    for (const rep of replicas) {
      const m = await send(`${rep.url}/metrics`);
      assert.match(m.text, /motcua_http_requests_total\{method="GET",route="\/v1\/provinces",status="200"\} [1-9]/, rep.name);
    }
    const gz = await fetch(`${nginx.url}/v1/openapi.json`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.status, 200);
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    await gz.arrayBuffer();
    const cdn = await fetch(`${nginx.url}/cdn/v1/embed.js`, { headers: { origin: 'https://xa-example.gov.vn', 'accept-encoding': 'gzip' } });
    assert.equal(cdn.status, 200);
    assert.ok(cdn.headers.get('access-control-allow-origin'), 'CORS on /cdn/');
    await cdn.arrayBuffer();
    // Over the API's 64 KB, under nginx's 1 MB: the API's own problem.
    const big = await send(`${nginx.url}/v1/dossiers/lookup`, { method: 'POST', body: { code: 'x'.repeat(100_000), verifier: '1234' } });
    assert.equal(big.status, 413);
    assert.match(big.headers.get('content-type') ?? '', /application\/problem\+json/);
    // Over nginx's limit: nginx answers, still a problem document.
    const huge = await send(`${nginx.url}/v1/dossiers/lookup`, { method: 'POST', body: { code: 'x'.repeat(2_000_000), verifier: '1234' } });
    assert.ok(huge.status === 413 || huge.status === 0, `huge body: ${huge.status}`);
    if (huge.status === 413) assert.match(huge.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('a 3 MB body then two small requests on one keep-alive connection through nginx: nothing poisoned', async () => {
    const text = await new Promise((resolve, reject) => {
      const s = connect(nginx.port, '127.0.0.1');
      let out = '';
      const done = () => resolve(out);
      s.on('data', (d) => (out += d.toString('latin1')));
      s.on('close', done);
      s.on('error', (e) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? done() : reject(e)));
      setTimeout(() => s.destroy(), 5_000).unref();
      s.on('connect', () => {
        const body = Buffer.alloc(3 * 1024 * 1024, 0x61);
        s.write(`POST /v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
        s.write(body);
        const small = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
        s.write(small + small);
      });
    });
    const statuses = (text.match(/HTTP\/1\.1 (\d{3})/g) ?? []).map((l) => l.slice(9));
    assert.equal(statuses[0], '413', text.slice(0, 300));
    for (const st of statuses.slice(1)) assert.equal(st, '200', `a later request answered ${st}: the refused body was read as a request`);
    // A keep-alive client carries on: both small requests answered.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path, body) =>
      new Promise((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: nginx.port, path, agent, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : {} }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        });
        req.on('error', (e) => resolve(e.code));
        req.end(body);
      });
    const first = await get('/v1/dossiers/lookup', Buffer.alloc(3 * 1024 * 1024, 0x61));
    assert.ok(first === 413 || first === 'ECONNRESET' || first === 'EPIPE', String(first));
    assert.equal(await get('/healthz'), 200);
    assert.equal(await get('/healthz'), 200);
    agent.destroy();
  });

  test('the verifier guard holds whichever replica answers; a spoofed X-Forwarded-For changes nothing; the owner elsewhere gets in', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const r = await send(`${nginx.url}/v1/dossiers/lookup`, {
        method: 'POST',
        body: { code: DOSSIER.code, verifier: String(1000 + i) },
        headers: { 'x-forwarded-for': `198.51.100.${i}` }, // nginx replaces it with the real address
      });
      statuses.push(r.status);
    }
    assert.deepEqual(statuses, [404, 404, 404, 404, 429]);
    // Directly on each replica (same client address 127.0.0.1): both refuse, even the right verifier.
    for (const rep of replicas) {
      const r = await send(`${rep.url}/v1/dossiers/lookup`, { method: 'POST', body: { code: DOSSIER.code, verifier: DOSSIER.verifiers.idLast4 } });
      assert.equal(r.status, 429, rep.name);
      assert.ok(Number(r.headers.get('retry-after')) >= 1);
    }
    // The owner from another address (a proxied client) is not refused.
    const owner = await send(`${replicas[1].url}/v1/dossiers/lookup`, {
      method: 'POST',
      body: { code: DOSSIER.code, verifier: DOSSIER.verifiers.idLast4 },
      headers: { 'x-forwarded-for': '203.0.113.77' },
    });
    assert.equal(owner.status, 200);
    const metrics = await send(`${nginx.url}/metrics`);
    assert.match(metrics.text, /motcua_rate_limit_refusals_total\{limit="verifierPerAddress"\} [1-9]/);
  });

  test('the same Idempotency-Key sent to both replicas at once: stored once, equal answers', async () => {
    const keys = Array.from({ length: 12 }, () => newKey('twin'));
    const pairs = await Promise.all(keys.map((k) => Promise.all(replicas.map((rep) => survey(rep.url, k)))));
    for (const [a, b] of pairs) {
      assert.equal(a.status, 201, a.text);
      assert.equal(b.status, 201, b.text);
      assert.deepEqual(a.json, b.json);
    }
    const rows = await storedSurveys(keys);
    assert.equal(rows.length, keys.length, 'one survey per key');
    const replays = pairs.flat().filter((r) => r.headers.get('idempotent-replayed') === 'true').length;
    assert.equal(replays, keys.length, 'one of each pair is the replay');
    figures.push(`same key to both replicas: ${keys.length} keys, ${rows.length} stored, ${replays} replays`);
  });

  test('a replica killed with SIGKILL under load: every 2xx it gave is stored; retried writes stored once', async () => {
    const sent = [];
    const results = await underLoad(
      8,
      async (lane) => {
        const key = newKey('kill');
        sent.push(key);
        // Half the lanes talk to the doomed replica directly, so its own 2xx answers are checked
        // (through nginx, requests it dropped are retried on the other replica).
        const direct = lane % 2 === 0;
        const r = await survey(direct ? replicas[0].url : nginx.url, key);
        return { key, direct, ...r };
      },
      async () => {
        await sleep(1_500);
        await replicas[0].kill('SIGKILL');
        await sleep(1_500);
      },
    );
    const ok = results.filter((r) => r.status === 201);
    const failed = results.filter((r) => r.status !== 201);
    const stored = await storedSurveys(ok.map((r) => r.key));
    const storedById = new Map(stored.map((s) => [s.comment, s.id]));
    for (const r of ok) assert.equal(storedById.get(r.key), r.json.id, `acknowledged ${r.key} is stored with its id`);
    for (const r of failed) assert.ok(retryable(r), `failure ${r.status} ${r.error ?? r.text}`);
    const directOk = ok.filter((r) => r.direct).length;
    assert.ok(directOk > 0, 'the killed replica acknowledged writes before it died');
    assert.ok(failed.some((r) => r.direct), 'the kill happened under load (direct requests failed)');
    await replicas[0].start();
    // The clients retry what failed, with the same keys.
    await deliver(nginx.url, failed.map((r) => r.key));
    const all = await storedSurveys(sent);
    assert.equal(all.length, new Set(sent).size, 'every write stored exactly once');
    const nginxFailed = failed.filter((r) => !r.direct).length;
    figures.push(`SIGKILL under load: ${results.length} writes, ${ok.length} acknowledged (all stored; ${directOk} by the killed replica itself), ${failed.length} failed (${failed.length - nginxFailed} direct to the killed replica, ${nginxFailed} through nginx) and delivered once on retry`);
  });

  test('PostgreSQL stopped 10 s mid-load: 503 problem + Retry-After (never 500, never a hang), /readyz not ready, recovery by itself, outbox delivers once', async () => {
    const sent = [];
    let readyDuringOutage = [];
    const results = await underLoad(
      4,
      async (lane, i) => {
        if (lane % 2 === 0) {
          const r = await send(`${nginx.url}/v1/procedures?q=khai%20sinh&page=${(i % 3) + 1}`);
          return { kind: 'read', ...r };
        }
        const key = newKey('pgstop');
        sent.push(key);
        return { kind: 'write', key, ...(await survey(nginx.url, key)) };
      },
      async () => {
        await sleep(1_500);
        db.stop();
        const stoppedAt = Date.now();
        await sleep(1_500);
        readyDuringOutage = await Promise.all(replicas.map((rep) => send(`${rep.url}/readyz`)));
        await sleep(Math.max(0, 10_000 - (Date.now() - stoppedAt)));
        db.start();
        await waitFor(
          async () => (await Promise.all(replicas.map((rep) => send(`${rep.url}/readyz`)))).every((r) => r.status === 200),
          20_000,
          'replicas ready again',
          () => replicas.map((rep) => `${rep.name} exit=${rep.child.exitCode} signal=${rep.child.signalCode}\n${rep.logs.filter((l) => !l.includes('"msg":"request"')).slice(-8).join('\n')}`).join('\n'),
        );
        await sleep(500);
      },
    );
    for (const r of readyDuringOutage) assert.equal(r.status, 503, '/readyz during the outage');
    const byStatus = {};
    for (const r of results) byStatus[r.status || r.error] = (byStatus[r.status || r.error] ?? 0) + 1;
    const unavailable = results.filter((r) => r.status === 503);
    assert.ok(unavailable.length > 0, `the outage was seen: ${JSON.stringify(byStatus)}`);
    for (const r of results) {
      assert.ok(r.status === 200 || r.status === 201 || r.status === 503, `status ${r.status || r.error} during the outage: ${r.text?.slice(0, 200)}`);
      assert.ok(r.ms < REQUEST_TIMEOUT_MS, `a request hung ${r.ms} ms`);
    }
    for (const r of unavailable) {
      assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.ok(Number(r.headers.get('retry-after')) >= 1, 'Retry-After');
    }
    const slowest = Math.max(...results.map((r) => r.ms));
    // The outbox resends every write that was not accepted; each is stored once.
    const writes = results.filter((r) => r.kind === 'write');
    await deliver(nginx.url, writes.filter((r) => r.status !== 201).map((r) => r.key));
    const all = await storedSurveys(sent);
    assert.equal(all.length, new Set(sent).size, 'every write stored exactly once');
    figures.push(`PostgreSQL stopped 10 s: ${results.length} requests ${JSON.stringify(byStatus)}, slowest ${slowest} ms, ${writes.length} writes all stored once after the outbox`);
  });

  test('a rolling restart during load: no request fails that a client would not retry', async () => {
    const sent = [];
    const exits = [];
    const results = await underLoad(
      6,
      async (lane, i) => {
        if (lane % 2 === 0) return { kind: 'read', ...(await send(`${nginx.url}/v1/procedures/${encodeURIComponent('1.001193')}?i=${i}`)) };
        const key = newKey('roll');
        sent.push(key);
        return { kind: 'write', key, ...(await survey(nginx.url, key)) };
      },
      async () => {
        // deploy/README.md "Upgrade": one replica at a time; after it is ready again, wait longer
        // than nginx's fail_timeout (2 s) so nginx routes to it before the next one stops.
        for (const rep of replicas) {
          await sleep(1_000);
          exits.push(await rep.stop());
          await rep.start();
          await sleep(2_500);
        }
      },
    );
    for (const e of exits) assert.deepEqual(e, { code: 0, signal: null }, 'SIGTERM: a clean exit');
    const byStatus = {};
    for (const r of results) byStatus[r.status || r.error] = (byStatus[r.status || r.error] ?? 0) + 1;
    for (const r of results) {
      const fine = (r.status >= 200 && r.status < 300) || r.status === 404 || retryable(r);
      assert.ok(fine, `a request failed in a way a client would not retry: ${r.status || r.error} ${r.text?.slice(0, 200) ?? ''}\nnginx: ${nginx.errorLog().slice(-1500)}`);
    }
    const writes = results.filter((r) => r.kind === 'write');
    await deliver(nginx.url, writes.filter((r) => r.status !== 201).map((r) => r.key));
    const all = await storedSurveys(sent);
    assert.equal(all.length, new Set(sent).size);
    figures.push(`rolling restart: ${results.length} requests ${JSON.stringify(byStatus)}`);
  });

  test('JSON logs carry nginx request ids; /metrics reports routes, pool, refusals, replays', async () => {
    const r = await send(`${nginx.url}/v1/provinces`);
    const id = r.headers.get('x-request-id');
    await waitFor(() => replicas.some((rep) => rep.logs.some((l) => l.includes(id))), 5_000, 'log line');
    const line = replicas.flatMap((rep) => rep.logs).find((l) => l.includes(id));
    const parsed = JSON.parse(line);
    assert.equal(parsed.requestId, id);
    assert.equal(parsed.path, '/v1/provinces');
    assert.equal(parsed.status, 200);
    assert.equal((await survey(replicas[0].url, newKey('metrics'))).status, 201);
    const replayKey = newKey('metrics');
    for (let i = 0; i < 2; i++) assert.equal((await survey(replicas[0].url, replayKey)).status, 201);
    assert.equal((await send(`${nginx.url}/metrics`)).status, 200, '/metrics through nginx from 127.0.0.1');
    const m = (await send(`${replicas[0].url}/metrics`)).text;
    for (const re of [
      /motcua_http_request_duration_seconds_bucket\{le="[\d.]+",method="POST",route="\/v1\/surveys",status="201"\}/,
      /motcua_db_pool_connections\{state="total"\} \d+/,
      /motcua_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/,
      /motcua_idempotent_replays_total\{route="\/v1\/surveys"\} [1-9]/,
    ]) {
      assert.match(m, re);
    }
  });

  test('a pg_dump backup restores (deploy/scripts/backup.sh, restore-check.sh)', async () => {
    const env = { ...process.env, DATABASE_URL: db.url, PG_BIN };
    const file = join(work, 'backup.dump');
    const out = execFileSync(join(DEPLOY, 'scripts/backup.sh'), [file], { env, encoding: 'utf8' });
    assert.match(out, /backup: /);
    const check = execFileSync(join(DEPLOY, 'scripts/restore-check.sh'), [file], { env, encoding: 'utf8' });
    assert.match(check, /restore-check: ok/);
    const counted = Object.fromEntries([...check.matchAll(/^(\w+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
    for (const table of ['procedures', 'dossiers', 'surveys', 'idempotency_keys']) {
      const live = (await pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
      assert.equal(counted[table], live, `${table} restored`);
    }
    assert.ok(counted.surveys > 0);
    assert.equal(counted.migration, (await pool.query('SELECT max(version)::int AS v FROM schema_migrations')).rows[0].v);
  });
});
