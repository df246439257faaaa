// The loader's configuration rules (only the loader imports this file, so embed.js stays one
// self-contained file). The widget-facing side is context.ts.
//
// The attributes and their meaning: attributes.ts.

import { themeIds as THEMES } from '@motcua/tokens';
import type { WidgetConfig } from './attributes.js';

export { WIDGET_CONFIG_ATTRIBUTES } from './attributes.js';
export type { WidgetConfig } from './attributes.js';

// THEMES, the themes a snippet may name, is every theme file of @motcua/tokens (its build lists
// them), so a new province theme is accepted without a change here.
export { THEMES };
export const LANGS = ['vi', 'en'] as const;

/** What is wrong with one value, or undefined when it is acceptable. Names the accepted values. */
export function checkConfigValue(name: keyof WidgetConfig, value: string | undefined): string | undefined {
  switch (name) {
    case 'api':
      if (!value) return 'is missing: give the API address, e.g. "https://api.example.gov.vn"';
      return /^https?:\/\/[^\s/]+/i.test(value) ? undefined : 'is not valid: use an absolute http(s) URL, e.g. "https://api.example.gov.vn", or "/" when this site serves the API';
    case 'unit':
      return value === undefined || /^\d{5}$/.test(value) ? undefined : 'is not valid: use the 5-digit code of a commune-level unit, e.g. "25459"';
    case 'province':
      return value === undefined || /^(0[1-9]|[1-8]\d|9[0-6])$/.test(value) ? undefined : 'is not valid: use the 2-digit code of a province, e.g. "80"';
    case 'theme':
      return value === undefined || (THEMES as readonly string[]).includes(value) ? undefined : `is not valid: use one of ${THEMES.join(', ')}`;
    case 'lang':
      return value === undefined || (LANGS as readonly string[]).includes(value) ? undefined : `is not valid: use one of ${LANGS.join(', ')}`;
  }
}
