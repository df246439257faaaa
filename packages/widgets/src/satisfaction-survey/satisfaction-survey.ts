import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EvaluationCriteriaList } from '@motcua/contracts';
import { McWidget, englishMessages, lazyModule } from '../shared/widget.js';
import { toFailure, type Failure } from '../shared/states.js';
import { renderConfigError, renderFailure } from '../shared/state-views.js';
import { surveyMessages } from './messages.js';
import { EVALUATION_COMMENT_MAX, type Question, SATISFACTION_ID, sipasQuestions, SURVEY_COMMENT_MAX } from './questions.js';
import { useAnswers } from '@motcua/sdk/core';
import { getEvaluationCriteria } from '@motcua/sdk/answers/getEvaluationCriteria';
import { surveyStyles } from './satisfaction-survey.styles.js';

// The answers of the operations this widget calls, checked against the contract (only these
// schemas come with the widget: @motcua/sdk README, "Validation").
useAnswers(getEvaluationCriteria);

export const SURVEY_MODES = ['general', 'dossier'] as const;
export type SurveyMode = (typeof SURVEY_MODES)[number];
export const SURVEY_LAYOUTS = ['auto', 'paged', 'all'] as const;
export type SurveyLayout = (typeof SURVEY_LAYOUTS)[number];

/** Detail of `mc-survey-submit`: no answers, no code, no personal data. */
export interface SurveySubmitDetail {
  mode: SurveyMode;
  unit: string | undefined;
  /** true: kept on the device by the outbox, to be sent when the connection returns. */
  queued: boolean;
}

type Phase = 'loading' | 'form' | 'empty' | 'thanks' | 'already' | 'offline' | 'error';

type Identity = typeof import('./identity.view.js');
/** The dossier code and verifier fields (a lazy chunk with <mc-text-field>), for evaluations typed by the citizen. */
const loadIdentity = lazyModule(() => import('./identity.view.js'), () => McSatisfactionSurvey);
type Dossier = typeof import('./dossier.view.js');
/** An evaluation's questions and strings (a lazy chunk), imported while its criteria load. */
const loadDossier = lazyModule(() => import('./dossier.view.js'), () => McSatisfactionSurvey);
type Outcome = typeof import('./outcome.view.js');
/** What follows sending (a lazy chunk with the thanks and "already evaluated" views), imported once per page. */
const loadOutcome = lazyModule(() => import('./outcome.view.js'), () => McSatisfactionSurvey);
// Answers go through the outbox (IndexedDB, retries, Idempotency-Key), which makes `client.outbox`
// available. Loaded once the questions are on screen, with what follows sending (and awaited by
// the first submit), so that answers left by an earlier visit are sent on page load and the
// outbox is on the device before the citizen sends, without weighing on the first view.
const loadOutbox = lazyModule(() => import('@motcua/sdk/outbox'));

const NARROW = '(max-width: 480px)';

