// Which Một Cửa API the widget stories talk to. Widgets always render against a REAL API; Storybook
// cannot start one itself, so it points at one, chosen in this order:
//
//   1. `window.__MOTCUA_STORYBOOK_API__`, when set before Storybook loads: for automation. The
//      smoke check (scripts/smoke.mjs) starts a seeded apps/api server on a loopback port and sets
//      it with `page.addInitScript`, so every story, docs page included, uses that server.
//   2. The `api` global (toolbar "API"). Its initial value is
//        - `STORYBOOK_MOTCUA_API` from the environment of `npm run storybook` / `npm run build`,
//        - else the page's own origin when Storybook is served under /storybook/ (`npm start` serves
//          the static Storybook at http://localhost:8080/storybook/, next to the API),
//        - else http://localhost:8080 (what `npm start` serves, for `npm run storybook` on :6006;
//          the API allows any origin by default, MOTCUA_CORS_ORIGINS).

/** Set by automation before the page loads; wins over the toolbar. */
export const API_OVERRIDE = '__MOTCUA_STORYBOOK_API__';

/** What `npm start` serves. */
export const LOCAL_API = 'http://localhost:8080';

const HTTP_URL = /^https?:\/\/[^\s/]+/i;

const clean = (value: unknown): string | undefined =>
  typeof value === 'string' && HTTP_URL.test(value.trim()) ? value.trim().replace(/\/+$/, '') : undefined;

/** The API named by `window.__MOTCUA_STORYBOOK_API__`, if any. */
export function apiOverride(): string | undefined {
  return typeof window === 'undefined' ? undefined : clean((window as unknown as Record<string, unknown>)[API_OVERRIDE]);
}

/** The initial value of the `api` global (see the order above). */
export function defaultApi(): string {
  const fromEnv = clean((import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.['STORYBOOK_MOTCUA_API']);
  if (apiOverride()) return apiOverride()!;
  if (fromEnv) return fromEnv;
  if (typeof location !== 'undefined' && /^https?:$/.test(location.protocol) && /\/storybook\//.test(location.pathname)) return location.origin;
  return LOCAL_API;
}

/** The API of a story: the override, else the `api` global, else the default. */
export function apiFor(globals: Record<string, unknown>): string {
  return apiOverride() ?? clean(globals['api']) ?? defaultApi();
}
