import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedbackKind, FeedbackReceipt, FeedbackView, PublicFeedbackList } from '@motcua/contracts';
// The rules' numbers without zod (the schemas use the same module).
import {
  FEEDBACK_ANSWER_WORKING_DAYS,
  FEEDBACK_CODE_PATTERN,
  FEEDBACK_CONTACT_RETENTION_MONTHS,
  FEEDBACK_CONTENT_MAX,
  FEEDBACK_CONTENT_MIN,
  FEEDBACK_PHONE_PATTERN,
  FEEDBACK_TITLE_MAX,
} from '@motcua/contracts/feedback-rules';
import { formatDate } from '@motcua/ui/i18n/format';
import { McWidget, englishMessages, lazyModule } from '../shared/widget.js';
import { toFailure, type Failure } from '../shared/states.js';
import { renderConfigError, renderFailure } from '../shared/state-views.js';
import { feedbackMessages } from './messages.js';
import { useAnswers } from '@motcua/sdk/core';
import { searchProcedures } from '@motcua/sdk/answers/searchProcedures';
import { lookupFeedback } from '@motcua/sdk/answers/lookupFeedback';
import { resolveFeedback } from '@motcua/sdk/answers/resolveFeedback';
import { listUnitFeedback } from '@motcua/sdk/answers/listUnitFeedback';
import { feedbackStyles } from './feedback.styles.js';

// The answers of the operations this widget calls, checked against the contract (only these
// schemas come with the widget: @motcua/sdk README, "Validation").
useAnswers(searchProcedures, lookupFeedback, resolveFeedback, listUnitFeedback);

export const FEEDBACK_VIEWS = ['send', 'follow', 'answers'] as const;
export type FeedbackTab = (typeof FEEDBACK_VIEWS)[number];
type Subject = 'general' | 'procedure' | 'dossier';

/** Detail of `mc-feedback-submit`: no content, no contact. */
export interface FeedbackSubmitDetail {
  unit: string;
  /** true: kept on the device by the outbox, to be sent when the connection returns. */
  queued: boolean;
  /** The code, once the server gave one. */
  code?: string;
}

const CODE_RE = FEEDBACK_CODE_PATTERN;
const PHONE_RE = FEEDBACK_PHONE_PATTERN;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PAGE_SIZE = 10;

/** The send form's fields (`fill()` presets them). */
export interface FeedbackDraft {
  kind: FeedbackKind;
  subject: Subject;
  procedure: string;
  dossierCode: string;
  dossierVerifier: string;
  title: string;
  content: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  consent: boolean;
  publish: boolean;
}

const EMPTY: FeedbackDraft = {
  kind: 'feedback',
  subject: 'general',
  procedure: '',
  dossierCode: '',
  dossierVerifier: '',
  title: '',
  content: '',
  name: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  consent: false,
  publish: false,
};

// Sending goes through the outbox (IndexedDB, retries, Idempotency-Key): offline it is kept and
// sent once. Loaded once the form is on screen (and by the first submit), so that items left by an
// earlier visit are sent on page load, without weighing on the first view.
const loadOutbox = lazyModule(() => import('@motcua/sdk/outbox'));
type Views = typeof import('./tabs.view.js');
/** The follow and answers tabs, their elements and strings (a lazy chunk). */
const loadViews = lazyModule(() => import('./tabs.view.js'), () => McFeedback);

const cleanPhone = (v: string) => v.trim().replace(/[\s.()-]/g, '');

