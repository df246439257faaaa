// The CLI opens the same database as the server: DATABASE_URL when set, otherwise the PGlite
// folder MOTCUA_DATA_DIR (default .data/). Migrations run first, so a CLI command works on a
// fresh database too. PGlite is single-process: stop the server before running a CLI command
// against its data folder (or use the write API).
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/index.js';
import { migrate } from '../db/migrate.js';

export async function openCliDb(env: NodeJS.ProcessEnv = process.env): Promise<Db> {
  const config = loadConfig(env);
  const db = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: 2 });
  await migrate(db);
  return db;
}
