// A dossier (hồ sơ) as a citizen may see it after proving they own it. Holding only the code
// reveals nothing: lookup needs the code plus a 4-digit verifier, and even then the applicant's
// name is masked.
import * as z from 'zod';
import { ChannelSchema, IsoDateTimeSchema, ProcedureCodeSchema } from './common.js';
import { UnitRefSchema } from './unit.js';

// ---------------------------------------------------------------------------------------------
// Statuses: the ten statuses synchronised with the national portal. Ids are stable English slugs;
// `number` is the national status number; reports count 5, 6 and 8 as paused.
// ---------------------------------------------------------------------------------------------

export const DOSSIER_STATUS_IDS = [
  'submitted',
  'accepted',
  'not-accepted',
  'in-progress',
  'supplement-requested',
  'financial-obligation',
  'withdrawn',
  'stopped',
  'resolved',
  'result-returned',
] as const;

export const DossierStatusIdSchema = z
  .enum(DOSSIER_STATUS_IDS)
  .describe('Trạng thái hồ sơ (mã ổn định) theo 10 trạng thái đồng bộ với Cổng DVC quốc gia.');
export type DossierStatusId = z.infer<typeof DossierStatusIdSchema>;

export type DossierStatusNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export interface DossierStatusInfo {
  id: DossierStatusId;
  number: DossierStatusNumber;
  paused: boolean;
  /** true once nothing will change any more (not accepted, withdrawn, result returned). */
  final: boolean;
  label: { vi: string; en: string };
}