/**
 * Feedback and petitions (phản ánh, kiến nghị) of one unit, in three tabs: send one (Decree
 * 20/2008/NĐ-CP: name, address and phone required, no anonymous feedback; complaints and
 * denunciations go elsewhere and the widget says where; a notice of purpose and retention and two
 * separate consents under the Personal Data Protection Law 2025), follow one with its code and the
 * last 4 digits of the phone given (status, the deadline in working days, overdue said plainly, the
 * agency it was forwarded to, the answer or the refusal with where to go instead, and "did it
 * resolve your matter?"), and read the unit's answered questions whose senders agreed to publish
 * them (searchable, paged). Sending goes through the SDK's outbox: offline it is kept on the device
 * and sent once (Idempotency-Key).
 *
 * @summary Feedback and petitions: send, follow, read answers.
 *
 * @fires mc-ready - Once, when the first view is usable. Detail: `{ widget, unit }`.
 * @fires mc-error - A request failed. Detail: `{ widget, code, message }`.
 * @fires mc-feedback-submit - Feedback accepted (sent or queued). Detail: `{ unit, queued, code? }` (no content, no contact).
 *
 * @slot - Fallback content shown until the widget works (e.g. the ward's hotline).
 *
 * @csspart base - The section.
 * @csspart heading - The heading.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart scope - What is not taken here and where it goes.
 * @csspart form - The send form.
 * @csspart notice - The personal data notice.
 * @csspart honeypot - The field people never see (spam trap).
 * @csspart submit - The send button.
 * @csspart submit-error - Why sending failed.
 * @csspart receipt - The code and deadline after sending.
 * @csspart queued - The "saved on this device" notice.
 * @csspart follow-form - The code and verifier form.
 * @csspart status - The item's status and deadline.
 * @csspart overdue - The overdue notice.
 * @csspart answer - The answer.
 * @csspart refusal - The refusal with its reason and where to go.
 * @csspart resolve - The "did it resolve your matter?" question.
 * @csspart search - The answers' search box.
 * @csspart answers - The list of answered questions.
 * @csspart empty - No answered question (or none matching).
 * @csspart loading - Loading placeholder.
 * @csspart offline - Offline state with retry.
 * @csspart error - Error state with retry.
 *
 * @cssprop --mc-color-border-strong - Borders of the text boxes.
 * @cssprop --mc-color-primary - The selected tab.
 */
export class McFeedback extends McWidget {
  static override tagName = 'mc-feedback';
  static override messages = feedbackMessages;
  static override lazyMessages = { en: englishMessages(() => import('./messages.en.js')) };

  static override styles = feedbackStyles;

  /** The tab shown first: `send`, `follow` or `answers`. */
  @property({ reflect: true }) view: FeedbackTab = 'send';

  /** Follow: a feedback code to show (with `verifier`). */
  @property() code = '';

  /** Follow: the 4-digit verifier. A property only, never an attribute: it must not sit in the DOM. */
  @property({ attribute: false }) verifier = '';

