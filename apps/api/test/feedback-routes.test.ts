// Feedback and petitions (phản ánh, kiến nghị) on both databases: sending (contact required,
// consent, honeypot, size, idempotency, limits per address and per phone), following with code +
// verifier, the admin actions (scope, transitions, audit), the public list (consented answered
// items only, no personal data, search without diacritics, pages), "not resolved" reopening, the
// statistics, and personal data kept out of logs and public answers.
//
// Deadlines are checked against a table written by hand from the rule (10 working days counted
// from the day after receipt; weekends and the days off below do not count), not against the code.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, FeedbackViewSchema, PublicFeedbackListSchema, UnitStatsSchema } from '@motcua/contracts';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedCalendar } from '../src/db/calendar.js';
import { memoryLogger } from '../src/http/logger.js';
import { createApiKey } from '../src/security/api-keys.js';
import { BACKENDS, FIX, insertFixtures, jsonRequest, makeApp, newKey, openBackend, type Backend } from './citizen-support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = (r: Response): Promise<any> => r.json();

const PHONE = '0912 345 678';
const NAME = 'Trần Thị Bình';
const ADDRESS = 'Số 7 đường Hùng Vương, khu phố 2, phường Tân Ninh';

function body(overrides: Record<string, unknown> = {}) {
  return {
    unit: FIX.unit,
    kind: 'feedback',
    subject: { type: 'procedure', procedure: FIX.procedure },
    title: 'Bị yêu cầu nộp thêm giấy tờ',
    content: 'Cán bộ yêu cầu tôi nộp bản sao sổ hộ khẩu dù thành phần hồ sơ đã công bố không có giấy tờ này.',
    contact: { name: NAME, address: ADDRESS, phone: PHONE },
    consent: { personalData: true, publish: true },
    ...overrides,
  };
}

// Independent table: receipt moment → answer deadline (10 working days). 2026-09-01 and 09-02 are
// days off (National Day) in the calendar seeded below.
const DEADLINES: Array<{ now: string; due: string }> = [
  { now: '2026-12-04T10:00:00+07:00', due: '2026-12-18' }, // Friday: Mon 7 … Fri 18
  { now: '2026-08-28T10:00:00+07:00', due: '2026-09-15' }, // Friday: 31/8, then 3/9 … 15/9 (1 and 2/9 off)
  { now: '2026-12-05T09:00:00+07:00', due: '2026-12-21' }, // Saturday: counts from Monday's receipt
];