export const DOSSIER_STATUSES: readonly DossierStatusInfo[] = [
  { id: 'submitted', number: 1, paused: false, final: false, label: { vi: 'Mới đăng ký', en: 'Submitted' } },
  { id: 'accepted', number: 2, paused: false, final: false, label: { vi: 'Được tiếp nhận', en: 'Accepted' } },
  { id: 'not-accepted', number: 3, paused: false, final: true, label: { vi: 'Không được tiếp nhận', en: 'Not accepted' } },
  { id: 'in-progress', number: 4, paused: false, final: false, label: { vi: 'Đang xử lý', en: 'In progress' } },
  { id: 'supplement-requested', number: 5, paused: true, final: false, label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional documents requested' } },
  { id: 'financial-obligation', number: 6, paused: true, final: false, label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment of fees or taxes requested' } },
  { id: 'withdrawn', number: 7, paused: false, final: true, label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn at the applicant’s request' } },
  { id: 'stopped', number: 8, paused: true, final: false, label: { vi: 'Dừng xử lý', en: 'Processing stopped' } },
  { id: 'resolved', number: 9, paused: false, final: false, label: { vi: 'Đã xử lý xong', en: 'Resolved' } },
  { id: 'result-returned', number: 10, paused: false, final: true, label: { vi: 'Đã trả kết quả', en: 'Result returned' } },
];

/** Lookup by id; every id is present, so the result is never undefined. */
export function dossierStatusInfo(id: DossierStatusId): DossierStatusInfo {
  return DOSSIER_STATUSES.find((s) => s.id === id)!;
}

/** Builds the `status` object of a dossier view from its id, deriving number and paused. */
export function dossierStatusView(id: DossierStatusId): DossierStatus {
  const info = dossierStatusInfo(id);
  return { id: info.id, number: info.number, paused: info.paused };
}

export const DossierStatusSchema = z
  .object({
    id: DossierStatusIdSchema,
    number: z.number().int().min(1).max(10).describe('Số trạng thái quốc gia (1–10).'),
    paused: z.boolean().describe('Tạm dừng (trạng thái 5, 6, 8): thời hạn không chạy.'),
  })
  .meta({ id: 'DossierStatus', description: 'Trạng thái hồ sơ.' });
export type DossierStatus = z.infer<typeof DossierStatusSchema>;

// ---------------------------------------------------------------------------------------------
// Codes and lookup
// ---------------------------------------------------------------------------------------------

/**
 * Dossier code `{agency}-{yyMMdd}-{NNNN}`, e.g. `000.00.06.H56-231027-0361`. The agency part
 * differs between provinces, so it is only loosely checked; input is trimmed and upper-cased
 * because people copy codes from SMS and paper receipts.
 */
export const DossierCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    // Surrounding spaces and lower case are accepted (trimmed and upper-cased above); the
    // pattern says so too, so the JSON Schema in the document accepts what the server accepts.
    /^\s*[0-9A-Za-z][0-9A-Za-z._-]{0,39}-\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-\d{4}\s*$/,
    'Mã hồ sơ có dạng {mã cơ quan}-{yyMMdd}-{NNNN}, ví dụ 000.00.06.H56-231027-0361',
  )
  .describe('Mã hồ sơ {mã cơ quan}-{yyMMdd}-{NNNN}, ví dụ "000.00.06.H56-231027-0361" (không phân biệt hoa thường).');
export type DossierCode = z.output<typeof DossierCodeSchema>;

/** 4 digits the owner knows: last 4 of their ID number or of the phone number on the receipt. */
export const VerifierSchema = z
  .string()
  .regex(/^\d{4}$/, 'Mã xác minh gồm đúng 4 chữ số')
  .describe('4 số cuối số định danh cá nhân (in trên thẻ căn cước, Luật Căn cước 2023) hoặc 4 số cuối số điện thoại đã khai khi nộp hồ sơ.');

export const DossierLookupRequestSchema = z
  .strictObject({ code: DossierCodeSchema, verifier: VerifierSchema })
  .meta({ id: 'DossierLookupRequest', description: 'Tra cứu hồ sơ bằng mã hồ sơ và mã xác minh.' });
export type DossierLookupRequest = z.output<typeof DossierLookupRequestSchema>;
export type DossierLookupRequestInput = z.input<typeof DossierLookupRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Documents issued along the way
// ---------------------------------------------------------------------------------------------

export const ApologySchema = z
  .object({
    issuedAt: IsoDateTimeSchema,
    newAppointmentDate: IsoDateTimeSchema.describe('Ngày hẹn trả kết quả mới.'),
    reason: z.string().describe('Lý do chậm.'),
  })
  .meta({ id: 'Apology', description: 'Thư xin lỗi và hẹn lại ngày trả kết quả (bắt buộc khi trễ hạn).' });
export type Apology = z.infer<typeof ApologySchema>;

export const SupplementRequestSchema = z
  .object({
    requestedAt: IsoDateTimeSchema,
    items: z.array(z.string().min(1)).min(1).describe('Giấy tờ cần bổ sung, chỉ trong số thành phần đã công bố.'),
    note: z.string().describe('Hướng dẫn thêm; chuỗi rỗng khi không có.'),
  })
  .meta({ id: 'SupplementRequest', description: 'Yêu cầu bổ sung, hoàn thiện hồ sơ.' });
export type SupplementRequest = z.infer<typeof SupplementRequestSchema>;

export const FinancialObligationSchema = z
  .object({
    amount: z.number().int().min(0).describe('Số tiền (đồng).'),
    description: z.string().describe('Khoản phải nộp, ví dụ "Lệ phí đăng ký thường trú".'),
    dueDate: IsoDateTimeSchema.nullable().describe('Hạn nộp, nếu có.'),
  })
  .meta({ id: 'FinancialObligation', description: 'Yêu cầu thực hiện nghĩa vụ tài chính.' });
export type FinancialObligation = z.infer<typeof FinancialObligationSchema>;

export const ResultDeliverySchema = z
  .object({
    method: z.enum(['desk', 'postal']).describe('desk = nhận tại Bộ phận Một cửa, postal = qua bưu chính công ích.'),
    address: z.string().optional().describe('Địa chỉ nhận (chỉ với postal); máy chủ có thể rút gọn đến cấp xã.'),
    trackingNumber: z.string().optional().describe('Mã vận đơn bưu chính.'),
    readyAt: IsoDateTimeSchema.optional().describe('Thời điểm kết quả sẵn sàng để nhận/gửi.'),
  })
  .meta({ id: 'ResultDelivery', description: 'Cách nhận kết quả.' });
export type ResultDelivery = z.infer<typeof ResultDeliverySchema>;

// ---------------------------------------------------------------------------------------------
// Timeline: rows of the process-control slip (phiếu kiểm soát quá trình)
// ---------------------------------------------------------------------------------------------

export const PunctualitySchema = z.enum(['early', 'on-time', 'late']).describe('Bước được xử lý trước hạn, đúng hạn hay trễ hạn.');
export type Punctuality = z.infer<typeof PunctualitySchema>;

export const TimelineEntrySchema = z
  .object({
    fromStep: z.string().min(1).describe('Bước giao, ví dụ "Tiếp nhận hồ sơ".'),
    fromUnit: z.string().min(1).describe('Bộ phận giao, ví dụ "Bộ phận Một cửa".'),
    toStep: z.string().min(1).describe('Bước nhận, ví dụ "Thẩm định".'),
    toUnit: z.string().min(1).describe('Bộ phận nhận, ví dụ "Công chức Tư pháp - Hộ tịch".'),
    handler: z.string().min(1).describe('Vai trò người xử lý (không ghi họ tên), ví dụ "Công chức tiếp nhận".'),
    at: IsoDateTimeSchema.describe('Thời điểm giao.'),
    deadline: IsoDateTimeSchema.nullable().describe('Hạn của bước; null khi không quy định.'),
    punctuality: PunctualitySchema,
  })
  .meta({ id: 'TimelineEntry', description: 'Một dòng của phiếu kiểm soát quá trình.' });
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

// ---------------------------------------------------------------------------------------------
// The view returned by POST /v1/dossiers/lookup
// ---------------------------------------------------------------------------------------------

export const DossierViewSchema = z
  .object({
    code: DossierCodeSchema,
    status: DossierStatusSchema,
    procedure: z.object({ code: ProcedureCodeSchema, name: z.string().min(1) }).describe('Thủ tục của hồ sơ.'),
    unit: UnitRefSchema.describe('Đơn vị tiếp nhận.'),
    channel: ChannelSchema.describe('Cách thức nộp hồ sơ.'),
    currentStep: z.string().nullable().describe('Bước đang xử lý; null khi đã kết thúc.'),
    receivedAt: IsoDateTimeSchema.describe('Thời điểm tiếp nhận.'),
    appointmentDate: IsoDateTimeSchema.nullable().describe('Ngày hẹn trả kết quả (đã tính lại theo thư xin lỗi nếu có); null khi chưa tiếp nhận.'),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .describe('Số ngày làm việc còn lại đến ngày hẹn; âm = quá hạn; null khi đã xử lý xong hoặc không có hẹn.'),
    overdueBy: z.number().int().min(0).nullable().describe('Số ngày làm việc trễ hạn (0 = không trễ); null khi không có hẹn.'),
    apology: ApologySchema.nullable(),
    supplementRequest: SupplementRequestSchema.nullable(),
    financialObligation: FinancialObligationSchema.nullable(),
    resultDelivery: ResultDeliverySchema,
    timeline: z.array(TimelineEntrySchema).describe('Phiếu kiểm soát quá trình, cũ trước mới sau.'),
    applicantNameMasked: z.string().describe('Tên người nộp đã che, ví dụ "N*** V** A".'),
    canEvaluate: z.boolean().describe('Người dân có thể đánh giá hồ sơ này (đã xử lý xong và chưa đánh giá).'),
    evaluated: z.boolean().describe('Đã có đánh giá cho hồ sơ này.'),
    updatedAt: IsoDateTimeSchema.describe('Lần cập nhật cuối.'),
  })
  .meta({ id: 'DossierView', description: 'Tình trạng hồ sơ cho người nộp (không có dữ liệu cá nhân ngoài tên đã che).' });
export type DossierView = z.infer<typeof DossierViewSchema>;

/**
 * Masks a full name word by word, keeping only each word's initial: "Nguyễn Văn An" →
 * "N***** V** A*". Servers call this before answering; the full name never leaves the server.
 */
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const chars = Array.from(word.normalize('NFC'));
      return chars[0]!.toLocaleUpperCase('vi') + '*'.repeat(chars.length - 1);
    })
    .join(' ');
}

export const DossierPathParamsSchema = z.object({ code: DossierCodeSchema });

