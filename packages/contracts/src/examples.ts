// One example for every request body and every response of the route table. They feed the
// OpenAPI document (`example`), the SDK's documentation and the tests (each example must parse
// with its schema). Data are illustrative: real codes and names, placeholder contacts.
import { PROBLEM_TYPES, type Problem } from './common.js';
import type { DossierLookupRequestInput, DossierView } from './dossier.js';
import { DEFAULT_EVALUATION_CRITERIA, maxEvaluationScore, type EvaluationCriteriaList, type EvaluationRequestInput, type EvaluationResponse } from './evaluation.js';
import type { CalendarUpsert, CalendarYear } from './calendar-api.js';
import type { Health, Readiness } from './health.js';
import type { FieldList, ProcedureDetail, ProcedureDetailResponse, ProcedureSearchResult } from './procedure.js';
import type { OperationId } from './routes.js';
import type { UnitStats } from './stats.js';
import { FEEDBACK_ROUTE_EXAMPLES } from './feedback-examples.js';
import type { SurveyRequestInput, SurveyResponse } from './survey.js';
import type { ProvinceList, Unit, UnitDetail, UnitList } from './unit.js';
import type { DossierEvent, DossierEventResult, DossierUpsertInput, ProcedureUpsert, UpsertResult } from './write.js';

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

export const unitExample: Unit = {
  code: '00004',
  name: 'Ba Đình',
  fullName: 'Phường Ba Đình',
  nameEn: 'Ba Dinh',
  kind: 'Phường',
  provinceCode: '01',
  provinceName: 'Hà Nội',
};

export const unitDetailExample: UnitDetail = {
  ...unitExample,
  contact: {
    address: 'Bộ phận Một cửa, UBND phường Ba Đình, Hà Nội',
    phone: '024 0000 0000',
    email: 'motcua@example.org',
    hotline: '1022',
  },
};

