// Procedures (thủ tục hành chính) as published in the national catalog, in the shape agreed in
// docs/procedure-shape.md. Field names are part of the contract: the seed data, the server and
// the widgets all use them, so rename nothing without updating that document.
import * as z from 'zod';
import { DueIfFiledNowSchema } from './calendar-api.js';
import {
  ChannelSchema,
  FieldCodeSchema,
  IsoDateSchema,
  ProcedureCodeSchema,
  ProvinceCodeSchema,
  SlugIdSchema,
  UnitCodeSchema,
  paginated,
  paginationQuery,
  searchText,
} from './common.js';
import { UnitDetailSchema } from './unit.js';

// ---------------------------------------------------------------------------------------------
// Fields (lĩnh vực)
// ---------------------------------------------------------------------------------------------

export const FieldRefSchema = z
  .object({
    code: FieldCodeSchema,
    name: z.string().min(1).describe('Tên lĩnh vực, ví dụ "Hộ tịch".'),
  })
  .meta({ id: 'FieldRef', description: 'Lĩnh vực của thủ tục.' });
export type FieldRef = z.infer<typeof FieldRefSchema>;

export const FieldSchema = FieldRefSchema.extend({
  procedureCount: z.number().int().min(0).describe('Số thủ tục thuộc lĩnh vực (trong đơn vị nếu có tham số unit).'),
}).meta({ id: 'Field', description: 'Lĩnh vực kèm số thủ tục.' });
export type Field = z.infer<typeof FieldSchema>;

export const FieldListQuerySchema = z.object({
  unit: UnitCodeSchema.optional().describe('Chỉ đếm thủ tục được thực hiện tại đơn vị này.'),
});
export type FieldListQuery = z.infer<typeof FieldListQuerySchema>;

export const FieldListSchema = z
  .object({ items: z.array(FieldSchema) })
  .meta({ id: 'FieldList', description: 'Các lĩnh vực có thủ tục.' });
export type FieldList = z.infer<typeof FieldListSchema>;

// ---------------------------------------------------------------------------------------------
// Procedure detail
// ---------------------------------------------------------------------------------------------

export const ProcedureLevelSchema = z
  .enum(['commune', 'commune-police', 'province'])
  .describe('Cấp thực hiện: commune = UBND cấp xã, commune-police = Công an cấp xã, province = cấp tỉnh.');
export type ProcedureLevel = z.infer<typeof ProcedureLevelSchema>;

export const OnlineServiceSchema = z
  .enum(['full', 'partial', 'none'])
  .describe('Dịch vụ công trực tuyến (Nghị định 42/2022/NĐ-CP): full = toàn trình, partial = một phần, none = không có.');
export type OnlineService = z.infer<typeof OnlineServiceSchema>;

export const TimeLimitUnitSchema = z.enum(['working-days', 'working-hours', 'days']).describe('Đơn vị thời hạn: ngày làm việc, giờ làm việc hoặc ngày (lịch).');

export const TimeLimitSchema = z
  .object({
    value: z.number().min(0).nullable().describe('Thời hạn giải quyết; 0 = trong ngày; null = không quy định/không xác định được.'),
    unit: TimeLimitUnitSchema,
    text: z.string().describe('Thời hạn bằng lời, như trong danh mục, ví dụ "Ngay trong ngày làm việc; sau 15 giờ thì trả trong ngày làm việc tiếp theo".'),
    sameDayCutoff: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ có dạng HH:MM')
      .nullable()
      .describe('Với thủ tục trả trong ngày: hồ sơ nhận sau giờ này được tính từ ngày làm việc tiếp theo, ví dụ "15:00".'),
    maxWithVerification: z.number().min(0).nullable().describe('Thời hạn tối đa khi cần xác minh (cùng đơn vị), nếu có.'),
  })
  // "Same day" is 0: a cut-off only makes sense for a same-day time limit (issue 12: same-day
  // procedures stored as 1 showed the next working day to citizens).
  .refine((t) => t.sameDayCutoff === null || t.value === 0 || t.value === null, {
    message: 'Thủ tục trả trong ngày (có sameDayCutoff) phải có value = 0 (0 = trong ngày)',
    path: ['value'],
  })
  .meta({ id: 'TimeLimit', description: 'Thời hạn giải quyết của một cách thức thực hiện.' });
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

export const FeeSchema = z
  .object({
    amount: z.number().int().min(0).nullable().describe('Phí, lệ phí (đồng); 0 = miễn phí; null = thay đổi theo trường hợp hoặc do tỉnh quy định.'),
    text: z.string().describe('Phí, lệ phí bằng lời, như trong danh mục.'),
  })
  .meta({ id: 'Fee', description: 'Phí, lệ phí.' });
export type Fee = z.infer<typeof FeeSchema>;

