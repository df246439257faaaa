// The size budgets of the CDN build (issue 16), in one place: size/check.mjs checks them and the
// build's chunk plan (chunk-plan.mjs) is chosen against them. Gzip bytes of what a page of another
// origin downloads for its first view with the documented snippet; each row also carries the
// loader (embed.js, budget of its own). A page with one widget loads that widget's solo build
// (solo/<tag>.js, one file); a page with several loads widgets/<tag>.js and the shared chunks.
const KB = 1024;
export const LOADER_BUDGET = 3 * KB;

/**
 * Rows over a set of widgets besides one row per widget and "all": a name, the tags, a budget. A
 * new widget adds a row of its own by itself and joins "all"; it joins a set only by being named.
 */
export const WIDGET_SETS = [
  { name: 'the 4 citizen widgets (lookup, checklist, tracker, survey)', tags: ['mc-procedure-lookup', 'mc-dossier-checklist', 'mc-status-tracker', 'mc-satisfaction-survey'], budget: 50 * KB },
  { name: 'the 5 widgets of issue 16 (the 4, service index)', tags: ['mc-procedure-lookup', 'mc-dossier-checklist', 'mc-status-tracker', 'mc-satisfaction-survey', 'mc-service-index'], budget: 55 * KB },
];

/**
 * `[{ name, tags, budget, alone? }]` for the widgets `tags`: one row each (`alone`: the widget's
 * solo build, as a page with only that widget loads it), the sets, then all together.
 */
export function sizeRows(tags) {
  return [
    ...tags.map((tag) => ({ name: `loader + ${tag} alone`, tags: [tag], budget: 30 * KB, alone: true })),
    ...WIDGET_SETS.filter((set) => set.tags.every((t) => tags.includes(t))),
    { name: `all ${tags.length} widgets together`, tags, budget: 55 * KB },
  ];
}
