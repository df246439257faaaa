// Dossier status view: from the record read from the database (db/dossiers.ts) to the contract's
// DossierView — days left or overdue on the unit's working-day calendar, the timeline, the apology.
// The applicant's name is masked here (mask.ts) and nothing else personal (ID number, phone,
// address, verifiers) is copied.
import {
  dossierStatusInfo,
  dossierStatusView,
  type Apology,
  type Channel,
  type DossierStatusId,
  type DossierView,
  type FinancialObligation,
  type Punctuality,
  type ResultDelivery,
  type SupplementRequest,
  type TimelineEntry,
} from '@motcua/contracts';
import { coarseAddress, maskName } from './mask.js';
import { appointmentIso, toVietnamIso, vietnamDay } from './vietnam-time.js';
import { getDefaultCalendar, toDayNumber, vietnamToday, type IsoDate, type WorkingCalendar } from './working-days.js';

/** Everything the view needs about a dossier, already read from the database. */
export interface DossierRecord {
  code: string;
  status: DossierStatusId;
  procedureCode: string;
  procedureName: string;
  unitCode: string;
  unitName: string;
  channel: Channel;
  currentStep: string | null;
  receivedAt: Date | string;
  /** ISO date or date-time; null when not accepted yet. */
  appointmentDate: Date | string | null;
  applicantName: string;
  apology: { issuedAt: Date | string; newAppointmentDate: Date | string; reason: string } | null;
  supplementRequest: { requestedAt: Date | string; items: string[]; note?: string | null } | null;
  financialObligation: { amount: number; description: string; dueDate?: Date | string | null } | null;
  resultDelivery: { method: 'desk' | 'postal'; address?: string | null; trackingNumber?: string | null; readyAt?: Date | string | null } | null;
  /** When the dossier was resolved (status 9) if known; used for "late by" once finished. */
  resolvedAt?: Date | string | null;
  updatedAt: Date | string;
  evaluated: boolean;
}

export interface TimelineRecord {
  fromStep: string;
  fromUnit: string;
  toStep: string;
  toUnit: string;
  handler: string;
  at: Date | string;
  deadline: Date | string | null;
  punctuality?: Punctuality | null;
}

const FINISHED: ReadonlySet<DossierStatusId> = new Set(['not-accepted', 'withdrawn', 'resolved', 'result-returned']);
const EVALUABLE: ReadonlySet<DossierStatusId> = new Set(['resolved', 'result-returned']);

export function derivePunctuality(at: Date | string, deadline: Date | string | null): Punctuality {
  if (deadline == null) return 'on-time';
  const a = toDayNumber(vietnamDay(at));
  const d = toDayNumber(vietnamDay(deadline));
  if (a < d) return 'early';
  if (a === d) return 'on-time';
  return 'late';
}

export function buildDossierView(
  d: DossierRecord,
  events: readonly TimelineRecord[],
  options: { today?: IsoDate; calendar?: WorkingCalendar } = {},
): DossierView {
  const cal = options.calendar ?? getDefaultCalendar();
  const today = options.today ?? vietnamToday();
  const info = dossierStatusInfo(d.status);
  const appointmentDay = d.apology ? vietnamDay(d.apology.newAppointmentDate) : d.appointmentDate ? vietnamDay(d.appointmentDate) : null;

  let daysLeft: number | null = null;
  let overdueBy: number | null = null;
  if (appointmentDay) {
    if (FINISHED.has(d.status)) {
      const doneDay = vietnamDay(d.resolvedAt ?? d.updatedAt);
      overdueBy = Math.max(0, -cal.daysLeft(appointmentDay, doneDay));
    } else {
      // The clock stops while the dossier is paused (supplement, payment, stopped) — from the time
      // of the request (or of the last hand-off, the decision that paused it), not from when the
      // row was last written (a seed or an import writes every row at once).
      const lastEvent = events.reduce<Date | string | null>((m, e) => (m === null || new Date(e.at) > new Date(m) ? e.at : m), null);
      const pausedSince = (d.status === 'supplement-requested' ? d.supplementRequest?.requestedAt : null) ?? lastEvent ?? d.updatedAt;
      const asOf = info.paused ? minDay(vietnamDay(pausedSince), today) : today;
      daysLeft = cal.daysLeft(appointmentDay, asOf);
      overdueBy = Math.max(0, -daysLeft);
    }
  }

  const timeline: TimelineEntry[] = [...events]
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
    .map((e) => ({
      fromStep: e.fromStep,
      fromUnit: e.fromUnit,
      toStep: e.toStep,
      toUnit: e.toUnit,
      handler: e.handler,
      at: toVietnamIso(e.at),
      deadline: e.deadline == null ? null : toVietnamIso(e.deadline),
      punctuality: e.punctuality ?? derivePunctuality(e.at, e.deadline),
    }));

  const apology: Apology | null = d.apology
    ? {
        issuedAt: toVietnamIso(d.apology.issuedAt),
        newAppointmentDate: /^\d{4}-\d{2}-\d{2}$/.test(String(d.apology.newAppointmentDate))
          ? appointmentIso(String(d.apology.newAppointmentDate))
          : toVietnamIso(d.apology.newAppointmentDate),
        reason: d.apology.reason,
      }
    : null;
  const supplementRequest: SupplementRequest | null =
    d.supplementRequest && d.supplementRequest.items.length > 0
      ? { requestedAt: toVietnamIso(d.supplementRequest.requestedAt), items: [...d.supplementRequest.items], note: d.supplementRequest.note ?? '' }
      : null;
  const financialObligation: FinancialObligation | null = d.financialObligation
    ? {
        amount: Math.max(0, Math.round(d.financialObligation.amount)),
        description: d.financialObligation.description,
        dueDate: d.financialObligation.dueDate == null ? null : toVietnamIso(d.financialObligation.dueDate),
      }
    : null;
  const delivery = d.resultDelivery ?? { method: 'desk' as const };
  const resultDelivery: ResultDelivery = { method: delivery.method };
  if (delivery.method === 'postal') {
    // Only the commune-level part of the address: enough to check where it goes, not who lives there.
    if (delivery.address) resultDelivery.address = coarseAddress(delivery.address);
    if (delivery.trackingNumber) resultDelivery.trackingNumber = delivery.trackingNumber;
  }
  if (delivery.readyAt) resultDelivery.readyAt = toVietnamIso(delivery.readyAt);

  const appointment = d.apology
    ? apology!.newAppointmentDate
    : d.appointmentDate == null
      ? null
      : typeof d.appointmentDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.appointmentDate)
        ? appointmentIso(d.appointmentDate)
        : toVietnamIso(d.appointmentDate);

  return {
    code: d.code,
    status: dossierStatusView(d.status),
    procedure: { code: d.procedureCode, name: d.procedureName },
    unit: { code: d.unitCode, name: d.unitName },
    channel: d.channel,
    currentStep: info.final ? null : d.currentStep,
    receivedAt: toVietnamIso(d.receivedAt),
    appointmentDate: appointment,
    daysLeft,
    overdueBy,
    apology,
    supplementRequest,
    financialObligation,
    resultDelivery,
    timeline,
    applicantNameMasked: maskName(d.applicantName),
    canEvaluate: EVALUABLE.has(d.status) && !d.evaluated,
    evaluated: d.evaluated,
    updatedAt: toVietnamIso(d.updatedAt),
  };
}

function minDay(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
