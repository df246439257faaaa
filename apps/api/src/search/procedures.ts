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
// The search's SQL lives here with its ranking (the one reader of the search columns), not in db/.
import type { OnlineService, ProcedureLevel, ProcedureSummary } from '@motcua/contracts';
import type { Queryable } from '../db/types.js';
import { dictionaryFor, findPhrases, type Dictionary } from './dictionary.js';
import { englishWords } from './english.js';
import { keyboardReadings } from './keyboard.js';
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

/** How one query word (or dictionary phrase) is matched. */
export interface TermPlan {
  /** The word as typed (folded), or the words of a dictionary phrase joined by spaces. */
  word: string;
  /** tsquery alternatives, e.g. `'khai':*`, `'sinh' | 'sinj'` or `('khai' & 'tu')`. */
  alternatives: string[];
  /** true when matched through a typo correction only. */
  fuzzy: boolean;
  /** The first official reading of a dictionary phrase ("khai tu" for "bao tu"). */
  reading?: string;
}

export interface QueryPlan {
  terms: TermPlan[];
  /** Words of the query (folded) that match nothing in the catalog. */
  ignored: string[];
  /** The folded query, for phrase bonuses. */
  phrase: string;
  /** The query with dictionary phrases replaced by their first reading ('' when none). */
  readingPhrase: string;
}

export interface PlanOptions {
  lang?: 'vi' | 'en' | undefined;
  dictionary?: Dictionary | undefined;
}

/**
 * Filler words citizens put around what they look for ("thủ tục … như thế nào", "xin …"): not
 * required to match when the query has other words.
 */
const FILLER = new Set(['thu', 'tuc', 'xin', 'lam', 'cach', 'o', 'dau', 'nhu', 'the', 'nao', 'muon', 'gi', 'toi', 'em', 'minh', 'bi', 'va', 'de', 'la', 've', 'huong', 'dan', 'can', 'giay', 'phai', 'cho']);

/** Quotes a folded word for tsquery input ([a-z0-9] only, so no escaping needed). */
function lexeme(word: string): string {
  return `'${word}'`;
}

function group(words: readonly string[]): string {
  return words.length === 1 ? lexeme(words[0]!) : `(${words.map(lexeme).join(' & ')})`;
}

/**
 * Looks every query word up in the catalog vocabulary and decides how to match it: as typed
 * (word prefix), as Telex/VNI typing recovered ("kys" → "ky"), through the everyday-term
 * dictionary ("bao tu" → "khai tu"), or through words one edit away ("sihn" → "sinh").
 * English requests (lang "en") use the English vocabulary and stemming, no dictionary.
 */
