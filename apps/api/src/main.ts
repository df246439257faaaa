// Entry point: `node dist/main.js` (npm start) or `tsx src/main.ts`. Reads the configuration
// from the environment, migrates, seeds an empty database, serves, and shuts down gracefully on
// SIGINT/SIGTERM (stop accepting, finish requests in flight, close the database).
import { loadConfig } from './config.js';
import { isEntryPoint } from './entry-point.js';
import { createLogger } from './http/logger.js';
import { startServer } from './server.js';

export { startServer, type RunningServer, type StartServerOptions } from './server.js';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = createLogger();
  const config = loadConfig(env);
  const started = Date.now();
  const server = await startServer({ env, config: { port: config.port, host: config.host }, logger });
  logger.info('listening', {
    url: server.url,
    database: server.db.kind === 'postgres' ? 'postgres' : `pglite:${config.dataDir}`,
    startupMs: Date.now() - started,
    seed: server.seed,
  });
  process.stdout.write(`Một Cửa API: ${server.url} (docs: ${server.url}/docs)\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn('second signal: exiting now', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    server
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'startup failed', error: String(error instanceof Error ? (error.stack ?? error.message) : error) })}\n`);
    process.exit(1);
  });
}
