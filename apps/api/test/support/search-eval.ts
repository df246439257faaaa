// The search-quality evaluation as bench/search runs it, through this package's exports
// (`@motcua/api/testing/search-eval`) rather than by path into its sources: a fresh in-memory
// PGlite database, migrated and seeded by the real seed path on the real clock, and the
// evaluation functions. (Not the tests' openSeeded(): a database restored from its cached image
// answered the bench's queries in 3.3 ms instead of 1.9 ms, which would change the printed figure.)
import { SEED_DIR } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { createMemoryPglite, createPgliteDb } from '../../src/db/pglite.js';
import { seedIfEmpty } from '../../src/seed/index.js';

export { evaluateSearch, formatFigures, parseEvalSet } from '../../src/search/evaluate.js';

/** A fresh in-memory database with the seeded catalog (close it with `db.close()`). */
export async function seededCatalog() {
  const db = await createPgliteDb({ instance: await createMemoryPglite() });
  await migrate(db);
  await seedIfEmpty(db, { seedDir: SEED_DIR });
  return db;
}