export const ProcedureChannelSchema = z
  .object({
    channel: ChannelSchema,
    timeLimit: TimeLimitSchema,
    fee: FeeSchema,
    description: z.string().describe('Mô tả cách thức (ví dụ nộp qua Cổng Dịch vụ công quốc gia).'),
  })
  .meta({ id: 'ProcedureChannel', description: 'Một cách thức thực hiện với thời hạn và phí riêng.' });
export type ProcedureChannel = z.infer<typeof ProcedureChannelSchema>;

export const ProcedureStepSchema = z
  .object({
    order: z.number().int().min(1).describe('Thứ tự bước (từ 1).'),
    title: z.string().min(1),
    description: z.string(),
  })
  .meta({ id: 'ProcedureStep', description: 'Một bước của trình tự thực hiện.' });
export type ProcedureStep = z.infer<typeof ProcedureStepSchema>;

export const FormTemplateSchema = z
  .object({
    code: z.string().describe('Mã mẫu đơn, tờ khai, ví dụ "Mẫu CT01".'),
    name: z.string().min(1),
    url: z.string().describe('Địa chỉ tải mẫu (URL tuyệt đối).'),
  })
  .meta({ id: 'FormTemplate', description: 'Mẫu đơn, tờ khai đính kèm.' });
export type FormTemplate = z.infer<typeof FormTemplateSchema>;

export const ReusableDataSourceSchema = z
  .enum(['population', 'civil-status', 'social-insurance', 'land', 'business'])
  .describe('CSDL quốc gia có sẵn dữ liệu: population = dân cư (VNeID), civil-status = hộ tịch, social-insurance = bảo hiểm, land = đất đai, business = đăng ký doanh nghiệp.');

export const ReusableDataSchema = z
  .object({
    source: ReusableDataSourceSchema,
    note: z.string().describe('Điều kiện khai thác thay cho giấy tờ.'),
  })
  .meta({ id: 'ReusableData', description: 'Thành phần có thể thay bằng khai thác dữ liệu sẵn có.' });

export const DossierComponentSchema = z
  .object({
    id: SlugIdSchema.describe('Mã thành phần, duy nhất trong thủ tục.'),
    name: z.string().min(1).describe('Tên giấy tờ.'),
    description: z.string(),
    originals: z.number().int().min(0).describe('Số bản chính.'),
    copies: z.number().int().min(0).describe('Số bản sao.'),
    required: z.boolean().describe('false = chỉ nộp khi thuộc trường hợp ("nếu có").'),
    form: FormTemplateSchema.nullable(),
    electronicForm: z.boolean().describe('Có biểu mẫu điện tử tương tác.'),
    reusableData: ReusableDataSchema.nullable(),
  })
  .meta({ id: 'DossierComponent', description: 'Một thành phần hồ sơ. Cán bộ chỉ được yêu cầu các thành phần đã công bố.' });
export type DossierComponent = z.infer<typeof DossierComponentSchema>;

export const ProcedureCaseSchema = z
  .object({
    id: SlugIdSchema.describe('Mã trường hợp, duy nhất trong thủ tục.'),
    name: z.string().min(1),
    description: z.string(),
    components: z.array(DossierComponentSchema),
  })
  .meta({ id: 'ProcedureCase', description: 'Trường hợp (một trường hợp duy nhất khi thành phần không khác nhau).' });
export type ProcedureCase = z.infer<typeof ProcedureCaseSchema>;

export const LegalBasisSchema = z
  .object({
    number: z.string().min(1).describe('Số hiệu văn bản, ví dụ "123/2015/NĐ-CP".'),
    title: z.string(),
    issuer: z.string().describe('Cơ quan ban hành.'),
    issuedOn: IsoDateSchema.nullable(),
  })
  .meta({ id: 'LegalBasis', description: 'Một văn bản trong căn cứ pháp lý.' });
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const ProcedureDetailSchema = z
  .object({
    code: ProcedureCodeSchema,
    name: z.string().min(1).describe('Tên thủ tục chính thức.'),
    aliases: z.array(z.string().min(1)).describe('Tên thường gọi/tên cũ người dân hay gõ, ví dụ "làm giấy khai sinh".'),
    field: FieldRefSchema,
    level: ProcedureLevelSchema,
    kind: z.string().describe('Loại thủ tục, ví dụ "TTHC được luật giao quy định chi tiết".'),
    decisionNumber: z.string().describe('Quyết định công bố, ví dụ "1085/QĐ-BTP".'),
    implementingAgency: z.string().describe('Cơ quan thực hiện.'),
    competentAgency: z.string().describe('Cơ quan có thẩm quyền.'),
    coordinatingAgencies: z.array(z.string()).describe('Cơ quan phối hợp.'),
    whereToSubmit: z.string().describe('Địa chỉ tiếp nhận hồ sơ.'),
    steps: z.array(ProcedureStepSchema).describe('Trình tự thực hiện.'),
    channels: z.array(ProcedureChannelSchema).describe('Cách thức thực hiện, mỗi cách một dòng.'),
    applicants: z.array(z.string()).describe('Đối tượng thực hiện.'),
    result: z.array(z.string()).describe('Kết quả thực hiện.'),
    cases: z.array(ProcedureCaseSchema).describe('Thành phần hồ sơ theo trường hợp.'),
    legalBasis: z.array(LegalBasisSchema).describe('Căn cứ pháp lý.'),
    requirements: z.array(z.string()).describe('Yêu cầu, điều kiện.'),
    onlineService: OnlineServiceSchema,
    nationalPortalUrl: z.url().nullable().describe('Liên kết trên Cổng Dịch vụ công quốc gia.'),
  })
  .meta({ id: 'ProcedureDetail', description: 'Thủ tục hành chính đầy đủ như trong danh mục quốc gia.' });
