// Name masking and the dossier status view builder: derived fields and no personal data.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DossierViewSchema } from '@motcua/contracts';
import { buildDossierView, derivePunctuality, type DossierRecord } from '../src/domain/dossier-view.js';
import { coarseAddress, maskName } from '../src/domain/mask.js';
import { toVietnamIso } from '../src/domain/vietnam-time.js';
import { WorkingCalendar } from '../src/domain/working-days.js';

const cal = new WorkingCalendar(['2026-04-30', '2026-05-01']);

describe('domain: maskName', () => {
  test('keeps only each initial', () => {
    assert.equal(maskName('Nguyễn Văn An'), 'N*** V** A*');
    assert.equal(maskName('  trần   thị   bích   ngọc '), 'T*** T** B*** N***');
    assert.equal(maskName('Đặng Ư'), 'Đ*** Ư*');
    assert.equal(maskName(''), '');
    assert.equal(maskName(null), '');
  });

  test('decomposed (NFD) input masks like NFC', () => {
    assert.equal(maskName('Nguyễn Văn An'.normalize('NFD')), 'N*** V** A*');
  });

  test('property: never more than one letter per word, never the original words', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ỹĐđ]{1,12}$/).filter((w) => /^\p{L}+$/u.test(w.normalize('NFC')));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const masked = maskName(words.join(' '));
        for (const part of masked.split(' ')) {
          const letters = [...part].filter((c) => c !== '*');
          assert.equal(letters.length, 1);
          assert.match(part, /^.\*{1,3}$/u);
        }
        for (const w of words) if ([...w].length > 1) assert.ok(!masked.includes(w));
      }),
      { numRuns: 300 },
    );
  });
});

const base: DossierRecord = {
  code: 'H56.25459-260302-0001',
  status: 'in-progress',
  procedureCode: '1.004873',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  unitCode: '25459',
  unitName: 'Phường Tân Ninh',
  channel: 'online',
  currentStep: 'Thẩm định',
  receivedAt: new Date('2026-03-02T01:15:00Z'),
  appointmentDate: '2026-03-05',
  applicantName: 'Nguyễn Văn An',
  apology: null,
  supplementRequest: null,
  financialObligation: null,
  resultDelivery: { method: 'postal', address: '12 Đường 30/4, Khu phố 1, Phường Tân Ninh, Tây Ninh', trackingNumber: 'EB123456789VN' },
  updatedAt: new Date('2026-03-03T02:00:00Z'),
  evaluated: false,
};

