// The result of a lookup inside <mc-status-tracker>, a lazy view: plain words first — status and
// what to do now, appointment and days, the apology when late — then the process-control slip as an
// ordered list, with the <mc-badge> and <mc-timeline> it renders. The tracker starts importing it
// when a lookup starts, in parallel with the API request, so the form (all most visits show first)
// loads without it and the result is not delayed by it. Its strings (result.messages.ts) join the
// tracker's catalog as it loads (lazyModule); its styles (result.styles.ts) are added to the
// tracker's shadow root then (McWidget.addStyles).
import './elements.js';
import '@motcua/ui/badge/define';
import '@motcua/ui/timeline/define';
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierView, TimelineEntry } from '@motcua/contracts';
import type { TimelineItem } from '@motcua/ui/timeline/timeline';
import { formatDate, formatDateTime, formatMoney, toDateTimeAttribute } from '@motcua/ui/i18n/format';
import type { Locale } from '@motcua/ui';
export { resultMessages as messages } from './result.messages.js';
export { resultStyles } from './result.styles.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;

const BADGE: Record<string, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  submitted: 'info',
  accepted: 'info',
  'not-accepted': 'danger',
  'in-progress': 'info',
  'supplement-requested': 'warning',
  'financial-obligation': 'warning',
  withdrawn: 'neutral',
  stopped: 'warning',
  resolved: 'success',
  'result-returned': 'success',
};

/** The status in a sentence. */
export function statusSentence(msg: Msg, view: DossierView): string {
  const id = view.status.id;
  if (id === 'in-progress' && view.currentStep) return msg('tracker.say.in-progress-step', { step: view.currentStep });
  return msg(`tracker.say.${id}`);
}

