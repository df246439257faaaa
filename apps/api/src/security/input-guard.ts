// Refuses text PostgreSQL cannot store: the NUL character (U+0000) is not allowed in `text`
// values nor in `jsonb` strings, so "a\u0000b" in a survey comment, a procedure name or a search
// query would otherwise surface as a database error (500). Likewise a lone UTF-16 surrogate
// (JSON "\udfff" with no partner) has no UTF-8 form: PGlite refuses it and the pg driver would
// silently store U+FFFD. Answered as a problem naming the field: 400 for the path and query, 422
// for a JSON body — before any route runs. (Percent-encoded query text cannot carry a lone
// surrogate: its UTF-8 bytes do not exist.)
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_TYPES, type ProblemFieldError } from '@motcua/contracts';
import { problemResponse } from '../http/problem.js';

const MESSAGE = 'Không được chứa ký tự NUL (U+0000)';
const SURROGATE_MESSAGE = 'Không được chứa nửa cặp thay thế UTF-16 (ký tự không hợp lệ)';
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A JSON escape of a surrogate: the only way a UTF-8 request body can carry a lone one. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

function badText(value: string): string | null {
  if (value.includes('\u0000')) return MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
  return null;
}

const printable = (key: string) => key.replaceAll('\u0000', '\\u0000').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');

function walk(value: unknown, path: string[], out: ProblemFieldError[]): void {
  if (out.length >= 20) return;
  if (typeof value === 'string') {
    const message = badText(value);
    if (message) out.push({ field: ['body', ...path].join('.'), message, code: 'invalid_characters' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, String(i)], out));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const message = badText(k);
      if (message) out.push({ field: ['body', ...path, printable(k)].join('.'), message, code: 'invalid_characters' });
      walk(v, [...path, printable(k)], out);
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
      if (text.includes('\\u0000') || text.includes('\u0000') || SURROGATE_ESCAPE.test(text)) {
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
