// Test support for the citizen/admin/property suites: a fresh database (PGlite in memory, or an
// isolated schema on the PostgreSQL of DATABASE_URL), small fixtures written through the same
// code paths as the server, and an app built with createApp.
import { randomBytes } from 'node:crypto';
import type { ProcedureDetail } from '@motcua/contracts';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { upsertProcedure } from '../src/db/catalog.js';
import { createDb } from '../src/db/index.js';
import { migrate } from '../src/db/migrate.js';
import type { Db } from '../src/db/types.js';
import { hashVerifiers } from '../src/db/verifier.js';
import { createLogger } from '../src/http/logger.js';
import { openEmpty } from './public-support.js';

export type BackendKind = 'pglite' | 'postgres';

/** The backends to run on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const BACKENDS: BackendKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface Backend {
  kind: BackendKind;
  db: Db;
  /** Connection settings for a child process (CLI tests) to open the same database. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A fresh migrated database (api-core's openEmpty: PGlite in memory, or a temporary PostgreSQL
 * database), or a PGlite folder when `dataDir` is given (CLI tests: a child process opens it). */
export async function openBackend(kind: BackendKind, options: { dataDir?: string } = {}): Promise<Backend> {
  if (kind === 'pglite' && options.dataDir) {
    const db = await createDb({ dataDir: options.dataDir });
    await migrate(db);
    return { kind, db, env: { MOTCUA_DATA_DIR: options.dataDir }, close: () => db.close() };
  }
  const t = await openEmpty(kind);
  await migrate(t.db);
  return { kind, db: t.db, env: t.url ? { DATABASE_URL: t.url } : {}, close: () => t.close() };
}

/** An app on `db`; MOTCUA_* variables of process.env (see withEnv) and `env` configure it. */
export function makeApp(db: Db, env: Record<string, string> = {}): App {
  const config = loadConfig({ ...process.env, ...env }, { logRequests: false, seed: false });
  return createApp({ db, config, logger: createLogger({ level: 'error', write: () => {} }) });
}

