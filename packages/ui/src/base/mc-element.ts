// The base of every Một Cửa component: guarded registration, `mc-*` events, language following
// the page, message catalogs with per-instance overrides, and dev-only attribute checks.
import { LitElement, type PropertyDeclarations } from 'lit';
import { DEV, warnDev } from './dev.js';
import { type Catalog, type MessageOverrides, type MessageParams, type Messages, mergeCatalogs, translate } from '../i18n/catalog.js';
import { type LangListener, type Locale, findLang, observeLang, toLocale, unobserveLang } from '../i18n/locale.js';
import { uiEnglish, uiMessages } from '../i18n/ui-messages.js';
import { fitRoot } from './rem.js';

export type McEventName = `mc-${string}`;

/** Shadow root options of the controls: focusing the host focuses the control inside. */
export const delegatesFocus: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

/** Whether `host` has a child element assigned to its slot `name` (a plain name, unquoted). */
export function hasSlotted(host: Element, name: string): boolean {
  return !!host.querySelector(`:scope>[slot=${name}]`);
}

export class McElement extends LitElement implements LangListener {

  /** The tag this class registers under; every concrete component sets it. */
  static tagName = '';

  static override properties: PropertyDeclarations = { messages: { type: Object } };

  /** The component's own strings; merged over the shared ui catalog (`uiMessages`). */
  static messages: Catalog = { vi: {}, en: {} };

  /**
   * Strings of a language loaded on demand, merged over `messages[locale]` once loaded:
   * `static lazyMessages = { en: () => import('./messages.en.js').then((m) => m.en) }`. A bundle
   * then carries only Vietnamese; the English strings are fetched when an element is first
   * rendered in English. Until they are there the element holds its update (the first render
   * too), so no Vietnamese text flashes on an English page; if they cannot be loaded (offline),
   * the element renders with the Vietnamese fallback, as for any missing key. By default the
   * primitives' English (uiEnglish); a class that sets English of its own must load uiEnglish with
   * it (the widgets' `englishMessages` does). Loading both here in the base instead measured 19–26
   * bytes more in every first view, enough to tip the tracker over its budget.
   */
  static lazyMessages?: Partial<Record<Locale, () => Promise<Partial<Messages>>>> = { en: uiEnglish };

  private static mergedCatalogs = new WeakMap<typeof McElement, Catalog>();
  /** Per class and language: the load in progress, or the strings (empty when the load failed). */
  private static lazyLoaded = new WeakMap<typeof McElement, Map<Locale, Promise<void> | Partial<Messages>>>();

  /**
   * Adds strings to this class's catalog at run time, for a part of a component that is loaded
   * later (its code and its strings in one lazy chunk). Elements render them from their next update.
   */
  static addMessages(catalog: Catalog): void {
    this.messages = mergeCatalogs(this.messages, catalog);
    McElement.mergedCatalogs.delete(this);
  }

  /**
   * Registers the element once. Registering the same class again is a no-op (a page may load a
   * widget bundle twice); a different class under the same tag keeps the first and warns in dev.
   */
  static define<T extends typeof McElement>(this: T, tagName: string = this.tagName): void {
    // Without a name customElements.define() throws anyway; development says which class.
    if (DEV && !tagName) throw new Error(`${this.name} has no static tagName`);
    const existing = customElements.get(tagName);
    if (existing) {
      // The page's own script took the name first (another copy of Một Cửa has msg()): say so,
      // plainly, in production too.
      if (!('msg' in existing.prototype)) console.error(`[motcua] <${tagName}> is already defined by another script on this page`);
      else if (DEV && existing !== (this as unknown)) {
        warnDev(`<${tagName}> is already defined by another class (two copies of @motcua/ui on the page?). Keeping the first one.`);
      }
      return;
    }
    customElements.define(tagName, this as unknown as CustomElementConstructor);
  }

  /**
   * Per-instance string overrides, as a property or a JSON attribute:
   * `messages='{"en":{"search.label":"Find a service"}}'` or flat `{"search.label":"Tìm"}`.
   */
  messages?: MessageOverrides;

  /** The language in force: from the nearest `lang` attribute, crossing shadow roots. */
  get locale(): Locale {
    return this.currentLocale;
  }

  private currentLocale: Locale = 'vi';

  override connectedCallback(): void {
    super.connectedCallback();
    fitRoot(this.renderRoot);
    this.currentLocale = toLocale(findLang(this));
    observeLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
  }

  /** Called by the shared observer whenever any `lang` attribute in the document changes. */
  langChanged(): void {
    const next = toLocale(findLang(this));
    if (next !== this.currentLocale) {
      const previous = this.currentLocale;
      this.currentLocale = next;
      this.requestUpdate('locale', previous);
    }
  }

  /** A translated, interpolated string for `key` in the current language. */
  msg(key: string, params?: MessageParams): string {
    return translate(this.catalog(), this.currentLocale, key, params, this.messages);
  }

  private catalog(): Catalog {
    const ctor = this.constructor as typeof McElement;
    let merged = McElement.mergedCatalogs.get(ctor);
    if (!merged) {
      const lazy: Catalog = { vi: {}, en: {} };
      for (const [locale, loaded] of McElement.lazyLoaded.get(ctor) ?? []) {
        if (!(loaded instanceof Promise)) Object.assign(lazy[locale], loaded);
      }
      merged = mergeCatalogs(uiMessages, ctor.messages, lazy);
      McElement.mergedCatalogs.set(ctor, merged);
    }
    return merged;
  }

  /** The pending load of this class's `lazyMessages` for `locale`, started if needed; undefined when none is needed. */
  private lazyCatalog(locale: Locale): Promise<void> | undefined {
    const ctor = this.constructor as typeof McElement;
    const load = ctor.lazyMessages?.[locale];
    if (!load) return undefined;
    let perClass = McElement.lazyLoaded.get(ctor);
    if (!perClass) McElement.lazyLoaded.set(ctor, (perClass = new Map()));
    const state = perClass.get(locale);
    if (state !== undefined) return state instanceof Promise ? state : undefined;
    const done = (messages: Partial<Messages>) => {
      perClass.set(locale, messages);
      McElement.mergedCatalogs.delete(ctor);
    };
    const pending = load().then(done, () => done({}));
    perClass.set(locale, pending);
    return pending;
  }

  /** Holds an update while the strings of the current language are being loaded (see lazyMessages). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.lazyCatalog(this.currentLocale);
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Dispatches a public `mc-*` event that bubbles and crosses shadow boundaries, so a host page
   * can listen on the widget tag or on `document`.
   */
  emit<T>(type: McEventName, detail?: T, init: Omit<CustomEventInit<T>, 'detail'> = {}): CustomEvent<T> {
    const event = new CustomEvent<T>(type, { bubbles: true, composed: true, ...init, detail: detail as T });
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Returns `value` when it is one of `allowed`, otherwise `fallback` (by default the first allowed
   * value), warning in development with the attribute's name and the accepted values (the page
   * author's only clue).
   */
  protected oneOf<V extends string>(attribute: string, value: string | null | undefined, allowed: readonly V[], fallback: V = allowed[0]!): V {
    if (value === null || value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as V;
    if (DEV) warnDev(`<${this.localName}> ${attribute}="${value}" is not valid; use one of: ${allowed.join(', ')}. Using "${fallback}".`);
    return fallback;
  }
}
