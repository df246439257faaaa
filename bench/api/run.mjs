#!/usr/bin/env node
// API benchmark: starts the built server (apps/api/dist — run `npm run build -w @motcua/contracts
// && npm run build -w @motcua/api` first; this script builds nothing), loads it with autocannon on
// loopback and prints req/s, p50 and p99 for search, procedure detail and dossier lookup:
//   - on embedded PGlite, and on PostgreSQL when DATABASE_URL is set (a throwaway schema);
//   - with the seeded catalog, and with a generated national-size catalog (6,500 procedures,
//     bench/api/generate-catalog.mjs) imported through `motcua-api import-catalog`.
// The lookup rate limits are lifted for the benchmark with MOTCUA_RATE_LIMITS=off (benchmark
// only: never in production). It prints; it never fails the build.
//
// Options: --duration <s> (10) --connections <n> (50) --db pglite|postgres --catalog seed|national
//          --scenario search|detail|lookup (repeatable filters), --json <file> to save the results,
//          --limits on (keep the database-backed rate limits and verifier guard on; per-address buckets lifted).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const API = join(ROOT, 'apps/api');
const MAIN = join(API, 'dist/main.js');
const CLI = join(API, 'dist/cli/index.js');

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const many = (name) => argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] ? [argv[i + 1]] : []));
const DURATION = Number(opt('duration', process.env.BENCH_DURATION ?? '10'));
const CONNECTIONS = Number(opt('connections', process.env.BENCH_CONNECTIONS ?? '50'));
const DBS = many('db').length ? many('db') : ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
const CATALOGS = many('catalog').length ? many('catalog') : ['seed', 'national'];
const SCENARIOS = many('scenario').length ? many('scenario') : ['search', 'detail', 'lookup'];
const JSON_OUT = opt('json', null);
// --limits on: the shared rate limits stay on (the verifier guard's statements in PostgreSQL on every
// lookup), only the per-address buckets are lifted since all the load comes from 127.0.0.1.
const LIMITS = opt('limits', 'off') === 'on' ? 'lookupPerAddress=1000000000/60,evaluationPerAddress=1000000000/60,surveyPerAddress=1000000000/60' : 'off';

// Targets from the issue (2-core machine, PostgreSQL, 50 connections).
const TARGETS = {
  search: { text: 'p99 < 25 ms (PostgreSQL)', ok: (r) => r.p99 < 25 },
  detail: { text: '> 3,000 req/s (PostgreSQL)', ok: (r) => r.rps > 3000 },
  lookup: { text: '—', ok: null },
};

// What citizens type: with and without diacritics, everyday names, typos, filters.
const SEARCHES = [
  'q=khai%20sinh',
  'q=%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh',
  'q=dang%20ky%20khai%20sinh',
  'q=l%C3%A0m%20gi%E1%BA%A5y%20khai%20sinh',
  'q=ket%20hon',
  'q=%C4%91%C4%83ng%20k%C3%BD%20k%E1%BA%BFt%20h%C3%B4n',
  'q=xac%20nhan%20tinh%20trang%20hon%20nhan',
  'q=gi%E1%BA%A5y%20x%C3%A1c%20nh%E1%BA%ADn%20t%C3%ACnh%20tr%E1%BA%A1ng%20h%C3%B4n%20nh%C3%A2n',
  'q=chung%20thuc%20ban%20sao',
  'q=ch%E1%BB%A9ng%20th%E1%BB%B1c%20ch%E1%BB%AF%20k%C3%BD',
  'q=tam%20tru',
  'q=%C4%91%C4%83ng%20k%C3%BD%20th%C6%B0%E1%BB%9Dng%20tr%C3%BA',
  'q=thuong%20tru&unit=25459',
  'q=khai%20tu',
  'q=trich%20luc%20ho%20tich',
  'q=khai%20snh', // typo
  'q=ho%20kinh%20doanh',
  'q=tro%20cap%20xa%20hoi',
  'q=mai%20t%C3%A1ng',
  'q=khuyet%20tat&unit=25459',
  'q=giay%20phep%20xay%20dung',
  'q=DANG%20KY%20TAM%20VANG',
  'field=ho-tich&unit=25459',
  'q=ban%20sao&online=any&page=2',
];