/**
 * How was I served? `mode="general"`: the anonymous SIPAS survey of the unit given by `unit`
 * (five factors on the five-point scale and an optional comment). `mode="dossier"`: the
 * evaluation of one dossier (the nine indicators of Circular 01/2018/TT-VPCP from
 * `GET /v1/evaluation-criteria`: the seven the citizen answers, three levels each — the time
 * indicators 1 and 2 are measured by the server from the dossier's record — then the overall
 * satisfaction rating), which needs the dossier code and verifier — set as properties by
 * `<mc-status-tracker>`, or typed by the citizen. Each question is an accessible rating group;
 * unanswered questions get a message and the focus moves to the first. On narrow phones
 * (`max-width: 480px`, or `layout="paged"`) one question is shown per screen with next/back.
 * Answers go through the SDK's outbox: offline or during an outage they are kept on the device
 * and sent later (the citizen is told so), and never sent twice (Idempotency-Key).
 *
 * @summary Satisfaction survey (SIPAS) and per-dossier evaluation.
 *
 * @fires mc-ready - Once, when the questions are on screen. Detail: `{ widget, unit }`.
 * @fires mc-error - Loading the criteria or sending failed. Detail: `{ widget, code, message }`.
 * @fires mc-survey-submit - Answers accepted (sent or queued). Detail: `{ mode, unit, queued }` (no personal data).
 *
 * @slot - Fallback content shown until the widget works (e.g. a link to a paper form).
 *
 * @csspart base - The section.
 * @csspart heading - The heading (focused after submitting).
 * @csspart progress - "Câu 3/5" / "Đã trả lời 3/5 câu".
 * @csspart identity - Dossier code and verifier fields (dossier mode without them).
 * @csspart question - Each `mc-rating-scale`.
 * @csspart missing - The summary of unanswered questions.
 * @csspart nav - The next/back buttons (one question per screen).
 * @csspart comment - The comment `<textarea>`.
 * @csspart submit - The submit button.
 * @csspart submit-error - Why sending failed.
 * @csspart thanks - The thank-you state.
 * @csspart queued - The "saved on this device" notice.
 * @csspart already - "Already evaluated" (409).
 * @csspart loading - Loading placeholder.
 * @csspart offline - Offline state with retry.
 * @csspart error - Error state with retry.
 *
 * @cssprop --mc-color-border - Border of the comment box.
 * @cssprop --mc-color-focus - Focus ring.
 */
export class McSatisfactionSurvey extends McWidget {
  static override tagName = 'mc-satisfaction-survey';
  static override messages = surveyMessages;
  static override lazyMessages = { en: englishMessages(() => import('../shared/code-messages.en.js'), () => import('./messages.en.js')) };

  static override styles = surveyStyles;

  /** `general` (SIPAS, anonymous, for `unit`) or `dossier` (evaluation of one dossier). */
  @property({ reflect: true }) mode: SurveyMode = 'general';

  /** Dossier mode: the dossier code (property or attribute). */
  @property() code = '';

  /** Dossier mode: the 4-digit verifier. A property only, never an attribute: it must not sit in the DOM. */
  @property({ attribute: false }) verifier = '';

  /** `auto` (one question per screen under 480 px), `paged` or `all`. */
  @property({ reflect: true }) layout: SurveyLayout = 'auto';

  /** Level of the widget's heading (2–4); the tracker embeds the survey at 4. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private phase: Phase = 'form';
  @state() private criteria: EvaluationCriteriaList | undefined;
  /** The answers so far, `{ [questionId]: "level" }`; a page may preset them. */
  @property({ attribute: false }) answers: Record<string, string> = {};
  @state() private missing: Record<string, boolean> = {};
  @state() private showMissing = false;
  @state() private comment = '';
  @state() private page = 0;
  @state() private narrow = false;
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private queued = false;
  @state() private sentLater = false;
  @state() private typedCode = '';
  @state() private typedVerifier = '';
  @state() private codeError = '';
  @state() private verifierError = '';
  @state() private loadFailure: Failure | undefined;
  /** The identity fields and the outcome views, once loaded (see loadIdentity, loadOutcome). */
  private identity: Identity | undefined;
  private dossier: Dossier | undefined;
  private outcome: Outcome | undefined;

  private media: MediaQueryList | undefined;
  private readonly onMedia = () => (this.narrow = Boolean(this.media?.matches));
  /** Stops following the queued item (watch). */
  private unfollow: (() => void) | undefined;

  private get modeValue(): SurveyMode {
    return this.oneOf('mode', this.mode, SURVEY_MODES, 'general');
  }

  private get paged(): boolean {
    const layout = this.oneOf('layout', this.layout, SURVEY_LAYOUTS, 'auto');
    return layout === 'paged' || (layout === 'auto' && this.narrow);
  }

