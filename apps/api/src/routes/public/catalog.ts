// The procedure catalog: GET /v1/fields, /v1/procedures, /v1/procedures/{code},
// /v1/evaluation-criteria.
import { DEFAULT_EVALUATION_CRITERIA, maxEvaluationScore, routes, type EvaluationCriteriaList } from '@motcua/contracts';
import type { Context, Hono } from 'hono';
import { calendarsOf } from '../../db/calendar.js';
import { listFields, procedureDetailText } from '../../db/catalog-reads.js';
import { getUnitDetail } from '../../db/units.js';
import { cachedJson, cachedText } from '../../http/cache.js';
import { notFound } from '../../http/problem.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { recordMiss } from '../../search/misses.js';
import { searchProcedures } from '../../search/procedures.js';
import { clientAddress } from '../../security/rate-limit.js';
import { dueIfFiledNow, secondsUntilDueChanges } from './calendar.js';

type FieldsInput = RouteInput<typeof routes.listFields>;
type SearchInput = RouteInput<typeof routes.searchProcedures>;
type ProcedureInput = RouteInput<typeof routes.getProcedure>;

const CRITERIA: EvaluationCriteriaList = {
  items: DEFAULT_EVALUATION_CRITERIA.map((c) => ({ ...c, options: [...c.options] })),
  maxScore: maxEvaluationScore(DEFAULT_EVALUATION_CRITERIA),
};

export function registerCatalogRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.listFields, (c, input) => listFieldsHandler(deps, c, input));
  mount(app, routes.searchProcedures, (c, input) => searchProceduresHandler(deps, c, input));
  mount(app, routes.getProcedure, (c, input) => getProcedure(deps, c, input));
  mount(app, routes.getEvaluationCriteria, (c) => cachedJson(c, CRITERIA));
}

async function listFieldsHandler(deps: RouteDeps, c: Context<AppEnv>, { query }: FieldsInput): Promise<Response> {
  // Only fields that have procedures (in the unit, when asked), in catalog order.
  return cachedJson(c, { items: await listFields(deps.db, query.unit) });
}

async function searchProceduresHandler(deps: RouteDeps, c: Context<AppEnv>, { query }: SearchInput): Promise<Response> {
  const result = await searchProcedures(deps.db, query);
  const res = cachedJson(c, result);
  if (result.total === 0 && query.q && query.q.trim() !== '' && query.page === 1) {
    // What citizens could not find (src/search/misses.ts). Not kept in this process's answer
    // cache, so each address is counted; a failure to record never fails the search.
    c.set('cacheable', undefined);
    const address = clientAddress(c, deps.config.trustProxyHops);
    await recordMiss(deps.db, { q: query.q, unit: query.unit, address, at: new Date(), minAddresses: deps.config.searchMissMinAddresses }).catch((err: unknown) => {
      deps.logger.warn('search miss not recorded', { err: String(err) });
    });
  }
  return res;
}

async function getProcedure(deps: RouteDeps, c: Context<AppEnv>, { params, query }: ProcedureInput): Promise<Response> {
  const { db } = deps;
  const row = await procedureDetailText(db, params.code);
  if (!row) throw notFound(`Không có thủ tục mã ${params.code}.`);
  const unit = query.unit ? await getUnitDetail(db, query.unit) : null;
  if (query.unit && !unit) throw notFound(`Không có đơn vị mã ${query.unit}.`);
  // "Due if filed now" per channel, on the server's clock and the province's calendar: widgets
  // show this figure and carry no holiday list. It changes at the 15:00 cut-off and at midnight,
  // so the answer may be kept only until then.
  const now = deps.config.now();
  const channels = JSON.parse(row.channels ?? '[]') as Parameters<typeof dueIfFiledNow>[0];
  const due = dueIfFiledNow(channels, await calendarsOf(db).get(db, unit?.provinceCode ?? null), now);
  const maxAge = secondsUntilDueChanges(now, channels);
  // The stored detail is already JSON: splice the unit in rather than parse and re-serialise.
  // Form templates are stored with server-relative URLs (/forms/…); the contract promises
  // absolute ones, since widgets run on other origins.
  const origin = deps.config.publicUrl ?? new URL(c.req.url).origin;
  const detail = row.detail.replaceAll('"url": "/forms/', `"url": ${JSON.stringify(origin).slice(0, -1)}/forms/`);
  return cachedText(c, `${detail.slice(0, detail.lastIndexOf('}'))}, "unit": ${JSON.stringify(unit)}, "due": ${JSON.stringify(due)}}`, undefined, {
    'cache-control': `public, max-age=${maxAge}`,
  });
}
