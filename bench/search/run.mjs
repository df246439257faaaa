#!/usr/bin/env node
// Search quality benchmark: seeds a fresh embedded PGlite database from apps/api/seed through the
// real seed path, runs every query of bench/search/queries.tsv through the real search, and
// prints recall@1, recall@3 and mean reciprocal rank, overall and per kind of query, then the
// queries whose procedure is not in the first three. It prints; the ratchet test
// (apps/api/test/search-eval.test.ts) is what fails the build.
//
// Runs the TypeScript sources through tsx: `node bench/search/run.mjs [--misses]` (builds nothing).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const API = resolve(HERE, '../../apps/api');
const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', join(HERE, 'evaluate.ts'), ...process.argv.slice(2)], {
  cwd: API,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
