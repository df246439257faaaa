// Serves an in-memory CDN build (the real scripts/build-cdn.mjs, plus the fixture widget) from
// its own loopback origin, as a CDN would: /cdn/{version}/… and /cdn/v1/…, CORS for module
// scripts, immutable caching for the versioned path. Also /probe.js, the CSP page's recorder.
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn, discoverWidgets } from '../../scripts/build-cdn.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const PROBE = `// Test-only recorder for the CSP host page: CSP violations, mc-* events, and a snapshot of the
// widgets for the parent test page (cross-origin, so it asks through postMessage).
(function () {
  var violations = [];
  var events = [];
  var consoleErrors = [];
  var consoleError = console.error;
  console.error = function () {
    consoleErrors.push(Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile });
  });
  ['mc-ready', 'mc-error'].forEach(function (type) {
    document.addEventListener(type, function (e) { events.push({ type: type, detail: e.detail }); });
  });
  function text(root, selector) {
    var n = root && root.querySelector(selector);
    return n ? n.textContent : null;
  }
  function snapshot() {
    var widgets = {};
    Array.prototype.forEach.call(document.querySelectorAll('body *'), function (el) {
      if (el.localName.indexOf('mc-') !== 0) return;
      var link = el.querySelector('a');
      widgets[el.id || el.localName] = {
        defined: !!customElements.get(el.localName),
        shadowText: el.shadowRoot ? el.shadowRoot.textContent.replace(/\\s+/g, ' ').trim().slice(0, 200) : null,
        unit: text(el.shadowRoot, '[part=unit]'),
        configError: text(el.shadowRoot, '[part=config-error]'),
        attrs: { api: el.getAttribute('api'), unit: el.getAttribute('unit'), theme: el.getAttribute('theme'), lang: el.getAttribute('lang') },
        fallbackVisible: link ? link.getClientRects().length > 0 : null
      };
    });
    return {
      violations: violations,
      events: events,
      widgets: widgets,
      consoleErrors: consoleErrors,
      // The CDN files this page fetched (path after /cdn/<version>/), in the order they started.
      cdnFiles: performance.getEntriesByType('resource').map(function (r) {
        var parts = new URL(r.name).pathname.split('/');
        return parts[1] === 'cdn' ? parts.slice(3).join('/') : null;
      }).filter(Boolean),
      head: Array.prototype.map.call(document.head.children, function (n) { return n.localName; })
    };
  }
  window.addEventListener('message', function (e) {
    var cmd = e.data && e.data.probe;
    if (!cmd) return;
    var result;
    if (cmd === 'snapshot') result = snapshot();
    if (cmd === 'add') {
      // A widget the page adds later (as a page's own script would), with a fallback link.
      var el = document.createElement(e.data.tag);
      var a = document.createElement('a');
      a.href = 'https://dichvucong.gov.vn/';
      a.textContent = 'Dịch vụ công';
      el.append(a);
      document.body.append(el);
      // The reader scrolls to it (a widget far below the fold loads only when it comes near).
      el.scrollIntoView();
      result = true;
    }
    if (cmd === 'inner-html') {
      try { document.createElement('div').innerHTML = '<b>x</b>'; result = { threw: false }; }
      catch (err) { result = { threw: true, name: err.name }; }
    }
    e.source.postMessage({ probeResult: cmd, id: e.data.id, result: result }, '*');
  });
})();
`;

export async function startCdnServer() {
  const fixture = { tag: 'mc-test-widget', entry: resolve(here, '../fixtures/define-test-widget.ts') };
  let build;
  try {
    build = await buildCdn({ write: false, widgets: [...discoverWidgets(), fixture], outdir: '/virtual-cdn' });
  } catch (error) {
    // A widget under construction must not take the loader's CSP tests down: serve the fixture alone.
    console.warn(`[cdn-server] the CDN build with the real widgets failed, serving the test widget only:\n${error.message}`);
    build = await buildCdn({ write: false, widgets: [fixture], outdir: '/virtual-cdn' });
  }
  const { version, major, outFiles, manifest } = build;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://cdn').pathname;
    const cors = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };
    if (path === '/probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...cors }).end(PROBE);
      return;
    }
    const m = path.match(/^\/cdn\/([^/]+)\/(.+)$/);
    if (m && (m[1] === version || m[1] === major)) {
      if (m[2] === 'manifest.json') {
        res.writeHead(200, { 'content-type': 'application/json', ...cors }).end(JSON.stringify(manifest));
        return;
      }
      const bytes = outFiles.get(m[2]);
      if (bytes) {
        const cache = m[1] === version ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': cache, ...cors }).end(bytes);
        return;
      }
    }
    res.writeHead(404, cors).end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    version,
    /** The real widgets in this build (the fixture excluded). */
    widgets: Object.keys(manifest.widgets).filter((tag) => tag !== 'mc-test-widget'),
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
