// deploy/nginx/cdn-locations.conf with Debian's real nginx, serving the real static build
// (packages/cdn/dist/cdn) as a province's own CDN: the headers every file must carry, ETag/304
// on the v1 alias, and a commune page of a third origin that loads the widgets from this nginx
// (SRI on the pinned version) while they talk to the product server's API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, REPO, describeProblems, launchBrowser, newPage, startProduct, widgetReady } from './support/harness.mjs';
import { startHostSite } from './support/host-site.mjs';

const NGINX = [process.env.NGINX, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => p && existsSync(p));
const SNIPPET = join(REPO, 'deploy/nginx/cdn-locations.conf');
const BUILD = join(REPO, 'packages/cdn/dist/cdn');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** nginx in the foreground on a free loopback port, with a temporary prefix; the server's root holds cdn/ → the build. */
async function startNginx() {
  const prefix = mkdtempSync(join(tmpdir(), 'motcua-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  mkdirSync(join(prefix, 'www'));
  symlinkSync(BUILD, join(prefix, 'www/cdn'));
  const port = await freePort();
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/tmp-body; proxy_temp_path ${prefix}/tmp-proxy; fastcgi_temp_path ${prefix}/tmp-fcgi;
  uwsgi_temp_path ${prefix}/tmp-uwsgi; scgi_temp_path ${prefix}/tmp-scgi;
  server {
    listen 127.0.0.1:${port};
    root ${prefix}/www;
    include ${SNIPPET};
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${log}${existsSync(join(prefix, 'logs/error.log')) ? readFileSync(join(prefix, 'logs/error.log'), 'utf8') : ''}`);
    try {
      await fetch(`${url}/cdn/v1/manifest.json`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

describe('a province CDN on nginx with deploy/nginx/cdn-locations.conf', { skip: NGINX ? false : 'nginx is not installed (.ci/run installs it from Debian; or set NGINX=/path/to/nginx)' }, () => {
  let nginx;
  let product;
  let site;
  let browser;
  let manifest;

  before(async () => {
    assert.ok(existsSync(join(BUILD, 'v1/embed.js')), 'the CDN build exists (npx turbo run build)');
    nginx = await startNginx();
    manifest = JSON.parse(readFileSync(join(BUILD, 'v1/manifest.json'), 'utf8'));
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
    await product?.stop();
    await nginx?.stop();
  });

  test('every file: CORS for any origin, cross-origin resource policy, JavaScript MIME type; versions immutable, the alias revalidated with ETag/304', async () => {
    const origin = 'https://phuong-tan-ninh.example.vn';
    const immutable = 'public, max-age=31536000, immutable';
    const chunk = Object.keys(manifest.files).find((f) => f.startsWith('chunks/'));
    const cases = [
      ['/cdn/v1/embed.js', /max-age=300\b/],
      ['/cdn/v1/widgets/mc-procedure-lookup.js', /max-age=300\b/],
      ['/cdn/v1/solo/mc-procedure-lookup.js', /max-age=300\b/],
      ['/cdn/v1/manifest.json', /max-age=300\b/],
      [`/cdn/v1/${chunk}`, immutable],
      [`/cdn/${manifest.version}/embed.js`, immutable],
      [`/cdn/${manifest.version}/manifest.json`, immutable],
    ];
    for (const [path, cache] of cases) {
      const res = await fetch(`${nginx.url}${path}`, { headers: { origin } });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      if (typeof cache === 'string') assert.equal(res.headers.get('cache-control'), cache, path);
      else assert.match(res.headers.get('cache-control') ?? '', cache, path);
      assert.match(res.headers.get('content-type') ?? '', path.endsWith('.json') ? /^application\/json/ : /^text\/javascript/, path);
      await res.arrayBuffer();
    }
    const first = await fetch(`${nginx.url}/cdn/v1/embed.js`);
    const etag = first.headers.get('etag');
    assert.ok(etag, 'an ETag on the alias');
    await first.arrayBuffer();
    const again = await fetch(`${nginx.url}/cdn/v1/embed.js`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
    const missing = await fetch(`${nginx.url}/cdn/v1/nope.js`);
    assert.equal(missing.status, 404);
  });

  test('the bytes a browser downloads from this nginx are what the size budgets count (gzip, not its fastest level)', async () => {
    // The budgets (packages/cdn/size) count each file gzipped at level 9. nginx's own default,
    // gzip_comp_level 1, sent the lookup's solo file 16% larger (31.5 KB against 27.1 KB).
    const { get } = await import('node:http');
    const wire = (path) =>
      new Promise((resolve, reject) => {
        get(`${nginx.url}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
          let bytes = 0;
          res.on('data', (d) => (bytes += d.length));
          res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] }));
        }).on('error', reject);
      });
    const core = Object.keys(manifest.files).find((f) => /^chunks\/core-/.test(f));
    for (const file of ['embed.js', 'solo/mc-procedure-lookup.js', 'solo/mc-dossier-checklist.js', core]) {
      const { bytes, encoding } = await wire(`/cdn/v1/${file}`);
      assert.equal(encoding, 'gzip', file);
      const counted = manifest.files[file].gzip;
      assert.ok(bytes <= counted * 1.01 + 32, `${file}: ${bytes} bytes sent, ${counted} counted by the budgets`);
    }
  });

  test('a commune page of a third origin loads the widgets from this nginx (pinned, with SRI) and the API from the product server', async () => {
    product = await startProduct();
    const cdn = nginx.url;
    const integrity = manifest.files['embed.js'].integrity;
    site = await startHostSite(product.url, {
      '/cdn.html': (api) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CDN của tỉnh</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/hostile.css"></head><body>
<script type="module" src="${cdn}/cdn/${manifest.version}/embed.js" integrity="${integrity}" crossorigin="anonymous" data-api="${api}" data-unit="${DEMO.unit}" data-theme="tay-ninh"></script>
<mc-procedure-lookup></mc-procedure-lookup><mc-status-tracker></mc-status-tracker></body></html>`,
    }, { scriptOrigins: [cdn] });
    browser = await launchBrowser();
    const { page, context } = await newPage(browser, { viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${site.url}/cdn.html`);
      await widgetReady(page, 'mc-procedure-lookup', { timeout: 30_000 });
      await widgetReady(page, 'mc-status-tracker', { timeout: 30_000 });
      const lookup = page.locator('mc-procedure-lookup');
      await lookup.getByRole('searchbox', { name: /Tìm thủ tục/ }).fill('dang ky khai sinh');
      await lookup.getByRole('button', { name: 'Đăng ký khai sinh', exact: true }).waitFor({ timeout: 15_000 });
      const fromNginx = await page.evaluate((cdn) => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${cdn}/cdn/`)).length, cdn);
      assert.ok(fromNginx >= 3, `the widgets' modules came from nginx (${fromNginx} files)`);
      assert.deepEqual({ csp: page.problems.csp, console: page.problems.console, errors: page.problems.pageErrors }, { csp: [], console: [], errors: [] }, describeProblems(page.problems));
    } finally {
      await context.close();
    }
  });
});