  /** Level of the widget's heading (2–4). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() tab: FeedbackTab = 'send';
  @state() draft: FeedbackDraft = { ...EMPTY };
  @state() errors: Partial<Record<keyof FeedbackDraft, string>> = {};
  @state() showSummary = false;
  @state() submitting = false;
  @state() submitError = '';
  @state() receipt: FeedbackReceipt | undefined;
  @state() queued = false;
  @state() procedures: Array<{ value: string; label: string }> | undefined;
  // follow
  @state() followCode = '';
  @state() followVerifier = '';
  @state() followErrors: { code?: string; verifier?: string } = {};
  @state() followBusy = false;
  @state() followFailure: Failure | undefined;
  @state() item: FeedbackView | undefined;
  @state() resolveNote = '';
  // answers
  @state() list: PublicFeedbackList | undefined;
  @state() listFailure: Failure | undefined;
  @state() listLoading = false;
  @state() q = '';
  @state() page = 1;
  @state() private viewsFailure: Failure | undefined;

  /** Stops following the queued item (watch). */
  private unfollow: (() => void) | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.tab = this.oneOf('view', this.view, FEEDBACK_VIEWS, 'send');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow?.();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('view')) this.tab = this.oneOf('view', this.view, FEEDBACK_VIEWS, 'send');
    if ((changed.has('code') || changed.has('verifier')) && this.code && this.verifier) {
      this.followCode = this.code;
      this.followVerifier = this.verifier;
      this.tab = 'follow';
      void this.follow();
    }
    if (!this.apiValid || !this.unitValid) return;
    if (this.tab === 'answers' && !this.list && !this.listLoading && !this.listFailure) void this.loadAnswers();
    if (this.tab === 'send') this.formReady();
  }

  /** The form is on screen: mc-ready, and the outbox starts (sending what an earlier visit left). */
  private formReady(): void {
    if (!this.rendered) void loadOutbox().catch(() => {});
    this.markReady();
  }

  protected override backOnline(): void {
    if (this.listFailure?.kind === 'offline') void this.loadAnswers();
    if (this.followFailure?.kind === 'offline') void this.follow();
  }

  get loc(): string {
    return this.locale;
  }

  // -------------------------------------------------------------------------------------------
  // Tabs
  // -------------------------------------------------------------------------------------------

  async selectTab(tab: FeedbackTab, focus = false): Promise<void> {
    this.tab = tab;
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
    }
  }

  private onTabKey(e: KeyboardEvent): void {
    const i = FEEDBACK_VIEWS.indexOf(this.tab);
    const n = FEEDBACK_VIEWS.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    void this.selectTab(FEEDBACK_VIEWS[next]!, true);
  }

  // -------------------------------------------------------------------------------------------
  // Send
  // -------------------------------------------------------------------------------------------

  private set(field: keyof FeedbackDraft, value: string | boolean): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: this.check(field) };
    if (field === 'subject' && value === 'procedure' && !this.procedures) void this.loadProcedures();
  }

  private async loadProcedures(): Promise<void> {
    try {
      // the procedure list (<mc-select>) is the only part of the form not shown from the start
      await import('@motcua/ui/select/define');
      const res = await this.client!.searchProcedures({ unit: this.unit, limit: 100 });
      this.procedures = res.items.map((p) => ({ value: p.code, label: p.name }));
    } catch (error) {
      this.procedures = [];
      this.reportError(toFailure(error));
    }
  }

  /** What is wrong with one field ('' when nothing). */
  private check(field: keyof FeedbackDraft): string {
    const d = this.draft;
    const len = (v: string, min: number, max: number) =>
      !v.trim() ? this.msg('fb.required') : v.trim().length < min ? this.msg('fb.tooShort', { min }) : v.trim().length > max ? this.msg('fb.tooLong', { max }) : '';
    switch (field) {
      case 'title':
        return len(d.title, 5, FEEDBACK_TITLE_MAX);
      case 'content':
        return len(d.content, FEEDBACK_CONTENT_MIN, FEEDBACK_CONTENT_MAX);
      case 'name':
        return len(d.name, 2, 200);
      case 'address':
        return len(d.address, 5, 300);
      case 'phone':
        return !d.phone.trim() ? this.msg('fb.required') : PHONE_RE.test(cleanPhone(d.phone)) ? '' : this.msg('fb.phoneInvalid');
      case 'email':
        return d.email.trim() && !EMAIL_RE.test(d.email.trim()) ? this.msg('fb.emailInvalid') : '';
      case 'procedure':
        return d.subject === 'procedure' && !d.procedure ? this.msg('fb.required') : '';
      case 'dossierCode':
        return d.subject === 'dossier' && !d.dossierCode.trim() ? this.msg('fb.required') : '';
      case 'dossierVerifier':
        return d.subject === 'dossier' && !/^\d{4}$/.test(d.dossierVerifier.trim()) ? this.msg('fb.follow.verifierInvalid') : '';
      case 'consent':
        return d.consent ? '' : this.msg('fb.consentRequired');
      default:
        return '';
    }
  }

  /** Presets fields of the send form (a page that knows the subject, the examples). */
  fill(values: Partial<FeedbackDraft>): void {
    this.draft = { ...this.draft, ...values };
    if (values.subject === 'procedure' && !this.procedures) void this.loadProcedures();
  }

  /** Validates, then sends through the outbox (also what the send button does). */
  async submit(): Promise<void> {
    if (this.submitting || this.receipt || this.queued) return;
    const client = this.client;
    if (!client) return;
    const fields: Array<keyof FeedbackDraft> = ['procedure', 'dossierCode', 'dossierVerifier', 'title', 'content', 'name', 'address', 'phone', 'email', 'consent'];
    const errors = Object.fromEntries(fields.map((f) => [f, this.check(f)]).filter(([, e]) => e)) as Partial<Record<keyof FeedbackDraft, string>>;
    this.errors = errors;
    const first = fields.find((f) => errors[f]);
    if (first) {
      this.showSummary = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#f-${first}`)?.focus();
      return;
    }
    this.showSummary = false;
    this.submitError = '';
    this.submitting = true;
    const d = this.draft;
    const subject =
      d.subject === 'procedure'
        ? { type: 'procedure' as const, procedure: d.procedure }
        : d.subject === 'dossier'
          ? { type: 'dossier' as const, code: d.dossierCode.trim(), verifier: d.dossierVerifier.trim() }
          : { type: 'general' as const };
    try {
      await loadOutbox();
      const result = await client.outbox.submit('feedback', {
        unit: this.unit,
        kind: d.kind,
        subject,
        title: d.title.trim(),
        content: d.content.trim(),
        contact: { name: d.name.trim(), address: d.address.trim(), phone: d.phone.trim(), ...(d.email.trim() ? { email: d.email.trim() } : {}) },
        consent: { personalData: true, publish: d.publish },
        ...(d.website ? { website: d.website } : {}),
      });
      if (result.status === 'queued') {
        this.queued = true;
        this.watch(result.id);
      } else {
        this.receipt = result.response;
      }
      this.emit<FeedbackSubmitDetail>('mc-feedback-submit', { unit: this.unit, queued: this.queued, code: this.receipt?.code });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
    } catch (error) {
      this.refused(toFailure(error));
    } finally {
      this.submitting = false;
    }
  }

  private refused(failure: Failure): void {
    this.queued = false;
    this.submitError =
      failure.kind === 'rate-limited'
        ? this.msg('state.rateLimited', { seconds: failure.retryAfter ?? 60 })
        : failure.kind === 'invalid'
          ? this.msg('fb.invalidServer', { detail: failure.message })
          : this.msg('fb.sendError');
    this.reportError(failure);
  }

  /** Follows a queued item: shows its code once it is sent, or why the server refused it. */
  private watch(id: string): void {
    this.unfollow?.();
    this.unfollow = this.client?.outbox.follow(id, {
      sent: (response) => (this.receipt = response as FeedbackReceipt | undefined),
      failed: (error) => this.refused(toFailure(error)),
    });
  }

  private another(): void {
    this.draft = { ...EMPTY };
    this.receipt = undefined;
    this.queued = false;
    this.errors = {};
  }

  // -------------------------------------------------------------------------------------------
  // Follow
  // -------------------------------------------------------------------------------------------

  async follow(): Promise<void> {
    const client = this.client;
    if (!client || this.followBusy) return;
    const code = this.followCode.trim().toUpperCase();
    const verifier = this.followVerifier.trim();
    this.followErrors = {
      ...(CODE_RE.test(code) ? {} : { code: this.msg('fb.follow.codeInvalid') }),
      ...(/^\d{4}$/.test(verifier) ? {} : { verifier: this.msg('fb.follow.verifierInvalid') }),
    };
    if (this.followErrors.code || this.followErrors.verifier) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.followErrors.code ? '#follow-code' : '#follow-verifier')?.focus();
      return;
    }
    this.followBusy = true;
    this.followFailure = undefined;
    this.resolveNote = '';
    try {
      this.item = await client.lookupFeedback({ code, verifier });
      this.markReady();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#item-heading')?.focus();
    } catch (error) {
      this.item = undefined;
      this.followFailure = toFailure(error);
      this.reportError(this.followFailure);
    } finally {
      this.followBusy = false;
    }
  }

  async resolve(resolved: boolean): Promise<void> {
    const client = this.client;
    const item = this.item;
    if (!client || !item) return;
    try {
      this.item = await client.resolveFeedback({ code: item.code, verifier: this.followVerifier.trim(), resolved });
      this.resolveNote = resolved ? this.msg('fb.resolve.thanksYes') : this.msg('fb.resolve.thanksNo', { date: formatDate(this.item.dueDate, this.loc) });
    } catch (error) {
      this.followFailure = toFailure(error);
      this.reportError(this.followFailure);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Answers
  // -------------------------------------------------------------------------------------------

  async loadAnswers(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.listLoading = true;
    this.listFailure = undefined;
    try {
      this.list = await client.listUnitFeedback(this.unit, { q: this.q.trim() || undefined, page: this.page, limit: PAGE_SIZE });
      this.markReady();
    } catch (error) {
      this.listFailure = toFailure(error);
      this.reportError(this.listFailure);
    } finally {
      this.listLoading = false;
    }
  }

  onSearch(value: string): void {
    this.q = value;
    this.page = 1;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.loadAnswers(), 300);
  }

  goToPage(page: number): void {
    this.page = page;
    void this.loadAnswers().then(() => this.renderRoot.querySelector<HTMLElement>('#answers-total')?.focus());
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  private heading(text: string): TemplateResult {
    const level = Math.min(4, Math.max(2, this.headingLevel || 2));
    if (level === 3) return html`<h3 id="heading" part="heading">${text}</h3>`;
    if (level === 4) return html`<h4 id="heading" part="heading">${text}</h4>`;
    return html`<h2 id="heading" part="heading">${text}</h2>`;
  }

  /** A labelled text field with its error; `type` tel/email/text. */
  /**
   * A labelled native text field with its hint and error (the send form uses native controls: its
   * first view stays small, and it shares no form-control code with the other widgets' first views).
   */
  private input(field: keyof FeedbackDraft, label: string, opts: { type?: string; autocomplete?: string; hint?: string; maxlength?: number } = {}): TemplateResult {
    const id = `f-${field}`;
    const error = this.errors[field] ?? '';
    const described = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${label}${field === 'email' ? nothing : html`<span aria-hidden="true"> *</span>`}</label>
      ${opts.hint ? html`<span class="muted" id=${`${id}-hint`}>${opts.hint}</span>` : nothing}
      <input
        id=${id}
        name=${field}
        type=${opts.type ?? 'text'}
        autocomplete=${opts.autocomplete ?? 'off'}
        maxlength=${opts.maxlength ?? 300}
        ?required=${field !== 'email'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${this.draft[field] as string}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<span class="err" id=${`${id}-error`}>${error}</span>` : nothing}
    </div>`;
  }

  /** A group of native radio buttons. */
  private radios(field: 'kind' | 'subject', legend: string, options: Array<{ value: string; label: string }>): TemplateResult {
    return html`<fieldset id=${`f-${field}`} class="choices">
      <legend>${legend}</legend>
      ${options.map(
        (o) => html`<label class="choice"
          ><input
            type="radio"
            name=${field}
            .value=${o.value}
            .checked=${this.draft[field] === o.value}
            @change=${() => this.set(field, o.value)}
          />
          <span>${o.label}</span></label
        >`,
      )}
    </fieldset>`;
  }

  /** A native checkbox with its label and error. */
  private checkbox(field: 'consent' | 'publish', label: string): TemplateResult {
    const id = `f-${field}`;
    const error = this.errors[field] ?? '';
    return html`<div class="field">
      <label class="choice"
        ><input
          id=${id}
          type="checkbox"
          ?required=${field === 'consent'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .checked=${this.draft[field]}
          @change=${(e: Event) => this.set(field, (e.target as HTMLInputElement).checked)}
        />
        <span>${label}</span></label
      >
      ${error ? html`<span class="err" id=${`${id}-error`}>${error}</span>` : nothing}
    </div>`;
  }

  private renderSend(): TemplateResult {
    if (this.receipt || this.queued) return this.renderOutcome();
    const d = this.draft;
    const errorCount = Object.values(this.errors).filter(Boolean).length;
    return html`<form part="form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.submit())}>
      <p>${this.msg('fb.intro', { days: FEEDBACK_ANSWER_WORKING_DAYS })}</p>
      <mc-alert part="scope" status="info">${this.msg('fb.scope')}</mc-alert>
      ${this.showSummary && errorCount ? html`<mc-alert status="danger" part="missing">${this.msg('fb.errors', { count: errorCount })}</mc-alert>` : nothing}
      ${this.radios('kind', this.msg('fb.kind'), [
        { value: 'feedback', label: this.msg('fb.kind.feedback') },
        { value: 'proposal', label: this.msg('fb.kind.proposal') },
      ])}
      ${this.radios(
        'subject',
        this.msg('fb.subject'),
        (['general', 'procedure', 'dossier'] as const).map((s) => ({ value: s, label: this.msg(`fb.subject.${s}`) })),
      )}
      ${d.subject === 'procedure'
        ? this.procedures
          ? html`<mc-select
              id="f-procedure"
              label=${this.msg('fb.procedure')}
              placeholder=${this.msg('fb.procedure.choose')}
              required
              .options=${this.procedures}
              .value=${d.procedure}
              .error=${this.errors.procedure ?? ''}
              @mc-change=${(e: CustomEvent<{ value: string }>) => this.set('procedure', e.detail.value)}
            ></mc-select>`
          : html`<p role="status">${this.msg('fb.procedure.loading')}</p>`
        : nothing}
      ${d.subject === 'dossier'
        ? html`${this.input('dossierCode', this.msg('fb.dossierCode'), { maxlength: 60 })}
          ${this.input('dossierVerifier', this.msg('fb.dossierVerifier'), { maxlength: 4 })}`
        : nothing}
      ${this.input('title', this.msg('fb.title'), { maxlength: FEEDBACK_TITLE_MAX })}
      <div class="field">
        <label for="f-content">${this.msg('fb.content')}<span aria-hidden="true"> *</span></label>
        <span class="muted" id="content-hint">${this.msg('fb.content.hint', { min: FEEDBACK_CONTENT_MIN, max: FEEDBACK_CONTENT_MAX })}</span>
        <textarea
          id="f-content"
          part="content"
          required
          maxlength=${FEEDBACK_CONTENT_MAX}
          aria-describedby=${this.errors.content ? 'content-hint content-error' : 'content-hint'}
          aria-invalid=${this.errors.content ? 'true' : 'false'}
          .value=${d.content}
          @input=${(e: Event) => this.set('content', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.errors.content ? html`<span class="err" id="content-error">${this.errors.content}</span>` : nothing}
      </div>
      <fieldset class="group">
        <legend>${this.msg('fb.contact.heading')}</legend>
        ${this.input('name', this.msg('fb.name'), { autocomplete: 'name', maxlength: 200 })}
        ${this.input('address', this.msg('fb.address'), { autocomplete: 'street-address' })}
        ${this.input('phone', this.msg('fb.phone'), { type: 'tel', autocomplete: 'tel', hint: this.msg('fb.phone.hint'), maxlength: 20 })}
        ${this.input('email', this.msg('fb.email'), { type: 'email', autocomplete: 'email', maxlength: 200 })}
      </fieldset>
      <div class="hp" part="honeypot" aria-hidden="true">
        <label for="f-website">${this.msg('fb.website')}</label>
        <input id="f-website" name="website" tabindex="-1" autocomplete="off" .value=${d.website} @input=${(e: Event) => this.set('website', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="group" part="notice">
        <h3>${this.msg('fb.notice.heading')}</h3>
        <p>${this.msg('fb.notice', { months: FEEDBACK_CONTACT_RETENTION_MONTHS })}</p>
        ${this.checkbox('consent', this.msg('fb.consent.personal'))} ${this.checkbox('publish', this.msg('fb.consent.publish'))}
      </div>
      ${this.submitError ? html`<mc-alert part="submit-error" status="danger">${this.submitError}</mc-alert>` : nothing}
      <div class="actions"><mc-button part="submit" type="submit" ?loading=${this.submitting}>${this.msg('fb.submit')}</mc-button></div>
    </form>`;
  }

  private renderOutcome(): TemplateResult {
    const r = this.receipt;
    if (!r) {
      return html`<div class="view" part="queued">
        <h3 id="outcome" tabindex="-1">${this.msg('fb.queued.heading')}</h3>
        <p>${this.msg('fb.queued.body')}</p>
      </div>`;
    }
    return html`<div class="view" part="receipt" role="status">
      <h3 id="outcome" tabindex="-1">${this.msg('fb.sent.heading')}</h3>
      ${this.queued ? html`<p>${this.msg('fb.sentLater', { code: r.code })}</p>` : nothing}
      <p class="code">${this.msg('fb.sent.code', { code: r.code })}</p>
      <p>${this.msg('fb.sent.due', { date: formatDate(r.dueDate, this.loc) })}</p>
      <p>${this.msg('fb.sent.keep')}</p>
      <div class="actions">
        <mc-button
          type="button"
          @click=${() => {
            this.followCode = r.code;
            this.followVerifier = cleanPhone(this.draft.phone).slice(-4);
            void this.selectTab('follow').then(() => this.follow());
          }}
          >${this.msg('fb.followThis')}</mc-button
        >
        <mc-button type="button" variant="secondary" @click=${() => this.another()}>${this.msg('fb.another')}</mc-button>
      </div>
    </div>`;
  }

  /** The follow and answers views (a lazy chunk with their elements and strings), once loaded. */
  private views: Views | undefined;

  private renderLazy(render: (v: Views) => TemplateResult): TemplateResult {
    if (this.views) return render(this.views);
    loadViews().then(
      (m) => ((this.views = m), this.requestUpdate()),
      (error: unknown) => ((this.viewsFailure = toFailure(error)), this.reportError(this.viewsFailure)),
    );
    return this.viewsFailure
      ? renderFailure(this.msg.bind(this), this.viewsFailure, () => ((this.viewsFailure = undefined), this.requestUpdate()))
      : html`<mc-skeleton part="loading" variant="card" height="12rem"></mc-skeleton>`;
  }

  override render() {
    const problems: string[] = [];
    if (!this.apiValid) problems.push('state.config.api');
    if (!this.unitValid) problems.push('state.config.unit');
    if (problems.length) return html`${renderConfigError(this.msg.bind(this), problems)}${this.renderFallback()}`;
    const tab = this.tab;
    return html`<section class="panel" part="base" aria-labelledby="heading">
        ${this.heading(this.msg('fb.heading'))}
        <div role="tablist" part="tabs" aria-label=${this.msg('fb.tabs')} @keydown=${(e: KeyboardEvent) => this.onTabKey(e)}>
          ${FEEDBACK_VIEWS.map(
            (t) => html`<button
              id=${`tab-${t}`}
              part="tab"
              role="tab"
              type="button"
              aria-selected=${t === tab ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${t === tab ? '0' : '-1'}
              @click=${() => this.selectTab(t)}
            >
              ${this.msg(`fb.tab.${t}`)}
            </button>`,
          )}
        </div>
        <div id="panel" role="tabpanel" aria-labelledby=${`tab-${tab}`}>
          ${tab === 'send' ? this.renderSend() : this.renderLazy((v) => (tab === 'follow' ? v.renderFollow(this) : v.renderAnswers(this)))}
        </div>
      </section>
      ${this.renderFallback()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-feedback': McFeedback;
  }
}
