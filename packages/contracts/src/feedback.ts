// Feedback and petitions (phản ánh, kiến nghị — PAKN) on administrative regulations and on the
// ward's service, under Decree 20/2008/NĐ-CP as amended by Decree 92/2017/NĐ-CP (see
// apps/api/seed/SEED-NOTES.md, "Phản ánh, kiến nghị"):
// - anyone may send (Vietnamese citizens, Vietnamese abroad, foreigners, organisations), but the
//   sender must give a name, an address and a phone number (art. 7): anonymous feedback is not
//   taken;
// - complaints (khiếu nại) and denunciations (tố cáo) are out of scope (art. 1) — they follow the
//   Law on Complaints 2011 and the Law on Denunciations 2018;
// - the contact details are personal data (Law 91/2025/QH15 on Personal Data Protection, in force
//   1 January 2026): collected with a notice of purpose and retention and the sender's consent,
//   stored apart from the question, never published; publishing the question (without personal
//   data) is a separate, optional consent.
//
// The citizen follows an item with its code and a verifier (the last 4 digits of the phone they
// gave), as in the dossier tracker.
import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, ProcedureCodeSchema, UnitCodeSchema, paginated, paginationQuery, searchText } from './common.js';
import { DossierCodeSchema, VerifierSchema } from './dossier.js';

import {
  FEEDBACK_ANSWER_MAX,
  FEEDBACK_CONTENT_MAX,
  FEEDBACK_CONTENT_MIN,
  FEEDBACK_PHONE_PATTERN,
  FEEDBACK_TITLE_MAX,
} from './feedback-rules.js';

export * from './feedback-rules.js';

/** phản ánh = something wrong in how a rule is applied or the rule itself; kiến nghị = a proposal. */
export const FeedbackKindSchema = z
  .enum(['feedback', 'proposal'])
  .describe('feedback = phản ánh (vướng mắc, chậm trễ, phiền hà, quy định không phù hợp); proposal = kiến nghị (đề xuất cách xử lý, sáng kiến).');
export type FeedbackKind = z.infer<typeof FeedbackKindSchema>;

export const FEEDBACK_STATUS_IDS = ['received', 'in-progress', 'forwarded', 'answered', 'not-accepted'] as const;
export const FeedbackStatusSchema = z
  .enum(FEEDBACK_STATUS_IDS)
  .describe('received = đã tiếp nhận; in-progress = đang xử lý; forwarded = đã chuyển cơ quan có thẩm quyền; answered = đã trả lời; not-accepted = không tiếp nhận (kèm lý do và nơi gửi đúng).');
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

/** Code of a feedback item: PAKN-{unit}-{yyMMdd}-{NNNN}. Trimmed and upper-cased like dossier codes. */
export const FeedbackCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\s*[Pp][Aa][Kk][Nn]-\d{5}-\d{6}-\d{4}\s*$/, 'Mã phản ánh có dạng PAKN-{mã đơn vị}-{yyMMdd}-{NNNN}, ví dụ PAKN-25459-261204-0001')
  .describe('Mã phản ánh, kiến nghị: PAKN-{mã đơn vị}-{yyMMdd}-{NNNN}.');

const phone = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.()-]/g, ''))
  .pipe(z.string().regex(FEEDBACK_PHONE_PATTERN, 'Số điện thoại gồm 10–11 chữ số, bắt đầu bằng 0 hoặc +84'))
  .describe('Số điện thoại liên hệ (bắt buộc theo Điều 7 Nghị định 20/2008/NĐ-CP); 4 số cuối là mã xác minh khi tra cứu.');

export const FeedbackContactSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200).describe('Họ tên cá nhân hoặc tên tổ chức.'),
    address: z.string().trim().min(5).max(300).describe('Địa chỉ liên hệ.'),
    phone,
    email: z.email().max(200).optional().describe('Thư điện tử (không bắt buộc).'),
  })
  .meta({ id: 'FeedbackContact', description: 'Thông tin liên hệ của người gửi — dữ liệu cá nhân: lưu riêng, không công khai, không ghi nhật ký.' });
