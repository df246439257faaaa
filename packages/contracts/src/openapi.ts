// Builds the OpenAPI 3.1 document from the route table with zod 4's own JSON Schema output
// (draft 2020-12, the dialect of OpenAPI 3.1). Browser-safe on purpose: the SDK or a docs page
// may build the document client-side; writing it to disk is scripts/write-openapi.ts's job.
import * as z from 'zod';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './common.js';
import { PROBLEM_EXAMPLES, ROUTE_EXAMPLES } from './examples.js';
import { PROBLEM_STATUS_TEXT, ROUTE_TAGS, routes, type OperationId, type RouteDef } from './routes.js';

/** Version of the HTTP contract (info.version); bump the major only with a new /vN prefix. */
export const API_VERSION = '1.0.0';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Io = 'input' | 'output';

export interface OpenApiDocument {
  openapi: '3.1.1';
  info: JsonObject;
  servers?: JsonObject[];
  tags: JsonObject[];
  paths: Record<string, Record<string, JsonObject>>;
  components: {
    schemas: Record<string, JsonObject>;
    responses: Record<string, JsonObject>;
    securitySchemes: Record<string, JsonObject>;
  };
}

export interface BuildOpenApiOptions {
  /** Server URLs to list; none by default so the document stays host-neutral. */
  servers?: readonly { url: string; description?: string }[];
}

const REF_PREFIX = '#/components/schemas/';
const RESPONSE_REF_PREFIX = '#/components/responses/';

/** Name of the shared problem response for a status: "Problem404". */
export const problemResponseName = (status: number) => `Problem${status}`;

function problemResponse(collector: ComponentCollector, status: number): JsonObject {
  const response: JsonObject = {
    description: PROBLEM_STATUS_TEXT[status] ?? 'Lỗi',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: collector.add(ProblemSchema, 'output'), example: (PROBLEM_EXAMPLES[status] ?? null) as Json } },
  };
  if (status === 429) {
    response.headers = { 'Retry-After': { description: 'Số giây nên chờ trước khi thử lại.', schema: { type: 'integer', minimum: 0 } } };
  }
  return response;
}
const SECURITY_SCHEME = 'apiKey';

/**
 * Response objects are documented open (no additionalProperties: false) so clients generated from
 * the document keep working when a field is added; request bodies built with z.strictObject stay
 * closed in both directions. zod marks every object closed in output mode; undo that for
 * non-strict ones, and drop the ±2^53 bounds zod adds to every integer.
 */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const def = ctx.zodSchema._zod.def;
  const json = ctx.jsonSchema;
  if (def.type === 'object' && def.catchall === undefined && json.additionalProperties === false) delete json.additionalProperties;
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
}

function convert(schema: z.ZodType, io: Io): JsonObject {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', override }) as JsonObject;
  delete json.$schema;
  return json;
}

/** Calls `fn` on every `$ref` string in a JSON value and replaces it with the result. */
function mapRefs(value: Json, fn: (ref: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, fn));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === '$ref' && typeof v === 'string' ? fn(v) : mapRefs(v, fn);
  return out;
}

function refsIn(value: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v.replace('#/$defs/', ''));
      else refsIn(v, found);
    }
  }
  return found;
}

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a) === JSON.stringify(b);

class ComponentCollector {
  readonly schemas: Record<string, JsonObject> = {};
  readonly problemStatuses = new Set<number>();

  /**
   * Converts a schema, moves every schema that has a `.meta({ id })` into components and returns
   * the (possibly `$ref`) schema to put in place. In input mode a component whose input shape
   * differs from its output shape (defaults, transforms) is stored as `<id>Input`.
   */
  add(schema: z.ZodType, io: Io): JsonObject {
    const json = convert(schema, io);
    const defs = (json.$defs ?? {}) as Record<string, JsonObject>;
    delete json.$defs;

    const rename = new Map<string, string>();
    if (io === 'input' && Object.keys(defs).length > 0) {
      const outDefs = (convert(schema, 'output').$defs ?? {}) as Record<string, JsonObject>;
      const differs = new Set(Object.keys(defs).filter((id) => !same(defs[id], outDefs[id])));
      // A component that refers to a renamed one must be renamed too.
      for (let grew = true; grew; ) {
        grew = false;
        for (const id of Object.keys(defs)) {
          if (!differs.has(id) && [...refsIn(defs[id]!)].some((r) => differs.has(r))) {
            differs.add(id);
            grew = true;
          }
        }
      }
      for (const id of differs) rename.set(id, `${id}Input`);
    }
    const toRef = (ref: string) => {
      const id = ref.replace('#/$defs/', '');
      return REF_PREFIX + (rename.get(id) ?? id);
    };
    for (const [id, def] of Object.entries(defs)) {
      const name = rename.get(id) ?? id;
      const value = mapRefs(def, toRef) as JsonObject;
      const existing = this.schemas[name];
      if (existing && !same(existing, value)) {
        throw new Error(`Two different schemas share the component id "${name}"; give one of them another .meta({ id }).`);
      }
      this.schemas[name] = value;
    }
    return mapRefs(json, toRef) as JsonObject;
  }
}

