-- Rate limits shared by every replica (issue 13): the state of each bucket lives in the database
-- all replicas use, so a limit holds whichever replica answers. Times are milliseconds since the
-- epoch passed by the servers (one clock per request, kept in step by NTP like the database's).
-- UNLOGGED: these rows change on every citizen request and are worth nothing after a crash, so
-- they skip the write-ahead log — a commit touching only them does not wait for a disk flush.
-- After a PostgreSQL crash (not a clean restart) or a failover to a standby, counts start from zero.

-- Token buckets (requests per client address, per API key). A row is dropped once it has
-- refilled (expires_ms), so the table holds only clients active in the last window.
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_buckets (
  key        text PRIMARY KEY,
  tokens     double precision NOT NULL,
  updated_ms double precision NOT NULL,
  expires_ms double precision NOT NULL,
  -- whether the last request took a token (read back by the same statement)
  ok         boolean NOT NULL DEFAULT true
);
CREATE INDEX IF NOT EXISTS rate_limit_buckets_expires ON rate_limit_buckets (expires_ms);

-- Failed verifier attempts, leaking away over time: one row per dossier code ('c:' || code) and
-- one per code and client address ('a:' || code || '|' || address). The count sets how long an
-- address must wait before its next attempt on that code (growing delays, no lock-out).
CREATE UNLOGGED TABLE IF NOT EXISTS verifier_attempts (
  key        text PRIMARY KEY,
  failures   double precision NOT NULL,
  updated_ms double precision NOT NULL,
  expires_ms double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS verifier_attempts_expires ON verifier_attempts (expires_ms);
