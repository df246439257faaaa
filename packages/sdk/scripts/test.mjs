// `npm test -w @motcua/sdk`: the import-loop check (scripts/check-cycles.mjs), the contract-freshness check and the browser tests (web-test-runner
// group "sdk"). Runs both, fails if either failed. (The CDN build's size budgets and tests are
// @motcua/cdn's.)
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSteps } from '../../../scripts/run-steps.mjs';

const sdk = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['node', ['../../scripts/check-cycles.mjs']],
  ['node', ['--import', 'tsx', '--conditions=source', 'scripts/gen-contract.mjs', '--check']],
  ['npx', ['wtr', '--config', '../../web-test-runner.config.mjs', '--group', 'sdk', ...process.argv.slice(2)]],
];
runSteps(sdk, steps);
