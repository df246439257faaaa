// The embed builder page (the page commune administrators use) passes the Nu HTML Checker
// (vnu-jar, the W3C validator's own jar, run with the machine's Java) on the built page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { APP_DIR } from './support/harness.mjs';

const require = createRequire(import.meta.url);
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const PAGES = ['nhung-ma.html'];

test('the embed builder passes the Nu HTML Checker', { skip: java.status === 0 ? false : 'java is not installed: the Nu HTML Checker (vnu-jar) needs Java 11 or later' }, () => {
  const vnu = require('vnu-jar');
  const files = PAGES.map((p) => join(APP_DIR, 'dist', p));
  for (const f of files) assert.ok(existsSync(f), `${f} is built (npx turbo run build)`);
  const run = spawnSync('java', ['-Xss1m', '-jar', vnu, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', timeout: 120_000 });
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}');
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  assert.deepEqual(errors.map((m) => `${m.url?.split('/').pop()}:${m.lastLine} ${m.message}`), []);
});
