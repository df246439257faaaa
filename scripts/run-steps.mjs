// A package's `npm test` as a list of commands: runs every step in `cwd` (a later step runs even
// when an earlier one failed, so one run reports everything), then exits non-zero if any failed.
import { spawnSync } from 'node:child_process';

/** `steps`: `[command, args]` pairs. Never returns. */
export function runSteps(cwd, steps) {
  let failed = false;
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
    if (r.status !== 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
