-- The working-day calendar as data (issue 12): one row per year and scope — '*' for the national
-- calendar, a 2-digit province code for a province that corrected its own. A province's year
-- replaces the national one for that province. Seeded from seed/holidays.json; changed through
-- PUT /v1/admin/calendar/{year} and `motcua-api calendar import`, each change written to
-- calendar_changes (who, when, before, after).
CREATE TABLE calendar_years (
  scope text NOT NULL CHECK (scope = '*' OR scope ~ '^[0-9]{2}$'),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  source text NOT NULL,
  days jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, year)
);

CREATE TABLE calendar_changes (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  scope text NOT NULL,
  year integer NOT NULL,
  -- who: an API key (id and scope text) or the command line
  actor text NOT NULL,
  api_key_id text,
  source text NOT NULL,
  days_before jsonb,
  days_after jsonb NOT NULL
);
CREATE INDEX calendar_changes_scope_year ON calendar_changes (scope, year, at);
