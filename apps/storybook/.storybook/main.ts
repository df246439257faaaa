// Storybook for the Một Cửa design system: web components (Lit) through Vite.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, mergeConfig } from 'vite';

// npm workspaces may nest a package under apps/storybook/node_modules while `storybook` itself is
// hoisted to the root, so framework and addons are resolved from here, as absolute paths.
const getAbsolutePath = (name: string): string => dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [getAbsolutePath('@storybook/addon-a11y'), getAbsolutePath('@storybook/addon-docs')],
  framework: { name: getAbsolutePath('@storybook/web-components-vite') as '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages load from their TypeScript sources (the `source` export condition), so
      // editing packages/ui or packages/tokens hot-reloads without a build.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Storybook's own manager/preview bundles are large by nature.
      build: { chunkSizeWarningLimit: 2000 },
      // Legacy decorators (`@property() foo = 1`, CONTRIBUTING.md): Vite reads each file's nearest
      // tsconfig.json (experimentalDecorators, useDefineForClassFields: false). The story
      // "Support/Decorated element" fails if that ever stops being honoured.
    });
  },
};

export default config;
