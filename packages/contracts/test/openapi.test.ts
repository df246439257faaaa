// The committed openapi.json must be exactly what the schemas produce, and the document must be
// complete: resolvable $refs, an example on every request body and response, security on /admin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildOpenApiDocument, routes, serializeOpenApiDocument } from '../src/index.js';

const onDisk = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
const doc = buildOpenApiDocument();

type Obj = Record<string, any>;

function resolve(ref: string): Obj {
  assert.ok(ref.startsWith('#/'), `only local refs: ${ref}`);
  let node: any = doc;
  for (const part of ref.slice(2).split('/')) node = node?.[part];
  assert.ok(node, `unresolved $ref ${ref}`);
  return node;
}

describe('openapi document', () => {
  test('openapi.json on disk is up to date', () => {
    assert.ok(
      onDisk === serializeOpenApiDocument(doc),
      'packages/contracts/openapi.json is stale: run npm run build -w @motcua/contracts',
    );
  });

  test('is OpenAPI 3.1 with the API-key scheme', () => {
    assert.match(doc.openapi, /^3\.1\./);
    assert.deepEqual(doc.components.securitySchemes.apiKey, {
      type: 'http',
      scheme: 'bearer',
      description: doc.components.securitySchemes.apiKey!.description!,
    });
  });

  test('every route is in the document once', () => {
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    assert.deepEqual([...ops].sort(), Object.keys(routes).sort());
    for (const route of Object.values(routes)) {
      assert.equal(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId, route.operationId);
    }
  });

  test('every $ref resolves', () => {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref') resolve(v as string);
          else walk(v);
        }
      }
    };
    walk(doc);
  });

  test('resources are shared components', () => {
    for (const id of ['ProcedureDetail', 'ProcedureSummary', 'Unit', 'Province', 'DossierView', 'Problem', 'UnitStats', 'EvaluationRequest', 'SurveyRequest']) {
      assert.ok(doc.components.schemas[id], `components.schemas.${id}`);
    }
    assert.deepEqual((doc.components.schemas.ProcedureUpsert as Record<string, any>).allOf[0], { $ref: '#/components/schemas/ProcedureDetail' });
  });

  test('every request body and every response carries an example', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item) as [string, Obj][]) {
        const where = `${method.toUpperCase()} ${path}`;
        for (const media of Object.values((op.requestBody?.content ?? {}) as Obj)) {
          assert.ok(media.example !== undefined && media.example !== null, `${where}: request body example`);
        }
        for (const [status, response] of Object.entries(op.responses as Obj)) {
          const resolved = response.$ref ? resolve(response.$ref) : response;
          const media = Object.values(resolved.content as Obj);
          assert.ok(media.length > 0, `${where} ${status}: content`);
          for (const m of media) assert.ok(m.example !== undefined && m.example !== null, `${where} ${status}: example`);
        }
      }
    }
  });

  test('errors are application/problem+json', () => {
    for (const [name, response] of Object.entries(doc.components.responses)) {
      assert.deepEqual(Object.keys(response.content as Obj), ['application/problem+json'], name);
    }
  });

  test('admin operations need the API key, public ones do not', () => {
    for (const item of Object.values(doc.paths)) {
      for (const [method, op] of Object.entries(item) as [string, Obj][]) {
        const route = routes[op.operationId as keyof typeof routes];
        assert.equal(route.method.toLowerCase(), method);
        if ('auth' in route) assert.deepEqual(op.security, [{ apiKey: [] }]);
        else assert.deepEqual(op.security, [], 'public operations declare security: []');
      }
    }
  });

  test('idempotent POSTs declare the Idempotency-Key header', () => {
    for (const id of ['submitEvaluation', 'submitSurvey'] as const) {
      const route = routes[id];
      const op = doc.paths[route.path]!.post!;
      const header = (op.parameters as Obj[]).find((p) => p.in === 'header');
      assert.equal(header?.name, 'Idempotency-Key');
      assert.equal(header?.required, true);
    }
  });

  test('building twice gives the same text (stable order)', () => {
    assert.equal(serializeOpenApiDocument(buildOpenApiDocument()), serializeOpenApiDocument(doc));
  });
});
