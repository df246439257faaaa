// Procedure search. Everything that decides what matches and in which order is computed here
// or in plain SQL on columns filled by src/db/catalog.ts, so PGlite and PostgreSQL return the
// same pages:
//   - query and catalog text are folded the same way (no diacritics, đ → d, lowercase);
//   - every query word must match (any order): as a word prefix ("khai si" finds "khai sinh"),
//     or, for words of 4+ letters that appear nowhere in the catalog, through catalog words one
//     edit away ("sihn" → "sinh"); words that match nothing at all are ignored;
//   - filler words ("thủ tục", "làm", "xin", "như thế nào") are not required;
//   - when no procedure has every word, procedures having most of them are returned instead;
//   - ranking: the procedure code itself, then the name, then everyday names (aliases), then
//     other text; exact words and whole phrases before prefixes and typos; shorter names first.
import type { OnlineService, ProcedureLevel, ProcedureSummary } from '@motcua/contracts';
import type { Queryable } from '../db/types.js';
import { MAX_QUERY_WORDS, MIN_TYPO_LENGTH, fold, oneEditVariants } from './normalize.js';

export interface ProcedureSearchParams {
  q?: string | undefined;
  unit?: string | undefined;
  province?: string | undefined;
  field?: string | undefined;
  level?: ProcedureLevel | undefined;
  online?: 'full' | 'partial' | 'any' | undefined;
  /** Language of the request: English also searches the unofficial English names. */
  lang?: 'vi' | 'en' | undefined;
  page: number;
  limit: number;
}

export interface ProcedureSearchPage {
  items: ProcedureSummary[];
  total: number;
  page: number;
  limit: number;
}

/** How one query word is matched. */
export interface TermPlan {
  word: string;
  /** tsquery alternatives for this word, e.g. `'khai':*` or `'sinh' | 'sinj'`. */
  alternatives: string[];
  /** true when matched through a typo correction only. */
  fuzzy: boolean;
}

export interface QueryPlan {
  terms: TermPlan[];
  /** Words of the query (folded) that match nothing in the catalog. */
  ignored: string[];
  /** The folded query, for phrase bonuses. */
  phrase: string;
}

/**
 * Filler words citizens put around what they look for ("thủ tục … như thế nào", "xin …"): not
 * required to match when the query has other words.
 */
const FILLER = new Set(['thu', 'tuc', 'xin', 'lam', 'cach', 'o', 'dau', 'nhu', 'the', 'nao', 'muon', 'gi', 'toi', 'em', 'minh', 'bi', 'va', 'de', 'la', 've', 'huong', 'dan']);

/** Quotes a folded word for tsquery input ([a-z0-9] only, so no escaping needed). */
function lexeme(word: string): string {
  return `'${word}'`;
}

/** Looks every query word up in the catalog vocabulary and decides how to match it. */
export async function planQuery(db: Queryable, q: string): Promise<QueryPlan> {
  const folded = fold(q);
  const queryWords = [...new Set(folded.split(' ').filter((w) => w !== ''))].slice(0, MAX_QUERY_WORDS);
  if (queryWords.length === 0) return { terms: [], ignored: [], phrase: '' };

  // Which words exist as they are or as a prefix of a catalog word.
  const prefixHits = await db.query<{ word: string }>(
    `SELECT w AS word FROM unnest($1::text[]) AS w
     WHERE EXISTS (SELECT 1 FROM search_terms t WHERE t.term >= w AND t.term < w || '~')`,
    [queryWords],
  );
  const known = new Set(prefixHits.rows.map((r) => r.word));

  // Typo candidates for the long words that are not known.
  const unknownLong = queryWords.filter((w) => !known.has(w) && w.length >= MIN_TYPO_LENGTH);
  const variantsOf = new Map<string, string[]>();
  const allVariants: string[] = [];
  for (const w of unknownLong) {
    const v = oneEditVariants(w);
    variantsOf.set(w, v);
    allVariants.push(...v);
  }
  const vocab = new Set<string>();
  if (allVariants.length > 0) {
    const res = await db.query<{ term: string }>('SELECT term FROM search_terms WHERE term = ANY($1::text[])', [allVariants]);
    for (const r of res.rows) vocab.add(r.term);
  }

  const terms: TermPlan[] = [];
  const ignored: string[] = [];
  for (const w of queryWords) {
    if (known.has(w)) {
      // Single letters and digits only match whole words: "a" must not match every word.
      terms.push({ word: w, alternatives: [w.length === 1 ? lexeme(w) : `${lexeme(w)}:*`], fuzzy: false });
      continue;
    }
    const candidates = (variantsOf.get(w) ?? []).filter((v) => vocab.has(v)).sort();
    if (candidates.length > 0) terms.push({ word: w, alternatives: candidates.map(lexeme), fuzzy: true });
    else ignored.push(w);
  }
  return { terms, ignored, phrase: terms.map((t) => t.word).join(' ') };
}

