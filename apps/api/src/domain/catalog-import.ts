// Validating a procedure catalog `{ procedures: [...] }` in the contract's shape (ProcedureUpsert:
// ProcedureDetail + the units offering it) before `motcua-api import-catalog` writes it. All or
// nothing: one invalid procedure and nothing is written; the import itself runs in one transaction
// (db/catalog.ts importCatalog). Pure: the known unit codes are looked up by the caller.
import { ProcedureUpsertSchema, problemFromZodError, validationErrorMap, type ProblemFieldError, type ProcedureUpsert } from '@motcua/contracts';
import { z } from 'zod';

export interface ProcedureProblem {
  /** Position in the file's `procedures` array; -1 for the file as a whole. */
  index: number;
  code: string | null;
  errors: ProblemFieldError[];
}

export type CatalogValidation = { ok: true; procedures: ProcedureUpsert[] } | { ok: false; problems: ProcedureProblem[]; valid: number };

function stripLocation(errors: ProblemFieldError[]): ProblemFieldError[] {
  return errors.map((e) => ({ ...e, field: e.field.replace(/^body\./, '').replace(/^body$/, '(file)') }));
}

/** Validates the parsed JSON of a catalog file, naming each bad field with its full path. */
export function validateCatalog(data: unknown): CatalogValidation {
  // Messages in Vietnamese, as the API's problems (the CLI has no Accept-Language).
  const error = validationErrorMap('vi');
  const outer = z.object({ procedures: z.array(z.unknown()) }).safeParse(data, { error });
  if (!outer.success) {
    return { ok: false, valid: 0, problems: [{ index: -1, code: null, errors: stripLocation(problemFromZodError(outer.error, 'body').errors ?? []) }] };
  }
  const problems: ProcedureProblem[] = [];
  const procedures: ProcedureUpsert[] = [];
  const seen = new Map<string, number>();
  outer.data.procedures.forEach((item, index) => {
    const rawCode = typeof item === 'object' && item !== null && typeof (item as { code?: unknown }).code === 'string' ? (item as { code: string }).code : null;
    const parsed = ProcedureUpsertSchema.safeParse(item, { error });
    if (!parsed.success) {
      const prefixed = new z.ZodError(parsed.error.issues.map((i) => ({ ...i, path: ['procedures', index, ...i.path] })));
      problems.push({ index, code: rawCode, errors: stripLocation(problemFromZodError(prefixed, 'body').errors ?? []) });
      return;
    }
    const first = seen.get(parsed.data.code);
    if (first !== undefined) {
      problems.push({
        index,
        code: parsed.data.code,
        errors: [{ field: `procedures.${index}.code`, message: `Mã thủ tục trùng với procedures.${first}.code`, code: 'duplicate' }],
      });
      return;
    }
    seen.set(parsed.data.code, index);
    procedures.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems, valid: procedures.length } : { ok: true, procedures };
}

/** Unit codes the procedures are assigned to (to look up before unknownUnitProblems). */
export function unitCodesOf(procedures: readonly ProcedureUpsert[]): string[] {
  return [...new Set(procedures.flatMap((p) => p.units))];
}

/** Unit codes in `units` that are not among `known`, as field errors. */
export function unknownUnitProblems(known: { has(code: string): boolean }, procedures: readonly ProcedureUpsert[], indexOf: (i: number) => number = (i) => i): ProcedureProblem[] {
  const problems: ProcedureProblem[] = [];
  procedures.forEach((p, i) => {
    const errors = p.units
      .map((u, j) => ({ u, j }))
      .filter(({ u }) => !known.has(u))
      .map(({ u, j }) => ({ field: `procedures.${indexOf(i)}.units.${j}`, message: `Không có đơn vị hành chính mã ${u}`, code: 'unknown_unit' }));
    if (errors.length > 0) problems.push({ index: indexOf(i), code: p.code, errors });
  });
  return problems;
}
