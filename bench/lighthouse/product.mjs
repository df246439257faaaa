// The product as `npm start` serves it (scripts/start.mjs --no-build, PORT=0 → the line
// `MOTCUA_LISTENING <url>`), on its real clock, with its data in a temporary folder (PGlite).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `node scripts/start.mjs --no-build` on a free port; resolves with { url, stop }. */
export async function startProduct() {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-lighthouse-'));
  const child = spawn(process.execPath, [join(repo, 'scripts/start.mjs'), '--no-build'], {
    cwd: repo,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOTCUA_DATA_DIR: dataDir, DATABASE_URL: '', MOTCUA_LOG_REQUESTS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise((r) => child.once('exit', r));
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`product server did not start in 180 s:\n${log}`)), 180_000);
    child.stdout.on('data', (c) => {
      log += c;
      const m = /^MOTCUA_LISTENING (\S+)/m.exec(log);
      if (m) (clearTimeout(timer), ok(m[1]));
    });
    child.stderr.on('data', (c) => (log += c));
    exited.then((code) => (clearTimeout(timer), fail(new Error(`product server exited (${code}):\n${log}`))));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