export const procedureDetailExample: ProcedureDetail = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  aliases: ['làm giấy khai sinh', 'khai sinh cho con', 'đăng ký khai sinh cho trẻ'],
  field: { code: 'ho-tich', name: 'Hộ tịch' },
  level: 'commune',
  kind: 'TTHC được luật giao quy định chi tiết',
  decisionNumber: '1085/QĐ-BTP',
  implementingAgency: 'Ủy ban nhân dân cấp xã',
  competentAgency: 'Ủy ban nhân dân cấp xã',
  coordinatingAgencies: [],
  whereToSubmit: 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ',
  steps: [
    { order: 1, title: 'Nộp hồ sơ', description: 'Người đi đăng ký nộp tờ khai và giấy tờ theo quy định, xuất trình giấy tờ tùy thân.' },
    { order: 2, title: 'Kiểm tra hồ sơ', description: 'Công chức tư pháp - hộ tịch kiểm tra; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.' },
    { order: 3, title: 'Trả kết quả', description: 'Ghi vào Sổ hộ tịch, cấp Giấy khai sinh bản chính cho người đi đăng ký.' },
  ],
  channels: [
    {
      channel: 'in-person',
      timeLimit: {
        value: 0,
        unit: 'working-days',
        text: 'Ngay trong ngày làm việc; hồ sơ nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
        sameDayCutoff: '15:00',
        maxWithVerification: null,
      },
      fee: { amount: 0, text: 'Miễn lệ phí khi đăng ký đúng hạn' },
      description: 'Nộp trực tiếp tại Bộ phận Một cửa.',
    },
    {
      channel: 'online',
      timeLimit: {
        value: 0,
        unit: 'working-days',
        text: 'Ngay trong ngày làm việc; hồ sơ nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
        sameDayCutoff: '15:00',
        maxWithVerification: null,
      },
      fee: { amount: 0, text: 'Miễn lệ phí khi đăng ký đúng hạn' },
      description: 'Nộp trên Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ công của tỉnh.',
    },
  ],
  applicants: ['Công dân Việt Nam'],
  result: ['Giấy khai sinh (bản chính)', 'Trích lục khai sinh (bản sao) nếu có yêu cầu'],
  cases: [
    {
      id: 'chung',
      name: 'Trường hợp chung',
      description: '',
      components: [
        {
          id: 'to-khai',
          name: 'Tờ khai đăng ký khai sinh',
          description: 'Theo mẫu; có thể khai trên biểu mẫu điện tử.',
          originals: 1,
          copies: 0,
          required: true,
          form: { code: 'Mẫu tờ khai đăng ký khai sinh', name: 'Tờ khai đăng ký khai sinh', url: 'https://example.org/mau/to-khai-khai-sinh.docx' },
          electronicForm: true,
          reusableData: null,
        },
        {
          id: 'giay-chung-sinh',
          name: 'Giấy chứng sinh hoặc văn bản của người làm chứng',
          description: 'Không có giấy chứng sinh thì nộp văn bản của người làm chứng hoặc giấy cam đoan về việc sinh.',
          originals: 1,
          copies: 0,
          required: true,
          form: null,
          electronicForm: false,
          reusableData: null,
        },
        {
          id: 'van-ban-mang-thai-ho',
          name: 'Văn bản chứng minh việc mang thai hộ',
          description: 'Chỉ khi trẻ được sinh ra do mang thai hộ.',
          originals: 1,
          copies: 0,
          required: false,
          form: null,
          electronicForm: false,
          reusableData: null,
        },
      ],
    },
  ],
  legalBasis: [
    { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', issuedOn: '2014-11-20' },
    { number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', issuer: 'Chính phủ', issuedOn: '2015-11-15' },
  ],
  requirements: [],
  onlineService: 'full',
  nationalPortalUrl: 'https://dichvucong.gov.vn/',
};

export const procedureDetailResponseExample: ProcedureDetailResponse = {
  ...procedureDetailExample,
  unit: unitDetailExample,
  // Filed on Tuesday 10 March 2026 at 15:30: after the 15:00 cut-off, so the same-day result is due Wednesday.
  due: {
    asOf: '2026-03-10T15:30:00+07:00',
    channels: [
      { channel: 'in-person', date: '2026-03-11', receivedOn: '2026-03-11', deferred: true },
      { channel: 'online', date: '2026-03-11', receivedOn: '2026-03-11', deferred: true },
    ],
  },
};

const calendarDaysExample: CalendarYear['days'] = [
  { date: '2026-01-01', kind: 'day-off', name: 'Tết Dương lịch', note: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025', provisional: false },
  { date: '2026-01-02', kind: 'day-off', name: 'Nghỉ hoán đổi dịp Tết Dương lịch', note: 'Làm bù thứ Bảy 10/01/2026', provisional: false },
  { date: '2026-01-10', kind: 'working-day', name: 'Làm bù cho ngày nghỉ 02/01/2026', note: null, provisional: false },
];
export const calendarYearExample: CalendarYear = {
  year: 2026,
  province: null,
  provisional: false,
  source: 'Bộ luật Lao động 2019, Điều 112; Công văn 12729/VPCP-KGVX ngày 25/12/2025',
  updatedAt: '2026-01-05T09:00:00+07:00',
  days: calendarDaysExample,
};
export const calendarUpsertExample: CalendarUpsert = {
  province: '80',
  source: 'Quyết định của UBND tỉnh về lịch làm việc năm 2026',
  days: calendarDaysExample,
};

export const procedureSearchResultExample: ProcedureSearchResult = {
  items: [
    {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: { code: 'ho-tich', name: 'Hộ tịch' },
      level: 'commune',
      onlineService: 'full',
      timeLimitText: 'Ngay trong ngày làm việc; hồ sơ nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
      feeText: 'Miễn lệ phí khi đăng ký đúng hạn',
      feeAmount: 0,
      score: 12.5,
    },
  ],
  total: 1,
  page: 1,
  limit: 20,
};

export const dossierViewExample: DossierView = {
  code: '000.00.06.H56-260302-0017',
  status: { id: 'in-progress', number: 4, paused: false },
  procedure: { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
  unit: { code: '00004', name: 'Phường Ba Đình' },
  channel: 'online',
  currentStep: 'Thẩm định hồ sơ',
  receivedAt: '2026-03-02T09:12:00+07:00',
  appointmentDate: '2026-03-05T16:00:00+07:00',
  daysLeft: 2,
  overdueBy: 0,
  apology: null,
  supplementRequest: null,
  financialObligation: null,
  resultDelivery: { method: 'desk' },
  timeline: [
    {
      fromStep: 'Tiếp nhận hồ sơ',
      fromUnit: 'Bộ phận Một cửa',
      toStep: 'Thẩm định hồ sơ',
      toUnit: 'Công chức Tư pháp - Hộ tịch',
      handler: 'Công chức tiếp nhận',
      at: '2026-03-02T09:30:00+07:00',
      deadline: '2026-03-02T17:00:00+07:00',
      punctuality: 'early',
    },
  ],
  applicantNameMasked: 'N***** V** A*',
  canEvaluate: false,
  evaluated: false,
  updatedAt: '2026-03-02T09:30:00+07:00',
};

export const unitStatsExample: UnitStats = {
  unit: '00004',
  period: { from: '2025-04-01', to: '2026-03-31' },
  received: 1840,
  resolved: 1795,
  resolvedOnTime: 1771,
  overdue: 24,
  onTimeRate: 0.9866,
  onlineShare: 0.62,
  satisfactionRate: 0.95,
  surveyResponses: 212,
  evaluationResponses: 634,
  feedback: { received: 41, answered: 36, answeredOnTime: 33, answeredLate: 3, openOverdue: 1, notAccepted: 2, resolved: 20, notResolved: 2, onTimeRate: 0.9167 },
  monthly: [
    { month: '2026-02', received: 121, resolvedOnTime: 117, overdue: 2 },
    { month: '2026-03', received: 164, resolvedOnTime: 160, overdue: 1 },
  ],
};

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export const dossierLookupRequestExample: DossierLookupRequestInput = { code: '000.00.06.h56-260302-0017 ', verifier: '4821' };

export const evaluationRequestExample: EvaluationRequestInput = {
  code: '000.00.06.H56-260302-0017',
  verifier: '4821',
  answers: {
    contacts: 2,
    agencies: 2,
    'one-stop-desk': 2,
    publication: 2,
    attitude: 2,
    feedback: 2,
    'online-service': 1,
  },
  satisfaction: 'very-satisfied',
  comment: 'Cán bộ hướng dẫn tận tình.',
};

export const evaluationResponseExample: EvaluationResponse = {
  id: 'ev_01JNQ7Z8K3',
  dossierCode: '000.00.06.H56-260302-0017',
  score: 16,
  maxScore: 18,
  submittedAt: '2026-03-06T10:02:00+07:00',
};

export const evaluationCriteriaExample: EvaluationCriteriaList = {
  items: DEFAULT_EVALUATION_CRITERIA.map((c) => ({
    id: c.id,
    measured: c.measured,
    label: { ...c.label },
    options: c.options.map((o) => ({ value: o.value, label: { ...o.label } })),
  })),
  maxScore: maxEvaluationScore(DEFAULT_EVALUATION_CRITERIA),
};

export const surveyRequestExample: SurveyRequestInput = {
  unit: '00004',
  answers: { access: 5, procedure: 4, official: 5, result: 5, feedback: 3 },
  comment: 'Nên có thêm chỗ ngồi chờ.',
};

export const surveyResponseExample: SurveyResponse = { id: 'sv_01JNQ80D2M', unit: '00004', submittedAt: '2026-03-06T10:05:00+07:00' };

export const procedureUpsertExample: ProcedureUpsert = { ...procedureDetailExample, units: ['00004', '00008'] };

export const dossierUpsertExample: DossierUpsertInput = {
  code: '000.00.06.H56-260302-0017',
  unit: '00004',
  procedure: '1.004873',
  channel: 'online',
  status: 'in-progress',
  currentStep: 'Thẩm định hồ sơ',
  receivedAt: '2026-03-02T09:12:00+07:00',
  appointmentDate: '2026-03-05T16:00:00+07:00',
  applicantName: 'Nguyễn Văn An',
  verifiers: { idLast4: '4821', phoneLast4: '9087' },
  supplementRequest: null,
  financialObligation: null,
  apology: null,
  resultDelivery: { method: 'desk' },
};

export const dossierEventExample: DossierEvent = {
  fromStep: 'Thẩm định hồ sơ',
  fromUnit: 'Công chức Tư pháp - Hộ tịch',
  toStep: 'Phê duyệt',
  toUnit: 'Lãnh đạo UBND phường',
  handler: 'Công chức Tư pháp - Hộ tịch',
  at: '2026-03-03T14:00:00+07:00',
  deadline: '2026-03-04T17:00:00+07:00',
  punctuality: 'early',
  status: 'in-progress',
};

export const upsertResultExample: UpsertResult = { code: '1.001193', created: false, updatedAt: '2026-03-01T08:00:00+07:00' };
export const upsertCreatedExample: UpsertResult = { code: '1.001193', created: true, updatedAt: '2026-03-01T08:00:00+07:00' };

export const dossierEventResultExample: DossierEventResult = {
  dossierCode: '000.00.06.H56-260302-0017',
  status: { id: 'in-progress', number: 4, paused: false },
  timelineLength: 2,
  updatedAt: '2026-03-03T14:00:00+07:00',
};

// ---------------------------------------------------------------------------------------------
// Problems, one per status the table uses
// ---------------------------------------------------------------------------------------------

export const PROBLEM_EXAMPLES: Readonly<Record<number, Problem>> = {
  400: {
    type: PROBLEM_TYPES.validation,
    title: 'Dữ liệu không hợp lệ',
    status: 400,
    detail: 'Có 1 lỗi trong tham số truy vấn.',
    instance: '/v1/procedures?limit=101',
    errors: [{ field: 'query.limit', message: 'Số mục mỗi trang tối đa 100', code: 'too_big' }],
  },
  401: { type: PROBLEM_TYPES.unauthorized, title: 'Cần khóa API', status: 401, detail: 'Gửi tiêu đề Authorization: Bearer <khóa API>.' },
  403: { type: PROBLEM_TYPES.forbidden, title: 'Không có quyền', status: 403, detail: 'Khóa API không được cấp cho tỉnh của đơn vị 00004.' },
  404: { type: PROBLEM_TYPES.notFound, title: 'Không tìm thấy', status: 404, detail: 'Không có hồ sơ khớp mã hồ sơ và mã xác minh.' },
  409: {
    type: PROBLEM_TYPES.alreadyEvaluated,
    title: 'Hồ sơ đã được đánh giá',
    status: 409,
    detail: 'Mỗi hồ sơ chỉ được đánh giá một lần.',
  },
  413: { type: PROBLEM_TYPES.payloadTooLarge, title: 'Nội dung quá lớn', status: 413, detail: 'Nội dung yêu cầu vượt quá 1 MB.' },
  422: {
    type: PROBLEM_TYPES.validation,
    title: 'Dữ liệu không hợp lệ',
    status: 422,
    detail: 'Có 1 lỗi trong nội dung yêu cầu.',
    errors: [{ field: 'body.answers.feedback', message: 'Invalid input: expected number, received undefined', code: 'invalid_type' }],
  },
  429: { type: PROBLEM_TYPES.rateLimited, title: 'Quá nhiều yêu cầu', status: 429, detail: 'Thử lại sau 60 giây.' },
  503: { type: PROBLEM_TYPES.unavailable, title: 'Dịch vụ tạm thời không sẵn sàng', status: 503 },
};

// ---------------------------------------------------------------------------------------------
// Per operation: request pieces and success responses (errors come from PROBLEM_EXAMPLES)
// ---------------------------------------------------------------------------------------------

export interface RouteExamples {
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Status → example body, for every non-problem response of the route. */
  responses: Readonly<Record<number, unknown>>;
}

const unitList: UnitList = { items: [unitExample], total: 168, page: 1, limit: 20 };
const provinceList: ProvinceList = {
  items: [{ code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', nameEn: 'Hanoi', kind: 'Thành phố' }],
};
const fieldList: FieldList = {
  items: [
    { code: 'ho-tich', name: 'Hộ tịch', procedureCount: 28 },
    { code: 'chung-thuc', name: 'Chứng thực', procedureCount: 12 },
  ],
};
const health: Health = { status: 'ok' };
const ready: Readiness = { status: 'ok', checks: { database: 'ok' } };
const notReady: Readiness = { status: 'unavailable', checks: { database: 'fail' } };
const idempotency = { 'idempotency-key': '7f1c2a9e-5b0d-4c1e-9a57-0e3f6b8d2c41' };

export const ROUTE_EXAMPLES: { readonly [K in OperationId]: RouteExamples } = {
  listUnits: { query: { province: '01', q: 'ba dinh' }, responses: { 200: unitList } },
  getUnit: { params: { code: '00004' }, responses: { 200: unitDetailExample } },
  listProvinces: { responses: { 200: provinceList } },
  listFields: { query: { unit: '00004' }, responses: { 200: fieldList } },
  searchProcedures: { query: { q: 'khai sinh', unit: '00004' }, responses: { 200: procedureSearchResultExample } },
  getProcedure: { params: { code: '1.001193' }, query: { unit: '00004' }, responses: { 200: procedureDetailResponseExample } },
  getUnitStats: { params: { code: '00004' }, responses: { 200: unitStatsExample } },
  getEvaluationCriteria: { responses: { 200: evaluationCriteriaExample } },
  getCalendar: { query: { year: '2026' }, responses: { 200: calendarYearExample } },
  putCalendarYear: { params: { year: '2026' }, body: calendarUpsertExample, responses: { 200: { ...calendarYearExample, province: '80' } } },
  lookupDossier: { body: dossierLookupRequestExample, responses: { 200: dossierViewExample } },
  submitEvaluation: { headers: idempotency, body: evaluationRequestExample, responses: { 201: evaluationResponseExample } },
  submitSurvey: { headers: idempotency, body: surveyRequestExample, responses: { 201: surveyResponseExample } },
  upsertProcedure: {
    params: { code: '1.001193' },
    body: procedureUpsertExample,
    responses: { 200: upsertResultExample, 201: upsertCreatedExample },
  },
  upsertDossier: {
    params: { code: '000.00.06.H56-260302-0017' },
    body: dossierUpsertExample,
    responses: {
      200: { ...upsertResultExample, code: '000.00.06.H56-260302-0017' },
      201: { ...upsertCreatedExample, code: '000.00.06.H56-260302-0017' },
    },
  },
  appendDossierEvent: {
    params: { code: '000.00.06.H56-260302-0017' },
    headers: idempotency,
    body: dossierEventExample,
    responses: { 201: dossierEventResultExample },
  },
  ...FEEDBACK_ROUTE_EXAMPLES,
  listSearchMisses: {
    query: { province: '01', from: '2026-11-01', to: '2026-11-30' },
    responses: {
      200: {
        from: '2026-11-01',
        to: '2026-11-30',
        minAddresses: 3,
        items: [{ unit: '00004', query: 'lam so tam tru cho nguoi nuoc ngoai', count: 7, days: 4, lastDay: '2026-11-28' }],
      },
    },
  },
  listSearchTerms: {
    params: { province: '80' },
    responses: {
      200: {
        items: [
          { id: 'cu-tru-kt3', province: null, kind: 'old-term', from: ['KT3', 'sổ tạm trú'], to: ['tạm trú'], source: 'Luật Cư trú 2020', reason: 'KT3 trước 2021 nay là đăng ký tạm trú.' },
          { id: 'tam-tru-cong-nhan', province: '80', kind: 'local', from: ['khu trọ công nhân'], to: ['tạm trú'], source: 'Phản ánh tại bộ phận một cửa', reason: 'Công nhân khu công nghiệp gọi như vậy.' },
        ],
      },
    },
  },
  upsertSearchTerm: {
    params: { province: '80', id: 'tam-tru-cong-nhan' },
    body: { kind: 'local', from: ['khu trọ công nhân'], to: ['tạm trú'], source: 'Phản ánh tại bộ phận một cửa', reason: 'Công nhân khu công nghiệp gọi như vậy.' },
    responses: {
      200: { id: 'tam-tru-cong-nhan', province: '80', created: false, deleted: false },
      201: { id: 'tam-tru-cong-nhan', province: '80', created: true, deleted: false },
    },
  },
  deleteSearchTerm: {
    params: { province: '80', id: 'tam-tru-cong-nhan' },
    responses: { 200: { id: 'tam-tru-cong-nhan', province: '80', created: false, deleted: true } },
  },
  healthz: { responses: { 200: health } },
  readyz: { responses: { 200: ready, 503: notReady } },
};