function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function runCli(args, env) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res(out) : rej(new Error(`motcua-api ${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`))));
  });
}

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', MOTCUA_LOG_REQUESTS: 'false', MOTCUA_RATE_LIMITS: LIMITS, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${stderr}`);
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.status === 200) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server not ready after 300 s:\n${stderr}`);
}

async function stopServer(server) {
  if (server.child.exitCode !== null) return;
  const done = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  await done;
  clearTimeout(timer);
}

function cannon(opts) {
  return new Promise((res, rej) => {
    autocannon({ connections: CONNECTIONS, pipelining: 1, timeout: 10, ...opts }, (err, result) => (err ? rej(err) : res(result)));
  });
}

function rotating(items, make) {
  let i = 0;
  return [
    {
      setupRequest(req) {
        const item = items[i++ % items.length];
        return { ...req, ...make(item) };
      },
    },
  ];
}

async function measure(url, requests) {
  // Warm-up (JIT, caches, pools), not measured.
  await cannon({ url, requests, duration: Math.min(2, DURATION) });
  const r = await cannon({ url, requests, duration: DURATION });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

async function prepareDatabase(db) {
  if (db === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
    return { env: { ...process.env, MOTCUA_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { default: pg } = await import('pg');
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const u = new URL(process.env.DATABASE_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { ...process.env, DATABASE_URL: u.toString() },
    cleanup: async () => {
      const d = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await d.connect();
      await d.query(`DROP SCHEMA ${schema} CASCADE`);
      await d.end();
    },
  };
}

function demoDossiers() {
  const file = join(API, 'seed/dossiers.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8'));
  return (data.dossiers ?? []).map((d) => ({ code: d.code, verifier: d.verifiers?.idLast4 ?? d.verifier })).filter((d) => d.code && d.verifier);
}

async function main() {
  if (!existsSync(MAIN) || !existsSync(CLI)) {
    console.log(`apps/api/dist is missing: run \`npm run build -w @motcua/contracts && npm run build -w @motcua/api\` first.`);
    return;
  }
  let nationalFile = null;
  if (CATALOGS.includes('national')) {
    nationalFile = join(tmpdir(), `motcua-national-${process.pid}.json`);
    await new Promise((res, rej) => {
      const g = spawn(process.execPath, [join(HERE, 'generate-catalog.mjs'), nationalFile, '--count', '6500'], { stdio: ['ignore', 'ignore', 'inherit'] });
      g.on('close', (code) => (code === 0 ? res() : rej(new Error(`generate-catalog exited ${code}`))));
    });
  }
  const national = nationalFile ? JSON.parse(readFileSync(nationalFile, 'utf8')).procedures.map((p) => p.code) : [];
  const dossiers = demoDossiers();
  const results = [];

  for (const db of DBS) {
    for (const catalog of CATALOGS) {
      const label = `${db} / ${catalog}`;
      log(`${label}: preparing`);
      const prepared = await prepareDatabase(db);
      let server;
      try {
        const t0 = Date.now();
        server = await startServer(prepared.env); // first start: migrations + seed
        log(`${label}: seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        if (catalog === 'national') {
          await stopServer(server); // PGlite: one process per data folder
          const t1 = Date.now();
          const out = await runCli(['import-catalog', nationalFile], prepared.env);
          log(`${label}: ${out.trim().split('\n').pop()} (${((Date.now() - t1) / 1000).toFixed(1)} s)`);
          server = await startServer(prepared.env);
        }
        const list = await (await fetch(`${server.url}/v1/procedures?limit=100`)).json();
        const seededCodes = (list.items ?? []).map((p) => p.code);
        const detailCodes = catalog === 'national' ? national.filter((_, i) => i % 13 === 0) : seededCodes;

        for (const scenario of SCENARIOS) {
          let requests;
          if (scenario === 'search') requests = rotating(SEARCHES, (q) => ({ method: 'GET', path: `/v1/procedures?${q}` }));
          else if (scenario === 'detail') requests = rotating(detailCodes.length ? detailCodes : ['1.001193'], (code) => ({ method: 'GET', path: `/v1/procedures/${code}` }));
          else {
            if (dossiers.length === 0) {
              log(`${label}: no demo dossiers in seed/dossiers.json, lookup skipped`);
              continue;
            }
            requests = rotating(dossiers, (d) => ({
              method: 'POST',
              path: '/v1/dossiers/lookup',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ code: d.code, verifier: d.verifier }),
            }));
          }
          log(`${label}: ${scenario} (${DURATION} s, ${CONNECTIONS} connections)`);
          const r = await measure(server.url, requests);
          results.push({ db, catalog, scenario, ...r });
          log(`${label}: ${scenario} → ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.non2xx ? `, ${r.non2xx} non-2xx` : ''}${r.errors ? `, ${r.errors} errors` : ''}`);
        }
      } catch (err) {
        log(`${label}: FAILED: ${err.stack ?? err}`);
        results.push({ db, catalog, scenario: 'setup', error: String(err.message ?? err).split('\n')[0] });
      } finally {
        if (server) await stopServer(server);
        await prepared.cleanup().catch(() => {});
      }
    }
  }
  if (nationalFile) rmSync(nationalFile, { force: true });
  printTable(results);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ date: new Date().toISOString(), duration: DURATION, connections: CONNECTIONS, results }, null, 2));
}

function printTable(results) {
  const head = ['database', 'catalog', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'target'];
  const rows = results.map((r) => {
    if (r.error) return [r.db, r.catalog, 'setup failed', '', '', '', '', r.error.slice(0, 60)];
    const t = TARGETS[r.scenario];
    const verdict = t.ok && r.db === 'postgres' ? (t.ok(r) ? ' ✓' : ' ✗') : '';
    return [r.db, r.catalog, r.scenario, r.rps.toLocaleString('en-US'), String(r.p50), String(r.p99), String(r.non2xx + r.errors), t.text + verdict];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nMột Cửa API benchmark — ${DURATION} s per scenario, ${CONNECTIONS} connections, loopback, Node ${process.version}`);
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`Targets apply to PostgreSQL on the 2-core reference machine. MOTCUA_RATE_LIMITS=${LIMITS === 'off' ? 'off' : 'on, per-address buckets lifted'} during the run.`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 0; // prints, never fails the build
});
