// <mc-stepper>: a step list or a progress bar.
// For portal developers building their own pages with the design system (a multi-page application
// form, a "3 of 5 ready" bar). No Một Cửa widget uses it: the dossier checklist draws its own
// small progress bar, so the CDN build does not carry this file.
import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { cspStyle } from '../base/csp-style.js';
import { McElement } from '../base/mc-element.js';
import { hostStyles } from '../base/styles.js';
import { stepperStyles } from './stepper.styles.js';

export const STEPPER_VARIANTS = ['steps', 'bar'] as const;
export type StepperVariant = (typeof STEPPER_VARIANTS)[number];

/** One step of a stepper. */
export interface StepperStep {
  label: string;
}

const check = svg`<path d="m5 10.5 3.25 3.25L15 7" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * Progress through a sequence: the steps of an application form, or how many documents are ready.
 *
 * `variant="steps"` (default) renders an `<ol>` of the steps; the one in progress has
 * `aria-current="step"`, and a visible line says "Bước 2/5: Nộp hồ sơ". The list runs across on wide
 * containers and down on narrow ones (container query), so it fits 320 px and 200% text.
 *
 * `variant="bar"` renders a `role="progressbar"` (`aria-valuenow` = `current`, `aria-valuemax` =
 * `total` or the number of steps) named by the `label` attribute ("3 trên 5 đã sẵn sàng").
 *
 * For portal developers building their own pages with the design system; no Một Cửa widget uses it.
 *
 * @summary A step list or a progress bar.
 *
 * @csspart summary - The "Bước 2/5: …" line (steps variant).
 * @csspart list - The `<ol>` (steps variant).
 * @csspart step - Each `<li>`; also `step-done`, `step-current` or `step-upcoming`.
 * @csspart marker - The decorative number or check mark of a step.
 * @csspart label - A step's label.
 * @csspart bar-label - The visible label of the bar (bar variant).
 * @csspart track - The progress bar's track, the element with `role="progressbar"` (bar variant).
 * @csspart indicator - The filled part of the track (bar variant).
 *
 * @cssprop [--mc-color-brand] - The current step and the bar's fill.
 * @cssprop [--mc-color-success] - Done steps.
 * @cssprop [--mc-color-border-strong] - Upcoming steps and the bar's track outline.
 */
export class McStepper extends McElement {
  static override tagName = 'mc-stepper';

  static override styles = [
    hostStyles,
    stepperStyles,
  ];

  static override messages = {
    vi: {
      'stepper.summary': 'Bước {step}/{total}: {label}',
      'stepper.complete': 'Đã hoàn thành cả {total} bước',
      'stepper.state.done': 'Đã xong',
      'stepper.state.current': 'Đang thực hiện',
      'stepper.state.upcoming': 'Chưa thực hiện',
      'stepper.progress': 'Đã xong {done}/{total}',
      'stepper.valueText': '{done} trên {total}',
    },
    en: {},
  };

  /** The steps, in order: `[{ label }]`. As an attribute, JSON. */
  @property({ type: Array }) steps: StepperStep[] = [];

  /**
   * How far along: the 0-based index of the step in progress, which is also the number of steps
   * done (`steps.length` = all done). For the bar, the value (`aria-valuenow`).
   */
  @property({ type: Number, reflect: true }) current = 0;

  /** For the bar without `steps`: the maximum (`aria-valuemax`). */
  @property({ type: Number }) total?: number;

  /** `steps` (default) or `bar`. */
  @property({ reflect: true }) variant: StepperVariant = 'steps';

  /** Bar: the visible label and accessible name ("3 trên 5 đã sẵn sàng"). Steps: the list's name. */
  @property() label?: string;

  private get count(): number {
    const steps = Array.isArray(this.steps) ? this.steps.length : 0;
    if (this.variant === 'bar' && typeof this.total === 'number' && Number.isFinite(this.total) && this.total > 0) {
      return Math.floor(this.total);
    }
    return steps;
  }

  private get done(): number {
    const n = Number(this.current);
    return Math.min(this.count, Math.max(0, Number.isFinite(n) ? Math.floor(n) : 0));
  }

  private renderBar() {
    const total = this.count;
    const done = this.done;
    const label = this.label || this.msg('stepper.progress', { done, total });
    const percent = total > 0 ? (done / total) * 100 : 0;
    return html`
      <p part="bar-label" class="bar-label" id="label">${label}</p>
      <div
        part="track"
        class="track"
        role="progressbar"
        aria-labelledby="label"
        aria-valuemin="0"
        aria-valuemax=${total}
        aria-valuenow=${done}
        aria-valuetext=${this.msg('stepper.valueText', { done, total })}
      >
        <div part="indicator" class="indicator" ${cspStyle({ width: `${percent}%` })}></div>
      </div>
    `;
  }

  private renderSteps() {
    const steps = Array.isArray(this.steps) ? this.steps : [];
    if (steps.length === 0) return nothing;
    const total = steps.length;
    const current = this.done;
    const summary =
      current < total
        ? this.msg('stepper.summary', { step: current + 1, total, label: steps[current]?.label ?? '' })
        : this.msg('stepper.complete', { total });
    return html`
      <p part="summary" class="summary">${summary}</p>
      <ol part="list" class="list" aria-label=${this.label || nothing}>
        ${steps.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
          return html`<li part="step step-${state}" class="step ${state}" aria-current=${state === 'current' ? 'step' : nothing}>
            <span part="marker" class="marker" aria-hidden="true"
              >${state === 'done' ? html`<svg viewBox="0 0 20 20" focusable="false">${check}</svg>` : index + 1}</span
            >
            <span part="label" class="label">${step.label} <span class="visually-hidden">${this.msg(`stepper.state.${state}`)}</span></span>
          </li>`;
        })}
      </ol>
    `;
  }

  override render() {
    const variant = this.oneOf('variant', this.variant, STEPPER_VARIANTS, 'steps');
    return variant === 'bar' ? this.renderBar() : this.renderSteps();
  }
}