export async function planQuery(db: Queryable, q: string, opts: PlanOptions = {}): Promise<QueryPlan> {
  const english = opts.lang === 'en';
  const vocabTable = english ? 'search_terms_en' : 'search_terms';
  const folded = fold(q);
  const raw = english ? englishWords(folded) : folded.split(' ').filter((w) => w !== '');
  let queryWords = [...new Set(raw)].slice(0, MAX_QUERY_WORDS);
  if (queryWords.length === 0) return { terms: [], ignored: [], phrase: '', readingPhrase: '' };

  // Which words (and keyboard readings of words) exist as they are or as a prefix of a catalog word.
  const readings = english ? new Map<string, string[]>() : new Map(queryWords.map((w) => [w, keyboardReadings(w)]));
  const lookup = [...new Set([...queryWords, ...[...readings.values()].flat()])];
  const prefixHits = await db.query<{ word: string }>(
    `SELECT w AS word FROM unnest($1::text[]) AS w
     WHERE EXISTS (SELECT 1 FROM ${vocabTable} t WHERE t.term >= w AND t.term < w || '~')`,
    [lookup],
  );
  const known = new Set(prefixHits.rows.map((r) => r.word));
  // Telex / VNI typing left unconverted: an unknown word whose reading is known becomes it.
  queryWords = [...new Set(queryWords.map((w) => (known.has(w) ? w : (readings.get(w) ?? []).find((r) => known.has(r)) ?? w)))];

  // Everyday-term dictionary phrases (over the whole query, known words or not).
  const phrases = !english && opts.dictionary ? findPhrases(queryWords, opts.dictionary) : [];
  const inPhrase = new Set(phrases.flatMap((m) => queryWords.slice(m.start, m.end)));

  // Typo candidates for the long words that are not known and not part of a phrase.
  const unknownLong = queryWords.filter((w) => !known.has(w) && !inPhrase.has(w) && w.length >= MIN_TYPO_LENGTH);
  const variantsOf = new Map<string, string[]>();
  const allVariants: string[] = [];
  for (const w of unknownLong) {
    const v = oneEditVariants(w);
    variantsOf.set(w, v);
    allVariants.push(...v);
  }
  const vocab = new Set<string>();
  if (allVariants.length > 0) {
    const res = await db.query<{ term: string }>(`SELECT term FROM ${vocabTable} WHERE term = ANY($1::text[])`, [allVariants]);
    for (const r of res.rows) vocab.add(r.term);
  }

  const wordTerm = (w: string): string => (w.length === 1 ? lexeme(w) : `${lexeme(w)}:*`);
  const terms: TermPlan[] = [];
  const ignored: string[] = [];
  const readingWords: string[] = [];
  for (let i = 0; i < queryWords.length; i++) {
    const m = phrases.find((x) => x.start === i);
    if (m) {
      const words = queryWords.slice(m.start, m.end);
      const alternatives: string[] = [];
      if (words.every((w) => known.has(w))) alternatives.push(words.length === 1 ? wordTerm(words[0]!) : `(${words.map(wordTerm).join(' & ')})`);
      for (const t of m.to) alternatives.push(group(t));
      const reading = m.to[0]!.join(' ');
      terms.push({ word: words.join(' '), alternatives, fuzzy: false, reading });
      readingWords.push(reading);
      i = m.end - 1;
      continue;
    }
    const w = queryWords[i]!;
    if (known.has(w)) {
      // Single letters and digits only match whole words: "a" must not match every word.
      terms.push({ word: w, alternatives: [wordTerm(w)], fuzzy: false });
      readingWords.push(w);
      continue;
    }
    const candidates = (variantsOf.get(w) ?? []).filter((v) => vocab.has(v)).sort();
    if (candidates.length > 0) {
      terms.push({ word: w, alternatives: candidates.map(lexeme), fuzzy: true });
      readingWords.push(w);
    } else ignored.push(w);
  }
  const phrase = terms.map((t) => t.word).join(' ');
  const readingPhrase = phrases.length > 0 ? readingWords.join(' ') : '';
  return { terms, ignored, phrase, readingPhrase };
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
  name_en: string | null;
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

function toSummary(r: Row, withScore: boolean, english: boolean): ProcedureSummary {
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
  if (english && r.name_en) s.nameEn = r.name_en;
  if (withScore && r.score !== null) s.score = r.score;
  return s;
}

/** The searched columns of procedure_search for one language. */
interface Columns {
  name: string;
  aliases: string;
  nameVec: string;
  aliasVec: string;
  naVec: string;
  allVec: string;
}
const VI_COLUMNS: Columns = { name: 'search_name', aliases: 'search_aliases', nameVec: 'name_vec', aliasVec: 'alias_vec', naVec: 'na_vec', allVec: 'all_vec' };
const EN_COLUMNS: Columns = {
  name: 'search_name_en',
  aliases: 'search_keywords_en',
  nameVec: 'name_en_vec',
  aliasVec: 'keywords_en_vec',
  naVec: 'nk_en_vec',
  allVec: 'all_en_vec',
};

/** The province whose own dictionary entries apply: the filter, or the unit's province. */
async function provinceOf(db: Queryable, params: ProcedureSearchParams): Promise<string | null> {
  if (params.province) return params.province;
  if (!params.unit) return null;
  const cached = unitProvinceCache.get(params.unit);
  if (cached !== undefined) return cached;
  const res = await db.query<{ province_code: string }>('SELECT province_code FROM units WHERE code = $1', [params.unit]);
  const p = res.rows[0]?.province_code ?? null;
  if (unitProvinceCache.size > 20_000) unitProvinceCache.clear();
  unitProvinceCache.set(params.unit, p);
  return p;
}
const unitProvinceCache = new Map<string, string | null>();

/**
 * Words typed WITH diacritics (lowercase, NFC), for the tie-breaker: among equal scores, the
 * procedures whose name or everyday names contain more of them come first ("bảo trợ" before
 * "báo trợ" when both fold alike).
 */
export function accentedWords(q: string): string[] {
  const out = new Set<string>();
  for (const w of q.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w !== '' && fold(w) !== w) out.add(w);
  }
  return [...out].slice(0, MAX_QUERY_WORDS);
}

