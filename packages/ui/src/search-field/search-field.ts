// <mc-search-field>: a search box with a suggestion list (ARIA combobox).
// For portal developers building their own pages with the design system (a portal's site search,
// a procedure picker on a ward's own form). No Một Cửa widget uses it: the procedure lookup shows
// its results as you type in a list under a plain <mc-text-field type="search">, not suggestions,
// so the CDN build does not carry this file.
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { hostStyles } from '../base/index.js';
import { McFormControl, withFormMessages } from '../base/form-control.js';
import { formControlStyles } from '../base/form-control.styles.js';
import { searchFieldStyles } from './search-field.styles.js';

export interface SearchSuggestion {
  value: string;
  label: string;
  description?: string;
}

/**
 * A search box with suggestions, following the ARIA 1.2 combobox pattern (editable combobox
 * with list autocomplete, manual selection): the input has `role="combobox"`, the suggestions are
 * a `listbox` of `option`s referenced by `aria-activedescendant`, and a polite status announces
 * how many suggestions there are. The page supplies `suggestions` (it fetches and debounces them
 * on `mc-input`). Keys: ↓/↑ open the list and move through it (wrapping), Enter picks the
 * highlighted suggestion or searches, Escape closes the list (or clears the box when closed),
 * Home/End return to the text.
 *
 * For portal developers building their own pages with the design system; no Một Cửa widget uses
 * it (the procedure lookup lists its results under a plain search field).
 *
 * @summary Search field with a suggestion list (combobox).
 *
 * @fires mc-input - On every edit. Detail: `{ value: string }`.
 * @fires mc-search - On Enter without a highlighted suggestion, or the search button. Detail: `{ query: string }`. Cancelable: inside a form, `preventDefault()` stops the form submission that follows.
 * @fires mc-suggestion-select - When a suggestion is picked. Detail: `{ value: string, label: string }`.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart field - The box around the input and buttons.
 * @csspart input - The combobox `<input>`.
 * @csspart clear-button - The button that empties the box.
 * @csspart search-button - The search button.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart option-active - The highlighted suggestion (in addition to `option`).
 * @csspart option-label - A suggestion's label.
 * @csspart option-description - A suggestion's description.
 * @csspart status - The (visually hidden) live status.
 * @csspart error - The error message.
 *
 * @cssprop --mc-color-brand - Search button and highlighted suggestion.
 * @cssprop --mc-color-brand-subtle - Highlighted suggestion background.
 * @cssprop --mc-shadow-2 - Suggestion list shadow.
 */
export class McSearchField extends McFormControl {
  static override tagName = 'mc-search-field';

  static override messages = withFormMessages({
    vi: {
      'search-field.label': 'Tìm kiếm',
      'search-field.clear': 'Xoá nội dung tìm kiếm',
      'search-field.submit': 'Tìm kiếm',
      'search-field.suggestions': 'Gợi ý',
      'search-field.count': '{count} gợi ý',
      'search-field.none': 'Không có gợi ý',
    },
    en: {},
  });

  static override styles = [
    hostStyles,
    formControlStyles,
    searchFieldStyles,
  ];

  /** The text in the box. */
  @property() value = '';

  /** The suggestions to show under the box: `[{ value, label, description? }]`. */
  @property({ attribute: false }) suggestions: SearchSuggestion[] = [];

  /** Example text shown when empty, e.g. "Ví dụ: khai sinh". Never a substitute for the label. */
  @property() placeholder = '';

  /** Index of the highlighted suggestion, -1 for none (visual focus on the text). */
  @state() private activeIndex = -1;

  /** Whether the list is shown. */
  @state() private open = false;

  /** The page answered the current text with no suggestions: say so to screen readers. */
  @state() private noMatches = false;

  @query('input') private input!: HTMLInputElement;

  protected override validityAnchor() {
    return this.input;
  }

  protected override resetToDefault(): void {
    this.value = this.getAttribute('value') ?? '';
    this.close();
  }

  protected override restoreState(state: string): void {
    this.value = state;
  }

