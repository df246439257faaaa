// The shape of a demo dossier in seed/dossiers.json, read by the seeder (index.ts) and moved in time
// by the demo clock (demo-clock.ts); in a file of its own so neither imports the other back.

export interface TimelineSeed {
  fromStep: string;
  fromUnit: string;
  toStep: string;
  toUnit: string;
  handler: string;
  at: string;
  deadline?: string | null;
  punctuality: 'early' | 'on-time' | 'late';
  status?: string | null;
}

export interface DossierSeed {
  code: string;
  unit: string;
  procedure: string;
  channel: 'in-person' | 'online' | 'postal';
  status: string;
  receivedAt: string;
  appointmentDate: string | null;
  applicantName: string;
  verifiers: { idLast4: string; phoneLast4?: string | null };
  currentStep?: string | null;
  supplement?: { requestedAt: string; items: string[]; note?: string } | null;
  financial?: { amount: number; description: string; dueDate?: string | null } | null;
  apology?: { issuedAt: string; newAppointmentDate: string; reason: string } | null;
  delivery?: { method: 'desk' | 'postal'; address?: string; trackingNumber?: string; readyAt?: string } | null;
  events?: TimelineSeed[];
  resolvedAt?: string | null;
}
