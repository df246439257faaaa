// Starting and stopping a real HTTP server: used by main.ts, by the tests, by the SDK's browser
// tests (from a web-test-runner plugin in Node) and by end-to-end tests.
//
//   const server = await startServer({ port: 0, config: { databaseUrl: undefined, dataDir: ':memory:' } });
//   fetch(`${server.url}/v1/procedures?q=khai+sinh`);
//   await server.close();
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp, type App } from './app.js';
import type { AppState } from './http/types.js';
import { loadConfig, SEED_DIR, type Config } from './config.js';
import { createDb } from './db/index.js';
import { migrate } from './db/migrate.js';
import type { Db } from './db/types.js';
import { createLogger, silentLogger, type Logger } from './http/logger.js';
import { ensureBootstrapKey } from './security/api-keys.js';
import { seedIfEmpty, type SeedReport } from './seed/index.js';

export interface StartServerOptions {
  /** TCP port; 0 (default here) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1 here; main.ts uses HOST or 0.0.0.0). */
  host?: string;
  /** Overrides of the configuration read from `env` (e.g. `{ dataDir: ':memory:' }`). */
  config?: Partial<Config>;
  /** Environment to read the configuration from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Use this database instead of opening one from the configuration (not closed by close()). */
  db?: Db;
  /** Logger (default: JSON lines when config.logRequests, silent otherwise). */
  logger?: Logger;
  /** Extra routes or middlewares for tests, registered before the server listens. */
  configureApp?: (app: App) => void;
  /** Milliseconds close() waits for requests in flight before cutting connections (default 10 s). */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:41234". */
  url: string;
  port: number;
  app: App;
  db: Db;
  config: Config;
  seed: SeedReport | null;
  /** Stops accepting connections, finishes requests in flight, then closes the database. */
  close(): Promise<void>;
}

function urlFor(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const config = loadConfig(options.env ?? process.env, {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    ...options.config,
  });
  const logger = options.logger ?? (config.logRequests ? createLogger() : silentLogger);
  const ownDb = options.db === undefined;
  const db = options.db ?? (await createDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolMax: config.poolMax,
      connectTimeoutMs: config.pgConnectTimeoutMs,
      statementTimeoutMs: config.pgStatementTimeoutMs,
    }));

  let seed: SeedReport | null = null;
  try {
    const migrated = await migrate(db);
    if (migrated.applied.length > 0) logger.info('migrations applied', { applied: migrated.applied });
    if (migrated.changed.length > 0) logger.warn('applied migrations changed on disk (not re-run)', { changed: migrated.changed });
    if (config.seed) {
      seed = await seedIfEmpty(db, { seedDir: SEED_DIR, logger, now: config.now, holidaysFile: config.holidaysFile });
    }
    if (config.bootstrapKey) {
      const outcome = await ensureBootstrapKey(db, config.bootstrapKey, config.bootstrapProvince);
      logger.info('bootstrap API key', { outcome, scope: config.bootstrapProvince ? `province:${config.bootstrapProvince}` : 'province:*' });
    }
  } catch (error) {
    if (ownDb) await db.close().catch(() => {});
    throw error;
  }

  const state: AppState = { draining: false };
  const app = createApp({ db, config, logger, state });
  options.configureApp?.(app);

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
      // How often Node checks the header and request timeouts (default 30 s, too coarse for them).
      serverOptions: { connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs) },
    }) as Server;
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  // Slow or never-ending requests must not hold sockets (Node answers 408 and closes). The
  // keep-alive timeout is longer than nginx's upstream keepalive_timeout (60 s), so nginx, not
  // the server, closes idle upstream connections and never sends on one the server just closed.
  server.headersTimeout = config.headersTimeoutMs;
  server.requestTimeout = Math.max(config.requestTimeoutMs, config.headersTimeoutMs + 1);
  server.keepAliveTimeout = config.keepAliveTimeoutMs;

  const port = (server.address() as AddressInfo).port;
  const url = urlFor(config.host, port);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      state.draining = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
        timer.unref();
        // Keep-alive sockets become idle when their last request ends: close them as they do,
        // otherwise close() would wait for the keep-alive timeout.
        const sweep = setInterval(() => server.closeIdleConnections(), 25);
        sweep.unref();
        // Stop accepting; the callback runs once every connection has ended.
        server.close(() => {
          clearTimeout(timer);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      if (ownDb) await db.close();
    })();
    return closing;
  };

  return { url, port, app, db, config, seed, close };
}

