// web-test-runner plugin for the CDN browser tests: a CDN origin serving the real CDN build in
// memory (cdn-server.mjs, with the fixture widget) and the host site (host-server.mjs), each on an
// ephemeral loopback port, against the real API that `api` (a promise of { api, proxy }, the
// @motcua/sdk tests' API plugin: web-test-runner.config.mjs wires the two) starts. The tests read
//   GET /__motcua/cdn-config → { cdn, host, version, widgets }
import { startCdnServer } from './cdn-server.mjs';
import { startHostServer } from './host-server.mjs';

export function cdnOriginPlugin({ api }) {
  let cdn;
  let host;
  let error;
  return {
    name: 'motcua-cdn',
    async serverStart() {
      try {
        const [urls, built] = await Promise.all([api, startCdnServer()]);
        cdn = built;
        host = await startHostServer({ ...urls, cdn: cdn.url, version: cdn.version, widgets: cdn.widgets });
      } catch (e) {
        error = e;
        console.error(`[motcua-cdn plugin] ${e.stack ?? e}`);
      }
    },
    async serverStop() {
      await Promise.all([cdn?.close(), host?.close()]);
    },
    serve(context) {
      if (context.path !== '/__motcua/cdn-config') return undefined;
      const body = error ? { error: String(error.message ?? error) } : { cdn: cdn.url, host: host.url, version: cdn.version, widgets: cdn.widgets };
      return { body: JSON.stringify(body), type: 'json' };
    },
  };
}