/** Runs `fn` with MOTCUA_* variables set (makeApp's loadConfig reads them), restoring them afterwards. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T> | T): Promise<T> {
  const saved: Record<string, string | undefined> = {};
  for (const k of Object.keys(vars)) {
    saved[k] = process.env[k];
    if (vars[k] === undefined) delete process.env[k];
    else process.env[k] = vars[k];
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const FIX = {
  province: '80',
  otherProvince: '01',
  unit: '25459',
  unit2: '25460',
  otherUnit: '00004',
  procedure: '1.004873',
  sameDay: '1.001193',
  codes: {
    inProgress: '000.00.25.H56-260302-0001',
    resolved: '000.00.25.H56-260302-0002',
    returned: '000.00.25.H56-260302-0003',
    supplement: '000.00.25.H56-260302-0004',
    overdue: '000.00.25.H56-260302-0005',
    otherProvince: '000.00.01.H26-260302-0006',
  },
  idLast4: '4821',
  phoneLast4: '7395',
  applicant: 'Nguyễn Văn An',
} as const;

export function procedureDetail(code: string, name: string, overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    code,
    name,
    aliases: [],
    field: { code: 'ho-tich', name: 'Hộ tịch' },
    level: 'commune',
    kind: 'TTHC được luật giao quy định chi tiết',
    decisionNumber: '1085/QĐ-BTP',
    implementingAgency: 'Ủy ban nhân dân cấp xã',
    competentAgency: 'Ủy ban nhân dân cấp xã',
    coordinatingAgencies: [],
    whereToSubmit: 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã',
    steps: [{ order: 1, title: 'Nộp hồ sơ', description: 'Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa.' }],
    channels: [
      {
        channel: 'in-person',
        timeLimit: { value: 3, unit: 'working-days', text: '03 ngày làm việc', sameDayCutoff: null, maxWithVerification: null },
        fee: { amount: 0, text: 'Miễn phí' },
        description: 'Nộp trực tiếp',
      },
    ],
    applicants: ['Công dân Việt Nam'],
    result: ['Giấy xác nhận'],
    cases: [],
    legalBasis: [],
    requirements: [],
    onlineService: 'full',
    nationalPortalUrl: null,
    ...overrides,
  };
}

/** Two provinces, three units, two procedures and a dossier for each interesting status. */
export async function insertFixtures(db: Db): Promise<void> {
  await db.query(
    `INSERT INTO provinces (code, name, full_name, name_en, kind) VALUES
       ('80', 'Tây Ninh', 'Tỉnh Tây Ninh', 'Tay Ninh', 'Tỉnh'),
       ('01', 'Hà Nội', 'Thành phố Hà Nội', 'Hanoi', 'Thành phố')
     ON CONFLICT DO NOTHING`,
  );
  await db.query(
    `INSERT INTO units (code, province_code, name, full_name, name_en, kind, search_text) VALUES
       ('25459', '80', 'Tân Ninh', 'Phường Tân Ninh', 'Tan Ninh', 'Phường', 'phuong tan ninh'),
       ('25460', '80', 'Bình Minh', 'Phường Bình Minh', 'Binh Minh', 'Phường', 'phuong binh minh'),
       ('00004', '01', 'Ba Đình', 'Phường Ba Đình', 'Ba Dinh', 'Phường', 'phuong ba dinh')
     ON CONFLICT DO NOTHING`,
  );
  await upsertProcedure(db, { ...procedureDetail(FIX.procedure, 'Cấp Giấy xác nhận tình trạng hôn nhân'), units: [FIX.unit, FIX.unit2, FIX.otherUnit] });
  await upsertProcedure(db, { ...procedureDetail(FIX.sameDay, 'Đăng ký khai sinh'), units: [FIX.unit] });

  const dossiers: Array<{ code: string; unit: string; status: string; appointment: string; extra?: Record<string, unknown> }> = [
    { code: FIX.codes.inProgress, unit: FIX.unit, status: 'in-progress', appointment: '2099-03-05T17:00:00+07:00' },
    { code: FIX.codes.resolved, unit: FIX.unit, status: 'resolved', appointment: '2026-03-05T17:00:00+07:00' },
    { code: FIX.codes.returned, unit: FIX.unit, status: 'result-returned', appointment: '2026-03-05T17:00:00+07:00' },
    {
      code: FIX.codes.supplement,
      unit: FIX.unit,
      status: 'supplement-requested',
      appointment: '2099-03-05T17:00:00+07:00',
      extra: { supplement_request: { requestedAt: '2026-03-03T09:00:00+07:00', items: ['Bản sao trích lục ly hôn'], note: '' } },
    },
    {
      code: FIX.codes.overdue,
      unit: FIX.unit,
      status: 'in-progress',
      appointment: '2026-03-05T17:00:00+07:00',
      extra: { apology: { issuedAt: '2026-03-05T10:00:00+07:00', newAppointmentDate: '2026-03-12T17:00:00+07:00', reason: 'Cần xác minh thêm' } },
    },
    { code: FIX.codes.otherProvince, unit: FIX.otherUnit, status: 'in-progress', appointment: '2099-03-05T17:00:00+07:00' },
  ];
  for (const d of dossiers) {
    const { salt, hashes } = hashVerifiers([FIX.idLast4, FIX.phoneLast4]);
    await db.query(
      `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, current_step, received_at, appointment_date,
         resolved_at, applicant_name, verifier_salt, verifier_hashes, supplement_request, apology, result_delivery)
       VALUES ($1, $2, $3, 'online', $4, 'Thẩm định', '2026-03-02T08:15:00+07:00', $5,
         CASE WHEN $4 IN ('resolved', 'result-returned') THEN '2026-03-04T10:00:00+07:00'::timestamptz END,
         $6, $7, $8::text[], $9::text::jsonb, $10::text::jsonb, $11::text::jsonb)`,
      [
        d.code,
        d.unit,
        FIX.procedure,
        d.status,
        d.appointment,
        FIX.applicant,
        salt,
        hashes,
        d.extra?.supplement_request ? JSON.stringify(d.extra.supplement_request) : null,
        d.extra?.apology ? JSON.stringify(d.extra.apology) : null,
        JSON.stringify({ method: 'postal', address: '12 Đường 30/4, Khu phố 1, Phường Tân Ninh, Tây Ninh', trackingNumber: 'EB123456789VN' }),
      ],
    );
    await db.query(
      `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality)
       VALUES ($1, 1, 'Tiếp nhận', 'Bộ phận Một cửa', 'Thẩm định', 'Công chức Tư pháp - Hộ tịch', 'Công chức tiếp nhận',
               '2026-03-02T08:20:00+07:00', '2026-03-02T17:00:00+07:00', 'on-time')`,
      [d.code],
    );
  }
}

export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The seven indicators the citizen answers (1 and 2 are measured from the record). */
export const GOOD_EVALUATION_ANSWERS = {
  contacts: 2,
  agencies: 2,
  'one-stop-desk': 2,
  publication: 2,
  attitude: 2,
  feedback: 2,
  'online-service': 2,
} as const;

export const GOOD_SURVEY_ANSWERS = { access: 5, procedure: 4, official: 5, result: 4, feedback: 3 } as const;

export function newKey(): string {
  return `test-${randomBytes(12).toString('hex')}`;
}
