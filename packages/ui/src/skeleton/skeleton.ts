import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { cspStyle } from '../base/csp-style.js';
import { McElement } from '../base/mc-element.js';
import { blockHost, hostStyles } from '../base/styles.js';
import { DEV, warnDev } from '../base/dev.js';
import { skeletonStyles } from './skeleton.styles.js';

export const SKELETON_VARIANTS = ['text', 'block', 'card'] as const;
export type SkeletonVariant = (typeof SKELETON_VARIANTS)[number];

const MAX_LINES = 20;

/**
 * A placeholder shown while content loads, shaped like it (lines of text, a block, a card) so the
 * page does not jump when the content arrives; give `height` to reserve the content's height.
 * The shapes are hidden from assistive technology; instead the host is a `role="status"` region
 * with one visually-hidden "Đang tải…", so a screen reader hears that something is loading once,
 * not a row of empty shapes. With several skeletons in one area, mark all but one `decorative`.
 * The shimmer stops for people who ask for reduced motion.
 *
 * @summary A loading placeholder (text lines, block or card) with one "Đang tải…" status.
 *
 * @csspart base - The box holding the shapes (reserved height).
 * @csspart shape - Every placeholder shape.
 * @csspart loading - The visually-hidden "Đang tải…" text.
 *
 * @cssprop [--mc-color-border] - The colour of the shapes (mixed with the surface colour).
 * @cssprop [--mc-color-surface-alt] - The shimmer's highlight.
 * @cssprop [--mc-radius-sm] - Corner radius of text lines.
 * @cssprop [--mc-radius-md] - Corner radius of blocks and cards.
 */
export class McSkeleton extends McElement {
  static override tagName = 'mc-skeleton';

  static override styles = [
    hostStyles,
    blockHost,
    skeletonStyles,
  ];

  static override properties: PropertyDeclarations = {
    lines: { type: Number },
    variant: { reflect: true },
    height: {},
    decorative: { type: Boolean, reflect: true },
  };

  /** How many lines of text to suggest (text and card variants), 1–20. */
  lines = 3;

  /** `text` (lines), `block` (an image or map area) or `card`. */
  variant: SkeletonVariant = 'text';

  /** A CSS length reserving the content's height, e.g. `12rem` (set as a minimum: never clips). */
  height?: string;

  /** No status text and no role: for all but one of several skeletons in the same area. */
  decorative = false;

  /** Whether this element put `role="status"` on the host (and may take it away again). */
  private ownsRole = false;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.decorative) {
      if (this.ownsRole) this.removeAttribute('role');
      this.ownsRole = false;
    } else if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'status');
      this.ownsRole = true;
    }
  }

  private lineCount(): number {
    const n = Math.floor(Number(this.lines));
    if (!Number.isFinite(n) || n < 1 || n > MAX_LINES) {
      if (DEV) warnDev(`<mc-skeleton> lines="${this.getAttribute('lines') ?? this.lines}" is not valid; use a whole number from 1 to ${MAX_LINES}. Using 3.`);
      return 3;
    }
    return n;
  }

  private reservedHeight(): string | undefined {
    const h = this.height?.trim();
    if (!h) return undefined;
    if (typeof CSS !== 'undefined' && !CSS.supports('height', h)) {
      if (DEV) warnDev(`<mc-skeleton> height="${h}" is not a CSS length (e.g. "12rem"). Ignoring it.`);
      return undefined;
    }
    return h;
  }

  private renderLines(count: number) {
    return Array.from(
      { length: count },
      (_, i) => html`<div part="shape" class="shape line ${i === count - 1 && count > 1 ? 'last' : ''}"></div>`,
    );
  }

  override render() {
    const variant = this.oneOf('variant', this.variant, SKELETON_VARIANTS);
    const height = this.reservedHeight();
    let shapes;
    if (variant === 'block') shapes = html`<div part="shape" class="shape block"></div>`;
    else if (variant === 'card')
      shapes = html`<div part="shape" class="shape title"></div>
        <div class="lines">${this.renderLines(this.lineCount())}</div>
        <div part="shape" class="shape footer"></div>`;
    else shapes = this.renderLines(this.lineCount());
    return html`
      <div
        part="base"
        class="base ${variant} ${height ? 'has-height' : ''}"
        aria-hidden="true"
        ${cspStyle({ 'min-height': height })}
      >
        ${shapes}
      </div>
      ${this.decorative ? nothing : html`<span part="loading" class="visually-hidden">${this.msg('common.loading')}</span>`}
    `;
  }
}
