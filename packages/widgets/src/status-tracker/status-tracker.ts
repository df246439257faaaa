import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DossierView } from '@motcua/contracts';
import { McWidget, englishMessages, lazyModule } from '../shared/widget.js';
import { toFailure, type Failure } from '../shared/states.js';
import { renderConfigError, renderFailure } from '../shared/state-views.js';
import { checkCode, checkVerifier, normalizeCode } from '../shared/dossier-code.js';
import { forgetCode, loadSaved, rememberCode } from './saved.js';
import { trackerMessages } from './messages.js';
import { useAnswers } from '@motcua/sdk/core';
import { lookupDossier } from '@motcua/sdk/answers/lookupDossier';
import { trackerStyles } from './status-tracker.styles.js';

// The answers of the operations this widget calls, checked against the contract (only these
// schemas come with the widget: @motcua/sdk README, "Validation").
useAnswers(lookupDossier);

type ResultView = typeof import('./result.view.js');
/** The result view (a lazy chunk with its styles, strings, <mc-badge> and <mc-timeline>), imported once per page. */
const loadResultView = lazyModule(() => import('./result.view.js'), () => McStatusTracker);

type Phase = 'form' | 'loading' | 'result' | 'not-found' | 'rate-limited' | 'offline' | 'error';

/** Detail of `mc-dossier-status`: the status only, never personal data. */
export interface DossierStatusDetail {
  /** Status id, e.g. "in-progress", "result-returned". */
  status: DossierView['status']['id'];
  /** Statuses 5, 6, 8: the time limit is not running. */
  paused: boolean;
  /** Late: past its appointment date now, or an apology with a new date was issued. */
  overdue: boolean;
}

/**
 * Lets citizens follow a dossier: the dossier code (from the `code` attribute, the page URL's
 * `?ma-ho-so=` or typed, checked as typed) plus the last 4 digits of the owner's ID or phone
 * number. Nothing is shown for a code alone; a wrong verifier and an unknown code read the same.
 * The result says in plain words what the status means and what to do now, the appointment date
 * and the working days left or overdue, the apology with the new date when late, and the
 * process-control slip as an ordered list. Resolved dossiers invite an evaluation, which opens
 * `<mc-satisfaction-survey mode="dossier">` for that dossier. Optionally remembers dossier CODES
 * (never the verifier) on the device for a quick recheck.
 *
 * @summary Dossier status tracker (tra cứu hồ sơ).
 *
 * @fires mc-ready - Once, when the form is ready. Detail: `{ widget, unit }`.
 * @fires mc-error - A lookup failed (network, server, rate limit). Detail: `{ widget, code, message }`.
 * @fires mc-dossier-status - After a successful lookup. Detail: `{ status, paused, overdue }` (no personal data).
 *
 * @slot - Fallback content (e.g. a link to the provincial portal), shown until the widget works.
 *
 * @csspart form - The lookup form.
 * @csspart code - The dossier-code field.
 * @csspart verifier - The verifier field.
 * @csspart remember - The "remember on this device" checkbox.
 * @csspart submit - The submit button.
 * @csspart saved - The list of remembered dossier codes.
 * @csspart loading - The loading placeholder.
 * @csspart not-found - The "no matching dossier" message.
 * @csspart rate-limited - The "try again in N seconds" message.
 * @csspart offline - The offline message with its retry button.
 * @csspart error - The error message with its retry button.
 * @csspart result - The result section.
 * @csspart summary - Status and what to do now.
 * @csspart status - The status tag.
 * @csspart papers - The list of missing papers (supplement requested).
 * @csspart apology - The apology with the new appointment date.
 * @csspart late - The overdue notice when no apology was issued yet.
 * @csspart deadline - Appointment date and working days.
 * @csspart facts - Procedure, unit, dates, masked applicant name.
 * @csspart timeline - The processing history (`mc-timeline`).
 * @csspart invitation - The invitation to evaluate.
 * @csspart survey - The embedded `mc-satisfaction-survey`.
 *
 * @cssprop --mc-color-brand - Headings accents and buttons.
 * @cssprop --mc-color-warning-subtle - Background of the appointment box when paused or late.
 * @cssprop --mc-color-surface-alt - Background of the summary.
 */
export class McStatusTracker extends McWidget {
  static override tagName = 'mc-status-tracker';
  static override messages = trackerMessages;
  static override lazyMessages = { en: englishMessages(() => import('../shared/code-messages.en.js'), () => import('./messages.en.js')) };

  static override styles = trackerStyles;

  /** The dossier code to prefill (a receipt's link or QR code can carry it). Without it, the URL's `url-param`. */
  @property() code = '';

  /** Name of the page-URL query parameter holding a dossier code. */
  @property({ attribute: 'url-param' }) urlParam = 'ma-ho-so';

