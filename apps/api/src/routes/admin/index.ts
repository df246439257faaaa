// The write API for provincial one-stop systems, under /v1/admin/*: every request is authenticated
// by an API key (auth.ts: 401 without one, 429 per key) before its handler runs; each handler
// module checks the key's scope for what it writes or reads.
import type { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { requireApiKey } from './auth.js';
import { registerAdminCalendarRoutes } from './calendar.js';
import { registerAdminDossierRoutes } from './dossiers.js';
import { registerAdminFeedbackRoutes } from './feedback.js';
import { registerAdminProcedureRoutes } from './procedures.js';
import { registerSearchMissRoutes } from './search-misses.js';
import { registerSearchTermRoutes } from './search-terms.js';

export function registerAdminRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.use('/v1/admin/*', requireApiKey(deps));
  // GET /v1/admin/feedback, POST /v1/admin/feedback/{code}/actions (phản ánh, kiến nghị)
  registerAdminFeedbackRoutes(app, deps);
  // PUT /v1/admin/procedures/{code}
  registerAdminProcedureRoutes(app, deps);
  // PUT /v1/admin/dossiers/{code}, POST /v1/admin/dossiers/{code}/events
  registerAdminDossierRoutes(app, deps);
  // PUT /v1/admin/calendar/{year}
  registerAdminCalendarRoutes(app, deps);
  // GET /v1/admin/search-misses
  registerSearchMissRoutes(app, deps);
  // GET/PUT/DELETE /v1/admin/search-terms/{province}[/{id}]
  registerSearchTermRoutes(app, deps);
}
