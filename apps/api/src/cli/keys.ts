// motcua-api keys create | list | revoke
import type { Db, Queryable } from '../db/types.js';
import { ApiKeyError, createApiKey, listApiKeys, parseScope, revokeApiKey } from '../security/api-keys.js';
import { CliError, type Io } from './io.js';

export const KEYS_USAGE = `motcua-api keys create --scope <province:NN|unit:NNNNN|province:*> [--label <text>]
  Creates an API key for the write API and prints it ONCE (only its hash is stored).
motcua-api keys list [--json]
  Lists keys: prefix, scope, label, created, last used, revoked.
motcua-api keys revoke <prefix>
  Revokes the active key with that prefix (as printed by "keys list").`;

/** Runs a keys sub-command; arguments are checked before the database is opened. */
export async function keysCommand(openDb: () => Promise<Db>, args: string[], io: Io): Promise<void> {
  const [sub, ...rest] = args;
  const opts = parseFlags(rest);
  if (sub === 'create') {
    const scope = opts.flags.scope;
    if (!scope) throw new CliError('keys create: --scope is required (province:80, unit:25459 or province:*)', 2);
    if (!parseScope(scope)) throw new CliError(`keys create: invalid scope "${scope}" (expected province:<2 digits>, unit:<5 digits> or province:*)`, 2);
  } else if (sub === 'revoke') {
    const prefix = opts.positional[0];
    if (!prefix) throw new CliError('keys revoke: give the key prefix, e.g. keys revoke mc_live_Ab12Cd34', 2);
    if (prefix.length < 12) throw new CliError('keys revoke: give at least the first 12 characters of the key prefix', 2);
  } else if (sub !== 'list') {
    throw new CliError(`keys: unknown sub-command "${sub ?? ''}"\n${KEYS_USAGE}`, 2);
  }
  const db = await openDb();
  try {
    await keysWithDb(db, sub, opts, io);
  } finally {
    await db.close();
  }
}

async function keysWithDb(db: Queryable, sub: string, opts: { flags: Record<string, string>; positional: string[] }, io: Io): Promise<void> {
  try {
    switch (sub) {
      case 'create': {
        const scope = opts.flags.scope!;
        const { key, record } = await createApiKey(db, { scope, label: opts.flags.label ?? null });
        if (opts.flags.json !== undefined) {
          io.out(JSON.stringify({ key, ...record }));
        } else {
          io.out(key);
          io.err(`Created key ${record.prefix}… scope ${record.scope}${record.label ? ` (${record.label})` : ''}.`);
          io.err('This is the only time the key is shown: store it now.');
        }
        return;
      }
      case 'list': {
        const keys = await listApiKeys(db);
        if (opts.flags.json !== undefined) {
          io.out(JSON.stringify(keys));
          return;
        }
        if (keys.length === 0) {
          io.out('No API keys.');
          return;
        }
        const rows = keys.map((k) => [k.prefix, k.scope, k.label ?? '', k.createdAt.slice(0, 19) + 'Z', k.lastUsedAt ? k.lastUsedAt.slice(0, 19) + 'Z' : '-', k.revokedAt ? 'revoked ' + k.revokedAt.slice(0, 10) : 'active']);
        io.out(table(['PREFIX', 'SCOPE', 'LABEL', 'CREATED', 'LAST USED', 'STATE'], rows));
        return;
      }
      case 'revoke': {
        const prefix = opts.positional[0]!;
        const record = await revokeApiKey(db, prefix);
        io.out(`Revoked ${record.prefix}… (scope ${record.scope}${record.label ? `, ${record.label}` : ''}).`);
        return;
      }
      default:
        throw new CliError(`keys: unknown sub-command "${sub ?? ''}"\n${KEYS_USAGE}`);
    }
  } catch (err) {
    if (err instanceof ApiKeyError) throw new CliError(err.message);
    throw err;
  }
}

export function parseFlags(args: string[]): { flags: Record<string, string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else if (i + 1 < args.length && !args[i + 1]!.startsWith('--')) flags[a.slice(2)] = args[++i]!;
      else flags[a.slice(2)] = '';
    } else positional.push(a);
  }
  return { flags, positional };
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}
