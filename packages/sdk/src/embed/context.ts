// The widget side of the loader's contract (see config.ts for the rules). The loader writes the
// resolved configuration onto each widget element as plain attributes, possibly after the element
// has connected (when its tag was already defined): widgets must react to later changes of these
// attributes, e.g. fetch in Lit's willUpdate()/updated() rather than only in connectedCallback.
//
//   api    API base URL           → getClient(api) (one client, cache and outbox per API)
//   unit   5-digit commune code
//   province  2-digit province code
//   theme  a theme of @motcua/tokens
//   lang   "vi" | "en" (set only when configured; otherwise the page's lang applies)

export const WIDGET_CONFIG_ATTRIBUTES = ['api', 'unit', 'province', 'theme', 'lang'] as const;

export interface WidgetConfig {
  api?: string;
  unit?: string;
  province?: string;
  theme?: string;
  lang?: string;
}

/** The configuration attributes present on a widget element. */
export function readWidgetConfig(element: Element): WidgetConfig {
  const config: WidgetConfig = {};
  for (const name of WIDGET_CONFIG_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) config[name] = value;
  }
  return config;
}
