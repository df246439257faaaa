// API keys for the write API of provincial one-stop systems.
//
// A key is `mc_live_<43 base64url chars>` (32 random bytes), shown once when created. The
// database keeps its first 16 characters as a lookup prefix and the SHA-256 of the whole key;
// verification compares hashes in constant time. Scopes: `province:80` (every unit of Tây Ninh),
// `unit:25459` (one ward), or `province:*` (setup / national operator).
// The table api_keys is this module's own storage (keys are its only job), so its queries live here
// rather than in db/.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/types.js';

export const KEY_PREFIX = 'mc_live_';
export const LOOKUP_PREFIX_LENGTH = 16;
const KEY_FORMAT = /^[\x21-\x7e]{16,256}$/; // printable ASCII, no spaces

export type KeyScope =
  | { kind: 'all' }
  | { kind: 'province'; province: string }
  | { kind: 'unit'; unit: string };

export function parseScope(text: string): KeyScope | null {
  if (text === 'province:*' || text === '*') return { kind: 'all' };
  let m = /^province:(\d{2})$/.exec(text);
  if (m) return { kind: 'province', province: m[1]! };
  m = /^unit:(\d{5})$/.exec(text);
  if (m) return { kind: 'unit', unit: m[1]! };
  return null;
}

export function formatScope(scope: KeyScope): string {
  switch (scope.kind) {
    case 'all':
      return 'province:*';
    case 'province':
      return `province:${scope.province}`;
    case 'unit':
      return `unit:${scope.unit}`;
  }
}

/** Whether a key with this scope may write for a unit of the given province. */
export function scopeAllowsUnit(scope: KeyScope, unitCode: string, unitProvince: string | null): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'province':
      return unitProvince === scope.province;
    case 'unit':
      return unitCode === scope.unit;
  }
}

export function generateKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function lookupPrefix(key: string): string {
  return key.slice(0, LOOKUP_PREFIX_LENGTH);
}

export function isPlausibleKey(key: string): boolean {
  return KEY_FORMAT.test(key);
}