/** One term as a tsquery: `'khai':*` or `('sinh' | 'sinj')`. */
function termQuery(t: TermPlan): string {
  return t.alternatives.length === 1 ? t.alternatives[0]! : `(${t.alternatives.join(' | ')})`;
}

function andQuery(terms: TermPlan[]): string {
  return terms.map(termQuery).join(' & ');
}

function orQuery(terms: TermPlan[]): string {
  return terms.map(termQuery).join(' | ');
}

/** Collects SQL parameters: `param(v)` appends v and returns its placeholder ("$4"). */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function filterSql(params: ProcedureSearchParams, p: Params): string[] {
  const where: string[] = [];
  if (params.unit) {
    where.push(
      `(s.all_units OR EXISTS (SELECT 1 FROM procedure_units pu WHERE pu.unit_code = ${p.add(params.unit)} AND pu.procedure_code = s.code))`,
    );
  }
  if (params.province) where.push(`(s.all_units OR s.provinces @> ARRAY[${p.add(params.province)}::text])`);
  if (params.field) where.push(`s.field_code = ${p.add(params.field)}`);
  if (params.level) where.push(`s.level = ${p.add(params.level)}`);
  if (params.online === 'any') where.push(`s.online_service IN ('full', 'partial')`);
  else if (params.online) where.push(`s.online_service = ${p.add(params.online)}`);
  return where;
}

interface Row {
  code: string;
  name: string;
  field_code: string;
  field_name: string;
  level: ProcedureLevel;
  online_service: OnlineService;
  time_limit_text: string;
  fee_text: string;
  fee_amount: number | null;
  score: number | null;
  total: number;
}
// (code is null on the single row returned for an empty page)

function toSummary(r: Row, withScore: boolean): ProcedureSummary {
  const s: ProcedureSummary = {
    code: r.code,
    name: r.name,
    field: { code: r.field_code, name: r.field_name },
    level: r.level,
    onlineService: r.online_service,
    timeLimitText: r.time_limit_text,
    feeText: r.fee_text,
    feeAmount: r.fee_amount,
  };
  if (withScore && r.score !== null) s.score = r.score;
  return s;
}

export async function searchProcedures(db: Queryable, params: ProcedureSearchParams): Promise<ProcedureSearchPage> {
  const q = params.q?.trim() ?? '';
  if (q === '') return listAll(db, params);

  // A procedure code ("1.001193", "1.001193.000.00.00.H14") is looked up directly.
  if (/^\d+\.\d{6}(\.[0-9A-Za-z]+)*$/.test(q)) {
    const byCode = await rankedSearch(db, [], '', q, params, 'code');
    if (byCode.total > 0) return byCode;
  }
  const plan = await planQuery(db, q);
  if (plan.terms.length === 0) {
    // Nothing searchable in the catalog vocabulary; a procedure code may still match exactly.
    return rankedSearch(db, [], '', q, params, 'code');
  }
  // Filler words ("thủ tục", "làm", "xin", "như thế nào") are not required when the query has others.
  const meaningful = plan.terms.filter((t) => !FILLER.has(t.word));
  const terms = meaningful.length > 0 ? meaningful : plan.terms;
  let result = await rankedSearch(db, terms, terms.map((t) => t.word).join(' '), q, params, 'all');
  if (result.total === 0 && terms.length > 1) {
    // Nobody has every word: those with most of them.
    result = await rankedSearch(db, terms, '', q, params, 'most');
  }
  return result;
}

/**
 * Runs `matches` (a query over procedure_search s giving code, search_name and score), orders it
 * with `order` (over m), and returns one page with the total. Only the page's rows are joined
 * to their field names.
 */
async function pageOf(db: Queryable, matches: string, order: string, p: Params, params: ProcedureSearchParams, withScore: boolean): Promise<ProcedureSearchPage> {
  const limit = p.add(params.limit);
  const offset = p.add((params.page - 1) * params.limit);
  const res = await db.query<Row>(
    `WITH m AS (${matches}),
          t AS (SELECT count(*) AS total FROM m),
          pg AS (SELECT * FROM m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
     SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
       SELECT s.code, s.name, s.field_code, f.name AS field_name, s.level, s.online_service,
              s.time_limit_text, s.fee_text, s.fee_amount, m.score
       FROM pg m JOIN procedure_search s ON s.code = m.code JOIN fields f ON f.code = s.field_code
       ORDER BY ${order}
     ) x ON true`,
    p.values,
  );
  const total = res.rows[0]?.total ?? 0;
  const items = res.rows.filter((r) => r.code !== null).map((r) => toSummary(r, withScore));
  return { items, total, page: params.page, limit: params.limit };
}

