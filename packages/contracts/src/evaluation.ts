// Per-dossier evaluation: nine indicators scored 0/1/2 (18 points maximum), as provincial
// one-stop systems implement the 2018 rules. Criteria are data, served by
// GET /v1/evaluation-criteria, so a province can adjust wording without a new contract.
import * as z from 'zod';
import { IsoDateTimeSchema, LocalizedTextSchema, SlugIdSchema } from './common.js';
import { DossierCodeSchema, VerifierSchema } from './dossier.js';

export const EvaluationPointsSchema = z.literal([0, 1, 2]).describe('Điểm của lựa chọn: 0, 1 hoặc 2.');
export type EvaluationPoints = z.infer<typeof EvaluationPointsSchema>;

export const EvaluationOptionSchema = z
  .object({ value: EvaluationPointsSchema, label: LocalizedTextSchema })
  .meta({ id: 'EvaluationOption', description: 'Một lựa chọn của tiêu chí.' });
export type EvaluationOption = z.infer<typeof EvaluationOptionSchema>;

export const EvaluationCriterionSchema = z
  .object({
    id: SlugIdSchema.describe('Mã tiêu chí, dùng làm khóa trong answers.'),
    label: LocalizedTextSchema,
    options: z.array(EvaluationOptionSchema).min(2).describe('Các lựa chọn, điểm cao trước.'),
  })
  .meta({ id: 'EvaluationCriterion', description: 'Một tiêu chí đánh giá việc giải quyết hồ sơ.' });
export type EvaluationCriterion = z.infer<typeof EvaluationCriterionSchema>;

/** Shape of the built-in constants: read-only, both languages always present. */
interface BuiltInCriterion {
  readonly id: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly options: readonly { readonly value: EvaluationPoints; readonly label: { readonly vi: string; readonly en: string } }[];
}

