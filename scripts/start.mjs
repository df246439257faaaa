// `npm start`: builds what is missing (turbo caches the rest) and serves the whole product on one
// origin, http://localhost:${PORT:-8080}:
//   /v1/…  the API (embedded PGlite in MOTCUA_DATA_DIR, default .data/; DATABASE_URL for PostgreSQL)
//   /docs  API docs · /healthz · /cdn/v1/embed.js and the CDN build · /storybook/ · / the demo portal
// Ctrl-C stops everything cleanly; a second start reuses the data.
// `--no-build` serves what is built; PORT=0 picks a free port. The portal's pages carry a strict
// Content-Security-Policy (PORTAL_CSP, scripts/site-csp.mjs). The last line printed is `MOTCUA_LISTENING <url>` (e2e tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!process.argv.includes('--no-build')) {
  console.log('Building (cached after the first start)…');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startServer } = await import(pathToFileURL(join(root, 'apps/api/dist/server.js')).href);
const { serveStatic } = await import('@hono/node-server/serve-static');
const { cdnHeaders } = await import('./cdn-headers.mjs');
const { compress } = await import('hono/compress');
const { mountEmbedPages } = await import('./embed-pages.mjs');
const { PORTAL_CSP } = await import('./site-csp.mjs');

/** URL prefix → folder; a folder that is not built yet is skipped with a note. */
const mounts = [
  { prefix: '/cdn', dir: 'packages/cdn/dist/cdn', what: 'CDN build (embed loader and widgets)' },
  { prefix: '/storybook', dir: 'apps/storybook/storybook-static', what: 'Storybook' },
  { prefix: '', dir: 'apps/demo-portal/dist', what: 'demo ward portal' },
];

/** Storybook (/storybook/) runs inline scripts and styles; it may only be framed by itself. */
const STORYBOOK_CSP = "frame-ancestors 'self'; base-uri 'self'; object-src 'none'";

const served = [];
const server = await startServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '0.0.0.0',
  config: { logRequests: process.env.MOTCUA_LOG_REQUESTS === '1' },
  configureApp(app) {
    for (const mount of mounts) {
      const dir = join(root, mount.dir);
      if (!existsSync(dir)) {
        console.log(`  (not built, skipped: ${mount.what} — ${mount.dir})`);
        continue;
      }
      const rootDir = relative(process.cwd(), dir) || '.';
      const rewrite = (path) => path.slice(mount.prefix.length) || '/';
      if (mount.prefix) app.get(mount.prefix, (c) => c.redirect(`${mount.prefix}/`));
      if (mount.prefix === '/storybook') {
        // Storybook is a developer tool, not a citizen page: the API's own policy (default-src
        // 'none', X-Frame-Options DENY) would block its scripts and its manager's same-origin
        // preview iframe. Its widget stories call the API on this same origin.
        app.use('/storybook/*', async (c, next) => {
          await next();
          c.res.headers.set('Content-Security-Policy', STORYBOOK_CSP);
          c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
        });
      }
      // Commune sites on any origin load the loader and the widgets (scripts/cdn-headers.mjs);
      // sites whose editor strips scripts frame one page per widget (scripts/embed-pages.mjs).
      // Scripts, styles and pages gzipped, as a province's nginx sends them (deploy/nginx): on
      // slow mobile data the widgets' code is a third of its size on the wire.
      app.use(`${mount.prefix}/*`, compress());
      if (mount.prefix === '/cdn') {
        app.use('/cdn/*', cdnHeaders());
        mountEmbedPages(app);
      }
      if (!mount.prefix) {
        // The portal (everything the API, /cdn and /storybook did not answer) under the strict CSP.
        app.use('/*', async (c, next) => {
          await next();
          c.res.headers.set('Content-Security-Policy', PORTAL_CSP);
          c.res.headers.set('X-Content-Type-Options', 'nosniff');
          if ((c.res.headers.get('content-type') ?? '').startsWith('text/html')) c.res.headers.set('Cache-Control', 'no-cache');
        });
      }
      app.use(`${mount.prefix}/*`, serveStatic({ root: rootDir, rewriteRequestPath: rewrite }));
      served.push(mount);
    }
  },
});

const base = server.url.replace('0.0.0.0', 'localhost');
console.log(`\nMột Cửa is running on ${base}`);
const has = (prefix) => served.some((m) => m.prefix === prefix);
if (has('')) console.log(`  ${base}/                 demo ward portal (Phường Tân Ninh, Tây Ninh)`);
console.log(`  ${base}/v1/procedures    API (${server.db.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite, data in ${server.config.dataDir}`})`);
console.log(`  ${base}/docs             API reference`);
if (has('/cdn')) console.log(`  ${base}/cdn/v1/embed.js  embed loader for commune sites (iframe pages: /embed/procedure-lookup?unit=25459)`);
if (has('/storybook')) console.log(`  ${base}/storybook/       Storybook`);
console.log(`  ${base}/healthz          health check`);
console.log('Press Ctrl-C to stop.');
// One machine-readable line for scripts and end-to-end tests (PORT=0 picks a free port).
console.log(`MOTCUA_LISTENING ${base}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: finishing requests in flight, closing the database…');
    await server.close();
    console.log('Stopped.');
    process.exit(0);
  });
}
