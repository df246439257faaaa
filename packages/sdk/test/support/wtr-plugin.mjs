// web-test-runner plugin for the SDK (and widget) browser tests: starts a REAL apps/api server
// (child process through tsx, in-memory PGlite, seeded), a fault-injecting proxy in front of it
// and a CDN origin serving the built loader, all on ephemeral loopback ports, and exposes them to
// the tests:
//   GET /__motcua/config    → { api, proxy, cdn, host, version, widgets }
//   GET /__motcua/api-at?now=<ISO instant> → { api } a second real server whose clock is fixed at
//     that instant (MOTCUA_NOW), for the due-date tests; one at a time (asking for another instant
//     stops the previous one).
// `host` is a fourth origin, an ordinary "commune website" serving /csp-page with a strict
// Content-Security-Policy that embeds the widgets only through the snippet (test/csp.test.ts), and
// /csp-widgets, the same with every real widget of the CDN build.
// MOTCUA_TEST_API_VIA_PROXY=1 sends the "direct" API traffic through a pass-through proxy lane.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultProxy } from './fault-proxy.mjs';
import { startCdnServer } from './cdn-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');

function startApi(extraEnv = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', resolve(here, 'api-server.ts')], {
      cwd: resolve(repo, 'apps/api'),
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

export function cspFor({ cdn, api, proxy }) {
  return [
    "default-src 'none'",
    `script-src ${cdn}`,
    `connect-src ${api} ${proxy}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

function cspPage({ cdn, api, version }) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Phường Tân Ninh — trang thử CSP</title>
<script src="${cdn}/probe.js"></script>
</head>
<body>
<h1>Phường Tân Ninh</h1>
<mc-test-widget id="snippet-unit"><a href="https://dichvucong.gov.vn/">Tra cứu thủ tục</a></mc-test-widget>
<mc-test-widget id="own-unit" unit="29869"></mc-test-widget>
<mc-test-widget id="bad-unit" unit="123"><a id="bad-fallback" href="https://dichvucong.gov.vn/">Dịch vụ công</a></mc-test-widget>
<script type="module" src="${cdn}/cdn/v1/embed.js" data-api="${api}" data-unit="25459" data-theme="tay-ninh" data-lang="vi"></script>
<script type="module" src="${cdn}/cdn/${version}/embed.js" data-api="${api}"></script>
</body>
</html>
`;
}

/** Attributes that let each real widget render something on its own (the snippet gives api/unit). */
const REAL_WIDGET_ATTRIBUTES = {
  'mc-dossier-checklist': 'procedure="1.001193"',
  'mc-satisfaction-survey': 'mode="general"',
};

/** The same host page with the real widgets of the CDN build, each with a fallback link. */
function realWidgetsPage({ cdn, api, version, widgets }) {
  const tags = widgets
    .map((tag) => `<${tag} ${REAL_WIDGET_ATTRIBUTES[tag] ?? ''}><a href="https://dichvucong.gov.vn/">Dịch vụ công</a></${tag}>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Phường Tân Ninh — các tiện ích</title>
<script src="${cdn}/probe.js"></script>
</head>
<body>
<h1>Phường Tân Ninh</h1>
${tags}
<script type="module" src="${cdn}/cdn/${version}/embed.js" data-api="${api}" data-unit="25459" data-province="80" data-theme="tay-ninh"></script>
</body>
</html>
`;
}

/** The host site: its own origin, its own CSP, the snippet and nothing else. */
async function startHostServer(urls) {
  const pages = { '/csp-page': cspPage, '/csp-widgets': realWidgetsPage };
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://host').pathname];
    if (!page) return res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': cspFor(urls), 'cache-control': 'no-store' })
      .end(page(urls));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

export function motcuaApiPlugin() {
  let api;
  let proxy;
  let cdn;
  let host;
  let apiUrl;
  let error;
  /** The clock-fixed server: { now, started: Promise<{ child, url }> }. */
  let clocked = null;
  return {
    name: 'motcua-api',
    async serverStart() {
      try {
        [api, cdn] = await Promise.all([startApi(), startCdnServer()]);
        proxy = await startFaultProxy(api.url);
        apiUrl = process.env.MOTCUA_TEST_API_VIA_PROXY ? `${proxy.url}/s/direct` : api.url;
        host = await startHostServer({ cdn: cdn.url, api: apiUrl, proxy: proxy.url, version: cdn.version, widgets: cdn.widgets });
      } catch (e) {
        error = e;
        console.error(`[motcua-api plugin] ${e.stack ?? e}`);
      }
    },
    async serverStop() {
      api?.child.kill('SIGTERM');
      clocked?.started.then(({ child }) => child.kill('SIGTERM'), () => {});
      await Promise.all([proxy?.close(), cdn?.close(), host?.close()]);
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
          : { api: apiUrl, proxy: proxy.url, cdn: cdn.url, host: host.url, version: cdn.version, widgets: cdn.widgets };
        return { body: JSON.stringify(body), type: 'json' };
      }
      return undefined;
    },
  };
}
