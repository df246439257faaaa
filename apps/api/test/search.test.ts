// Procedure search as citizens type: diacritics or not (đ included), any case, any word order,
// small typos, everyday names; filters; ranking; pagination; identical on PGlite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, fold, oneEditVariants } from '../src/search/normalize.js';
import { planQuery, searchProcedures, type ProcedureSearchParams } from '../src/search/procedures.js';
import { BACKEND_NAMES, openSeeded, type SeededDb } from './public-support.js';

describe('folding and typo variants', () => {
  test('fold drops diacritics, maps đ to d, lowercases, splits on punctuation', () => {
    assert.equal(fold('Đăng ký KHAI SINH (lưu động)'), 'dang ky khai sinh luu dong');
    assert.equal(fold('ĐỒNG THÁP, đất đai'), 'dong thap dat dai');
    assert.equal(fold('Giấy xác nhận tình trạng hôn nhân'), 'giay xac nhan tinh trang hon nhan');
    // decomposed input (NFD, as some keyboards send it) folds the same as composed input
    assert.equal(fold('Đăng ký'.normalize('NFD')), fold('Đăng ký'.normalize('NFC')));
    assert.equal(fold('1.001193'), '1 001193');
    assert.equal(fold('  '), '');
  });

  test('one-edit variants cover deletion, insertion, substitution and transposition', () => {
    const v = new Set(oneEditVariants('sihn'));
    assert.ok(v.has('sinh'), 'transposition');
    assert.ok(new Set(oneEditVariants('sinhh')).has('sinh'), 'deletion');
    assert.ok(new Set(oneEditVariants('snh')).has('sinh'), 'insertion');
    assert.ok(new Set(oneEditVariants('sanh')).has('sinh'), 'substitution');
    assert.ok(!v.has('sihn'));
    for (const w of v) assert.equal(editDistance('sihn', w), 1);
  });
});

const q = (text: string, extra: Partial<ProcedureSearchParams> = {}): ProcedureSearchParams => ({ q: text, page: 1, limit: 20, ...extra });
const codes = (r: { items: { code: string }[] }) => r.items.map((i) => i.code);

