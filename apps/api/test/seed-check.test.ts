// The seed checker (apps/api/seed/check-seed.mjs) runs in `npm test`: the seed data must pass it,
// and it must fail on the bug of issue 12 (a same-day time limit stored as 1 working day) and on
// a demo dossier whose appointment does not follow the rule of @motcua/contracts/calendar.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from '../src/config.js';

const script = join(SEED_DIR, 'check-seed.mjs');

function runChecker(dir?: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', script], {
    encoding: 'utf8',
    env: { ...process.env, ...(dir ? { MOTCUA_SEED_CHECK_DIR: dir } : {}) },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-seed-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('seed checker', () => {
  test('the seed data pass', () => {
    const r = runChecker();
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /\nOK\n/);
  });

  test('fails on a same-day procedure stored as 1 working day (issue 12)', () => {
    const dir = brokenCopy((d) => {
      const file = join(d, 'procedures.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const birth = data.procedures.find((p: { code: string }) => p.code === '1.001193');
      birth.channels[0].timeLimit.value = 1;
      writeFileSync(file, JSON.stringify(data));
    });
    try {
      const r = runChecker(dir);
      assert.equal(r.status, 1, r.out);
      assert.match(r.out, /1\.001193\/in-person: a same-day time limit has value 0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails on a make-up working day that is not a Saturday or Sunday', () => {
    const dir = brokenCopy((d) => {
      const file = join(d, 'holidays.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      // A working weekend day on a Friday is refused.
      data.workingWeekends.push({ date: '2026-01-09', name: 'sai' });
      writeFileSync(file, JSON.stringify(data));
    });
    try {
      const r = runChecker(dir);
      assert.equal(r.status, 1, r.out);
      assert.match(r.out, /working weekend 2026-01-09 is not a Saturday\/Sunday/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
