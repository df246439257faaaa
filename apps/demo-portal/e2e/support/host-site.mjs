// A commune website on ANOTHER origin than the product server: a tiny static server (its own
// port on 127.0.0.1) serving host pages that paste the documented snippet with the product's
// absolute /cdn/ and API addresses. Every page carries the strict Content-Security-Policy with
// Trusted Types that the embedding guide asks of commune sites (scripts/site-csp.mjs: the demo
// portal's policy with the product's origin allowed). Pages are given as strings; the assets are
// a CSS framework a commune theme is built on (Bootstrap 3, from node_modules), a stylesheet that
// sets every inheritable property to an odd value, and a few page scripts.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { communeSiteCsp } from '../../../../scripts/site-csp.mjs';

const require = createRequire(import.meta.url);

/** A commune theme at its worst: every inherited property a portal stylesheet may set on html/body/containers. */
export const HOSTILE_CSS = `
html { font-size: 62.5%; }
body, .page {
  color: #7a1f5c; line-height: 3.1; letter-spacing: 0.23em; word-spacing: 1.7em; text-transform: uppercase;
  white-space: nowrap; font-style: italic; font-weight: 800; text-align: center; text-indent: 3em;
  direction: rtl; list-style: square inside; cursor: crosshair; word-break: break-all;
  font-variant: small-caps; text-shadow: 1px 1px 2px #f0f; font-stretch: condensed; font-kerning: none;
  text-decoration-color: #0f0; text-underline-offset: 6px; tab-size: 17; hyphens: auto;
  font-size-adjust: 0.3; quotes: "<" ">"; caption-side: bottom; border-collapse: collapse;
  empty-cells: hide; orientation: portrait; text-rendering: optimizeSpeed; overflow-wrap: normal;
  visibility: visible; writing-mode: horizontal-tb; font-synthesis: none; line-break: anywhere;
  text-align-last: right; text-justify: inter-character; font-feature-settings: "smcp" 1;
  font-variant-numeric: slashed-zero; -webkit-text-stroke: 0.4px #00f; accent-color: #f80;
  caret-color: #0ff; color-scheme: dark;
}
* { box-sizing: content-box; }
`;

/** Page scripts (served from the host origin: the CSP allows 'self' scripts, no inline ones). */
const SCRIPTS = {
  // A CMS that inserts a widget after the page has loaded.
  '/late.js': `setTimeout(() => { const el = document.createElement('mc-status-tracker'); document.getElementById('later').append(el); }, 400);`,
  // A page script that took an mc- name for its own element before the loader ran.
  '/own-element.js': `customElements.define('mc-service-index', class extends HTMLElement { connectedCallback() { this.textContent = 'our own statistics box'; } });`,
};

/**
 * Starts the host site. `pages` maps a path to a function (product URL) → HTML; `scriptOrigins`
 * are other origins allowed to serve scripts (a province CDN), `frameOrigins` the origins it may
 * frame (iframe embeds). Returns
 * { url, csp, stop() }.
 */
export async function startHostSite(productUrl, pages, { scriptOrigins = [], frameOrigins = [] } = {}) {
  const csp = communeSiteCsp(new URL(productUrl).origin, { scriptOrigins, frameOrigins });
  const assets = {
    '/bootstrap.css': ['text/css', readFileSync(require.resolve('bootstrap/dist/css/bootstrap.css'))],
    '/hostile.css': ['text/css', HOSTILE_CSS],
    // The neutral page keeps the same font family as the themed one (widgets keep the page's family).
    '/neutral.css': ['text/css', 'body { margin: 0; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; }'],
    ...Object.fromEntries(Object.entries(SCRIPTS).map(([p, js]) => [p, ['text/javascript', js]])),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = pages[path];
    const asset = assets[path];
    const headers = { 'content-security-policy': csp, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (page) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end(page(productUrl));
    } else if (asset) {
      res.writeHead(200, { ...headers, 'content-type': `${asset[0]}; charset=utf-8` });
      res.end(asset[1]);
    } else {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Another port is another origin: everything the widgets load crosses origins, as on a commune site.
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, csp, stop: () => new Promise((resolve) => server.close(resolve)) };
}
