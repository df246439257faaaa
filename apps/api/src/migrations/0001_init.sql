-- 0001: the whole schema of the reference server. Runs unchanged on PostgreSQL 15+ and PGlite
-- (PostgreSQL 18 in WebAssembly) and needs no extension: accent folding for search is done by
-- the server (src/search/normalize.ts) before text reaches the database.

-- Administrative units ---------------------------------------------------------------------

CREATE TABLE provinces (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  full_name   text NOT NULL,
  name_en     text NOT NULL,
  kind        text NOT NULL
);

CREATE TABLE units (
  code          text PRIMARY KEY,
  province_code text NOT NULL REFERENCES provinces (code),
  name          text NOT NULL,
  full_name     text NOT NULL,
  name_en       text NOT NULL,
  kind          text NOT NULL,
  -- folded "full name + name + English name" for ?q= on /v1/units
  search_text   text NOT NULL
);
CREATE INDEX units_province_idx ON units (province_code, code);

CREATE TABLE unit_contacts (
  unit_code  text PRIMARY KEY REFERENCES units (code) ON DELETE CASCADE,
  address    text,
  phone      text,
  email      text,
  hotline    text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Catalog ----------------------------------------------------------------------------------

CREATE TABLE fields (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  sort_order  integer NOT NULL DEFAULT 0
);

CREATE TABLE procedures (
  code            text PRIMARY KEY,
  name            text NOT NULL,
  field_code      text NOT NULL REFERENCES fields (code),
  level           text NOT NULL CHECK (level IN ('commune', 'commune-police', 'province')),
  online_service  text NOT NULL CHECK (online_service IN ('full', 'partial', 'none')),
  -- offered by every commune-level unit (seed "units": ["*"]); otherwise see procedure_units
  all_units       boolean NOT NULL DEFAULT false,
  -- the whole ProcedureDetail as published (contract shape)
  detail          jsonb NOT NULL,
  -- summary shown in search results: fastest channel's time limit, in-person fee
  time_limit_text text NOT NULL,
  fee_text        text NOT NULL,
  fee_amount      integer,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedures_field_idx ON procedures (field_code);

-- One narrow row per procedure with everything search filters, ranks and lists, so a search
-- never reads the (large) detail and its text vectors stay small and inline. Written only by
-- src/db/catalog.ts (upsertProcedure), together with the procedures row.
CREATE TABLE procedure_search (
  code            text PRIMARY KEY REFERENCES procedures (code) ON DELETE CASCADE,
  name            text NOT NULL,
  field_code      text NOT NULL,
  field_order     integer NOT NULL,
  level           text NOT NULL,
  online_service  text NOT NULL,
  all_units       boolean NOT NULL,
  -- provinces having at least one unit that offers it (when not all_units)
  provinces       text[] NOT NULL,
  time_limit_text text NOT NULL,
  fee_text        text NOT NULL,
  fee_amount      integer,
  -- folded texts (src/search/normalize.ts), each with a leading space so that " <phrase>" finds
  -- a phrase at a word start: the name; the aliases joined by " | "
  search_name     text NOT NULL,
  search_aliases  text NOT NULL,
  -- lexemes only (strip()): name, aliases, name + aliases, and all searchable text
  name_vec        tsvector NOT NULL,
  alias_vec       tsvector NOT NULL,
  na_vec          tsvector NOT NULL,
  all_vec         tsvector NOT NULL
);
CREATE INDEX procedure_search_all_idx ON procedure_search USING gin (all_vec);
CREATE INDEX procedure_search_provinces_idx ON procedure_search USING gin (provinces);
CREATE INDEX procedure_search_list_idx ON procedure_search (field_order, field_code, search_name, code);

CREATE TABLE procedure_units (
  unit_code      text NOT NULL REFERENCES units (code) ON DELETE CASCADE,
  procedure_code text NOT NULL REFERENCES procedures (code) ON DELETE CASCADE,
  PRIMARY KEY (unit_code, procedure_code)
);
CREATE INDEX procedure_units_procedure_idx ON procedure_units (procedure_code);

-- Every distinct word of the searchable text: the vocabulary that typo correction looks up.
-- Words are only ever added (a stale word costs nothing: it matches no procedure).
-- Binary collation so that prefix lookups (LIKE 'abc%') use the primary-key index.
CREATE TABLE search_terms (
  term text COLLATE "C" PRIMARY KEY
);

-- Dossiers ---------------------------------------------------------------------------------

CREATE TABLE dossiers (
  code                 text PRIMARY KEY,
  unit_code            text NOT NULL REFERENCES units (code),
  procedure_code       text NOT NULL REFERENCES procedures (code),
  channel              text NOT NULL CHECK (channel IN ('in-person', 'online', 'postal')),
  status               text NOT NULL CHECK (status IN ('submitted', 'accepted', 'not-accepted', 'in-progress',
                         'supplement-requested', 'financial-obligation', 'withdrawn', 'stopped', 'resolved',
                         'result-returned')),
  current_step         text,
  received_at          timestamptz NOT NULL,
  appointment_date     timestamptz,
  -- when the dossier reached "resolved" (kept when the result is later returned); null before
  resolved_at          timestamptz,
  -- full name, server-side only: the public API answers maskName(applicant_name)
  applicant_name       text NOT NULL,
  -- verifiers (last 4 digits of ID number / phone) are never stored: hashes with a per-dossier
  -- salt, see src/db/verifier.ts
  verifier_salt        text NOT NULL,
  verifier_hashes      text[] NOT NULL,
  supplement_request   jsonb,
  financial_obligation jsonb,
  apology              jsonb,
  result_delivery      jsonb NOT NULL DEFAULT '{"method":"desk"}',
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_unit_received_idx ON dossiers (unit_code, received_at);
CREATE INDEX dossiers_unit_resolved_idx ON dossiers (unit_code, resolved_at);

-- Rows of the process-control slip (phiếu kiểm soát quá trình), in order.
CREATE TABLE dossier_events (
  id           bigserial PRIMARY KEY,
  dossier_code text NOT NULL REFERENCES dossiers (code) ON DELETE CASCADE,
  seq          integer NOT NULL,
  from_step    text NOT NULL,
  from_unit    text NOT NULL,
  to_step      text NOT NULL,
  to_unit      text NOT NULL,
  handler      text NOT NULL,
  at           timestamptz NOT NULL,
  deadline     timestamptz,
  punctuality  text NOT NULL CHECK (punctuality IN ('early', 'on-time', 'late')),
  status       text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (dossier_code, seq)
);

-- Citizen feedback -------------------------------------------------------------------------

CREATE TABLE evaluations (
  id           bigserial PRIMARY KEY,
  dossier_code text NOT NULL UNIQUE REFERENCES dossiers (code) ON DELETE CASCADE,
  unit_code    text NOT NULL REFERENCES units (code),
  answers      jsonb NOT NULL,
  score        integer NOT NULL,
  max_score    integer NOT NULL,
  -- overall satisfaction answered "Hài lòng" or "Rất hài lòng"
  satisfied    boolean NOT NULL,
  comment      text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluations_unit_idx ON evaluations (unit_code, created_at);

CREATE TABLE surveys (
  id         bigserial PRIMARY KEY,
  unit_code  text NOT NULL REFERENCES units (code),
  answers    jsonb NOT NULL,
  -- mean of the five SIPAS ratings is 4 ("Hài lòng") or more
  satisfied  boolean NOT NULL,
  comment    text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX surveys_unit_idx ON surveys (unit_code, created_at);

-- Replays of POST requests carrying an Idempotency-Key.
CREATE TABLE idempotency_keys (
  key             text NOT NULL,
  route           text NOT NULL,
  request_hash    text NOT NULL,
  response_status integer NOT NULL,
  response_body   jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (route, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- Write API ---------------------------------------------------------------------------------

CREATE TABLE api_keys (
  id           bigserial PRIMARY KEY,
  name         text NOT NULL,
  -- sha256 of the key; the key itself is shown once when created and never stored
  key_hash     text NOT NULL UNIQUE,
  -- first characters, to tell keys apart in listings
  key_prefix   text NOT NULL,
  scope        text NOT NULL CHECK (scope IN ('province', 'unit')),
  scope_code   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
