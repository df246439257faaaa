// Search quality figures over an evaluation set (bench/search/queries.tsv): recall@1, recall@3
// and mean reciprocal rank, overall and per kind of query. Used by `bench/search` (prints) and by
// the ratchet test (fails when recall@3 drops below bench/search/ratchet.json).
import type { Queryable } from '../db/types.js';
import { searchProcedures } from './procedures.js';

export interface EvalQuery {
  kind: string;
  expected: string[];
  q: string;
  line: number;
}

export interface EvalFigures {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
}

export interface EvalResult {
  overall: EvalFigures;
  byKind: Record<string, EvalFigures>;
  /** Queries whose expected procedure is not in the first three, with what came first. */
  misses: { q: string; kind: string; expected: string[]; got: string[]; line: number }[];
}

/** Parses the TSV format: `kind<TAB>code[,code…]<TAB>query`; `#` lines and blank lines skipped. */
export function parseEvalSet(text: string): EvalQuery[] {
  const out: EvalQuery[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const parts = line.split('\t');
    if (parts.length !== 3) throw new Error(`evaluation set line ${i + 1}: expected 3 tab-separated columns`);
    const [kind, codes, q] = parts as [string, string, string];
    out.push({ kind, expected: codes.split(',').map((c) => c.trim()).filter(Boolean), q, line: i + 1 });
  });
  return out;
}

function figures(ranks: (number | null)[]): EvalFigures {
  const n = ranks.length;
  const at = (k: number) => ranks.filter((r) => r !== null && r <= k).length / Math.max(1, n);
  const mrr = ranks.reduce<number>((s, r) => s + (r === null ? 0 : 1 / r), 0) / Math.max(1, n);
  return { queries: n, recallAt1: at(1), recallAt3: at(3), mrr };
}

/** The language a query of this kind is sent in (as the widget would send it). */
export function langOfKind(kind: string): 'vi' | 'en' {
  return kind === 'en' ? 'en' : 'vi';
}

export async function evaluateSearch(db: Queryable, set: readonly EvalQuery[], depth = 10, langOf: (kind: string) => 'vi' | 'en' = langOfKind): Promise<EvalResult> {
  const ranks: (number | null)[] = [];
  const byKindRanks = new Map<string, (number | null)[]>();
  const misses: EvalResult['misses'] = [];
  for (const item of set) {
    const page = await searchProcedures(db, { q: item.q, page: 1, limit: depth, lang: langOf(item.kind) });
    const got = page.items.map((p) => p.code);
    const idx = got.findIndex((c) => item.expected.includes(c));
    const rank = idx < 0 ? null : idx + 1;
    ranks.push(rank);
    if (!byKindRanks.has(item.kind)) byKindRanks.set(item.kind, []);
    byKindRanks.get(item.kind)!.push(rank);
    if (rank === null || rank > 3) misses.push({ q: item.q, kind: item.kind, expected: item.expected, got: got.slice(0, 3), line: item.line });
  }
  const byKind: Record<string, EvalFigures> = {};
  for (const [k, r] of [...byKindRanks].sort(([a], [b]) => a.localeCompare(b))) byKind[k] = figures(r);
  return { overall: figures(ranks), byKind, misses };
}

/** A fixed-width table of the figures, for the bench script and test logs. */
export function formatFigures(r: EvalResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, f: EvalFigures) => `${name.padEnd(8)} ${String(f.queries).padStart(4)} ${pct(f.recallAt1)} ${pct(f.recallAt3)} ${f.mrr.toFixed(3).padStart(6)}`;
  return [
    `${'kind'.padEnd(8)} ${'n'.padStart(4)} ${'R@1'.padStart(7)} ${'R@3'.padStart(7)} ${'MRR'.padStart(6)}`,
    ...Object.entries(r.byKind).map(([k, f]) => row(k, f)),
    row('all', r.overall),
  ].join('\n');
}
