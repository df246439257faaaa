// Per-dossier evaluation: the nine indicators of Circular 01/2018/TT-VPCP (as provincial one-stop
// systems implement them; sources in apps/api/seed/SEED-NOTES.md), each 0/1/2 points, 18 points
// maximum. Indicators 1 and 2 (total time against the legal limit, each agency's time)
// are measured by the server from the dossier's own record — never asked of the citizen; the
// other seven are answered. The overall satisfaction rating (Rất hài lòng / Hài lòng / Không hài
// lòng) is a separate answer, not an indicator, and does not count in the score.
// Criteria are data, served by GET /v1/evaluation-criteria, so a province can adjust wording
// without a new contract.
import * as z from 'zod';
import { IsoDateTimeSchema, LocalizedTextSchema, SlugIdSchema } from './common.js';
import { DossierCodeSchema, VerifierSchema } from './dossier.js';

export const EvaluationPointsSchema = z.literal([0, 1, 2]).describe('Điểm của lựa chọn: 0, 1 hoặc 2.');
export type EvaluationPoints = z.infer<typeof EvaluationPointsSchema>;

/** Who gives an indicator its points: true, the server from the dossier's record; false, the citizen. */
export const EvaluationMeasuredSchema = z
  .boolean()
  .describe('true: máy chủ tính từ hồ sơ, không hỏi người dân (chỉ số 1, 2); false: người dân trả lời.');

export const EvaluationOptionSchema = z
  .object({ value: EvaluationPointsSchema, label: LocalizedTextSchema })
  .meta({ id: 'EvaluationOption', description: 'Một mức của chỉ số.' });
export type EvaluationOption = z.infer<typeof EvaluationOptionSchema>;

export const EvaluationCriterionSchema = z
  .object({
    id: SlugIdSchema.describe('Mã chỉ số, dùng làm khóa trong answers. Số thứ tự của chỉ số là vị trí trong danh sách.'),
    measured: EvaluationMeasuredSchema,
    label: LocalizedTextSchema,
    options: z.array(EvaluationOptionSchema).min(2).describe('Các mức, điểm cao trước.'),
  })
  .meta({ id: 'EvaluationCriterion', description: 'Một chỉ số đánh giá việc giải quyết hồ sơ.' });
export type EvaluationCriterion = z.infer<typeof EvaluationCriterionSchema>;

/**
 * The overall satisfaction rating, separate from the nine indicators: three fixed levels (Rất hài
 * lòng / Hài lòng / Không hài lòng), not scored; clients word them (DEFAULT_SATISFACTION_QUESTION).
 */
export const SATISFACTION_LEVELS = ['very-satisfied', 'satisfied', 'not-satisfied'] as const;
export const SatisfactionLevelSchema = z.enum(SATISFACTION_LEVELS).describe('Mức độ hài lòng chung.');
export type SatisfactionLevel = z.infer<typeof SatisfactionLevelSchema>;

type Text = { readonly vi: string; readonly en: string };
/** Shape of the built-in constants: read-only, both languages always present. */
interface BuiltInCriterion {
  readonly id: string;
  readonly measured: boolean;
  readonly label: Text;
  readonly options: readonly { readonly value: EvaluationPoints; readonly label: Text }[];
}

