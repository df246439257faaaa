// A @web/test-runner reporter that counts passed/failed/skipped tests of a run into .test-results/.
import { writeSummary } from './write-summary.mjs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter({ name }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A test file that failed to load has no test results but must not pass silently.
        if (!session.passed && (!session.testResults || session.errors?.length)) counts.failed += session.errors?.length || 1;
      }
      writeSummary(`wtr-${name}`, counts);
    },
  };
}