export async function searchProcedures(db: Queryable, params: ProcedureSearchParams): Promise<ProcedureSearchPage> {
  const q = params.q?.trim() ?? '';
  if (q === '') return listAll(db, params);

  // A procedure code ("1.001193", "1.001193.000.00.00.H14") is looked up directly.
  if (/^\d+\.\d{6}(\.[0-9A-Za-z]+)*$/.test(q)) {
    const byCode = await rankedSearch(db, [], '', '', q, params, 'code', VI_COLUMNS);
    if (byCode.total > 0) return byCode;
  }
  // English requests search the unofficial English names first, then the Vietnamese ones (people
  // type Vietnamese in an English page too); Vietnamese requests fall back to English when
  // nothing matched (an English query in a Vietnamese page).
  if (params.lang === 'en') {
    // An English result found only through typo corrections may be a Vietnamese word read as
    // English ("khai" → "khau"): the Vietnamese search gets its chance first then.
    const en = await searchIn(db, q, params, 'en');
    if (en.page.total > 0 && !en.fuzzy) return en.page;
    const vi = await searchIn(db, q, params, 'vi');
    return vi.page.total > 0 || en.page.total === 0 ? vi.page : en.page;
  }
  const vi = await searchIn(db, q, params, 'vi');
  if (vi.page.total > 0) return vi.page;
  return (await searchIn(db, q, params, 'en')).page;
}

async function searchIn(db: Queryable, q: string, params: ProcedureSearchParams, lang: 'vi' | 'en'): Promise<{ page: ProcedureSearchPage; fuzzy: boolean }> {
  const cols = lang === 'en' ? EN_COLUMNS : VI_COLUMNS;
  const dictionary = lang === 'vi' ? await dictionaryFor(db, await provinceOf(db, params)) : undefined;
  const plan = await planQuery(db, q, { lang, dictionary });
  if (plan.terms.length === 0) {
    // Nothing searchable in the catalog vocabulary; a procedure code may still match exactly.
    return { page: await rankedSearch(db, [], '', '', q, params, 'code', cols), fuzzy: false };
  }
  // Filler words ("thủ tục", "làm", "xin", "như thế nào") are not required when the query has others.
  const meaningful = plan.terms.filter((t) => !FILLER.has(t.word));
  const terms = meaningful.length > 0 ? meaningful : plan.terms;
  const fuzzy = terms.some((t) => t.fuzzy);
  const phrase = terms.map((t) => t.word).join(' ');
  const reading = plan.readingPhrase ? terms.map((t) => t.reading ?? t.word).join(' ') : '';
  let result = await rankedSearch(db, terms, phrase, reading, q, params, 'all', cols);
  if (result.total === 0 && terms.length > 1) {
    // Nobody has every word: those with most of them.
    result = await rankedSearch(db, terms, '', '', q, params, 'most', cols);
  }
  return { page: result, fuzzy };
}

/**
 * Runs `matches` (a query over procedure_search s giving code, search_name, score and accent),
 * orders it with `order` (over m), and returns one page with the total. Only the page's rows are
 * joined to their field names.
 */
