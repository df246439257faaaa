// Dossier verifiers (last 4 digits of the owner's ID number or phone) are stored only as
// salted hashes: sha256(salt ":" verifier) with a random 16-byte salt per dossier. Four digits
// are a small space, so the real protection is the per-code rate limit on lookups; the hash
// keeps the digits out of backups and logs and makes each dossier's table independent.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newVerifierSalt(): string {
  return randomBytes(16).toString('base64url');
}

export function hashVerifier(salt: string, verifier: string): string {
  return createHash('sha256').update(`${salt}:${verifier}`).digest('base64url');
}

/** Hashes each non-empty verifier with one fresh salt. */
export function hashVerifiers(verifiers: readonly (string | null | undefined)[]): { salt: string; hashes: string[] } {
  const salt = newVerifierSalt();
  const hashes = verifiers.filter((v): v is string => typeof v === 'string' && v.length > 0).map((v) => hashVerifier(salt, v));
  return { salt, hashes };
}

/** Constant-time check of a verifier against the stored hashes (compares against all of them). */
export function verifierMatches(salt: string, hashes: readonly string[], verifier: string): boolean {
  const candidate = Buffer.from(hashVerifier(salt, verifier));
  let ok = false;
  for (const h of hashes) {
    const stored = Buffer.from(h);
    if (stored.length === candidate.length && timingSafeEqual(stored, candidate)) ok = true;
  }
  return ok;
}
