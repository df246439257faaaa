// Refuses text PostgreSQL cannot store: the NUL character (U+0000) is not allowed in `text`
// values nor in `jsonb` strings, so "a\u0000b" in a survey comment, a procedure name or a search
// query would otherwise surface as a database error (500). Answered as a problem naming the
// field: 400 for the path and query, 422 for a JSON body — before any route runs.
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_TYPES, type ProblemFieldError } from '@motcua/contracts';
import { problemResponse } from '../http/problem.js';

const MESSAGE = 'Không được chứa ký tự NUL (U+0000)';

function walk(value: unknown, path: string[], out: ProblemFieldError[]): void {
  if (out.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ field: ['body', ...path].join('.'), message: MESSAGE, code: 'invalid_characters' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, String(i)], out));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) out.push({ field: ['body', ...path, k.replaceAll('\u0000', '\\u0000')].join('.'), message: MESSAGE, code: 'invalid_characters' });
      walk(v, [...path, k], out);
    }
  }
}

export function rejectNulCharacters(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    if (/%00/i.test(url)) {
      const errors: ProblemFieldError[] = [];
      if (/%00/i.test(new URL(url).pathname)) errors.push({ field: 'path', message: MESSAGE, code: 'invalid_characters' });
      let queries: Record<string, string[]> = {};
      try {
        queries = c.req.queries();
      } catch {
        // malformed percent-encoding: left to the route's own validation
      }
      for (const [k, values] of Object.entries(queries)) {
        if (k.includes('\u0000') || values.some((v) => v.includes('\u0000'))) {
          errors.push({ field: `query.${k.replaceAll('\u0000', '\\u0000')}`, message: MESSAGE, code: 'invalid_characters' });
        }
      }
      if (errors.length > 0) {
        return problemResponse(c, { type: PROBLEM_TYPES.validation, title: 'Dữ liệu không hợp lệ', status: 400, detail: `Có ${errors.length} lỗi trong yêu cầu.`, errors });
      }
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      let text: string;
      try {
        text = await c.req.text(); // cached by Hono: the route reads it again
      } catch {
        return next();
      }
      if (text.includes('\\u0000') || text.includes('\u0000')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return next(); // not JSON: the route answers 400 body
        }
        const errors: ProblemFieldError[] = [];
        walk(parsed, [], errors);
        if (errors.length > 0) {
          return problemResponse(c, { type: PROBLEM_TYPES.validation, title: 'Dữ liệu không hợp lệ', status: 422, detail: `Có ${errors.length} lỗi trong nội dung yêu cầu.`, errors });
        }
      }
    }
    return next();
  };
}
