// The widget side of the loader's contract (see config.ts for the rules). The loader writes the
// resolved configuration onto each widget element as plain attributes, possibly after the element
// has connected (when its tag was already defined): widgets must react to later changes of these
// attributes, e.g. fetch in Lit's willUpdate()/updated() rather than only in connectedCallback.
//
// The attributes and their meaning: attributes.ts.
import { WIDGET_CONFIG_ATTRIBUTES, type WidgetConfig } from './attributes.js';

export { WIDGET_CONFIG_ATTRIBUTES } from './attributes.js';
export type { WidgetConfig } from './attributes.js';

/** The configuration attributes present on a widget element. */
export function readWidgetConfig(element: Element): WidgetConfig {
  const config: WidgetConfig = {};
  for (const name of WIDGET_CONFIG_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) config[name] = value;
  }
  return config;
}
