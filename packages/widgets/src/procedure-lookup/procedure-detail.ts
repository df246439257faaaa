// The detail view of one procedure inside <mc-procedure-lookup>: channels table, steps, who may
// apply, requirements, result, legal basis, where to submit (with the unit's address), the button
// to submit online, and the dossier checklist (needs mc-dossier-checklist, mc-link-button defined).
// Loaded with detail.ts when a procedure is first opened; its styles are added to the lookup's
// shadow root then (McWidget.addStyles), after the lookup's own.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ProcedureDetailResponse } from '@motcua/contracts';
import { focusRing, token } from '@motcua/ui';
import { formatDate } from '@motcua/ui/i18n/format';
import { heading } from '../shared/heading.js';

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

/** Styles of the detail view (the lookup's `.muted`, `a` and heading rules apply too). */
export const detailStyles = css`
  .detail {
    display: flex;
    flex-direction: column;
    gap: ${token('space-5')};
    overflow-wrap: anywhere;
  }
  .detail-header {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  #detail-heading {
    font-size: ${token('font-size-xl')};
  }
  #detail-heading:focus-visible {
    ${focusRing}
  }
  .meta-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-1')} ${token('space-3')};
    color: ${token('color-text-muted')};
  }
  .online {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    align-items: flex-start;
  }
  .detail-section {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  .detail-section h3,
  .detail-section h4,
  .detail-section h5 {
    font-size: ${token('font-size-lg')};
  }
  .detail-section ul,
  .detail-section ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
  }
  thead th {
    background: ${token('color-surface-alt')};
  }
  /* Narrow screens: each channel becomes a block with its labels, no sideways scrolling. */
  @media (max-width: 36rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
      width: auto;
    }
    tr {
      border: 1px solid ${token('color-border')};
      margin-block-end: ${token('space-2')};
    }
    th,
    td {
      border: 0;
    }
    td::before {
      content: attr(data-label) ': ';
      font-weight: ${token('font-weight-bold')};
    }
  }
`;