export interface ApiKeyRecord {
  id: string;
  prefix: string;
  scope: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuthenticatedKey {
  id: string;
  prefix: string;
  scope: KeyScope;
  scopeText: string;
  label: string | null;
}

function toIso(v: unknown): string | null {
  if (v == null) return null;
  return v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();
}

/** Table columns (scope, scope_code) → scope text. */
function scopeText(scope: string, code: string): string {
  return `${scope}:${code}`;
}

function rowToRecord(r: Record<string, unknown>): ApiKeyRecord {
  return {
    id: String(r.id),
    prefix: String(r.key_prefix),
    scope: scopeText(String(r.scope), String(r.scope_code)),
    label: (r.name as string | null) ?? null,
    createdAt: toIso(r.created_at) ?? '',
    lastUsedAt: toIso(r.last_used_at),
    revokedAt: toIso(r.revoked_at),
  };
}

function scopeColumns(scope: KeyScope): [string, string] {
  switch (scope.kind) {
    case 'all':
      return ['province', '*'];
    case 'province':
      return ['province', scope.province];
    case 'unit':
      return ['unit', scope.unit];
  }
}

const RECORD_COLUMNS = 'id, key_prefix, scope, scope_code, name, created_at, last_used_at, revoked_at';

export class ApiKeyError extends Error {}

/** Stores a key (hash only) and returns its record. `value` defaults to a fresh random key. */
export async function createApiKey(
  db: Queryable,
  options: { scope: string; label?: string | null; value?: string },
): Promise<{ key: string; record: ApiKeyRecord }> {
  const scope = parseScope(options.scope);
  if (!scope) throw new ApiKeyError(`invalid scope "${options.scope}" (expected province:<2 digits>, unit:<5 digits> or province:*)`);
  const key = options.value ?? generateKey();
  if (!isPlausibleKey(key)) throw new ApiKeyError('a key is 16–256 printable ASCII characters without spaces');
  const [kind, code] = scopeColumns(scope);
  const res = await db.query<Record<string, unknown>>(
    `INSERT INTO api_keys (name, key_hash, key_prefix, scope, scope_code) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key_hash) DO NOTHING
     RETURNING ${RECORD_COLUMNS}`,
    [options.label?.trim() || formatScope(scope), hashKey(key), lookupPrefix(key), kind, code],
  );
  if (res.rows.length === 0) throw new ApiKeyError('this key already exists');
  return { key, record: rowToRecord(res.rows[0]!) };
}

export async function listApiKeys(db: Queryable): Promise<ApiKeyRecord[]> {
  const res = await db.query<Record<string, unknown>>(`SELECT ${RECORD_COLUMNS} FROM api_keys ORDER BY created_at, id`);
  return res.rows.map(rowToRecord);
}

/**
 * Revokes the active key whose listed prefix is `prefix` (or starts with it: at least 12
 * characters). Refuses when the prefix matches more than one active key.
 */
export async function revokeApiKey(db: Queryable, prefix: string): Promise<ApiKeyRecord> {
  if (prefix.length < 12) throw new ApiKeyError('give at least the first 12 characters of the key prefix');
  const matches = await db.query<Record<string, unknown>>(
    `SELECT ${RECORD_COLUMNS} FROM api_keys WHERE revoked_at IS NULL AND starts_with(key_prefix, $1)`,
    [prefix.slice(0, LOOKUP_PREFIX_LENGTH)],
  );
  if (matches.rows.length === 0) throw new ApiKeyError(`no active key with prefix ${prefix}`);
  if (matches.rows.length > 1) throw new ApiKeyError(`prefix ${prefix} matches ${matches.rows.length} active keys; give more characters`);
  const res = await db.query<Record<string, unknown>>(
    `UPDATE api_keys SET revoked_at = now() WHERE id = $1 RETURNING ${RECORD_COLUMNS}`,
    [matches.rows[0]!.id],
  );
  return rowToRecord(res.rows[0]!);
}

/**
 * Creates the setup key from MOTCUA_BOOTSTRAP_KEY, once: running again with the same value does
 * nothing; a revoked bootstrap key stays revoked. Scope: `province:<code>` when a province code
 * is given, otherwise every province (`province:*`).
 */
export async function ensureBootstrapKey(db: Queryable, value: string, provinceCode?: string): Promise<'created' | 'exists'> {
  if (!isPlausibleKey(value)) throw new ApiKeyError('MOTCUA_BOOTSTRAP_KEY must be 16–256 printable ASCII characters without spaces');
  const scope = parseScope(provinceCode ? `province:${provinceCode}` : 'province:*');
  if (!scope) throw new ApiKeyError(`invalid province code for the bootstrap key: ${provinceCode}`);
  const [kind, code] = scopeColumns(scope);
  const res = await db.query<{ id: string }>(
    `INSERT INTO api_keys (name, key_hash, key_prefix, scope, scope_code) VALUES ('bootstrap', $1, $2, $3, $4)
     ON CONFLICT (key_hash) DO NOTHING RETURNING id`,
    [hashKey(value), lookupPrefix(value), kind, code],
  );
  return res.rows.length > 0 ? 'created' : 'exists';
}

/**
 * Checks a bearer token. Returns the key, or null for an unknown, malformed or revoked key.
 * Looked up by its SHA-256 (unique index), then compared again in constant time.
 */
export async function authenticateKey(db: Queryable, token: string): Promise<AuthenticatedKey | null> {
  if (!isPlausibleKey(token)) return null;
  const hash = hashKey(token);
  const res = await db.query<{ id: string; key_prefix: string; key_hash: string; scope: string; scope_code: string; name: string | null }>(
    'SELECT id, key_prefix, key_hash, scope, scope_code, name FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hash],
  );
  const row = res.rows[0];
  if (!row) return null;
  const a = Buffer.from(row.key_hash, 'hex');
  const b = Buffer.from(hash, 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const text = scopeText(row.scope, row.scope_code);
  const scope = parseScope(text);
  if (!scope) return null;
  return { id: String(row.id), prefix: row.key_prefix, scope, scopeText: text, label: row.name };
}

/** Records that a key was used (at most once a minute per key, to spare writes). */
export async function touchApiKey(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  );
}

/** `Authorization: Bearer <key>` → the key, or null when absent or not a bearer token. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}
