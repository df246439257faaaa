// Masking of personal data for public views: someone who holds a dossier code (and a verifier)
// sees "N*** V** A*", never more than the initial of each word, and only the commune-level part of
// a postal address. Pure rules; the dossier view that applies them is dossier-view.ts.

/**
 * "Nguyễn Văn An" → "N*** V** A*". Each word keeps its first letter (upper-cased) followed by
 * min(length − 1, 3) stars, at least one, so short and long words look alike and the length of a
 * name is not disclosed beyond a hint. Whitespace is collapsed; non-letters are dropped.
 */
export function maskName(fullName: string | null | undefined): string {
  if (!fullName) return '';
  const words = fullName.normalize('NFC').trim().split(/\s+/u);
  const masked: string[] = [];
  for (const word of words) {
    const letters = [...word].filter((ch) => /\p{L}/u.test(ch));
    const first = letters[0];
    if (first === undefined) continue;
    const stars = Math.min(Math.max(letters.length - 1, 1), 3);
    const upper = first.toLocaleUpperCase('vi').normalize('NFC');
    masked.push(([...upper].length === 1 ? upper : first) + '*'.repeat(stars));
  }
  return masked.join(' ');
}

/**
 * Keeps the last two comma-separated parts of an address ("…, Phường Tân Ninh, Tây Ninh"): the
 * house number and street are personal data.
 */
export function coarseAddress(address: string): string {
  const parts = address.split(',').map((s) => s.trim()).filter(Boolean);
  return parts.slice(-2).join(', ');
}
