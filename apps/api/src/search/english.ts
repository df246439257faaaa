// English text for the unofficial English names and keywords: folded like Vietnamese (lowercase
// ASCII words) and lightly stemmed, so "certificates" finds "certificate" and "registered"
// finds "registration" by prefix. The same function runs on the catalog and on the query.

/** Words that carry no meaning for finding a procedure. */
const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'my', 'our', 'i', 'we', 'in', 'on', 'at', 'and', 'or', 'how', 'do', 'get', 'with', 'after', 'from', 'by', 'is', 'me', 'need', 'want', 'apply', 'application']);

/** Plural and verb endings off: "certificates" → "certificate", "registering" → "register". */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}

/** Folded, stemmed English words (stop words dropped unless nothing else is left). */
export function englishWords(folded: string): string[] {
  const all = folded.split(' ').filter((w) => w !== '');
  const kept = all.filter((w) => !STOP.has(w));
  return (kept.length > 0 ? kept : all).map(stemEnglish);
}
