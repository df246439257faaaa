// Bridges design tokens into component CSS: `token('color-brand')` → `var(--mc-color-brand, <default>)`.
// The fallback is the default theme's value, so a primitive used on a page with no theme still
// looks right, while any ancestor (a widget's theme, the host page's CSS) can override the token.
import { unsafeCSS, type CSSResult } from 'lit';
import { vars } from '@motcua/tokens';

const table = vars as unknown as Record<string, string>;

function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function tokenValue(name: string): string {
  return table[name] ?? table[camel(name)] ?? `var(--mc-${name})`;
}

export function token(name: string): CSSResult {
  return unsafeCSS(tokenValue(name));
}
