// Every route of the server, registered in one place.
import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../http/types.js';
import { registerOperationsRoutes } from './public/operations.js';
import { registerCatalogRoutes } from './public/catalog.js';
import { registerUnitRoutes } from './public/units.js';
import { registerFormRoutes } from './public/forms.js';
import { registerCalendarRoutes } from './public/calendar.js';
import { registerCitizenRoutes } from './citizen/index.js';
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

  // Citizen: dossier lookup, evaluations, surveys, feedback (rate limits: config.rateLimits)
  registerCitizenRoutes(app, deps);
  // Write API (API keys): procedures, dossiers and hand-offs, calendar, search dictionary and misses, feedback
  registerAdminRoutes(app, deps);
}
