// The due date a citizen reads in <mc-dossier-checklist>, at fixed moments, against the table
// written by hand from the law (apps/api/test/support/due-table.ts — the same table the API test
// checks). The server's clock is fixed per moment (a real apps/api server with MOTCUA_NOW, from
// the web-test-runner plugin) and so is the browser's; the widget carries no holiday list, it
// shows the server's figure — also when the device's clock is wrong.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/dossier-checklist/define.js';
import type { McDossierChecklist } from '../src/dossier-checklist/dossier-checklist.js';
import { formatDate } from '@motcua/ui/i18n/format';
import { DUE_TABLE, LEGAL_TIME_LIMITS, MOMENTS, type LegalLimit } from '@motcua/api/testing/due-table';

/** One seeded procedure per legal time limit (every cell of the table is rendered). */
const SAMPLE = new Map<LegalLimit, string>();
for (const [code, limit] of Object.entries(LEGAL_TIME_LIMITS)) if (!SAMPLE.has(limit)) SAMPLE.set(limit, code);

const RealDate = Date;
/** Fixes the browser's clock (new Date(), Date.now()) at an instant. */
function fixBrowserClock(iso: string): void {
  const t = new RealDate(iso).getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(t);
      else super(...(args as [string]));
    }
    static override now(): number {
      return t;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}
afterEach(() => {
  globalThis.Date = RealDate;
  fixtureCleanup();
});

async function apiAt(now: string): Promise<string> {
  const r = (await (await fetch(`/__motcua/api-at?now=${encodeURIComponent(now)}`)).json()) as { api?: string; error?: string };
  if (!r.api) throw new Error(`no clock-fixed API server: ${r.error}`);
  return r.api;
}

async function dueText(api: string, procedure: string): Promise<string> {
  const el = await fixture<McDossierChecklist>(html`<mc-dossier-checklist api=${api} procedure=${procedure}></mc-dossier-checklist>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="due"]'), `no due section for ${procedure}`, { timeout: 12000, interval: 25 });
  return el.shadowRoot!.querySelector('[part~="due"]')!.textContent!.replace(/\s+/g, ' ');
}

const sentence = (date: string) => `Nếu nộp hôm nay, ngày hẹn trả kết quả dự kiến là ${formatDate(`${date}T12:00:00+07:00`, 'vi')}.`;

for (const [moment, instant] of Object.entries(MOMENTS) as [keyof typeof MOMENTS, string][]) {
  describe(`mc-dossier-checklist due date: ${moment} (${instant})`, function () {
    this.timeout(120000);
    let api = '';
    before(async () => {
      api = await apiAt(instant);
    });

    it('every legal time limit shows the date of the hand-written table', async () => {
      fixBrowserClock(instant);
      for (const [limit, code] of SAMPLE) {
        expect(await dueText(api, code), `${code} (${limit})`).to.contain(sentence(DUE_TABLE[moment][limit]));
      }
    });

    if (moment === 'afterCutoff') {
      it('a device with a wrong clock still shows the office\u2019s date', async () => {
        fixBrowserClock('2031-07-01T08:00:00+07:00');
        const text = await dueText(api, '1.001193');
        expect(text).to.contain(sentence(DUE_TABLE.afterCutoff['same-day']));
        expect(text).to.contain(`tính từ ngày làm việc tiếp theo (${formatDate('2026-03-11T12:00:00+07:00', 'vi')})`);
      });
    }
  });
}
