// Validation messages outside HTTP (the catalog import CLI) are Vietnamese too, naming the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCatalog } from '../src/domain/catalog-import.js';

test('catalog import: a missing field is named, in Vietnamese', () => {
  const r = validateCatalog({ procedures: [{ code: '1.001193' }] });
  assert.equal(r.ok, false);
  if (r.ok) return;
  const name = r.problems[0]!.errors.find((e) => e.field === 'procedures.0.name');
  assert.ok(name, 'procedures.0.name is named');
  assert.equal(name.message, 'Thiếu giá trị bắt buộc');
  for (const e of r.problems[0]!.errors) assert.doesNotMatch(e.message, /Invalid input|expected/);
});

test('catalog import: a file without a list says so in Vietnamese', () => {
  const r = validateCatalog({});
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(r.problems[0]!.errors.map((e) => [e.field, e.message]), [['procedures', 'Thiếu giá trị bắt buộc']]);
});
