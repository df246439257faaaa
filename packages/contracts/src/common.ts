// Building blocks shared by every resource: codes, dates, localized text, pagination and the
// RFC 9457 problem document. Kept dependency-free apart from zod because the SDK ships this
// file to browsers.
import * as z from 'zod';

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

/** Official 2-digit province code (General Statistics Office list), "01".."96". */
export const ProvinceCodeSchema = z
  .string()
  .regex(/^(0[1-9]|[1-8][0-9]|9[0-6])$/, 'Mã tỉnh gồm 2 chữ số, từ 01 đến 96')
  .describe('Mã tỉnh/thành phố (2 chữ số, danh mục của Tổng cục Thống kê), ví dụ "01" = Hà Nội.');
export type ProvinceCode = z.infer<typeof ProvinceCodeSchema>;

/** Official 5-digit commune-level unit code (xã, phường, đặc khu). */
export const UnitCodeSchema = z
  .string()
  .regex(/^\d{5}$/, 'Mã đơn vị hành chính cấp xã gồm 5 chữ số')
  .describe('Mã đơn vị hành chính cấp xã (5 chữ số), ví dụ "00004" = Phường Ba Đình.');
export type UnitCode = z.infer<typeof UnitCodeSchema>;

/**
 * National catalog code of a procedure ("1.001193"); province copies append dot-separated
 * suffixes ("1.001193.000.00.00.H14"). Restricted to URL-safe characters because the code is a
 * path segment (/v1/procedures/{code}).
 */
export const ProcedureCodeSchema = z
  .string()
  .regex(/^\d+\.\d{6}(\.[0-9A-Za-z]+)*$/, 'Mã thủ tục có dạng 1.001193 (có thể thêm hậu tố .000.00.00.H14)')
  .describe('Mã thủ tục hành chính trong Cơ sở dữ liệu quốc gia, ví dụ "1.001193".');
export type ProcedureCode = z.infer<typeof ProcedureCodeSchema>;

/** Slug identifying a field (lĩnh vực), e.g. "ho-tich". Stable across languages. */
export const FieldCodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Mã lĩnh vực là chuỗi chữ thường không dấu nối bằng "-"')
  .describe('Mã lĩnh vực (chuỗi không dấu), ví dụ "ho-tich" = Hộ tịch.');
export type FieldCode = z.infer<typeof FieldCodeSchema>;

/** Stable id of a criterion/factor/option list entry: lowercase slug. */
export const SlugIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Mã định danh là chuỗi chữ thường không dấu');

// ---------------------------------------------------------------------------------------------
// Dates. Everything on the wire is ISO 8601; date-times carry an explicit offset (Vietnam is
// +07:00, servers may send Z) so a browser in another time zone still shows the right day.
// ---------------------------------------------------------------------------------------------

export const IsoDateSchema = z.iso.date().describe('Ngày theo ISO 8601 (YYYY-MM-DD).');
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .describe('Thời điểm theo ISO 8601 có múi giờ, ví dụ "2026-03-02T08:15:00+07:00".');
export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng có dạng YYYY-MM')
  .describe('Tháng theo ISO 8601 (YYYY-MM).');

// ---------------------------------------------------------------------------------------------
// Shared enums and small objects
// ---------------------------------------------------------------------------------------------

/** How a dossier travels: the three channels of the national catalog (cách thức thực hiện). */
export const ChannelSchema = z
  .enum(['in-person', 'online', 'postal'])
  .describe('Cách thức thực hiện/nộp hồ sơ: in-person = trực tiếp, online = trực tuyến, postal = qua dịch vụ bưu chính công ích.');
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * Text in Vietnamese (always) and English (when available). Labels that are part of the
 * contract (evaluation criteria, SIPAS factors) travel in both languages so a widget can switch
 * language without refetching.
 */
export const LocalizedTextSchema = z
  .object({
    vi: z.string().min(1).describe('Tiếng Việt (bắt buộc).'),
    en: z.string().min(1).optional().describe('English, when a translation exists.'),
  })
  .meta({ id: 'LocalizedText', description: 'Văn bản tiếng Việt kèm bản tiếng Anh (nếu có).' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

// ---------------------------------------------------------------------------------------------
// Pagination. Query values arrive as strings, hence coerce (typed number | string on input so
// the SDK may pass either); limit is capped so one request cannot ask for the whole catalog.
// ---------------------------------------------------------------------------------------------

export const MAX_PAGE_LIMIT = 100;
export const DEFAULT_PAGE_LIMIT = 20;

export const PageSchema = z.coerce.number<number | string>().int().min(1).default(1).describe('Trang (bắt đầu từ 1).');
export const LimitSchema = z.coerce
  .number<number | string>()
  .int()
  .min(1)
  .max(MAX_PAGE_LIMIT)
  .default(DEFAULT_PAGE_LIMIT)
  .describe(`Số mục mỗi trang (1–${MAX_PAGE_LIMIT}, mặc định ${DEFAULT_PAGE_LIMIT}).`);

/** Spread into a query object: `z.object({ q: …, ...paginationQuery })`. */
export const paginationQuery = { page: PageSchema, limit: LimitSchema };

/**
 * Free-text search: trimmed, at most `max` characters; an empty `q=` (a plain HTML form sends one)
 * means "no text filter" rather than an error.
 */
export function searchText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();
}

/** `{ items, total, page, limit }` envelope of every paginated list. */
export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0).describe('Tổng số mục khớp điều kiện (mọi trang).'),
    page: z.number().int().min(1),
    limit: z.number().int().min(1).max(MAX_PAGE_LIMIT),
  });
}