  /** Whether the suggestion list is visible. */
  get expanded(): boolean {
    return this.open && this.suggestions.length > 0;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value || null);
    if (changed.has('suggestions')) {
      // New suggestions for what the user is typing: show them (only while the user is in the box).
      this.activeIndex = -1;
      const answering = this.hasFocus() && this.value !== '';
      this.open = answering && this.suggestions.length > 0;
      this.noMatches = answering && this.suggestions.length === 0;
    }
  }

  private hasFocus(): boolean {
    return this.shadowRoot?.activeElement === this.input && this.input !== null;
  }

  private close(): void {
    this.open = false;
    this.noMatches = false;
    this.activeIndex = -1;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.syncValidity(input);
    this.value = input.value;
    this.activeIndex = -1;
    this.open = this.value !== '' && this.suggestions.length > 0;
    if (this.value === '') this.noMatches = false;
    this.emit('mc-input', { value: this.value });
  }

  private move(delta: number): void {
    const n = this.suggestions.length;
    if (n === 0) return;
    if (!this.open) {
      this.open = true;
      this.activeIndex = delta > 0 ? 0 : n - 1;
      return;
    }
    if (this.activeIndex < 0) this.activeIndex = delta > 0 ? 0 : n - 1;
    else this.activeIndex = (this.activeIndex + delta + n) % n;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.open = this.suggestions.length > 0;
        else this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.close();
        else this.move(-1);
        break;
      case 'Home':
      case 'End':
        // APG: from a highlighted suggestion, return to the text and put the caret at its start/end.
        if (this.activeIndex >= 0) {
          event.preventDefault();
          this.activeIndex = -1;
          const at = event.key === 'Home' ? 0 : this.input.value.length;
          this.input.setSelectionRange(at, at);
        }
        break;
      case 'Enter': {
        event.preventDefault();
        const active = this.expanded ? this.suggestions[this.activeIndex] : undefined;
        if (active) this.pick(active);
        else this.search();
        break;
      }
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.value) {
          event.preventDefault();
          this.clear();
        }
        break;
      default:
        break;
    }
  }

  private pick(suggestion: SearchSuggestion): void {
    this.value = suggestion.label;
    this.close();
    this.emit('mc-suggestion-select', { value: suggestion.value, label: suggestion.label });
  }

  /**
   * Runs a search for the current text: fires `mc-search` and, inside a form, submits it unless a
   * listener called `preventDefault()` on the event.
   */
  search(): void {
    this.close();
    const event = this.emit('mc-search', { query: this.value.trim() }, { cancelable: true });
    if (!event.defaultPrevented) this.form?.requestSubmit();
  }

  /** Empties the box and returns focus to it (fires `mc-input` with `''`). */
  clear(): void {
    this.value = '';
    this.close();
    this.emit('mc-input', { value: '' });
    this.input?.focus();
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    this.close();
  }

  override render() {
    const expanded = this.expanded;
    const active = expanded && this.activeIndex >= 0 ? `option-${this.activeIndex}` : undefined;
    const invalid = Boolean(this.errorText);
    const count = this.suggestions.length;
    const status = expanded ? this.msg('search-field.count', { count }) : this.noMatches ? this.msg('search-field.none') : '';
    return html`
      <label class="label" part="label" id="label" for="input">${this.label || this.msg('search-field.label')}${this.renderRequired()}</label>
      ${this.renderHint()}
      <div class="combo" @focusout=${this.onFocusOut}>
        <div class="field ${invalid ? 'invalid' : ''}" part="field">
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            enterkeyhint="search"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${active ?? nothing}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${this.describedBy()}
            name=${this.name || nothing}
            placeholder=${this.placeholder || nothing}
            .value=${live(this.value ?? '')}
            ?required=${this.required}
            ?disabled=${this.isDisabled}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @change=${(e: Event) => e.stopPropagation()}
          />
          ${this.value && !this.isDisabled
            ? html`<button class="clear-button" part="clear-button" type="button" aria-label=${this.msg('search-field.clear')} @click=${this.clear}>
                <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                  <path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
              </button>`
            : nothing}
          <button
            class="search-button"
            part="search-button"
            type="button"
            ?disabled=${this.isDisabled}
            @click=${this.search}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
              <path d="M13 13l4.5 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
            <span class="search-text">${this.msg('search-field.submit')}</span>
          </button>
        </div>
        <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!expanded}>
          ${this.suggestions.map(
            (s, i) => html`<li
              id="option-${i}"
              role="option"
              part=${i === this.activeIndex ? 'option option-active' : 'option'}
              aria-selected=${i === this.activeIndex ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.pick(s)}
            >
              <span part="option-label">${s.label}</span>
              ${s.description ? html`<span class="option-description" part="option-description">${s.description}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      <div class="visually-hidden" role="status" part="status">${status}</div>
      ${this.renderError()}
    `;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-search-field': McSearchField;
  }
}
