// The base of the citizen widgets: the configuration attributes the embed loader writes (api,
// unit, province, theme; lang is McElement's), the page-wide SDK client for `api`, the theme on
// :host, `mc-ready` / `mc-error`, retry when the device comes back online, and the rule that the
// administrator's fallback content (a link inside the tag) stays visible until the widget has
// rendered successfully.
import { html, type CSSResult, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { McElement, fitRoot, measureRem, mergeCatalogs, uiEnglish, type Catalog, type Messages } from '@motcua/ui';
import { isolation } from './isolation.js';
import { getClient, type Client } from '@motcua/sdk/core';
import { applyTheme } from './theme.js';
import { stateMessages, type Failure } from './states.js';

/** `static messages = widgetMessages({ vi: {…}, en: {…} })` in a widget. */
export function widgetMessages(own: Catalog): Catalog {
  return mergeCatalogs(stateMessages, own);
}

/**
 * `static lazyMessages = { en: englishMessages(() => import('./messages.en.js')) }` in a widget whose
 * English strings are modules of their own: the primitives' English (uiEnglish), the shared states',
 * then the widget's modules in order (all fetched in parallel).
 */
export function englishMessages(...own: Array<() => Promise<{ en: Partial<Messages> }>>): () => Promise<Partial<Messages>> {
  return () =>
    Promise.all([uiEnglish().then((en) => ({ en })), import('./states.en.js'), ...own.map((load) => load())]).then((modules) =>
      Object.assign({}, ...modules.map((m) => m.en)),
    );
}

/** What a widget's lazy view (`<view>.view.ts`) exports besides its templates: its strings. */
export interface ViewModule {
  /** `<view>.messages.ts`: Vietnamese (the English are in the widget's messages.en.ts). */
  messages: Catalog;
}

/**
 * A module imported on demand (e.g. a view that is not part of the first render), once per page:
 * the first call starts the import, later calls share it; a failed import (offline, a CDN error)
 * is tried again by the next call.
 *
 * With `widget`, the module is a lazy view whose strings join that widget's catalog as it arrives:
 * the view knows nothing of the widget class (no import back, no loop); the widget names the view
 * and itself here (`widget` is read when the view loads). Should adding the strings fail, the load
 * fails as a failed import does. A view imports its widget's `elements.ts` (the elements it
 * registers from the start, already loaded when the view is imported, so nothing more is fetched or
 * run): the bundler then gives it the same shared chunks as the widget and it holds only its own
 * code; anything else of the widget it needs comes as parameters.
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T>;
export function lazyModule<T extends ViewModule>(load: () => Promise<T>, widget: () => { addMessages(catalog: Catalog): void }): () => Promise<T>;
export function lazyModule<T>(load: () => Promise<T>, widget?: () => { addMessages(catalog: Catalog): void }): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load()
      .then((m) => (widget?.().addMessages((m as ViewModule).messages), m))
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      }));
}

const API_RE = /^https?:\/\/[^\s/]+/i;
const UNIT_RE = /^\d{5}$/;

export abstract class McWidget extends McElement {
  /** The shared states' English strings, loaded on demand (a widget with its own adds them: englishMessages). */
  static override lazyMessages: typeof McElement.lazyMessages = { en: englishMessages() };

  /** Base URL of the Một Cửa API, e.g. `https://api.dichvucong.tayninh.gov.vn`. */
  @property({ reflect: true }) api = '';

  /** 5-digit code of the commune-level unit, e.g. `25459`. */
  @property({ reflect: true }) unit = '';

  /** 2-digit province code (widgets that work per province). */
  @property({ reflect: true }) province = '';

  /** A theme id of `@motcua/tokens`: default, high-contrast, tay-ninh, dong-thap, quang-ninh. */
  @property({ reflect: true }) theme = '';

  /**
   * True once the widget has rendered its own content successfully: the fallback content placed
   * inside the tag (the default slot) is shown until then.
   */
  @state() protected rendered = false;

  private readyFired = false;
  /** Settles when the current theme is applied (themes load on demand, see theme.ts). */
  private themeApplied: Promise<void> = Promise.resolve();
  private readonly onOnline = () => this.backOnline();

  /** Every widget's styles start with the isolation from the page's inherited CSS (isolation.ts). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [isolation, ...super.finalizeStyles(styles)];
  }

  /**
   * The first render waits for the next task. Otherwise the widget's module evaluation (its
   * classes, define(), the element's upgrade) and its first render run as one task, which on a
   * slow phone blocks the page for their sum (total blocking time); as two, input can be handled
   * between them. Later renders are not delayed.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    return super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // :host is `font-size: medium` here: sizes follow the reader's setting, not the page's root
    // (McElement has given this root its fitted sheets when the page needs them).
    measureRem(this);
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('theme')) this.themeApplied = applyTheme(this.shadowRoot, this.theme, this.localName);
  }

  /** The api attribute is a usable http(s) URL. */
  protected get apiValid(): boolean {
    return API_RE.test(this.api);
  }

  protected get unitValid(): boolean {
    return UNIT_RE.test(this.unit);
  }

  /** The page-wide client of `api` (shared cache, in-flight requests and outbox), or undefined. */
  protected get client(): Client | undefined {
    return this.apiValid ? getClient(this.api) : undefined;
  }

  /** Fires `mc-ready` once, the first time data (or the usable form) is on screen, in its theme. */
  protected markReady(): void {
    if (!this.rendered) this.rendered = true;
    if (this.readyFired) return;
    this.readyFired = true;
    void this.updateComplete
      .then(() => this.themeApplied)
      .then(() => this.emit('mc-ready', { widget: this.localName, unit: this.unit || undefined }));
  }

  /** Fires `mc-error` `{ code, message }` (no personal data). */
  protected reportError(failure: Pick<Failure, 'code' | 'message'>): void {
    this.emit('mc-error', { widget: this.localName, code: failure.code, message: failure.message });
  }

  /**
   * Adds the styles of a lazily loaded view to this element's shadow root, after its own (a theme's
   * sheet stays first, see theme.ts). Adding the same styles again does nothing.
   */
  protected addStyles(styles: CSSResult): void {
    const root = this.renderRoot;
    const sheet = styles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      fitRoot(root);
    }
  }

  /** Called on the window's `online` event: widgets in an offline state retry. */
  protected backOnline(): void {}

  /** The administrator's fallback content, until the widget rendered successfully. */
  protected renderFallback(): TemplateResult | typeof nothing {
    return this.rendered ? nothing : html`<div part="fallback"><slot></slot></div>`;
  }
}
