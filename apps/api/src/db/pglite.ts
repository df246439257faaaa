// Embedded PostgreSQL (PGlite, WebAssembly): no server to install, data in a local folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult, Queryable } from './types.js';
import { PG_TYPES } from './types.js';

const parsers = {
  [PG_TYPES.INT8]: (x: string) => Number(x),
  [PG_TYPES.NUMERIC]: (x: string) => Number(x),
  [PG_TYPES.DATE]: (x: string) => x,
};

export interface PgliteOptions {
  /** Folder for the data files; `:memory:` (or undefined) keeps everything in memory. */
  dataDir?: string;
  /** Use an already created instance (e.g. a clone of a seeded template in tests). */
  instance?: PGlite;
}

function wrap(q: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const res = await q.query<T>(sql, params as unknown[]);
      return { rows: res.rows, rowCount: res.rowCount ?? res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
  };
}

// An empty in-memory PGlite starts with initdb, which takes seconds (tens on a loaded machine).
// The data folder right after initdb is the same every time, so it is kept, as a tar image, in
// memory and in the system's temporary folder; later in-memory databases load it (about a
// second). Any problem with the image falls back to a plain start.
let blankImage: Promise<Blob | null> | undefined;

function pgliteVersion(): string {
  try {
    // package.json is not exported: find it beside the resolved entry (<pkg>/dist/index.cjs)
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function blankImagePath(): string {
  return join(tmpdir(), `motcua-pglite-blank-${pgliteVersion()}.tar`);
}

async function loadBlankImage(): Promise<Blob | null> {
  try {
    return new Blob([readFileSync(blankImagePath())]);
  } catch {
    // not there yet: make it
  }
  try {
    const fresh = await PGlite.create();
    const image = await fresh.dumpDataDir('none');
    await fresh.close();
    const bytes = new Uint8Array(await image.arrayBuffer());
    const tmp = `${blankImagePath()}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, blankImagePath());
    return new Blob([bytes]);
  } catch {
    return null;
  }
}

/** A new, empty in-memory PGlite, started from the cached blank image when possible. */
export async function createMemoryPglite(): Promise<PGlite> {
  blankImage ??= loadBlankImage();
  const image = await blankImage;
  if (image) {
    try {
      return await PGlite.create({ loadDataDir: image, parsers });
    } catch {
      blankImage = Promise.resolve(null);
    }
  }
  return PGlite.create({ parsers });
}

export async function createPgliteDb(options: PgliteOptions = {}): Promise<Db> {
  let pg: PGlite;
  if (options.instance) {
    pg = options.instance;
  } else if (options.dataDir === undefined || options.dataDir === ':memory:' || options.dataDir === 'memory://') {
    pg = await createMemoryPglite();
  } else {
    const dir = resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    pg = await PGlite.create({ dataDir: dir, parsers });
  }
  const base = wrap(pg);
  let closed = false;
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> {
      return pg.transaction((tx) => fn(wrap(tx)));
    },
    async close() {
      if (closed) return;
      closed = true;
      await pg.close();
    },
  };
}

/** Type parsers applied to every PGlite instance of the server (exported for test clones). */
export const pgliteParsers = parsers;
export { types as pgliteTypes };
