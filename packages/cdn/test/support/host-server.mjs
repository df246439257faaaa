// The host site of the CDN tests: an ordinary "commune website" on an origin of its own, serving
// /csp-page with a strict Content-Security-Policy that embeds the fixture widget only through the
// snippet (test/csp.test.ts), and /csp-widgets, the same with every real widget of the CDN build.
// `urls` = { cdn, api, proxy, version, widgets }.
import { createServer } from 'node:http';

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

/**
 * The same host page with the real widgets of the CDN build, each with a fallback link: all of
 * them, or only those of `?tags=a,b` (one: a page with one widget, which loads its solo build).
 */
function realWidgetsPage({ cdn, api, version, widgets }, query) {
  const only = query.get('tags')?.split(',');
  const tags = widgets
    .filter((tag) => !only || only.includes(tag))
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
export async function startHostServer(urls) {
  const pages = { '/csp-page': cspPage, '/csp-widgets': realWidgetsPage };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://host');
    const page = pages[url.pathname];
    if (!page) return res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': cspFor(urls), 'cache-control': 'no-store' })
      .end(page(urls, url.searchParams));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