/** "idempotency-key" → "Idempotency-Key", as documentation shows header names. */
const headerName = (key: string) => key.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

function parameters(
  collector: ComponentCollector,
  where: 'path' | 'query' | 'header',
  schema: z.ZodObject | undefined,
  examples: Record<string, string> | undefined,
): JsonObject[] {
  if (!schema) return [];
  const json = collector.add(schema, 'input');
  const props = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => {
    const { description, ...rest } = prop;
    const param: JsonObject = {
      name: where === 'header' ? headerName(name) : name,
      in: where,
      required: where === 'path' || required.has(name),
    };
    if (typeof description === 'string') param.description = description;
    param.schema = rest;
    const example = examples?.[name];
    if (example !== undefined) param.example = example;
    return param;
  });
}

function operation(collector: ComponentCollector, route: RouteDef): JsonObject {
  const examples = ROUTE_EXAMPLES[route.operationId as OperationId];
  const op: JsonObject = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [...route.tags],
  };
  if (route.description) op.description = route.description;

  const params = [
    ...parameters(collector, 'path', route.params, examples.params),
    ...parameters(collector, 'query', route.query, examples.query),
    ...parameters(collector, 'header', route.headers, examples.headers),
  ];
  if (params.length > 0) op.parameters = params;

  if (route.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: collector.add(route.body, 'input'), example: (examples.body ?? null) as Json } },
    };
  }

  const responses: JsonObject = {};
  for (const [statusText, schema] of Object.entries(route.responses)) {
    const status = Number(statusText);
    if (status >= 400 && !(status in examples.responses)) {
      // Problems are the same everywhere: one shared response object per status.
      responses[statusText] = { $ref: `${RESPONSE_REF_PREFIX}${problemResponseName(status)}` };
      collector.problemStatuses.add(status);
      continue;
    }
    const response: JsonObject = {
      description: status === 201 ? 'Đã tạo' : status >= 400 ? (PROBLEM_STATUS_TEXT[status] ?? 'Lỗi') : 'Thành công',
      content: { 'application/json': { schema: collector.add(schema, 'output'), example: (examples.responses[status] ?? null) as Json } },
    };
    if (status === 200 && route.cache === 'public') {
      response.headers = { 'Cache-Control': { description: 'Câu trả lời công khai, có thể lưu đệm (public, max-age).', schema: { type: 'string' } } };
    }
    responses[statusText] = response;
  }
  op.responses = responses;

  // Public operations say so explicitly (`security: []`), so a reader or a linter never wonders.
  op.security = route.auth === 'api-key' ? [{ [SECURITY_SCHEME]: [] }] : [];
  return op;
}

/** Sorts an object's keys, so component order does not depend on route order. */
function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function buildOpenApiDocument(options: BuildOpenApiOptions = {}): OpenApiDocument {
  const collector = new ComponentCollector();
  const paths: OpenApiDocument['paths'] = {};
  for (const route of Object.values(routes) as RouteDef[]) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase()] = operation(collector, route);
  }
  const problemResponses: Record<string, JsonObject> = {};
  for (const status of [...collector.problemStatuses].sort((a, b) => a - b)) {
    problemResponses[problemResponseName(status)] = problemResponse(collector, status);
  }
  const doc: OpenApiDocument = {
    openapi: '3.1.1',
    info: {
      title: 'Một Cửa API',
      version: API_VERSION,
      summary: 'API công khai cho cổng dịch vụ công cấp xã, phường: thủ tục, tra cứu hồ sơ, đánh giá, khảo sát, số liệu.',
      description:
        'Hợp đồng sinh từ các lược đồ zod của @motcua/contracts. Lỗi theo RFC 9457 (application/problem+json). ' +
        'API ghi (/v1/admin) dành cho hệ thống một cửa cấp tỉnh, xác thực bằng khóa API.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: ROUTE_TAGS.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: sortKeys(collector.schemas),
      responses: problemResponses,
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          description: 'Khóa API cấp cho hệ thống một cửa cấp tỉnh: Authorization: Bearer <khóa>.',
        },
      },
    },
  };
  // Without servers of its own, the document describes the server that serves it ("/" resolves
  // against the document's URL, e.g. https://api.example.gov.vn/v1/openapi.json → that origin).
  doc.servers = options.servers?.length ? options.servers.map((s) => ({ ...s })) : [{ url: '/', description: 'Máy chủ phục vụ tài liệu này' }];
  return doc;
}
