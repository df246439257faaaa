// motcua-api search-misses: what citizens searched for and did not find, per unit and period
// (the same report as GET /v1/admin/search-misses, for operators on the server).
import type { Db } from '../db/types.js';
import { missReport, vietnamDay } from '../search/misses.js';
import { CliError, type Io } from './io.js';

export const SEARCH_MISSES_USAGE = `motcua-api search-misses [--unit NNNNN | --province NN] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  Lists search texts that found no procedure (folded, kept only once several addresses typed them),
  most frequent first; default period: the last 30 days.`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function searchMissesCommand(openDb: () => Promise<Db>, args: string[], io: Io, minAddresses: number): Promise<void> {
  const flags: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (['--unit', '--province', '--from', '--to'].includes(a) && args[i + 1] !== undefined) flags[a.slice(2)] = args[++i]!;
    else throw new CliError(`search-misses: unknown argument "${a}"\n${SEARCH_MISSES_USAGE}`, 2);
  }
  if (flags.unit && !/^\d{5}$/.test(flags.unit)) throw new CliError('search-misses: --unit takes a 5-digit unit code', 2);
  if (flags.province && !/^\d{2}$/.test(flags.province)) throw new CliError('search-misses: --province takes a 2-digit province code', 2);
  for (const k of ['from', 'to']) if (flags[k] && !DAY.test(flags[k]!)) throw new CliError(`search-misses: --${k} takes a date YYYY-MM-DD`, 2);
  const to = flags.to ?? vietnamDay(new Date());
  const from = flags.from ?? vietnamDay(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000));
  const db = await openDb();
  try {
    let units: string[] | null = null;
    if (flags.unit) units = [flags.unit];
    else if (flags.province) units = (await db.query<{ code: string }>('SELECT code FROM units WHERE province_code = $1', [flags.province])).rows.map((r) => r.code);
    const items = await missReport(db, { units, from, to });
    if (json) {
      io.out(JSON.stringify({ from, to, minAddresses, items }, null, 2));
      return;
    }
    io.out(`Searches that found nothing, ${from} – ${to} (texts typed by at least ${minAddresses} different addresses):`);
    if (items.length === 0) io.out('  (none)');
    for (const r of items) io.out(`  ${String(r.count).padStart(5)}  ${(r.unit ?? '-').padEnd(5)}  ${r.query}  (${r.days} day${r.days > 1 ? 's' : ''}, last ${r.lastDay})`);
  } finally {
    await db.close();
  }
}
