// motcua-api import-catalog <file.json> [--dry-run]
import { readFile } from 'node:fs/promises';
import type { Db } from '../db/types.js';
import { importCatalog } from '../db/catalog.js';
import { unitProvinces } from '../db/units.js';
import { unitCodesOf, unknownUnitProblems, validateCatalog, type ProcedureProblem } from '../domain/catalog-import.js';
import { CliError, type Io } from './io.js';
import { parseFlags } from './keys.js';

export const IMPORT_USAGE = `motcua-api import-catalog <file.json> [--dry-run]
  Imports a procedure catalog { "procedures": [ ProcedureUpsert, … ] } (the contract's shape:
  every catalog field plus "units": unit codes or ["*"] for every unit). Everything is validated
  first and problems are printed per procedure with the field path; nothing is written unless the
  whole file is valid, and the import runs in one transaction.`;

function printProblems(io: Io, problems: ProcedureProblem[]): void {
  for (const p of problems) {
    const head = p.index < 0 ? 'file' : `procedures[${p.index}]${p.code ? ` ${p.code}` : ''}`;
    io.err(`✗ ${head}`);
    for (const e of p.errors.slice(0, 20)) io.err(`    ${e.field}: ${e.message} (${e.code})`);
    if (p.errors.length > 20) io.err(`    … and ${p.errors.length - 20} more`);
  }
}

export async function importCatalogCommand(openDb: () => Promise<Db>, args: string[], io: Io): Promise<void> {
  const { flags, positional } = parseFlags(args);
  const file = positional[0];
  if (!file) throw new CliError(`import-catalog: give a file\n${IMPORT_USAGE}`, 2);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new CliError(`import-catalog: cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  const started = Date.now();
  const checked = validateCatalog(data);
  if (!checked.ok) {
    printProblems(io, checked.problems);
    throw new CliError(`import-catalog: ${checked.problems.length} invalid procedure(s) (${checked.valid} valid); nothing imported.`);
  }
  const db = await openDb();
  try {
    const unitProblems = unknownUnitProblems(await unitProvinces(db, unitCodesOf(checked.procedures)), checked.procedures);
    if (unitProblems.length > 0) {
      printProblems(io, unitProblems);
      throw new CliError(`import-catalog: ${unitProblems.length} procedure(s) name unknown units; nothing imported.`);
    }
    if (flags['dry-run'] !== undefined) {
      io.out(`Valid: ${checked.procedures.length} procedures (dry run, nothing written).`);
      return;
    }
    const result = await importCatalog(db, checked.procedures, (n) => io.err(`  … ${n} / ${checked.procedures.length}`));
    io.out(`Imported ${checked.procedures.length} procedures (${result.created} new, ${result.updated} updated) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}
