// Widget state in the host page's URL, for widgets that opt in (`sync-url`): a citizen can share or
// bookmark a search or an open procedure, and the browser's Back button returns to the previous
// state. Small changes (typing) replace the current history entry; opening something pushes a new
// one. (The status tracker only reads one parameter, `?ma-ho-so=` from a receipt's QR code.)

export type UrlState = Record<string, string>;

/** The values of `names` in the page's query string, trimmed ('' when absent). */
export function readUrlState(names: readonly string[], href: string = location.href): UrlState {
  const out: UrlState = {};
  let params: URLSearchParams;
  try {
    params = new URL(href).searchParams;
  } catch {
    params = new URLSearchParams();
  }
  for (const name of names) out[name] = params.get(name)?.trim() ?? '';
  return out;
}

/**
 * Writes `state` into the query string (empty values removed), keeping every other parameter and
 * the hash. `push` adds a history entry; otherwise the current one is replaced.
 */
export function writeUrlState(state: UrlState, push = false): void {
  try {
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(state)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url.href);
    else history.replaceState(history.state, '', url.href);
  } catch {
    /* a sandboxed frame may refuse: the URL is a convenience only */
  }
}

/** Calls `listener` on Back/Forward; returns the function that stops listening. */
export function onUrlStateChange(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

/** A link's href for a template such as "/thu-tuc/{code}" (the value is URL-encoded). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole));
}
