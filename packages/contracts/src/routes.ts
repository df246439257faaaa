// The route table of API /v1: one plain object per operation. No server framework here — the
// browser SDK imports this file to build URLs and validate answers, the server mounts handlers
// on it, and openapi.ts turns it into the OpenAPI document.
import * as z from 'zod';
import { ProblemSchema } from './common.js';
import { CalendarQuerySchema, CalendarUpsertSchema, CalendarYearPathParamsSchema, CalendarYearSchema } from './calendar-api.js';
import { DossierLookupRequestSchema, DossierPathParamsSchema, DossierViewSchema } from './dossier.js';
import { EvaluationCriteriaListSchema, EvaluationRequestSchema, EvaluationResponseSchema } from './evaluation.js';
import {
  AdminFeedbackListQuerySchema,
  AdminFeedbackListSchema,
  AdminFeedbackSchema,
  FeedbackActionSchema,
  FeedbackCreateRequestSchema,
  FeedbackLookupRequestSchema,
  FeedbackPathParamsSchema,
  FeedbackReceiptSchema,
  FeedbackResolutionRequestSchema,
  FeedbackViewSchema,
  PublicFeedbackListSchema,
  PublicFeedbackQuerySchema,
} from './feedback.js';
import { HealthSchema, ReadinessSchema } from './health.js';
import {
  FieldListQuerySchema,
  FieldListSchema,
  ProcedureDetailQuerySchema,
  ProcedureDetailResponseSchema,
  ProcedurePathParamsSchema,
  ProcedureSearchQuerySchema,
  ProcedureSearchResultSchema,
} from './procedure.js';
import {
  SearchMissQuerySchema,
  SearchMissReportSchema,
  SearchTermListSchema,
  SearchTermPathParamsSchema,
  SearchTermProvinceParamsSchema,
  SearchTermUpsertSchema,
  SearchTermWriteResultSchema,
} from './search-report.js';
import { UnitStatsSchema } from './stats.js';
import { SurveyRequestSchema, SurveyResponseSchema } from './survey.js';
import { ProvinceListSchema, UnitDetailSchema, UnitListQuerySchema, UnitListSchema, UnitPathParamsSchema } from './unit.js';
import {
  DossierEventResultSchema,
  DossierEventSchema,
  DossierUpsertSchema,
  ProcedureUpsertSchema,
  UpsertResultSchema,
} from './write.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** Everything a client, a server or a document generator needs to know about one operation. */
export interface RouteDef {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style template: "/v1/procedures/{code}". */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Request headers, keys in lower case. */
  headers?: z.ZodObject;
  /** Status code → body schema; 4xx/5xx are always ProblemSchema. */
  responses: { readonly [status: number]: z.ZodType };
  /** "api-key": `Authorization: Bearer <key>` issued to a provincial one-stop system. */
  auth?: 'api-key';
  /** Safe to retry with the same Idempotency-Key (POST) or by nature (PUT). */
  idempotent?: boolean;
  /** Answer is the same for everyone and may be cached by browsers and CDNs. */
  cache?: 'public';
}

/**
 * Idempotency-Key header (IETF draft "The Idempotency-Key HTTP Header Field"): a client-chosen
 * unique string, typically a UUID; a retry with the same key returns the first answer.
 */
export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7E]{8,255}$/, 'Idempotency-Key gồm 8–255 ký tự ASCII in được, ví dụ một UUID')
    .describe('Khóa chống gửi trùng do máy khách tạo (ví dụ UUID); gửi lại cùng khóa nhận lại câu trả lời đầu.'),
});
export type IdempotencyHeaders = z.infer<typeof IdempotencyHeadersSchema>;

/** Problem responses for the given statuses, typed so `responses[404]` is known to be a problem. */
function problems<const S extends readonly number[]>(...statuses: S): { [K in S[number]]: typeof ProblemSchema } {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as { [K in S[number]]: typeof ProblemSchema };
}

/** Status codes whose bodies are problems, with the reason each can happen (used in the document). */
export const PROBLEM_STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Tham số truy vấn, đường dẫn hoặc tiêu đề không hợp lệ.',
  401: 'Thiếu hoặc sai khóa API.',
  403: 'Khóa API không có quyền với đơn vị/tỉnh này.',
  404: 'Không tìm thấy (với tra cứu hồ sơ: mã hồ sơ hoặc mã xác minh không khớp).',
  409: 'Xung đột: đã đánh giá, hoặc Idempotency-Key đã dùng cho nội dung khác.',
  413: 'Nội dung yêu cầu quá lớn.',
  422: 'Nội dung yêu cầu không hợp lệ (errors nêu từng trường).',
  429: 'Gửi quá nhiều yêu cầu; thử lại sau thời gian trong tiêu đề Retry-After.',
  503: 'Máy chủ chưa sẵn sàng.',
};

