// How the server reads what citizens type. Folding happens here, in TypeScript, for both the
// stored text and the query, so PGlite and PostgreSQL compare exactly the same strings and no
// database extension (unaccent, pg_trgm) is needed.

/**
 * Folds Vietnamese text to lowercase ASCII words separated by single spaces:
 * "Đăng ký KHAI SINH (lưu động)" → "dang ky khai sinh luu dong". Diacritics are dropped
 * (đ/Đ → d included); anything that is not a letter or digit separates words.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The distinct words of a folded text, in order of first appearance. */
export function words(text: string): string[] {
  const seen = new Set<string>();
  for (const w of fold(text).split(' ')) if (w !== '') seen.add(w);
  return [...seen];
}

/** Longest query we look at, in words: a pasted paragraph must not build a huge query. */
export const MAX_QUERY_WORDS = 8;

/** Words shorter than this are never typo-corrected (too many neighbours). */
export const MIN_TYPO_LENGTH = 4;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Every string one edit away from `word` (Damerau–Levenshtein, optimal string alignment):
 * one letter deleted, inserted, replaced, or two neighbours swapped ("sihn" → "sinh").
 * Used to look misspelled words up in the catalog vocabulary.
 */
export function oneEditVariants(word: string): string[] {
  const out = new Set<string>();
  const n = word.length;
  for (let i = 0; i < n; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i < n - 1; i++) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < n; i++) {
    for (const c of ALPHABET) if (c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
  }
  for (let i = 0; i <= n; i++) {
    for (const c of ALPHABET) out.add(word.slice(0, i) + c + word.slice(i));
  }
  out.delete(word);
  return [...out];
}

/** Levenshtein distance with adjacent transpositions (OSA); for tests and diagnostics. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
