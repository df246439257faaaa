// `npm test`: typecheck and test every workspace through turbo, then sum every runner's counts
// (web-test-runner groups, node:test suites, Storybook smoke, end-to-end, size budgets) into the
// closing line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSummary } from './test-reporters/write-summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspaceDirs = ['packages', 'apps']
  .flatMap((top) => readdirSync(join(root, top)).map((name) => join(root, top, name)))
  .concat([root]);

// Stale results must not count; turbo restores the results of cached (unchanged) tasks.
for (const dir of workspaceDirs) rmSync(join(dir, '.test-results'), { recursive: true, force: true });

const turbo = spawnSync(
  'npx',
  ['turbo', 'run', 'typecheck', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: process.env },
);

// Release hygiene: the changesets of this branch must parse and name known packages.
const changesets = spawnSync('npx', ['changeset', 'status'], { cwd: root, encoding: 'utf8', env: process.env });
if (changesets.status !== 0) process.stderr.write(`changeset status failed:\n${changesets.stdout}${changesets.stderr}\n`);
writeSummary('changeset-status', { passed: changesets.status === 0 ? 1 : 0, failed: changesets.status === 0 ? 0 : 1, skipped: 0 }, root);

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const dir of workspaceDirs) {
  const resultDir = join(dir, '.test-results');
  if (!existsSync(resultDir)) continue;
  for (const file of readdirSync(resultDir).filter((f) => f.endsWith('.json'))) {
    const counts = JSON.parse(readFileSync(join(resultDir, file), 'utf8'));
    if (typeof counts.passed !== 'number') continue;
    rows.push(`  ${dir.slice(root.length + 1) || '.'} ${counts.name}: ${counts.passed} passed, ${counts.failed} failed`);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
  }
}

// A task that failed without a counted failing test (a type error, a crash) is still a failure.
const taskFailed = turbo.status !== 0;
if (taskFailed && totals.failed === 0) totals.failed = 1;

console.log('\nTest summary');
for (const row of rows) console.log(row);
if (taskFailed) console.log('  (a turbo task failed: see its output above)');
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(taskFailed || totals.failed > 0 ? 1 : 0);
