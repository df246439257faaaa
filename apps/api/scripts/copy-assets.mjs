// Build step after tsc: copy the SQL migrations next to the compiled code (dist/migrations), where
// src/db/migrate.ts looks for them relative to its own file. Seed JSON stays in apps/api/seed and
// is found relative to the package root from both src/ and dist/.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'src', 'migrations');
const to = join(root, 'dist', 'migrations');
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => f.endsWith('.sql'));
for (const f of files) cpSync(join(from, f), join(to, f));
console.log(`copied ${files.length} migration(s) to dist/migrations`);
