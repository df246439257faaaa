// Every example of the route table must be valid for the schema it illustrates, and every route
// must have one per request body and per response: the document and the SDK docs rely on them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  PROBLEM_EXAMPLES,
  ProblemSchema,
  ROUTE_EXAMPLES,
  ROUTES,
  routes,
  type OperationId,
  type RouteDef,
} from '../src/index.js';

function assertParses(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown, what: string) {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${what} does not parse: ${JSON.stringify((result.error as { issues?: unknown })?.issues, null, 2)}`);
}

describe('route examples', () => {
  test('there is an examples entry for every route and no stray entries', () => {
    assert.deepEqual(Object.keys(ROUTE_EXAMPLES).sort(), Object.keys(routes).sort());
  });

  for (const route of ROUTES as RouteDef[]) {
    const id = route.operationId as OperationId;
    describe(`${route.method} ${route.path} (${id})`, () => {
      const ex = ROUTE_EXAMPLES[id];

      test('request pieces have examples and parse', () => {
        assert.equal(ex.body !== undefined, route.body !== undefined, 'body example present iff the route has a body');
        if (route.body) assertParses(route.body, ex.body, 'body example');
        if (route.params) {
          assert.ok(ex.params, 'path parameters need an example');
          assertParses(route.params, ex.params, 'params example');
        }
        if (route.query && ex.query) assertParses(route.query, ex.query, 'query example');
        if (route.headers) {
          const required = Object.entries(route.headers.shape).some(([, s]) => !(s as { isOptional(): boolean }).isOptional());
          if (required) assert.ok(ex.headers, 'required headers need an example');
          if (ex.headers) assertParses(route.headers, ex.headers, 'headers example');
        }
      });

      test('every response has an example that parses', () => {
        for (const [status, schema] of Object.entries(route.responses)) {
          const own = ex.responses[Number(status)];
          if (schema === ProblemSchema && own === undefined) {
            const problem = PROBLEM_EXAMPLES[Number(status)];
            assert.ok(problem, `no problem example for ${status}`);
            assert.equal(problem.status, Number(status));
            assertParses(ProblemSchema, problem, `problem example ${status}`);
          } else {
            assert.notEqual(own, undefined, `no example for response ${status}`);
            assertParses(schema, own, `response ${status} example`);
          }
        }
        for (const status of Object.keys(ex.responses)) {
          assert.ok(status in route.responses, `example for undeclared response ${status}`);
        }
      });
    });
  }
});
