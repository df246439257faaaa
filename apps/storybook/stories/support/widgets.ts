// Shared pieces of the widget stories (stories/widgets/*.stories.ts):
//
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
import type { Decorator, StoryContext } from '@storybook/web-components-vite';
import { exampleEnv } from '../../../../packages/widgets/src/shared/example-env.js';
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
