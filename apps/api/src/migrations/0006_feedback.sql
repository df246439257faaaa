-- 0006: feedback and petitions (phản ánh, kiến nghị), issue 15.
-- What may be published and what identifies the sender live in different tables:
--   feedback           the item, its handling and its answer (never a name, address or phone);
--   feedback_contacts  the sender's contact details (personal data, Law 91/2025/QH15): read only
--                      through the admin API with a key scoped to the unit, erased
--                      FEEDBACK_CONTACT_RETENTION_MONTHS after the item is closed;
--   feedback_events    every step, with the API key that made it (audit);
--   feedback_counters  the daily sequence of codes per unit (one atomic upsert per new item).

CREATE TABLE IF NOT EXISTS feedback (
  code              text PRIMARY KEY,
  unit_code         text NOT NULL REFERENCES units(code),
  kind              text NOT NULL CHECK (kind IN ('feedback', 'proposal')),
  subject_type      text NOT NULL CHECK (subject_type IN ('general', 'procedure', 'dossier')),
  procedure_code    text REFERENCES procedures(code),
  dossier_code      text,
  title             text NOT NULL,
  content           text NOT NULL,
  status            text NOT NULL CHECK (status IN ('received', 'in-progress', 'forwarded', 'answered', 'not-accepted')),
  received_at       timestamptz NOT NULL DEFAULT now(),
  -- answer deadline (working days from the shared calendar); moved when the sender reopens
  due_date          date NOT NULL,
  -- the deadline of the first answer, kept for the statistics
  first_due_date    date NOT NULL,
  publish_consent   boolean NOT NULL,
  published_question text,
  forwarded_to      text,
  answer            text,
  answered_by       text,
  answered_at       timestamptz,
  answer_days       integer,
  answer_on_time    boolean,
  refusal_reason    text,
  refusal_redirect  text,
  refused_at        timestamptz,
  resolved          boolean,
  resolution_at     timestamptz,
  reopened          integer NOT NULL DEFAULT 0,
  closed_at         timestamptz,
  -- verifier: the last 4 digits of the sender's phone, salted and hashed (db/verifier.ts)
  verifier_salt     text NOT NULL,
  verifier_hashes   text[] NOT NULL,
  -- folded title + question + answer of published items (search without diacritics)
  search_text       text
);
CREATE INDEX IF NOT EXISTS feedback_unit_received ON feedback (unit_code, received_at DESC);
CREATE INDEX IF NOT EXISTS feedback_public ON feedback (unit_code, answered_at DESC) WHERE publish_consent AND status = 'answered';

CREATE TABLE IF NOT EXISTS feedback_contacts (
  code        text PRIMARY KEY REFERENCES feedback(code) ON DELETE CASCADE,
  name        text NOT NULL,
  address     text NOT NULL,
  phone       text NOT NULL,
  email       text,
  consented_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS feedback_events (
  id          bigserial PRIMARY KEY,
  code        text NOT NULL REFERENCES feedback(code) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now(),
  action      text NOT NULL,
  status      text NOT NULL,
  note        text,
  -- 'citizen' or the API key id and label that acted
  actor       text NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_events_code ON feedback_events (code, id);

CREATE TABLE IF NOT EXISTS feedback_counters (
  unit_code text NOT NULL,
  day       text NOT NULL,
  n         integer NOT NULL,
  PRIMARY KEY (unit_code, day)
);
