// src/generated/ is committed so tests and Storybook run from sources; it must match the JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generate, staleFiles } from '../scripts/build.mjs';

test('src/generated is up to date with tokens/*.json and themes/*.json', () => {
  const stale = staleFiles(generate());
  assert.deepEqual(stale, [], `Stale: ${stale.join(', ')}. Run \`npm run build -w @motcua/tokens\` and commit src/generated.`);
});