/** The nine indicators, in the circular's order. */
export const DEFAULT_EVALUATION_CRITERIA = [
  {
    id: 'total-time',
    measured: true,
    label: { vi: 'Tổng thời gian giải quyết so với thời hạn quy định', en: 'Total processing time against the legal time limit' },
    options: [
      { value: 2, label: { vi: 'Trước hạn', en: 'Before the deadline' } },
      { value: 1, label: { vi: 'Đúng hạn', en: 'On the deadline day' } },
      { value: 0, label: { vi: 'Quá hạn', en: 'Late' } },
    ],
  },
  {
    id: 'agency-time',
    measured: true,
    label: { vi: 'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết', en: 'Time taken by each agency involved' },
    options: [
      { value: 2, label: { vi: 'Mọi bước đều trước hạn', en: 'Every step before its deadline' } },
      { value: 1, label: { vi: 'Không bước nào quá hạn', en: 'No step late' } },
      { value: 0, label: { vi: 'Có bước quá hạn', en: 'A step was late' } },
    ],
  },
  {
    id: 'contacts',
    measured: false,
    label: { vi: 'Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ (kể cả trực tuyến)', en: 'Times you had to contact the desk to complete the dossier (online included)' },
    options: [
      { value: 2, label: { vi: 'Không phải liên hệ thêm', en: 'No further contact' } },
      { value: 1, label: { vi: 'Liên hệ thêm một lần', en: 'One further contact' } },
      { value: 0, label: { vi: 'Liên hệ thêm từ hai lần trở lên', en: 'Two or more further contacts' } },
    ],
  },
  {
    id: 'agencies',
    measured: false,
    label: { vi: 'Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ', en: 'Agencies you had to contact to complete the dossier' },
    options: [
      { value: 2, label: { vi: 'Chỉ Bộ phận Một cửa', en: 'Only the one-stop desk' } },
      { value: 1, label: { vi: 'Thêm một cơ quan, đơn vị', en: 'One other agency' } },
      { value: 0, label: { vi: 'Thêm từ hai cơ quan, đơn vị trở lên', en: 'Two or more other agencies' } },
    ],
  },
  {
    id: 'one-stop-desk',
    measured: false,
    label: { vi: 'Tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa', en: 'Dossier received and result returned at the one-stop desk' },
    options: [
      { value: 2, label: { vi: 'Cả tiếp nhận và trả kết quả tại Bộ phận Một cửa', en: 'Both received and returned at the desk' } },
      { value: 1, label: { vi: 'Chỉ tiếp nhận hoặc chỉ trả kết quả tại Bộ phận Một cửa', en: 'Only received or only returned at the desk' } },
      { value: 0, label: { vi: 'Không qua Bộ phận Một cửa', en: 'Not through the one-stop desk' } },
    ],
  },
  {
    id: 'publication',
    measured: false,
    label: { vi: 'Công khai thủ tục hành chính', en: 'Publication of the procedure' },
    options: [
      { value: 2, label: { vi: 'Công khai đầy đủ, đúng quy định', en: 'Fully published as required' } },
      { value: 1, label: { vi: 'Công khai chưa đầy đủ', en: 'Partly published' } },
      { value: 0, label: { vi: 'Không công khai', en: 'Not published' } },
    ],
  },
  {
    id: 'attitude',
    measured: false,
    label: { vi: 'Thái độ của cán bộ, công chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ', en: 'Attitude of the officials who guided, received and handled the dossier' },
    options: [
      { value: 2, label: { vi: 'Lịch sự, tận tình', en: 'Courteous and helpful' } },
      { value: 1, label: { vi: 'Chưa tận tình', en: 'Not very helpful' } },
      { value: 0, label: { vi: 'Gây phiền hà, sách nhiễu', en: 'Obstructive or harassing' } },
    ],
  },
  {
    id: 'feedback',
    measured: false,
    label: { vi: 'Tiếp thu, giải trình ý kiến phản ánh, kiến nghị', en: 'How your feedback or petitions were taken up and answered' },
    options: [
      { value: 2, label: { vi: 'Không có phản ánh, hoặc được tiếp thu, giải trình đầy đủ, kịp thời', en: 'No feedback given, or taken up and answered fully and promptly' } },
      { value: 1, label: { vi: 'Được tiếp thu, giải trình nhưng chậm hoặc chưa đầy đủ', en: 'Taken up, but late or not fully answered' } },
      { value: 0, label: { vi: 'Không được tiếp thu, giải trình', en: 'Not taken up or answered' } },
    ],
  },
  {
    id: 'online-service',
    measured: false,
    label: { vi: 'Tiến độ và chất lượng dịch vụ công trực tuyến', en: 'Progress and quality of the online public service' },
    options: [
      { value: 2, label: { vi: 'Tốt, hoặc không dùng dịch vụ trực tuyến', en: 'Good, or online service not used' } },
      { value: 1, label: { vi: 'Còn chậm hoặc chưa ổn định', en: 'Slow or unreliable' } },
      { value: 0, label: { vi: 'Không đáp ứng', en: 'Did not work' } },
    ],
  },
] as const satisfies readonly BuiltInCriterion[];