export type FeedbackContact = z.output<typeof FeedbackContactSchema>;

export const FeedbackSubjectSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('general') }),
    z.strictObject({ type: z.literal('procedure'), procedure: ProcedureCodeSchema }),
    z.strictObject({ type: z.literal('dossier'), code: DossierCodeSchema, verifier: VerifierSchema.describe('Mã xác minh của hồ sơ (như khi tra cứu).') }),
  ])
  .meta({ id: 'FeedbackSubject', description: 'Nội dung phản ánh về: general = việc phục vụ của đơn vị; procedure = một thủ tục; dossier = một hồ sơ của người gửi (mã hồ sơ + mã xác minh).' });
export type FeedbackSubjectInput = z.input<typeof FeedbackSubjectSchema>;

export const FeedbackConsentSchema = z
  .strictObject({
    personalData: z.literal(true, 'Cần đồng ý cho xử lý thông tin liên hệ để gửi phản ánh, kiến nghị').describe('Đồng ý cho đơn vị xử lý thông tin liên hệ để trả lời (bắt buộc).'),
    publish: z.boolean().describe('Đồng ý công khai câu hỏi và câu trả lời, không kèm thông tin cá nhân (không bắt buộc).'),
  })
  .meta({ id: 'FeedbackConsent', description: 'Hai sự đồng ý riêng biệt theo Luật Bảo vệ dữ liệu cá nhân 2025.' });

export const FeedbackCreateRequestSchema = z
  .strictObject({
    unit: UnitCodeSchema.describe('Đơn vị nhận phản ánh, kiến nghị.'),
    kind: FeedbackKindSchema,
    subject: FeedbackSubjectSchema,
    title: z.string().trim().min(5).max(FEEDBACK_TITLE_MAX).describe(`Tiêu đề (5–${FEEDBACK_TITLE_MAX} ký tự).`),
    content: z.string().trim().min(FEEDBACK_CONTENT_MIN).max(FEEDBACK_CONTENT_MAX).describe(`Nội dung (${FEEDBACK_CONTENT_MIN}–${FEEDBACK_CONTENT_MAX} ký tự).`),
    contact: FeedbackContactSchema,
    consent: FeedbackConsentSchema,
    website: z.string().max(200).optional().describe('Để trống. Ô ẩn chống thư rác: người dùng không thấy; có nội dung thì yêu cầu bị từ chối.'),
  })
  .meta({ id: 'FeedbackCreateRequest', description: 'Gửi phản ánh, kiến nghị (không nhận phản ánh nặc danh; khiếu nại, tố cáo gửi theo Luật Khiếu nại, Luật Tố cáo).' });
export type FeedbackCreateRequest = z.output<typeof FeedbackCreateRequestSchema>;
export type FeedbackCreateRequestInput = z.input<typeof FeedbackCreateRequestSchema>;

export const FeedbackReceiptSchema = z
  .object({
    code: z.string().describe('Mã phản ánh để theo dõi.'),
    unit: UnitCodeSchema,
    status: FeedbackStatusSchema,
    receivedAt: IsoDateTimeSchema,
    dueDate: IsoDateSchema.describe('Hạn trả lời (ngày làm việc theo lịch làm việc của tỉnh).'),
    verifierHint: z.string().describe('Mã xác minh để tra cứu: 4 số cuối số điện thoại đã khai.'),
  })
  .meta({ id: 'FeedbackReceipt', description: 'Giấy biên nhận phản ánh, kiến nghị.' });
export type FeedbackReceipt = z.infer<typeof FeedbackReceiptSchema>;

export const FeedbackLookupRequestSchema = z
  .strictObject({ code: FeedbackCodeSchema, verifier: VerifierSchema.describe('4 số cuối số điện thoại đã khai khi gửi.') })
  .meta({ id: 'FeedbackLookupRequest', description: 'Theo dõi phản ánh, kiến nghị bằng mã và mã xác minh.' });
