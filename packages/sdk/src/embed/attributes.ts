// The small contract between the loader and the widgets, one definition for both sides (the
// loader's rules are in config.ts, the widgets' reading in context.ts). The loader resolves each
// widget's configuration (element attributes > script data-* > window.motcua queue) and writes
// what the element lacks onto it as plain attributes before the widget's code loads, so a widget
// reads only its own attributes, whether it was placed by the snippet or by a developer by hand:
//
//   api    API base URL           → getClient(api) (one client, cache and outbox per API)
//   unit   5-digit commune code
//   province  2-digit province code (widgets that work per province)
//   theme  a theme of @motcua/tokens (config.ts THEMES)
//   lang   "vi" | "en" (set only when configured; otherwise the page's lang applies)
//
// No imports: the loader (embed.js, bundled on its own) and the widgets' chunks each carry it.

export const WIDGET_CONFIG_ATTRIBUTES = ['api', 'unit', 'province', 'theme', 'lang'] as const;

export type WidgetConfig = Partial<Record<(typeof WIDGET_CONFIG_ATTRIBUTES)[number], string>>;