export type ProcedureDetail = z.infer<typeof ProcedureDetailSchema>;

/**
 * GET /v1/procedures/{code}: the procedure, plus the unit (with its address) when `?unit=` was
 * given, so a commune page can say where to go without a second request.
 */
// An intersection rather than .extend() so the document shows `allOf: [ProcedureDetail, …]`
// instead of a second full copy of the procedure.
export const ProcedureDetailResponseSchema = z
  .intersection(
    ProcedureDetailSchema,
    z.object({
      unit: UnitDetailSchema.nullable().describe('Đơn vị được hỏi qua tham số unit (kèm địa chỉ); null khi không có tham số.'),
      due: DueIfFiledNowSchema.optional().describe('Ngày hẹn trả dự kiến nếu nộp ngay, theo lịch làm việc (của tỉnh nếu hỏi theo đơn vị).'),
    }),
  )
  .meta({ id: 'ProcedureDetailResponse', description: 'Thủ tục kèm đơn vị thực hiện (nếu hỏi theo đơn vị).' });
export type ProcedureDetailResponse = z.infer<typeof ProcedureDetailResponseSchema>;

export const ProcedureDetailQuerySchema = z.object({
  unit: UnitCodeSchema.optional().describe('Đơn vị cấp xã đang xem; câu trả lời kèm địa chỉ của đơn vị.'),
});
export type ProcedureDetailQuery = z.infer<typeof ProcedureDetailQuerySchema>;

export const ProcedurePathParamsSchema = z.object({ code: ProcedureCodeSchema });

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

export const ProcedureSummarySchema = z
  .object({
    code: ProcedureCodeSchema,
    name: z.string().min(1),
    field: FieldRefSchema,
    level: ProcedureLevelSchema,
    onlineService: OnlineServiceSchema,
    timeLimitText: z.string().describe('Thời hạn của cách thức nhanh nhất, bằng lời.'),
    feeText: z.string().describe('Phí, lệ phí khi nộp trực tiếp, bằng lời.'),
    feeAmount: z.number().int().min(0).nullable().describe('Phí khi nộp trực tiếp (đồng); null = thay đổi.'),
    nameEn: z.string().optional().describe('Unofficial English translation of the name, shown beside the official Vietnamese one; only with lang=en.'),
    score: z.number().optional().describe('Độ khớp với từ khóa tìm kiếm (càng lớn càng khớp); chỉ có khi tìm theo q.'),
  })
  .meta({ id: 'ProcedureSummary', description: 'Thủ tục trong kết quả tìm kiếm.' });
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;

export const OnlineFilterSchema = z
  .enum(['full', 'partial', 'any'])
  .describe('Lọc dịch vụ trực tuyến: full = toàn trình, partial = một phần, any = toàn trình hoặc một phần.');

export const ProcedureSearchQuerySchema = z.object({
  q: searchText(200).describe('Từ khóa: tên, tên thường gọi hoặc mã thủ tục; có dấu hoặc không dấu. Chuỗi rỗng = không lọc.'),
  unit: UnitCodeSchema.optional().describe('Chỉ thủ tục thực hiện tại đơn vị này.'),
  province: ProvinceCodeSchema.optional().describe('Chỉ thủ tục thực hiện tại tỉnh này.'),
  field: FieldCodeSchema.optional(),
  level: ProcedureLevelSchema.optional(),
  online: OnlineFilterSchema.optional(),
  lang: z
    .enum(['vi', 'en'])
    .optional()
    .describe('Ngôn ngữ của trang hỏi: en tìm cả tên tiếng Anh (bản dịch không chính thức) và trả nameEn. Không có: theo Accept-Language, mặc định vi.'),
  ...paginationQuery,
});
export type ProcedureSearchQuery = z.infer<typeof ProcedureSearchQuerySchema>;
export type ProcedureSearchQueryInput = z.input<typeof ProcedureSearchQuerySchema>;

export const ProcedureSearchResultSchema = paginated(ProcedureSummarySchema).meta({
  id: 'ProcedureSearchResult',
  description: 'Một trang kết quả tìm thủ tục.',
});
export type ProcedureSearchResult = z.infer<typeof ProcedureSearchResultSchema>;