export type FeedbackLookupRequestInput = z.input<typeof FeedbackLookupRequestSchema>;

const SubjectViewSchema = z
  .object({
    type: z.enum(['general', 'procedure', 'dossier']),
    procedure: z.object({ code: z.string(), name: z.string() }).nullable().describe('Thủ tục (khi type = procedure).'),
    dossierCode: z.string().nullable().describe('Mã hồ sơ (khi type = dossier; chỉ người gửi thấy).'),
  })
  .meta({ id: 'FeedbackSubjectView', description: 'Nội dung phản ánh về điều gì.' });

export const FeedbackHistoryEntrySchema = z
  .object({
    at: IsoDateTimeSchema,
    status: FeedbackStatusSchema,
    note: z.string().nullable().describe('Ghi chú của đơn vị (cơ quan được chuyển đến, lý do…).'),
  })
  .meta({ id: 'FeedbackHistoryEntry', description: 'Một bước xử lý.' });

export const FeedbackViewSchema = z
  .object({
    code: z.string(),
    unit: z.object({ code: UnitCodeSchema, name: z.string() }),
    kind: FeedbackKindSchema,
    subject: SubjectViewSchema,
    title: z.string(),
    content: z.string(),
    status: FeedbackStatusSchema,
    receivedAt: IsoDateTimeSchema,
    dueDate: IsoDateSchema.describe('Hạn trả lời (ngày làm việc).'),
    workingDaysLeft: z.number().int().nullable().describe('Số ngày làm việc còn lại đến hạn (âm khi quá hạn); null khi đã trả lời hoặc không tiếp nhận.'),
    overdue: z.boolean().describe('Quá hạn mà chưa trả lời, hoặc trả lời sau hạn.'),
    forwardedTo: z.string().nullable().describe('Cơ quan có thẩm quyền được chuyển đến (khi forwarded).'),
    answer: z
      .object({
        text: z.string(),
        by: z.string().describe('Người/cơ quan trả lời.'),
        at: IsoDateTimeSchema,
        workingDaysTaken: z.number().int().min(0),
        onTime: z.boolean(),
      })
      .nullable(),
    refusal: z
      .object({ reason: z.string(), redirectTo: z.string().describe('Nơi gửi đúng (cơ quan, thủ tục khiếu nại/tố cáo…).'), at: IsoDateTimeSchema })
      .nullable(),
    resolution: z
      .object({ resolved: z.boolean(), at: IsoDateTimeSchema })
      .nullable()
      .describe('Ý kiến của người gửi sau khi nhận trả lời: đã giải quyết được vấn đề hay chưa.'),
    reopened: z.number().int().min(0).describe('Số lần mở lại do người gửi cho biết vấn đề chưa được giải quyết.'),
    publishConsent: z.boolean(),
    history: z.array(FeedbackHistoryEntrySchema),
  })
  .meta({ id: 'FeedbackView', description: 'Phản ánh, kiến nghị như người gửi thấy (không kèm thông tin liên hệ).' });
export type FeedbackView = z.infer<typeof FeedbackViewSchema>;

export const FeedbackResolutionRequestSchema = z
  .strictObject({
    code: FeedbackCodeSchema,
    verifier: VerifierSchema,
    resolved: z.boolean().describe('true: câu trả lời đã giải quyết được vấn đề; false: chưa — phản ánh được mở lại và đơn vị phải trả lời lại.'),
  })
  .meta({ id: 'FeedbackResolutionRequest', description: 'Người gửi cho biết câu trả lời đã giải quyết được vấn đề hay chưa.' });
export type FeedbackResolutionRequestInput = z.input<typeof FeedbackResolutionRequestSchema>;

