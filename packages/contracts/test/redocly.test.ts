// The committed openapi.json passes Redocly's recommended ruleset (redocly.yaml), with the real
// Redocly CLI: no errors, no warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('..', import.meta.url));

test('openapi.json is clean under Redocly recommended (redocly.yaml)', () => {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  const run = spawnSync(process.execPath, [cli, 'lint', 'openapi.json', '--config', 'redocly.yaml', '--format=json'], {
    cwd: PKG,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    timeout: 120_000,
  });
  const start = run.stdout.indexOf('{');
  assert.ok(start >= 0, `no JSON from redocly: ${run.stdout}${run.stderr}`);
  const report = JSON.parse(run.stdout.slice(start)) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
  const problems = report.problems.map((p) => `${p.ruleId}: ${p.message}`).join('\n');
  assert.equal(report.totals.errors, 0, problems);
  assert.equal(report.totals.warnings, 0, problems);
  assert.equal(run.status, 0, run.stderr);
});
