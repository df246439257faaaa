import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { McElement } from '../base/mc-element.js';
import { blockHost, hostStyles, statusColors } from '../base/styles.js';
import { formatDateTime, toDateTimeAttribute, type DateInput } from '../i18n/format.js';
import { timelineStyles } from './timeline.styles.js';

export const TIMELINE_STATES = ['done', 'current', 'upcoming', 'late', 'on-time', 'early'] as const;
export type TimelineState = (typeof TIMELINE_STATES)[number];

/** One event of a timeline. */
export interface TimelineItem {
  /** What happened or will happen: "Tiếp nhận hồ sơ". */
  title: string;
  /** More detail, shown under the title. */
  description?: string;
  /** When: an ISO date-time ("2026-11-03T14:05:00+07:00"), a timestamp or a Date. Shown in Vietnam time. */
  at?: DateInput;
  /** `done` (default), `current`, `upcoming`, or a deadline outcome: `late`, `on-time`, `early`. */
  state?: TimelineState;
  /** A secondary line, e.g. the office that handled the step. */
  meta?: string;
}

/** States whose name is shown as a visible tag, with the tag's colours; the others say it to screen readers only. */
const TAG_TONE: Partial<Record<TimelineState, string>> = { current: 'info', late: 'danger', 'on-time': 'success', early: 'success' };

// Stroke, caps and joins come from the `.marker svg` rule in the styles; circles are filled.
const check = svg`<path d="m5 10.5 3.25 3.25L15 7"/>`;
const MARKERS: Record<TimelineState, ReturnType<typeof svg>> = {
  done: check,
  'on-time': check,
  early: check,
  current: svg`<circle cx="10" cy="10" r="4"/>`,
  upcoming: svg``,
  late: svg`<path d="M10 5.5v5.5"/><circle cx="10" cy="14.25" r="1.25"/>`,
};

/**
 * An ordered list of dated events, each with a state — the processing history of a dossier, or
 * the rows of a process-control slip ("phiếu kiểm soát quá trình") with each step's deadline
 * outcome. Every state is said in words, not only by colour or marker shape: a visible tag for
 * current/late/on-time/early, visually-hidden text for done/upcoming. Times are `<time datetime>`
 * shown in the page language and Vietnam's time zone ("14:05, 03/11/2026").
 *
 * @summary An ordered list of events with dates and states.
 *
 * @csspart list - The `<ol>`.
 * @csspart item - Each `<li>`; also `item-<state>` (e.g. `item-late`) for per-state styling.
 * @csspart marker - The decorative marker on the line.
 * @csspart content - The text of an item.
 * @csspart title - The item's title.
 * @csspart tag - The visible state tag (current, late, on-time, early).
 * @csspart when - The line with time and meta.
 * @csspart time - The `<time>` element.
 * @csspart meta - The item's meta text.
 * @csspart description - The item's description.
 *
 * @cssprop [--mc-color-border] - The connecting line and the upcoming marker.
 * @cssprop [--mc-color-brand] - The current marker.
 * @cssprop [--mc-color-success] - Done, on-time and early markers.
 * @cssprop [--mc-color-danger] - The late marker.
 */
export class McTimeline extends McElement {
  static override tagName = 'mc-timeline';

  static override styles = [
    hostStyles,
    blockHost,
    timelineStyles,
    statusColors,
  ];

  static override messages = {
    vi: {
      'timeline.state.done': 'Đã hoàn thành',
      'timeline.state.current': 'Đang thực hiện',
      'timeline.state.upcoming': 'Chưa thực hiện',
      'timeline.state.late': 'Quá hạn',
      'timeline.state.on-time': 'Đúng hạn',
      'timeline.state.early': 'Trước hạn',
    },
    en: {},
  };

  static override properties: PropertyDeclarations = {
    items: { type: Array },
    label: {},
  };

  /**
   * The events, in order: `[{ title, description?, at?, state?, meta? }]`. As an attribute, JSON.
   */
  items: TimelineItem[] = [];

  /** An accessible name for the list, e.g. "Quá trình xử lý hồ sơ". */
  label?: string;

  private renderItem(item: TimelineItem, index: number) {
    const state = this.oneOf(`items[${index}].state`, item.state, TIMELINE_STATES);
    const stateLabel = this.msg(`timeline.state.${state}`);
    const tone = TAG_TONE[state];
    const when = formatDateTime(item.at, this.locale);
    return html`<li part="item item-${state}" class="item ${state}" aria-current=${state === 'current' ? 'step' : nothing}>
      <span part="marker" class="marker" aria-hidden="true"><svg viewBox="0 0 20 20" focusable="false">${MARKERS[state]}</svg></span>
      <div part="content" class="content">
        <p part="title" class="title">
          ${item.title}${tone
            ? html` <span part="tag" class="tag ${tone}">${stateLabel}</span>`
            : html` <span class="visually-hidden">${stateLabel}</span>`}
        </p>
        ${when || item.meta
          ? html`<p part="when" class="when">
              ${when ? html`<time part="time" datetime=${toDateTimeAttribute(item.at)}>${when}</time>` : nothing}
              ${item.meta ? html`<span part="meta">${item.meta}</span>` : nothing}
            </p>`
          : nothing}
        ${item.description ? html`<p part="description" class="description">${item.description}</p>` : nothing}
      </div>
    </li>`;
  }

  override render() {
    const items = Array.isArray(this.items) ? this.items : [];
    return items.length
      ? html`<ol part="list" class="list" aria-label=${this.label || nothing}>
          ${items.map((item, index) => this.renderItem(item, index))}
        </ol>`
      : nothing;
  }
}
