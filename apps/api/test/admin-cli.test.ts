// The motcua-api CLI, spawned as a child process (tsx) against a real database folder (PGlite)
// or schema (PostgreSQL): keys create/list/revoke and import-catalog.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/index.js';
import { BACKENDS, FIX, insertFixtures, openBackend, procedureDetail, type Backend } from './citizen-support.js';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(API_DIR, 'src', 'cli', 'index.ts');

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', CLI, ...args], {
      cwd: API_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function runInProcess(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (l) => (stdout += l + '\n'), err: (l) => (stderr += l + '\n') }, env);
  return { code, stdout, stderr };
}

for (const kind of BACKENDS) {
  describe(`CLI on ${kind}`, () => {
    let dir: string;
    let env: Record<string, string>;
    let backend: Backend;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
      backend = await openBackend(kind, kind === 'pglite' ? { dataDir: join(dir, 'data') } : {});
      await insertFixtures(backend.db);
      env = backend.env;
      if (kind === 'pglite') await backend.db.close(); // one process at a time on a PGlite folder
    });
    after(async () => {
      if (kind === 'postgres') await backend.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('keys create prints the key once; list shows its prefix; revoke disables it', async () => {
      const created = await run(['keys', 'create', '--scope', 'province:80', '--label', 'Sở Nội vụ Tây Ninh'], env);
      assert.equal(created.code, 0, created.stderr);
      const key = created.stdout.trim();
      assert.match(key, /^mc_live_[A-Za-z0-9_-]{43}$/);
      assert.match(created.stderr, /only time the key is shown/);

      const listed = await run(['keys', 'list'], env);
      assert.equal(listed.code, 0, listed.stderr);
      assert.ok(listed.stdout.includes(key.slice(0, 16)));
      assert.match(listed.stdout, /province:80\s+Sở Nội vụ Tây Ninh/);
      assert.ok(!listed.stdout.includes(key), 'the full key is never listed');

      // The remaining steps run in process (same runCli) to keep the suite fast.
      const revoked = await runInProcess(['keys', 'revoke', key.slice(0, 16)], env);
      assert.equal(revoked.code, 0, revoked.stderr);
      assert.match(revoked.stdout, /Revoked mc_live_/);
      const json = JSON.parse((await runInProcess(['keys', 'list', '--json'], env)).stdout);
      const mine = json.find((k: { prefix: string }) => k.prefix === key.slice(0, 16));
      assert.ok(mine.revokedAt, 'revoked');
      assert.equal(mine.scope, 'province:80');
    });

    test('keys: usage errors exit 2 before opening the database; unknown prefix exits 1 (in process)', async () => {
      const bad = await runInProcess(['keys', 'create', '--scope', 'district:1'], env);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /invalid scope/);
      assert.equal((await runInProcess(['keys', 'revoke', 'short'], env)).code, 2);
      assert.equal((await runInProcess(['frobnicate'], env)).code, 2);
      assert.match((await runInProcess(['help'], env)).stdout, /import-catalog <file.json>/);
      const unknown = await runInProcess(['keys', 'revoke', 'mc_live_nothere12'], env);
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /no active key/);
    });

    test('import-catalog imports a valid file in one go', async () => {
      const file = join(dir, 'catalog.json');
      writeFileSync(
        file,
        JSON.stringify({
          procedures: [
            { ...procedureDetail('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', { field: { code: 'chung-thuc', name: 'Chứng thực' } }), units: [FIX.unit] },
            { ...procedureDetail('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', { field: { code: 'chung-thuc', name: 'Chứng thực' } }), units: [] },
          ],
        }),
      );
      const res = await run(['import-catalog', file], env);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stdout, /Imported 2 procedures \(2 new, 0 updated\)/);
    });

    test('import-catalog prints problems per procedure with field paths and imports nothing', async () => {
      const file = join(dir, 'bad.json');
      writeFileSync(
        file,
        JSON.stringify({
          procedures: [
            { ...procedureDetail('1.000656', 'Đăng ký khai tử'), units: [FIX.unit] },
            { ...procedureDetail('1.000894', 'Đăng ký kết hôn'), level: 'district', units: [] },
            { ...procedureDetail('1.004837', 'Đăng ký giám hộ'), channels: [{ channel: 'fax' }], units: [] },
          ],
        }),
      );
      const res = await runInProcess(['import-catalog', file], env);
      assert.equal(res.code, 1);
      assert.match(res.stderr, /procedures\[1\] 1\.000894/);
      assert.match(res.stderr, /procedures\.1\.level/);
      assert.match(res.stderr, /procedures\[2\] 1\.004837/);
      assert.match(res.stderr, /procedures\.2\.channels\.0\.channel/);
      assert.match(res.stderr, /procedures\.2\.channels\.0\.timeLimit/);
      assert.match(res.stderr, /nothing imported/);

      const units = join(dir, 'units.json');
      writeFileSync(units, JSON.stringify({ procedures: [{ ...procedureDetail('1.000656', 'Đăng ký khai tử'), units: [FIX.unit, '99999'] }] }));
      const u = await runInProcess(['import-catalog', units], env);
      assert.equal(u.code, 1);
      assert.match(u.stderr, /procedures\.0\.units\.1: .*99999/);

      writeFileSync(join(dir, 'notjson.json'), '{ nope');
      assert.equal((await runInProcess(['import-catalog', join(dir, 'notjson.json')], env)).code, 1);
    });
  });
}