async function pageOf(db: Queryable, matches: string, order: string, p: Params, params: ProcedureSearchParams, withScore: boolean): Promise<ProcedureSearchPage> {
  const limit = p.add(params.limit);
  const offset = p.add((params.page - 1) * params.limit);
  const res = await db.query<Row>(
    `WITH m AS (${matches}),
          t AS (SELECT count(*) AS total FROM m),
          pg AS (SELECT * FROM m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
     SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
       SELECT s.code, s.name, s.name_en, s.field_code, f.name AS field_name, s.level, s.online_service,
              s.time_limit_text, s.fee_text, s.fee_amount, m.score
       FROM pg m JOIN procedure_search s ON s.code = m.code JOIN fields f ON f.code = s.field_code
       ORDER BY ${order}
     ) x ON true`,
    p.values,
  );
  const total = res.rows[0]?.total ?? 0;
  const english = params.lang === 'en';
  const items = res.rows.filter((r) => r.code !== null).map((r) => toSummary(r, withScore, english));
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
 * Scores (higher first): 1000 the code; 600 the query (as typed, or with dictionary phrases read
 * officially) is a phrase of the name (+50 the name is the query, +10 the name starts with it),
 * 550 a phrase of an alias (+2 per alias having it, up to 5); 500/450 every word somewhere in
 * the name (exact/with typos); 400/350 in the aliases; 300 name and aliases together; 200
 * anywhere; +5 when the name has every word whole (no prefix). "most" mode: 100 × matched words
 * + 10 × words in the name. Ties: more words typed with diacritics found with those diacritics
 * in the name or everyday names, then shorter names.
 */
async function rankedSearch(
  db: Queryable,
  terms: TermPlan[],
  phrase: string,
  reading: string,
  rawQuery: string,
  params: ProcedureSearchParams,
  mode: 'all' | 'most' | 'code',
  c: Columns,
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
    // whole words only (no prefix, no typo); dictionary phrases as they are
    const qWords = p.add(andQuery(terms.map((t) => (t.reading !== undefined ? t : { ...t, alternatives: [lexeme(t.word)] }))));
    // phrase: the query words in order, the last one possibly typed halfway ("khai si"); the
    // stored texts start with a space, so " <phrase>" matches at a word start
    // the phrase as typed first, then as read through the dictionary (a little lower: what the
    // citizen typed, found in everyday names, beats a reading found in official names)
    const phraseCases = (x: string, base: number): string => {
      const ph = p.add(` ${x}`);
      const nameWordsBonus = `CASE WHEN s.${c.nameVec} @@ ${qWords}::tsquery THEN 5 ELSE 0 END`;
      // how many everyday names contain the phrase (capped): the more, the more common the usage
      const aliasCount = `LEAST(5, (length(s.${c.aliases}) - length(replace(s.${c.aliases}, ${ph}, ''))) / ${Math.max(1, x.length + 1)})`;
      return `WHEN position(${ph} IN s.${c.name}) > 0 THEN ${base}
          + CASE WHEN s.${c.name} = ${ph} THEN 50 WHEN position(${ph} IN s.${c.name}) = 1 THEN 10 ELSE 0 END
          + ${nameWordsBonus}
        WHEN position(${ph} IN s.${c.aliases}) > 0 THEN ${base - 50} + 2 * ${aliasCount}`;
    };
    const nameWordsBonus = `CASE WHEN s.${c.nameVec} @@ ${qWords}::tsquery THEN 5 ELSE 0 END`;
    matchSql = `s.${c.allVec} @@ ${qAll}::tsquery`;
    scoreSql = `CASE
        WHEN s.code = ${code} THEN 1000
        ${phrase !== '' ? phraseCases(phrase, 600) : ''}
        ${reading !== '' && reading !== phrase ? phraseCases(reading, 530) : ''}
        WHEN s.${c.nameVec} @@ ${qAll}::tsquery THEN ${exactOnly ? 500 : 450} + ${nameWordsBonus}
        WHEN s.${c.aliasVec} @@ ${qAll}::tsquery THEN ${exactOnly ? 400 : 350}
        WHEN s.${c.naVec} @@ ${qAll}::tsquery THEN 300
        ELSE 200 END`;
  } else {
    const perTerm = terms.map((t) => p.add(termQuery(t)));
    const matched = perTerm.map((x) => `(CASE WHEN s.${c.allVec} @@ ${x}::tsquery THEN 1 ELSE 0 END)`).join(' + ');
    const inName = perTerm.map((x) => `(CASE WHEN s.${c.nameVec} @@ ${x}::tsquery THEN 1 ELSE 0 END)`).join(' + ');
    const needed = Math.max(1, Math.ceil(terms.length / 2));
    matchSql = `s.${c.allVec} @@ ${p.add(orQuery(terms))}::tsquery AND (${matched}) >= ${needed}`;
    scoreSql = `CASE WHEN s.code = ${code} THEN 1000 ELSE 100 * (${matched}) + 10 * (${inName}) END`;
  }

  const accents = c === VI_COLUMNS && mode !== 'code' ? accentedWords(rawQuery) : [];
  const accentSql = accents.length > 0 ? accents.map((w) => `(CASE WHEN position(${p.add(` ${w}`)} IN s.accent_text) > 0 THEN 1 ELSE 0 END)`).join(' + ') : '0';
  const where = [`(${matchSql} OR s.code = ${code})`, ...filterSql(params, p)].join(' AND ');
  const matches = `SELECT s.code, s.search_name, (${scoreSql}) AS score, (${accentSql}) AS accent FROM procedure_search s WHERE ${where}`;
  return pageOf(db, matches, 'm.score DESC, m.accent DESC, length(m.search_name), m.search_name, m.code', p, params, true);
}
