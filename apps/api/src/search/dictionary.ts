// The everyday-term dictionary (seed/search-terms.json, plus entries provinces add through
// PUT /v1/admin/search-terms/{id}): a query containing a `from` phrase may also match any `to`
// phrase. Phrases are compared folded (src/search/normalize.ts), as whole words, longest first.
// Reading search_synonyms for search (and the seed's national entries) is this module's; the admin
// API's audited writes are db/search-terms.ts.
import type { Queryable } from '../db/types.js';
import { fold } from './normalize.js';

export interface SynonymEntry {
  id: string;
  kind: string;
  from: string[];
  to: string[];
  source: string;
  reason: string;
}

export interface SynonymRow extends SynonymEntry {
  /** '' = national */
  province: string;
}

/** One `from` phrase, folded into words, with every reading it may also have. */
interface Rule {
  words: string[];
  to: string[][];
}

export interface Dictionary {
  /** Rules by their first word, longest phrase first. */
  byFirst: Map<string, Rule[]>;
  size: number;
}

export interface PhraseMatch {
  start: number;
  end: number;
  to: string[][];
}

export function compileDictionary(entries: readonly Pick<SynonymEntry, 'from' | 'to'>[]): Dictionary {
  const rules = new Map<string, Rule>();
  for (const e of entries) {
    const to = e.to.map((t) => fold(t).split(' ').filter(Boolean)).filter((w) => w.length > 0);
    for (const f of e.from) {
      const words = fold(f).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const key = words.join(' ');
      const rule = rules.get(key) ?? { words, to: [] };
      for (const t of to) if (!rule.to.some((x) => x.join(' ') === t.join(' ')) && t.join(' ') !== key) rule.to.push(t);
      rules.set(key, rule);
    }
  }
  const byFirst = new Map<string, Rule[]>();
  for (const r of rules.values()) {
    const list = byFirst.get(r.words[0]!) ?? [];
    list.push(r);
    byFirst.set(r.words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || a.words.join(' ').localeCompare(b.words.join(' ')));
  return { byFirst, size: rules.size };
}

/** Dictionary phrases in a folded word list: left to right, the longest phrase at each place. */
export function findPhrases(words: readonly string[], dict: Dictionary): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const rule = (dict.byFirst.get(words[i]!) ?? []).find((r) => r.words.every((w, k) => words[i + k] === w));
    if (rule && rule.to.length > 0) {
      out.push({ start: i, end: i + rule.words.length, to: rule.to });
      i += rule.words.length;
    } else i++;
  }
  return out;
}

// ------------------------------------------------------------------------------------------
// Loaded from the database, kept per process for a short time (entries change rarely; a write
// through this process is seen at once).
// ------------------------------------------------------------------------------------------

const TTL_MS = 30_000;
let version = 0;
/** Called after every dictionary write in this process. */
export function bumpDictionaryVersion(): void {
  version++;
}

interface Cached {
  at: number;
  version: number;
  rows: SynonymRow[];
  compiled: Map<string, Dictionary>;
}
const cache = new WeakMap<object, Cached>();

export async function loadSynonyms(db: Queryable): Promise<SynonymRow[]> {
  const res = await db.query<{ id: string; province_code: string; kind: string; from_phrases: string[]; to_phrases: string[]; source: string; reason: string }>(
    'SELECT id, province_code, kind, from_phrases, to_phrases, source, reason FROM search_synonyms ORDER BY province_code, id',
  );
  return res.rows.map((r) => ({ id: r.id, province: r.province_code, kind: r.kind, from: r.from_phrases, to: r.to_phrases, source: r.source, reason: r.reason }));
}

/** The national dictionary plus, when given, one province's own entries. */
export async function dictionaryFor(db: Queryable, province: string | null): Promise<Dictionary> {
  let c = cache.get(db);
  const now = Date.now();
  if (!c || c.version !== version || now - c.at > TTL_MS) {
    c = { at: now, version, rows: await loadSynonyms(db), compiled: new Map() };
    cache.set(db, c);
  }
  const key = province ?? '';
  let d = c.compiled.get(key);
  if (!d) {
    d = compileDictionary(c.rows.filter((r) => r.province === '' || (province !== null && r.province === province)));
    c.compiled.set(key, d);
  }
  return d;
}

/** Seeds the national entries (seed/search-terms.json) into an empty table. */
export async function insertNationalSynonyms(q: Queryable, entries: readonly SynonymEntry[]): Promise<number> {
  for (const e of entries) {
    await q.query(
      `INSERT INTO search_synonyms (id, province_code, kind, from_phrases, to_phrases, source, reason)
       VALUES ($1, '', $2, $3::text[], $4::text[], $5, $6) ON CONFLICT DO NOTHING`,
      [e.id, e.kind, e.from, e.to, e.source, e.reason],
    );
  }
  bumpDictionaryVersion();
  return entries.length;
}
