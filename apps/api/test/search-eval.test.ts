// The search-quality ratchet: every query of bench/search/queries.tsv (written as citizens type)
// runs through the real search on a freshly seeded database; recall@3 must not drop below the
// figure recorded in bench/search/ratchet.json. Also: Telex/VNI recovery, the dictionary, English,
// and the same answers on PGlite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compileDictionary, findPhrases } from '../src/search/dictionary.js';
import { stemEnglish } from '../src/search/english.js';
import { evaluateSearch, formatFigures, parseEvalSet, type EvalResult } from '../src/search/evaluate.js';
import { keyboardReadings, telexToFolded, vniToFolded } from '../src/search/keyboard.js';
import { searchProcedures } from '../src/search/procedures.js';
import { BACKEND_NAMES, openSeeded, type SeededDb } from './public-support.js';

const BENCH = new URL('../../../bench/search/', import.meta.url);
const set = parseEvalSet(readFileSync(new URL('queries.tsv', BENCH), 'utf8'));
const ratchet = JSON.parse(readFileSync(new URL('ratchet.json', BENCH), 'utf8')) as { recallAt3: number };

describe('keyboard recovery and dictionary (units)', () => {
  test('Telex typing folds to the word meant', () => {
    assert.equal(telexToFolded('ddawng'), 'dang');
    assert.equal(telexToFolded('kys'), 'ky');
    assert.equal(telexToFolded('tamj'), 'tam');
    assert.equal(telexToFolded('thuwowngf'), 'thuong');
    assert.equal(telexToFolded('nhaanj'), 'nhan');
    assert.equal(telexToFolded('sinh'), null, 'no Telex marks: left alone');
    assert.equal(telexToFolded('ct07'), null);
  });
  test('VNI typing folds to the word meant; codes and numbers are left alone', () => {
    assert.equal(vniToFolded('d9a8ng'), 'dang');
    assert.equal(vniToFolded('tu73'), 'tu');
    assert.equal(vniToFolded('ct07'), null, '0 is no VNI key: codes stay');
    assert.equal(vniToFolded('ky1'), 'ky');
    assert.equal(vniToFolded('80'), null);
    assert.deepEqual(keyboardReadings('ky1'), ['ky']);
  });
  test('dictionary phrases: longest first, whole words only, folded', () => {
    const d = compileDictionary([
      { from: ['hộ khẩu', 'sổ hộ khẩu'], to: ['thường trú'] },
      { from: ['cắt hộ khẩu'], to: ['xóa đăng ký thường trú'] },
    ]);
    const words = 'xin cat ho khau va so ho khau'.split(' ');
    const m = findPhrases(words, d);
    assert.deepEqual(
      m.map((x) => [words.slice(x.start, x.end).join(' '), x.to.map((t) => t.join(' '))]),
      [
        ['cat ho khau', ['xoa dang ky thuong tru']],
        ['so ho khau', ['thuong tru']],
      ],
    );
    assert.deepEqual(findPhrases(['hokhau'], d), []);
  });
  test('English stemming: plurals and verb endings', () => {
    assert.equal(stemEnglish('certificates'), 'certificate');
    assert.equal(stemEnglish('registered'), 'register');
    assert.equal(stemEnglish('address'), 'address');
  });
});

const results = new Map<string, EvalResult>();
for (const name of BACKEND_NAMES) {
  describe(`search evaluation set on ${name}`, () => {
    let t: SeededDb;
    before(async () => {
      t = await openSeeded(name);
    });
    after(async () => {
      await t?.close();
    });

    test(`recall@3 over ${set.length} queries is at least the recorded ${(ratchet.recallAt3 * 100).toFixed(1)}%`, async () => {
      assert.ok(set.length >= 200, 'at least 200 queries');
      const r = await evaluateSearch(t.db, set);
      results.set(name, r);
      console.log(`# ${name}\n${formatFigures(r).replace(/^/gm, '# ')}`);
      assert.ok(
        r.overall.recallAt3 + 1e-9 >= ratchet.recallAt3,
        `recall@3 ${(r.overall.recallAt3 * 100).toFixed(1)}% < ratchet ${(ratchet.recallAt3 * 100).toFixed(1)}%; misses:\n${r.misses.map((m) => `  ${m.q} → ${m.got.join(', ')}`).join('\n')}`,
      );
    });

    test('English: found with lang=en (English name beside the official one) and without', async () => {
      const en = await searchProcedures(t.db, { q: 'residence registration', lang: 'en', page: 1, limit: 5 });
      assert.equal(en.items[0]?.code, '1.004194');
      assert.equal(en.items[0]?.name, 'Đăng ký tạm trú');
      assert.equal(en.items[0]?.nameEn, 'Temporary residence registration');
      // a Vietnamese page falls back to English when nothing Vietnamese matches; no nameEn there
      const vi = await searchProcedures(t.db, { q: 'death certificate', page: 1, limit: 5 });
      assert.equal(vi.items[0]?.code, '1.000656');
      assert.equal(vi.items[0]?.nameEn, undefined);
      // an English page still finds Vietnamese words
      const mixed = await searchProcedures(t.db, { q: 'khai sinh', lang: 'en', page: 1, limit: 5 });
      assert.equal(mixed.items[0]?.code, '1.001193');
      assert.equal(mixed.items[0]?.nameEn, 'Birth registration');
    });

    test('Telex, VNI and old terms through the real search', async () => {
      for (const [typed, expected] of [
        ['ddawng kys tamj trus', '1.004194'],
        ['d9a8ng ky1 ta5m tru1', '1.004194'],
        ['cắt hộ khẩu', '1.003197'],
        ['làm KT3', '1.004194'],
        ['xin tiền hỗ trợ đám ma', '1.001731'],
      ] as const) {
        const r = await searchProcedures(t.db, { q: typed, page: 1, limit: 3 });
        assert.ok(r.items.map((i) => i.code).includes(expected), `${typed} → ${r.items.map((i) => i.code).join(', ')}`);
      }
    });
  });
}

if (BACKEND_NAMES.length > 1) {
  test('PGlite and PostgreSQL rank every evaluation query the same', () => {
    const [a, b] = [results.get('pglite'), results.get('postgres')];
    assert.ok(a && b, 'both evaluations ran');
    assert.deepEqual(b.overall, a.overall);
    assert.deepEqual(b.misses, a.misses);
  });
}
