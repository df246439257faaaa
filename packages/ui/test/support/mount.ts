// Shared by the primitives' tests: mounting without waiting for an animation frame, and putting
// the viewport and root font size back after the small-screen / 200%-text checks.
import { fixtureSync } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

/**
 * Like fixture(), but waits for the components' updateComplete instead of a requestAnimationFrame
 * when the root is a plain element (a <form>, a lang wrapper): rAF never fires in a background tab,
 * which is where a test file runs while another file has the focus.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const all = [root, ...root.querySelectorAll('*')] as Array<Element & { updateComplete?: Promise<unknown> }>;
  await Promise.all(all.map((e) => e.updateComplete));
  return root;
}

/** afterEach of the 320 px / 200% text checks: the default viewport and root font size again. */
export async function resetViewportAndTextSize(): Promise<void> {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
}
