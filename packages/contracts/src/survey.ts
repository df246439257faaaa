// General satisfaction survey (SIPAS, Ministry of Home Affairs): five factors on a five-point
// scale, anonymous, tied to a unit rather than to a dossier.
import * as z from 'zod';
import { IsoDateTimeSchema, type LocalizedText, UnitCodeSchema } from './common.js';

export const SIPAS_FACTORS = [
  { id: 'access', label: { vi: 'Tiếp cận dịch vụ', en: 'Access to the service' } },
  { id: 'procedure', label: { vi: 'Thủ tục hành chính', en: 'The administrative procedure' } },
  { id: 'official', label: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'The official who handled it' } },
  { id: 'result', label: { vi: 'Kết quả giải quyết', en: 'The result' } },
  { id: 'feedback', label: { vi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', en: 'How feedback and complaints are received and handled' } },
] as const satisfies readonly { id: string; label: Required<LocalizedText> }[];

export type SipasFactorId = (typeof SIPAS_FACTORS)[number]['id'];
export const SIPAS_FACTOR_IDS = SIPAS_FACTORS.map((f) => f.id) as SipasFactorId[];

/** Five-point scale, lowest first as ministry forms print it. */
export const SIPAS_SCALE = [
  { value: 1, label: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' } },
  { value: 2, label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
  { value: 3, label: { vi: 'Bình thường', en: 'Neutral' } },
  { value: 4, label: { vi: 'Hài lòng', en: 'Satisfied' } },
  { value: 5, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
] as const satisfies readonly { value: number; label: Required<LocalizedText> }[];

export const SipasRatingSchema = z.number().int().min(1).max(5).describe('1 = Rất không hài lòng … 5 = Rất hài lòng.');
export type SipasRating = 1 | 2 | 3 | 4 | 5;

export const SURVEY_COMMENT_MAX = 2000;

const answerShape = Object.fromEntries(SIPAS_FACTORS.map((f) => [f.id, SipasRatingSchema.describe(f.label.vi)])) as Record<
  SipasFactorId,
  typeof SipasRatingSchema
>;

export const SurveyAnswersSchema = z
  .strictObject(answerShape)
  .meta({ id: 'SurveyAnswers', description: 'Điểm 1–5 cho cả năm yếu tố SIPAS (bắt buộc đủ năm).' });
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

export const SurveyRequestSchema = z
  .strictObject({
    unit: UnitCodeSchema.describe('Đơn vị được đánh giá.'),
    answers: SurveyAnswersSchema,
    comment: z.string().trim().max(SURVEY_COMMENT_MAX).optional().describe(`Góp ý, kiến nghị (tối đa ${SURVEY_COMMENT_MAX} ký tự).`),
  })
  .meta({ id: 'SurveyRequest', description: 'Phiếu khảo sát mức độ hài lòng (ẩn danh).' });
export type SurveyRequest = z.output<typeof SurveyRequestSchema>;
export type SurveyRequestInput = z.input<typeof SurveyRequestSchema>;

export const SurveyResponseSchema = z
  .object({
    id: z.string().min(1).describe('Mã phiếu.'),
    unit: UnitCodeSchema,
    submittedAt: IsoDateTimeSchema,
  })
  .meta({ id: 'SurveyResponse', description: 'Phiếu khảo sát đã ghi nhận.' });
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
