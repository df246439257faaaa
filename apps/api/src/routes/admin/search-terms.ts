// A province's everyday-term dictionary (từ điển tìm kiếm), for province:NN and province:* keys:
//   GET    /v1/admin/search-terms/{province}       the national entries and the province's own
//   PUT    /v1/admin/search-terms/{province}/{id}  create or replace an entry (audited)
//   DELETE /v1/admin/search-terms/{province}/{id}  remove an entry (audited)
// A write takes effect in this process at once and in the others within the dictionary's cache time.
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes, type ProblemFieldError } from '@motcua/contracts';
import { bumpCatalogVersion } from '../../db/catalog.js';
import { deleteSearchTerm, upsertSearchTerm } from '../../db/search-terms.js';
import { fieldProblem, jsonResponse, problem } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { bumpDictionaryVersion, loadSynonyms } from '../../search/dictionary.js';
import { fold } from '../../search/normalize.js';
import { forbidden, keyOf } from './auth.js';

type ListInput = RouteInput<typeof routes.listSearchTerms>;
type PutInput = RouteInput<typeof routes.upsertSearchTerm>;
type DeleteInput = RouteInput<typeof routes.deleteSearchTerm>;

export function registerSearchTermRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.listSearchTerms, (c, input) => listSearchTerms(deps, c, input));
  mount(app, routes.upsertSearchTerm, (c, input) => putSearchTerm(deps, c, input));
  mount(app, routes.deleteSearchTerm, (c, input) => deleteSearchTermHandler(deps, c, input));
}

/** 403 unless the key manages the province's dictionary; null when it does. */
function provinceDenied(c: Context, province: string): Response | null {
  const key = keyOf(c);
  if (key.scope.kind === 'all' || (key.scope.kind === 'province' && key.scope.province === province)) return null;
  return forbidden(c, `Khóa ${key.scopeText} không quản lý từ điển tìm kiếm của tỉnh ${province} (cần khóa province:${province}).`, [
    { field: 'params.province', message: 'Ngoài phạm vi của khóa', code: 'out_of_scope' },
  ]);
}

/** Cached search answers of this process change with the dictionary. */
function dictionaryChanged(): void {
  bumpDictionaryVersion();
  bumpCatalogVersion();
}

async function listSearchTerms(deps: RouteDeps, c: Context<AppEnv>, { params }: ListInput): Promise<Response> {
  const denied = provinceDenied(c, params.province);
  if (denied) return denied;
  const rows = (await loadSynonyms(deps.db)).filter((r) => r.province === '' || r.province === params.province);
  const items = rows.map((r) => ({ id: r.id, province: r.province === '' ? null : r.province, kind: r.kind, from: r.from, to: r.to, source: r.source, reason: r.reason }));
  return jsonResponse(200, { items }, { 'cache-control': 'no-store' });
}

async function putSearchTerm(deps: RouteDeps, c: Context<AppEnv>, { params, body }: PutInput): Promise<Response> {
  const denied = provinceDenied(c, params.province);
  if (denied) return denied;
  const empty = emptyPhrases(body);
  if (empty.length > 0) return problem(c, fieldProblem(422, empty));
  const key = keyOf(c);
  const created = await deps.db.transaction((tx) => upsertSearchTerm(tx, params.province, params.id, body, key.prefix));
  dictionaryChanged();
  return jsonResponse(created ? 201 : 200, { id: params.id, province: params.province, created, deleted: false });
}

/** Every phrase must leave words once folded (punctuation alone matches nothing). */
function emptyPhrases(body: PutInput['body']): ProblemFieldError[] {
  return [...body.from.map((f, i) => ({ f, field: `body.from.${i}` })), ...body.to.map((f, i) => ({ f, field: `body.to.${i}` }))]
    .filter(({ f }) => fold(f) === '')
    .map(({ field }) => ({ field, message: 'Cụm từ không còn chữ nào sau khi bỏ dấu', code: 'empty_phrase' }));
}

async function deleteSearchTermHandler(deps: RouteDeps, c: Context<AppEnv>, { params }: DeleteInput): Promise<Response> {
  const denied = provinceDenied(c, params.province);
  if (denied) return denied;
  const key = keyOf(c);
  const gone = await deps.db.transaction((tx) => deleteSearchTerm(tx, params.province, params.id, key.prefix));
  if (!gone) return problem(c, { type: PROBLEM_TYPES.notFound, title: 'Không có mục từ điển này', status: 404, detail: `Tỉnh ${params.province} không có mục "${params.id}".` });
  dictionaryChanged();
  return jsonResponse(200, { id: params.id, province: params.province, created: false, deleted: true });
}
