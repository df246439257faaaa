// Whether a module is the program node was started with (`node dist/main.js`, the package bin,
// `tsx src/main.ts`), so an entry module runs only then and stays importable by tests.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** True when `moduleUrl` (the caller's `import.meta.url`) is the file in `process.argv[1]`. */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    // Through the package bin (node_modules/.bin/motcua-api → dist/cli/index.js) argv[1] is a
    // symlink: compare the real file.
    return moduleUrl === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}
