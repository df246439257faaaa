// Builds the CDN layout of the embed loader and the widgets:
//   dist/cdn/{version}/embed.js, widgets/<tag>.js, chunks/<name>-<hash>.js, manifest.json  (immutable)
//   dist/cdn/v{major}/…                                                                    (moving alias, same files)
// ES modules for current browsers (es2022), minified, MC_DEV=false; the widgets code-split
// (shared chunks hashed), the loader one self-contained file. Widgets are
// discovered from packages/widgets/**/define.ts (src/<name>/define.ts or <name>/src/define.ts);
// the build works with none. Run by `npm run build -w @motcua/sdk` after tsc.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyTemplatesPlugin, tokenTable } from './minify-templates.mjs';

const sdkDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(sdkDir, '../..');
const widgetsDir = join(repo, 'packages/widgets');

/** `[{ tag, entry }]` for every widget define module that exists. */
export function discoverWidgets(dir = widgetsDir) {
  const found = new Map();
  const add = (name, entry) => {
    if (!existsSync(entry) || !/^[a-z][a-z0-9-]*$/.test(name)) return;
    const tag = name.startsWith('mc-') ? name : `mc-${name}`;
    if (!found.has(tag)) found.set(tag, entry);
  };
  const src = join(dir, 'src');
  if (existsSync(src)) for (const name of readdirSync(src)) add(name, join(src, name, 'define.ts'));
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (!['src', 'node_modules', 'dist', 'test'].includes(name)) {
    add(name, join(dir, name, 'src', 'define.ts'));
    add(name, join(dir, name, 'define.ts'));
  }
  return [...found].map(([tag, entry]) => ({ tag, entry })).sort((a, b) => a.tag.localeCompare(b.tag));
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Builds into `outdir/{version}` and `outdir/v{major}`; returns { version, dirs, manifest, metafile }.
 * `widgets` defaults to the discovered ones; tests pass extra fixtures.
 */
export async function buildCdn({ outdir = join(sdkDir, 'dist/cdn'), widgets = discoverWidgets(), version, write = true, minifyTemplates = true } = {}) {
  version ??= JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')).version;
  const major = `v${version.split('.')[0] === '0' ? 1 : version.split('.')[0]}`;
  const common = {
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    define: { MC_DEV: 'false', MC_WIDGETS: JSON.stringify(widgets.map((w) => w.tag).join(',')) },
    legalComments: 'none',
    metafile: true,
    write: false,
    outdir: join(outdir, version),
    absWorkingDir: repo,
    logLevel: 'warning',
    // The static text of Lit css/html templates, minified (whitespace, comments): see
    // scripts/template-minify.mjs for the rules that keep the rendering the same. `${token('x')}`
    // in css templates is written as the text it stands for, so the token table is not shipped.
    plugins: minifyTemplates
      ? [minifyTemplatesPlugin({ tokenValue: tokenTable(readFileSync(join(repo, 'packages/tokens/src/generated/vars.ts'), 'utf8')) })]
      : [],
  };
  // The loader is built on its own so that embed.js is one self-contained file: no shared chunk
  // (esbuild would otherwise hoist its helpers into one) delays the first request on a slow line.
  const loaderBuild = await build({ ...common, entryPoints: { embed: join(sdkDir, 'src/embed/index.ts') } });
  const entryPoints = {};
  for (const w of widgets) entryPoints[`widgets/${w.tag}`] = w.entry;
  const widgetBuild = widgets.length
    ? await build({ ...common, entryPoints, splitting: true, entryNames: '[dir]/[name]', chunkNames: 'chunks/[name]-[hash]' })
    : { outputFiles: [], metafile: { inputs: {}, outputs: {} } };
  const result = {
    outputFiles: [...loaderBuild.outputFiles, ...widgetBuild.outputFiles],
    metafile: {
      inputs: { ...loaderBuild.metafile.inputs, ...widgetBuild.metafile.inputs },
      outputs: { ...loaderBuild.metafile.outputs, ...widgetBuild.metafile.outputs },
    },
  };
  const files = {};
  const outFiles = new Map();
  for (const file of result.outputFiles) {
    const rel = relative(join(outdir, version), file.path).split('\\').join('/');
    outFiles.set(rel, file.contents);
    files[rel] = { size: file.contents.length, gzip: gzipSync(file.contents, { level: 9 }).length, integrity: sri(file.contents) };
  }
  // Static imports of each output, for "what does this page download" sums.
  const imports = {};
  for (const [path, out] of Object.entries(result.metafile.outputs)) {
    const rel = relative(join(outdir, version), resolve(repo, path)).split('\\').join('/');
    imports[rel] = out.imports.filter((i) => i.kind === 'import-statement').map((i) => relative(join(outdir, version), resolve(repo, i.path)).split('\\').join('/'));
  }
  const manifest = {
    name: '@motcua/sdk',
    version,
    alias: major,
    entry: 'embed.js',
    widgets: Object.fromEntries(widgets.map((w) => [w.tag, `widgets/${w.tag}.js`])),
    files,
    imports,
  };
  const dirs = [join(outdir, version), join(outdir, major)];
  if (write) {
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
      for (const [rel, bytes] of outFiles) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), bytes);
      }
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    }
  }
  return { version, major, dirs, manifest, metafile: result.metafile, outFiles };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dirs, manifest } = await buildCdn();
  const n = Object.keys(manifest.widgets).length;
  console.log(`CDN build ${manifest.version}: ${Object.keys(manifest.files).length} files, ${n} widget${n === 1 ? '' : 's'} → ${dirs.map((d) => relative(sdkDir, d)).join(', ')}`);
}
