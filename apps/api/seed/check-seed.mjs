#!/usr/bin/env node
// Validates the seed data of the reference server and prints counts.
// Usage: node --import tsx --conditions=source apps/api/seed/check-seed.mjs [--write-md]
//        (or plain node after `npm run build -w @motcua/contracts`; --write-md regenerates DOSSIERS.md)
// Runs in `npm test` (apps/api/test/seed-check.test.ts). Dates are checked with the one calendar
// module, @motcua/contracts/calendar — no copy of the rule here.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { WorkingCalendar, calendarDaysFromFile, weekday } from "@motcua/contracts/calendar";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// MOTCUA_SEED_CHECK_DIR: check another copy of the seed (the test feeds it broken data).
const DIR = process.env.MOTCUA_SEED_CHECK_DIR || dirname(fileURLToPath(import.meta.url));
const errors = [];
const fail = (msg) => errors.push(msg);
const load = (name) => {
  try { return JSON.parse(readFileSync(join(DIR, name), "utf8")); }
  catch (e) { fail(`${name}: ${e.message}`); return null; }
};

const proceduresFile = load("procedures.json");
const fields = load("fields.json");
const formsFile = load("forms.json");
const holidaysFile = load("holidays.json");
const dossiersFile = load("dossiers.json");
const contacts = load("unit-contacts.json");
if (errors.length) { console.error(errors.join("\n")); process.exit(1); }

const isObj = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
const isStr = (x) => typeof x === "string" && x.trim().length > 0;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+07:00$/;

// ---------------------------------------------------------------- fields
const fieldCodes = new Set();
for (const f of fields) {
  if (!isStr(f.code) || !isStr(f.name) || !isStr(f.nameEn)) fail(`fields.json: bad entry ${JSON.stringify(f)}`);
  if (fieldCodes.has(f.code)) fail(`fields.json: duplicate ${f.code}`);
  fieldCodes.add(f.code);
}

// ---------------------------------------------------------------- forms
const formSlugs = new Set();
for (const f of formsFile.forms ?? []) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.slug ?? "")) fail(`forms.json: bad slug ${f.slug}`);
  if (!isStr(f.code) || !isStr(f.name)) fail(`forms.json: ${f.slug} lacks code/name`);
  formSlugs.add(f.slug);
}

// ---------------------------------------------------------------- procedures
const SHAPE = ["code", "name", "aliases", "field", "level", "kind", "decisionNumber", "implementingAgency", "competentAgency",
  "coordinatingAgencies", "whereToSubmit", "steps", "channels", "applicants", "result", "cases", "legalBasis", "requirements",
  "onlineService", "nationalPortalUrl", "units"];
const REQUIRED_CODES = ["1.001193", "1.003583", "1.004772", "1.000894", "1.004873", "1.000656", "1.004837", "2.000635",
  "2.000815", "2.000884", "1.004222", "1.004194", "1.002755", "1.003677", "1.001699", "2.000744"];
