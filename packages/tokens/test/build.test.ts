// The token build: themes, aliases, CSS output, the names components rely on.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT, compile, generate, loadBase, loadThemes, resolveTheme, flatten, toCss, cssName } from '../scripts/build.mjs';
import { themes, themeIds, tokenMeta, tokens, vars, varNames, themeStylesheet, loadThemeStylesheet } from '../src/index.js';

/** The names the UI primitives use: renaming one is a breaking change. */
const REQUIRED = [
  ...['brand', 'brand-hover', 'brand-active', 'on-brand', 'brand-subtle', 'text', 'text-muted', 'surface', 'surface-alt', 'border', 'border-strong', 'link', 'link-visited', 'focus', 'disabled', 'on-disabled'].map((n) => `--mc-color-${n}`),
  ...['success', 'warning', 'danger', 'info'].flatMap((s) => ['', '-subtle', '-on-subtle', '-border'].map((x) => `--mc-color-${s}${x}`)),
  '--mc-font-family', '--mc-font-family-mono',
  ...['xs', 'sm', 'md', 'lg', 'xl', '2xl'].map((s) => `--mc-font-size-${s}`),
  ...['regular', 'medium', 'bold'].map((s) => `--mc-font-weight-${s}`),
  '--mc-line-height-tight', '--mc-line-height-normal',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `--mc-space-${n}`),
  ...['sm', 'md', 'lg', 'pill'].map((s) => `--mc-radius-${s}`),
  '--mc-shadow-1', '--mc-shadow-2',
  '--mc-focus-ring-color', '--mc-focus-ring-width', '--mc-focus-ring-offset',
  '--mc-motion-duration-fast', '--mc-motion-duration-normal', '--mc-motion-easing',
  '--mc-control-height', '--mc-content-max-width',
];

function fixture(themeFiles: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-tokens-'));
  cpSync(join(PACKAGE_ROOT, 'tokens'), join(dir, 'tokens'), { recursive: true });
  cpSync(join(PACKAGE_ROOT, 'themes'), join(dir, 'themes'), { recursive: true });
  for (const [name, json] of Object.entries(themeFiles)) writeFileSync(join(dir, 'themes', `${name}.json`), JSON.stringify(json));
  return dir;
}
const meta = (id: string) => ({ $extensions: { motcua: { id, name: { vi: 'Thử', en: 'Test' } } } });

describe('token names', () => {
  test('every name the components use exists in every theme', () => {
    for (const id of themeIds) for (const name of REQUIRED) assert.ok(tokens[id][name], `${id} lacks ${name}`);
  });
  test('vars: camelCase key → var(--mc-x, default value)', () => {
    assert.equal(vars.colorBrand, `var(--mc-color-brand, ${tokens.default['--mc-color-brand']})`);
    assert.equal(vars.space4, 'var(--mc-space-4, 1rem)');
    assert.equal(varNames.focusRingColor, '--mc-focus-ring-color');
    assert.equal(Object.keys(vars).length, tokenMeta.length);
  });
  test('control height is at least a 44px touch target', () => {
    assert.ok(parseFloat(tokens.default['--mc-control-height']!) >= 2.75);
  });
});

