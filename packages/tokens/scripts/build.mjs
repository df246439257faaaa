#!/usr/bin/env node
// Builds the DTCG design tokens (tokens/*.json) and every theme (themes/*.json) into
//   dist/css/<theme>.css       `:root, :host { --mc-…: … }` + `:root` page-only tokens + reduced motion
//   src/generated/themes.ts    themes: Record<id, { id, name, css, rootCss }>, themeIds
//   src/generated/vars.ts      vars: camelCase name → `var(--mc-x, <default value>)`, varNames
//   src/generated/tokens.ts    tokenMeta, tokens: resolved values per theme (docs, contrast test)
//   src/generated/theme-sheets/<id>.ts   one theme's stylesheet text, compact, as its own module
//   src/generated/theme-loaders.ts       loadThemeStylesheet(id): imports only that theme's module
//                                        (a lazy chunk per theme in the CDN build, for widgets)
// The generated TypeScript is committed so tests and Storybook run from sources without a build;
// test/generated.test.ts fails when it is stale. `node scripts/build.mjs --check` does the same.
//
// Why a small build of our own rather than Style Dictionary: what we need is DTCG parsing with
// `$type` inheritance, alias resolution (`{color.brand.base}`), one merge step for themes and three
// tiny output formats. That is ~250 lines with no dependencies, easy to read and to test, and it
// emits exactly the `:root, :host` + reduced-motion shape and the TypeScript modules we want.
// Style Dictionary 4/5 would add a sizeable dependency tree (and its own transform/format
// configuration) to a package that ships to commune web sites, and we would still write custom
// formats for themes.ts, vars.ts and the `:host` rules. Reconsider if we need many more platforms
// (Android/iOS) or token transforms beyond CSS.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname, basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = '--mc-';
const ALIAS = /^\{([^{}]+)\}$/;

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads every `*.json` of a folder, sorted by file name. */
function readJsonDir(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file: join(dir, file), json: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

/**
 * Flattens a DTCG tree into tokens `{ path, type, value, description, private, scope }`.
 * `$type` and `$extensions.motcua.private` are inherited from groups, as in the DTCG format.
 */
export function flatten(tree, source = '<tree>') {
  const out = [];
  const walk = (node, path, inherited) => {
    const ext = node.$extensions?.motcua ?? {};
    const here = {
      type: node.$type ?? inherited.type,
      private: ext.private ?? inherited.private,
    };
    if ('$value' in node) {
      out.push({
        path: path.join('.'),
        type: here.type,
        value: node.$value,
        description: node.$description,
        private: Boolean(here.private),
        scope: ext.scope ?? 'all',
        source,
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      if (!isObject(child)) throw new Error(`${source}: "${[...path, key].join('.')}" is neither a group nor a token`);
      walk(child, [...path, key], here);
    }
  };
  walk(tree, [], { type: undefined, private: false });
  return out;
}

/** Loads the base tokens: path → token. A path defined twice is an error. */
export function loadBase(root = PACKAGE_ROOT) {
  const base = new Map();
  // Categories in a reading order (the CSS and the docs follow it); other files come after, by name.
  const order = ['palette', 'color', 'typography', 'spacing', 'radius', 'elevation', 'focus', 'motion', 'size'];
  const rank = ({ file }) => { const i = order.indexOf(basename(file, '.json')); return i < 0 ? order.length : i; };
  const files = readJsonDir(join(root, 'tokens')).sort((a, b) => rank(a) - rank(b));
  for (const { file, json } of files) {
    for (const token of flatten(json, relative(root, file))) {
      if (base.has(token.path)) throw new Error(`${token.source}: "${token.path}" is already defined in ${base.get(token.path).source}`);
      if (!token.type) throw new Error(`${token.source}: "${token.path}" has no $type (on it or a parent group)`);
      base.set(token.path, token);
    }
  }
  return base;
}

/** Loads the themes (one file each): `default` first, then by id. Validates ids, names and overrides. */
export function loadThemes(base, root = PACKAGE_ROOT) {
  const themes = readJsonDir(join(root, 'themes')).map(({ file, json }) => {
    const source = relative(root, file);
    const meta = json.$extensions?.motcua;
    const id = basename(file, '.json');
    if (!meta || meta.id !== id) throw new Error(`${source}: $extensions.motcua.id must be "${id}" (the file name)`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${source}: theme id "${id}" must be kebab-case`);
    if (typeof meta.name?.vi !== 'string' || typeof meta.name?.en !== 'string') {
      throw new Error(`${source}: $extensions.motcua.name needs { "vi": "…", "en": "…" }`);
    }
    const overrides = new Map();
    for (const token of flatten(json, source)) {
      const known = base.get(token.path);
      if (!known) throw new Error(`${source}: "${token.path}" is not a known token (themes may only override tokens of tokens/*.json)`);
      if (token.type && token.type !== known.type) throw new Error(`${source}: "${token.path}" has $type ${token.type}, expected ${known.type}`);
      overrides.set(token.path, token.value);
    }
    return { id, name: { vi: meta.name.vi, en: meta.name.en }, description: json.$description, overrides, source };
  });
  if (!themes.some((t) => t.id === 'default')) throw new Error('themes/default.json is missing');
  return themes.sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id)));
}

/** Resolves aliases (whole-string `{path}` references, also inside composite values) for one theme. */
export function resolveTheme(base, overrides = new Map()) {
  const raw = (path) => (overrides.has(path) ? overrides.get(path) : base.get(path)?.value);
  const cache = new Map();
  const resolvePath = (path, chain) => {
    if (cache.has(path)) return cache.get(path);
    if (!base.has(path)) throw new Error(`Alias {${path}} (from ${chain.at(-1) ?? '?'}) points at no token`);
    if (chain.includes(path)) throw new Error(`Alias cycle: ${[...chain, path].join(' → ')}`);
    const value = resolveValue(raw(path), [...chain, path]);
    cache.set(path, value);
    return value;
  };
  const resolveValue = (value, chain) => {
    if (typeof value === 'string') {
      const m = ALIAS.exec(value);
      return m ? resolvePath(m[1], chain) : value;
    }
    if (Array.isArray(value)) return value.map((v) => resolveValue(v, chain));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, chain)]));
    return value;
  };
  const resolved = new Map();
  for (const path of base.keys()) resolved.set(path, resolvePath(path, []));
  return resolved;
}

// ---- CSS values --------------------------------------------------------------------------------

function dimension(v) {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isObject(v) && typeof v.value === 'number' && typeof v.unit === 'string') return v.value === 0 ? '0' : `${v.value}${v.unit}`;
  throw new Error(`Not a dimension/duration: ${JSON.stringify(v)}`);
}

function color(v) {
  if (typeof v === 'string') return v.toLowerCase();
  if (isObject(v) && typeof v.hex === 'string') {
    const a = v.alpha ?? 1;
    return a === 1 ? v.hex.toLowerCase() : `${v.hex.toLowerCase()}${Math.round(a * 255).toString(16).padStart(2, '0')}`;
  }
  throw new Error(`Not a colour: ${JSON.stringify(v)}`);
}

function fontFamily(v) {
  const generic = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-monospace', 'ui-sans-serif', 'ui-serif', 'inherit']);
  const names = Array.isArray(v) ? v : [v];
  return names.map((n) => (generic.has(n) || /^[A-Za-z-]+$/.test(n) ? n : `"${n}"`)).join(', ');
}

function shadow(v) {
  return (Array.isArray(v) ? v : [v])
    .map((s) => [s.inset ? 'inset' : '', dimension(s.offsetX), dimension(s.offsetY), dimension(s.blur), dimension(s.spread ?? 0), color(s.color)].filter(Boolean).join(' '))
    .join(', ');
}

/** A resolved DTCG value as CSS. */
export function toCss(type, value) {
  switch (type) {
    case 'color': return color(value);
    case 'dimension':
    case 'duration': return dimension(value);
    case 'fontFamily': return fontFamily(value);
    case 'fontWeight':
    case 'number': return String(value);
    case 'cubicBezier': return Array.isArray(value) ? `cubic-bezier(${value.join(', ')})` : String(value);
    case 'shadow': return shadow(value);
    default: return String(value);
  }
}

/** `color.brand.base` → `--mc-color-brand`: path segments joined by `-`, `base` segments dropped. */
export const cssName = (path) => PREFIX + path.split('.').filter((s) => s !== 'base').join('-');
/** `--mc-color-brand-hover` → `colorBrandHover`. */
const jsName = (name) => name.slice(PREFIX.length).replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

// ---- Build -------------------------------------------------------------------------------------

/** Everything the outputs need: public token metadata and resolved CSS values per theme. */
export function compile(root = PACKAGE_ROOT) {
  const base = loadBase(root);
  const themes = loadThemes(base, root);
  const publicTokens = [...base.values()].filter((t) => !t.private);
  const names = new Map();
  for (const t of publicTokens) {
    const name = cssName(t.path);
    if (names.has(name)) throw new Error(`"${t.path}" and "${names.get(name)}" both become ${name}`);
    names.set(name, t.path);
  }
  const meta = publicTokens.map((t) => ({
    name: cssName(t.path),
    key: jsName(cssName(t.path)),
    path: t.path,
    type: t.type,
    description: t.description ?? '',
    scope: t.scope,
  }));
  const compiled = themes.map((theme) => {
    const resolved = resolveTheme(base, theme.overrides);
    const values = Object.fromEntries(publicTokens.map((t) => [cssName(t.path), toCss(t.type, resolved.get(t.path))]));
    // A page-scoped token (the font stack) also applies to :host when this theme sets it on purpose.
    const hostNames = meta.filter((m) => m.scope !== 'root' || theme.overrides.has(m.path)).map((m) => m.name);
    const rootOnly = meta.filter((m) => !hostNames.includes(m.name)).map((m) => m.name);
    return { id: theme.id, name: theme.name, description: theme.description ?? '', values, hostNames, rootOnly };
  });
  const motion = meta.filter((m) => m.type === 'duration').map((m) => m.name);
  return { meta, themes: compiled, motion };
}

const decl = (names, values, indent) => names.map((n) => `${indent}${n}: ${values[n]};`).join('\n');

function themeCss(theme, motion) {
  const parts = [
    `/* Một Cửa theme "${theme.id}" (${theme.name.vi} / ${theme.name.en}). Generated by @motcua/tokens; do not edit. */`,
    `:root,\n:host {\n${decl(theme.hostNames, theme.values, '  ')}\n}`,
  ];
  if (theme.rootOnly.length) {
    parts.push(`/* Page-level only: inside a widget (:host) the embedding page's font is inherited. */\n:root {\n${decl(theme.rootOnly, theme.values, '  ')}\n}`);
  }
  parts.push(`@media (prefers-reduced-motion: reduce) {\n  :root,\n  :host {\n${motion.map((n) => `    ${n}: 0ms;`).join('\n')}\n  }\n}`);
  return parts.join('\n') + '\n';
}

/** `themeStylesheet()`'s rules without optional whitespace: `:root,:host{--a:1;--b:2}…`. */
function compactSheet(css, rootCss, motion) {
  const block = (declarations) => declarations.replace(/;\s*$/, '').replace(/:\s+/g, ':').replace(/;\s+/g, ';');
  const rule = (selector, declarations) => (declarations ? `${selector}{${block(declarations)}}` : '');
  return rule(':root,:host', css) + rule(':root', rootCss) + `@media (prefers-reduced-motion:reduce){:root,:host{${motion.map((n) => `${n}:0ms`).join(';')}}}`;
}

const HEADER = '// Generated by packages/tokens/scripts/build.mjs from tokens/*.json and themes/*.json. Do not edit:\n// change the JSON and run `npm run build -w @motcua/tokens` (test/generated.test.ts checks this file).\n';
const ts = (value) => JSON.stringify(value, null, 2);

export function generate(root = PACKAGE_ROOT) {
  const { meta, themes, motion } = compile(root);
  const files = new Map();
  for (const theme of themes) files.set(`dist/css/${theme.id}.css`, themeCss(theme, motion));

  const themeRecords = Object.fromEntries(themes.map((t) => [t.id, {
    id: t.id,
    name: t.name,
    description: t.description,
    css: t.hostNames.map((n) => `${n}: ${t.values[n]};`).join(' '),
    rootCss: t.rootOnly.map((n) => `${n}: ${t.values[n]};`).join(' '),
  }]));
  files.set('src/generated/themes.ts', `${HEADER}
export const themeIds = ${ts(themes.map((t) => t.id))} as const;

export type ThemeId = (typeof themeIds)[number];

export interface Theme {
  id: ThemeId;
  name: { vi: string; en: string };
  description: string;
  /** Declarations for \`:host\` or any wrapper element (no selector). Leaves out page-level tokens
   *  (--mc-font-family) unless the theme sets them, so a widget inherits the page's font. */
  css: string;
  /** Page-level declarations for \`:root\` only (the design system's font stack). */
  rootCss: string;
}

export const themes: Record<ThemeId, Theme> = ${ts(themeRecords)};

/** Custom properties zeroed under \`prefers-reduced-motion: reduce\`. */
export const motionDurationNames = ${ts(motion)} as const;
`);

  // One module per theme with its stylesheet text (the same rules as themeStylesheet(id), without
  // the optional whitespace), and a loader that imports only the one asked for: a widget with
  // theme="tay-ninh" fetches that theme alone, a widget without a theme none.
  for (const [id, record] of Object.entries(themeRecords)) {
    files.set(`src/generated/theme-sheets/${id}.ts`, `${HEADER}
/** The stylesheet of the "${id}" theme (\`themeStylesheet('${id}')\`, compact). */
export default ${JSON.stringify(compactSheet(record.css, record.rootCss, motion))};
`);
  }
  files.set('src/generated/theme-loaders.ts', `${HEADER}
import type { ThemeId } from './themes.js';

const loaders: Record<ThemeId, () => Promise<{ default: string }>> = {
${themes.map((t) => `  ${JSON.stringify(t.id)}: () => import('./theme-sheets/${t.id}.js'),`).join('\n')}
};

/**
 * The stylesheet text of one theme (the rules of \`themeStylesheet(id)\`), imported on demand: in a
 * bundle every theme is its own lazy chunk, so a page loads only the themes its widgets use.
 */
export async function loadThemeStylesheet(id: ThemeId): Promise<string> {
  return (await loaders[id]()).default;
}
`);

  const defaults = themes.find((t) => t.id === 'default');
  const vars = Object.fromEntries(meta.map((m) => [m.key, m.scope === 'root' ? `var(${m.name}, inherit)` : `var(${m.name}, ${defaults.values[m.name]})`]));
  const varNames = Object.fromEntries(meta.map((m) => [m.key, m.name]));
  files.set('src/generated/vars.ts', `${HEADER}
/**
 * Token → \`var(--mc-x, <default theme value>)\`, for component styles. The fallback keeps a
 * primitive right on a page without any theme. Page-level tokens (fontFamily) fall back to
 * \`inherit\`: a widget takes the embedding page's font unless --mc-font-family is set.
 */
export const vars = ${ts(vars)} as const;

export type TokenKey = keyof typeof vars;

/** Token → custom property name (\`--mc-…\`). */
export const varNames = ${ts(varNames)} as const satisfies Record<TokenKey, string>;
`);

  files.set('src/generated/tokens.ts', `${HEADER}
import type { ThemeId } from './themes.js';

export interface TokenMeta {
  /** Custom property, e.g. \`--mc-color-brand\`. */
  name: string;
  /** Key in \`vars\`, e.g. \`colorBrand\`. */
  key: string;
  /** DTCG path, e.g. \`color.brand.base\`. */
  path: string;
  /** DTCG $type. */
  type: string;
  description: string;
  /** \`root\`: page-level only, not forced on widgets (:host). */
  scope: 'all' | 'root';
}

export const tokenMeta: readonly TokenMeta[] = ${ts(meta)};

/** Resolved CSS value of every token in every theme: tokens[theme][--mc-name]. */
export const tokens: Record<ThemeId, Record<string, string>> = ${ts(Object.fromEntries(themes.map((t) => [t.id, t.values])))};
`);
  return files;
}

/** Files whose content differs from what is on disk (paths relative to the package). */
export function staleFiles(files, root = PACKAGE_ROOT, prefix = 'src/generated/') {
  return [...files.entries()]
    .filter(([path]) => path.startsWith(prefix))
    .filter(([path, content]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== content)
    .map(([path]) => path);
}

function main() {
  const files = generate();
  if (process.argv.includes('--check')) {
    const stale = staleFiles(files);
    if (stale.length) {
      console.error(`Stale generated files: ${stale.join(', ')}. Run: npm run build -w @motcua/tokens`);
      process.exit(1);
    }
    console.log('src/generated is up to date');
    return;
  }
  for (const [path, content] of files) {
    const full = join(PACKAGE_ROOT, path);
    if (existsSync(full) && readFileSync(full, 'utf8') === content) continue; // no mtime churn for dev servers
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  console.log(`@motcua/tokens: ${files.size} files (${[...files.keys()].filter((f) => f.endsWith('.css')).length} themes)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
