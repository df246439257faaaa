// Operations: GET /healthz, /readyz, /v1/openapi.json and the readable docs at /docs.
// The docs page is Scalar's API reference; its standalone bundle is served from node_modules
// under our own origin (/docs/assets/scalar.js) so no script is loaded from a CDN.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildOpenApiDocument, routes } from '@motcua/contracts';
import { Scalar } from '@scalar/hono-api-reference';
import type { Context, Hono } from 'hono';
import { databaseAnswers } from '../../db/unavailable.js';
import { cachedJson, noStoreJson } from '../../http/cache.js';
import { docsCsp } from '../../http/middleware.js';
import { mount } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';

const SCALAR_ASSET_PATH = '/docs/assets/scalar.js';

/** Path of @scalar/api-reference's single-file browser bundle. */
export function scalarBundlePath(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@scalar/api-reference');
  // entry: <pkg>/dist/index.js → bundle: <pkg>/dist/browser/standalone.js
  return join(dirname(entry), 'browser', 'standalone.js');
}

export function registerOperationsRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { db, state } = deps;

  mount(app, routes.healthz, (c) => noStoreJson(c, { status: 'ok' }));

  mount(app, routes.readyz, async (c) => {
    if (state.draining) return noStoreJson(c, { status: 'unavailable', checks: { database: 'ok', server: 'fail' } }, 503);
    const ok = await databaseAnswers(db);
    return noStoreJson(c, { status: ok ? 'ok' : 'unavailable', checks: { database: ok ? 'ok' : 'fail' } }, ok ? 200 : 503);
  });

  let openapi: unknown;
  app.get('/v1/openapi.json', (c) => {
    openapi ??= buildOpenApiDocument();
    return cachedJson(c, openapi);
  });

  app.get(
    '/docs',
    async (c, next) => {
      // prepared before Scalar renders with c.html(), which keeps them
      c.header('content-security-policy', docsCsp(c.get('cspNonce')));
      c.header('cache-control', 'no-store');
      await next();
    },
    Scalar((c) => ({
      url: '/v1/openapi.json',
      pageTitle: 'Một Cửa API',
      cdn: SCALAR_ASSET_PATH,
      nonce: (c as unknown as Context<AppEnv>).get('cspNonce'),
      withDefaultFonts: false,
      hideClientButton: true,
      telemetry: false,
    })),
  );

  let bundle: Promise<Buffer> | undefined;
  app.get(SCALAR_ASSET_PATH, async (c) => {
    bundle ??= readFile(scalarBundlePath());
    const body = await bundle;
    return c.body(new Uint8Array(body), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    });
  });
}
