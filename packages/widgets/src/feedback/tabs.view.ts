// The follow and answers tabs of <mc-feedback>, a lazy view loaded when the citizen opens one of
// them: their elements (text fields, badge, pagination), their strings (tabs.messages.ts, added to
// the widget's catalog as it loads: lazyModule) and their templates. The send form, the common first
// view, does not carry them. The templates read and call the widget through FeedbackTabsHost only.
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackView, PublicFeedbackList } from '@motcua/contracts';
import type { MessageParams } from '@motcua/ui';
import { formatDate } from '@motcua/ui/i18n/format';
import './elements.js';
import '@motcua/ui/text-field/define';
import '@motcua/ui/badge/define';
import '@motcua/ui/pagination/define';
import { renderFailure } from '../shared/state-views.js';
import type { Failure } from '../shared/states.js';
export { tabsMessages as messages } from './tabs.messages.js';

/** What the follow and answers tabs read from <mc-feedback> and call on it (its public members). */
export interface FeedbackTabsHost {
  msg(key: string, params?: MessageParams): string;
  readonly loc: string;
  // follow
  followCode: string;
  followVerifier: string;
  readonly followErrors: { code?: string; verifier?: string };
  readonly followBusy: boolean;
  readonly followFailure: Failure | undefined;
  readonly item: FeedbackView | undefined;
  readonly resolveNote: string;
  follow(): Promise<void>;
  resolve(resolved: boolean): Promise<void>;
  // answers
  readonly list: PublicFeedbackList | undefined;
  readonly listFailure: Failure | undefined;
  readonly q: string;
  readonly page: number;
  onSearch(value: string): void;
  loadAnswers(): Promise<void>;
  goToPage(page: number): void;
}

export function renderFollow(el: FeedbackTabsHost): TemplateResult {
  const f = el.followFailure;
  return html`<div class="view">
    <form part="follow-form" novalidate @submit=${(e: Event) => (e.preventDefault(), void el.follow())}>
      <mc-text-field
        id="follow-code"
        label=${el.msg('fb.follow.code')}
        hint=${el.msg('fb.follow.code.hint')}
        autocomplete="off"
        required
        .value=${el.followCode}
        .error=${el.followErrors.code ?? ''}
        @mc-input=${(e: CustomEvent<{ value: string }>) => (el.followCode = e.detail.value)}
      ></mc-text-field>
      <mc-text-field
        id="follow-verifier"
        label=${el.msg('fb.follow.verifier')}
        inputmode="numeric"
        autocomplete="off"
        maxlength="4"
        required
        .value=${el.followVerifier}
        .error=${el.followErrors.verifier ?? ''}
        @mc-input=${(e: CustomEvent<{ value: string }>) => (el.followVerifier = e.detail.value)}
      ></mc-text-field>
      <div class="actions"><mc-button type="submit" ?loading=${el.followBusy}>${el.msg('fb.follow.submit')}</mc-button></div>
    </form>
    ${el.followBusy && !el.item ? html`<mc-skeleton part="loading" variant="card" height="10rem"></mc-skeleton>` : nothing}
    ${f
      ? f.kind === 'not-found'
        ? html`<mc-alert part="not-found" status="warning">${el.msg('fb.follow.notFound')}</mc-alert>`
        : f.kind === 'rate-limited'
          ? html`<mc-alert part="rate-limited" status="warning">${el.msg('state.rateLimited', { seconds: f.retryAfter ?? 60 })}</mc-alert>`
          : renderFailure(el.msg.bind(el), f, () => void el.follow())
      : nothing}
    ${el.item ? renderItem(el, el.item) : nothing}
  </div>`;
}

