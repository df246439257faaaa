// web-test-runner plugin for the SDK, widget and CDN browser tests: starts a REAL apps/api server
// (child process through tsx, in-memory PGlite, seeded) and a fault-injecting proxy in front of it,
// on ephemeral loopback ports, and exposes them to the tests:
//   GET /__motcua/config    → { api, proxy }
//   GET /__motcua/api-at?now=<ISO instant> → { api } a second real server whose clock is fixed at
//     that instant (MOTCUA_NOW), for the due-date tests; one at a time (asking for another instant
//     stops the previous one).
// `plugin.started` resolves to { api, proxy } once both listen (the CDN tests' host page, in
// packages/cdn, takes its addresses from it; web-test-runner.config.mjs wires the two).
// MOTCUA_TEST_API_VIA_PROXY=1 sends the "direct" API traffic through a pass-through proxy lane.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultProxy } from './fault-proxy.mjs';

// The API's own child-process entry, through its package (not a path into its folder).
const apiServer = fileURLToPath(import.meta.resolve('@motcua/api/testing/child-server'));
const apiDir = dirname(fileURLToPath(import.meta.resolve('@motcua/api/package.json')));

function startApi(extraEnv = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', apiServer], {
      cwd: apiDir,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, MOTCUA_LOG_REQUESTS: 'false', ...extraEnv },
    });
    child.stdin.on('error', () => {}); // the child may be gone first
    const timer = setTimeout(() => reject(new Error('apps/api did not start within 120 s')), 120_000);
    child.once('exit', (code) => reject(new Error(`apps/api exited with code ${code} before listening`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      try {
        resolvePromise({ child, url: JSON.parse(line).url });
      } catch {
        reject(new Error(`apps/api printed "${line}" instead of its URL`));
      }
    });
  });
}

export function motcuaApiPlugin() {
  let api;
  let proxy;
  let apiUrl;
  let error;
  /** The clock-fixed server: { now, started: Promise<{ child, url }> }. */
  let clocked = null;
  let markStarted;
  const started = new Promise((resolvePromise, reject) => (markStarted = { resolvePromise, reject }));
  started.catch(() => {}); // a plugin that never asks must not see an unhandled rejection
  return {
    name: 'motcua-api',
    started,
    async serverStart() {
      try {
        api = await startApi();
        proxy = await startFaultProxy(api.url);
        apiUrl = process.env.MOTCUA_TEST_API_VIA_PROXY ? `${proxy.url}/s/direct` : api.url;
        markStarted.resolvePromise({ api: apiUrl, proxy: proxy.url });
      } catch (e) {
        error = e;
        markStarted.reject(e);
        console.error(`[motcua-api plugin] ${e.stack ?? e}`);
      }
    },
    async serverStop() {
      api?.child.kill('SIGTERM');
      clocked?.started.then(({ child }) => child.kill('SIGTERM'), () => {});
      await proxy?.close();
    },
    async serve(context) {
      if (context.path === '/__motcua/api-at') {
        const now = new URL(context.url, 'http://wtr').searchParams.get('now') ?? '';
        if (Number.isNaN(new Date(now).getTime())) return { body: JSON.stringify({ error: `bad now: ${now}` }), type: 'json' };
        if (clocked?.now !== now) {
          clocked?.started.then(({ child }) => child.kill('SIGTERM'), () => {});
          clocked = { now, started: startApi({ MOTCUA_NOW: now }) };
        }
        try {
          return { body: JSON.stringify({ api: (await clocked.started).url }), type: 'json' };
        } catch (e) {
          return { body: JSON.stringify({ error: String(e.message ?? e) }), type: 'json' };
        }
      }
      if (context.path === '/__motcua/config') {
        const body = error
          ? { error: String(error.message ?? error) }
          : { api: apiUrl, proxy: proxy.url };
        return { body: JSON.stringify(body), type: 'json' };
      }
      return undefined;
    },
  };
}