export const PublicFeedbackSchema = z
  .object({
    code: z.string(),
    kind: FeedbackKindSchema,
    procedure: z.object({ code: z.string(), name: z.string() }).nullable(),
    title: z.string(),
    question: z.string().describe('Câu hỏi đã bỏ thông tin cá nhân.'),
    answer: z.string(),
    answeredBy: z.string(),
    askedAt: IsoDateTimeSchema,
    answeredAt: IsoDateTimeSchema,
    workingDaysTaken: z.number().int().min(0),
    onTime: z.boolean(),
  })
  .meta({ id: 'PublicFeedback', description: 'Một câu hỏi đã trả lời, công khai theo sự đồng ý của người gửi, không kèm thông tin cá nhân.' });
export type PublicFeedback = z.infer<typeof PublicFeedbackSchema>;

export const PublicFeedbackListSchema = paginated(PublicFeedbackSchema).meta({ id: 'PublicFeedbackList', description: 'Các câu hỏi đã trả lời của đơn vị, mới trước.' });
export type PublicFeedbackList = z.infer<typeof PublicFeedbackListSchema>;

export const PublicFeedbackQuerySchema = z.object({
  q: searchText(200).describe('Tìm trong tiêu đề, câu hỏi, câu trả lời (có dấu hoặc không dấu).'),
  ...paginationQuery,
});

export const FeedbackPathParamsSchema = z.object({ code: FeedbackCodeSchema });

// ---------------------------------------------------------------------------------------------
// Admin (the province's one-stop/PAKN system, API key)
// ---------------------------------------------------------------------------------------------

export const FeedbackActionSchema = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('accept'), note: z.string().trim().max(1000).optional() }),
    z.strictObject({
      action: z.literal('forward'),
      agency: z.string().trim().min(3).max(300).describe('Cơ quan có thẩm quyền được chuyển đến (ghi rõ tên).'),
      note: z.string().trim().max(1000).optional(),
    }),
    z.strictObject({
      action: z.literal('answer'),
      answer: z.string().trim().min(10).max(FEEDBACK_ANSWER_MAX),
      by: z.string().trim().min(3).max(300).describe('Người/cơ quan trả lời.'),
      publishedQuestion: z
        .string()
        .trim()
        .min(10)
        .max(FEEDBACK_CONTENT_MAX)
        .optional()
        .describe('Câu hỏi đã bỏ thông tin cá nhân để công khai (mặc định: nội dung người gửi viết).'),
    }),
    z.strictObject({
      action: z.literal('refuse'),
      reason: z.string().trim().min(10).max(2000).describe('Lý do không tiếp nhận.'),
      redirectTo: z.string().trim().min(5).max(1000).describe('Nơi gửi đúng, ví dụ "Khiếu nại: gửi Chủ tịch UBND phường theo Luật Khiếu nại 2011".'),
    }),
  ])
  .meta({ id: 'FeedbackAction', description: 'Một bước xử lý: accept (đang xử lý), forward (chuyển cơ quan có thẩm quyền), answer (trả lời), refuse (không tiếp nhận).' });
export type FeedbackAction = z.output<typeof FeedbackActionSchema>;
export type FeedbackActionInput = z.input<typeof FeedbackActionSchema>;

export const AdminFeedbackSchema = z
  .object({
    item: FeedbackViewSchema,
    contact: z.object({ name: z.string(), address: z.string(), phone: z.string(), email: z.string().nullable() }).nullable().describe('null sau khi hết thời hạn lưu.'),
  })
  .meta({ id: 'AdminFeedback', description: 'Phản ánh kèm thông tin liên hệ (chỉ khóa API có quyền với đơn vị).' });
export type AdminFeedback = z.infer<typeof AdminFeedbackSchema>;

export const AdminFeedbackListQuerySchema = z.object({
  unit: UnitCodeSchema.optional(),
  status: FeedbackStatusSchema.optional(),
  notResolved: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: chỉ những phản ánh người gửi cho biết chưa được giải quyết.'),
  ...paginationQuery,
});

export const AdminFeedbackListSchema = paginated(AdminFeedbackSchema).meta({ id: 'AdminFeedbackList', description: 'Phản ánh trong phạm vi của khóa, mới trước.' });
export type AdminFeedbackList = z.infer<typeof AdminFeedbackListSchema>;
