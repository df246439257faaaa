// Child process of the smoke check (scripts/smoke.mjs): a REAL apps/api server on an ephemeral
// loopback port, in-memory PGlite seeded like production (`startTestServer()`), the approach of
// packages/sdk/test/support/api-server.ts. Run with `node --import tsx --conditions=source` (tsx
// loads the TypeScript sources; `source` resolves workspace packages to theirs). Prints one JSON
// line { url } when listening; stops on SIGTERM/SIGINT or when its stdin closes (the parent went away).
import { startTestServer } from '../../api/test/support/test-server.ts';

const server = await startTestServer({ port: 0, host: '127.0.0.1', config: { corsOrigins: ['*'] } });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
