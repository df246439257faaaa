// The loader's configuration rules (only the loader imports this file, so embed.js stays one
// self-contained file). The widget-facing side is context.ts.
//
// The small contract between the loader and the widgets. The loader resolves each widget's
// configuration (element attributes > script data-* > window.motcua queue) and writes what the
// element lacks onto it as plain attributes before the widget's code loads, so a widget reads
// only its own attributes, whether it was placed by the snippet or by a developer by hand:
//
//   api    API base URL           → getClient(api) (one client, cache and outbox per API)
//   unit   5-digit commune code
//   province  2-digit province code (widgets that work per province)
//   theme  one of THEMES
//   lang   "vi" | "en" (set only when configured; otherwise the page's lang applies)

import { themeIds as THEMES } from '@motcua/tokens';

export const WIDGET_CONFIG_ATTRIBUTES = ['api', 'unit', 'province', 'theme', 'lang'] as const;

// THEMES, the themes a snippet may name, is every theme file of @motcua/tokens (its build lists
// them), so a new province theme is accepted without a change here.
export { THEMES };
export const LANGS = ['vi', 'en'] as const;

export interface WidgetConfig {
  api?: string;
  unit?: string;
  province?: string;
  theme?: string;
  lang?: string;
}

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
