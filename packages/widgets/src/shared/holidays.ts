// Official days off (holidays, Tết, compensatory days off, and the weekend days inside a holiday
// break) and working weekend days (ngày làm bù) for 2025–2027, COPIED from
// apps/api/seed/holidays.json so the browser can count working days without a request. Source of
// that file: Labour Code 45/2019/QH14 art. 112 and the Prime Minister's / Ministry of Home Affairs'
// yearly notices for civil servants; dates marked ƯỚC TÍNH (estimated) there — 2026-09-01, the 2027
// Tết break, 2027-04-16, 2027-05-03, 2027-09-03 — had no official notice when the data was made.
// Keep this list in step with the seed file (the API contract has no calendar endpoint yet).
// Outside 2025–2027 only weekends are skipped.

export const HOLIDAYS_FIRST_YEAR = 2025;
export const HOLIDAYS_LAST_YEAR = 2027;

export const DAYS_OFF: readonly string[] = [
  // 2025
  '2025-01-01', '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29',
  '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-04-07', '2025-04-30',
  '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-08-30', '2025-08-31',
  '2025-09-01', '2025-09-02',
  // 2026
  '2026-01-01', '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18',
  '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-04-26', '2026-04-27',
  '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03', '2026-09-01', '2026-09-02',
  // 2027
  '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09',
  '2027-02-10', '2027-02-11', '2027-04-16', '2027-04-30', '2027-05-01', '2027-05-03',
  '2027-09-02', '2027-09-03',
];

export const WORKING_WEEKEND_DAYS: readonly string[] = ['2025-04-26'];
