// Writing the procedure catalog: one function used by the seed loader, the write API and the
// catalog import CLI, so the precomputed summary and search columns are always filled the same way;
// and the reads the write API checks a change against.
import type { ProcedureChannel, ProcedureDetail, ProcedureUpsert } from '@motcua/contracts';
import { englishWords } from '../search/english.js';
import { fold } from '../search/normalize.js';
import type { Db, Queryable } from './types.js';

/** A procedure plus where it is offered: unit codes, or `["*"]` for every commune-level unit. */
export type ProcedureInput = ProcedureDetail & {
  units: readonly string[];
  /** Unofficial English name and keywords (seed/procedures.en.json or the write API); searched, not part of the detail. */
  nameEn?: string | undefined;
  keywordsEn?: readonly string[] | undefined;
};

const UNIT_RANK: Record<string, number> = { 'working-hours': 1 / 8, 'working-days': 1, days: 1 };

/** The channel a citizen gets the result fastest through (unknown limits last). */
export function fastestChannel(channels: readonly ProcedureChannel[]): ProcedureChannel | undefined {
  let best: ProcedureChannel | undefined;
  let bestDays = Infinity;
  for (const ch of channels) {
    const v = ch.timeLimit.value;
    const days = v === null ? Infinity : v * (UNIT_RANK[ch.timeLimit.unit] ?? 1);
    if (best === undefined || days < bestDays) {
      best = ch;
      bestDays = days;
    }
  }
  return best;
}

/** Summary columns shown in search results. */
export function summaryColumns(p: ProcedureDetail): { timeLimitText: string; feeText: string; feeAmount: number | null } {
  const fastest = fastestChannel(p.channels);
  const inPerson = p.channels.find((c) => c.channel === 'in-person') ?? p.channels[0];
  return {
    timeLimitText: fastest?.timeLimit.text ?? '',
    feeText: inPerson?.fee.text ?? '',
    feeAmount: inPerson?.fee.amount ?? null,
  };
}

/**
 * The three searchable texts of a procedure, folded: its name (weight A), its everyday and old
 * names (B), and other text people may type (C): code, field, results, who applies, cases,
 * dossier components and step titles. Long descriptions stay out: they would match everything.
 */
export function searchTexts(p: ProcedureDetail): { name: string; aliases: string; other: string } {
  const other = [
    p.code,
    p.field.name,
    ...p.result,
    ...p.applicants,
    ...p.cases.flatMap((c) => [c.name, ...c.components.flatMap((k) => [k.name, k.form?.code ?? ''])]),
    ...p.steps.map((s) => s.title),
  ];
  return {
    name: fold(p.name),
    // " | " keeps aliases apart for phrase matching; folding has removed every other "|"
    aliases: p.aliases.map(fold).filter(Boolean).join(' | '),
    other: other.map(fold).filter(Boolean).join(' | '),
  };
}

/**
 * English texts (unofficial name and keywords), folded and stemmed like English queries, and the
 * name and everyday names in lowercase with their diacritics, for the diacritics tie-breaker.
 */