const SOURCES = new Set(["population", "civil-status", "social-insurance", "land", "business"]);
const procedures = proceduresFile.procedures;
const byCode = new Map();
if (!Array.isArray(procedures)) fail("procedures.json: 'procedures' must be an array");
for (const p of procedures ?? []) {
  const where = `procedure ${p.code ?? "?"}`;
  for (const k of SHAPE) if (!(k in p)) fail(`${where}: missing key ${k}`);
  for (const k of Object.keys(p)) if (!SHAPE.includes(k)) fail(`${where}: unexpected key ${k}`);
  if (!/^\d\.\d{6}$/.test(p.code)) fail(`${where}: code does not match d.dddddd`);
  if (byCode.has(p.code)) fail(`${where}: duplicate code`);
  byCode.set(p.code, p);
  for (const k of ["name", "kind", "decisionNumber", "implementingAgency", "competentAgency", "whereToSubmit"]) if (!isStr(p[k])) fail(`${where}: ${k} empty`);
  if (!Array.isArray(p.aliases) || p.aliases.length < 2 || p.aliases.length > 6 || !p.aliases.every(isStr)) fail(`${where}: aliases must be 2–6 strings`);
  if (!isObj(p.field) || !fieldCodes.has(p.field.code) || fields.find((f) => f.code === p.field.code)?.name !== p.field.name) fail(`${where}: field not in fields.json`);
  if (!["commune", "commune-police", "province"].includes(p.level)) fail(`${where}: bad level`);
  if (p.level === "commune-police" && p.implementingAgency !== "Công an cấp xã") fail(`${where}: commune-police must be implemented by Công an cấp xã`);
  if (!Array.isArray(p.coordinatingAgencies)) fail(`${where}: coordinatingAgencies must be an array`);
  if (!Array.isArray(p.steps) || p.steps.length < 3 || p.steps.length > 6) fail(`${where}: needs 3–6 steps`);
  (p.steps ?? []).forEach((s, i) => { if (s.order !== i + 1 || !isStr(s.title) || !isStr(s.description)) fail(`${where}: bad step ${i + 1}`); });
  if (!Array.isArray(p.channels) || !p.channels.some((c) => c.channel === "in-person")) fail(`${where}: in-person channel missing`);
  const seen = new Set();
  for (const c of p.channels ?? []) {
    if (!["in-person", "online", "postal"].includes(c.channel) || seen.has(c.channel)) fail(`${where}: bad/duplicate channel ${c.channel}`);
    seen.add(c.channel);
    const t = c.timeLimit;
    if (!isObj(t) || !(t.value === null || (typeof t.value === "number" && t.value >= 0)) || !["working-days", "working-hours", "days"].includes(t.unit) || !isStr(t.text)
      || !("sameDayCutoff" in t) || !("maxWithVerification" in t)) fail(`${where}/${c.channel}: bad timeLimit`);
    if (t?.sameDayCutoff !== null && t?.sameDayCutoff !== "15:00") fail(`${where}/${c.channel}: sameDayCutoff must be "15:00" or null`);
    // The contract: 0 = the same day. A same-day text or cut-off with another value is the bug of issue 12.
    const sameDayText = /^(Ngay trong ngày|Trong ngày)/.test(t?.text ?? "") && !/không quá/.test(t?.text ?? "");
    if ((t?.sameDayCutoff !== null || sameDayText) && t?.value !== 0) fail(`${where}/${c.channel}: a same-day time limit has value 0 (got ${t?.value})`);
    if (t?.maxWithVerification !== null && !(typeof t?.maxWithVerification === "number" && t.maxWithVerification >= (t.value ?? 0))) fail(`${where}/${c.channel}: bad maxWithVerification`);
    if (!isObj(c.fee) || !(c.fee.amount === null || (Number.isInteger(c.fee.amount) && c.fee.amount >= 0)) || !isStr(c.fee.text)) fail(`${where}/${c.channel}: bad fee`);
    if (!isStr(c.description)) fail(`${where}/${c.channel}: description empty`);
  }
  if (p.onlineService === "none" && seen.has("online")) fail(`${where}: online channel but onlineService none`);
  if (p.onlineService !== "none" && !seen.has("online")) fail(`${where}: onlineService ${p.onlineService} without online channel`);
  for (const k of ["applicants", "result", "requirements"]) if (!Array.isArray(p[k]) || !p[k].length || !p[k].every(isStr)) fail(`${where}: ${k} must be a non-empty string array`);
  if (!Array.isArray(p.cases) || !p.cases.length) fail(`${where}: no cases`);
  for (const c of p.cases ?? []) {
    if (!isStr(c.id) || !isStr(c.name) || typeof c.description !== "string" || !Array.isArray(c.components) || !c.components.length) fail(`${where}: bad case ${c.id}`);
    for (const x of c.components ?? []) {
      const cw = `${where}/${c.id}/${x.id}`;
      for (const k of ["id", "name", "description", "originals", "copies", "required", "form", "electronicForm", "reusableData"]) if (!(k in x)) fail(`${cw}: missing ${k}`);
      if (!Number.isInteger(x.originals) || !Number.isInteger(x.copies) || typeof x.required !== "boolean" || typeof x.electronicForm !== "boolean") fail(`${cw}: bad types`);
      if (x.form !== null) {
        const m = /^\/forms\/([a-z0-9-]+)\.pdf$/.exec(x.form?.url ?? "");
        if (!isStr(x.form?.code) || !isStr(x.form?.name) || !m) fail(`${cw}: bad form`);
        else if (!formSlugs.has(m[1])) fail(`${cw}: form ${m[1]} not in forms.json`);
      }
      if (x.reusableData !== null && (!SOURCES.has(x.reusableData?.source) || !isStr(x.reusableData?.note))) fail(`${cw}: bad reusableData`);
    }
  }
  if (!Array.isArray(p.legalBasis) || !p.legalBasis.length) fail(`${where}: no legal basis`);
  for (const l of p.legalBasis ?? []) if (!isStr(l.number) || !isStr(l.title) || !isStr(l.issuer) || !(l.issuedOn === null || isoDate.test(l.issuedOn))) fail(`${where}: bad legal basis ${l.number}`);
  if (!["full", "partial", "none"].includes(p.onlineService)) fail(`${where}: bad onlineService`);
  const url = `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`;
  if (p.onlineService === "none" ? p.nationalPortalUrl !== null : p.nationalPortalUrl !== url) fail(`${where}: nationalPortalUrl must be ${p.onlineService === "none" ? "null" : url}`);
  if (!Array.isArray(p.units) || !p.units.length || !p.units.every((u) => u === "*" || /^\d{5}$/.test(u)) || (p.units.includes("*") && p.units.length > 1)) fail(`${where}: units must be ["*"] or 5-digit codes`);
}
for (const c of REQUIRED_CODES) if (!byCode.has(c)) fail(`required procedure ${c} missing`);
const usedFields = new Set((procedures ?? []).map((p) => p.field.code));
if ((procedures ?? []).length < 44) fail(`only ${procedures.length} procedures (need ≥44)`);
if (usedFields.size < 7) fail(`only ${usedFields.size} fields used (need ≥7)`);
for (const f of fieldCodes) if (!usedFields.has(f)) fail(`fields.json: ${f} not used by any procedure`);

