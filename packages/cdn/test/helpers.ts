// The addresses the CDN tests' web-test-runner plugin (test/support/wtr-plugin.mjs) started.
import { pluginConfig } from '@motcua/sdk/testing/helpers';

export interface CdnEnv {
  /** The CDN origin, serving /cdn/{version}/… and /cdn/v1/… */
  cdn: string;
  /** The host site with the strict-CSP pages. */
  host: string;
  version: string;
  /** The real widgets of the build (the fixture excluded). */
  widgets: string[];
}

export function cdnEnv(): Promise<CdnEnv> {
  return pluginConfig<CdnEnv>('/__motcua/cdn-config', 'The CDN test servers are not running');
}
