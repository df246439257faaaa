// Mounting a contract route on Hono: the path comes from the route table, and params, query,
// headers and body are validated with the contract's schemas before the handler runs. Invalid
// input never reaches a handler: it is answered with a problem naming each bad field
// (400 for path/query/headers, 422 for a body, as problemFromZodError decides), in Vietnamese
// unless the request prefers English (Accept-Language): each parse gets that language's error map.
import {
  problemFromZodError,
  problemLanguage,
  validationErrorMap,
  PROBLEM_TYPES,
  type ProblemLanguage,
  type ProblemLocation,
  type RouteDef,
} from '@motcua/contracts';
import type { Context, Hono } from 'hono';
import { HttpProblem } from './problem.js';
import type { AppEnv } from './types.js';

type Out<S> = S extends { _zod: { output: infer O } } ? O : undefined;

export interface RouteInput<D extends RouteDef> {
  params: Out<D['params']>;
  query: Out<D['query']>;
  headers: Out<D['headers']>;
  body: Out<D['body']>;
}

export type RouteHandler<D extends RouteDef> = (c: Context<AppEnv>, input: RouteInput<D>) => Response | Promise<Response>;

/** "/v1/units/{code}" → "/v1/units/:code". */
export function honoPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

interface Parseable {
  safeParse(data: unknown, params: { error: ReturnType<typeof validationErrorMap> }): { success: true; data: unknown } | { success: false; error: unknown };
}

function check(schema: Parseable | undefined, data: unknown, location: ProblemLocation, instance: string, lang: ProblemLanguage): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(data, { error: validationErrorMap(lang) });
  if (result.success) return result.data;
  // problemFromZodError takes the ZodError of the contracts' zod
  const problem = problemFromZodError(result.error as Parameters<typeof problemFromZodError>[0], location, { instance, lang });
  throw new HttpProblem(problem);
}

async function readJsonBody(c: Context<AppEnv>, lang: ProblemLanguage): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const en = lang === 'en';
    throw new HttpProblem({
      type: PROBLEM_TYPES.badRequest,
      title: en ? 'Bad request' : 'Yêu cầu không hợp lệ',
      status: 400,
      detail: en ? 'The request body is not valid JSON.' : 'Nội dung yêu cầu không phải JSON hợp lệ.',
      errors: [{ field: 'body', message: en ? 'Invalid JSON' : 'JSON không hợp lệ', code: 'invalid_json' }],
    });
  }
}

/** Registers `handler` for the contract route `def` on `app`. */
export function mount<const D extends RouteDef>(app: Hono<AppEnv>, def: D, handler: RouteHandler<D>): void {
  app.on(def.method, honoPath(def.path), async (c) => {
    const instance = c.req.path;
    const lang = problemLanguage(c.req.header('accept-language'));
    // Order: path, then headers, then query, then body — the first invalid part answers.
    const params = check(def.params as Parseable | undefined, c.req.param(), 'path', instance, lang);
    const headers = check(def.headers as Parseable | undefined, c.req.header(), 'header', instance, lang);
    const query = check(def.query as Parseable | undefined, c.req.query(), 'query', instance, lang);
    let body: unknown;
    if (def.body) body = check(def.body as Parseable, await readJsonBody(c, lang), 'body', instance, lang);
    return handler(c, { params, query, headers, body } as RouteInput<D>);
  });
}
