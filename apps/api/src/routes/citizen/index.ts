// Citizen endpoints (no key; limits per address and the verifier guard, see limits.ts):
//   POST /v1/dossiers/lookup        follow a dossier                      dossier-lookup.ts
//   POST /v1/dossiers/evaluations   rate the handling of one's dossier    evaluations.ts
//   POST /v1/surveys                general satisfaction survey           surveys.ts
//   /v1/feedback…, GET /v1/units/{code}/feedback  phản ánh, kiến nghị     feedback.ts
// Writes require an Idempotency-Key and are stored with their answer in one transaction.
import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { registerDossierLookupRoutes } from './dossier-lookup.js';
import { registerEvaluationRoutes } from './evaluations.js';
import { registerFeedbackRoutes } from './feedback.js';
import { registerSurveyRoutes } from './surveys.js';

export function registerCitizenRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  registerDossierLookupRoutes(app, deps);
  registerEvaluationRoutes(app, deps);
  registerSurveyRoutes(app, deps);
  registerFeedbackRoutes(app, deps);
}