  /** Dossier mode without code and verifier from the tracker: the citizen types them. */
  private get needsIdentity(): boolean {
    return this.modeValue === 'dossier' && !(this.code && this.verifier);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.media = typeof matchMedia === 'function' ? matchMedia(NARROW) : undefined;
    this.media?.addEventListener('change', this.onMedia);
    this.onMedia();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
    this.unfollow?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('mode') || changed.has('api')) && this.modeValue === 'dossier' && !this.criteria && this.phase !== 'loading' && this.apiValid) {
      void this.loadCriteria();
    }
    if (this.modeValue === 'general' && this.phase === 'form' && this.apiValid && this.unitValid) this.formReady();
    // Normally loaded with the criteria; here when the code or verifier went away afterwards.
    if (this.phase === 'form' && this.needsIdentity && !this.identity) {
      loadIdentity().then(
        (m) => ((this.identity = m), this.requestUpdate()),
        () => {},
      );
    }
  }

  /**
   * The questions are on screen: `mc-ready`, and what follows sending starts loading (see
   * outcome.view.ts), with the outbox.
   */
  private formReady(): void {
    if (!this.rendered) void Promise.all([loadOutcome(), loadOutbox()]).catch(() => {});
    this.markReady();
  }

  /** Focuses the survey's heading (the tracker does this when it opens the survey). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus(options);
  }

  protected override backOnline(): void {
    if (this.phase === 'offline') void this.loadCriteria();
  }

  private async loadCriteria(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.phase = 'loading';
    // The typed identity's fields load while the criteria are requested (see identity.view.ts).
    const identity = this.needsIdentity ? loadIdentity() : undefined;
    identity?.catch(() => {});
    const dossier = loadDossier();
    dossier.catch(() => {});
    try {
      const list = await client.getEvaluationCriteria();
      if (identity) this.identity = await identity;
      this.dossier = await dossier;
      this.criteria = list;
      this.phase = list.items.length ? 'form' : 'empty';
      this.formReady();
    } catch (error) {
      const failure = toFailure(error);
      this.loadFailure = failure;
      this.phase = failure.kind === 'offline' ? 'offline' : 'error';
      this.reportError(failure);
    }
  }

  private questions(): Question[] {
    if (this.modeValue === 'general') return sipasQuestions((k) => this.msg(k));
    return this.dossier?.criteriaQuestions(this.criteria?.items ?? [], this.locale, (k) => this.msg(k), SATISFACTION_ID) ?? [];
  }

  private scale(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`);
  }

  private onAnswer(id: string, value: string): void {
    this.answers = { ...this.answers, [id]: value };
    if (this.missing[id]) this.missing = { ...this.missing, [id]: false };
  }

  private async goTo(page: number): Promise<void> {
    const questions = this.questions();
    this.page = Math.max(0, Math.min(questions.length - 1, page));
    await this.updateComplete;
    this.scale(questions[this.page]!.id)?.focus();
  }

  private async next(): Promise<void> {
    const q = this.questions()[this.page]!;
    if (!this.answers[q.id]) {
      this.missing = { ...this.missing, [q.id]: true };
      await this.updateComplete;
      this.scale(q.id)?.focus();
      return;
    }
    await this.goTo(this.page + 1);
  }

  /** Checks the identity fields (dossier mode, typed); focuses the first wrong one. */
  private async identityOk(): Promise<boolean> {
    if (!this.needsIdentity) return true;
    const { checkCode, checkVerifier } = this.identity!;
    const c = checkCode(this.typedCode, true);
    const v = checkVerifier(this.typedVerifier, true);
    this.codeError = c ? this.msg(`tracker.code.${c}`) : '';
    this.verifierError = v ? this.msg(`tracker.verifier.${v}`) : '';
    if (!c && !v) return true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(c ? '#code' : '#verifier')?.focus();
    return false;
  }

  /** Validates and submits through the outbox (also what the submit button does). */
  async submit(): Promise<void> {
    // Synchronous guard: a double tap must never create two submissions.
    if (this.submitting || this.phase !== 'form') return;
    const client = this.client;
    if (!client) return;
    this.submitting = true;
    try {
      await this.send(client);
    } finally {
      this.submitting = false;
    }
  }

  private async send(client: NonNullable<McWidget['client']>): Promise<void> {
    if (!(await this.identityOk())) return;
    const questions = this.questions();
    const missing = questions.filter((q) => !this.answers[q.id]);
    if (missing.length) {
      this.missing = Object.fromEntries(missing.map((q) => [q.id, true]));
      this.showMissing = true;
      const first = missing[0]!;
      if (this.paged) this.page = questions.indexOf(first);
      await this.updateComplete;
      this.scale(first.id)?.focus();
      return;
    }
    this.showMissing = false;
    this.submitError = '';
    try {
      // Normally here long since (loaded when the questions appeared); should they not be, the
      // answers stay in the form and nothing is sent.
      [this.outcome] = await Promise.all([loadOutcome(), loadOutbox()]);
    } catch (error) {
      this.submitError = this.msg('survey.sendError');
      this.reportError(toFailure(error));
      return;
    }
    const mode = this.modeValue;
    try {
      const result = await this.outcome.sendAnswers(client.outbox, {
        mode,
        unit: this.unit,
        code: this.needsIdentity ? this.identity!.normalizeCode(this.typedCode) : this.code,
        verifier: this.needsIdentity ? this.typedVerifier.trim() : this.verifier,
        questions,
        answers: this.answers,
        satisfactionId: SATISFACTION_ID,
        comment: this.comment,
      });
      this.queued = result.status === 'queued';
      if (this.queued) this.watch(result.id);
      this.phase = 'thanks';
      this.emit<SurveySubmitDetail>('mc-survey-submit', { mode, unit: this.unit || undefined, queued: this.queued });
      await this.updateComplete;
      this.focus();
    } catch (error) {
      this.refused(toFailure(error));
    }
  }

  /** A definitive refusal by the server (the outbox dropped the item). */
  private refused(failure: Failure): void {
    const refusal = this.outcome!.refusal(failure, this.modeValue);
    if (refusal === 'already') {
      this.phase = 'already';
      void this.updateComplete.then(() => this.focus());
      return;
    }
    this.submitError = this.msg(refusal);
    this.phase = 'form';
    this.reportError(failure);
  }

  /** Follows a queued item: says so when it is sent later, or when the server refuses it. */
  private watch(id: string): void {
    this.unfollow?.();
    this.unfollow = this.client?.outbox.follow(id, {
      sent: () => (this.sentLater = true),
      failed: (error) => this.refused(toFailure(error)),
    });
  }

  private heading(text: string): TemplateResult {
    const level = Math.min(4, Math.max(2, this.headingLevel || 2));
    if (level === 3) return html`<h3 id="heading" part="heading" tabindex="-1">${text}</h3>`;
    if (level === 4) return html`<h4 id="heading" part="heading" tabindex="-1">${text}</h4>`;
    return html`<h2 id="heading" part="heading" tabindex="-1">${text}</h2>`;
  }

  private renderIdentity() {
    if (!this.needsIdentity || !this.identity) return nothing;
    return this.identity.renderIdentity({
      msg: this.msg.bind(this),
      code: this.typedCode,
      verifier: this.typedVerifier,
      codeError: this.codeError,
      verifierError: this.verifierError,
      onInput: (field, value, error) => {
        if (field === 'code') [this.typedCode, this.codeError] = [value, error];
        else [this.typedVerifier, this.verifierError] = [value, error];
      },
    });
  }

  private renderForm() {
    const mode = this.modeValue;
    const questions = this.questions();
    const total = questions.length;
    const paged = this.paged;
    const page = Math.min(this.page, total - 1);
    const last = !paged || page === total - 1;
    const answered = questions.filter((q) => this.answers[q.id]).length;
    const missingCount = questions.filter((q) => this.missing[q.id]).length;
    const max = mode === 'general' ? SURVEY_COMMENT_MAX : EVALUATION_COMMENT_MAX;
    const intro =
      mode === 'general'
        ? this.msg('survey.intro.general')
        : this.code && !this.needsIdentity
          ? this.msg('survey.intro.dossierCode', { code: this.code })
          : this.msg('survey.intro.dossier');
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.submit())}>
      <p>${intro}</p>
      ${this.renderIdentity()}
      <p class="progress" part="progress">
        ${paged ? this.msg('survey.progress.page', { current: page + 1, total }) : this.msg('survey.progress.answered', { answered, total })}
      </p>
      ${this.showMissing && missingCount
        ? html`<mc-alert part="missing" status="danger">${this.msg('survey.missingSummary', { count: missingCount })}</mc-alert>`
        : nothing}
      ${questions.map((q, i) =>
        paged && i !== page
          ? nothing
          : html`<mc-rating-scale
              id=${`q-${q.id}`}
              part="question"
              name=${q.id}
              label=${q.label}
              hint=${this.msg('survey.progress.page', { current: i + 1, total })}
              required
              .levels=${q.levels}
              .value=${this.answers[q.id] ?? ''}
              .error=${this.missing[q.id] ? this.msg('survey.missing') : ''}
              @mc-change=${(e: CustomEvent<{ value: string }>) => this.onAnswer(q.id, e.detail.value)}
            ></mc-rating-scale>`,
      )}
      ${paged
        ? html`<div class="actions" part="nav">
            ${page > 0 ? html`<mc-button type="button" variant="secondary" @click=${() => this.goTo(page - 1)}>${this.msg('survey.back')}</mc-button>` : nothing}
            ${page < total - 1 ? html`<mc-button type="button" @click=${() => this.next()}>${this.msg('survey.next')}</mc-button>` : nothing}
          </div>`
        : nothing}
      ${last
        ? html`<div class="comment">
              <label for="comment">${this.msg(`survey.comment.label.${mode}`)}</label>
              <span class="muted" id="comment-hint">${this.msg('survey.comment.hint', { max })}</span>
              <textarea
                id="comment"
                part="comment"
                maxlength=${max}
                aria-describedby="comment-hint"
                .value=${this.comment}
                @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
            </div>
            ${this.submitError ? html`<mc-alert part="submit-error" status="danger">${this.submitError}</mc-alert>` : nothing}
            <div class="actions">
              <mc-button part="submit" type="submit" ?loading=${this.submitting}
                >${this.msg(mode === 'general' ? 'survey.submit.general' : 'survey.submit')}</mc-button
              >
            </div>`
        : nothing}
    </form>`;
  }

  private renderBody() {
    switch (this.phase) {
      case 'loading':
        return html`<mc-skeleton part="loading" variant="card" height="20rem"></mc-skeleton>`;
      case 'offline':
      case 'error':
        return renderFailure(this.msg.bind(this), this.loadFailure!, () => void this.loadCriteria());
      case 'empty':
        return html`<p>${this.msg('survey.empty')}</p>`;
      case 'already':
        return this.outcome!.renderAlready(this.msg.bind(this));
      case 'thanks':
        return this.outcome!.renderThanks(this.msg.bind(this), this.modeValue, this.queued, this.sentLater);
      case 'form':
        return this.modeValue === 'dossier' && !this.criteria ? nothing : this.renderForm();
    }
  }

  override render() {
    const problems: string[] = [];
    if (!this.apiValid) problems.push('state.config.api');
    if (this.modeValue === 'general' && !this.unitValid) problems.push('state.config.unit');
    if (problems.length) return html`${renderConfigError(this.msg.bind(this), problems)}${this.renderFallback()}`;
    const mode = this.modeValue;
    const title = this.phase === 'thanks' ? this.msg('survey.thanks.heading') : this.msg(`survey.heading.${mode}`);
    return html`<section class="panel" part="base" aria-labelledby="heading">${this.heading(title)} ${this.renderBody()}</section>${this.renderFallback()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-satisfaction-survey': McSatisfactionSurvey;
  }
}
