// What follows sending, a lazy view: the answers put into the request the API takes and handed to
// the outbox, what a refusal means, the thank-you view (sent, or kept on the device by the outbox),
// the "already evaluated" view and the strings of these (outcome.messages.ts, added to the survey's
// catalog as it loads: lazyModule). It is not needed to
// show the questions, so the survey loads without it, and fetches it as soon as the questions are
// on screen: it must be on the device before sending, since answers given offline wait in the
// outbox and the thank-you view must then say so without a connection.
import { html, type TemplateResult } from 'lit';
import type { ClientOutbox } from '@motcua/sdk/outbox';
import './elements.js';
import type { Failure } from '../shared/states.js';
import type { Question } from './questions.js';
export { outcomeMessages as messages } from './outcome.messages.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;
type Mode = 'general' | 'dossier';

const ALREADY_EVALUATED = 'urn:motcua:problem:already-evaluated';

export interface Answers {
  mode: Mode;
  unit: string;
  /** Dossier mode: the dossier's code and verifier, as typed or given. */
  code: string;
  verifier: string;
  questions: readonly Question[];
  /** `{ [questionId]: "level" }`, every question answered. */
  answers: Record<string, string>;
  /** Id of the overall satisfaction question (dossier mode; the survey's SATISFACTION_ID). */
  satisfactionId: string;
  comment: string;
}

/**
 * Sends the answers through the outbox: a general survey (SIPAS) or a dossier's evaluation.
 * Indicators are points (numbers); the overall satisfaction is a level sent on its own.
 */
export function sendAnswers(outbox: ClientOutbox, a: Answers) {
  const answers = Object.fromEntries(a.questions.filter((q) => q.id !== a.satisfactionId).map((q) => [q.id, Number(a.answers[q.id])]));
  const comment = a.comment.trim();
  const extra = comment ? { comment } : {};
  return a.mode === 'general'
    ? outbox.submit('survey', { unit: a.unit, answers: answers as never, ...extra })
    : outbox.submit('evaluation', { code: a.code, verifier: a.verifier, answers: answers as never, satisfaction: a.answers[a.satisfactionId] as never, ...extra });
}

/** A refusal by the server: `already` (the dossier was evaluated before), else the message to show. */
export function refusal(failure: Failure, mode: Mode): 'already' | string {
  if (failure.status === 409) return failure.type === ALREADY_EVALUATED ? 'already' : 'survey.notEvaluable';
  if (failure.kind === 'not-found') return mode === 'general' ? 'survey.unitNotFound' : 'survey.notFound';
  return failure.kind === 'invalid' ? 'survey.invalid' : 'survey.sendError';
}

/** Thanks: sent, or kept on the device until it can be sent (and then sent later). */
export function renderThanks(msg: Msg, mode: Mode, queued: boolean, sentLater: boolean): TemplateResult {
  return html`<div class="thanks" part="thanks">
    ${queued && !sentLater
      ? html`<mc-alert part="queued" status="warning" heading=${msg('survey.thanks.queued.heading')}>${msg('survey.thanks.queued.body')}</mc-alert>`
      : html`<mc-alert status="success">${msg(sentLater ? 'survey.thanks.sentLater' : `survey.thanks.sent.${mode}`)}</mc-alert>`}
    <p>${msg(`survey.thanks.use.${mode}`)}</p>
  </div>`;
}

/** The dossier was evaluated before (409 already-evaluated). */
export function renderAlready(msg: Msg): TemplateResult {
  return html`<mc-alert part="already" status="info" heading=${msg('survey.already.heading')}>${msg('survey.already.body')}</mc-alert>`;
}
