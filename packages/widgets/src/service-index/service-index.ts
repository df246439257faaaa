import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { UnitStats } from '@motcua/contracts';
import { token } from '@motcua/ui';
import { formatDate } from '@motcua/ui/i18n/format';
import { McWidget, englishMessages } from '../shared/widget.js';
import { widgetStyles } from '../shared/styles.js';
import { toFailure, type Failure } from '../shared/states.js';
import { renderConfigError, renderFailure } from '../shared/state-views.js';
import { indexMessages } from './messages.js';
import { renderChart } from './chart.js';
import { useAnswers } from '@motcua/sdk/core';
import { getUnit } from '@motcua/sdk/answers/getUnit';
import { getUnitStats } from '@motcua/sdk/answers/getUnitStats';

// The answers of the operations this widget calls, checked against the contract (only these
// schemas come with the widget: @motcua/sdk README, "Validation").
useAnswers(getUnit, getUnitStats);

type Phase = 'loading' | 'ready' | 'empty' | 'not-found' | 'offline' | 'error';

/**
 * A small public panel of how a commune serves its citizens over the last 12 months, from
 * `GET /v1/units/{code}/stats`: share of dossiers resolved on time, dossiers late, share
 * submitted online and satisfaction, plus a column chart of the months with its text alternative
 * (a data table behind "Xem bảng số liệu"). A rate with nothing to divide by reads "Chưa có dữ
 * liệu", never "0 %".
 *
 * @summary A unit's dossier handling figures (kết quả giải quyết hồ sơ) — its own four figures, not the
 * official 100-point index of Decision 766/QĐ-TTg, and the widget says so.
 *
 * @fires mc-ready - Once, when the figures are on screen. Detail: `{ widget, unit }`.
 * @fires mc-error - Loading failed. Detail: `{ widget, code, message }`.
 *
 * @slot - Fallback content (e.g. a link to the province's published report), shown until the figures are.
 *
 * @csspart base - The section.
 * @csspart heading - The heading.
 * @csspart figures - The list of the figures (dossiers on time, late, online, satisfaction, feedback answered on time).
 * @csspart figure - One figure.
 * @csspart value - A figure's value.
 * @csspart chart - The SVG chart.
 * @csspart legend - The chart's legend.
 * @csspart toggle - The "Xem bảng số liệu" button.
 * @csspart table - The data table.
 * @csspart loading - Loading placeholder.
 * @csspart empty - No data.
 * @csspart offline - Offline state with retry.
 * @csspart error - Error state with retry.
 *
 * @cssprop --mc-color-success - On-time columns.
 * @cssprop --mc-color-danger - Late columns (hatched).
 * @cssprop --mc-color-surface-alt - Background of the figures.
 */
export class McServiceIndex extends McWidget {
  static override tagName = 'mc-service-index';
  static override messages = indexMessages;
  static override lazyMessages = { en: englishMessages(() => import('./messages.en.js')) };

  static override styles = [
    ...widgetStyles,
    css`
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
        gap: ${token('space-3')};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .figure {
        display: grid;
        gap: ${token('space-1')};
        align-content: start;
        padding: ${token('space-3')} ${token('space-4')};
        border-radius: ${token('radius-md')};
        background: ${token('color-surface-alt')};
      }
      .figure-label {
        font-weight: ${token('font-weight-bold')};
      }
      .value {
        font-size: ${token('font-size-2xl')};
        font-weight: ${token('font-weight-bold')};
        line-height: ${token('line-height-tight')};
        color: ${token('color-brand')};
      }
      .chart {
        display: block;
        width: 100%;
        height: auto;
        max-height: 16rem;
      }
      .on-time {
        fill: ${token('color-success')};
      }
      .late-bg {
        fill: ${token('color-danger-subtle')};
      }
      .late-line {
        stroke: ${token('color-danger')};
      }
      .late {
        stroke: ${token('color-danger')};
        stroke-width: 1;
      }
      .axis,
      .grid {
        stroke: ${token('color-border')};
        stroke-width: 1;
      }
      .grid {
        stroke-dasharray: 4 4;
      }
      .tick {
        fill: ${token('color-text-muted')};
        font-size: 11px;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')} ${token('space-4')};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .swatch {
        display: inline-block;
        width: 1em;
        height: 1em;
        margin-inline-end: ${token('space-1')};
        vertical-align: -0.15em;
        border: 1px solid ${token('color-border-strong')};
      }
      .swatch.on-time-swatch {
        background: ${token('color-success')};
      }
      .swatch.late-swatch {
        background: repeating-linear-gradient(45deg, ${token('color-danger')} 0 2px, ${token('color-danger-subtle')} 2px 5px);
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: start;
        font-weight: ${token('font-weight-bold')};
        padding-block-end: ${token('space-2')};
      }
      th,
      td {
        padding: ${token('space-1')} ${token('space-2')};
        border-bottom: 1px solid ${token('color-border')};
        text-align: end;
      }
      th[scope='row'],
      thead th:first-child {
        text-align: start;
      }
      @media (forced-colors: active) {
        .on-time {
          fill: CanvasText;
        }
        .late-bg {
          fill: Canvas;
        }
        .late-line {
          stroke: CanvasText;
        }
      }
    `,
  ];

