// The addresses the CDN tests' web-test-runner plugin (test/support/wtr-plugin.mjs) started.
export interface CdnEnv {
  /** The CDN origin, serving /cdn/{version}/… and /cdn/v1/… */
  cdn: string;
  /** The host site with the strict-CSP pages. */
  host: string;
  version: string;
  /** The real widgets of the build (the fixture excluded). */
  widgets: string[];
}

let cached: Promise<CdnEnv> | undefined;
export function cdnEnv(): Promise<CdnEnv> {
  cached ??= fetch('/__motcua/cdn-config')
    .then((r) => r.json())
    .then((j: CdnEnv & { error?: string }) => {
      if (j.error) throw new Error(`The CDN test servers are not running: ${j.error}`);
      return j;
    });
  return cached;
}