export function extraSearchTexts(p: ProcedureInput): { nameEn: string; keywordsEn: string; accent: string } {
  const en = (t: string) => englishWords(fold(t)).join(' ');
  return {
    nameEn: p.nameEn ? en(p.nameEn) : '',
    keywordsEn: (p.keywordsEn ?? []).map(en).filter(Boolean).join(' | '),
    accent: [p.name, ...p.aliases].map((t) => t.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')).join(' | '),
  };
}

/**
 * Inserts or replaces a procedure, the units offering it and its search row. Returns whether the
 * code was new. Run inside a transaction when writing several.
 */
export async function upsertProcedure(q: Queryable, input: ProcedureInput): Promise<{ created: boolean; updatedAt: Date }> {
  const { units, nameEn, keywordsEn, ...detail } = input;
  const summary = summaryColumns(detail);
  const texts = searchTexts(detail);
  const allUnits = units.includes('*');
  await q.query('INSERT INTO fields (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING', [detail.field.code, detail.field.name]);
  const res = await q.query<{ created: boolean; updated_at: Date }>(
    `INSERT INTO procedures (code, name, field_code, level, online_service, all_units, detail,
        time_limit_text, fee_text, fee_amount)
     VALUES ($1, $2, $3, $4, $5, $6::boolean, $7::text::jsonb, $8, $9, $10::integer)
     ON CONFLICT (code) DO UPDATE SET
       name = EXCLUDED.name, field_code = EXCLUDED.field_code, level = EXCLUDED.level,
       online_service = EXCLUDED.online_service, all_units = EXCLUDED.all_units, detail = EXCLUDED.detail,
       time_limit_text = EXCLUDED.time_limit_text, fee_text = EXCLUDED.fee_text, fee_amount = EXCLUDED.fee_amount,
       updated_at = now()
     RETURNING (xmax = 0) AS created, updated_at`,
    [
      detail.code,
      detail.name,
      detail.field.code,
      detail.level,
      detail.onlineService,
      allUnits,
      JSON.stringify(detail),
      summary.timeLimitText,
      summary.feeText,
      summary.feeAmount,
    ],
  );
  await q.query('DELETE FROM procedure_units WHERE procedure_code = $1', [detail.code]);
  const unitCodes = allUnits ? [] : [...new Set(units)];
  if (unitCodes.length > 0) {
    await q.query(
      `INSERT INTO procedure_units (unit_code, procedure_code)
       SELECT u.code, $2 FROM units u WHERE u.code = ANY($1::text[])
       ON CONFLICT DO NOTHING`,
      [unitCodes, detail.code],
    );
  }
  await q.query(
    `INSERT INTO procedure_search (code, name, field_code, field_order, level, online_service, all_units, provinces,
        time_limit_text, fee_text, fee_amount, search_name, search_aliases, name_vec, alias_vec, na_vec, all_vec)
     SELECT p.code, p.name, p.field_code, COALESCE(f.sort_order, 0), p.level, p.online_service, p.all_units,
        ARRAY(SELECT DISTINCT u.province_code FROM procedure_units pu JOIN units u ON u.code = pu.unit_code
              WHERE pu.procedure_code = p.code ORDER BY 1),
        p.time_limit_text, p.fee_text, p.fee_amount, ' ' || $2, ' ' || $3,
        strip(to_tsvector('simple', $2)), strip(to_tsvector('simple', $3)),
        strip(to_tsvector('simple', $2 || ' ' || $3)),
        strip(to_tsvector('simple', $2 || ' ' || $3 || ' ' || $4))
     FROM procedures p LEFT JOIN fields f ON f.code = p.field_code
     WHERE p.code = $1
     ON CONFLICT (code) DO UPDATE SET
       name = EXCLUDED.name, field_code = EXCLUDED.field_code, field_order = EXCLUDED.field_order,
       level = EXCLUDED.level, online_service = EXCLUDED.online_service, all_units = EXCLUDED.all_units,
       provinces = EXCLUDED.provinces, time_limit_text = EXCLUDED.time_limit_text, fee_text = EXCLUDED.fee_text,
       fee_amount = EXCLUDED.fee_amount, search_name = EXCLUDED.search_name, search_aliases = EXCLUDED.search_aliases,
       name_vec = EXCLUDED.name_vec, alias_vec = EXCLUDED.alias_vec, na_vec = EXCLUDED.na_vec, all_vec = EXCLUDED.all_vec`,
    [detail.code, texts.name, texts.aliases, texts.other],
  );
  const extra = extraSearchTexts(input);
  await q.query(
    `UPDATE procedure_search SET name_en = $2, search_name_en = ' ' || $3, search_keywords_en = ' ' || $4,
        name_en_vec = strip(to_tsvector('simple', $3)), keywords_en_vec = strip(to_tsvector('simple', $4)),
        nk_en_vec = strip(to_tsvector('simple', $3 || ' ' || $4)), all_en_vec = strip(to_tsvector('simple', $3 || ' ' || $4)),
        accent_text = ' ' || $5
     WHERE code = $1`,
    [detail.code, nameEn ?? null, extra.nameEn, extra.keywordsEn, extra.accent],
  );
  await q.query(
    `INSERT INTO search_terms_en (term)
     SELECT DISTINCT unnest(tsvector_to_array(all_en_vec)) FROM procedure_search WHERE code = $1
     ON CONFLICT DO NOTHING`,
    [detail.code],
  );
  await q.query(
    `INSERT INTO search_terms (term)
     SELECT DISTINCT unnest(tsvector_to_array(all_vec)) FROM procedure_search WHERE code = $1
     ON CONFLICT DO NOTHING`,
    [detail.code],
  );
  bumpCatalogVersion();
  const row = res.rows[0]!;
  return { created: row.created, updatedAt: row.updated_at };
}

/**
 * Incremented by every catalog write in this process; caches of catalog reads key on it, so a
 * write is visible to the next read here at once (other processes see it when their cache
 * entries expire).
 */
let catalogVersion = 0;
export function bumpCatalogVersion(): void {
  catalogVersion++;
}
export function getCatalogVersion(): number {
  return catalogVersion;
}

// --- checks of the write API ------------------------------------------------------------------

export async function procedureExists(q: Queryable, code: string): Promise<boolean> {
  const res = await q.query('SELECT 1 FROM procedures WHERE code = $1', [code]);
  return res.rows.length > 0;
}

/** A procedure's stored detail and whether every unit offers it, locked for the transaction; null when new. */
export async function lockProcedure(q: Queryable, code: string): Promise<{ all_units: boolean; detail: unknown } | null> {
  const res = await q.query<{ all_units: boolean; detail: unknown }>('SELECT all_units, detail FROM procedures WHERE code = $1 FOR UPDATE', [code]);
  return res.rows[0] ?? null;
}

/** The units a procedure is assigned to, with their provinces. */
export async function procedureAssignments(q: Queryable, code: string): Promise<{ unit_code: string; province_code: string }[]> {
  const res = await q.query<{ unit_code: string; province_code: string }>(
    `SELECT pu.unit_code, u.province_code FROM procedure_units pu JOIN units u ON u.code = pu.unit_code WHERE pu.procedure_code = $1`,
    [code],
  );
  return res.rows;
}

// --- the catalog import (motcua-api import-catalog) ------------------------------------------

export interface ImportResult {
  created: number;
  updated: number;
}

/** Writes every procedure in one transaction. */
export async function importCatalog(db: Db, procedures: readonly ProcedureUpsert[], onProgress?: (done: number) => void): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < procedures.length; i++) {
      const r = await upsertProcedure(tx, procedures[i]!);
      if (r.created) created++;
      else updated++;
      if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1);
    }
    return { created, updated };
  });
}