  @state() private codeValue = '';
  /** Kept in memory for this lookup only: never stored, never put in a URL or an event. */
  @state() private verifierValue = '';
  @state() private codeError = '';
  @state() private verifierError = '';
  @state() private remember = false;
  @state() private phase: Phase = 'form';
  @state() private view: DossierView | undefined;
  /** The result view module, once loaded (see loadResultView). */
  private resultView: ResultView | undefined;
  @state() private failure: Failure | undefined;
  @state() private retryIn = 0;
  @state() private saved: string[] = [];
  @state() private surveyOpen = false;
  @state() private announcement = '';

  // Getters rather than @query: the decorator's code would join every first view that shares this chunk.
  private get codeField(): HTMLElement | null {
    return this.renderRoot.querySelector('#code');
  }
  private get verifierField(): HTMLElement | null {
    return this.renderRoot.querySelector('#verifier');
  }

  private seq = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Code and verifier of the dossier on display, for the evaluation. */
  private owner: { code: string; verifier: string } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.saved = loadSaved();
    if (!this.codeValue) this.codeValue = normalizeCode(this.code || (new URLSearchParams(location.search).get(this.urlParam) ?? ''));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('code') && this.code && changed.get('code') !== undefined) this.codeValue = normalizeCode(this.code);
    if (this.apiValid) this.markReady();
  }

  protected override backOnline(): void {
    if (this.phase === 'offline') void this.lookup();
  }

  /**
   * Fills the form and looks the dossier up, e.g. from a portal page that already knows both.
   * The verifier is an argument, never an attribute, and is not stored.
   */
  check(code: string, verifier: string): Promise<void> {
    this.codeValue = normalizeCode(code);
    this.verifierValue = verifier;
    return this.lookup();
  }

  /** Looks the dossier up with the values in the form (also what the submit button does). */
  async lookup(): Promise<void> {
    const codeProblem = checkCode(this.codeValue, true);
    const verifierProblem = checkVerifier(this.verifierValue, true);
    this.codeError = codeProblem ? this.msg(`tracker.code.${codeProblem}`) : '';
    this.verifierError = verifierProblem ? this.msg(`tracker.verifier.${verifierProblem}`) : '';
    if (codeProblem || verifierProblem) {
      await this.updateComplete;
      (codeProblem ? this.codeField : this.verifierField)?.focus();
      return;
    }
    const client = this.client;
    if (!client) return;
    if (this.retryIn > 0) {
      this.phase = 'rate-limited';
      return;
    }
    const code = normalizeCode(this.codeValue);
    const verifier = this.verifierValue.trim();
    const seq = ++this.seq;
    this.phase = 'loading';
    this.view = undefined;
    this.owner = undefined;
    this.surveyOpen = false;
    this.announcement = '';
    // The result's code loads while the request is under way (see result.view.ts).
    const viewCode = loadResultView();
    viewCode.catch(() => {});
    try {
      const view = await client.lookupDossier({ code, verifier });
      this.resultView = await viewCode;
      if (seq !== this.seq) return;
      this.addStyles(this.resultView.resultStyles);
      this.view = view;
      this.owner = { code: view.code, verifier };
      this.phase = 'result';
      if (this.remember) this.saved = rememberCode(view.code);
      this.emit<DossierStatusDetail>('mc-dossier-status', {
        status: view.status.id,
        paused: view.status.paused,
        overdue: (view.overdueBy ?? 0) > 0 || view.apology !== null,
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      if (seq !== this.seq) return;
      const failure = toFailure(error);
      this.failure = failure;
      if (failure.kind === 'not-found') {
        this.phase = 'not-found';
        return;
      }
      if (failure.kind === 'rate-limited') {
        this.phase = 'rate-limited';
        this.startCountdown(failure.retryAfter ?? 30);
      } else {
        this.phase = failure.kind === 'offline' ? 'offline' : 'error';
      }
      this.reportError(failure);
    }
  }

  private startCountdown(seconds: number): void {
    clearInterval(this.timer);
    this.retryIn = seconds;
    this.timer = setInterval(() => {
      this.retryIn = Math.max(0, this.retryIn - 1);
      if (this.retryIn === 0) clearInterval(this.timer);
    }, 1000);
  }

  private onCodeInput(event: CustomEvent<{ value: string }>): void {
    this.codeValue = event.detail.value;
    const problem = checkCode(this.codeValue, false);
    this.codeError = problem ? this.msg(`tracker.code.${problem}`) : '';
  }

  private onCodeChange(): void {
    if (!this.codeValue.trim()) return;
    const problem = checkCode(this.codeValue, true);
    this.codeError = problem ? this.msg(`tracker.code.${problem}`) : '';
  }

  private onVerifierInput(event: CustomEvent<{ value: string }>): void {
    this.verifierValue = event.detail.value;
    const problem = checkVerifier(this.verifierValue, false);
    this.verifierError = problem ? this.msg(`tracker.verifier.${problem}`) : '';
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.lookup();
  }

  private async pickSaved(code: string): Promise<void> {
    this.codeValue = code;
    this.codeError = '';
    this.announcement = this.msg('tracker.saved.picked', { code });
    await this.updateComplete;
    this.verifierField?.focus();
  }

  private async forget(code: string): Promise<void> {
    this.saved = forgetCode(code);
    this.announcement = this.msg('tracker.saved.forgotten', { code });
    await this.updateComplete;
    this.codeField?.focus();
  }

  private async openSurvey(): Promise<void> {
    // Loaded on demand: most visits never evaluate, so the survey is not in the tracker's chunk.
    await import('../satisfaction-survey/define.js');
    this.surveyOpen = true;
    await this.updateComplete;
    const survey = this.renderRoot.querySelector<HTMLElement>('mc-satisfaction-survey');
    await (survey as unknown as { updateComplete?: Promise<unknown> })?.updateComplete;
    survey?.focus();
  }

  private renderForm() {
    const busy = this.phase === 'loading';
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-describedby="intro">
      <mc-text-field
        id="code"
        part="code"
        label=${this.msg('tracker.code.label')}
        hint=${this.msg('tracker.code.hint')}
        autocomplete="off"
        .value=${this.codeValue}
        .error=${this.codeError}
        @mc-input=${this.onCodeInput}
        @mc-change=${this.onCodeChange}
      ></mc-text-field>
      <mc-text-field
        id="verifier"
        part="verifier"
        label=${this.msg('tracker.verifier.label')}
        hint=${this.msg('tracker.verifier.hint')}
        inputmode="numeric"
        autocomplete="off"
        .value=${this.verifierValue}
        .error=${this.verifierError}
        @mc-input=${this.onVerifierInput}
      ></mc-text-field>
      <mc-checkbox
        part="remember"
        label=${this.msg('tracker.remember')}
        .checked=${this.remember}
        @mc-change=${(e: CustomEvent<{ checked: boolean }>) => (this.remember = e.detail.checked)}
      ></mc-checkbox>
      <div class="actions">
        <mc-button part="submit" type="submit" ?loading=${busy} ?disabled=${this.retryIn > 0}>${this.msg('tracker.submit')}</mc-button>
      </div>
    </form>`;
  }

  private renderSaved() {
    if (!this.saved.length) return nothing;
    return html`<section class="saved" part="saved" aria-labelledby="saved-heading">
      <h3 id="saved-heading">${this.msg('tracker.saved.heading')}</h3>
      <p class="muted">${this.msg('tracker.saved.hint')}</p>
      <ul>
        ${this.saved.map(
          (code) => html`<li>
            <span class="saved-code">${code}</span>
            <mc-button variant="secondary" type="button" @click=${() => this.pickSaved(code)}
              ><span aria-hidden="true">${this.msg('tracker.saved.check')}</span
              ><span class="visually-hidden">${this.msg('tracker.saved.checkLabel', { code })}</span></mc-button
            >
            <mc-button variant="tertiary" type="button" @click=${() => this.forget(code)}
              ><span aria-hidden="true">${this.msg('tracker.saved.forget')}</span
              ><span class="visually-hidden">${this.msg('tracker.saved.forgetLabel', { code })}</span></mc-button
            >
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderOutcome() {
    switch (this.phase) {
      case 'form':
        return nothing;
      case 'loading':
        return html`<mc-skeleton part="loading" variant="card" height="16rem"></mc-skeleton>`;
      case 'not-found':
        return html`<mc-alert part="not-found" status="danger" heading=${this.msg('tracker.notFound.heading')} heading-level="3"
          >${this.msg('tracker.notFound.body')}</mc-alert
        >`;
      case 'rate-limited':
        return this.retryIn > 0
          ? html`<mc-alert part="rate-limited" status="warning" heading=${this.msg('tracker.rateLimited.heading')} heading-level="3">
              ${this.msg('tracker.rateLimited.body')}
              <span class="countdown" aria-live="off">${this.msg('tracker.rateLimited.seconds', { seconds: this.retryIn })}</span>.
            </mc-alert>`
          : html`<mc-alert part="rate-limited" status="info">${this.msg('tracker.rateLimited.over')}</mc-alert>`;
      case 'offline':
      case 'error':
        return renderFailure(this.msg.bind(this), this.failure!, () => void this.lookup());
      case 'result':
        return this.resultView!.renderResult({
          msg: this.msg.bind(this),
          locale: this.locale,
          view: this.view!,
          surveyOpen: this.surveyOpen,
          owner: this.owner,
          api: this.api,
          theme: this.theme,
          onEvaluate: () => void this.openSurvey(),
        });
    }
  }

  override render() {
    if (!this.apiValid) return html`${renderConfigError(this.msg.bind(this), ['state.config.api'])}${this.renderFallback()}`;
    return html`<div class="panel" part="base">
        <h2>${this.msg('tracker.heading')}</h2>
        <p id="intro">${this.msg('tracker.intro')}</p>
        ${this.renderForm()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        <div class="outcome" aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>${this.renderOutcome()}</div>
        ${this.renderSaved()}
      </div>
      ${this.renderFallback()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-status-tracker': McStatusTracker;
  }
}
