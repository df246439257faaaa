// A node:test reporter (used with --test-reporter) that counts leaf tests into .test-results/.
import { writeSummary } from './write-summary.mjs';

export default async function* nodeSummary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    if (details?.type === 'suite') continue;
    if (skip || todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  writeSummary(`node-${process.env.MOTCUA_TEST_NAME ?? 'node'}`, counts);
  yield '';
}