export const routes = {
  listUnits: {
    operationId: 'listUnits',
    method: 'GET',
    path: '/v1/units',
    summary: 'Danh sách đơn vị hành chính cấp xã',
    tags: ['units'],
    query: UnitListQuerySchema,
    responses: { 200: UnitListSchema, ...problems(400, 429) },
    cache: 'public',
  },
  getUnit: {
    operationId: 'getUnit',
    method: 'GET',
    path: '/v1/units/{code}',
    summary: 'Một đơn vị cấp xã kèm thông tin liên hệ',
    tags: ['units'],
    params: UnitPathParamsSchema,
    responses: { 200: UnitDetailSchema, ...problems(400, 404, 429) },
    cache: 'public',
  },
  listProvinces: {
    operationId: 'listProvinces',
    method: 'GET',
    path: '/v1/provinces',
    summary: 'Danh sách 34 tỉnh, thành phố',
    tags: ['units'],
    responses: { 200: ProvinceListSchema, ...problems(429) },
    cache: 'public',
  },
  listFields: {
    operationId: 'listFields',
    method: 'GET',
    path: '/v1/fields',
    summary: 'Danh sách lĩnh vực kèm số thủ tục',
    tags: ['procedures'],
    query: FieldListQuerySchema,
    responses: { 200: FieldListSchema, ...problems(400, 429) },
    cache: 'public',
  },
  searchProcedures: {
    operationId: 'searchProcedures',
    method: 'GET',
    path: '/v1/procedures',
    summary: 'Tìm thủ tục hành chính',
    description: 'Tìm theo tên, tên thường gọi hoặc mã; có dấu hoặc không dấu. Lọc theo đơn vị, tỉnh, lĩnh vực, cấp và mức độ trực tuyến.',
    tags: ['procedures'],
    query: ProcedureSearchQuerySchema,
    responses: { 200: ProcedureSearchResultSchema, ...problems(400, 429) },
    cache: 'public',
  },
  getProcedure: {
    operationId: 'getProcedure',
    method: 'GET',
    path: '/v1/procedures/{code}',
    summary: 'Chi tiết một thủ tục',
    description: 'Với tham số unit, câu trả lời kèm đơn vị và địa chỉ nộp hồ sơ.',
    tags: ['procedures'],
    params: ProcedurePathParamsSchema,
    query: ProcedureDetailQuerySchema,
    responses: { 200: ProcedureDetailResponseSchema, ...problems(400, 404, 429) },
    cache: 'public',
  },
  getUnitStats: {
    operationId: 'getUnitStats',
    method: 'GET',
    path: '/v1/units/{code}/stats',
    summary: 'Số liệu giải quyết hồ sơ của đơn vị (12 tháng)',
    tags: ['units', 'stats'],
    params: UnitPathParamsSchema,
    responses: { 200: UnitStatsSchema, ...problems(400, 404, 429) },
    cache: 'public',
  },
  getCalendar: {
    operationId: 'getCalendar',
    method: 'GET',
    path: '/v1/calendar',
    summary: 'Lịch làm việc một năm: ngày nghỉ lễ, Tết, hoán đổi, làm bù',
    description: 'Lịch dùng để tính thời hạn giải quyết (ngày làm việc). Với province, lịch riêng của tỉnh nếu tỉnh đã điều chỉnh năm đó.',
    tags: ['calendar'],
    query: CalendarQuerySchema,
    responses: { 200: CalendarYearSchema, ...problems(400, 429) },
    cache: 'public',
  },
  getEvaluationCriteria: {
    operationId: 'getEvaluationCriteria',
    method: 'GET',
    path: '/v1/evaluation-criteria',
    summary: 'Bộ tiêu chí đánh giá việc giải quyết hồ sơ',
    tags: ['evaluations'],
    responses: { 200: EvaluationCriteriaListSchema, ...problems(429) },
    cache: 'public',
  },
  lookupDossier: {
    operationId: 'lookupDossier',
    method: 'POST',
    path: '/v1/dossiers/lookup',
    summary: 'Tra cứu tình trạng hồ sơ',
    description:
      'POST để mã xác minh không nằm trong URL và nhật ký. Sai mã hồ sơ hay sai mã xác minh đều trả 404 như nhau; số lần thử bị giới hạn (429).',
    tags: ['dossiers'],
    body: DossierLookupRequestSchema,
    responses: { 200: DossierViewSchema, ...problems(404, 413, 422, 429) },
    idempotent: true,
  },
  submitEvaluation: {
    operationId: 'submitEvaluation',
    method: 'POST',
    path: '/v1/dossiers/evaluations',
    summary: 'Đánh giá việc giải quyết một hồ sơ',
    tags: ['evaluations'],
    headers: IdempotencyHeadersSchema,
    body: EvaluationRequestSchema,
    responses: { 201: EvaluationResponseSchema, ...problems(400, 404, 409, 413, 422, 429) },
    idempotent: true,
  },
  submitSurvey: {
    operationId: 'submitSurvey',
    method: 'POST',
    path: '/v1/surveys',
    summary: 'Gửi phiếu khảo sát mức độ hài lòng (SIPAS)',
    tags: ['surveys'],
    headers: IdempotencyHeadersSchema,
    body: SurveyRequestSchema,
    responses: { 201: SurveyResponseSchema, ...problems(400, 404, 409, 413, 422, 429) },
    idempotent: true,
  },
  submitFeedback: {
    operationId: 'submitFeedback',
    method: 'POST',
    path: '/v1/feedback',
    summary: 'Gửi phản ánh, kiến nghị',
    description:
      'Theo Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP): phải có họ tên, địa chỉ, số điện thoại (không nhận phản ánh nặc danh); khiếu nại, tố cáo không thuộc phạm vi. Thông tin liên hệ được lưu riêng, không công khai, không ghi nhật ký. Giới hạn theo địa chỉ mạng và theo số điện thoại (429).',
    tags: ['feedback'],
    headers: IdempotencyHeadersSchema,
    body: FeedbackCreateRequestSchema,
    responses: { 201: FeedbackReceiptSchema, ...problems(400, 404, 409, 413, 422, 429) },
    idempotent: true,
  },
  lookupFeedback: {
    operationId: 'lookupFeedback',
    method: 'POST',
    path: '/v1/feedback/lookup',
    summary: 'Theo dõi phản ánh, kiến nghị',
    description: 'Mã phản ánh và 4 số cuối số điện thoại đã khai. Sai mã hay sai mã xác minh đều trả 404 như nhau; số lần thử bị giới hạn (429).',
    tags: ['feedback'],
    body: FeedbackLookupRequestSchema,
    responses: { 200: FeedbackViewSchema, ...problems(404, 413, 422, 429) },
    idempotent: true,
  },
  resolveFeedback: {
    operationId: 'resolveFeedback',
    method: 'POST',
    path: '/v1/feedback/resolution',
    summary: 'Cho biết câu trả lời đã giải quyết được vấn đề hay chưa',
    description: 'Chỉ sau khi đã trả lời, một lần cho mỗi câu trả lời. "Chưa giải quyết" mở lại phản ánh với hạn trả lời mới và được đếm trong số liệu.',
    tags: ['feedback'],
    headers: IdempotencyHeadersSchema,
    body: FeedbackResolutionRequestSchema,
    responses: { 200: FeedbackViewSchema, ...problems(400, 404, 409, 413, 422, 429) },
    idempotent: true,
  },
  listUnitFeedback: {
    operationId: 'listUnitFeedback',
    method: 'GET',
    path: '/v1/units/{code}/feedback',
    summary: 'Các phản ánh, kiến nghị đã trả lời của đơn vị (công khai)',
    description: 'Chỉ những câu hỏi người gửi đồng ý công khai, không kèm thông tin cá nhân; tìm có dấu hoặc không dấu.',
    tags: ['feedback'],
    params: UnitPathParamsSchema,
    query: PublicFeedbackQuerySchema,
    responses: { 200: PublicFeedbackListSchema, ...problems(400, 404, 429) },
    cache: 'public',
  },
  listFeedbackAdmin: {
    operationId: 'listFeedbackAdmin',
    method: 'GET',
    path: '/v1/admin/feedback',
    summary: 'Phản ánh, kiến nghị trong phạm vi của khóa (kèm thông tin liên hệ)',
    tags: ['admin', 'feedback'],
    query: AdminFeedbackListQuerySchema,
    responses: { 200: AdminFeedbackListSchema, ...problems(400, 401, 403, 429) },
    auth: 'api-key',
  },
  actOnFeedback: {
    operationId: 'actOnFeedback',
    method: 'POST',
    path: '/v1/admin/feedback/{code}/actions',
    summary: 'Xử lý phản ánh: tiếp nhận, chuyển cơ quan có thẩm quyền, trả lời, không tiếp nhận',
    description: 'Mỗi bước được ghi nhật ký kèm khóa API đã thực hiện. Phản ánh ngoài phạm vi của khóa trả 404 như không có.',
    tags: ['admin', 'feedback'],
    params: FeedbackPathParamsSchema,
    headers: IdempotencyHeadersSchema.partial(),
    body: FeedbackActionSchema,
    responses: { 200: AdminFeedbackSchema, ...problems(400, 401, 403, 404, 409, 413, 422, 429) },
    auth: 'api-key',
  },
  upsertProcedure: {
    operationId: 'upsertProcedure',
    method: 'PUT',
    path: '/v1/admin/procedures/{code}',
    summary: 'Tạo hoặc cập nhật thủ tục (hệ thống một cửa cấp tỉnh)',
    tags: ['admin'],
    params: ProcedurePathParamsSchema,
    body: ProcedureUpsertSchema,
    responses: { 200: UpsertResultSchema, 201: UpsertResultSchema, ...problems(400, 401, 403, 413, 422, 429) },
    auth: 'api-key',
    idempotent: true,
  },
  putCalendarYear: {
    operationId: 'putCalendarYear',
    method: 'PUT',
    path: '/v1/admin/calendar/{year}',
    summary: 'Thay lịch làm việc một năm (cả nước hoặc một tỉnh)',
    description: 'Khóa province:* sửa lịch chung và lịch mọi tỉnh; khóa province:NN chỉ lịch của tỉnh NN; khóa đơn vị không được sửa. Mỗi lần sửa được ghi nhật ký (calendar_changes).',
    tags: ['admin', 'calendar'],
    params: CalendarYearPathParamsSchema,
    body: CalendarUpsertSchema,
    responses: { 200: CalendarYearSchema, ...problems(400, 401, 403, 413, 422, 429) },
    auth: 'api-key',
    idempotent: true,
  },
  upsertDossier: {
    operationId: 'upsertDossier',
    method: 'PUT',
    path: '/v1/admin/dossiers/{code}',
    summary: 'Tạo hoặc cập nhật hồ sơ (hệ thống một cửa cấp tỉnh)',
    tags: ['admin'],
    params: DossierPathParamsSchema,
    body: DossierUpsertSchema,
    responses: { 200: UpsertResultSchema, 201: UpsertResultSchema, ...problems(400, 401, 403, 413, 422, 429) },
    auth: 'api-key',
    idempotent: true,
  },
  appendDossierEvent: {
    operationId: 'appendDossierEvent',
    method: 'POST',
    path: '/v1/admin/dossiers/{code}/events',
    summary: 'Thêm một bước vào phiếu kiểm soát quá trình',
    tags: ['admin'],
    params: DossierPathParamsSchema,
    headers: IdempotencyHeadersSchema.partial(),
    body: DossierEventSchema,
    responses: { 201: DossierEventResultSchema, ...problems(400, 401, 403, 404, 409, 413, 422, 429) },
    auth: 'api-key',
  },
  listSearchMisses: {
    operationId: 'listSearchMisses',
    method: 'GET',
    path: '/v1/admin/search-misses',
    summary: 'Từ khóa người dân tìm mà không thấy thủ tục nào',
    description: 'Theo đơn vị và khoảng ngày, trong phạm vi của khóa API. Chỉ lưu văn bản đã bỏ dấu, khi nhiều địa chỉ khác nhau cùng gõ; không bao giờ lưu số giấy tờ, số điện thoại.',
    tags: ['admin'],
    query: SearchMissQuerySchema,
    responses: { 200: SearchMissReportSchema, ...problems(400, 401, 403, 429) },
    auth: 'api-key',
  },
  listSearchTerms: {
    operationId: 'listSearchTerms',
    method: 'GET',
    path: '/v1/admin/search-terms/{province}',
    summary: 'Từ điển tìm kiếm áp dụng cho tỉnh (toàn quốc và riêng của tỉnh)',
    tags: ['admin'],
    params: SearchTermProvinceParamsSchema,
    responses: { 200: SearchTermListSchema, ...problems(400, 401, 403, 429) },
    auth: 'api-key',
  },
  upsertSearchTerm: {
    operationId: 'upsertSearchTerm',
    method: 'PUT',
    path: '/v1/admin/search-terms/{province}/{id}',
    summary: 'Thêm hoặc sửa một mục từ điển tìm kiếm của tỉnh',
    description: 'Khóa province:NN (tỉnh của mình) hoặc province:*. Có hiệu lực ngay với các tìm kiếm theo đơn vị/tỉnh đó; mỗi thay đổi được ghi nhật ký (khóa, thời điểm, trước/sau).',
    tags: ['admin'],
    params: SearchTermPathParamsSchema,
    body: SearchTermUpsertSchema,
    responses: { 200: SearchTermWriteResultSchema, 201: SearchTermWriteResultSchema, ...problems(400, 401, 403, 413, 422, 429) },
    auth: 'api-key',
    idempotent: true,
  },
  deleteSearchTerm: {
    operationId: 'deleteSearchTerm',
    method: 'DELETE',
    path: '/v1/admin/search-terms/{province}/{id}',
    summary: 'Xóa một mục từ điển tìm kiếm của tỉnh',
    tags: ['admin'],
    params: SearchTermPathParamsSchema,
    responses: { 200: SearchTermWriteResultSchema, ...problems(400, 401, 403, 404, 429) },
    auth: 'api-key',
    idempotent: true,
  },
  healthz: {
    operationId: 'healthz',
    method: 'GET',
    path: '/healthz',
    summary: 'Tiến trình còn sống',
    tags: ['operations'],
    responses: { 200: HealthSchema },
  },
  readyz: {
    operationId: 'readyz',
    method: 'GET',
    path: '/readyz',
    summary: 'Sẵn sàng phục vụ (cơ sở dữ liệu kết nối được)',
    tags: ['operations'],
    responses: { 200: ReadinessSchema, 503: ReadinessSchema },
  },
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type OperationId = keyof Routes;

// Per-operation types for clients and servers: what to send (input side, before defaults and
// trimming) and what comes back (output side), e.g. `RouteBody<'submitSurvey'>`.
type InputOf<R, K extends string> = R extends { readonly [P in K]: infer S extends z.ZodType } ? z.input<S> : undefined;
type OutputOf<R, K extends string> = R extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;
export type RouteParams<K extends OperationId> = InputOf<Routes[K], 'params'>;
export type RouteQuery<K extends OperationId> = InputOf<Routes[K], 'query'>;
export type RouteHeaders<K extends OperationId> = InputOf<Routes[K], 'headers'>;
export type RouteBody<K extends OperationId> = InputOf<Routes[K], 'body'>;
/** Parsed params/query/headers/body as a server sees them after validation. */
export type RouteParsedParams<K extends OperationId> = OutputOf<Routes[K], 'params'>;
export type RouteParsedQuery<K extends OperationId> = OutputOf<Routes[K], 'query'>;
export type RouteParsedBody<K extends OperationId> = OutputOf<Routes[K], 'body'>;
/** Body of a given response status: `RouteResponse<'getUnit', 200>`. */
export type RouteResponse<K extends OperationId, S extends keyof Routes[K]['responses']> = Routes[K]['responses'][S] extends z.ZodType
  ? z.output<Routes[K]['responses'][S]>
  : never;
/** Body of the success answer (200 or 201). */
export type RouteSuccess<K extends OperationId> = {
  [S in keyof Routes[K]['responses']]: S extends 200 | 201 ? RouteResponse<K, S> : never;
}[keyof Routes[K]['responses']];

/** The success status codes of a route (200 and/or 201; readyz also lists 503 as a non-problem). */
export function successStatuses(route: RouteDef): number[] {
  return Object.keys(route.responses)
    .map(Number)
    .filter((s) => s < 300);
}

/** The table as a list, in document order. */
export const ROUTES: readonly RouteDef[] = Object.values(routes);

/** Tag descriptions, in the order the document lists them. */
export const ROUTE_TAGS: readonly { name: string; description: string }[] = [
  { name: 'units', description: 'Đơn vị hành chính (tỉnh, xã, phường, đặc khu).' },
  { name: 'procedures', description: 'Thủ tục hành chính và lĩnh vực.' },
  { name: 'dossiers', description: 'Tra cứu hồ sơ.' },
  { name: 'evaluations', description: 'Đánh giá việc giải quyết hồ sơ.' },
  { name: 'surveys', description: 'Khảo sát mức độ hài lòng (SIPAS).' },
  { name: 'feedback', description: 'Phản ánh, kiến nghị về quy định hành chính và việc phục vụ (Nghị định 20/2008/NĐ-CP).' },
  { name: 'stats', description: 'Số liệu công khai của đơn vị.' },
  { name: 'calendar', description: 'Lịch làm việc (ngày nghỉ lễ, Tết, làm bù) dùng để tính thời hạn.' },
  { name: 'admin', description: 'API ghi cho hệ thống một cửa cấp tỉnh (khóa API).' },
  { name: 'operations', description: 'Giám sát vận hành.' },
];

/** Fills a path template: `buildPath('/v1/units/{code}', { code: '00004' })` → "/v1/units/00004". */
export function buildPath(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}
