// The response headers of the embed CDN (/cdn/…), as `npm start` serves it and as a province's
// own web server must send them (deploy/nginx/cdn-locations.conf mirrors these rules):
//   - any origin may load it: the loader is a module script, fetched with CORS, so every file
//     carries `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`;
//   - `/cdn/{version}/…` (e.g. /cdn/0.1.0/) and hashed chunks never change: cached for a year, immutable;
//   - the moving alias `/cdn/v1/…` (embed.js, solo/<tag>.js, widgets/<tag>.js, manifest.json) is revalidated
//     every 5 minutes with an ETag, so a new release reaches commune sites the same hour.
import { etag } from 'hono/etag';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/** Cache-Control for a path under /cdn/ (the path as requested, e.g. "/cdn/v1/embed.js"). */
function cdnCacheControl(path) {
  if (/^\/cdn\/\d+\.\d+\.\d+[^/]*\//.test(path)) return IMMUTABLE;
  if (/\/chunks\/[^/]+-[A-Za-z0-9_-]{6}\.js$/.test(path)) return IMMUTABLE;
  return SHORT;
}

/** Hono middlewares for the /cdn/* mount of scripts/start.mjs (before serveStatic). */
export function cdnHeaders() {
  const tag = etag();
  return async (c, next) => {
    await tag(c, next);
    if (c.res.status !== 200 && c.res.status !== 304) return;
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    c.res.headers.set('Cache-Control', cdnCacheControl(c.req.path));
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  };
}
