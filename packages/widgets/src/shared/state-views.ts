// Templates of the shared states (needs mc-alert, mc-button and mc-skeleton defined).
import { html, type TemplateResult } from 'lit';
import type { Failure } from './states.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;

/** Offline or error: a message in a live region and a retry button. */
export function renderFailure(msg: Msg, failure: Failure, retry: () => void, headingLevel = 3): TemplateResult {
  const offline = failure.kind === 'offline';
  return html`<div class="state state-${offline ? 'offline' : 'error'}" part="${offline ? 'offline' : 'error'}">
    <mc-alert status=${offline ? 'warning' : 'danger'} heading=${msg(offline ? 'state.offline.heading' : 'state.error.heading')} heading-level=${headingLevel}>
      ${msg(offline ? 'state.offline.body' : 'state.error.body')}
    </mc-alert>
    <mc-button part="retry" variant="secondary" type="button" @click=${retry}>${msg('state.retry')}</mc-button>
  </div>`;
}

/** A configuration problem the page author must fix (the loader also logs it). */
export function renderConfigError(msg: Msg, keys: string[]): TemplateResult {
  return html`<mc-alert part="config-error" status="danger" heading=${msg('state.config.heading')}>
    ${keys.map((k) => html`<span>${msg(k)} </span>`)}
  </mc-alert>`;
}
