// Runs a package's node:test suites from TypeScript sources (tsx, "source" export condition),
// printing the spec reporter and counting results for the `npm test` closing line.
// Usage (from a package folder): node ../../scripts/node-test.mjs <name> [test-dir]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [name = 'node', dir = 'test'] = process.argv.slice(2);

function findTests(folder) {
  const out = [];
  for (const entry of readdirSync(folder)) {
    const full = join(folder, entry);
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (/\.test\.(ts|mjs|js)$/.test(entry)) out.push(full);
  }
  return out.sort();
}

const files = findTests(dir);
if (files.length === 0) {
  console.error(`No test files under ${dir}/`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx',
    '--conditions=source',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${join(here, 'test-reporters', 'node-summary.mjs')}`, '--test-reporter-destination=/dev/null',
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, MOTCUA_TEST_NAME: name } },
);
process.exit(result.status ?? 1);
