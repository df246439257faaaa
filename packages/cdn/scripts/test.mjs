// `npm test -w @motcua/cdn`: the chunk plan's tests (node), the size budgets (size/check.mjs) and the browser tests
// (web-test-runner group "cdn": the template minifier, the built loader and widgets on a
// strict-CSP host page of another origin). Runs both, fails if either failed.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSteps } from '../../../scripts/run-steps.mjs';

const cdn = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['node', ['../../scripts/node-test.mjs', 'cdn-plan', 'test/node']],
  ['node', ['size/check.mjs']],
  ['npx', ['wtr', '--config', '../../web-test-runner.config.mjs', '--group', 'cdn', ...process.argv.slice(2)]],
];
runSteps(cdn, steps);
