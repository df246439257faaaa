// Every test runner in the repo writes `<package>/.test-results/<runner>.json` = { passed, failed, skipped }.
// scripts/test.mjs sums these files into the single closing line of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeSummary(name, counts, dir = process.cwd()) {
  const out = join(dir, '.test-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${name}.json`), JSON.stringify({ name, ...counts }, null, 2) + '\n');
}
