// @motcua/sdk/embed — built to /cdn/v1/embed.js. The snippet:
//   <script type="module" src="https://cdn…/cdn/v1/embed.js" data-api="https://api…" data-unit="25459"></script>
//   <mc-procedure-lookup><a href="https://dichvucong.gov.vn/…">Tra cứu thủ tục</a></mc-procedure-lookup>
import { startLoader, type WidgetImport } from './loader.js';
import { RESERVE } from './reserve.js';

export { startLoader } from './loader.js';
export type { Command, ErrorDetail, Loader, LoaderOptions, ReadyDetail, WidgetImport } from './loader.js';
export { checkConfigValue, LANGS, THEMES, WIDGET_CONFIG_ATTRIBUTES } from './config.js';
export type { WidgetConfig } from './config.js';

/** Comma-separated widget tags of the CDN build (a string: defined at build time by @motcua/cdn's scripts/build-cdn.mjs). */
declare const MC_WIDGETS: string | undefined;
const tags: string[] = (
  typeof MC_WIDGETS !== 'undefined' ? MC_WIDGETS : 'mc-procedure-lookup,mc-dossier-checklist,mc-status-tracker,mc-satisfaction-survey,mc-service-index,mc-feedback'
)
  // Tag names out of the list ("" when the build has no widgets yields none).
  .match(/[\w-]+/g) ?? [];

/** Each widget's first-view chunks and each theme's chunk (a JSON string: @motcua/cdn's scripts/build-cdn.mjs preloadTable). */
declare const MC_PRELOAD: string | undefined;
interface Preload {
  c: string[];
  w: Record<string, number[]>;
  t: Record<string, number>;
}
const preload: Preload = typeof MC_PRELOAD !== 'undefined' ? JSON.parse(MC_PRELOAD) : { c: [], w: {}, t: {} };

/** True when the build has each widget's solo build (solo/<tag>.js: the widget alone, one file). */
declare const MC_SOLO: boolean | undefined;
const hasSolo = typeof MC_SOLO !== 'undefined' && MC_SOLO;

const base = import.meta.url;
const load = (path: string) => import(/* @vite-ignore */ new URL(path, base).href);
// import() of a chunk the widget imports anyway: the browser fetches it once (one module map) and
// now in parallel with the widget's file; errors surface through the widget's own import.
const chunk = (i: number | undefined) => i !== undefined && load(`chunks/${preload.c[i]}.js`).catch(() => {});

// Which build this page uses, decided when its first widget loads (the document is parsed by then:
// a module script runs after it) and kept: with one kind of widget on the page, that widget's solo
// build, one file with nothing of another widget; with several, widgets/<tag>.js and the chunks
// they share. A page that adds another kind of widget later loads its solo build too: a second
// copy of the shared code, which works (elements are defined once, by the first), for that case.
let solo: boolean | undefined;
const useSolo = () => (solo ??= hasSolo && tags.filter((tag) => document.querySelector(tag)).length < 2);

startLoader({
  registry: tags.map((tag): [string, WidgetImport] => [tag, () => load(`${useSolo() ? 'solo' : 'widgets'}/${tag}.js`)]),
  prefetch: (tag, theme) => {
    if (!useSolo()) for (const i of preload.w[tag] ?? []) chunk(i);
    if (theme) chunk(preload.t[theme]);
  },
  // One screen ahead: a widget is on its way before the reader scrolls to it.
  nearScreens: 1,
  reserve: RESERVE,
});