  /** Level of the heading (2–4). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private phase: Phase = 'loading';
  @state() private stats: UnitStats | undefined;
  @state() private unitName = '';
  @state() private failure: Failure | undefined;
  /** Shows the data table (the chart's text alternative) open; the citizen toggles it. */
  @property({ type: Boolean, attribute: 'show-table' }) tableOpen = false;

  private seq = 0;

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('unit') || changed.has('api')) && this.apiValid && this.unitValid) void this.load();
  }

  protected override backOnline(): void {
    if (this.phase === 'offline') void this.load();
  }

  /** (Re)loads the figures. */
  async load(): Promise<void> {
    const client = this.client;
    if (!client || !this.unitValid) return;
    const seq = ++this.seq;
    this.phase = 'loading';
    try {
      const [stats, unit] = await Promise.all([client.getUnitStats(this.unit), client.getUnit(this.unit).catch(() => undefined)]);
      if (seq !== this.seq) return;
      const empty = stats.received === 0 && stats.resolved === 0;
      // <mc-empty-state> is needed only by a unit without figures: imported then (see define.ts).
      // Should it fail to load (offline, figures from the cache), its text still shows, unstyled.
      if (empty) await import('@motcua/ui/empty-state/define').catch(() => undefined);
      if (seq !== this.seq) return;
      this.stats = stats;
      this.unitName = unit?.fullName ?? '';
      this.phase = empty ? 'empty' : 'ready';
      this.markReady();
    } catch (error) {
      if (seq !== this.seq) return;
      const failure = toFailure(error);
      this.failure = failure;
      this.phase = failure.kind === 'offline' ? 'offline' : failure.kind === 'not-found' ? 'not-found' : 'error';
      this.reportError(failure);
    }
  }

  private percent(rate: number | null): string {
    return rate === null ? this.msg('index.noData') : this.msg('index.percent', { value: Math.round(rate * 100) });
  }

  private monthLabels(long: boolean): string[] {
    return (this.stats?.monthly ?? []).map(({ month }) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      if (this.locale === 'en') {
        const d = new Date(Date.UTC(y, m - 1, 15));
        return new Intl.DateTimeFormat('en-GB', long ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' }).format(d);
      }
      return long ? this.msg('index.month', { month: String(m), year: String(y) }) : this.msg('index.monthShort', { month: String(m) });
    });
  }

  private heading() {
    const text = this.unitName ? this.msg('index.headingUnit', { unit: this.unitName }) : this.msg('index.heading');
    const level = Math.min(4, Math.max(2, this.headingLevel || 2));
    if (level === 3) return html`<h3 part="heading">${text}</h3>`;
    if (level === 4) return html`<h4 part="heading">${text}</h4>`;
    return html`<h2 part="heading">${text}</h2>`;
  }

  private renderReady() {
    const s = this.stats!;
    const from = formatDate(s.period.from, this.locale);
    const to = formatDate(s.period.to, this.locale);
    const short = this.monthLabels(false);
    const long = this.monthLabels(true);
    const figure = (label: string, value: string, detail: string) =>
      html`<li class="figure" part="figure">
        <span class="figure-label">${label}</span>
        <span class="value" part="value">${value}</span>
        <span class="muted">${detail}</span>
      </li>`;
    return html`<p class="muted">${this.msg('index.period', { from, to })}. ${this.msg('index.about')}</p>
      <ul class="figures" part="figures">
        ${figure(this.msg('index.onTime'), this.percent(s.onTimeRate), this.msg('index.onTimeDetail', { onTime: s.resolvedOnTime, resolved: s.resolved }))}
        ${figure(this.msg('index.overdue'), this.msg('index.overdueValue', { count: s.overdue }), this.msg('index.overdueDetail'))}
        ${figure(this.msg('index.online'), this.percent(s.onlineShare), this.msg('index.onlineDetail', { received: s.received }))}
        ${figure(
          this.msg('index.satisfaction'),
          this.percent(s.satisfactionRate),
          this.msg('index.satisfactionDetail', { evaluations: s.evaluationResponses, surveys: s.surveyResponses }),
        )}
        ${s.feedback
          ? figure(
              this.msg('index.feedback'),
              this.percent(s.feedback.onTimeRate),
              this.msg('index.feedbackDetail', {
                received: s.feedback.received,
                answered: s.feedback.answered,
                late: s.feedback.answeredLate,
                overdue: s.feedback.openOverdue,
                notResolved: s.feedback.notResolved,
              }),
            )
          : nothing}
      </ul>
      ${s.monthly.length
        ? html`<h3>${this.msg('index.chart.heading')}</h3>
            ${renderChart(s.monthly, short, this.msg('index.chart.title', { from, to }))}
            <ul class="legend" part="legend">
              <li><span class="swatch on-time-swatch" aria-hidden="true"></span>${this.msg('index.chart.onTime')}</li>
              <li><span class="swatch late-swatch" aria-hidden="true"></span>${this.msg('index.chart.overdue')}</li>
            </ul>
            <div class="actions">
              <mc-button part="toggle" type="button" variant="secondary" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${() => (this.tableOpen = !this.tableOpen)}
                >${this.msg(this.tableOpen ? 'index.table.hide' : 'index.table.show')}</mc-button
              >
            </div>
            <div class="table-wrap" id="data-table" ?hidden=${!this.tableOpen}>
              <table part="table">
                <caption>${this.msg('index.table.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.msg('index.table.month')}</th>
                    <th scope="col">${this.msg('index.table.received')}</th>
                    <th scope="col">${this.msg('index.table.onTime')}</th>
                    <th scope="col">${this.msg('index.table.overdue')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${s.monthly.map(
                    (m, i) => html`<tr>
                      <th scope="row">${long[i]}</th>
                      <td>${m.received}</td>
                      <td>${m.resolvedOnTime}</td>
                      <td>${m.overdue}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}`;
  }

  private renderBody() {
    switch (this.phase) {
      case 'loading':
        return html`<mc-skeleton part="loading" variant="card" height="24rem"></mc-skeleton>`;
      case 'empty':
        return html`<mc-empty-state part="empty" heading=${this.msg('index.empty.heading')} heading-level="3" illustration="documents"
          >${this.msg('index.empty.body')}</mc-empty-state
        >`;
      case 'not-found':
        return html`<mc-alert part="error" status="danger">${this.msg('index.notFound', { unit: this.unit })}</mc-alert>`;
      case 'offline':
      case 'error':
        return renderFailure(this.msg.bind(this), this.failure!, () => void this.load());
      case 'ready':
        return this.renderReady();
    }
  }

  override render() {
    const problems: string[] = [];
    if (!this.apiValid) problems.push('state.config.api');
    if (!this.unitValid) problems.push('state.config.unit');
    if (problems.length) return html`${renderConfigError(this.msg.bind(this), problems)}${this.renderFallback()}`;
    return html`<section class="panel" part="base" aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>${this.heading()} ${this.renderBody()}</section
      >${this.renderFallback()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-service-index': McServiceIndex;
  }
}
