// Iframe embedding, for commune CMS editors that strip <script> from pasted HTML: one page per
// widget on the product server, e.g. /embed/procedure-lookup?unit=25459&theme=tay-ninh&lang=vi.
// The page loads the widget through the same loader as the snippet (/cdn/v1/embed.js, same
// origin), may be framed by any site (`frame-ancestors *`, these pages only), and reports its
// height to the parent page (/embed/frame.js → postMessage); a host page that allows one small
// script (/cdn/v1/embed-frame.js, from the CDN build) sizes the iframe to it. Without it the
// iframe keeps the height written in the snippet. Bad parameters get a 400 page that says which.
import { readFileSync } from 'node:fs';
import { themeIds } from '@motcua/tokens';

/**
 * Widget name in the URL → its page titles (vi, en) and the iframe height the snippet writes, from
 * scripts/embed-widgets.json (the demo portal's embed builder writes its iframe snippets from the
 * same file); here its own parameters are added.
 */
const FRAMES = JSON.parse(readFileSync(new URL('./embed-widgets.json', import.meta.url), 'utf8'));
/** A widget's own parameters (→ [pattern, what it must be]) and the ones it cannot do without. */
const OWN_PARAMS = {
  'dossier-checklist': { params: { procedure: [/^\d\.\d{6}$/, 'a procedure code such as 1.001193'] }, required: ['procedure'] },
  'satisfaction-survey': { params: { mode: [/^(general|dossier)$/, 'general or dossier'] } },
  feedback: { params: { view: [/^(send|follow|answers)$/, 'send, follow or answers'] } },
};
const EMBED_WIDGETS = Object.fromEntries(Object.entries(FRAMES).map(([name, frame]) => [name, { ...frame, ...OWN_PARAMS[name] }]));

/** Parameter → [pattern, what it must be]. */
const COMMON = {
  unit: [/^\d{5}$/, 'the 5-digit code of a commune-level unit, such as 25459'],
  theme: [new RegExp(`^(${themeIds.join('|')})$`), `one of ${themeIds.join(', ')}`],
  lang: [/^(vi|en)$/, 'vi or en'],
};

/** Policy of the embed pages: our scripts only, Trusted Types, framed by any site. */
const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `{ widget, values }` or `{ problems: [...] }` for a request to /embed/<name>?… */
function checkEmbedRequest(name, query) {
  const spec = EMBED_WIDGETS[name];
  if (!spec) return { problems: [`"${name}" is not a widget: use one of ${Object.keys(EMBED_WIDGETS).join(', ')}.`] };
  const allowed = { ...COMMON, ...(spec.params ?? {}) };
  const problems = [];
  const values = {};
  for (const [key, value] of query) {
    if (!(key in allowed)) problems.push(`"${key}" is not a parameter of ${name} (allowed: ${Object.keys(allowed).join(', ')}).`);
    else if (key in values) problems.push(`"${key}" is given twice.`);
    else if (!allowed[key][0].test(value)) problems.push(`${key}="${value}" is not valid: ${allowed[key][1]}.`);
    else values[key] = value;
  }
  for (const key of ['unit', ...(spec.required ?? [])]) if (!query.has(key)) problems.push(`"${key}" is required.`);
  return problems.length ? { problems } : { widget: name, spec, values };
}

function embedPage({ widget, spec, values }) {
  const lang = values.lang ?? 'vi';
  const tag = `mc-${widget}`;
  const title = `${spec[lang]} · ${lang === 'en' ? 'unit' : 'đơn vị'} ${values.unit}`;
  const own = Object.keys(spec.params ?? {}).filter((k) => values[k]).map((k) => ` ${k}="${esc(values[k])}"`).join('');
  const fallback = lang === 'en' ? 'Open the National Public Service Portal' : 'Mở Cổng Dịch vụ công quốc gia';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/embed/frame.css">
<script type="module" src="/cdn/v1/embed.js" data-api="/" data-unit="${esc(values.unit)}" data-theme="${esc(values.theme ?? 'default')}"></script>
<script type="module" src="/embed/frame.js"></script>
</head>
<body>
<main>
<${tag}${own}><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">${fallback}</a></${tag}>
</main>
</body>
</html>
`;
}

function problemPage(problems) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Địa chỉ nhúng chưa đúng · Embed address not valid</title>
<link rel="stylesheet" href="/embed/frame.css">
</head>
<body>
<main class="problem">
<h1>Địa chỉ nhúng tiện ích chưa đúng</h1>
<p>Hãy tạo lại mã nhúng ở trang “Nhúng tiện ích” của Một Cửa.</p>
<h2 lang="en">The embed address is not valid</h2>
<ul lang="en">
${problems.map((p) => `<li>${esc(p)}</li>`).join('\n')}
</ul>
</main>
</body>
</html>
`;
}

/** Inside the frame: tell the parent page how tall the content is, whenever it changes. */
const FRAME_SCRIPT = `// Một Cửa embed page: reports its height to the page that frames it (see /cdn/v1/embed-frame.js).
// A frame out of view gets no rendering updates (so no ResizeObserver calls) in Chromium: the
// widget's mc-ready and a once-a-second check cover the frames below the fold.
let last = 0;
const post = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'motcua:height', height }, '*');
};
new ResizeObserver(post).observe(document.documentElement);
document.addEventListener('mc-ready', post);
setInterval(post, 1000);
`;

const FRAME_CSS = `html { background: Canvas; }
body { margin: 0; padding: 0.5rem; }
.problem { font-family: system-ui, sans-serif; max-width: 40rem; }
`;

/** Registers /embed/* on the product server's Hono app. */
export function mountEmbedPages(app) {
  app.use('/embed/*', async (c, next) => {
    await next();
    // These pages, and only these, may be framed by any site.
    c.res.headers.delete('x-frame-options');
    c.res.headers.set('content-security-policy', EMBED_CSP);
    c.res.headers.set('cache-control', c.req.path.endsWith('.js') || c.req.path.endsWith('.css') ? 'public, max-age=300' : 'no-cache');
  });
  app.get('/embed/frame.js', (c) => c.body(FRAME_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/embed/frame.css', (c) => c.body(FRAME_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/embed/:widget', (c) => {
    const checked = checkEmbedRequest(c.req.param('widget'), new URL(c.req.url).searchParams);
    if (checked.problems) return c.html(problemPage(checked.problems), checked.problems[0].includes('is not a widget') ? 404 : 400);
    return c.html(embedPage(checked));
  });
}
