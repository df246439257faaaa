// WCAG 2.x contrast: the pairs every theme must satisfy, declared as data, and the ratio maths.
// Used by test/contrast.test.ts (fails under the minimum) and by the Storybook tokens page.

/** What a pair is used for; sets the WCAG minimum. */
export type PairKind = 'text' | 'large-text' | 'ui';

export interface ContrastPair {
  /** Foreground custom property (text, icon, border or focus ring). */
  fg: string;
  /** Background custom property. */
  bg: string;
  kind: PairKind;
  /** Where the pair occurs, for failure messages and the docs. */
  use: string;
}

/** WCAG 2.2: 1.4.3 text 4.5:1, large text 3:1; 1.4.11 UI components and focus indicators 3:1. */
export const minimumRatio: Record<PairKind, number> = { text: 4.5, 'large-text': 3, ui: 3 };

const STATUSES = ['success', 'warning', 'danger', 'info'] as const;

const text = (fg: string, bg: string, use: string): ContrastPair => ({ fg: `--mc-color-${fg}`, bg: `--mc-color-${bg}`, kind: 'text', use });
const ui = (fg: string, bg: string, use: string): ContrastPair => ({ fg: `--mc-color-${fg}`, bg: `--mc-color-${bg}`, kind: 'ui', use });

export const contrastPairs: readonly ContrastPair[] = [
  text('text', 'surface', 'body text'),
  text('text', 'surface-alt', 'body text on alternate background'),
  text('text', 'brand-subtle', 'text on a selected/highlighted item'),
  text('text', 'disabled', 'text near a disabled control'),
  text('text-muted', 'surface', 'hints, metadata'),
  text('text-muted', 'surface-alt', 'hints on alternate background'),
  text('on-brand', 'brand', 'primary button label'),
  text('on-brand', 'brand-hover', 'primary button label, hovered'),
  text('on-brand', 'brand-active', 'primary button label, pressed'),
  text('brand', 'surface', 'secondary button label, brand text'),
  text('brand', 'surface-alt', 'brand text on alternate background'),
  text('brand', 'brand-subtle', 'selected item label'),
  text('brand-hover', 'surface', 'secondary button label, hovered'),
  text('on-accent', 'accent', 'text on the accent colour'),
  text('accent', 'surface', 'accent text'),
  text('link', 'surface', 'links'),
  text('link', 'surface-alt', 'links on alternate background'),
  text('link-visited', 'surface', 'visited links'),
  text('on-disabled', 'disabled', 'disabled control label'),
  ...STATUSES.flatMap((s) => [
    text(s, 'surface', `${s} text and icons`),
    text(s, 'surface-alt', `${s} text on alternate background`),
    text(`${s}-on-subtle`, `${s}-subtle`, `${s} alert/badge text`),
    text('text', `${s}-subtle`, `body text inside a ${s} alert`),
    ui(`${s}-border`, 'surface', `${s} border`),
  ]),
  ui('border', 'surface', 'control and card borders'),
  ui('border', 'surface-alt', 'control borders on alternate background'),
  ui('border-strong', 'surface', 'emphasised borders'),
  ui('focus', 'surface', 'focus ring'),
  ui('focus', 'surface-alt', 'focus ring on alternate background'),
  ui('brand', 'surface', 'filled button / checked control against the page'),
  ui('danger-border', 'danger-subtle', 'invalid field border on error background'),
  { fg: '--mc-focus-ring-color', bg: '--mc-color-surface', kind: 'ui', use: 'focus ring (ring token)' },
  { fg: '--mc-color-brand', bg: '--mc-color-surface-alt', kind: 'large-text', use: 'headings on alternate background' },
];

/** `#rgb`, `#rrggbb` or `#rrggbbaa` (alpha ignored) → [r, g, b] 0–255. */
export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a hex colour: ${hex}`);
  let h = m[1]!;
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio (1–21) of two opaque colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface PairResult extends ContrastPair {
  fgValue: string;
  bgValue: string;
  ratio: number;
  minimum: number;
  pass: boolean;
}

/** Checks every declared pair against one theme's resolved values (`tokens[themeId]`). */
export function checkContrast(values: Record<string, string>, pairs: readonly ContrastPair[] = contrastPairs): PairResult[] {
  return pairs.map((pair) => {
    const fgValue = values[pair.fg];
    const bgValue = values[pair.bg];
    if (!fgValue || !bgValue) throw new Error(`Contrast pair ${pair.fg} on ${pair.bg}: token missing`);
    const ratio = contrastRatio(fgValue, bgValue);
    const minimum = minimumRatio[pair.kind];
    return { ...pair, fgValue, bgValue, ratio, minimum, pass: ratio >= minimum };
  });
}
