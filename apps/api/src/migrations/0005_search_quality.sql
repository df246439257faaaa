-- Search that understands how citizens write (issue 17): unofficial English names, diacritics
-- as a tie-breaker, the everyday-term dictionary (national seed + per-province entries, audited)
-- and the report of what citizens could not find.

-- Search columns, filled by src/db/catalog.ts like the others (folded in TypeScript, so PGlite and
-- PostgreSQL compare the same strings):
--   name_en            the unofficial English name shown beside the official one (null: none);
--   search_name_en     its folded, lightly stemmed words (src/search/english.ts), leading space;
--   search_keywords_en the English keywords, folded and stemmed, joined by " | ";
--   *_en_vec           lexemes of the English name, keywords, both, and both + all Vietnamese text;
--   accent_text        name + everyday names, lowercase WITH diacritics (NFC), leading space:
--                      words typed with diacritics that appear here break ties.
ALTER TABLE procedure_search
  ADD COLUMN name_en            text,
  ADD COLUMN search_name_en     text NOT NULL DEFAULT '',
  ADD COLUMN search_keywords_en text NOT NULL DEFAULT '',
  ADD COLUMN name_en_vec        tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN keywords_en_vec    tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN nk_en_vec          tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN all_en_vec         tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN accent_text        text NOT NULL DEFAULT '';
CREATE INDEX procedure_search_all_en_idx ON procedure_search USING gin (all_en_vec);

-- English vocabulary (typo correction and "is this word known" for English queries).
CREATE TABLE search_terms_en (
  term text COLLATE "C" PRIMARY KEY
);

-- Everyday-term dictionary: a query containing `from_phrase` (folded) may also match any of
-- `to_phrases`. province_code NULL = national (seed/search-terms.json); otherwise it applies to
-- searches filtered to that province or to one of its units.
CREATE TABLE search_synonyms (
  id            text NOT NULL,
  province_code text NOT NULL DEFAULT '',
  kind          text NOT NULL,
  from_phrases  text[] NOT NULL,
  to_phrases    text[] NOT NULL,
  source        text NOT NULL,
  reason        text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_code, id)
);

-- Every change to a province's dictionary: who (API key prefix), when, before and after.
CREATE TABLE search_synonym_audit (
  seq           bigserial PRIMARY KEY,
  province_code text NOT NULL,
  id            text NOT NULL,
  action        text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  key_prefix    text NOT NULL,
  before        jsonb,
  after         jsonb,
  at            timestamptz NOT NULL DEFAULT now()
);

-- What citizens could not find. No personal data: a query text is kept in clear only once
-- MOTCUA_SEARCH_MISS_MIN_ADDRESSES (default 3) different client addresses typed it; until then
-- only a keyed hash of the folded text and keyed hashes of the addresses (per day, so they cannot
-- be linked across days) are kept, and pending rows are deleted after 30 days. Texts that look
-- like ID or phone numbers are never recorded at all (src/search/misses.ts).
CREATE TABLE search_miss_secret (
  one    boolean PRIMARY KEY DEFAULT true CHECK (one),
  secret text NOT NULL
);
CREATE TABLE search_miss_pending (
  query_hash text NOT NULL,
  day        date NOT NULL,
  unit_code  text NOT NULL,
  addr_hash  text NOT NULL,
  PRIMARY KEY (query_hash, day, unit_code, addr_hash)
);
CREATE INDEX search_miss_pending_day_idx ON search_miss_pending (day);
CREATE TABLE search_miss_texts (
  query_hash text PRIMARY KEY,
  query      text NOT NULL,
  released_at timestamptz NOT NULL DEFAULT now()
);
-- counts per day, unit ('' = no unit given) and kind (zero = nothing found)
CREATE TABLE search_misses (
  day        date NOT NULL,
  unit_code  text NOT NULL,
  query_hash text NOT NULL REFERENCES search_miss_texts (query_hash) ON DELETE CASCADE,
  kind       text NOT NULL CHECK (kind IN ('zero')),
  count      integer NOT NULL,
  PRIMARY KEY (day, unit_code, query_hash, kind)
);
