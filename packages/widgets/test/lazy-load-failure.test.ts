// A lazily loaded part of a widget that cannot be loaded (in production: offline, or a CDN error
// on the chunk) shows the widget's existing error state. Provoked here by making the lazy view's
// loading fail (each lazy view's strings are added to its widget's catalog as it loads, see
// lazyModule in shared/widget.ts), so that its load rejects as a failed fetch does. A test file
// (page) of its own, since it patches the widgets' classes.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/procedure-lookup/define.js';
import '../src/status-tracker/define.js';
import '../src/satisfaction-survey/define.js';
import { McProcedureLookup } from '../src/procedure-lookup/procedure-lookup.js';
import { McStatusTracker } from '../src/status-tracker/status-tracker.js';
import { McSatisfactionSurvey } from '../src/satisfaction-survey/satisfaction-survey.js';
import { GENERAL_ANSWERS } from '../src/satisfaction-survey/satisfaction-survey.examples.js';
import type { Catalog } from '@motcua/ui';
import { scenario, waitFor } from '@motcua/sdk/testing/helpers';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Makes `cls.addMessages` throw for a catalog with `key` (what the lazy module adds) until restored. */
function failLoading(cls: typeof McProcedureLookup | typeof McStatusTracker | typeof McSatisfactionSurvey, key: string): () => void {
  const own = Object.getOwnPropertyDescriptor(cls, 'addMessages');
  const original = cls.addMessages;
  cls.addMessages = function (this: typeof cls, catalog: Catalog) {
    if (key in catalog.vi) throw new Error('chunk could not be loaded (test)');
    return original.call(this, catalog);
  };
  return () => {
    if (own) Object.defineProperty(cls, 'addMessages', own);
    else delete (cls as { addMessages?: unknown }).addMessages;
  };
}

describe('a lazily loaded part that cannot be loaded shows the error state', () => {
  let api = '';
  before(async () => {
    api = (await scenario('lazy-failure')).baseUrl;
  });

  it('mc-procedure-lookup: the detail view', async () => {
    const restore = failLoading(McProcedureLookup, 'lookup.detail.code');
    try {
      const errors: CustomEvent[] = [];
      const el = await fixture<McProcedureLookup>(
        html`<mc-procedure-lookup api=${api} unit="25459" query="khai tu" @mc-error=${(e: CustomEvent) => errors.push(e)}></mc-procedure-lookup>`,
      );
      await waitFor(() => $(el, '[part~="result-link"]'), 12000, 'results');
      $(el, '[part~="result-link"]')!.click();
      await waitFor(() => $(el, '[part~="error"]'), 12000, 'the error state');
      await el.updateComplete;
      expect($(el, '[part~="detail"]')).to.equal(null);
      expect($(el, '[part~="retry"]')).to.exist;
      expect($(el, '[part~="back"]'), 'the way back').to.exist;
      expect(errors).to.have.length(1);
      await new Promise((r) => setTimeout(r, 80));
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('mc-status-tracker: the result view', async () => {
    const restore = failLoading(McStatusTracker, 'tracker.result.heading');
    try {
      const el = await fixture<McStatusTracker>(html`<mc-status-tracker api=${api}></mc-status-tracker>`);
      await el.check('000.00.25.H53-261026-0008', '5537');
      await waitFor(() => $(el, '[part~="error"]'), 12000, 'the error state');
      expect($(el, '[part~="result"]')).to.equal(null);
      expect($(el, '[part~="retry"]')).to.exist;
      await new Promise((r) => setTimeout(r, 80));
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('mc-satisfaction-survey: what follows sending (nothing is sent, the answers stay)', async () => {
    const s = await scenario('lazy-failure-survey');
    const restore = failLoading(McSatisfactionSurvey, 'survey.thanks.heading');
    try {
      const el = await fixture<McSatisfactionSurvey>(html`<mc-satisfaction-survey api=${s.baseUrl} unit="25480" layout="all"></mc-satisfaction-survey>`);
      await waitFor(() => $(el, 'mc-rating-scale'), 12000, 'the questions');
      el.answers = { ...GENERAL_ANSWERS };
      await el.submit();
      await el.updateComplete;
      expect($(el, '[part="submit-error"]')!.textContent!.trim()).to.equal('Chưa gửi được. Vui lòng thử lại.');
      expect($(el, '[part="thanks"]')).to.equal(null);
      expect($$count(el, 'mc-rating-scale')).to.equal(5);
      expect((await s.log()).filter((r) => r.method === 'POST')).to.have.length(0);
      await new Promise((r) => setTimeout(r, 80));
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('mc-satisfaction-survey: an evaluation\u2019s questions (error state with retry, no form)', async () => {
    const restore = failLoading(McSatisfactionSurvey, 'survey.intro.dossier');
    try {
      const errors: CustomEvent[] = [];
      const el = await fixture<McSatisfactionSurvey>(
        html`<mc-satisfaction-survey api=${api} mode="dossier" layout="all" @mc-error=${(e: CustomEvent) => errors.push(e)}></mc-satisfaction-survey>`,
      );
      await waitFor(() => $(el, '[part~="error"]'), 12000, 'the error state');
      expect($$count(el, 'mc-rating-scale')).to.equal(0);
      expect($(el, '[part~="retry"]')).to.exist;
      expect(errors).to.have.length(1);
      await new Promise((r) => setTimeout(r, 80));
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});

function $$count(el: Element, selector: string): number {
  return el.shadowRoot!.querySelectorAll(selector).length;
}