// ---------------------------------------------------------------- holidays
const holidaySet = new Set();
for (const h of holidaysFile.holidays ?? []) {
  if (!isoDate.test(h.date) || Number.isNaN(Date.parse(h.date)) || !isStr(h.name)) fail(`holidays.json: bad ${JSON.stringify(h)}`);
  if (holidaySet.has(h.date)) fail(`holidays.json: duplicate ${h.date}`);
  holidaySet.add(h.date);
}
for (const y of ["2025", "2026", "2027"]) for (const md of ["01-01", "04-30", "05-01", "09-02"]) if (!holidaySet.has(`${y}-${md}`)) fail(`holidays.json: ${y}-${md} missing`);
const workingWeekends = new Set();
for (const w of holidaysFile.workingWeekends ?? []) {
  if (!isoDate.test(w.date) || ![0, 6].includes(weekday(w.date)) || !isStr(w.name)) fail(`holidays.json: working weekend ${w.date} is not a Saturday/Sunday`);
  workingWeekends.add(w.date);
}
for (const h of [...(holidaysFile.holidays ?? []), ...(holidaysFile.workingWeekends ?? [])]) {
  if ("provisional" in h && typeof h.provisional !== "boolean") fail(`holidays.json: ${h.date} provisional must be true/false`);
  // Years without the official notice yet are estimates and must say so.
  if (h.date >= "2027-01-01" && h.provisional !== true) fail(`holidays.json: ${h.date} is before the 2027 notice: mark it provisional`);
}
const calendar = WorkingCalendar.fromDays(calendarDaysFromFile(holidaysFile));
/** Due date for a dossier received at `receivedAt` under time limit `t` (and `value` instead of t.value when given). */
const appointment = (receivedAt, t, value = t.value) => calendar.dueDate(receivedAt, { ...t, value }).date;

