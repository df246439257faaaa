// The embed loader: finds Một Cửa widget tags on the page (now and later), configures each from
// its attributes, the snippet's data-* and the window.motcua queue, and imports only the define
// modules of the widgets present. Writes nothing into <head>, injects no markup strings.
import { checkConfigValue, WIDGET_CONFIG_ATTRIBUTES, type WidgetConfig } from './config.js';

export type WidgetImport = () => Promise<unknown>;
export type Command = [string, ...unknown[]];

export interface LoaderOptions {
  /** Tag → import of its define module. The CDN build maps every widget to ./widgets/<tag>.js. */
  registry?: Iterable<[string, WidgetImport]>;
  /** The snippet's script element (default: the <script> whose src is this module). */
  script?: HTMLScriptElement | null;
  /**
   * Called as a widget's code is about to be imported, with its tag and resolved theme: the CDN
   * entry starts the widget's first-view chunks and its theme in parallel from here (index.ts).
   */
  prefetch?: (tag: string, theme: string | undefined) => void;
  /**
   * Import a widget's code only once its element comes within this many screen heights of the
   * viewport (IntersectionObserver; e.g. 1: one screen ahead). Unset: at once.
   */
  nearScreens?: number;
  /**
   * Space kept for a widget until it is ready (tag → a CSS length), so the page does not jump as
   * it renders: set as `min-height` (and `display: block` until the tag is defined) through the
   * element's CSSOM style, which a strict CSP allows, and removed at its `mc-ready` or `mc-error`.
   */
  reserve?: Record<string, string>;
}

export interface Loader {
  readonly registry: Map<string, WidgetImport>;
  /** The queue/`config` command's values (lowest precedence). */
  readonly config: WidgetConfig;
  /** The snippet's data-* values. */
  readonly scriptConfig: WidgetConfig;
  /** Configure and load the widgets under `root` (the loader does the document on its own). */
  scan(root: ParentNode): void;
  /** Run one queue command: ['config', {...}], ['on', type, fn], ['define', tag, () => import(...)], ['scan', root]. */
  run(command: Command): void;
}

/** Detail of `mc-ready`, fired by each widget once its content is on screen. */
export interface ReadyDetail {
  widget: string;
  unit: string | undefined;
}
export interface ErrorDetail {
  widget: string;
  /** "config": bad configuration; "load": the widget's code failed to load. Widgets add their own. */
  code: string;
  message: string;
  attribute?: string;
}

const KEY = Symbol.for('motcua.embed');
const MESSAGES = {
  vi: 'Tiện ích chưa được cấu hình đúng',
  en: 'This widget is not configured correctly',
};

declare global {
  interface Window {
    motcua?: Command[] | { push(...commands: Command[]): number };
  }
}

