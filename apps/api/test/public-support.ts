// Test support for the public-read suites: the backends to run on (PGlite always, PostgreSQL when
// DATABASE_URL is set), each a fresh database that is migrated and seeded, and an app on it.
//
// PGlite: a migrated + seeded database image is cached in the system's temporary folder, keyed by
// the content of everything that shapes it (migrations, seed files, seed/catalog code), so each
// test file loads it in about a second instead of seeding again.
// PostgreSQL: each suite creates its own temporary database (motcua_t_<random>) and drops it.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createApp, type App } from '../src/app.js';
import { loadConfig, SEED_DIR, type Config } from '../src/config.js';
import { SEED_TODAY } from './support/test-server.js';
import { migrate } from '../src/db/migrate.js';
import { createPgliteDb, createMemoryPglite, pgliteParsers } from '../src/db/pglite.js';
import { createPostgresDb } from '../src/db/postgres.js';
import type { Db } from '../src/db/types.js';
import { silentLogger, type Logger } from '../src/http/logger.js';
import { seedIfEmpty, type SeedReport } from '../src/seed/index.js';

export type BackendName = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
export const BACKEND_NAMES: BackendName[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDb {
  name: BackendName;
  db: Db;
  /** Connection string of the temporary database (PostgreSQL only). */
  url?: string;
  close(): Promise<void>;
}

const API_ROOT = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    })
    .sort();
}

/** Hash of everything that decides what a freshly seeded database contains. */
function seededImageKey(): string {
  const h = createHash('sha256');
  const inputs = [
    ...filesUnder(join(API_ROOT, 'src', 'migrations')),
    ...filesUnder(join(API_ROOT, 'src', 'seed')),
    ...filesUnder(SEED_DIR),
    join(API_ROOT, 'src', 'db', 'catalog.ts'),
    join(API_ROOT, 'src', 'db', 'migrate.ts'),
    join(API_ROOT, 'src', 'db', 'verifier.ts'),
    join(API_ROOT, 'src', 'search', 'normalize.ts'),
    // the seeded calendar and the demo's placement
    join(API_ROOT, 'src', 'db', 'calendar.ts'),
    join(API_ROOT, 'src', 'domain', 'calendar-year.ts'),
    // demo feedback (placed and timed by the API's own functions)
    join(API_ROOT, 'src', 'domain', 'feedback.ts'),
    join(API_ROOT, 'src', 'db', 'feedback.ts'),
    join(API_ROOT, 'src', 'domain', 'vietnam-time.ts'),
    join(API_ROOT, '..', '..', 'packages', 'contracts', 'src', 'calendar.ts'),
    join(API_ROOT, 'src', 'search', 'english.ts'),
  ];
  for (const f of inputs) h.update(f.slice(API_ROOT.length)).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** A fresh, empty (not migrated) database. */
export async function openEmpty(name: BackendName): Promise<TestDb> {
  if (name === 'pglite') {
    const db = await createPgliteDb({ dataDir: ':memory:' });
    return { name, db, close: () => db.close() };
  }
  return openTempPostgres();
}

async function openTempPostgres(): Promise<TestDb> {
  const base = process.env.DATABASE_URL!;
  const dbName = `motcua_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const db = await createPostgresDb({ connectionString: url, max: 10 });
  return {
    name: 'postgres',
    db,
    url,
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface SeededDb extends TestDb {
  /** The seed report of the run that built this database (null when loaded from the image). */
  seed: SeedReport | null;
}

/** A fresh database, migrated and seeded from apps/api/seed. */
export async function openSeeded(name: BackendName): Promise<SeededDb> {
  if (name === 'postgres') {
    const t = await openTempPostgres();
    await migrate(t.db);
    const seed = await seedIfEmpty(t.db, { seedDir: SEED_DIR, now: () => new Date(SEED_TODAY) });
    return { ...t, seed };
  }
  const imagePath = join(tmpdir(), `motcua-api-seeded-${seededImageKey()}.tar`);
  if (existsSync(imagePath)) {
    try {
      const instance = await PGlite.create({ loadDataDir: new Blob([readFileSync(imagePath)]), parsers: pgliteParsers });
      const db = await createPgliteDb({ instance });
      return { name, db, close: () => db.close(), seed: null };
    } catch {
      // a broken image: build it again below
    }
  }
  const instance = await createMemoryPglite();
  const db = await createPgliteDb({ instance });
  await migrate(db);
  const seed = await seedIfEmpty(db, { seedDir: SEED_DIR, now: () => new Date(SEED_TODAY) });
  const image = new Uint8Array(await (await instance.dumpDataDir('none')).arrayBuffer());
  const tmp = `${imagePath}.${process.pid}.tmp`;
  writeFileSync(tmp, image);
  renameSync(tmp, imagePath);
  return { name, db, close: () => db.close(), seed };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig({}, { logRequests: false, seed: false, ...overrides });
}

export function appOn(db: Db, overrides: Partial<Config> = {}, logger: Logger = silentLogger): App {
  return createApp({ db, config: testConfig(overrides), logger });
}

/** GET through the app without a socket; returns status, headers and parsed JSON (or text). */
export async function get(app: App, path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = text && type.includes('json') ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, body, text };
}

/** Asserts that a zod schema (of the contracts) accepts a value, with the issues in the message. */
export function assertSchema(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown, what: string): void {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new Error(`${what} does not match its contract schema: ${JSON.stringify((r.error as { issues?: unknown })?.issues ?? r.error, null, 1).slice(0, 2000)}`);
  }
}