// ---------------------------------------------------------------- dossiers
const STATUSES = ["submitted", "accepted", "not-accepted", "in-progress", "supplement-requested", "financial-obligation", "withdrawn", "stopped", "resolved", "result-returned"];
const TODAY = "2026-11-22";
const units = new Map((dossiersFile.units ?? []).map((u) => [u.code, u]));
const dossiers = dossiersFile.dossiers ?? [];
const statusCount = Object.fromEntries(STATUSES.map((s) => [s, 0]));
const ids = new Set(), phones = new Set(), codes = new Set();
let overdueWithApology = 0, overdueWithoutApology = 0, postalWithTracking = 0, desk = 0;
const ROLE = /^(Công chức|Cán bộ|Phó |Chủ tịch|Trưởng|Nhân viên|Hệ thống|Lãnh đạo)/;
for (const d of dossiers) {
  const where = `dossier ${d.code}`;
  for (const k of ["code", "unit", "procedure", "channel", "status", "receivedAt", "appointmentDate", "applicantName", "verifiers", "currentStep", "supplement", "financial", "apology", "delivery", "events"]) if (!(k in d)) fail(`${where}: missing ${k}`);
  const m = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{6})-(\d{4})$/.exec(d.code);
  if (!m) fail(`${where}: code does not match {agency}-{yyMMdd}-{NNNN}`);
  if (codes.has(d.code)) fail(`${where}: duplicate code`);
  codes.add(d.code);
  const u = units.get(d.unit);
  if (!u) fail(`${where}: unknown unit ${d.unit}`);
  else if (m && m[1] !== u.agencyId) fail(`${where}: agency id ${m[1]} is not the unit's ${u.agencyId}`);
  if (!isoDateTime.test(d.receivedAt)) fail(`${where}: receivedAt must be ISO with +07:00`);
  if (m && d.receivedAt.slice(2, 10).replaceAll("-", "") !== m[2]) fail(`${where}: code date ${m[2]} ≠ receivedAt`);
  // A submitted dossier has not been received yet: no appointment (the receipt gives one).
  if (d.status === "submitted" ? d.appointmentDate !== null : !isoDate.test(d.appointmentDate)) fail(`${where}: bad appointmentDate (null only while submitted)`);
  if (!STATUSES.includes(d.status)) fail(`${where}: bad status ${d.status}`); else statusCount[d.status]++;
  const p = byCode.get(d.procedure);
  if (!p) { fail(`${where}: unknown procedure ${d.procedure}`); continue; }
  if (!(p.units.includes("*") || p.units.includes(d.unit))) fail(`${where}: procedure not offered in unit ${d.unit}`);
  const ch = p.channels.find((c) => c.channel === d.channel);
  if (!ch) { fail(`${where}: channel ${d.channel} not offered by ${d.procedure}`); continue; }
  const base = d.status === "submitted" ? null : appointment(d.receivedAt, ch.timeLimit);
  const allowed = new Set([base]);
  const maxV = ch.timeLimit.maxWithVerification;
  if (base && maxV) allowed.add(appointment(d.receivedAt, ch.timeLimit, maxV));
  if (base && !allowed.has(d.appointmentDate)) fail(`${where}: appointmentDate ${d.appointmentDate} inconsistent with time limit (expected ${[...allowed].join(" or ")})`);
  if (!isObj(d.verifiers) || !/^\d{4}$/.test(d.verifiers.idLast4 ?? "") || !/^\d{4}$/.test(d.verifiers.phoneLast4 ?? "")) fail(`${where}: bad verifiers`);
  else {
    if (ids.has(d.verifiers.idLast4)) fail(`${where}: idLast4 not unique`);
    if (phones.has(d.verifiers.phoneLast4)) fail(`${where}: phoneLast4 not unique`);
    ids.add(d.verifiers.idLast4); phones.add(d.verifiers.phoneLast4);
  }
  if (d.status === "supplement-requested" && !(d.supplement?.items?.length && isoDateTime.test(d.supplement.requestedAt ?? ""))) fail(`${where}: supplement request needs requestedAt and items`);
  if (d.status === "financial-obligation" && !(Number.isInteger(d.financial?.amount) && isStr(d.financial?.description) && isoDate.test(d.financial?.dueDate ?? ""))) fail(`${where}: financial obligation needs amount, description, dueDate`);
  if (d.apology !== null && !(isoDateTime.test(d.apology?.issuedAt ?? "") && isoDate.test(d.apology?.newAppointmentDate ?? "") && isStr(d.apology?.reason) && d.apology.newAppointmentDate > d.appointmentDate)) fail(`${where}: bad apology`);
  const open = ["accepted", "in-progress", "supplement-requested", "financial-obligation"].includes(d.status);
  if (open && d.appointmentDate < "2026-11-20") (d.apology ? overdueWithApology++ : overdueWithoutApology++);
  if (!isObj(d.delivery) || !["desk", "postal"].includes(d.delivery.method)) fail(`${where}: bad delivery`);
  else if (d.delivery.method === "postal") {
    if (!isStr(d.delivery.address)) fail(`${where}: postal delivery needs an address`);
    if (d.delivery.trackingNumber !== undefined) { if (!/^[A-Z]{2}\d{9}VN$/.test(d.delivery.trackingNumber)) fail(`${where}: bad tracking number`); else postalWithTracking++; }
  } else desk++;
  if (d.delivery?.readyAt !== undefined && !isoDateTime.test(d.delivery.readyAt)) fail(`${where}: bad readyAt`);
  let prev = "";
  for (const e of d.events ?? []) {
    for (const k of ["fromStep", "fromUnit", "toStep", "toUnit", "handler"]) if (!isStr(e[k])) fail(`${where}: event lacks ${k}`);
    if (!ROLE.test(e.handler ?? "")) fail(`${where}: handler "${e.handler}" should be a role, not a person`);
    if (!isoDateTime.test(e.at ?? "") || !isoDateTime.test(e.deadline ?? "")) fail(`${where}: event times must be ISO with +07:00`);
    if (!["early", "on-time", "late"].includes(e.punctuality)) fail(`${where}: bad punctuality`);
    if (e.at < prev) fail(`${where}: events out of order`);
    if (e.at < d.receivedAt) fail(`${where}: event before receipt`);
    if (e.at.slice(0, 10) > TODAY) fail(`${where}: event after today`);
    prev = e.at;
  }
}
for (const s of STATUSES) if (!statusCount[s]) fail(`status ${s} not covered`);
if (dossiers.length < 14) fail(`only ${dossiers.length} dossiers (need ≥14)`);
if (!overdueWithApology) fail("no overdue dossier with apology");
if (!overdueWithoutApology) fail("no overdue dossier without apology");
if (!postalWithTracking) fail("no postal return with tracking number");
if (!desk) fail("no desk return");
for (const u of units.keys()) if (!dossiers.some((d) => d.unit === u)) fail(`unit ${u} has no dossier`);

