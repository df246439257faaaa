// Dossier codes `{agency}-{yyMMdd}-{NNNN}` (the contract's DossierCodeSchema, without zod: the
// widget bundle stays small) and the 4-digit verifier. Shared by the status tracker and the
// satisfaction survey (its typed identity, identity.view.ts); their messages are in code-messages.ts.

export const DOSSIER_CODE_RE = /^[0-9A-Z][0-9A-Z._-]{0,39}-\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-\d{4}$/;
const CODE_CHARS_RE = /^[0-9A-Za-z._-]*$/;

/** People copy codes from SMS and paper: trimmed and upper-cased, as the server does. */
export function normalizeCode(value: string): string {
  return value.trim().toUpperCase();
}

export type CodeProblem = '' | 'missing' | 'chars' | 'format';

/**
 * What is wrong with a code. While typing (`complete` false) only characters that can never be
 * part of a code are reported; the whole shape is checked on leaving the field and on submit.
 */
export function checkCode(raw: string, complete: boolean): CodeProblem {
  const value = normalizeCode(raw);
  if (!value) return complete ? 'missing' : '';
  if (!CODE_CHARS_RE.test(value)) return 'chars';
  if (complete && !DOSSIER_CODE_RE.test(value)) return 'format';
  return '';
}

export type VerifierProblem = '' | 'missing' | 'digits' | 'length';

export function checkVerifier(raw: string, complete: boolean): VerifierProblem {
  const value = raw.trim();
  if (!value) return complete ? 'missing' : '';
  if (!/^\d*$/.test(value)) return 'digits';
  if (value.length > 4 || (complete && value.length !== 4)) return 'length';
  return '';
}
