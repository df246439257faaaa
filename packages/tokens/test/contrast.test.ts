// WCAG 2.x contrast of every declared text/background pair (src/contrast.ts) in every theme.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tokens, themeIds, contrastPairs, checkContrast, contrastRatio } from '../src/index.js';

describe('contrast ratio maths', () => {
  test('matches WCAG reference values', () => {
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrastRatio('#fff', '#777').toFixed(2), contrastRatio('#777777', '#ffffff').toFixed(2));
  });
});

for (const id of themeIds) {
  describe(`theme ${id}`, () => {
    const results = checkContrast(tokens[id]);
    for (const r of results) {
      test(`${r.fg} on ${r.bg} ≥ ${r.minimum}:1 (${r.use})`, () => {
        assert.ok(r.pass, `${id}: ${r.fg} ${r.fgValue} on ${r.bg} ${r.bgValue} is ${r.ratio.toFixed(2)}:1, needs ${r.minimum}:1 (${r.kind}: ${r.use})`);
      });
    }
    test('covers every status colour pair', () => {
      for (const s of ['success', 'warning', 'danger', 'info']) {
        assert.ok(contrastPairs.some((p) => p.fg === `--mc-color-${s}-on-subtle` && p.bg === `--mc-color-${s}-subtle`));
        assert.ok(contrastPairs.some((p) => p.fg === `--mc-color-${s}` && p.bg === '--mc-color-surface'));
      }
    });
  });
}
