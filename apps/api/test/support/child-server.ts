// The API as a child process of other packages' tests (`@motcua/api/testing/child-server`: the
// web-test-runner plugin of the sdk, widgets and cdn tests, Storybook's smoke check): a real
// server on an ephemeral loopback port, in-memory PGlite seeded like production. Run it with
// `node --import tsx --conditions=source <path>` (tsx loads the TypeScript sources; `source`
// resolves workspace packages to theirs). Prints one JSON line { url } when listening; stops on
// SIGTERM/SIGINT or when its stdin closes (the parent went away).
import { startTestServer } from './test-server.js';

// MOTCUA_NOW fixes the server's clock (a second server for the due-date tests); otherwise the
// test server's own fixed day (SEED_TODAY).
const fixed = process.env.MOTCUA_NOW ? new Date(process.env.MOTCUA_NOW) : null;
const server = await startTestServer({
  port: 0,
  host: '127.0.0.1',
  config: { corsOrigins: ['*'], ...(fixed ? { now: () => new Date(fixed.getTime()) } : {}) },
});
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
