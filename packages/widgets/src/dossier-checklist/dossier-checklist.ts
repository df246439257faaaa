import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cspStyle } from '@motcua/ui';
import { formatDate } from '@motcua/ui/i18n/format';
import type { DossierComponent, DueIfFiledNow, ProcedureCase, ProcedureChannel, ProcedureDetail, UnitDetail } from '@motcua/contracts';
import { McWidget, englishMessages } from '../shared/widget.js';
import { heading } from '../shared/heading.js';
import { toFailure, type Failure } from '../shared/states.js';
import { renderFailure } from '../shared/state-views.js';
import { checklistMessages } from './messages.js';
import { DEFAULT_HOTLINE, FEEDBACK_URL, telHref } from '../shared/contact.js';
import { useAnswers } from '@motcua/sdk/core';
import { getProcedure } from '@motcua/sdk/answers/getProcedure';
import { checklistStyles } from './dossier-checklist.styles.js';

// The answers of the operations this widget calls, checked against the contract (only these
// schemas come with the widget: @motcua/sdk README, "Validation").
useAnswers(getProcedure);

/**
 * A procedure as the checklist needs it: the detail, with the unit (address) when known, and the
 * server's "due if filed now" per channel (the server owns the working-day calendar: the widget
 * carries no holiday list).
 */
export type ChecklistProcedure = ProcedureDetail & { unit?: UnitDetail | null; due?: DueIfFiledNow };

/**
 * The server's figure for a channel, when `due` has the shape the contract gives (DueIfFiledNow).
 * The SDK's shared answer table leaves `due` out so the other widgets do not download its shape
 * (packages/sdk/scripts/gen-contract.mjs, WIDGET_CHECKED): it is checked here. Anything else is
 * ignored and only the time limit's text is shown.
 */
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;
function dueFor(due: unknown, channel: string): { date: string; receivedOn: string; deferred: boolean } | undefined {
  const list = (due as DueIfFiledNow | undefined)?.channels;
  const x = Array.isArray(list) ? list.find((c) => c?.channel === channel) : undefined;
  return x && ISO_DAY.test(String(x.date)) && ISO_DAY.test(String(x.receivedOn)) ? { date: x.date!, receivedOn: x.receivedOn, deferred: x.deferred === true } : undefined;
}

/** Midday in Vietnam of an ISO date, for formatDate (a date, whatever the device's zone). */
const middayOf = (date: string): string => `${date}T12:00:00+07:00`;

export interface ChecklistChangeDetail {
  procedure: string;
  case: string;
  /** Ids of the ticked components, in catalog order. */
  checked: string[];
  ready: number;
  total: number;
}

const STORAGE_PREFIX = 'motcua.checklist.v1';
const CHANNEL_ORDER = ['in-person', 'online', 'postal'] as const;

