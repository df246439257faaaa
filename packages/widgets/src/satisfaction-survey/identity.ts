// The dossier code and verifier fields of an evaluation the citizen identifies by typing them
// (mode="dossier" without `code` and `verifier` from the tracker), as one lazily imported module:
// the fields (<mc-text-field>), their checks and their strings (added to the survey's catalog here).
// The anonymous survey, the common case, does not need them; an evaluation imports them while it
// loads its criteria, in parallel, before the form is shown.
import { html, type TemplateResult } from 'lit';
import './elements.js';
import '@motcua/ui/text-field/define';
import { McSatisfactionSurvey } from './satisfaction-survey.js';
import { codeMessages } from '../shared/code-messages.js';
import { checkCode, checkVerifier } from '../shared/dossier-code.js';

McSatisfactionSurvey.addMessages(codeMessages);
McSatisfactionSurvey.addMessages({
  vi: {
    'survey.code.label': 'Mã hồ sơ',
    'survey.code.hint': 'Ghi trên giấy tiếp nhận, ví dụ: 000.00.25.H53-261120-0012',
    'survey.verifier.label': '4 số cuối số định danh cá nhân hoặc số điện thoại',
    'survey.verifier.hint': 'Để xác nhận bạn là người nộp hồ sơ. Không được lưu lại.',
  },
  // English: messages.en.ts, with the rest.
  en: {},
});

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
