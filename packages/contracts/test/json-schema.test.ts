// The document's JSON Schemas must accept the same examples zod accepts: this catches drift
// between zod and its JSON Schema rendering (patterns, allOf with closed objects, nullables),
// which is what generated clients and other-language servers will see.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildOpenApiDocument } from '../src/index.js';

const doc = buildOpenApiDocument();
const DOC_ID = 'https://motcua.invalid/openapi.json';
// strict: false because the wrapper carries OpenAPI keys (example, description) that are not JSON
// Schema keywords; formats are left to zod (ajv-formats would be a second opinion, not needed).
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: DOC_ID, components: { schemas: doc.components.schemas } });

const compile = (schema: object) =>
  ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${DOC_ID}#/components/schemas/`)));

type Obj = Record<string, any>;
const deref = (node: Obj): Obj => {
  if (!node.$ref) return node;
  let target: any = doc;
  for (const part of (node.$ref as string).slice(2).split('/')) target = target[part];
  return target;
};

describe('JSON Schemas of the document accept their examples', () => {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item) as [string, Obj][]) {
      test(`${method.toUpperCase()} ${path}`, () => {
        const checks: [string, object, unknown][] = [];
        for (const p of (op.parameters ?? []) as Obj[]) if (p.example !== undefined) checks.push([`parameter ${p.name}`, p.schema, p.example]);
        for (const [type, media] of Object.entries((op.requestBody?.content ?? {}) as Obj)) checks.push([`request ${type}`, media.schema, media.example]);
        for (const [status, response] of Object.entries(op.responses as Obj)) {
          for (const [type, media] of Object.entries(deref(response).content as Obj)) checks.push([`${status} ${type}`, media.schema, media.example]);
        }
        for (const [what, schema, example] of checks) {
          const validate = compile(schema);
          assert.ok(validate(example), `${what}: ${ajv.errorsText(validate.errors)}`);
        }
      });
    }
  }

  test('closed request bodies reject unknown fields', () => {
    const validate = compile(doc.components.schemas.SurveyRequest!);
    assert.equal(validate({ unit: '00004', answers: { access: 5, procedure: 5, official: 5, result: 5, feedback: 5 }, extra: 1 }), false);
    assert.equal(validate({ unit: '00004', answers: { access: 5, procedure: 5, official: 5, result: 5 } }), false);
  });
});
