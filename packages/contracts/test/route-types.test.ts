// Compile-time checks of the per-route helper types (tsc fails if they drift) plus the runtime helpers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes, successStatuses, type RouteBody, type RouteQuery, type RouteResponse, type RouteSuccess } from '../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expect = <T extends true>(_: T) => undefined;

expect<Equal<RouteSuccess<'getUnit'>['code'], string>>(true);
expect<Equal<RouteResponse<'lookupDossier', 404>['status'], number>>(true);
expect<Equal<RouteBody<'listUnits'>, undefined>>(true);
expect<Equal<RouteQuery<'searchProcedures'>['limit'], number | string | undefined>>(true);
expect<Equal<RouteBody<'submitSurvey'>['answers']['access'], number>>(true);
expect<Equal<RouteSuccess<'upsertProcedure'>['created'], boolean>>(true);

test('successStatuses lists 2xx codes only', () => {
  assert.deepEqual(successStatuses(routes.upsertProcedure), [200, 201]);
  assert.deepEqual(successStatuses(routes.submitSurvey), [201]);
  assert.deepEqual(successStatuses(routes.readyz), [200]);
});
