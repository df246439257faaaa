// A real server on an ephemeral port: startServer() serves over HTTP, close() finishes requests
// in flight, refuses new ones and closes the database; `tsx src/main.ts` starts, seeds a fresh
// PGlite folder once, prints its URL and exits cleanly on SIGTERM.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/main.js';
import { startTestServer } from './support/test-server.js';
import { BACKEND_NAMES, openSeeded, type SeededDb } from './public-support.js';

const API_ROOT = fileURLToPath(new URL('..', import.meta.url));

for (const name of BACKEND_NAMES) {
  describe(`startServer on ${name}`, () => {
    let t: SeededDb;
    before(async () => {
      t = await openSeeded(name);
    });
    after(async () => {
      await t?.close();
    });

    test('serves on an ephemeral port and closes gracefully, finishing requests in flight', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const server = await startServer({
        port: 0,
        db: t.db,
        config: { seed: false, logRequests: false },
        configureApp: (app) =>
          app.get('/test/slow', async (c) => {
            await gate;
            return c.json({ finished: true });
          }),
      });
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(server.port > 0);

      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      // headers survive @hono/node-server's response path (GET and HEAD, JSON and problems)
      for (const [method, path] of [['GET', '/v1/fields'], ['HEAD', '/v1/fields'], ['GET', '/v1/units/abc'], ['GET', '/nope']] as const) {
        const r = await fetch(`${server.url}${path}`, { method, headers: { origin: 'https://tanninh.tayninh.gov.vn' } });
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${method} ${path}`);
        assert.equal(r.headers.get('x-frame-options'), 'DENY', `${method} ${path}`);
        assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/, `${method} ${path}`);
        if (path.startsWith('/v1/')) assert.equal(r.headers.get('access-control-allow-origin'), '*', `${method} ${path}`);
        assert.ok(r.headers.get('x-request-id'), `${method} ${path}`);
        await r.arrayBuffer();
      }
      const docs = await fetch(`${server.url}/docs`);
      assert.match(docs.headers.get('content-security-policy') ?? '', /script-src 'self' 'nonce-/);
      await docs.text();
      const search = await fetch(`${server.url}/v1/procedures?q=khai+sinh&limit=1`);
      assert.equal(((await search.json()) as { items: { code: string }[] }).items[0]?.code, '1.001193');

      const inFlight = fetch(`${server.url}/test/slow`);
      await new Promise((r) => setTimeout(r, 100));
      const closing = server.close();
      // while draining, readiness fails so a load balancer stops sending traffic
      const ready = await server.app.request('/readyz');
      assert.equal(ready.status, 503);
      release();
      const res = await inFlight;
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { finished: true });
      await closing;
      await assert.rejects(fetch(`${server.url}/healthz`), 'no new connections after close');
      // a db passed in is not closed by the server
      const still = await t.db.query<{ ok: number }>('SELECT 1 AS ok');
      assert.equal(still.rows[0]?.ok, 1);
      // close() twice is fine
      await server.close();
    });
  });
}

describe('startTestServer', () => {
  test('in-memory PGlite, seeded, closes its database', async () => {
    const server = await startTestServer();
    try {
      assert.equal(server.db.kind, 'pglite');
      assert.equal(server.seed?.units, 3321);
      const r = await fetch(`${server.url}/v1/units/25459`);
      assert.equal(r.status, 200);
    } finally {
      await server.close();
    }
    await assert.rejects(server.db.query('SELECT 1'));
  });
});

describe('main entry (tsx src/main.ts)', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'motcua-main-'));
  });
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function run(): Promise<{ url: string; lines: Record<string, unknown>[]; stop: () => Promise<number | null> }> {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', MOTCUA_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], { cwd: API_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Record<string, unknown>[] = [];
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed in time\n${out}\n${err}`)), 120_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        for (const l of out.split('\n')) if (l.startsWith('{')) try { lines.push(JSON.parse(l) as Record<string, unknown>); } catch { /* partial line */ }
        const m = /Một Cửa API: (http:\/\/\S+) /.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve({
            url: m[1]!,
            lines,
            stop: async () => {
              child.kill('SIGTERM');
              return exited;
            },
          });
        }
      });
      void exited.then((code) => reject(new Error(`exited early (${code})\n${out}\n${err}`)));
    });
  }

  test('starts on PGlite, seeds once, stops on SIGTERM with exit code 0', { timeout: 300_000 }, async () => {
    const first = await run();
    const r = await fetch(`${first.url}/v1/provinces`);
    assert.equal(r.status, 200);
    const listening = first.lines.find((l) => l.msg === 'listening') as { seed: { units: number } } | undefined;
    assert.equal(listening?.seed.units, 3321);
    assert.equal(await first.stop(), 0);

    const second = await run();
    const again = second.lines.find((l) => l.msg === 'listening') as { seed: { units: number; procedures: number } } | undefined;
    assert.equal(again?.seed.units, 0, 'the second start does not seed again');
    assert.equal(again?.seed.procedures, 0);
    const units = await fetch(`${second.url}/v1/units?limit=1`);
    assert.equal(((await units.json()) as { total: number }).total, 3321);
    assert.equal(await second.stop(), 0);
  });
});
