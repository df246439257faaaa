// First-start seed from apps/api/seed/*.json: administrative units, fields, procedures, unit
// contacts and demo dossiers. Each part is only loaded when its table is empty, all in one
// transaction holding an advisory lock (two servers starting together seed once).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { upsertProcedure, type ProcedureInput } from '../db/catalog.js';
import type { Db, Queryable } from '../db/types.js';
import { hashVerifiers } from '../db/verifier.js';
import type { Logger } from '../http/logger.js';
import { insertNationalSynonyms, type SynonymEntry } from '../search/dictionary.js';
import { insertAdminUnits, readAdminUnits } from './admin-units.js';
import { calendarsOf, seedCalendar } from '../db/calendar.js';
import { calendarDaysFromFile, vietnamToday } from '@motcua/contracts/calendar';
import { demoShift, shiftDossier } from './demo-clock.js';
import type { DossierSeed } from './dossier-seed.js';
import { insertDemoFeedback, type FeedbackSeed } from './feedback.js';

const SEED_LOCK_KEY = 668_2820_0002;

export interface SeedReport {
  provinces: number;
  units: number;
  fields: number;
  procedures: number;
  contacts: number;
  dossiers: number;
  events: number;
  /** Demo phản ánh, kiến nghị (seed/feedback.json). */
  feedback: number;
  /** Years of the national working-day calendar seeded from holidays.json. */
  calendarYears: number;
  /** Milliseconds per part and in total. */
  ms: Record<string, number>;
}

export interface SeedOptions {
  seedDir: string;
  logger?: Logger;
  /** The server's clock (MOTCUA_NOW or real time): demo dossiers are placed relative to it. */
  now?: () => Date;
  /** The holidays file of the national calendar (config.holidaysFile); default `holidays.json` of seedDir. */
  holidaysFile?: string;
}

