import { css, html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { token } from '../base/index.js';
import { withFormMessages } from '../base/form-control.js';
import { McRadioGroup, type RadioOption } from '../radio-group/radio-group.js';

export interface RatingLevel {
  value: string;
  label: string;
}

const DEFAULT_LEVELS = ['1', '2', '3', '4', '5'];

/**
 * A rating question answered on a scale of LABELLED levels (radio buttons): by default 1–5 from
 * "Rất không hài lòng" to "Rất hài lòng", or custom `levels` (e.g. the 0/1/2 criteria of the
 * service-quality evaluation). The labels are always visible, not only the numbers. The levels
 * sit side by side and stack vertically when the component is narrower than 30em (480px at
 * default text size, so also at 200% zoom on a phone). Arrow keys move between the levels.
 *
 * @summary Rating scale: a radio group with labelled levels.
 *
 * @fires mc-change - When the user picks a level. Detail: `{ value: string, label: string }`.
 *
 * @csspart fieldset - The `<fieldset>`.
 * @csspart legend - The question.
 * @csspart required - The "(bắt buộc)" marker.
 * @csspart hint - The hint text.
 * @csspart options - The row (or column) of levels.
 * @csspart item - One level's wrapper.
 * @csspart option - One level (a `<label>` tile).
 * @csspart radio - A native radio input.
 * @csspart level-value - A level's number.
 * @csspart option-label - A level's label text.
 * @csspart error - The error message ("Vui lòng chọn một mức").
 *
 * @cssprop --mc-color-brand - Checked colour and border of the chosen level.
 * @cssprop --mc-color-brand-subtle - Background of the chosen level.
 * @cssprop --mc-color-border - Border of the levels.
 */
export class McRatingScale extends McRadioGroup {
  static override tagName = 'mc-rating-scale';

  static override messages = withFormMessages({
    vi: {
      'rating-scale.valueMissing': 'Vui lòng chọn một mức',
      'rating-scale.level.1': 'Rất không hài lòng',
      'rating-scale.level.2': 'Không hài lòng',
      'rating-scale.level.3': 'Bình thường',
      'rating-scale.level.4': 'Hài lòng',
      'rating-scale.level.5': 'Rất hài lòng',
    },
    en: {
      'rating-scale.valueMissing': 'Please choose a level',
      'rating-scale.level.1': 'Very dissatisfied',
      'rating-scale.level.2': 'Dissatisfied',
      'rating-scale.level.3': 'Neither satisfied nor dissatisfied',
      'rating-scale.level.4': 'Satisfied',
      'rating-scale.level.5': 'Very satisfied',
    },
  });

  static override styles = [
    ...McRadioGroup.styles,
    css`
      :host {
        container-type: inline-size;
      }
      /* [data-orientation] (always set) to win over the radio group's horizontal layout */
      .options[data-orientation] {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
        gap: ${token('space-2')};
      }
      .item {
        display: flex;
      }
      .option {
        flex: 1;
        flex-direction: column;
        align-items: center;
        gap: ${token('space-1')};
        padding: ${token('space-3')} ${token('space-2')};
        text-align: center;
        border: 2px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
        background: ${token('color-surface')};
      }
      .option:hover,
      .option:has(input:checked) {
        border-color: ${token('color-brand')};
      }
      .option:has(input:checked) {
        background: ${token('color-brand-subtle')};
      }
      .option:has(input:focus-visible) {
        border-color: ${token('color-focus')};
      }
      input {
        margin-block-start: 0;
      }
      .level-value,
      .option-label {
        line-height: ${token('line-height-tight')};
      }
      .level-value {
        font-size: ${token('font-size-lg')};
        font-weight: ${token('font-weight-bold')};
      }
      .option-label {
        font-size: ${token('font-size-sm')};
      }
      @container (max-width: 30em) {
        .options[data-orientation] {
          grid-auto-flow: row;
        }
        .option {
          flex-direction: row;
          align-items: center;
          gap: ${token('space-3')};
          text-align: start;
          padding: ${token('space-2')} ${token('space-3')};
        }
        .level-value {
          min-width: 1.5em;
        }
        .level-value,
        .option-label {
          font-size: ${token('font-size-md')};
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    levels: { attribute: false },
  };

  /**
   * The levels, lowest first: `[{ value, label }]`. Defaults to 1–5 with the catalog's labels
   * ("Rất không hài lòng" … "Rất hài lòng").
   */
  levels?: RatingLevel[];

  protected override valueMissingKey = 'rating-scale.valueMissing';

  protected override choices(): RadioOption[] {
    if (this.levels && this.levels.length) return this.levels;
    return DEFAULT_LEVELS.map((value) => ({ value, label: this.msg(`rating-scale.level.${value}`) }));
  }

  protected override renderOptionContent(option: RadioOption): TemplateResult {
    return html`<span class="level-value" part="level-value">${option.value}</span>
      <span class="option-label" part="option-label">${option.label}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-rating-scale': McRatingScale;
  }
}
