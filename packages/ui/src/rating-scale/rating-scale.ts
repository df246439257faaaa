import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { withFormMessages } from '../base/form-control.js';
import { McRadioGroup, type RadioOption } from '../radio-group/radio-group.js';
import { ratingScaleStyles } from './rating-scale.styles.js';

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
    en: {},
  });

  static override styles = [
    ...McRadioGroup.styles,
    ratingScaleStyles,
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