for (const kind of BACKENDS) {
  describe(`feedback on ${kind}`, () => {
    let b: Backend;
    let app: App;
    let provinceKey: string;
    let unitKey: string;
    let otherKey: string;
    const NOW = '2026-12-04T10:00:00+07:00';

    before(async () => {
      b = await openBackend(kind);
      await insertFixtures(b.db);
      await seedCalendar(
        b.db,
        [
          { date: '2026-09-01', kind: 'day-off', name: 'Quốc khánh' },
          { date: '2026-09-02', kind: 'day-off', name: 'Quốc khánh' },
        ] as never,
        'test',
      );
      // one test phone number sends many items here; the per-phone limit has its own test below
      app = makeApp(b.db, { MOTCUA_NOW: NOW, MOTCUA_RATE_LIMITS: 'feedbackPerContact=1000/86400' });
      provinceKey = (await createApiKey(b.db, { scope: 'province:80', label: 'Tây Ninh PAKN' })).key;
      unitKey = (await createApiKey(b.db, { scope: `unit:${FIX.unit}` })).key;
      otherKey = (await createApiKey(b.db, { scope: 'province:01' })).key;
    });
    after(async () => b.close());

    const send = (a: App, data: unknown, key: string | null = newKey(), headers: Record<string, string> = {}) =>
      a.request('/v1/feedback', jsonRequest('POST', data, key ? { 'idempotency-key': key, ...headers } : headers));
    const lookup = (a: App, code: string, verifier: string) => a.request('/v1/feedback/lookup', jsonRequest('POST', { code, verifier }));
    const act = (code: string, action: unknown, key = provinceKey) =>
      app.request(`/v1/feedback/${code}`.replace('/v1/feedback/', '/v1/admin/feedback/') + '/actions', jsonRequest('POST', action, { authorization: `Bearer ${key}` }));
    const resolve = (code: string, resolved: boolean, verifier = '5678') =>
      app.request('/v1/feedback/resolution', jsonRequest('POST', { code, verifier, resolved }, { 'idempotency-key': newKey() }));

    test('send: 201 receipt with code and deadline, no personal data in it; the contact is stored apart', async () => {
      const res = await send(app, body());
      assert.equal(res.status, 201);
      const receipt = FeedbackReceiptSchema.parse(await res.json());
      assert.match(receipt.code, /^PAKN-25459-261204-\d{4}$/);
      assert.equal(receipt.dueDate, '2026-12-18');
      const text = JSON.stringify(receipt);
      assert.ok(!text.includes('0912') && !text.includes('Bình') && !text.includes('Hùng Vương'));
      const item = await b.db.query<Record<string, unknown>>('SELECT * FROM feedback WHERE code = $1', [receipt.code]);
      assert.ok(!JSON.stringify(item.rows[0]).includes('345678'), 'no phone in the public table');
      assert.ok(!JSON.stringify(item.rows[0]).includes(NAME));
      const contact = await b.db.query<{ name: string; phone: string }>('SELECT name, phone FROM feedback_contacts WHERE code = $1', [receipt.code]);
      assert.deepEqual(contact.rows[0], { name: NAME, phone: '0912345678' });
    });

    for (const row of DEADLINES) {
      test(`deadline of an item received ${row.now} is ${row.due} (hand-written table)`, async () => {
        const a = makeApp(b.db, { MOTCUA_NOW: row.now, MOTCUA_RATE_LIMITS: 'feedbackPerContact=1000/86400' });
        const res = await send(a, body({ contact: { name: NAME, address: ADDRESS, phone: `09000${row.due.replaceAll('-', '').slice(3)}` } }));
        assert.equal(res.status, 201);
        assert.equal((await J(res)).dueDate, row.due);
      });
    }

    test('anonymous, no phone, no consent, complaint-sized text and the honeypot are refused naming the field', async () => {
      const cases: Array<[unknown, string]> = [
        [body({ contact: { name: NAME, address: ADDRESS } }), 'body.contact.phone'],
        [body({ contact: { name: '', address: ADDRESS, phone: PHONE } }), 'body.contact.name'],
        [body({ contact: { name: NAME, address: ADDRESS, phone: '12345' } }), 'body.contact.phone'],
        [body({ consent: { personalData: false, publish: true } }), 'body.consent.personalData'],
        [body({ content: 'x'.repeat(4001) }), 'body.content'],
        [body({ content: 'ngắn' }), 'body.content'],
        [body({ website: 'http://spam.example' }), 'body.website'],
        [body({ subject: { type: 'procedure', procedure: '9.999999' } }), 'body.subject.procedure'],
        [body({ subject: { type: 'dossier', code: FIX.codes.resolved, verifier: '0000' } }), 'body.subject.code'],
        [body({ unit: '99999' }), 'body.unit'],
      ];
      for (const [data, field] of cases) {
        const res = await send(app, data);
        assert.equal(res.status, 422, field);
        assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
        const p = await J(res);
        assert.ok(p.errors.some((e: { field: string }) => e.field === field), `${field}: ${JSON.stringify(p.errors)}`);
      }
      const none = await send(app, body(), null);
      assert.equal(none.status, 400, 'Idempotency-Key required');
    });

    test('about one of my dossiers: code + verifier of a dossier of this unit', async () => {
      const res = await send(app, body({ subject: { type: 'dossier', code: FIX.codes.resolved.toLowerCase(), verifier: FIX.idLast4 } }));
      assert.equal(res.status, 201);
      const view = await J(await lookup(app, (await J(res)).code, '5678'));
      assert.equal(view.subject.dossierCode, FIX.codes.resolved);
      assert.equal(view.subject.procedure.code, FIX.procedure);
    });

    test('the same Idempotency-Key stores one item and replays the receipt; concurrent twins too', async () => {
      const key = newKey();
      const data = body({ title: 'Gửi hai lần một phản ánh' });
      const [r1, r2] = await Promise.all([send(app, data, key), send(app, data, key)]);
      const [a1, a2] = [await J(r1), await J(r2)];
      assert.deepEqual([r1.status, r2.status].sort(), [201, 201]);
      assert.equal(a1.code, a2.code);
      const r3 = await send(app, data, key);
      assert.equal(r3.headers.get('idempotent-replayed'), 'true');
      const n = await b.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback WHERE title = 'Gửi hai lần một phản ánh'`);
      assert.equal(Number(n.rows[0]!.n), 1);
    });

    test('follow: wrong code and wrong verifier get the same 404; the view shows status, deadline, no contact', async () => {
      const { code } = await J(await send(app, body({ title: 'Theo dõi phản ánh' })));
      const wrongVerifier = await lookup(app, code, '0000');
      const wrongCode = await lookup(app, 'PAKN-25459-261204-9999', '5678');
      assert.equal(wrongVerifier.status, 404);
      assert.equal(wrongCode.status, 404);
      const [p1, p2] = [await J(wrongVerifier), await J(wrongCode)];
      assert.equal(p1.detail, p2.detail);
      const res = await lookup(app, code.toLowerCase(), '5678');
      assert.equal(res.status, 200);
      const view = FeedbackViewSchema.parse(await res.json());
      assert.equal(view.status, 'received');
      assert.equal(view.dueDate, '2026-12-18');
      assert.equal(view.workingDaysLeft, 10);
      assert.equal(view.overdue, false);
      assert.ok(!JSON.stringify(view).includes('0912'));
    });

    test('overdue is shown plainly once the deadline has passed without an answer', async () => {
      const { code } = await J(await send(app, body({ title: 'Chưa được trả lời' })));
      const later = makeApp(b.db, { MOTCUA_NOW: '2026-12-21T09:00:00+07:00', MOTCUA_RATE_LIMITS: 'feedbackPerContact=1000/86400' });
      const view = await J(await lookup(later, code, '5678'));
      assert.equal(view.overdue, true);
      assert.equal(view.workingDaysLeft, -1);
    });

    test('admin: scope, transitions, audit; answer → public list; not resolved → reopened and counted', async () => {
      const { code } = await J(await send(app, body({ title: 'Phản ánh về hộ khẩu', content: 'Tôi bị yêu cầu nộp sổ hộ khẩu giấy, Số điện thoại của tôi là 0912345678.' })));
      assert.equal((await act(code, { action: 'accept' }, otherKey)).status, 404, 'another province: as if missing');
      assert.equal((await act(code, { action: 'accept' }, 'mc_live_wrongwrongwrongwrong')).status, 401);
      const accepted = await act(code, { action: 'accept', note: 'Giao công chức Tư pháp' }, unitKey);
      assert.equal(accepted.status, 200);
      const acceptedBody = await J(accepted);
      assert.equal(acceptedBody.item.status, 'in-progress');
      assert.equal(acceptedBody.contact.phone, '0912345678', 'the admin sees the contact');
      assert.equal((await act(code, { action: 'accept' })).status, 409, 'accept twice');
      const forwarded = await J(await act(code, { action: 'forward', agency: 'Công an phường Tân Ninh' }));
      assert.equal(forwarded.item.forwardedTo, 'Công an phường Tân Ninh');
      const answered = await act(code, {
        action: 'answer',
        answer: 'Theo quy định hiện hành, không yêu cầu sổ hộ khẩu giấy; dữ liệu cư trú được khai thác từ cơ sở dữ liệu quốc gia.',
        by: 'Chủ tịch UBND phường Tân Ninh',
        publishedQuestion: 'Tôi bị yêu cầu nộp sổ hộ khẩu giấy.',
      });
      assert.equal(answered.status, 200);
      const a = await J(answered);
      assert.equal(a.item.status, 'answered');
      assert.equal(a.item.answer.onTime, true);
      assert.equal(a.item.answer.workingDaysTaken, 0);
      const audit = await b.db.query<{ action: string; actor: string }>('SELECT action, actor FROM feedback_events WHERE code = $1 ORDER BY id', [code]);
      assert.deepEqual(audit.rows.map((r) => r.action), ['create', 'accept', 'forward', 'answer']);
      assert.equal(audit.rows[0]!.actor, 'citizen');
      assert.match(audit.rows[3]!.actor, /^key:.*Tây Ninh PAKN/);

      const list = PublicFeedbackListSchema.parse(await J(await app.request(`/v1/units/${FIX.unit}/feedback?q=so ho khau`)));
      const mine = list.items.find((i) => i.code === code);
      assert.ok(mine, 'search without diacritics finds it');
      assert.equal(mine.question, 'Tôi bị yêu cầu nộp sổ hộ khẩu giấy.', 'the redacted question is published');
      assert.ok(!JSON.stringify(list).includes('0912345678') && !JSON.stringify(list).includes(NAME));

      // the sender says it did not solve the matter: reopened, new deadline, counted
      const notResolved = await resolve(code, false);
      assert.equal(notResolved.status, 200);
      const v = await J(notResolved);
      assert.equal(v.status, 'in-progress');
      assert.equal(v.reopened, 1);
      assert.equal(v.resolution.resolved, false);
      assert.equal((await resolve(code, true)).status, 409, 'no answer to judge now');
      const adminList = await J(await app.request(`/v1/admin/feedback?notResolved=true`, { headers: { authorization: `Bearer ${provinceKey}` } }));
      assert.ok(adminList.items.some((i: { item: { code: string } }) => i.item.code === code));
      const hidden = await J(await app.request(`/v1/units/${FIX.unit}/feedback?q=so ho khau`));
      assert.ok(!hidden.items.some((i: { code: string }) => i.code === code), 'reopened items leave the public list');
      const stats = UnitStatsSchema.parse(await J(await app.request(`/v1/units/${FIX.unit}/stats`)));
      assert.ok(stats.feedback.notResolved >= 1);
      assert.ok(stats.feedback.received >= 1);
    });

    test('refused with the reason and where to go; a complaint is sent to the right place', async () => {
      const { code } = await J(await send(app, body({ title: 'Khiếu nại quyết định xử phạt' })));
      const res = await act(code, {
        action: 'refuse',
        reason: 'Đây là khiếu nại một quyết định hành chính, không phải phản ánh về quy định hành chính.',
        redirectTo: 'Gửi đơn khiếu nại đến Chủ tịch UBND phường theo Luật Khiếu nại 2011.',
      });
      assert.equal(res.status, 200);
      const view = await J(await lookup(app, code, '5678'));
      assert.equal(view.status, 'not-accepted');
      assert.match(view.refusal.redirectTo, /Luật Khiếu nại/);
      assert.equal((await act(code, { action: 'answer', answer: 'Trả lời sau khi đã từ chối', by: 'UBND' })).status, 409);
    });

    test('public list: only consented, answered items; paged; 404 for an unknown unit', async () => {
      const privateOne = await J(await send(app, body({ title: 'Không đồng ý công khai', consent: { personalData: true, publish: false } })));
      await act(privateOne.code, { action: 'answer', answer: 'Câu trả lời riêng cho người gửi.', by: 'UBND phường' });
      const all = await J(await app.request(`/v1/units/${FIX.unit}/feedback?limit=1&page=1`));
      assert.equal(all.limit, 1);
      assert.ok(all.items.length <= 1);
      const again = await J(await app.request(`/v1/units/${FIX.unit}/feedback?limit=100`));
      assert.ok(!again.items.some((i: { code: string }) => i.code === privateOne.code));
      assert.equal((await app.request('/v1/units/99999/feedback')).status, 404);
      assert.equal((await app.request(`/v1/units/${FIX.unit}/feedback?limit=101`)).status, 400);
    });

    test('limits: per phone number a day, per address an hour (429 + Retry-After)', async () => {
      const limited = makeApp(b.db, { MOTCUA_NOW: NOW, MOTCUA_RATE_LIMITS: 'feedbackPerContact=2/86400,feedbackPerAddress=4/3600' });
      const phoneBody = (i: number) => body({ title: `Giới hạn ${i}`, contact: { name: NAME, address: ADDRESS, phone: '0988 111 222' } });
      assert.equal((await send(limited, phoneBody(1), newKey(), { 'x-forwarded-for': '10.0.0.1' })).status, 201);
      assert.equal((await send(limited, phoneBody(2), newKey(), { 'x-forwarded-for': '10.0.0.1' })).status, 201);
      const third = await send(limited, phoneBody(3), newKey(), { 'x-forwarded-for': '10.0.0.1' });
      assert.equal(third.status, 429);
      assert.ok(Number(third.headers.get('retry-after')) > 0);
      const others = [];
      for (let i = 0; i < 3; i++) others.push((await send(limited, body({ title: `Địa chỉ ${i}`, contact: { name: NAME, address: ADDRESS, phone: `097000000${i}` } }))).status);
      assert.ok(others.includes(429), `per address: ${others}`);
    });

    test('contact details never reach the request log', async () => {
      const logger = memoryLogger();
      const config = loadConfig({ ...process.env, MOTCUA_NOW: NOW }, { logRequests: true, seed: false });
      const logged = createApp({ db: b.db, config, logger });
      await send(logged, body({ title: 'Kiểm tra nhật ký', contact: { name: 'Lê Văn Nhật Ký', address: ADDRESS, phone: '0933 444 555' } }));
      await send(logged, body({ website: 'bot', contact: { name: 'Lê Văn Nhật Ký', address: ADDRESS, phone: '0933 444 555' } }));
      const text = JSON.stringify(logger.lines);
      assert.ok(logger.lines.length > 0, 'requests were logged');
      assert.ok(!text.includes('0933') && !text.includes('444555') && !text.includes('Nhật Ký'), text);
    });
  });
}