/** What the citizen must do now, or what happens next. */
export function nextStep(msg: Msg, view: DossierView, locale: Locale): TemplateResult {
  const unit = view.unit.name;
  const date = view.appointmentDate ? formatDate(view.appointmentDate, locale) : '';
  const wait = html`<p>${date ? msg('tracker.next.waitUntil', { date }) : msg('tracker.next.wait')}</p>`;
  const postal = view.resultDelivery.method === 'postal';
  const tracking = view.resultDelivery.trackingNumber
    ? html`<p class="tracking">${msg('tracker.next.trackingLabel')}: <strong>${view.resultDelivery.trackingNumber}</strong></p>`
    : nothing;
  switch (view.status.id) {
    case 'submitted':
    case 'accepted':
    case 'in-progress':
      return wait;
    case 'not-accepted':
      return html`<p>${msg('tracker.next.not-accepted', { unit })}</p>`;
    case 'supplement-requested': {
      const s = view.supplementRequest;
      return html`<p>${msg('tracker.next.supplement')}</p>
        ${s ? html`<ul class="papers" part="papers">${s.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
        ${s?.note ? html`<p>${msg('tracker.next.supplementNote', { note: s.note })}</p>` : nothing}
        <p class="muted">${msg('tracker.next.supplementRule')}</p>`;
    }
    case 'financial-obligation': {
      const f = view.financialObligation;
      if (!f) return wait;
      return html`<p class="pay">${msg('tracker.next.pay', { amount: formatMoney(f.amount, locale), description: f.description })}</p>
        ${f.dueDate ? html`<p>${msg('tracker.next.payBy', { date: formatDate(f.dueDate, locale) })}</p>` : nothing}`;
    }
    case 'withdrawn':
      return html`<p>${msg('tracker.next.withdrawn')}</p>`;
    case 'stopped':
      return html`<p>${msg('tracker.next.stopped', { unit })}</p>`;
    case 'resolved':
      return postal ? html`<p>${msg('tracker.next.postal')}</p>${tracking}` : html`<p>${msg('tracker.next.collect', { unit })}</p>`;
    case 'result-returned':
      return postal ? html`<p>${msg('tracker.next.postal')}</p>${tracking}` : html`<p>${msg('tracker.next.returned')}</p>`;
  }
}

/** Appointment date and working days left / overdue. */
export function renderDeadline(msg: Msg, view: DossierView, locale: Locale): TemplateResult | typeof nothing {
  if (!view.appointmentDate) return nothing;
  const overdue = (view.overdueBy ?? 0) > 0;
  let days: string = '';
  // A stopped dossier is the office's decision, not something waiting for the citizen.
  if (view.status.id === 'stopped') days = msg('tracker.result.stopped');
  else if (view.status.paused) days = msg('tracker.result.paused');
  else if (overdue) days = msg('tracker.result.overdue', { days: view.overdueBy! });
  else if (view.daysLeft !== null && view.daysLeft > 0) days = msg('tracker.result.daysLeft', { days: view.daysLeft });
  else if (view.daysLeft === 0) days = msg('tracker.result.dueToday');
  return html`<div class="deadline ${overdue ? 'overdue' : ''}" part="deadline">
    <p class="deadline-label">${msg('tracker.result.appointment')}</p>
    <p class="deadline-date"><time datetime=${toDateTimeAttribute(view.appointmentDate)}>${formatDate(view.appointmentDate, locale)}</time></p>
    ${days ? html`<p class="deadline-days" part="days">${days}</p>` : nothing}
  </div>`;
}

/** The apology (late with a letter) or the late notice (late without one yet). */
export function renderLate(msg: Msg, view: DossierView, locale: Locale): TemplateResult | typeof nothing {
  if (view.apology) {
    return html`<mc-alert part="apology" status="warning" heading=${msg('tracker.apology.heading')} heading-level="3">
      <p>${msg('tracker.apology.body', { unit: view.unit.name, reason: view.apology.reason })}</p>
      <p class="new-date">
        ${msg('tracker.apology.newDate')}:
        <strong><time datetime=${toDateTimeAttribute(view.apology.newAppointmentDate)}>${formatDate(view.apology.newAppointmentDate, locale)}</time></strong>
      </p>
    </mc-alert>`;
  }
  if ((view.overdueBy ?? 0) > 0 && !['resolved', 'result-returned', 'withdrawn', 'not-accepted'].includes(view.status.id)) {
    return html`<mc-alert part="late" status="danger" heading=${msg('tracker.late.heading', { days: view.overdueBy! })} heading-level="3">
      ${msg('tracker.late.body', { unit: view.unit.name })}
    </mc-alert>`;
  }
  return nothing;
}

export function timelineItems(msg: Msg, entries: readonly TimelineEntry[]): TimelineItem[] {
  return entries.map((e) => ({
    title: msg('tracker.result.step', { from: e.fromStep, to: e.toStep }),
    at: e.at,
    state: e.punctuality,
    meta: msg('tracker.result.stepMeta', { unit: e.toUnit, handler: e.handler }),
  }));
}

export function renderFacts(msg: Msg, view: DossierView, locale: Locale): TemplateResult {
  return html`<dl class="facts" part="facts">
    <div><dt>${msg('tracker.result.procedure')}</dt><dd>${view.procedure.name}</dd></div>
    <div><dt>${msg('tracker.result.unit')}</dt><dd>${view.unit.name}</dd></div>
    <div><dt>${msg('tracker.result.received')}</dt><dd>${formatDateTime(view.receivedAt, locale)}</dd></div>
    <div><dt>${msg('tracker.result.channel')}</dt><dd>${msg(`tracker.channel.${view.channel}`)}</dd></div>
    <div><dt>${msg('tracker.result.applicant')}</dt><dd>${view.applicantNameMasked}</dd></div>
  </dl>`;
}

export function statusBadge(msg: Msg, view: DossierView): TemplateResult {
  return html`<mc-badge part="status" status=${BADGE[view.status.id] ?? 'neutral'}>${msg(`tracker.status.${view.status.id}`)}</mc-badge>`;
}

const EVALUABLE = new Set(['resolved', 'result-returned']);

export interface ResultContext {
  msg: Msg;
  locale: Locale;
  view: DossierView;
  /** The evaluation is open: the survey replaces the invitation. */
  surveyOpen: boolean;
  /** Code and verifier of the dossier on display, for the survey. */
  owner: { code: string; verifier: string } | undefined;
  api: string;
  theme: string;
  /** Opens the evaluation (the invitation's button). */
  onEvaluate: () => void;
}

/** The whole result section (needs mc-badge, mc-timeline, mc-button defined). */
export function renderResult({ msg, locale, view, surveyOpen, owner, api, theme, onEvaluate }: ResultContext): TemplateResult {
  const evaluable = EVALUABLE.has(view.status.id);
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    <h3 id="result-heading" tabindex="-1">${msg('tracker.result.heading', { code: view.code })}</h3>
    <div class="summary" part="summary">
      <p>${statusBadge(msg, view)}</p>
      <p class="say">${statusSentence(msg, view)}</p>
      <h4>${msg('tracker.result.next')}</h4>
      ${nextStep(msg, view, locale)}
    </div>
    ${renderLate(msg, view, locale)} ${renderDeadline(msg, view, locale)}
    ${evaluable && view.canEvaluate && !surveyOpen
      ? html`<div class="invitation" part="invitation">
          <h4>${msg('tracker.evaluate.heading')}</h4>
          <p>${msg('tracker.evaluate.body')}</p>
          <mc-button type="button" @click=${onEvaluate}>${msg('tracker.evaluate.open')}</mc-button>
        </div>`
      : nothing}
    ${evaluable && view.evaluated ? html`<p part="evaluated">${msg('tracker.evaluate.done')}</p>` : nothing}
    ${surveyOpen && owner
      ? html`<mc-satisfaction-survey
          part="survey"
          mode="dossier"
          api=${api}
          unit=${view.unit.code}
          theme=${theme || nothing}
          .code=${owner.code}
          .verifier=${owner.verifier}
          .headingLevel=${4}
        ></mc-satisfaction-survey>`
      : nothing}
    ${renderFacts(msg, view, locale)}
    <h4 id="timeline-heading">${msg('tracker.result.timeline')}</h4>
    ${view.timeline.length
      ? html`<mc-timeline part="timeline" label=${msg('tracker.result.timeline')} .items=${timelineItems(msg, view.timeline)}></mc-timeline>`
      : html`<p class="muted">${msg('tracker.result.timelineEmpty')}</p>`}
    <p class="muted">${msg('tracker.result.updated', { time: formatDateTime(view.updatedAt, locale) })}</p>
  </section>`;
}
