// Classes only: importing this module registers no custom element. Register with
// `import '@motcua/widgets/define'` (every widget) or `import '@motcua/widgets/<name>/define'` (one).
export { McProcedureLookup } from './procedure-lookup/procedure-lookup.js';
export { McDossierChecklist } from './dossier-checklist/dossier-checklist.js';
export { McStatusTracker } from './status-tracker/status-tracker.js';
export { McSatisfactionSurvey } from './satisfaction-survey/satisfaction-survey.js';
export { McServiceIndex } from './service-index/service-index.js';
export { McFeedback } from './feedback/feedback.js';