export function startLoader(options: LoaderOptions = {}): Loader {
  const g = globalThis as unknown as Record<symbol, Loader | undefined>;
  const existing = g[KEY];
  if (existing) {
    // Loaded twice (the snippet pasted twice, or two versions): the first loader serves both.
    for (const [tag, load] of options.registry ?? []) if (!existing.registry.has(tag)) existing.registry.set(tag, load);
    existing.scan(document);
    return existing;
  }

  const registry = new Map<string, WidgetImport>(options.registry);
  const config: WidgetConfig = {};
  const script = options.script === undefined ? findScript() : options.script;
  const scriptConfig: WidgetConfig = {};
  for (const name of WIDGET_CONFIG_ATTRIBUTES) {
    const value = script?.getAttribute(`data-${name}`);
    if (value) scriptConfig[name] = value;
  }
  const seen = new WeakSet<Element>();
  const imports = new Map<string, Promise<unknown>>();
  const reported = new Set<string>();

  const emit = (el: Element, type: string, detail: ErrorDetail) =>
    el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));

  const fail = (el: Element, tag: string, code: string, message: string, attribute?: string) => {
    if (!reported.has(message)) {
      reported.add(message);
      console.error(`[motcua] <${tag}> ${message}`);
    }
    emit(el, 'mc-error', { widget: tag, code, message, ...(attribute ? { attribute } : {}) });
  };

  const resolveApiUrl = (value: string | undefined): string | undefined => {
    // Only path-absolute ("/", "/api") or dot-relative values are addresses on this site.
    if (!value || !/^(\/(?!\/)|\.\.?\/)/.test(value)) return value;
    try {
      return new URL(value, document.baseURI).href.replace(/\/+$/, '');
    } catch {
      return value;
    }
  };

  const configure = (el: Element) => {
    const tag = el.localName;
    if (seen.has(el)) return;
    seen.add(el);
    // Precedence: the element's own attributes, then the snippet's data-*, then the queue.
    const resolved: [string, string][] = [];
    for (const name of WIDGET_CONFIG_ATTRIBUTES) {
      const own = el.getAttribute(name);
      const given = own || scriptConfig[name] || config[name];
      // Like any HTML URL attribute, a relative API address ("/" on a site that serves the API
      // itself) resolves against the page; widgets and the client always get an absolute URL.
      const value = name === 'api' ? resolveApiUrl(given) : given;
      const problem = checkConfigValue(name, value);
      if (problem) {
        const attribute = own ? name : scriptConfig[name] ? `data-${name}` : config[name] ? `motcua config "${name}"` : `data-${name}`;
        fail(el, tag, 'config', `${attribute}${value ? `="${value}"` : ''} ${problem}.`, attribute);
        const lang = el.getAttribute('lang') || scriptConfig.lang || config.lang || el.closest('[lang]')?.getAttribute('lang') || '';
        showConfigError(el, attribute, lang.startsWith('en') ? 'en' : 'vi');
        return;
      }
      if (value && value !== own) resolved.push([name, value]);
    }
    for (const [name, value] of resolved) el.setAttribute(name, value);
    reserveSpace(el as HTMLElement, options.reserve?.[tag]);
    whenNear(el, () => {
      const load = registry.get(tag)!;
      let pending = imports.get(tag);
      if (!pending) {
        options.prefetch?.(tag, el.getAttribute('theme') || undefined);
        imports.set(tag, (pending = load()));
      }
      // `mc-ready` is the widget's own: it fires once its data (or its form) is on screen.
      pending.catch((error: unknown) => {
        // The administrator's fallback link stays: nothing was hidden.
        imports.delete(tag);
        fail(el, tag, 'load', `could not be loaded (${(error as Error)?.message ?? error}).`);
      });
    });
  };

  // Widgets far below the fold are imported when they come near (the first callback reports
  // every observed element, so those already near load at once). An element whose tag is already
  // defined upgrades by itself: nothing to wait for.
  const waiting = new Map<Element, () => void>();
  const screens = options.nearScreens;
  const observer =
    screens !== undefined && typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const start = waiting.get(entry.target);
              if (!entry.isIntersecting || !start) continue;
              waiting.delete(entry.target);
              observer!.unobserve(entry.target);
              start();
            }
          },
          { rootMargin: `${screens * 100}% 0px` },
        )
      : undefined;
  const whenNear = (el: Element, start: () => void) => {
    if (!observer || customElements.get(el.localName)) return start();
    // Near already (measured now, not at the observer's first callback a frame later): start at once.
    const box = el.getBoundingClientRect();
    const margin = innerHeight * screens!;
    if (box.bottom >= -margin && box.top <= innerHeight + margin && (box.width || box.height || el.getClientRects().length)) return start();
    waiting.set(el, start);
    observer.observe(el);
  };

  const scan = (root: ParentNode) => {
    if (!registry.size) return;
    const selector = [...registry.keys()].join(',');
    if (root instanceof Element && root.matches(selector)) configure(root);
    root.querySelectorAll(selector).forEach(configure);
  };

  const run = ([name, ...args]: Command) => {
    if (name === 'config') Object.assign(config, args[0]);
    else if (name === 'on') document.addEventListener(args[0] as string, args[1] as EventListener);
    else if (name === 'define') {
      registry.set(args[0] as string, args[1] as WidgetImport);
      scan(document);
    } else if (name === 'scan') scan(args[0] as ParentNode);
  };

  const loader: Loader = { registry, config, scriptConfig, scan, run };
  g[KEY] = loader;

  // Replay the queue filled before this script ran, then run later commands at once.
  const queue = (window.motcua ??= []);
  if (Array.isArray(queue)) queue.forEach(run);
  queue.push = (...commands: Command[]) => {
    commands.forEach(run);
    return 0;
  };

  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true });
  return loader;
}

/**
 * Keeps `height` for a widget until it fires `mc-ready` (or `mc-error`): an inline style set through the CSSOM
 * (allowed under a CSP without 'unsafe-inline', which blocks only style attributes in markup),
 * on the element the page gave us to fill. An undefined element is inline, where min-height
 * does nothing: `display: block` until the tag is defined (the widget's :host then decides).
 * A page that reserves the space itself (a min-height on the tag in its own CSS, which works
 * before the first paint, as the embedding guide shows) keeps its value.
 */
function reserveSpace(el: HTMLElement, height: string | undefined): void {
  const style = el.style;
  if (!height || style.minHeight || parseFloat(getComputedStyle(el).minHeight) > 0) return;
  style.minHeight = height;
  if (!customElements.get(el.localName)) {
    style.display = 'block';
    void customElements.whenDefined(el.localName).then(() => style.removeProperty('display'));
  }
  // Ready, or showing its error state (the API failed, offline): the widget's own height from now on.
  for (const type of ['mc-ready', 'mc-error']) el.addEventListener(type, () => style.removeProperty('min-height'), { once: true });
}

/** The <script type="module"> that loaded this file, for its data-* attributes. */
function findScript(): HTMLScriptElement | null {
  const self = import.meta.url;
  for (const s of document.querySelectorAll<HTMLScriptElement>('script[src]')) if (s.src === self) return s;
  return document.querySelector<HTMLScriptElement>('script[data-api][src*="embed"]');
}

/**
 * A short message in the widget's own shadow root, followed by a <slot> so the administrator's
 * fallback content (a link to the national portal) stays visible under it.
 */
function showConfigError(el: Element, attribute: string, lang: 'vi' | 'en'): void {
  // An element already rendered by its widget (tag defined by a sibling) shows its own state.
  if (el.shadowRoot) return;
  let root: ShadowRoot;
  try {
    root = el.attachShadow({ mode: 'open' });
  } catch {
    return;
  }
  const p = document.createElement('p');
  p.setAttribute('part', 'config-error');
  p.setAttribute('role', 'alert');
  p.textContent = `${MESSAGES[lang]} (${attribute}).`;
  root.replaceChildren(p, document.createElement('slot'));
}
