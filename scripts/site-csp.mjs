// The strict Content-Security-Policy of a commune site that follows the embedding guide, in one
// place: the demo portal's pages (scripts/start.mjs, same origin as the product) and the pages of
// another origin that the end-to-end tests (apps/demo-portal/e2e/support/host-site.mjs) and the
// Lighthouse bench (bench/lighthouse/ward-page.mjs) put the widgets on. Trusted Types: `lit-html`
// is the only policy created (by Lit, for its templates); the loader and the widgets create none.
// (The /embed/ iframe pages have a policy of their own: scripts/embed-pages.mjs.)

/**
 * `product` is where /cdn/ and the API are ("'self'" when the site serves them itself);
 * `scriptOrigins` further origins allowed to serve scripts (a province CDN).
 */
function sitePolicy({ product, scriptOrigins = [] }) {
  const sources = (...list) => [...new Set(list)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${sources("'self'", product, ...scriptOrigins)}`,
    `connect-src ${product}`,
    "style-src 'self'",
    `img-src ${sources("'self'", 'data:', product)}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
    "object-src 'none'",
  ];
}

/** The demo portal's pages: the product on the same origin; no <base>, never framed (apps/demo-portal/README.md quotes it). */
export const PORTAL_CSP = [...sitePolicy({ product: "'self'" }), "base-uri 'none'", "frame-ancestors 'none'"].join('; ');

/**
 * A commune site on another origin than the product (`productOrigin`). Its CMS pages may carry a
 * `<base href>` of their own (base-uri 'self'); `frameOrigins` are the origins it may frame
 * (iframe embeds of /embed/ pages).
 */
export function communeSiteCsp(productOrigin, { scriptOrigins = [], frameOrigins = [] } = {}) {
  return [
    ...sitePolicy({ product: productOrigin, scriptOrigins }),
    "base-uri 'self'",
    ...(frameOrigins.length ? [`frame-src ${frameOrigins.join(' ')}`] : []),
  ].join('; ');
}
