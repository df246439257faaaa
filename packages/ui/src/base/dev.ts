// Dev-only diagnostics. Production bundles define `MC_DEV` as `false` (esbuild/Vite `define`), so
// the bundler drops every warning; in tests, Storybook and source builds it is undefined → on.
declare const MC_DEV: boolean | undefined;

export const DEV: boolean = typeof MC_DEV === 'undefined' ? true : MC_DEV;

const warned = new Set<string>();

/** console.warn once per distinct message, and only in development builds. */
export function warnDev(message: string): void {
  if (!DEV || warned.has(message)) return;
  warned.add(message);
  console.warn(`[motcua] ${message}`);
}

/** Test hook: forget which warnings were already printed. */
export function resetDevWarnings(): void {
  warned.clear();
}