// ---------------------------------------------------------------- unit contacts
for (const u of units.keys()) if (!contacts.units?.some((c) => c.code === u)) fail(`unit-contacts.json: unit ${u} missing`);

// admin-unit codes, against the official list shipped beside the seed
const adminPath = join(DIR, "admin-units-vn.json");
if (!existsSync(adminPath)) fail("admin-units-vn.json missing beside the seed");
else {
  const admin = JSON.parse(readFileSync(adminPath, "utf8"));
  const communes = new Map(admin.communes.map((c) => [c.code, c]));
  for (const u of units.values()) {
    const c = communes.get(u.code);
    if (!c || c.fullName !== u.fullName || c.provinceCode !== u.provinceCode) fail(`unit ${u.code} does not match admin-units-vn.json`);
  }
  for (const p of procedures) for (const u of p.units) if (u !== "*" && !communes.has(u)) fail(`procedure ${p.code}: unknown unit ${u}`);
}

// ---------------------------------------------------------------- DOSSIERS.md
/** An appointment as working days from D, the last working day before the demo day (see demo-clock.ts). */
function relative(date) {
  if (!date) return "—";
  const k = calendar.workingDaysBetween(calendar.addWorkingDays(TODAY, -1), date);
  return k === 0 ? "D" : k > 0 ? `D+${k}` : `D−${-k}`;
}
if (process.argv.includes("--write-md")) {
  const lines = [
    "# Demo dossiers",
    "",
    "Invented demo data for the reference server (`apps/api/seed/dossiers.json`), written for the demo day **2026-11-22** (Sunday).",
    "When a database is first seeded on another day, the server moves every date below by working days (apps/api/src/seed/demo-clock.ts), so that the mix reads the same from the seeding day: the appointment dates you see are the ones below moved to your week. Dossier codes do not move: the `yyMMdd` in a demo code is the date in this table, so the codes below always work.",
    "Look a dossier up with its code plus the last four digits of the owner's ID number (or phone number); no personal data is shown to someone who holds only the code.",
    "",
    ...[...units.values()].map((u) => `- **${u.fullName}**, ${u.province} — unit code \`${u.code}\`, agency id \`${u.agencyId}\` (invented)`),
    "",
    "D is the last working day before the seeding day (D = 2026-11-20 for the demo day); \"D+3\" is three working days after D.",
    "",
    "| Dossier code | Unit | Procedure | Channel | Status | Appointment (demo day) | Appointment (any day) | ID last 4 | Phone last 4 | Notes |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...dossiers.map((d) => {
      const notes = [];
      if (["accepted", "in-progress", "supplement-requested", "financial-obligation"].includes(d.status) && d.appointmentDate < "2026-11-20") notes.push(d.apology ? `overdue, apology (new date ${d.apology.newAppointmentDate})` : "overdue, no apology yet");
      else if (d.apology) notes.push(`resolved late, apology (new date ${d.apology.newAppointmentDate})`);
      if (d.supplement) notes.push(`supplement: ${d.supplement.items.length} papers`);
      if (d.financial) notes.push(`fee due ${d.financial.amount.toLocaleString("vi-VN")} đ`);
      if (d.delivery.trackingNumber) notes.push(`postal ${d.delivery.trackingNumber}`);
      if (d.status === "resolved") notes.push("ready to evaluate");
      if (d.status === "stopped") notes.push("stopped by the office's decision");
      if (d.status === "submitted") notes.push("not received yet: no appointment");
      return `| \`${d.code}\` | ${units.get(d.unit).fullName} (${d.unit}) | ${d.procedure} ${byCode.get(d.procedure).name.split(" (")[0]} | ${d.channel} | ${d.status} | ${d.appointmentDate ?? "—"} | ${relative(d.appointmentDate)} | ${d.verifiers.idLast4} | ${d.verifiers.phoneLast4} | ${notes.join("; ")} |`;
    }),
    "",
    "Regenerate this table with `node apps/api/seed/check-seed.mjs --write-md`.",
    "",
  ];
  writeFileSync(join(DIR, "DOSSIERS.md"), lines.join("\n"));
}

