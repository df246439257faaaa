// Assembles the demo ward site into dist/: each page of src/pages/ wrapped in src/layout.html
// (header, menu, footer), plus src/assets/. No framework, no bundler: what a commune CMS serves.
// A page starts with comments read as settings:
//   <!-- title: … -->  <!-- description: … -->  <!-- scripts: <script src="…"></script> -->
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(here, 'src');
const out = join(here, 'dist');
const NAV = ['index', 'thu-tuc', 'tra-cuu-ho-so', 'danh-gia', 'phan-anh-kien-nghi', 'nhung-ma'];

const layout = readFileSync(join(src, 'layout.html'), 'utf8');
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(src, 'assets'), join(out, 'assets'), { recursive: true });

// The embed builder writes iframe snippets with the product server's own titles and heights of
// the /embed/ pages: one table (scripts/embed-widgets.json), put into the builder here.
const builderFile = join(out, 'assets/builder.js');
const builder = readFileSync(builderFile, 'utf8');
const FRAMES_PLACEHOLDER = '/* embed-widgets.json */ {}';
if (!builder.includes(FRAMES_PLACEHOLDER)) throw new Error(`src/assets/builder.js: missing ${FRAMES_PLACEHOLDER}`);
const frames = readFileSync(join(here, '../../scripts/embed-widgets.json'), 'utf8').trim();
writeFileSync(builderFile, builder.replace(FRAMES_PLACEHOLDER, () => frames.replace(/\n/g, '\n  ')));

const pages = readdirSync(join(src, 'pages')).filter((f) => f.endsWith('.html')).sort();
for (const file of pages) {
  const name = file.replace(/\.html$/, '');
  let body = readFileSync(join(src, 'pages', file), 'utf8');
  const meta = {};
  body = body.replace(/^(?:\s*<!--\s*(title|description|scripts):\s*([\s\S]*?)\s*-->\n?)+/, (block) => {
    for (const m of block.matchAll(/<!--\s*(title|description|scripts):\s*([\s\S]*?)\s*-->/g)) meta[m[1]] = m[2];
    return '';
  });
  if (!meta.title) throw new Error(`${file}: missing <!-- title: … -->`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(body) || /\sstyle=|\son[a-z]+=/i.test(body)) {
    throw new Error(`${file}: inline script, style or event handler (the portal runs under a strict CSP)`);
  }
  let html = layout
    .replaceAll('{{title}}', meta.title)
    .replaceAll('{{description}}', escapeAttr(meta.description ?? meta.title))
    .replaceAll('{{page}}', name)
    .replace('{{scripts}}', meta.scripts ?? '')
    .replace('{{content}}', body.trim());
  for (const n of NAV) html = html.replaceAll(`{{nav:${n}}}`, n === name ? 'aria-current="page"' : '');
  html = html.replace(/ +>/g, '>');
  writeFileSync(join(out, file), html);
}
console.log(`demo portal: ${pages.length} pages → ${join('apps/demo-portal', 'dist')}`);