describe('themes', () => {
  test('are discovered from themes/*.json, default first', () => {
    assert.equal(themeIds[0], 'default');
    for (const id of ['default', 'high-contrast', 'tay-ninh', 'dong-thap', 'quang-ninh']) assert.ok(themeIds.includes(id as never), id);
    for (const id of themeIds) {
      assert.equal(themes[id].id, id);
      assert.ok(themes[id].name.vi && themes[id].name.en);
    }
  });
  test('every theme defines only known tokens', () => {
    const base = loadBase();
    for (const theme of loadThemes(base)) for (const path of theme.overrides.keys()) assert.ok(base.has(path), `${theme.source}: ${path}`);
  });
  test('a theme with an unknown token is rejected', () => {
    const dir = fixture({ bad: { ...meta('bad'), color: { brandd: { $value: '#000000' } } } });
    try {
      assert.throws(() => compile(dir), /"color\.brandd" is not a known token/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('a theme whose id is not its file name is rejected', () => {
    const dir = fixture({ wrong: meta('other') });
    try {
      assert.throws(() => compile(dir), /must be "wrong"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('adding a theme is one JSON file: no code change', () => {
    const dir = fixture({ 'ha-noi': { ...meta('ha-noi'), color: { brand: { base: { $value: '#7a1f1f' } } } } });
    try {
      const files = generate(dir);
      assert.ok(files.has('dist/css/ha-noi.css'));
      assert.match(files.get('dist/css/ha-noi.css')!, /--mc-color-brand: #7a1f1f;/);
      assert.match(files.get('src/generated/themes.ts')!, /"ha-noi"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('overrides cascade through aliases (focus ring follows color.focus)', () => {
    for (const id of themeIds) assert.equal(tokens[id]['--mc-focus-ring-color'], tokens[id]['--mc-color-focus']);
    assert.equal(tokens['tay-ninh']['--mc-color-text'], tokens.default['--mc-color-text']);
    assert.notEqual(tokens['tay-ninh']['--mc-color-brand'], tokens.default['--mc-color-brand']);
  });
});

describe('aliases', () => {
  const base = new Map(
    flatten({
      a: { $type: 'color', x: { $value: '#112233' }, y: { $value: '{a.x}' }, z: { $value: '{a.y}' } },
      s: { $type: 'shadow', 1: { $value: { color: '{a.z}', offsetX: '0', offsetY: '1px', blur: '2px', spread: '0' } } },
    }).map((t) => [t.path, t]),
  );
  test('resolve through chains and inside composite values', () => {
    const r = resolveTheme(base);
    assert.equal(r.get('a.z'), '#112233');
    assert.deepEqual((r.get('s.1') as { color: string }).color, '#112233');
  });
  test('resolve against the theme: an override of the target changes the alias', () => {
    assert.equal(resolveTheme(base, new Map([['a.x', '#445566']])).get('a.z'), '#445566');
  });
  test('cycles and dangling references fail with the path', () => {
    assert.throws(() => resolveTheme(base, new Map([['a.x', '{a.z}']])), /Alias cycle: .*a\.x/);
    assert.throws(() => resolveTheme(base, new Map([['a.x', '{a.nope}']])), /\{a\.nope\} .*points at no token/);
  });
  test('$type is inherited from groups and values format as CSS', () => {
    assert.equal(base.get('a.y')!.type, 'color');
    assert.equal(toCss('dimension', { value: 0.25, unit: 'rem' }), '0.25rem');
    assert.equal(toCss('duration', { value: 0, unit: 'ms' }), '0');
    assert.equal(toCss('cubicBezier', [0.2, 0, 0, 1]), 'cubic-bezier(0.2, 0, 0, 1)');
    assert.equal(toCss('fontFamily', ['system-ui', 'Segoe UI', 'sans-serif']), 'system-ui, "Segoe UI", sans-serif');
    assert.equal(cssName('color.brand.base'), '--mc-color-brand');
  });
});

describe('CSS output', () => {
  const files = generate();
  for (const id of themeIds) {
    test(`dist/css/${id}.css: :root, :host block with every token once, reduced-motion block`, () => {
      const css = files.get(`dist/css/${id}.css`)!;
      assert.match(css, /^\/\*.*\*\/\n:root,\n:host \{\n/);
      for (const m of tokenMeta) assert.equal(css.split(`\n  ${m.name}: `).length - 1, 1, `${m.name} once`);
      const reduced = /@media \(prefers-reduced-motion: reduce\) \{\n {2}:root,\n {2}:host \{\n([^}]*)\}\n\}\n$/.exec(css);
      assert.ok(reduced, 'reduced-motion block at the end');
      assert.match(reduced[1]!, /--mc-motion-duration-fast: 0ms;/);
      assert.match(reduced[1]!, /--mc-motion-duration-normal: 0ms;/);
      assert.equal(themeStylesheet(id).includes('prefers-reduced-motion'), true);
    });
  }
  test('loadThemeStylesheet(id): the same rules as themeStylesheet(id), one module per theme', async () => {
    // Insignificant whitespace aside, identical text: same selectors, declarations and order.
    const norm = (css: string) => css.replace(/\s+/g, ' ').replace(/\s*([{};:,])\s*/g, '$1').replace(/;\}/g, '}').trim();
    for (const id of themeIds) {
      const lazy = await loadThemeStylesheet(id);
      assert.equal(norm(lazy), norm(themeStylesheet(id)), id);
      assert.ok(lazy.length < themeStylesheet(id).length, `${id}: compact`);
      assert.ok(files.has(`src/generated/theme-sheets/${id}.ts`), `${id}: a module of its own`);
    }
  });
  test('font: the page font is inherited inside widgets unless a theme sets one', () => {
    const css = files.get('dist/css/default.css')!;
    const hostBlock = css.slice(css.indexOf(':root,\n:host {'), css.indexOf('}'));
    assert.doesNotMatch(hostBlock, /--mc-font-family:/, 'not forced on :host');
    assert.match(css, /\n:root \{\n {2}--mc-font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;\n\}/);
    assert.doesNotMatch(themes.default.css, /--mc-font-family:/);
    assert.match(themes.default.rootCss, /--mc-font-family: system-ui/);
    assert.equal(vars.fontFamily, 'var(--mc-font-family, inherit)');
    assert.match(vars.fontFamilyMono, /^var\(--mc-font-family-mono, ui-monospace/);
  });
  test('a theme that sets the font forces it on widgets too', () => {
    const dir = fixture({ font: { ...meta('font'), font: { family: { base: { $value: ['Be Vietnam Pro', 'sans-serif'] } } } } });
    try {
      const theme = compile(dir).themes.find((t) => t.id === 'font')!;
      assert.ok(theme.hostNames.includes('--mc-font-family'));
      assert.equal(theme.values['--mc-font-family'], '"Be Vietnam Pro", sans-serif');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('themes[id].css is a declaration list usable in a style attribute', () => {
    for (const id of themeIds) {
      assert.doesNotMatch(themes[id].css, /[{}]/);
      assert.match(themes[id].css, /^(--mc-[a-z0-9-]+: [^;]+; ?)+$/);
    }
  });
});
