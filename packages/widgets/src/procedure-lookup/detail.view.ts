// The detail of one procedure inside <mc-procedure-lookup>, a lazy view: channels table, steps, who
// may apply, requirements, result, legal basis, where to submit (with the unit's address), the
// button to submit online, and the dossier checklist. The lookup starts importing it when a
// procedure is opened, in parallel with the API request (and with the checklist, see define.ts), so
// the search (all most visits use) loads without it and the detail is not delayed by it. Its
// strings (detail.messages.ts) join the lookup's catalog as it loads (lazyModule); its styles
// (detail.styles.ts) are added to the lookup's shadow root then (McWidget.addStyles).
import './elements.js';
import '@motcua/ui/link-button/define';
import { html, nothing, type TemplateResult } from 'lit';
import type { ProcedureDetailResponse } from '@motcua/contracts';
import { formatDate } from '@motcua/ui/i18n/format';
import { heading } from '../shared/heading.js';
export { detailMessages as messages } from './detail.messages.js';
export { detailStyles } from './detail.styles.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;

const CHANNEL_ORDER = ['in-person', 'online', 'postal'];

function list(items: string[]): TemplateResult {
  return html`<ul>
    ${items.map((i) => html`<li>${i}</li>`)}
  </ul>`;
}

export interface DetailContext {
  msg: Msg;
  locale: string;
  level: number;
  api: string;
  unit: string;
  messages?: unknown;
}

export function renderDetail(d: ProcedureDetailResponse, ctx: DetailContext): TemplateResult {
  const { msg, level } = ctx;
  const sub = level + 1;
  const channels = [...d.channels].sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel));
  const online = d.onlineService !== 'none' && d.nationalPortalUrl;
  const section = (id: string, title: string, body: TemplateResult | typeof nothing) =>
    html`<section class="detail-section" part="detail-section" aria-labelledby="d-${id}">${heading(sub, title, { id: `d-${id}` })}${body}</section>`;
  return html`<article class="detail" part="detail" aria-labelledby="detail-heading">
    <header class="detail-header">
      ${heading(level, d.name, { id: 'detail-heading', part: 'detail-heading', tabindex: '-1' })}
      <p class="meta-line">
        <span>${msg('lookup.detail.code', { code: d.code })}</span>
        <span>${d.field.name}</span>
        <span>${msg(`lookup.detail.level.${d.level}`)}</span>
        ${d.onlineService !== 'none'
          ? html`<mc-badge status=${d.onlineService === 'full' ? 'success' : 'info'}>${msg(`lookup.badge.${d.onlineService}`)}</mc-badge>`
          : nothing}
      </p>
    </header>
    ${online
      ? html`<div class="online" part="online">
          <mc-link-button part="online-button" href=${d.nationalPortalUrl!} target="_blank" rel="noopener">${msg('lookup.detail.online')}</mc-link-button>
          <p class="muted">${msg('lookup.detail.online.note')}</p>
        </div>`
      : nothing}
    ${channels.length
      ? section(
          'channels',
          msg('lookup.detail.channels'),
          html`<div class="table-wrap">
            <table part="channels">
              <caption class="visually-hidden">${msg('lookup.detail.channels.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('lookup.detail.channel')}</th>
                  <th scope="col">${msg('lookup.detail.time')}</th>
                  <th scope="col">${msg('lookup.detail.fee')}</th>
                </tr>
              </thead>
              <tbody>
                ${channels.map(
                  (ch) => html`<tr>
                    <th scope="row">${msg(`lookup.detail.channel.${ch.channel}`)}</th>
                    <td data-label=${msg('lookup.detail.time')}>${ch.timeLimit.text}</td>
                    <td data-label=${msg('lookup.detail.fee')}>${ch.fee.text}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
        )
      : nothing}
    ${section(
      'where',
      msg('lookup.detail.where'),
      html`${d.unit
          ? html`<p><strong>${d.unit.fullName}</strong>${d.unit.contact?.address ? html`, ${d.unit.contact.address}` : nothing}</p>
              ${d.unit.contact?.phone ? html`<p>${msg('lookup.detail.phone', { phone: d.unit.contact.phone })}</p>` : nothing}`
          : nothing}
        <p class=${d.unit ? 'muted' : ''}>${d.whereToSubmit}</p>`,
    )}
    <mc-dossier-checklist
      part="checklist"
      compact
      .procedureData=${d}
      procedure=${d.code}
      api=${ctx.api || nothing}
      unit=${ctx.unit || nothing}
      heading-level=${sub}
      .messages=${ctx.messages}
    ></mc-dossier-checklist>
    ${d.steps.length
      ? section(
          'steps',
          msg('lookup.detail.steps'),
          html`<ol class="steps">
            ${[...d.steps]
              .sort((a, b) => a.order - b.order)
              .map((s) => html`<li><strong>${s.title}</strong>${s.description ? html`<br />${s.description}` : nothing}</li>`)}
          </ol>`,
        )
      : nothing}
    ${d.applicants.length ? section('applicants', msg('lookup.detail.applicants'), list(d.applicants)) : nothing}
    ${d.requirements.length ? section('requirements', msg('lookup.detail.requirements'), list(d.requirements)) : nothing}
    ${d.result.length ? section('result', msg('lookup.detail.result'), list(d.result)) : nothing}
    ${d.legalBasis.length
      ? section(
          'legal',
          msg('lookup.detail.legal'),
          html`<ul>
            ${d.legalBasis.map(
              (l) =>
                html`<li>
                  <strong>${l.number}</strong>${l.title ? html` — ${l.title}` : nothing}${l.issuer || l.issuedOn
                    ? html` <span class="muted">(${[l.issuer, l.issuedOn ? formatDate(l.issuedOn, ctx.locale) : ''].filter(Boolean).join(', ')})</span>`
                    : nothing}
                </li>`,
            )}
          </ul>`,
        )
      : nothing}
  </article>`;
}