function renderItem(el: FeedbackTabsHost, v: FeedbackView): TemplateResult {
  const loc = el.loc;
  const open = v.workingDaysLeft !== null;
  const deadline = !open
    ? ''
    : v.workingDaysLeft! > 0
      ? el.msg('fb.view.left', { days: v.workingDaysLeft! })
      : v.workingDaysLeft === 0
        ? el.msg('fb.view.today')
        : '';
  return html`<article class="item" aria-labelledby="item-heading">
    <h3 id="item-heading" tabindex="-1">${v.code} — ${v.title}</h3>
    <dl part="status">
      <dt>${el.msg('fb.view.status')}</dt>
      <dd><mc-badge status=${v.status === 'answered' ? 'success' : v.status === 'not-accepted' ? 'danger' : v.overdue ? 'warning' : 'info'}>${el.msg(`fb.status.${v.status}`)}</mc-badge></dd>
      <dt>${el.msg('fb.view.received')}</dt>
      <dd>${formatDate(v.receivedAt, loc)}</dd>
      <dt>${el.msg('fb.view.due')}</dt>
      <dd>${formatDate(v.dueDate, loc)}${deadline ? html` — ${deadline}` : nothing}</dd>
    </dl>
    ${open && v.overdue
      ? html`<mc-alert part="overdue" status="danger">${el.msg('fb.view.overdue', { days: -(v.workingDaysLeft ?? 0) })}</mc-alert>`
      : nothing}
    ${v.forwardedTo && v.status === 'forwarded' ? html`<p>${el.msg('fb.view.forwarded', { agency: v.forwardedTo })}</p>` : nothing}
    ${v.reopened > 0 ? html`<p>${el.msg('fb.view.reopened', { count: v.reopened })}</p>` : nothing}
    ${v.answer && v.status === 'answered'
      ? html`<section class="group" part="answer" aria-labelledby="answer-heading">
          <h4 id="answer-heading">${el.msg('fb.view.answer', { by: v.answer.by, date: formatDate(v.answer.at, loc) })}</h4>
          <p>${v.answer.text}</p>
          <p class=${v.answer.onTime ? 'muted' : 'late'}>
            ${el.msg('fb.view.answerTime', { days: v.answer.workingDaysTaken })} (${el.msg(v.answer.onTime ? 'fb.view.onTime' : 'fb.view.late')})
          </p>
          ${renderResolve(el, v)}
        </section>`
      : nothing}
    ${v.refusal
      ? html`<mc-alert part="refusal" status="warning" heading=${el.msg('fb.view.refused')}>
          <p>${el.msg('fb.view.reason', { reason: v.refusal.reason })}</p>
          <p>${el.msg('fb.view.redirect', { where: v.refusal.redirectTo })}</p>
        </mc-alert>`
      : nothing}
    ${el.resolveNote && v.status !== 'answered' ? html`<p role="status">${el.resolveNote}</p>` : nothing}
  </article>`;
}

function renderResolve(el: FeedbackTabsHost, v: FeedbackView): TemplateResult {
  if (v.resolution?.resolved) return html`<p part="resolve" role="status">${el.resolveNote || el.msg('fb.resolve.given.yes')}</p>`;
  return html`<div class="group" part="resolve" role="group" aria-labelledby="resolve-q">
    <p id="resolve-q">${el.msg('fb.resolve.question')}</p>
    <div class="actions">
      <mc-button type="button" @click=${() => el.resolve(true)}>${el.msg('fb.resolve.yes')}</mc-button>
      <mc-button type="button" variant="secondary" @click=${() => el.resolve(false)}>${el.msg('fb.resolve.no')}</mc-button>
    </div>
  </div>`;
}

export function renderAnswers(el: FeedbackTabsHost): TemplateResult {
  const list = el.list;
  const loc = el.loc;
  const pages = list ? Math.max(1, Math.ceil(list.total / list.limit)) : 1;
  return html`<div class="view">
    <div class="field" part="search">
      <label for="q">${el.msg('fb.answers.search')}</label>
      <input id="q" type="search" autocomplete="off" .value=${el.q} @input=${(e: Event) => el.onSearch((e.target as HTMLInputElement).value)} />
    </div>
    ${el.listFailure
      ? renderFailure(el.msg.bind(el), el.listFailure, () => void el.loadAnswers())
      : !list
        ? html`<mc-skeleton part="loading" variant="card" height="12rem"></mc-skeleton>`
        : list.items.length === 0
          ? html`<p part="empty" role="status">${el.q.trim() ? el.msg('fb.answers.noMatch', { q: el.q.trim() }) : el.msg('fb.answers.empty')}</p>`
          : html`<p id="answers-total" tabindex="-1" role="status">${el.msg('fb.answers.total', { total: list.total })}</p>
              <ol class="answers" part="answers">
                ${list.items.map(
                  (i) => html`<li>
                    <h3>${i.title}</h3>
                    ${i.procedure ? html`<p class="muted">${i.procedure.name}</p>` : nothing}
                    <p class="muted">${el.msg('fb.answers.asked', { date: formatDate(i.askedAt, loc) })}</p>
                    <p><strong>${el.msg('fb.answers.question')}:</strong> ${i.question}</p>
                    <p><strong>${el.msg('fb.answers.answer')}:</strong> ${i.answer}</p>
                    <p class="muted">${el.msg('fb.answers.by', { by: i.answeredBy })}</p>
                    <p class=${i.onTime ? 'muted' : 'late'}>
                      ${el.msg('fb.answers.answered', {
                        date: formatDate(i.answeredAt, loc),
                        days: i.workingDaysTaken,
                        timing: el.msg(i.onTime ? 'fb.view.onTime' : 'fb.view.late'),
                      })}
                    </p>
                  </li>`,
                )}
              </ol>
              ${pages > 1
                ? html`<mc-pagination
                    page=${el.page}
                    total-pages=${pages}
                    @mc-page-change=${(e: CustomEvent<{ page: number }>) => (e.preventDefault(), el.goToPage(e.detail.page))}
                  ></mc-pagination>`
                : nothing}`}
  </div>`;
}