export const DEFAULT_SATISFACTION_QUESTION = {
  label: { vi: 'Mức độ hài lòng chung với việc giải quyết hồ sơ', en: 'Overall satisfaction with how your dossier was handled' },
  options: [
    { value: 'very-satisfied', label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
    { value: 'satisfied', label: { vi: 'Hài lòng', en: 'Satisfied' } },
    { value: 'not-satisfied', label: { vi: 'Không hài lòng', en: 'Not satisfied' } },
  ],
} as const satisfies { label: Text; options: readonly { value: SatisfactionLevel; label: Text }[] };
export type SatisfactionQuestion = typeof DEFAULT_SATISFACTION_QUESTION;

export type DefaultEvaluationCriterionId = (typeof DEFAULT_EVALUATION_CRITERIA)[number]['id'];
type CitizenCriterion = Extract<(typeof DEFAULT_EVALUATION_CRITERIA)[number], { measured: false }>;
export type CitizenEvaluationCriterionId = CitizenCriterion['id'];

/** The criteria a citizen answers (not measured from the record). */
export function citizenCriteria<C extends { measured: boolean }>(criteria: readonly C[]): C[] {
  return criteria.filter((c) => !c.measured);
}

/** Highest score for a list of criteria (18 for the nine defaults). */
export function maxEvaluationScore(criteria: readonly { options: readonly { value: number }[] }[]): number {
  return criteria.reduce((sum, c) => sum + Math.max(...c.options.map((o) => o.value)), 0);
}

export const EvaluationCriteriaListSchema = z
  .object({
    items: z.array(EvaluationCriterionSchema).describe('Các chỉ số theo thứ tự; chỉ số measured=true không hỏi người dân.'),
    maxScore: z.number().int().min(0).describe('Tổng điểm tối đa (18 với 9 chỉ số mặc định).'),
  })
  .meta({ id: 'EvaluationCriteriaList', description: 'Bộ chỉ số đánh giá đang áp dụng. Mức độ hài lòng chung (3 mức cố định) không phải chỉ số và không có ở đây.' });
export type EvaluationCriteriaList = z.infer<typeof EvaluationCriteriaListSchema>;

export const EVALUATION_COMMENT_MAX = 1000;

/**
 * Request schema for a given criteria list: every criterion the citizen answers must be answered
 * and nothing else (measured ones are refused: the record gives them), so a missing answer is
 * reported as "body.answers.<criterionId>". A server with custom criteria builds its own.
 */
export function makeEvaluationRequestSchema<const C extends { id: string; measured: boolean }>(criteria: readonly C[]) {
  type Id = Extract<C, { measured: false }>['id'];
  const answers = Object.fromEntries(citizenCriteria(criteria).map((c) => [c.id, EvaluationPointsSchema])) as Record<Id, typeof EvaluationPointsSchema>;
  return z.strictObject({
    code: DossierCodeSchema,
    verifier: VerifierSchema,
    answers: z.strictObject(answers).describe('Điểm cho từng chỉ số người dân trả lời (khóa là mã chỉ số).'),
    satisfaction: SatisfactionLevelSchema,
    comment: z.string().trim().max(EVALUATION_COMMENT_MAX).optional().describe(`Góp ý (tối đa ${EVALUATION_COMMENT_MAX} ký tự).`),
  });
}

export const EvaluationRequestSchema = makeEvaluationRequestSchema(DEFAULT_EVALUATION_CRITERIA).meta({
  id: 'EvaluationRequest',
  description:
    'Đánh giá việc giải quyết một hồ sơ (cần mã hồ sơ và mã xác minh): 7 chỉ số người dân trả lời và mức độ hài lòng chung. Chỉ số 1 và 2 do máy chủ tính từ hồ sơ.',
});
export type EvaluationRequest = z.output<typeof EvaluationRequestSchema>;
export type EvaluationRequestInput = z.input<typeof EvaluationRequestSchema>;

export const EvaluationResponseSchema = z
  .object({
    id: z.string().min(1).describe('Mã đánh giá.'),
    dossierCode: DossierCodeSchema,
    // The nine indicators' points are stored with the evaluation, not echoed (every byte of this
    // shape is in the browser's contract validator).
    score: z.number().int().min(0).describe('Tổng điểm của 9 chỉ số (chỉ số 1 và 2 do máy chủ tính từ hồ sơ).'),
    maxScore: z.number().int().min(0).describe('Tổng điểm tối đa (18 với bộ chỉ số mặc định).'),
    submittedAt: IsoDateTimeSchema,
  })
  .meta({ id: 'EvaluationResponse', description: 'Đánh giá đã ghi nhận.' });
export type EvaluationResponse = z.infer<typeof EvaluationResponseSchema>;