// ---------------------------------------------------------------- report
const components = procedures.reduce((n, p) => n + p.cases.reduce((m, c) => m + c.components.length, 0), 0);
console.log(`procedures: ${procedures.length} (fields used: ${usedFields.size}; cases: ${procedures.reduce((n, p) => n + p.cases.length, 0)}; components: ${components})`);
console.log(`  by field: ${[...usedFields].map((f) => `${f}=${procedures.filter((p) => p.field.code === f).length}`).join(", ")}`);
console.log(`  online: full=${procedures.filter((p) => p.onlineService === "full").length}, partial=${procedures.filter((p) => p.onlineService === "partial").length}, none=${procedures.filter((p) => p.onlineService === "none").length}`);
console.log(`fields: ${fields.length}; forms: ${formSlugs.size}; holidays: ${holidaySet.size} (+${workingWeekends.size} working weekends)`);
console.log(`dossiers: ${dossiers.length} in ${units.size} units; statuses: ${STATUSES.map((s) => `${s}=${statusCount[s]}`).join(", ")}`);
console.log(`  overdue with apology: ${overdueWithApology}, overdue without apology: ${overdueWithoutApology}, postal with tracking: ${postalWithTracking}`);
if (errors.length) { console.error(`\n${errors.length} problem(s):\n- ${errors.join("\n- ")}`); process.exit(1); }
console.log("OK");