/**
 * The papers a citizen must prepare for one procedure, exactly as the official catalog lists them
 * (and nothing more): by case when the papers differ, each with how many originals and copies,
 * the form to download, the electronic-form flag and a mark when the data can be reused from a
 * national database. Ticks are saved on the device per procedure and case. Shows the expected
 * result date if submitted today (working days, Vietnamese holidays, the 15:00 rule), fees and
 * time limits, where to submit, the citizen's rights, and prints as a clean A4 page.
 *
 * @summary Dossier checklist for one procedure, with ticks saved on the device and a print view.
 *
 * @attr procedure - The procedure code, e.g. `1.001193`.
 * @attr case - Preselect a case by its id (the citizen's own saved choice wins).
 * @attr api - Base URL of the Một Cửa API.
 * @attr unit - 5-digit code of the commune-level unit (its address and hotline are shown).
 * @attr theme - A theme id of `@motcua/tokens`.
 * @attr heading-level - Level of the widget's heading (2–5, default 2).
 * @attr compact - Hide the fees and the address on screen (shown by the surrounding page); they still print.
 *
 * @fires mc-checklist-change - A tick changed or a case was chosen. Detail: `{ procedure, case, checked: string[], ready, total }`.
 * @fires mc-ready - The list is on screen. Detail: `{ widget, unit }`.
 * @fires mc-error - Loading failed. Detail: `{ widget, code, message }`.
 *
 * @slot - Fallback content (e.g. a link to the procedure on the national portal), shown until the list has loaded.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The widget's heading.
 * @csspart procedure - The procedure's name and code.
 * @csspart case-picker - The case choice (`mc-radio-group`).
 * @csspart case-prompt - The prompt shown until a case is chosen.
 * @csspart progress - The progress bar and "3 trên 5 đã sẵn sàng".
 * @csspart list - The list of components.
 * @csspart component - One component.
 * @csspart component-meta - Originals/copies, form link, flags of a component.
 * @csspart form-link - The link to download a form template.
 * @csspart reuse - The "you may not need this paper" mark and its explanation.
 * @csspart due - The expected result date.
 * @csspart fees - Time limits and fees per channel.
 * @csspart where - Where to submit (the unit's address).
 * @csspart rights - The citizen's rights.
 * @csspart print-button - The print button.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart offline - The offline state.
 * @csspart not-found - The "procedure not found" state.
 * @csspart retry - The retry button of the error and offline states.
 * @csspart print-link - The link back to the page (printed only).
 * @csspart config-error - The message shown when `api` or `procedure` is missing.
 * @csspart saved - The note that ticks are saved on this device.
 * @csspart fallback - The wrapper of the fallback slot.
 *
 * @cssprop --mc-color-brand - Progress bar and links.
 * @cssprop --mc-color-success-subtle - Background of the reuse mark.
 */
export class McDossierChecklist extends McWidget {
  static override tagName = 'mc-dossier-checklist';
  static override messages = checklistMessages;
  static override lazyMessages = { en: englishMessages(() => import('./messages.en.js')) };

  static override styles = checklistStyles;

  /** The procedure code, e.g. `1.001193`. */
  @property({ reflect: true }) procedure = '';

  /** Preselected case id. */
  @property({ attribute: 'case' }) caseId = '';

  /** The procedure already loaded by the page (the lookup widget passes it): no request is made. */
  @property({ attribute: false }) procedureData?: ChecklistProcedure;

  /** Level of the widget's heading (2–5). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide fees and address on screen (they still print). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private status: 'loading' | 'ready' | 'failure' = 'loading';
  @state() private failure?: Failure;
  @state() private detail?: ChecklistProcedure;
  @state() private chosenCase = '';
  @state() private checked = new Set<string>();

  private abort?: AbortController;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('procedureData') && this.procedureData) {
      this.abort?.abort();
      this.setDetail(this.procedureData);
    } else if (!this.procedureData && (changed.has('procedure') || changed.has('api') || changed.has('unit'))) {
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override backOnline(): void {
    if (this.status === 'failure' && this.failure?.kind === 'offline') void this.load();
  }

  /** Fetches the procedure (with the unit's address when `unit` is set). */
  async load(): Promise<void> {
    this.abort?.abort();
    const client = this.client;
    if (!client || !this.procedure) return;
    const controller = (this.abort = new AbortController());
    this.status = 'loading';
    this.failure = undefined;
    try {
      const detail = await client.getProcedure(this.procedure, { unit: this.unitValid ? this.unit : undefined, signal: controller.signal });
      if (controller.signal.aborted) return;
      this.setDetail(detail);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.failure = toFailure(error);
      this.status = 'failure';
      this.reportError(this.failure);
    }
  }

  private setDetail(detail: ChecklistProcedure): void {
    this.detail = detail;
    this.status = 'ready';
    const cases = detail.cases;
    const saved = this.read(`${detail.code}:case`);
    const pick = [saved, this.caseId].find((id) => id && cases.some((c) => c.id === id));
    this.chosenCase = pick ?? (cases.length === 1 ? cases[0]!.id : '');
    this.restoreTicks();
    this.markReady();
  }

