// The database going away under a real server: PostgreSQL (DATABASE_URL) is reached through a TCP
// relay that the test cuts — every connection reset, new ones refused — and restores. Reads and
// writes answer 503 application/problem+json with Retry-After (never a 500, never a hang),
// /readyz says not ready, /metrics counts it, and the server recovers by itself. (The replica
// suite stops a real PostgreSQL server; this one runs wherever DATABASE_URL is set.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { createPostgresDb } from '../src/db/postgres.js';
import type { Db } from '../src/db/types.js';
import { startServer, type RunningServer } from '../src/main.js';
import { GOOD_SURVEY_ANSWERS, FIX, newKey } from './citizen-support.js';
import { openSeeded, type SeededDb } from './public-support.js';

/** A TCP relay to host:port that can be cut and restored on the same port. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly host: string, private readonly target: number) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((r) => this.server?.close(() => r()));
    for (const s of this.sockets) s.resetAndDestroy();
    await closed;
  }
}

describe('database outage (PostgreSQL through a relay that is cut)', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  let seeded: SeededDb;
  let relay: Relay;
  let db: Db;
  let server: RunningServer;

  before(async () => {
    seeded = await openSeeded('postgres');
    const url = new URL(seeded.url!);
    relay = new Relay(url.hostname, Number(url.port || 5432));
    await relay.open();
    url.hostname = '127.0.0.1';
    url.port = String(relay.port);
    db = await createPostgresDb({ connectionString: url.toString(), max: 4, connectTimeoutMs: 1_000, statementTimeoutMs: 3_000 });
    server = await startServer({ db, config: { seed: false, logRequests: false, cacheTtlSeconds: 0 } });
  });

  after(async () => {
    await server?.close();
    await db?.close();
    await relay?.cut().catch(() => undefined);
    await seeded?.close();
  });

  const survey = (key: string) =>
    fetch(`${server.url}/v1/surveys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ unit: FIX.unit, answers: GOOD_SURVEY_ANSWERS }),
      signal: AbortSignal.timeout(10_000),
    });

  test('503 problem + Retry-After while unreachable, /readyz 503, then recovery by itself; a retried write is stored once', async () => {
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
    assert.equal((await fetch(`${server.url}/v1/procedures?q=khai%20sinh`)).status, 200);
    await relay.cut();

    const key = newKey();
    for (const req of [() => fetch(`${server.url}/v1/procedures?q=khai%20sinh`, { signal: AbortSignal.timeout(10_000) }), () => survey(key)]) {
      const started = Date.now();
      const res = await req();
      assert.equal(res.status, 503);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      const body = (await res.json()) as { status: number; type: string };
      assert.equal(body.status, 503);
      assert.ok(Date.now() - started < 5_000, `answered in ${Date.now() - started} ms`);
    }
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 503);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /motcua_db_unavailable_total [1-9]/);

    await relay.open();
    const until = Date.now() + 10_000;
    while ((await fetch(`${server.url}/readyz`)).status !== 200) {
      assert.ok(Date.now() < until, 'ready again within 10 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const first = await survey(key);
    assert.equal(first.status, 201);
    const again = await survey(key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
  });

  test('/metrics: requests by route pattern and status, query time, pool', async () => {
    await fetch(`${server.url}/v1/units/${FIX.unit}`);
    await fetch(`${server.url}/no/such/path`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(text, /motcua_http_requests_total\{method="GET",route="\/v1\/units\/:code",status="200"\} 1/);
    assert.match(text, /motcua_http_requests_total\{method="GET",route="unmatched",status="404"\} 1/);
    assert.doesNotMatch(text, /no\/such\/path/, 'client paths never become labels');
    assert.match(text, /motcua_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/);
    assert.match(text, /motcua_db_pool_connections\{state="idle"\} \d+/);
  });
});
