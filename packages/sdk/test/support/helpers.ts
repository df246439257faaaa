// Shared by the SDK's browser tests and the widgets' (`@motcua/sdk/testing/helpers`, in this
// repository only: the export has the `source` condition and a path the published package does
// not hold): the URLs of the real API and the fault proxy started by the web-test-runner plugin
// (wtr-plugin.mjs), and scenarios of that proxy.
export interface TestEnv {
  api: string;
  proxy: string;
}

const configs = new Map<string, Promise<unknown>>();
/**
 * The JSON a web-test-runner plugin serves at `path` (the addresses of the servers it started),
 * fetched once per page; `{ error }` there means they did not start: thrown as `${failure}: …`.
 */
export function pluginConfig<T>(path: string, failure: string): Promise<T> {
  let pending = configs.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(path)
      .then((r) => r.json())
      .then((j: T & { error?: string }) => {
        if (j.error) throw new Error(`${failure}: ${j.error}`);
        return j;
      });
    configs.set(path, pending);
  }
  return pending;
}

export function testEnv(): Promise<TestEnv> {
  return pluginConfig<TestEnv>('/__motcua/config', 'The test API server is not running');
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  idempotencyKey: string | null;
  ifNoneMatch: string | null;
  outcome: string;
  status?: number;
  at: number;
}

export type Fault =
  | { type: 'drop' }
  | { type: 'delay'; ms: number }
  | { type: 'status'; status: number; retryAfter?: string | number }
  | { type: 'lose-response' }
  | { type: 'mutate'; path: string; value?: unknown };

/** A private lane through the fault proxy: its own faults and request log. */
export async function scenario(name: string) {
  const env = await testEnv();
  const id = `${name}-${Math.random().toString(36).slice(2, 8)}`;
  const control = async (cmd: { faults?: Fault[]; down?: boolean; reset?: boolean } = {}) => {
    const r = await fetch(`${env.proxy}/__control/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cmd) });
    return (await r.json()) as { requests: ProxyLogEntry[] };
  };
  return {
    id,
    env,
    baseUrl: `${env.proxy}/s/${id}`,
    faults: (...faults: Fault[]) => control({ faults }),
    down: (down: boolean) => control({ down }),
    log: async () => (await control()).requests.filter((r) => r.method !== 'OPTIONS'),
  };
}

export const SURVEY_ANSWERS = { access: 5, procedure: 4, official: 5, result: 4, feedback: 3 } as const;

export function waitFor<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 8000, what = 'condition'): Promise<T> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const value = await check();
        if (value) return resolve(value);
      } catch {
        /* retry */
      }
      if (Date.now() - start > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 50);
    };
    void tick();
  });
}
