// @motcua/sdk/embed — built to /cdn/v1/embed.js. The snippet:
//   <script type="module" src="https://cdn…/cdn/v1/embed.js" data-api="https://api…" data-unit="25459"></script>
//   <mc-procedure-lookup><a href="https://dichvucong.gov.vn/…">Tra cứu thủ tục</a></mc-procedure-lookup>
import { startLoader, type WidgetImport } from './loader.js';

export { startLoader } from './loader.js';
export type { Command, ErrorDetail, Loader, LoaderOptions, ReadyDetail, WidgetImport } from './loader.js';
export { checkConfigValue, LANGS, THEMES, WIDGET_CONFIG_ATTRIBUTES } from './config.js';
export type { WidgetConfig } from './config.js';

/** Comma-separated widget tags of the CDN build (a string: defined at build time by scripts/build-cdn.mjs). */
declare const MC_WIDGETS: string | undefined;
const tags: string[] = (
  typeof MC_WIDGETS !== 'undefined' ? MC_WIDGETS : 'mc-procedure-lookup,mc-dossier-checklist,mc-status-tracker,mc-satisfaction-survey,mc-service-index,mc-feedback'
)
  // Tag names out of the list ("" when the build has no widgets yields none).
  .match(/[\w-]+/g) ?? [];

const base = import.meta.url;
startLoader({
  registry: tags.map((tag): [string, WidgetImport] => [tag, () => import(/* @vite-ignore */ new URL(`widgets/${tag}.js`, base).href)]),
});
