// The dossier code and verifier fields of an evaluation the citizen identifies by typing them
// (mode="dossier" without `code` and `verifier` from the tracker), a lazy view: the fields
// (<mc-text-field>), their checks and their strings (identity.messages.ts, added to the survey's
// catalog as it loads: lazyModule). The anonymous survey, the common case, does not need them; an
// evaluation imports them while it loads its criteria, in parallel, before the form is shown.
import { html, type TemplateResult } from 'lit';
import './elements.js';
import '@motcua/ui/text-field/define';
import { checkCode, checkVerifier } from '../shared/dossier-code.js';
export { identityMessages as messages } from './identity.messages.js';

export { checkCode, checkVerifier, normalizeCode } from '../shared/dossier-code.js';

type Msg = (key: string, params?: Record<string, string | number>) => string;

export interface IdentityFields {
  msg: Msg;
  code: string;
  verifier: string;
  codeError: string;
  verifierError: string;
  /** A field was typed in: its value and what is wrong with it so far ('' when nothing). */
  onInput: (field: 'code' | 'verifier', value: string, error: string) => void;
}

export function renderIdentity({ msg, code, verifier, codeError, verifierError, onInput }: IdentityFields): TemplateResult {
  return html`<div class="identity" part="identity">
    <mc-text-field
      id="code"
      label=${msg('survey.code.label')}
      hint=${msg('survey.code.hint')}
      autocomplete="off"
      .value=${code}
      .error=${codeError}
      @mc-input=${(e: CustomEvent<{ value: string }>) => {
        const p = checkCode(e.detail.value, false);
        onInput('code', e.detail.value, p ? msg(`tracker.code.${p}`) : '');
      }}
    ></mc-text-field>
    <mc-text-field
      id="verifier"
      label=${msg('survey.verifier.label')}
      hint=${msg('survey.verifier.hint')}
      inputmode="numeric"
      autocomplete="off"
      .value=${verifier}
      .error=${verifierError}
      @mc-input=${(e: CustomEvent<{ value: string }>) => {
        const p = checkVerifier(e.detail.value, false);
        onInput('verifier', e.detail.value, p ? msg(`tracker.verifier.${p}`) : '');
      }}
    ></mc-text-field>
  </div>`;
}
