// Renders token tables for the Foundations/Tokens stories from @motcua/tokens data (every theme).
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { checkContrast, contrastRatio, themes, themeIds, tokenMeta, tokens, type TokenMeta } from '@motcua/tokens';

const cell = 'padding: var(--mc-space-2); border-bottom: 1px solid var(--mc-color-border); text-align: start; vertical-align: top;';
const code = 'font-family: var(--mc-font-family-mono); font-size: var(--mc-font-size-sm);';

const byPrefix = (...prefixes: string[]): TokenMeta[] => tokenMeta.filter((m) => prefixes.some((p) => m.name.startsWith(p)));

function swatch(value: string, surface: string): TemplateResult {
  const ratio = value.startsWith('#') ? contrastRatio(value, surface) : undefined;
  return html`<span style="display: inline-flex; align-items: center; gap: var(--mc-space-2);">
    <span aria-hidden="true" style=${styleMap({ display: 'inline-block', width: '2rem', height: '2rem', background: value, border: '1px solid #828b96', 'border-radius': '0.25rem', 'flex-shrink': '0' })}></span>
    <span style=${code}>${value}${ratio ? html`<br /><span title="contrast on surface">${ratio.toFixed(2)}:1</span>` : nothing}</span>
  </span>`;
}

function table(caption: string, rows: TokenMeta[], value: (m: TokenMeta, themeId: (typeof themeIds)[number]) => TemplateResult | string): TemplateResult {
  return html`<table style="border-collapse: collapse; width: 100%; margin-block-end: var(--mc-space-6);">
    <caption style="text-align: start; font-weight: var(--mc-font-weight-bold); font-size: var(--mc-font-size-lg); padding-block: var(--mc-space-2);">${caption}</caption>
    <thead>
      <tr>
        <th scope="col" style=${cell}>Token</th>
        ${themeIds.map((id) => html`<th scope="col" style=${cell}>${themes[id].name.vi}<br /><span style=${code}>${id}</span></th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (m) => html`<tr>
          <th scope="row" style=${cell}><span style=${code}>${m.name}</span>${m.description ? html`<br /><span style="font-weight: var(--mc-font-weight-regular); font-size: var(--mc-font-size-sm); color: var(--mc-color-text-muted);">${m.description}</span>` : nothing}</th>
          ${themeIds.map((id) => html`<td style=${cell}>${value(m, id)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

const plain = (m: TokenMeta, id: (typeof themeIds)[number]) => html`<span style=${code}>${tokens[id][m.name]}</span>`;

export const colours = () =>
  table('Colour: swatch, hex, contrast on the theme’s surface', byPrefix('--mc-color-'), (m, id) => swatch(tokens[id][m.name]!, tokens[id]['--mc-color-surface']!));

export const typography = () => html`
  ${table('Typography', byPrefix('--mc-font-', '--mc-line-height-'), (m, id) =>
    m.name.startsWith('--mc-font-size-')
      ? html`<span style=${styleMap({ 'font-size': tokens[id][m.name]!, 'line-height': tokens[id]['--mc-line-height-tight']! })}>Thủ tục hành chính</span><br /><span style=${code}>${tokens[id][m.name]}</span>`
      : m.name.startsWith('--mc-font-weight-')
        ? html`<span style=${styleMap({ 'font-weight': tokens[id][m.name]! })}>Hồ sơ đã tiếp nhận</span> <span style=${code}>${tokens[id][m.name]}</span>`
        : m.name.startsWith('--mc-font-family')
          ? html`<span style=${styleMap({ 'font-family': tokens[id][m.name]! })}>Ấp Mỹ Thạnh, xã Đức Hòa — 0123-ĐKKS</span><br /><span style=${code}>${tokens[id][m.name]}</span>`
          : plain(m, id),
  )}
`;

export const spacing = () =>
  table('Spacing', byPrefix('--mc-space-'), (m, id) => html`<span aria-hidden="true" style=${styleMap({ display: 'inline-block', width: tokens[id][m.name]!, height: '1rem', background: tokens[id]['--mc-color-brand']!, 'vertical-align': 'middle' })}></span> <span style=${code}>${tokens[id][m.name]}</span>`);

export const shape = () => html`
  ${table('Radius', byPrefix('--mc-radius-'), (m, id) => html`<span aria-hidden="true" style=${styleMap({ display: 'inline-block', width: '3rem', height: '2rem', border: `2px solid ${tokens[id]['--mc-color-border-strong']}`, 'border-radius': tokens[id][m.name]!, 'vertical-align': 'middle' })}></span> <span style=${code}>${tokens[id][m.name]}</span>`)}
  ${table('Elevation', byPrefix('--mc-shadow-'), (m, id) => html`<span aria-hidden="true" style=${styleMap({ display: 'block', width: '4rem', height: '2.5rem', background: tokens[id]['--mc-color-surface']!, 'box-shadow': tokens[id][m.name]!, 'margin-block-end': '0.5rem' })}></span><span style=${code}>${tokens[id][m.name]}</span>`)}
  ${table('Focus ring and sizes', byPrefix('--mc-focus-', '--mc-control-', '--mc-content-'), plain)}
`;

export const motion = () =>
  table('Motion (durations become 0ms under prefers-reduced-motion: reduce)', byPrefix('--mc-motion-'), plain);

export const contrast = () => html`${themeIds.map((id) => {
  const results = checkContrast(tokens[id]);
  const lowest = Math.min(...results.map((r) => r.ratio));
  return html`<table style="border-collapse: collapse; width: 100%; margin-block-end: var(--mc-space-6);">
    <caption style="text-align: start; font-weight: var(--mc-font-weight-bold); font-size: var(--mc-font-size-lg); padding-block: var(--mc-space-2);">
      ${themes[id].name.vi} (${id}): ${results.filter((r) => r.pass).length}/${results.length} pairs pass, lowest ${lowest.toFixed(2)}:1
    </caption>
    <thead><tr>${['Foreground', 'Background', 'Use', 'Ratio', 'Minimum', 'Result'].map((h) => html`<th scope="col" style=${cell}>${h}</th>`)}</tr></thead>
    <tbody>
      ${results.map(
        (r) => html`<tr>
          <td style=${cell}>${swatch(r.fgValue, r.bgValue)} <span style=${code}>${r.fg}</span></td>
          <td style=${cell}><span style=${code}>${r.bg} ${r.bgValue}</span></td>
          <td style=${cell}>${r.use}</td>
          <td style=${cell}><strong>${r.ratio.toFixed(2)}:1</strong></td>
          <td style=${cell}>${r.minimum}:1 (${r.kind})</td>
          <td style=${cell}>${r.pass ? 'pass' : 'FAIL'}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
})}`;
