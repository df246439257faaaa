// Every route of the server, registered in one place.
import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../http/types.js';
import { registerOperationsRoutes } from './public/operations.js';
import { registerCatalogRoutes } from './public/catalog.js';
import { registerUnitRoutes } from './public/units.js';
import { registerFormRoutes } from './public/forms.js';
import { registerCalendarRoutes } from './public/calendar.js';
import { registerCitizenRoutes } from './citizen/index.js';
import { registerFeedbackRoutes } from './citizen/feedback.js';
import { rejectNulCharacters } from '../security/input-guard.js';
import { registerAdminRoutes } from './admin/index.js';

export function registerRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  // Before every route: text PostgreSQL cannot store (NUL) → 400/422 naming the field, not a 500.
  app.use('*', rejectNulCharacters());
  // Operations: /healthz, /readyz, /v1/openapi.json, /docs
  registerOperationsRoutes(app, deps);
  // Public reads (cacheable): units, provinces, fields, procedures, stats, evaluation criteria
  registerUnitRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  // The working-day calendar: GET /v1/calendar
  registerCalendarRoutes(app, deps);
  // Printable form templates: /forms/<slug>
  registerFormRoutes(app, deps);

  // Citizen: POST /v1/dossiers/lookup, /v1/dossiers/evaluations, /v1/surveys (rate limits: config.rateLimits)
  registerCitizenRoutes(app, deps);
  // Feedback and petitions: POST /v1/feedback, /v1/feedback/lookup, /v1/feedback/resolution, GET /v1/units/{code}/feedback
  registerFeedbackRoutes(app, deps);
  // Write API (API keys): PUT /v1/admin/procedures/{code}, PUT /v1/admin/dossiers/{code}, POST …/events
  registerAdminRoutes(app, { ...deps, now: deps.config.now });
}