const satisfaction = [
  { value: 2, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
  { value: 1, label: { vi: 'Hài lòng', en: 'Satisfied' } },
  { value: 0, label: { vi: 'Không hài lòng', en: 'Not satisfied' } },
] as const satisfies BuiltInCriterion['options'];

/** The nine default indicators, in the order citizens answer them. */
export const DEFAULT_EVALUATION_CRITERIA = [
  {
    id: 'total-time',
    label: { vi: 'Tổng thời gian giải quyết so với thời hạn quy định', en: 'Total processing time against the legal time limit' },
    options: [
      { value: 2, label: { vi: 'Trước hạn', en: 'Before the deadline' } },
      { value: 1, label: { vi: 'Đúng hạn', en: 'On time' } },
      { value: 0, label: { vi: 'Trễ hạn', en: 'Late' } },
    ],
  },
  {
    id: 'agency-time',
    label: { vi: 'Thời gian xử lý của từng cơ quan, đơn vị', en: 'Time taken by each agency involved' },
    options: [
      { value: 2, label: { vi: 'Không cơ quan nào xử lý trễ hạn', en: 'No agency was late' } },
      { value: 1, label: { vi: 'Một cơ quan xử lý trễ hạn', en: 'One agency was late' } },
      { value: 0, label: { vi: 'Từ hai cơ quan trở lên xử lý trễ hạn', en: 'Two or more agencies were late' } },
    ],
  },
  {
    id: 'contacts',
    label: { vi: 'Số lần phải liên hệ để hoàn thiện hồ sơ', en: 'Number of contacts needed to complete the dossier' },
    options: [
      { value: 2, label: { vi: 'Không phải liên hệ thêm', en: 'No further contact needed' } },
      { value: 1, label: { vi: 'Phải liên hệ thêm một lần', en: 'One further contact' } },
      { value: 0, label: { vi: 'Phải liên hệ thêm từ hai lần trở lên', en: 'Two or more further contacts' } },
    ],
  },
  {
    id: 'agencies',
    label: { vi: 'Số cơ quan, đơn vị phải liên hệ', en: 'Number of agencies contacted' },
    options: [
      { value: 2, label: { vi: 'Chỉ liên hệ Bộ phận Một cửa', en: 'Only the one-stop desk' } },
      { value: 1, label: { vi: 'Liên hệ thêm một cơ quan, đơn vị', en: 'One other agency' } },
      { value: 0, label: { vi: 'Liên hệ thêm từ hai cơ quan, đơn vị trở lên', en: 'Two or more other agencies' } },
    ],
  },
  {
    id: 'one-stop-desk',
    label: { vi: 'Tiếp nhận và trả kết quả tại Bộ phận Một cửa', en: 'Receiving and returning at the one-stop desk' },
    options: [
      { value: 2, label: { vi: 'Cả tiếp nhận và trả kết quả đều tại Bộ phận Một cửa', en: 'Both received and returned at the desk' } },
      { value: 1, label: { vi: 'Chỉ tiếp nhận hoặc chỉ trả kết quả tại Bộ phận Một cửa', en: 'Only received or only returned at the desk' } },
      { value: 0, label: { vi: 'Không qua Bộ phận Một cửa', en: 'Not through the one-stop desk' } },
    ],
  },
  {
    id: 'publication',
    label: { vi: 'Công khai thủ tục hành chính', en: 'Publication of the procedure' },
    options: [
      { value: 2, label: { vi: 'Công khai đầy đủ, đúng quy định', en: 'Fully published as required' } },
      { value: 1, label: { vi: 'Công khai chưa đầy đủ', en: 'Partly published' } },
      { value: 0, label: { vi: 'Không công khai', en: 'Not published' } },
    ],
  },
  {
    id: 'attitude',
    label: { vi: 'Thái độ của cán bộ, công chức', en: 'Attitude of the official' },
    options: [
      { value: 2, label: { vi: 'Lịch sự, tận tình', en: 'Courteous and helpful' } },
      { value: 1, label: { vi: 'Chưa tận tình', en: 'Not very helpful' } },
      { value: 0, label: { vi: 'Gây phiền hà, sách nhiễu', en: 'Obstructive or harassing' } },
    ],
  },
  {
    id: 'convenience',
    label: { vi: 'Mức độ thuận tiện', en: 'Convenience' },
    options: satisfaction,
  },
  {
    id: 'satisfaction',
    label: { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
    options: satisfaction,
  },
] as const satisfies readonly BuiltInCriterion[];

export type DefaultEvaluationCriterionId = (typeof DEFAULT_EVALUATION_CRITERIA)[number]['id'];
export const DEFAULT_EVALUATION_CRITERION_IDS = DEFAULT_EVALUATION_CRITERIA.map((c) => c.id) as DefaultEvaluationCriterionId[];

/** Highest score for a list of criteria (18 for the defaults). */
export function maxEvaluationScore(criteria: readonly { options: readonly { value: number }[] }[]): number {
  return criteria.reduce((sum, c) => sum + Math.max(...c.options.map((o) => o.value)), 0);
}

export const EvaluationCriteriaListSchema = z
  .object({
    items: z.array(EvaluationCriterionSchema),
    maxScore: z.number().int().min(0).describe('Tổng điểm tối đa.'),
  })
  .meta({ id: 'EvaluationCriteriaList', description: 'Bộ tiêu chí đánh giá đang áp dụng.' });
export type EvaluationCriteriaList = z.infer<typeof EvaluationCriteriaListSchema>;

export const EVALUATION_COMMENT_MAX = 1000;

/**
 * Request schema for a given criteria list: every criterion must be answered and nothing else,
 * so a missing answer is reported as "body.answers.<criterionId>". A server with custom criteria
 * builds its own with this function.
 */
export function makeEvaluationRequestSchema<const Id extends string>(criteria: readonly { id: Id }[]) {
  const answers = Object.fromEntries(criteria.map((c) => [c.id, EvaluationPointsSchema])) as Record<Id, typeof EvaluationPointsSchema>;
  return z.strictObject({
    code: DossierCodeSchema,
    verifier: VerifierSchema,
    answers: z.strictObject(answers).describe('Điểm cho từng tiêu chí (khóa là mã tiêu chí).'),
    comment: z.string().trim().max(EVALUATION_COMMENT_MAX).optional().describe(`Góp ý (tối đa ${EVALUATION_COMMENT_MAX} ký tự).`),
  });
}

export const EvaluationRequestSchema = makeEvaluationRequestSchema(DEFAULT_EVALUATION_CRITERIA).meta({
  id: 'EvaluationRequest',
  description: 'Đánh giá việc giải quyết một hồ sơ (cần mã hồ sơ và mã xác minh).',
});
export type EvaluationRequest = z.output<typeof EvaluationRequestSchema>;
export type EvaluationRequestInput = z.input<typeof EvaluationRequestSchema>;

export const EvaluationResponseSchema = z
  .object({
    id: z.string().min(1).describe('Mã đánh giá.'),
    dossierCode: DossierCodeSchema,
    score: z.number().int().min(0).describe('Tổng điểm.'),
    maxScore: z.number().int().min(0).describe('Tổng điểm tối đa (18 với bộ tiêu chí mặc định).'),
    submittedAt: IsoDateTimeSchema,
  })
  .meta({ id: 'EvaluationResponse', description: 'Đánh giá đã ghi nhận.' });
export type EvaluationResponse = z.infer<typeof EvaluationResponseSchema>;