  // ---------------------------------------------------------------------------------------------
  // Device storage (localStorage; private browsing or a full quota simply means nothing is saved)
  // ---------------------------------------------------------------------------------------------

  private read(key: string): string | null {
    try {
      return localStorage.getItem(`${STORAGE_PREFIX}:${key}`);
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      localStorage.setItem(`${STORAGE_PREFIX}:${key}`, value);
    } catch {
      /* nothing saved: the list still works for this visit */
    }
  }

  private restoreTicks(): void {
    const c = this.currentCase;
    if (!this.detail || !c) {
      this.checked = new Set();
      return;
    }
    let ids: unknown = [];
    try {
      ids = JSON.parse(this.read(`${this.detail.code}:${c.id}`) ?? '[]');
    } catch {
      ids = [];
    }
    const valid = new Set(c.components.map((x) => x.id));
    this.checked = new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && valid.has(id)) : []);
  }

  private get currentCase(): ProcedureCase | undefined {
    return this.detail?.cases.find((c) => c.id === this.chosenCase);
  }

  private onCase(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    if (!this.detail) return;
    this.chosenCase = event.detail.value;
    this.write(`${this.detail.code}:case`, this.chosenCase);
    this.restoreTicks();
    this.changed();
  }

  private onTick(component: DossierComponent, event: CustomEvent<{ checked: boolean }>): void {
    event.stopPropagation();
    const c = this.currentCase;
    if (!this.detail || !c) return;
    const next = new Set(this.checked);
    if (event.detail.checked) next.add(component.id);
    else next.delete(component.id);
    this.checked = next;
    this.write(`${this.detail.code}:${c.id}`, JSON.stringify([...next]));
    // The case the citizen ticked in is their case: it comes back with the ticks after a reload.
    this.write(`${this.detail.code}:case`, c.id);
    this.changed();
  }

  private changed(): void {
    const c = this.currentCase;
    if (!this.detail || !c) return;
    const checked = c.components.filter((x) => this.checked.has(x.id)).map((x) => x.id);
    this.emit<ChecklistChangeDetail>('mc-checklist-change', {
      procedure: this.detail.code,
      case: c.id,
      checked,
      ready: checked.length,
      total: c.components.length,
    });
  }

  private print(): void {
    window.print();
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const level = Math.min(5, Math.max(2, this.headingLevel || 2));
    if (!this.procedure && !this.procedureData) {
      return html`<p part="config-error" role="alert">${this.msg('checklist.noProcedure')}</p>${this.renderFallback()}`;
    }
    if (!this.procedureData && !this.apiValid) {
      return html`<mc-alert part="config-error" status="danger" heading=${this.msg('state.config.heading')}>${this.msg('state.config.api')}</mc-alert>${this.renderFallback()}`;
    }
    if (this.status === 'loading') {
      return html`<div class="base" part="base">
          ${heading(level, this.msg('checklist.heading'), { class: 'heading', part: 'heading' })}
          <mc-skeleton part="loading" variant="card" lines="8" height="28rem"></mc-skeleton>
        </div>
        ${this.renderFallback()}`;
    }
    if (this.status === 'failure' && this.failure) {
      const body =
        this.failure.kind === 'not-found'
          ? html`<mc-alert part="not-found" status="warning" heading=${this.msg('checklist.notFound.heading')} heading-level=${level + 1}
              >${this.msg('checklist.notFound.body', { code: this.procedure })}</mc-alert
            >`
          : renderFailure(this.msg.bind(this), this.failure, () => void this.load(), level + 1);
      return html`<div class="base" part="base">${heading(level, this.msg('checklist.heading'), { class: 'heading', part: 'heading' })}${body}</div>
        ${this.renderFallback()}`;
    }
    const d = this.detail!;
    const c = this.currentCase;
    return html`<section class="base" part="base" aria-labelledby="checklist-heading">
      ${heading(level, this.msg('checklist.heading'), { class: 'heading', part: 'heading', id: 'checklist-heading' })}
      <p part="procedure">${this.msg('checklist.procedure', { name: d.name, code: d.code })}</p>
      ${d.cases.length > 1
        ? html`<mc-radio-group
            part="case-picker"
            class="no-print"
            label=${this.msg('checklist.case.label')}
            hint=${this.msg('checklist.case.hint')}
            .options=${d.cases.map((x) => ({ value: x.id, label: x.name, description: x.description || undefined }))}
            .value=${this.chosenCase}
            @mc-change=${this.onCase}
          ></mc-radio-group>`
        : nothing}
      ${c ? this.renderCase(d, c) : html`<p part="case-prompt" class="prompt">${this.msg('checklist.case.pick')}</p>`}
      ${this.renderDue(d, level + 1)} ${this.renderFees(d, level + 1)} ${this.renderWhere(d, level + 1)} ${this.renderRights(d, level + 1)}
      <div class="actions no-print">
        <mc-button part="print-button" variant="secondary" type="button" @click=${this.print}>${this.msg('checklist.print')}</mc-button>
      </div>
      <p class="print-only" part="print-link">
        ${this.msg('checklist.print.link', { url: location.href })} · ${this.msg('checklist.print.printed', { date: formatDate(new Date(), this.locale) })}
      </p>
    </section>`;
  }

  private renderCase(d: ChecklistProcedure, c: ProcedureCase): TemplateResult {
    const total = c.components.length;
    const ready = c.components.filter((x) => this.checked.has(x.id)).length;
    const percent = total ? Math.round((ready / total) * 100) : 0;
    return html`
      ${d.cases.length > 1 ? html`<p class="print-only case-name">${this.msg('checklist.case.chosen', { name: c.name })}</p>` : nothing}
      <div class="progress" part="progress">
        <div class="bar no-print" aria-hidden="true"><span ${cspStyle({ width: `${percent}%` })}></span></div>
        <p class="progress-text" role="status">
          ${ready === total && total > 0 ? this.msg('checklist.progress.done', { total }) : this.msg('checklist.progress', { ready, total })}
        </p>
      </div>
      <ul class="list" part="list" aria-label=${this.msg('checklist.list.label')}>
        ${c.components.map((x) => this.renderComponent(x))}
      </ul>
      <p class="muted no-print" part="saved">${this.msg('checklist.saved')}</p>
    `;
  }

  private renderComponent(x: DossierComponent): TemplateResult {
    const count = this.msg('checklist.copies', { originals: x.originals, copies: x.copies });
    return html`<li class="component" part="component" data-id=${x.id}>
      <mc-checkbox
        .label=${x.name}
        .description=${x.description}
        .checked=${this.checked.has(x.id)}
        value=${x.id}
        @mc-change=${(e: CustomEvent<{ checked: boolean }>) => this.onTick(x, e)}
      ></mc-checkbox>
      <div class="meta" part="component-meta">
        <span>${count || this.msg('checklist.showOnly')}</span>
        ${x.required ? nothing : html`<span>${this.msg('checklist.optional')}</span>`}
        ${x.form
          ? html`<a part="form-link" href=${x.form.url} target="_blank" rel="noopener" title=${this.msg('checklist.form.name', { name: x.form.name })}
              >${this.msg('checklist.form', { code: x.form.code })}<span class="visually-hidden"> ${this.msg('checklist.newTab')}</span></a
            >`
          : nothing}
        ${x.electronicForm ? html`<mc-badge status="info">${this.msg('checklist.eform')}</mc-badge>` : nothing}
        ${x.reusableData
          ? html`<div class="reuse" part="reuse">
              <mc-badge status="success">${this.msg('checklist.reuse.badge')}</mc-badge>
              <span>${this.msg(`checklist.reuse.${x.reusableData.source}`)} ${x.reusableData.note}</span>
            </div>`
          : nothing}
      </div>
    </li>`;
  }

  private mainChannel(d: ChecklistProcedure): ProcedureChannel | undefined {
    return d.channels.find((ch) => ch.channel === 'in-person') ?? d.channels[0];
  }

  private renderDue(d: ChecklistProcedure, level: number): TemplateResult | typeof nothing {
    const ch = this.mainChannel(d);
    if (!ch) return nothing;
    // The server's figure (GET /v1/procedures/{code} → due), computed on its calendar and clock.
    const due = dueFor(d.due, ch.channel);
    return html`<section part="due" aria-labelledby="due-heading">
      ${heading(level, this.msg('checklist.due.heading'), { class: 'sub', id: 'due-heading' })}
      ${due?.date
        ? html`<p class="due-date">${this.msg('checklist.due.today', { date: formatDate(middayOf(due.date), this.locale) })}</p>
            ${due.deferred
              ? html`<p>${this.msg('checklist.due.deferred', { cutoff: ch.timeLimit.sameDayCutoff ?? '15:00', from: formatDate(middayOf(due.receivedOn), this.locale) })}</p>`
              : nothing}
            <p class="muted">${this.msg('checklist.due.note', { text: ch.timeLimit.text })}</p>`
        : html`<p>${this.msg('checklist.due.unknown', { text: ch.timeLimit.text })}</p>`}
    </section>`;
  }

  private renderFees(d: ChecklistProcedure, level: number): TemplateResult | typeof nothing {
    if (!d.channels.length) return nothing;
    const channels = [...d.channels].sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel));
    return html`<section part="fees" class="screen-compact" aria-labelledby="fees-heading">
      ${heading(level, this.msg('checklist.fees.heading'), { class: 'sub', id: 'fees-heading' })}
      <dl>
        ${channels.map(
          (ch) => html`<div class="channel">
            <dt>${this.msg(`checklist.channel.${ch.channel}`)}</dt>
            <dd>${this.msg('checklist.timeLimit')}: ${ch.timeLimit.text}</dd>
            <dd>${this.msg('checklist.fee')}: ${ch.fee.text}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }

  private renderWhere(d: ChecklistProcedure, level: number): TemplateResult | typeof nothing {
    const unit = d.unit;
    return html`<section part="where" class="screen-compact" aria-labelledby="where-heading">
      ${heading(level, this.msg('checklist.where.heading'), { class: 'sub', id: 'where-heading' })}
      ${unit
        ? html`<p><strong>${unit.fullName}</strong>${unit.contact?.address ? html`, ${unit.contact.address}` : nothing}</p>
            ${unit.contact?.phone ? html`<p>${this.msg('checklist.where.phone', { phone: unit.contact.phone })}</p>` : nothing}`
        : nothing}
      <p class=${unit ? 'muted' : ''}>${d.whereToSubmit}</p>
    </section>`;
  }

  private renderRights(d: ChecklistProcedure, level: number): TemplateResult {
    const hotline = d.unit?.contact?.hotline || DEFAULT_HOTLINE;
    const hasReuse = d.cases.some((c) => c.components.some((x) => x.reusableData));
    return html`<section class="rights" part="rights" aria-labelledby="rights-heading">
      ${heading(level, this.msg('checklist.rights.heading'), { class: 'sub', id: 'rights-heading' })}
      <p>${this.msg('checklist.rights.only', { decision: d.decisionNumber })}</p>
      ${hasReuse ? html`<p>${this.msg('checklist.rights.reuse')}</p>` : nothing}
      <p>
        ${this.msg('checklist.rights.report')}
        <a href=${FEEDBACK_URL} target="_blank" rel="noopener"
          >${this.msg('checklist.rights.link')}<span class="visually-hidden"> ${this.msg('checklist.newTab')}</span></a
        >
        · <a href=${telHref(hotline)}>${hotline}</a>
      </p>
    </section>`;
  }
}
