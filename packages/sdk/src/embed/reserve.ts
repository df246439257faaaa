// The height kept for each widget until it fires `mc-ready` (loader.ts reserveSpace), so the
// page below does not jump as it renders. Measured in Chromium at 360 and 412 px wide on the demo
// data (first view, ready): lookup 206–220rem and checklist 140–146rem, so a screen's height is
// enough (what lies below them is off screen either way); tracker 34.6rem; survey 36.6–38.2rem;
// service index 50.7–58.7rem; the feedback form is longer than a screen, like the lookup. A widget without an entry reserves nothing; a new widget is one line.
export const RESERVE: Record<string, string> = {
  'mc-procedure-lookup': '50rem',
  'mc-dossier-checklist': '50rem',
  'mc-status-tracker': '35rem',
  'mc-satisfaction-survey': '37rem',
  'mc-service-index': '51rem',
  'mc-feedback': '50rem',
};