// ---------------------------------------------------------------------------------------------
// Errors: RFC 9457 problem details, served as application/problem+json.
// ---------------------------------------------------------------------------------------------

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Problem type URIs. URNs rather than web addresses: they identify the problem kind and stay
 * valid whatever domain the documentation ends up on.
 */
export const PROBLEM_TYPES = {
  validation: 'urn:motcua:problem:validation',
  badRequest: 'urn:motcua:problem:bad-request',
  unauthorized: 'urn:motcua:problem:unauthorized',
  forbidden: 'urn:motcua:problem:forbidden',
  notFound: 'urn:motcua:problem:not-found',
  conflict: 'urn:motcua:problem:conflict',
  alreadyEvaluated: 'urn:motcua:problem:already-evaluated',
  idempotencyConflict: 'urn:motcua:problem:idempotency-key-reused',
  payloadTooLarge: 'urn:motcua:problem:payload-too-large',
  rateLimited: 'urn:motcua:problem:rate-limited',
  unavailable: 'urn:motcua:problem:unavailable',
  internal: 'urn:motcua:problem:internal',
} as const;

export const ProblemLocationSchema = z.enum(['body', 'query', 'path', 'header']);
export type ProblemLocation = z.infer<typeof ProblemLocationSchema>;

export const ProblemFieldErrorSchema = z
  .object({
    field: z
      .string()
      .describe('Vị trí lỗi: "<body|query|path|header>.<đường dẫn>", ví dụ "body.answers.access", "query.limit", "header.idempotency-key".'),
    message: z.string().describe('Mô tả lỗi cho người đọc.'),
    code: z.string().describe('Mã lỗi máy đọc được (mã issue của zod, ví dụ "invalid_type", "too_big", "invalid_format").'),
  })
  .meta({ id: 'ProblemFieldError', description: 'Một trường không hợp lệ.' });
export type ProblemFieldError = z.infer<typeof ProblemFieldErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().describe('URI định danh loại lỗi (xem PROBLEM_TYPES).'),
    title: z.string().describe('Tóm tắt ngắn, không đổi theo từng lần xảy ra.'),
    status: z.number().int().min(400).max(599).describe('Mã trạng thái HTTP.'),
    detail: z.string().optional().describe('Giải thích riêng cho lần xảy ra này.'),
    instance: z.string().optional().describe('URI của lần xảy ra (thường là đường dẫn yêu cầu).'),
    errors: z.array(ProblemFieldErrorSchema).optional().describe('Danh sách trường không hợp lệ (lỗi 400/422).'),
  })
  .meta({ id: 'Problem', description: 'Chi tiết lỗi theo RFC 9457 (application/problem+json).' });
export type Problem = z.infer<typeof ProblemSchema>;

/** Joins a zod issue path into "body.answers.access" / "body.steps.0.title". */
function fieldName(location: ProblemLocation, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'symbol' ? (p.description ?? '') : String(p)));
  // HTTP header names are case-insensitive; report them the way node/undici hand them over.
  const joined = location === 'header' ? parts.map((p) => p.toLowerCase()) : parts;
  return [location, ...joined].join('.');
}

/**
 * Turns a zod validation error into a problem document naming every invalid field.
 * Body errors are 422 (the JSON was well-formed but its content is not acceptable); query, path
 * and header errors are 400 (the request itself is malformed).
 */
export function problemFromZodError(
  error: z.ZodError,
  location: ProblemLocation,
  options: { instance?: string; lang?: 'vi' | 'en' } = {},
): Problem {
  const en = options.lang === 'en';
  const errors: ProblemFieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // zod reports unknown keys once, on the parent; name each key so the client can fix it.
      for (const key of issue.keys) {
        const message = en ? `Unsupported field: ${key}` : `Trường không được hỗ trợ: ${key}`;
        errors.push({ field: fieldName(location, [...issue.path, key]), message, code: issue.code });
      }
      continue;
    }
    errors.push({ field: fieldName(location, issue.path), message: issue.message, code: issue.code });
  }
  const status = location === 'body' ? 422 : 400;
  const where = en
    ? { body: 'the request body', query: 'the query parameters', path: 'the path', header: 'the HTTP headers' }[location]
    : { body: 'nội dung yêu cầu', query: 'tham số truy vấn', path: 'đường dẫn', header: 'tiêu đề HTTP' }[location];
  const n = errors.length;
  const problem: Problem = {
    type: PROBLEM_TYPES.validation,
    title: en ? 'Invalid data' : 'Dữ liệu không hợp lệ',
    status,
    detail: en ? `${n} ${n === 1 ? 'error' : 'errors'} in ${where}.` : `Có ${n} lỗi trong ${where}.`,
    errors,
  };
  if (options.instance !== undefined) problem.instance = options.instance;
  return problem;
}
