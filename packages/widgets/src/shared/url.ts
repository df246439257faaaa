// Reading (and optionally writing) widget state in the host page's URL, e.g. `?ma-ho-so=…` on a
// receipt's QR code. Writes use history.replaceState so the back button is not filled with states.

/** The value of `name` in the page's query string, or '' (trimmed). */
export function readUrlParam(name: string, href: string = location.href): string {
  try {
    return new URL(href).searchParams.get(name)?.trim() ?? '';
  } catch {
    return '';
  }
}

/** Sets (or with an empty value removes) `name` in the page's query string without navigating. */
export function writeUrlParam(name: string, value: string): void {
  try {
    const url = new URL(location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  } catch {
    /* a sandboxed frame may refuse: the URL is a convenience only */
  }
}