for (const name of BACKEND_NAMES) {
  describe(`procedure search on ${name}`, () => {
    let t: SeededDb;
    before(async () => {
      t = await openSeeded(name);
    });
    after(async () => {
      await t?.close();
    });
    const search = (params: ProcedureSearchParams) => searchProcedures(t.db, params);

    test('with or without diacritics, any case: same results, the exact name first', async () => {
      const a = await search(q('Đăng ký khai sinh'));
      const b = await search(q('dang ky khai sinh'));
      const c = await search(q('DANG KY KHAI SINH'));
      const d = await search(q('đăng ký KHAI sinh'));
      assert.equal(a.items[0]?.code, '1.001193');
      assert.deepEqual(c, b);
      // diacritics only break ties: same procedures, same scores, same first result
      const scores = (r: typeof a) => r.items.map((i) => `${i.code}:${i.score}`).sort();
      for (const r of [b, c, d]) {
        assert.equal(r.total, a.total);
        assert.equal(r.items[0]?.code, a.items[0]?.code);
        assert.deepEqual(scores(r), scores(a));
      }
    });

    test('diacritics typed break ties between procedures that fold alike', async () => {
      // "tạm trú" and "tám trụ" fold the same; what the citizen typed with diacritics wins ties,
      // and the order of tied results follows the diacritics, not the folded text alone
      const withMarks = await search(q('đăng ký'));
      const folded = await search(q('dang ky'));
      assert.equal(withMarks.total, folded.total);
      const plan = (await import('../src/search/procedures.js')).accentedWords('Đăng ký tạm trú cho con');
      assert.deepEqual(plan, ['đăng', 'ký', 'tạm', 'trú']);
    });

    test('đ and Đ fold to d', async () => {
      const a = await search(q('Hòa giải tranh chấp đất đai'));
      const b = await search(q('hoa giai tranh chap dat dai'));
      assert.equal(a.items[0]?.code, '1.012812');
      assert.deepEqual(b, a);
      const c = await search(q('ĐẤT ĐAI'));
      assert.ok(codes(c).includes('1.012812'));
    });

    test('words in any order', async () => {
      const r = await search(q('sinh khai dang ky'));
      assert.equal(r.items[0]?.code, '1.001193');
      const r2 = await search(q('tru tam'));
      assert.ok(codes(r2).slice(0, 3).includes('1.004194'));
    });

    test('one-edit typos in words of 4+ letters', async () => {
      for (const [typed, expected] of [
        ['khai sihn', '1.001193'],
        ['dang ky khia sinh', '1.001193'],
        ['dang ky ket hno', '1.000894'],
        ['thuongg tru', '1.004222'],
        ['khuyet tatt', '1.001699'],
      ] as const) {
        const r = await search(q(typed));
        assert.ok(codes(r).slice(0, 3).includes(expected), `"${typed}" should find ${expected} near the top, got ${codes(r).slice(0, 5).join(', ')}`);
      }
      // typo matches rank below exact ones
      const exact = await search(q('khai sinh'));
      const typo = await search(q('khai sihn'));
      assert.ok((typo.items[0]?.score ?? 0) < (exact.items[0]?.score ?? 0));
    });

    test('short words are not typo-corrected', async () => {
      const plan = await planQuery(t.db, 'ket hpn');
      assert.deepEqual(plan.ignored, ['hpn']);
      const plan2 = await planQuery(t.db, 'khai sihn');
      assert.equal(plan2.terms.find((x) => x.word === 'sihn')?.fuzzy, true);
    });

    test('everyday and old names (aliases)', async () => {
      for (const [typed, expected] of [
        ['làm giấy khai sinh', '1.001193'],
        ['nhập hộ khẩu', '1.004222'],
        ['nhap ho khau', '1.004222'],
        ['công chứng', '2.000815'],
        ['xin giấy độc thân', '1.004873'],
        ['làm giấy chứng tử', '1.000656'],
        ['cắt khẩu', '1.003197'],
      ] as const) {
        const r = await search(q(typed));
        assert.equal(r.items[0]?.code, expected, `"${typed}" → ${codes(r).slice(0, 5).join(', ')}`);
      }
    });

    test('filler words ("thủ tục", "làm") are not required', async () => {
      const r = await search(q('thủ tục làm căn cước'));
      assert.equal(r.items[0]?.code, '2.000815');
    });

    test('ranking: name matches, then alias matches, then other text', async () => {
      const r = await search(q('khai sinh', { limit: 100 }));
      const tiers = r.items.map((i) => (fold(i.name).includes('khai sinh') ? 0 : i.score! >= 350 ? 1 : 2));
      const sorted = [...tiers].sort((a, b) => a - b);
      assert.deepEqual(tiers, sorted, `tiers in order: ${tiers.join('')}`);
      assert.ok(tiers.includes(0) && tiers.includes(2), 'both name and other-text matches present');
      // scores never increase down the list
      for (let i = 1; i < r.items.length; i++) assert.ok(r.items[i]!.score! <= r.items[i - 1]!.score!);
    });

    test('the procedure code', async () => {
      const r = await search(q('1.001193'));
      assert.equal(r.items[0]?.code, '1.001193');
      assert.equal(r.items[0]?.score, 1000);
    });

    test('nothing to find', async () => {
      for (const text of ['xyzxyz qwqw', '!!!', 'zzzz']) {
        const r = await search(q(text));
        assert.deepEqual(r, { items: [], total: 0, page: 1, limit: 20 });
      }
    });

    test('filter: unit (procedures offered in that unit)', async () => {
      const special = await t.db.query<{ procedure_code: string }>(`SELECT DISTINCT procedure_code FROM procedure_units`);
      assert.ok(special.rows.length > 0, 'the seed has a procedure limited to some units');
      const limited = special.rows[0]!.procedure_code;
      const units = await t.db.query<{ unit_code: string }>('SELECT unit_code FROM procedure_units WHERE procedure_code = $1', [limited]);
      const inside = units.rows[0]!.unit_code;
      const all = await search({ page: 1, limit: 100 });
      const atInside = await search({ unit: inside, page: 1, limit: 100 });
      const atOther = await search({ unit: '00004', page: 1, limit: 100 });
      assert.ok(codes(atInside).includes(limited));
      assert.ok(!codes(atOther).includes(limited));
      assert.equal(atInside.total, all.total);
      assert.equal(atOther.total, all.total - special.rows.length);
      const unknown = await search({ unit: '99999', page: 1, limit: 100 });
      assert.ok(!codes(unknown).includes(limited));
    });

    test('filter: province', async () => {
      const limited = (await t.db.query<{ procedure_code: string; province_code: string }>(
        'SELECT pu.procedure_code, u.province_code FROM procedure_units pu JOIN units u ON u.code = pu.unit_code LIMIT 1',
      )).rows[0]!;
      const inProvince = await search({ province: limited.province_code, page: 1, limit: 100 });
      const elsewhere = await search({ province: '01', page: 1, limit: 100 });
      assert.ok(codes(inProvince).includes(limited.procedure_code));
      assert.ok(!codes(elsewhere).includes(limited.procedure_code));
    });

    test('filters: field, level, online (and combined with q)', async () => {
      const byField = await search({ field: 'cu-tru', page: 1, limit: 100 });
      assert.ok(byField.total > 0);
      assert.ok(byField.items.every((i) => i.field.code === 'cu-tru'));
      const byLevel = await search({ level: 'commune-police', page: 1, limit: 100 });
      assert.ok(byLevel.total > 0);
      assert.ok(byLevel.items.every((i) => i.level === 'commune-police'));
      const full = await search({ online: 'full', page: 1, limit: 100 });
      const partial = await search({ online: 'partial', page: 1, limit: 100 });
      const any = await search({ online: 'any', page: 1, limit: 100 });
      assert.ok(full.items.every((i) => i.onlineService === 'full'));
      assert.ok(partial.items.every((i) => i.onlineService === 'partial'));
      assert.ok(any.items.every((i) => i.onlineService !== 'none'));
      assert.equal(any.total, full.total + partial.total);
      const combined = await search(q('dang ky', { field: 'ho-tich', online: 'any' }));
      assert.ok(combined.total > 0);
      assert.ok(combined.items.every((i) => i.field.code === 'ho-tich' && i.onlineService !== 'none'));
      // residence procedures only mention a birth certificate among their papers
      const other = await search(q('khai sinh', { field: 'cu-tru' }));
      assert.ok(other.items.every((i) => i.field.code === 'cu-tru' && !fold(i.name).includes('khai sinh') && i.score! < 500));
    });

    test('pagination: pages are disjoint, ordered, and total is stable (also past the end)', async () => {
      const whole = await search(q('dang ky', { limit: 100 }));
      assert.ok(whole.total > 6);
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(whole.total / 4); page++) {
        const r = await search(q('dang ky', { page, limit: 4 }));
        assert.equal(r.total, whole.total);
        assert.equal(r.page, page);
        assert.equal(r.limit, 4);
        seen.push(...codes(r));
      }
      assert.deepEqual(seen, codes(whole));
      const past = await search(q('dang ky', { page: 999, limit: 4 }));
      assert.deepEqual(past.items, []);
      assert.equal(past.total, whole.total);
      const listPast = await search({ page: 999, limit: 10 });
      assert.deepEqual(listPast.items, []);
      assert.ok(listPast.total >= 40);
    });

    test('without q: every procedure, grouped by field, no score', async () => {
      const r = await search({ page: 1, limit: 100 });
      assert.ok(r.total >= 40);
      assert.equal(r.items.length, r.total);
      assert.ok(r.items.every((i) => i.score === undefined));
    });

    test('search latency on the seeded catalog', async () => {
      const queries = ['khai sinh', 'dang ky ket hon', 'khai sihn', 'nhập hộ khẩu', 'công chứng', 'thủ tục làm căn cước', '1.001193'];
      for (const text of queries) await search(q(text)); // warm-up
      const times: number[] = [];
      for (let round = 0; round < 5; round++) {
        for (const text of queries) {
          const t0 = performance.now();
          await search(q(text));
          times.push(performance.now() - t0);
        }
      }
      times.sort((a, b) => a - b);
      const p50 = times[Math.floor(times.length / 2)]!;
      const max = times.at(-1)!;
      console.log(`# search on ${name}: p50 ${p50.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${times.length} queries`);
      assert.ok(p50 < 250, `p50 ${p50} ms`);
    });
  });
}

