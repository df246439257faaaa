// Recovering Vietnamese typed without an input method: Telex ("ddawng kys" = "đăng ký") and VNI
// ("d9a8ng ky1"). Only ever applied to query words that match nothing in the catalog (a real
// word is never rewritten), and only to produce the FOLDED form (no diacritics), which is what
// the catalog is searched by.

const VOWELS = /[aeiouy]/;

/**
 * Folded reading of a word typed in Telex, or null when it has no Telex marks.
 * Marks: dd = đ; aa, aw = â, ă; ee = ê; oo, ow = ô, ơ; uw, w = ư; tone keys s f r x j (and z,
 * which clears marks) after the first vowel — Vietnamese spelling never has those letters there,
 * since no final consonant is s, f, r, x, j or z.
 */
export function telexToFolded(word: string): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  let w = word.replace(/^dd/, 'd');
  const first = w.search(VOWELS);
  if (first >= 0) {
    const head = w.slice(0, first);
    let tail = w.slice(first).replace(/[sfrxjz]/g, '');
    tail = tail.replace(/aa|aw/g, 'a').replace(/ee/g, 'e').replace(/oo|ow/g, 'o').replace(/uw/g, 'u').replace(/w/g, 'u');
    w = head + tail;
  } else {
    // "w" alone stands for ư ("nwx" = "ữ")
    w = w.replace(/w/g, 'u').replace(/[sfrxjz]$/, '');
  }
  w = w.replace(/^w/, 'u');
  return w !== word && w.length > 0 && VOWELS.test(w) ? w : null;
}

/**
 * Folded reading of a word typed in VNI, or null: digits 1–9 typed after letters are marks
 * (1–5 tones, 6 ^, 7 ơ/ư, 8 ă, 9 đ). Words without letters before the digits (numbers, codes
 * such as "ct07") are left alone.
 */
export function vniToFolded(word: string): string | null {
  if (!/^[a-z][a-z1-9]*$/.test(word) || !/[1-9]/.test(word)) return null;
  const w = word.replace(/[1-9]/g, '');
  return VOWELS.test(w) ? w : null;
}

/** The readings to try for an unknown word, most likely first. */
export function keyboardReadings(word: string): string[] {
  const out: string[] = [];
  for (const r of [vniToFolded(word), telexToFolded(word)]) if (r && !out.includes(r)) out.push(r);
  return out;
}