describe('domain: buildDossierView', () => {
  test('valid against the contract, masked name, no personal data', () => {
    const view = buildDossierView(base, [], { today: '2026-03-03', calendar: cal });
    DossierViewSchema.parse(view);
    assert.equal(view.applicantNameMasked, 'N*** V** A*');
    const json = JSON.stringify(view);
    assert.ok(!json.includes('Nguyễn Văn An'));
    assert.ok(!json.includes('12 Đường'), 'street address must not leak');
    assert.equal(view.resultDelivery.address, 'Phường Tân Ninh, Tây Ninh');
    assert.equal(view.resultDelivery.trackingNumber, 'EB123456789VN');
    for (const key of ['verifiers', 'idLast4', 'phoneLast4', 'applicantName', 'verifier_hash', 'salt']) {
      assert.ok(!(key in view), key);
    }
  });

  test('daysLeft and overdueBy from today, in working days', () => {
    assert.equal(buildDossierView(base, [], { today: '2026-03-03', calendar: cal }).daysLeft, 2);
    const late = buildDossierView(base, [], { today: '2026-03-09', calendar: cal }); // Mon after Thu 5/3
    assert.equal(late.daysLeft, -2);
    assert.equal(late.overdueBy, 2);
    assert.equal(late.appointmentDate, '2026-03-05T17:00:00+07:00');
  });

  test('paused statuses derive paused and stop the clock at the pause', () => {
    const v = buildDossierView({ ...base, status: 'supplement-requested', supplementRequest: { requestedAt: '2026-03-03T09:00:00+07:00', items: ['Bản sao trích lục ly hôn'] } }, [], {
      today: '2026-03-20',
      calendar: cal,
    });
    assert.equal(v.status.paused, true);
    assert.equal(v.status.number, 5);
    assert.equal(v.daysLeft, 2);
    assert.deepEqual(v.supplementRequest?.items, ['Bản sao trích lục ly hôn']);
    assert.equal(v.supplementRequest?.note, '');
  });

  test('an apology moves the appointment', () => {
    const v = buildDossierView(
      { ...base, apology: { issuedAt: '2026-03-05T10:00:00+07:00', newAppointmentDate: '2026-03-10', reason: 'Cần xác minh thêm' } },
      [],
      { today: '2026-03-09', calendar: cal },
    );
    assert.equal(v.appointmentDate, '2026-03-10T17:00:00+07:00');
    assert.equal(v.daysLeft, 1);
    assert.equal(v.overdueBy, 0);
    assert.equal(v.apology?.reason, 'Cần xác minh thêm');
  });

  test('canEvaluate for resolved / result-returned not yet evaluated; finished dossiers have no daysLeft', () => {
    for (const status of ['resolved', 'result-returned'] as const) {
      const v = buildDossierView({ ...base, status, resolvedAt: '2026-03-04T10:00:00+07:00' }, [], { today: '2026-04-01', calendar: cal });
      assert.equal(v.canEvaluate, true, status);
      assert.equal(v.daysLeft, null);
      assert.equal(v.overdueBy, 0);
      assert.equal(buildDossierView({ ...base, status, evaluated: true }, [], { today: '2026-04-01', calendar: cal }).canEvaluate, false);
    }
    for (const status of ['submitted', 'accepted', 'in-progress', 'withdrawn', 'not-accepted', 'stopped'] as const) {
      assert.equal(buildDossierView({ ...base, status }, [], { today: '2026-03-03', calendar: cal }).canEvaluate, false, status);
    }
    const lateDone = buildDossierView({ ...base, status: 'result-returned', resolvedAt: '2026-03-09T10:00:00+07:00' }, [], { today: '2026-04-01', calendar: cal });
    assert.equal(lateDone.overdueBy, 2);
    assert.equal(lateDone.currentStep, null);
  });

  test('timeline sorted, punctuality derived when absent', () => {
    const v = buildDossierView(
      base,
      [
        { fromStep: 'Thẩm định', fromUnit: 'Tư pháp', toStep: 'Phê duyệt', toUnit: 'Lãnh đạo UBND', handler: 'Công chức tư pháp', at: '2026-03-04T09:00:00+07:00', deadline: '2026-03-03T17:00:00+07:00' },
        { fromStep: 'Tiếp nhận', fromUnit: 'Một cửa', toStep: 'Thẩm định', toUnit: 'Tư pháp', handler: 'Công chức một cửa', at: '2026-03-02T08:15:00+07:00', deadline: '2026-03-02T17:00:00+07:00', punctuality: 'on-time' },
      ],
      { today: '2026-03-04', calendar: cal },
    );
    assert.deepEqual(v.timeline.map((t) => t.punctuality), ['on-time', 'late']);
    assert.equal(v.timeline[0]!.at, '2026-03-02T08:15:00+07:00');
  });

  test('helpers', () => {
    assert.equal(toVietnamIso(new Date('2026-03-06T09:00:00Z')), '2026-03-06T16:00:00+07:00');
    assert.equal(derivePunctuality('2026-03-02T08:00:00+07:00', '2026-03-03T17:00:00+07:00'), 'early');
    assert.equal(derivePunctuality('2026-03-02T08:00:00+07:00', null), 'on-time');
    assert.equal(coarseAddress('Phường Tân Ninh'), 'Phường Tân Ninh');
  });
});
