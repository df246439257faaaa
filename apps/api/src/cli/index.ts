#!/usr/bin/env node
// motcua-api: operations on the server's database (same configuration as the server:
// DATABASE_URL, or the PGlite folder MOTCUA_DATA_DIR).
//   motcua-api keys create --scope province:80 [--label …]
//   motcua-api keys list
//   motcua-api keys revoke <prefix>
//   motcua-api import-catalog <file.json> [--dry-run]
//   motcua-api calendar show <year> | calendar import <file.json> --year YYYY [--province NN]
//   motcua-api search-misses [--unit NNNNN | --province NN] [--from D] [--to D] [--json]
import { loadConfig } from '../config.js';
import { isEntryPoint } from '../entry-point.js';
import { openCliDb } from './db.js';
import { importCatalogCommand, IMPORT_USAGE } from './import-catalog.js';
import { calendarCommand, CALENDAR_USAGE } from './calendar.js';
import { CliError, processIo, type Io } from './io.js';
import { keysCommand, KEYS_USAGE } from './keys.js';
import { searchMissesCommand, SEARCH_MISSES_USAGE } from './search-misses.js';

export const USAGE = `Usage:
${KEYS_USAGE}
${IMPORT_USAGE}
${CALENDAR_USAGE}
${SEARCH_MISSES_USAGE}

Database: DATABASE_URL (PostgreSQL) or MOTCUA_DATA_DIR (embedded PGlite, default .data/).
With PGlite, stop the server first: its data folder serves one process at a time.`;

export async function runCli(argv: string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'keys':
        await keysCommand(() => openCliDb(env), rest, io);
        return 0;
      case 'import-catalog':
      case 'import':
        await importCatalogCommand(() => openCliDb(env), rest, io);
        return 0;
      case 'calendar':
        await calendarCommand(() => openCliDb(env), rest, io);
        return 0;
      case 'search-misses':
        await searchMissesCommand(() => openCliDb(env), rest, io, loadConfig(env).searchMissMinAddresses);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`Unknown command "${command}".\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err(err.message);
      return err.exitCode;
    }
    io.err(`motcua-api: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
