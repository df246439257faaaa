// A story-only element that proves the toolchain: legacy decorators (`@property()` with
// useDefineForClassFields: false) must make property and attribute changes re-render.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { vars } from '@motcua/tokens';
import { unsafeCSS } from 'lit';

export class McDemoGreeting extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      font-family: ${unsafeCSS(vars.fontFamily)};
      color: ${unsafeCSS(vars.colorOnBrand)};
      background: ${unsafeCSS(vars.colorBrand)};
      border-radius: ${unsafeCSS(vars.radiusMd)};
      padding: ${unsafeCSS(vars.space2)} ${unsafeCSS(vars.space4)};
    }
  `;

  /** Who to greet. */
  @property() name = 'Một Cửa';

  /** Times greeted; a number property converted from the attribute. */
  @property({ type: Number }) count = 1;

  override render() {
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? 'vi';
    return html`<span part="text">${lang === 'en' ? 'Hello' : 'Xin chào'}, ${this.name}${'!'.repeat(this.count)}</span>`;
  }
}

if (!customElements.get('mc-demo-greeting')) customElements.define('mc-demo-greeting', McDemoGreeting);

declare global {
  interface HTMLElementTagNameMap {
    'mc-demo-greeting': McDemoGreeting;
  }
}
