// One @web/test-runner config for the whole repo, a group per package.
// Each package's `npm test` runs `wtr --config ../../web-test-runner.config.mjs --group <package>`.
// Tests import workspace packages through their "source" export condition, so no build is needed.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/test-reporters/wtr-summary.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const group = argValue('--group') ?? 'all';
// `--files` narrows a group to some files (wtr alone would let the group's glob win).
const onlyFiles = argValue('--files');

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/** Packages with browser tests; each test file is `packages/<name>/test/**\/*.test.ts`. */
const BROWSER_PACKAGES = ['ui', 'sdk', 'widgets', 'cdn'];

// A real apps/api server and a fault-injecting proxy for the groups that need them (GET
// /__motcua/config; see packages/sdk/test/support/wtr-plugin.mjs), and for the CDN tests a CDN
// origin serving the real build and a strict-CSP host site using that API (GET
// /__motcua/cdn-config; see packages/cdn/test/support/wtr-plugin.mjs).
const apiPlugin = ['sdk', 'widgets', 'cdn', 'all'].includes(group)
  ? (await import('./packages/sdk/test/support/wtr-plugin.mjs')).motcuaApiPlugin()
  : undefined;
const cdnPlugin = ['cdn', 'all'].includes(group)
  ? (await import('./packages/cdn/test/support/wtr-plugin.mjs')).cdnOriginPlugin({ api: apiPlugin.started })
  : undefined;

export default {
  rootDir: root,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: resolve(root, 'tsconfig.base.json'), target: 'es2022' }),
    ...[apiPlugin, cdnPlugin].filter(Boolean),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  groups: BROWSER_PACKAGES.map((name) => ({
    name,
    files: onlyFiles ? resolve(process.cwd(), onlyFiles) : resolve(root, `packages/${name}/test/**/*.test.ts`),
  })),
  // One test file at a time: a page without focus gets no animation frames in headless Chromium,
  // and fixtures that wait for a frame would time out (seen with two files in parallel).
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  // Lit's dev-mode banner is expected in tests (they run unminified sources); anything else is shown.
  filterBrowserLogs: ({ args }) => !String(args?.[0] ?? '').includes('Lit is in dev mode'),
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter({ name: group })],
};
