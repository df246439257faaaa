// Where the widget examples (`<name>.examples.ts`) send their requests. Examples render against a
// real API: the browser tests point `exampleEnv.api` at the seeded server the test runner starts,
// Storybook at its `api` global (default http://localhost:8080, what `npm start` serves).
import { getClient } from '@motcua/sdk';

export const exampleEnv = {
  /** A running Một Cửa API. */
  api: 'http://localhost:8080',
  /** An address where nothing answers (connection refused): the offline state. */
  unreachable: 'http://127.0.0.1:9',
  /** An API whose answers never arrive (no request leaves the page): the loading state. */
  get loading(): string {
    const url = 'https://loading.motcua.invalid';
    // The page-wide client of this URL waits forever, so a widget using it stays in its loading state.
    getClient(url, { fetch: () => new Promise<Response>(() => {}), retries: 0 });
    return url;
  },
};
