// "Remember this dossier on this device": dossier CODES only (never the verifier) in localStorage.
// A code alone reveals nothing (the API needs the verifier), so keeping it is safe on a shared phone.

const KEY = 'motcua.status-tracker.saved';
const MAX = 10;

export function loadSaved(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

function store(list: string[]): string[] {
  try {
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    /* storage full or blocked (private mode): remembering is a convenience */
  }
  return list;
}

/** Adds `code` first (most recent first); returns the new list. */
export function rememberCode(code: string): string[] {
  return store([code, ...loadSaved().filter((c) => c !== code)].slice(0, MAX));
}

export function forgetCode(code: string): string[] {
  return store(loadSaved().filter((c) => c !== code));
}