if (BACKEND_NAMES.includes('postgres')) {
  describe('PGlite and PostgreSQL return the same search results', () => {
    let a: SeededDb;
    let b: SeededDb;
    before(async () => {
      a = await openSeeded('pglite');
      b = await openSeeded('postgres');
    });
    after(async () => {
      await a?.close();
      await b?.close();
    });

    const cases: ProcedureSearchParams[] = [
      q('khai sinh'),
      q('Đăng ký kết hôn'),
      q('khai sihn'),
      q('sinh khai'),
      q('làm giấy khai sinh'),
      q('công chứng'),
      q('nhập hộ khẩu'),
      q('tam tru', { online: 'any' }),
      q('dang ky', { field: 'ho-tich', page: 2, limit: 3 }),
      q('thủ tục làm căn cước'),
      q('ho'),
      q('a'),
      q('1.001193'),
      q('xyz'),
      { unit: '25459', page: 1, limit: 100 },
      { province: '82', level: 'commune', page: 1, limit: 7 },
      { page: 3, limit: 5 },
    ];
    for (const params of cases) {
      test(JSON.stringify(params), async () => {
        const [ra, rb] = await Promise.all([searchProcedures(a.db, params), searchProcedures(b.db, params)]);
        assert.deepEqual(ra, rb);
      });
    }
  });
}
