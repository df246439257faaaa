// The base of every Một Cửa component: guarded registration, `mc-*` events, language following
// the page, message catalogs with per-instance overrides, and dev-only attribute checks.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { warnDev } from './dev.js';
import { type Catalog, type MessageOverrides, type MessageParams, mergeCatalogs, translate } from './i18n.js';
import { type LangListener, type Locale, findLang, observeLang, toLocale, unobserveLang } from './locale.js';
import { uiMessages } from '../i18n/ui-messages.js';

export type McEventName = `mc-${string}`;

export class McElement extends LitElement implements LangListener {
  /** The tag this class registers under; every concrete component sets it. */
  static tagName = '';

  /** The component's own strings; merged over the shared ui catalog (`uiMessages`). */
  static messages: Catalog = { vi: {}, en: {} };

  private static mergedCatalogs = new WeakMap<typeof McElement, Catalog>();

  /**
   * Registers the element once. Registering the same class again is a no-op (a page may load a
   * widget bundle twice); a different class under the same tag keeps the first and warns in dev.
   */
  static define<T extends typeof McElement>(this: T, tagName: string = this.tagName): void {
    if (!tagName) throw new Error(`${this.name} has no static tagName`);
    const existing = customElements.get(tagName);
    if (existing) {
      if (existing !== (this as unknown as CustomElementConstructor)) {
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
  @property({ type: Object }) messages?: MessageOverrides;

  /** The language in force: from the nearest `lang` attribute, crossing shadow roots. */
  get locale(): Locale {
    return this.currentLocale;
  }

  private currentLocale: Locale = 'vi';

  override connectedCallback(): void {
    super.connectedCallback();
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
      merged = mergeCatalogs(uiMessages, ctor.messages);
      McElement.mergedCatalogs.set(ctor, merged);
    }
    return merged;
  }

  /**
   * Dispatches a public `mc-*` event that bubbles and crosses shadow boundaries, so a host page
   * can listen on the widget tag or on `document`.
   */
  emit<T>(type: McEventName, detail?: T, init: Omit<CustomEventInit<T>, 'detail'> = {}): CustomEvent<T> {
    const event = new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable: false, ...init, detail: detail as T });
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Returns `value` when it is one of `allowed`, otherwise `fallback`, warning in development
   * with the attribute's name and the accepted values (the page author's only clue).
   */
  protected oneOf<V extends string>(attribute: string, value: string | null | undefined, allowed: readonly V[], fallback: V): V {
    if (value === null || value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as V;
    warnDev(`<${this.localName}> ${attribute}="${value}" is not valid; use one of: ${allowed.join(', ')}. Using "${fallback}".`);
    return fallback;
  }
}
