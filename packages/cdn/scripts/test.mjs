// `npm test -w @motcua/cdn`: the chunk plan's tests (node), the size budgets (size/check.mjs) and the browser tests
// (web-test-runner group "cdn": the template minifier, the built loader and widgets on a
// strict-CSP host page of another origin). Runs both, fails if either failed.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['node', ['../../scripts/node-test.mjs', 'cdn-plan', 'test/node']],
  ['node', ['size/check.mjs']],
  ['npx', ['wtr', '--config', '../../web-test-runner.config.mjs', '--group', 'cdn', ...process.argv.slice(2)]],
];
let failed = false;
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { cwd: cdn, stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
