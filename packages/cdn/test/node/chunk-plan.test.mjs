// The chunk plan on small, hand-made builds: what it joins, what it must never do.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { planChunks } from '../../scripts/chunk-plan.mjs';

// Code that barely compresses, so a unit's gzip size is about its length.
const noise = (n, seed) => randomBytes(n).toString('base64').slice(0, n) + seed;
const KB = 1024;

test('two small chunks that the same widgets load are joined (one file gzips smaller than two)', () => {
  const units = [
    { key: 'a', code: 'const a=' + JSON.stringify('x'.repeat(300)), modules: ['a.ts'], imports: [] },
    { key: 'b', code: 'const b=' + JSON.stringify('x'.repeat(300)), modules: ['b.ts'], imports: [] },
  ];
  const plan = planChunks(units, { w1: ['a', 'b'], w2: ['a', 'b'] }, [
    { name: 'w1', tags: ['w1'], budget: 1, base: 0 },
    { name: 'w2', tags: ['w2'], budget: 1, base: 0 },
  ]);
  assert.equal(plan.length, 1);
  assert.deepEqual(plan[0].modules.sort(), ['a.ts', 'b.ts']);
});

test('a large chunk of one widget is not put on a page of another widget that is over its budget', () => {
  const units = [
    { key: 'core', code: noise(4 * KB, 'core'), modules: ['core.ts'], imports: [] },
    { key: 'big', code: noise(8 * KB, 'big'), modules: ['big.ts'], imports: ['core'] },
  ];
  const plan = planChunks(units, { w1: ['core', 'big'], w2: ['core'] }, [
    { name: 'w1', tags: ['w1'], budget: 20 * KB, base: 0 },
    { name: 'w2', tags: ['w2'], budget: 5 * KB, base: 0 },
    { name: 'both', tags: ['w1', 'w2'], budget: 30 * KB, base: 0 },
  ]);
  assert.equal(plan.length, 2, 'w2 would carry 8 KB more past its budget');
});

test('a row within its budget is not pushed over it, even when the rows together would weigh less', () => {
  const small = (key) => ({ key, code: `export const ${key}="${key.repeat(200)}";`, modules: [`${key}.ts`], imports: [] });
  const units = [small('x'), small('y')];
  const entries = { w1: ['x'], w2: ['y'] };
  const [x, y] = planChunks(units, entries, [
    { name: 'w1', tags: ['w1'], budget: 1, base: 0 },
    { name: 'w2', tags: ['w2'], budget: 1, base: 0 },
  ]).map((g) => g.gzip);
  // 120 rows load both: one file instead of two saves them more than it costs w1 and w2.
  const unions = Array.from({ length: 120 }, (_, i) => ({ name: `u${i}`, tags: ['w1', 'w2'], budget: 1, base: 0 }));
  const over = planChunks(units, entries, [{ name: 'w1', tags: ['w1'], budget: 1, base: 0 }, { name: 'w2', tags: ['w2'], budget: 1, base: 0 }, ...unions]);
  assert.equal(over.length, 1, 'w1 and w2 over their budgets anyway: the files are joined');
  // With room for its own chunk and the plan's margin (256 bytes) but not for both, each keeps its own.
  const within = planChunks(units, entries, [{ name: 'w1', tags: ['w1'], budget: x + 260, base: 0 }, { name: 'w2', tags: ['w2'], budget: y + 260, base: 0 }, ...unions]);
  assert.equal(within.length, 2);
});

test('the same input gives the same plan', () => {
  const units = ['p', 'q', 'r', 's'].map((k, i) => ({ key: k, code: noise(300 * (i + 1), k), modules: [`${k}.ts`], imports: [] }));
  const entries = { w1: ['p', 'q'], w2: ['q', 'r'], w3: ['r', 's'] };
  const rows = [
    { name: 'w1', tags: ['w1'], budget: 1 * KB, base: 0 },
    { name: 'w2', tags: ['w2'], budget: 1 * KB, base: 0 },
    { name: 'w3', tags: ['w3'], budget: 1 * KB, base: 0 },
  ];
  assert.deepEqual(planChunks(units, entries, rows), planChunks(units, entries, rows));
});