async function listAll(db: Queryable, params: ProcedureSearchParams): Promise<ProcedureSearchPage> {
  const p = new Params();
  const where = filterSql(params, p);
  const matches = `SELECT s.code, s.search_name, s.field_order, s.field_code, NULL::integer AS score FROM procedure_search s
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return pageOf(db, matches, 'm.field_order, m.field_code, m.search_name, m.code', p, params, false);
}

/**
 * mode "all": every term must match somewhere; mode "most": at least half of the terms;
 * mode "code": only the procedure code.
 * Scores (higher first): 1000 the code; 600 the query is a phrase of the name (+50 the name is
 * the query, +10 the name starts with it), 550 a phrase of an alias (+2 per alias having it, up
 * to 5); 500/450 every word somewhere in the name (exact/with typos); 400/350 in the aliases;
 * 300 name and aliases together; 200 anywhere; +5 when the name has every word whole (no
 * prefix). "most" mode: 100 × matched words + 10 × words in the name.
 */
async function rankedSearch(
  db: Queryable,
  terms: TermPlan[],
  phrase: string,
  rawQuery: string,
  params: ProcedureSearchParams,
  mode: 'all' | 'most' | 'code',
): Promise<ProcedureSearchPage> {
  const exactOnly = terms.every((t) => !t.fuzzy);
  const p = new Params();
  const code = p.add(rawQuery);

  let matchSql: string;
  let scoreSql: string;
  if (mode === 'code') {
    matchSql = 'false';
    scoreSql = '1000';
  } else if (mode === 'all') {
    const qAll = p.add(andQuery(terms));
    // whole words only (no prefix, no typo)
    const qWords = p.add(andQuery(terms.map((t) => ({ ...t, alternatives: [lexeme(t.word)] }))));
    // phrase: the query words in order, the last one possibly typed halfway ("khai si"); the
    // stored texts start with a space, so " <phrase>" matches at a word start
    const has = phrase !== '';
    const ph = has ? p.add(` ${phrase}`) : "''";
    const nameWordsBonus = `CASE WHEN s.name_vec @@ ${qWords}::tsquery THEN 5 ELSE 0 END`;
    // how many everyday names contain the phrase (capped): the more, the more common the usage
    const aliasCount = `LEAST(5, (length(s.search_aliases) - length(replace(s.search_aliases, ${ph}, ''))) / ${Math.max(1, phrase.length + 1)})`;
    matchSql = `s.all_vec @@ ${qAll}::tsquery`;
    scoreSql = `CASE
        WHEN s.code = ${code} THEN 1000
        ${has ? `WHEN position(${ph} IN s.search_name) > 0 THEN 600
          + CASE WHEN s.search_name = ${ph} THEN 50 WHEN position(${ph} IN s.search_name) = 1 THEN 10 ELSE 0 END
          + ${nameWordsBonus}
        WHEN position(${ph} IN s.search_aliases) > 0 THEN 550 + 2 * ${aliasCount}` : ''}
        WHEN s.name_vec @@ ${qAll}::tsquery THEN ${exactOnly ? 500 : 450} + ${nameWordsBonus}
        WHEN s.alias_vec @@ ${qAll}::tsquery THEN ${exactOnly ? 400 : 350}
        WHEN s.na_vec @@ ${qAll}::tsquery THEN 300
        ELSE 200 END`;
  } else {
    const perTerm = terms.map((t) => p.add(termQuery(t)));
    const matched = perTerm.map((x) => `(CASE WHEN s.all_vec @@ ${x}::tsquery THEN 1 ELSE 0 END)`).join(' + ');
    const inName = perTerm.map((x) => `(CASE WHEN s.name_vec @@ ${x}::tsquery THEN 1 ELSE 0 END)`).join(' + ');
    const needed = Math.max(1, Math.ceil(terms.length / 2));
    matchSql = `s.all_vec @@ ${p.add(orQuery(terms))}::tsquery AND (${matched}) >= ${needed}`;
    scoreSql = `CASE WHEN s.code = ${code} THEN 1000 ELSE 100 * (${matched}) + 10 * (${inName}) END`;
  }

  const where = [`(${matchSql} OR s.code = ${code})`, ...filterSql(params, p)].join(' AND ');
  const matches = `SELECT s.code, s.search_name, (${scoreSql}) AS score FROM procedure_search s WHERE ${where}`;
  return pageOf(db, matches, 'm.score DESC, length(m.search_name), m.search_name, m.code', p, params, true);
}
