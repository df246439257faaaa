// The server's seed data against the contract it serves: the official list of administrative
// units (kept here with its attribution line) and every seed procedure parse with the schemas of
// @motcua/contracts (moved from the contracts' tests: the seed is this package's).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ProcedureDetailSchema, ProvinceSchema, UnitSchema, problemFromZodError } from '@motcua/contracts';

describe('seed data against the contract', () => {
  const unitsFile = new URL('../seed/admin-units-vn.json', import.meta.url);
  test('every province and commune-level unit of the official list parses', () => {
    const data = JSON.parse(readFileSync(unitsFile, 'utf8')) as { provinces: any[]; communes: any[] };
    const names = new Map<string, string>();
    for (const p of data.provinces) {
      ProvinceSchema.parse(p);
      names.set(p.code, p.name);
    }
    for (const c of data.communes) UnitSchema.parse({ ...c, provinceName: names.get(c.provinceCode) });
    assert.equal(data.provinces.length, 34);
  });

  const seedFile = new URL('../seed/procedures.json', import.meta.url);
  test('every seed procedure parses as ProcedureDetail', () => {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { procedures: unknown[] };
    assert.ok(Array.isArray(seed.procedures) && seed.procedures.length > 0, 'seed has procedures');
    const failures: string[] = [];
    seed.procedures.forEach((p, i) => {
      const r = ProcedureDetailSchema.safeParse(p);
      if (!r.success) {
        const code = (p as { code?: string }).code ?? `#${i}`;
        failures.push(`${code}: ${problemFromZodError(r.error, 'body').errors!.map((e) => `${e.field} ${e.message}`).join('; ')}`);
      }
    });
    assert.deepEqual(failures, []);
  });
});
