// Shared pieces of the widget stories (stories/widgets/*.stories.ts):
//
// - `widgetStoriesMeta`: what every widget story file's meta holds besides its title and
//   component (written literally there: Storybook reads them statically): the API decorator, the
//   settling play function and the docs text saying which API the stories render against.
// - `neverSettles`: a story whose API never answers (the loading state): no settling play.
// - `withApi`: a decorator pointing the examples' `exampleEnv.api` at the API of this Storybook
//   (support/api.ts) before the story renders.
// - `settleWidgets`: the play function of every widget story. Widgets load their data after the
//   first render; the play function waits until the page's requests are over and no widget shows
//   a skeleton, so the a11y addon (which runs after play) checks the state the story is about,
//   not its loading skeleton. The loading stories opt out with `parameters.motcuaSettle: false`.
// - `EXPECT_NETWORK_ERRORS`: the tag of stories that fail requests on purpose (error, offline,
//   not found, rate-limited, already evaluated…). The smoke check lets those stories — and the docs
//   page of their component — have failed requests and "Failed to load resource" console errors,
//   and nothing else. Tags must be written literally in the story object
//   (`tags: ['expect-network-errors']`): Storybook reads them statically into index.json.
import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { exampleEnv } from '@motcua/widgets/shared/example-env';
import { apiFor } from './api.js';

export const EXPECT_NETWORK_ERRORS = 'expect-network-errors';

/** Points the examples at the API chosen for this Storybook. */
export const withApi: Decorator = (story, context) => {
  exampleEnv.api = apiFor(context.globals);
  return story();
};

// ---- Requests in flight (every SDK request goes through window.fetch) ---------------------------
interface FetchWatch {
  pending: number;
  changed: number;
}
const watchKey = '__mcFetchWatch';
const holder = window as unknown as Record<string, FetchWatch | undefined>;
const watch: FetchWatch = holder[watchKey] ?? { pending: 0, changed: performance.now() };
if (!holder[watchKey]) {
  holder[watchKey] = watch;
  const original = window.fetch.bind(window);
  window.fetch = (...args: Parameters<typeof fetch>) => {
    watch.pending += 1;
    watch.changed = performance.now();
    return original(...args).finally(() => {
      watch.pending -= 1;
      watch.changed = performance.now();
    });
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every element under `root`, through open shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/**
 * Resolves when no request has been in flight for `idleMs`, no element shows `<mc-skeleton>` and
 * every Lit element has finished updating, or after `timeoutMs` (the story is then checked as is).
 */
export async function settle(root: ParentNode, { idleMs = 400, timeoutMs = 12_000 } = {}): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    await sleep(50);
    const elements = [...deep(root)];
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    const busy = watch.pending > 0 || performance.now() - watch.changed < idleMs || elements.some((el) => el.localName === 'mc-skeleton');
    if (!busy) break;
  }
  // Live regions (mc-alert) are filled a frame or two after they render.
  await sleep(100);
}

/** Play function of the widget stories (see above). */
export async function settleWidgets(context: StoryContext): Promise<void> {
  if (context.parameters['motcuaSettle'] === false) return;
  await settle(context.canvasElement);
}

const API_NOTE =
  'Renders against a real Một Cửa API, chosen with the toolbar\u2019s **API** global: by default this origin when Storybook is served under /storybook/ by `npm start`, else http://localhost:8080 (run `npm start`); `STORYBOOK_MOTCUA_API=<url>` names another. Error and offline stories fail requests on purpose (tag `expect-network-errors`).';

/** The meta of a widget story file besides title and component; `about` follows the API note in its docs. */
export function widgetStoriesMeta(about = ''): Pick<Meta, 'decorators' | 'play' | 'parameters'> {
  return {
    decorators: [withApi],
    play: settleWidgets,
    parameters: { docs: { description: { component: about ? `${API_NOTE} ${about}` : API_NOTE } } },
  };
}

/** A story whose API never answers (the loading state): it never settles, so no settling play. */
export function neverSettles(story: StoryObj | undefined): StoryObj {
  return { ...story, parameters: { ...story?.parameters, motcuaSettle: false } };
}
