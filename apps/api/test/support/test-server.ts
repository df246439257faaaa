// The reference server as tests start it (this package's tests, the sdk's web-test-runner plugin,
// Storybook's smoke run): in-memory PGlite, free port, no logs, the seed's own day as the clock.
// Kept out of src/ so the shipped server carries no test fixture.
import { startServer, type RunningServer, type StartServerOptions } from '../../src/server.js';

/**
 * The day the demo dossiers of the seed were written for (2026-11-22, a Sunday): their appointment
 * dates, apologies and "days left" read as intended on that day.
 */
export const SEED_TODAY = '2026-11-22T10:00:00+07:00';

/**
 * A server for tests: in-memory PGlite (never the DATABASE_URL server), free port, no logs, and
 * the clock fixed at SEED_TODAY so that tests on the seeded dossiers do not change with the date.
 */
export function startTestServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const fixed = new Date(SEED_TODAY);
  return startServer({
    ...options,
    config: { databaseUrl: undefined, dataDir: ':memory:', logRequests: false, now: () => new Date(fixed.getTime()), ...options.config },
  });
}