function readJson<T>(seedDir: string, file: string): T | null {
  const path = resolve(seedDir, file); // an absolute `file` (config.holidaysFile) stands alone
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

async function isEmpty(q: Queryable, table: string): Promise<boolean> {
  const res = await q.query(`SELECT 1 FROM ${table} LIMIT 1`);
  return res.rows.length === 0;
}

// ------------------------------------------------------------------------------------------
// Seed file shapes (see apps/api/seed/*.json; a dossier's: dossier-seed.ts)
// ------------------------------------------------------------------------------------------

interface FieldSeed {
  code: string;
  name: string;
}

interface ContactSeed {
  code: string;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  hotline?: string | null;
}

/**
 * Seed files may give a plain date ("2026-11-20") where the contract wants an instant: an
 * appointment on a day means by the end of office hours, 17:00 Vietnam time.
 */
export function toInstant(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T17:00:00+07:00` : value;
}

const RESOLVED = new Set(['resolved', 'result-returned']);

/** When a seeded dossier reached "resolved": explicit, else when the result was ready, else its last step. */
export function resolvedAtOf(d: DossierSeed): string | null {
  if (!RESOLVED.has(d.status)) return null;
  if (d.resolvedAt) return d.resolvedAt;
  const byStatus = d.events?.find((e) => e.status === 'resolved');
  if (byStatus) return byStatus.at;
  if (d.delivery?.readyAt) return d.delivery.readyAt;
  const last = d.events?.at(-1);
  return last ? last.at : toInstant(d.appointmentDate);
}

export async function insertDossier(q: Queryable, d: DossierSeed): Promise<number> {
  const { salt, hashes } = hashVerifiers([d.verifiers.idLast4, d.verifiers.phoneLast4]);
  const supplement = d.supplement ? { requestedAt: d.supplement.requestedAt, items: d.supplement.items, note: d.supplement.note ?? '' } : null;
  const financial = d.financial
    ? { amount: d.financial.amount, description: d.financial.description, dueDate: toInstant(d.financial.dueDate) }
    : null;
  const apology = d.apology
    ? { issuedAt: d.apology.issuedAt, newAppointmentDate: toInstant(d.apology.newAppointmentDate), reason: d.apology.reason }
    : null;
  const delivery = d.delivery ?? { method: 'desk' };
  await q.query(
    `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, current_step, received_at, appointment_date,
        resolved_at, applicant_name, verifier_salt, verifier_hashes, supplement_request, financial_obligation, apology,
        result_delivery)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13::text::jsonb, $14::text::jsonb,
        $15::text::jsonb, $16::text::jsonb)`,
    [
      d.code,
      d.unit,
      d.procedure,
      d.channel,
      d.status,
      d.currentStep ?? null,
      d.receivedAt,
      toInstant(d.appointmentDate),
      resolvedAtOf(d),
      d.applicantName,
      salt,
      hashes,
      supplement ? JSON.stringify(supplement) : null,
      financial ? JSON.stringify(financial) : null,
      apology ? JSON.stringify(apology) : null,
      JSON.stringify(delivery),
    ],
  );
  const events = d.events ?? [];
  if (events.length > 0) {
    await q.query(
      `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality, status)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::timestamptz[], $9::timestamptz[], $10::text[], $11::text[])`,
      [
        d.code,
        events.map((_, i) => i + 1),
        events.map((e) => e.fromStep),
        events.map((e) => e.fromUnit),
        events.map((e) => e.toStep),
        events.map((e) => e.toUnit),
        events.map((e) => e.handler),
        events.map((e) => e.at),
        events.map((e) => toInstant(e.deadline)),
        events.map((e) => e.punctuality),
        events.map((e) => e.status ?? null),
      ],
    );
  }
  return events.length;
}

// ------------------------------------------------------------------------------------------

export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<SeedReport> {
  const { seedDir, logger } = options;
  const now = options.now ?? (() => new Date());
  const report: SeedReport = { provinces: 0, units: 0, fields: 0, procedures: 0, contacts: 0, dossiers: 0, events: 0, feedback: 0, calendarYears: 0, ms: {} };
  const started = performance.now();
  const timed = async (part: string, fn: () => Promise<void>) => {
    const t = performance.now();
    await fn();
    report.ms[part] = Math.round(performance.now() - t);
  };

  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);

    if (await isEmpty(tx, 'provinces')) {
      await timed('units', async () => {
        const counts = await insertAdminUnits(tx, readAdminUnits(seedDir));
        report.provinces = counts.provinces;
        report.units = counts.units;
      });
    }

    if (await isEmpty(tx, 'procedures')) {
      await timed('catalog', async () => {
        const fields = readJson<FieldSeed[] | { fields: FieldSeed[] }>(seedDir, 'fields.json');
        const fieldList = Array.isArray(fields) ? fields : (fields?.fields ?? []);
        if (fieldList.length > 0) {
          await tx.query(
            `INSERT INTO fields (code, name, sort_order)
             SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
             ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, sort_order = EXCLUDED.sort_order`,
            [fieldList.map((f) => f.code), fieldList.map((f) => f.name), fieldList.map((_, i) => i + 1)],
          );
        }
        report.fields = fieldList.length;
        const catalog = readJson<{ procedures: ProcedureInput[] }>(seedDir, 'procedures.json');
        // unofficial English names and keywords live in their own file, keyed by code
        const english = readJson<{ procedures: Record<string, { name: string; keywords?: string[] }> }>(seedDir, 'procedures.en.json');
        for (const p of catalog?.procedures ?? []) {
          const en = english?.procedures[p.code];
          await upsertProcedure(tx, en ? { ...p, nameEn: en.name, keywordsEn: en.keywords ?? [] } : p);
          report.procedures++;
        }
      });
    }

    if (await isEmpty(tx, 'calendar_years')) {
      await timed('calendar', async () => {
        const file = readJson<Parameters<typeof calendarDaysFromFile>[0] & { source?: string }>(seedDir, options.holidaysFile ?? 'holidays.json');
        if (file) report.calendarYears = await seedCalendar(tx, calendarDaysFromFile(file), file.source ?? 'seed/holidays.json');
      });
    }

    if (await isEmpty(tx, 'search_synonyms')) {
      await timed('searchTerms', async () => {
        const terms = readJson<{ entries: SynonymEntry[] }>(seedDir, 'search-terms.json');
        await insertNationalSynonyms(tx, terms?.entries ?? []);
      });
    }

    if (await isEmpty(tx, 'unit_contacts')) {
      await timed('contacts', async () => {
        const contacts = readJson<{ units: ContactSeed[] }>(seedDir, 'unit-contacts.json');
        for (const u of contacts?.units ?? []) {
          const res = await tx.query(
            `INSERT INTO unit_contacts (unit_code, address, phone, email, hotline)
             SELECT code, $2, $3, $4, $5 FROM units WHERE code = $1
             ON CONFLICT (unit_code) DO NOTHING`,
            [u.code, u.address ?? null, u.phone ?? null, u.email ?? null, u.hotline ?? null],
          );
          report.contacts += res.rowCount;
        }
      });
    }

    if (await isEmpty(tx, 'dossiers')) {
      await timed('dossiers', async () => {
        const demo = readJson<{ demoToday?: string; dossiers: DossierSeed[] }>(seedDir, 'dossiers.json');
        // Dated relative to the day the database is first seeded (demo-clock.ts), on the calendar just seeded.
        const calendar = await calendarsOf(db).load(tx).then(() => calendarsOf(db).get(tx));
        const shift = demoShift(calendar, demo?.demoToday ?? vietnamToday(now()), now());
        for (const d of demo?.dossiers ?? []) {
          report.events += await insertDossier(tx, shiftDossier(shift, d));
          report.dossiers++;
        }
      });
    }

    if (await isEmpty(tx, 'feedback')) {
      await timed('feedback', async () => {
        const demo = readJson<{ items: FeedbackSeed[] }>(seedDir, 'feedback.json');
        // Placed relative to the seeding day, on the calendar seeded above (see seed/feedback.ts).
        const calendar = await calendarsOf(db).load(tx).then(() => calendarsOf(db).get(tx));
        report.feedback = await insertDemoFeedback(tx, calendar, now(), demo?.items ?? []);
      });
    }
  });
  report.ms.total = Math.round(performance.now() - started);
  const seeded = report.units + report.procedures + report.dossiers + report.contacts + report.feedback > 0;
  if (seeded) logger?.info('seeded', { ...report });
  return report;
}
