// What follows sending, a lazy view: the thank-you view (sent, or kept on the device by the
// outbox), the "already evaluated" view and the strings of both and of a refusal
// (outcome.messages.ts, added to the survey's catalog as it loads: lazyModule). It is not needed to
// show the questions, so the survey loads without it, and fetches it as soon as the questions are
// on screen: it must be on the device before sending, since answers given offline wait in the
// outbox and the thank-you view must then say so without a connection.
import { html, type TemplateResult } from 'lit';
import './elements.js';
export { outcomeMessages as messages } from './outcome.messages.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;

/** Thanks: sent, or kept on the device until it can be sent (and then sent later). */
export function renderThanks(msg: Msg, mode: 'general' | 'dossier', queued: boolean, sentLater: boolean): TemplateResult {
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
