// Public surface of @motcua/contracts. Everything here is browser-safe (zod only).
export * from './common.js';
export * from './validation-messages.js';
export * from './unit.js';
export * from './procedure.js';
export * from './calendar-api.js';
export * from './search-report.js';
export * from './dossier.js';
export * from './evaluation.js';
export * from './survey.js';
export * from './feedback.js';
export * from './stats.js';
export * from './write.js';
export * from './health.js';
export * from './routes.js';
// Document builder and examples: unused by the SDK at run time, dropped by tree-shaking
// (the package is sideEffects: false); also available as subpaths ./openapi and ./examples.
export * from './examples.js';
export * from './openapi.js';
export * from './openapi-json.js';
