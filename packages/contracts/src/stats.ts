// Unit statistics for the last 12 months: the aggregates provinces publish (on-time, overdue,
// online share, satisfaction). Rates are 0..1 and null when there is nothing to divide by, so a
// widget never shows "0 %" for a unit without data.
import * as z from 'zod';
import { IsoDateSchema, MonthSchema, UnitCodeSchema } from './common.js';

const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable();

export const UnitStatsMonthSchema = z
  .object({
    month: MonthSchema,
    received: count.describe('Hồ sơ tiếp nhận trong tháng.'),
    resolvedOnTime: count.describe('Hồ sơ giải quyết đúng hoặc trước hạn trong tháng.'),
    overdue: count.describe('Hồ sơ giải quyết trễ hạn trong tháng.'),
  })
  .meta({ id: 'UnitStatsMonth', description: 'Số liệu một tháng.' });
export type UnitStatsMonth = z.infer<typeof UnitStatsMonthSchema>;

export const FeedbackStatsSchema = z
  .object({
    received: count.describe('Phản ánh, kiến nghị tiếp nhận (kể cả không tiếp nhận).'),
    answered: count.describe('Đã trả lời trong kỳ.'),
    answeredOnTime: count.describe('Trả lời đúng hạn.'),
    answeredLate: count.describe('Trả lời sau hạn.'),
    openOverdue: count.describe('Chưa trả lời và đã quá hạn (hôm nay).'),
    notAccepted: count.describe('Không tiếp nhận (có lý do và nơi gửi đúng).'),
    resolved: count.describe('Người gửi cho biết câu trả lời đã giải quyết được vấn đề.'),
    notResolved: count.describe('Người gửi cho biết chưa giải quyết được (phản ánh được mở lại).'),
    onTimeRate: rate.describe('answeredOnTime / answered; null khi chưa trả lời phản ánh nào.'),
  })
  .meta({ id: 'FeedbackStats', description: 'Phản ánh, kiến nghị của đơn vị trong 12 tháng.' });
export type FeedbackStats = z.infer<typeof FeedbackStatsSchema>;

export const UnitStatsSchema = z
  .object({
    unit: UnitCodeSchema,
    period: z
      .object({ from: IsoDateSchema.describe('Ngày đầu (tính cả).'), to: IsoDateSchema.describe('Ngày cuối (tính cả).') })
      .describe('Khoảng thời gian thống kê (12 tháng gần nhất).'),
    received: count.describe('Hồ sơ tiếp nhận.'),
    resolved: count.describe('Hồ sơ đã giải quyết.'),
    resolvedOnTime: count.describe('Hồ sơ giải quyết đúng hoặc trước hạn.'),
    overdue: count.describe('Hồ sơ giải quyết trễ hạn hoặc đang quá hạn.'),
    onTimeRate: rate.describe('resolvedOnTime / resolved; null khi chưa giải quyết hồ sơ nào.'),
    onlineShare: rate.describe('Tỷ lệ hồ sơ nộp trực tuyến; null khi chưa tiếp nhận hồ sơ nào.'),
    satisfactionRate: rate.describe('Tỷ lệ đánh giá hài lòng; null khi chưa có đánh giá.'),
    surveyResponses: count.describe('Số phiếu khảo sát SIPAS.'),
    evaluationResponses: count.describe('Số đánh giá hồ sơ.'),
    feedback: FeedbackStatsSchema,
    monthly: z.array(UnitStatsMonthSchema).max(12).describe('Theo tháng, cũ trước mới sau.'),
  })
  .meta({ id: 'UnitStats', description: 'Số liệu giải quyết hồ sơ của đơn vị trong 12 tháng gần nhất.' });
export type UnitStats = z.infer<typeof UnitStatsSchema>;
