// The working-day calendar over HTTP: GET /v1/calendar (public), PUT /v1/admin/calendar/{year}
// (a province corrects its calendar without a release), and the "due if filed now" figure the
// procedure detail carries for each channel. The arithmetic itself is ./calendar.ts.
import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, ProvinceCodeSchema } from './common.js';

export const CalendarDaySchema = z
  .object({
    date: IsoDateSchema,
    kind: z
      .enum(['day-off', 'working-day'])
      .describe('day-off = ngày nghỉ (lễ, Tết, nghỉ bù, nghỉ hoán đổi); working-day = ngày cuối tuần làm việc bù.'),
    name: z.string().trim().min(1).max(200).describe('Tên ngày nghỉ / ngày làm bù.'),
    note: z.string().max(1000).nullable().optional().describe('Ghi chú, căn cứ (số văn bản thông báo).'),
    provisional: z.boolean().optional().describe('true khi là ngày ước tính, chưa có thông báo chính thức.'),
  })
  .meta({ id: 'CalendarDay', description: 'Một ngày ngoại lệ của lịch làm việc.' });
export type CalendarDayEntry = z.infer<typeof CalendarDaySchema>;

/** A year in a path or query: four digits in the URL, a number for the handler. */
export const YearParamSchema = z
  .string()
  .regex(/^(20\d\d|2100)$/, 'Năm gồm 4 chữ số, từ 2000 đến 2100')
  .transform(Number)
  .describe('Năm dương lịch, ví dụ 2026.');

export const CalendarQuerySchema = z.object({
  year: YearParamSchema,
  province: ProvinceCodeSchema.optional().describe('Lịch của tỉnh (nếu tỉnh đã điều chỉnh); mặc định lịch chung toàn quốc.'),
});

export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    province: ProvinceCodeSchema.nullable().describe('Tỉnh có lịch riêng cho năm này; null = lịch chung toàn quốc.'),
    provisional: z.boolean().describe('true khi còn ngày ước tính (chưa có thông báo chính thức).'),
    source: z.string().describe('Căn cứ của lịch (văn bản thông báo).'),
    updatedAt: IsoDateTimeSchema.nullable(),
    days: z.array(CalendarDaySchema).describe('Ngày nghỉ rơi vào ngày thường, ngày nghỉ cuối tuần trong kỳ nghỉ và ngày làm bù; các thứ Bảy, Chủ nhật khác là ngày nghỉ.'),
  })
  .meta({ id: 'CalendarYear', description: 'Lịch làm việc của một năm: ngày nghỉ lễ, Tết, hoán đổi và làm bù.' });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarYearPathParamsSchema = z.object({ year: YearParamSchema });

export const CalendarUpsertSchema = z
  .object({
    province: ProvinceCodeSchema.nullable().describe('Tỉnh điều chỉnh lịch riêng; null = lịch chung (chỉ khóa province:*).'),
    source: z.string().trim().min(1).max(500).describe('Văn bản thông báo làm căn cứ.'),
    days: z.array(CalendarDaySchema).max(366),
  })
  .meta({ id: 'CalendarUpsert', description: 'Thay toàn bộ lịch một năm (của cả nước hoặc của một tỉnh).' });
export type CalendarUpsert = z.infer<typeof CalendarUpsertSchema>;

export const ChannelDueSchema = z
  .object({
    channel: z.enum(['in-person', 'online', 'postal']),
    date: IsoDateSchema.nullable().describe('Ngày hẹn trả kết quả nếu nộp đủ hồ sơ vào thời điểm asOf; null khi thời hạn không có số.'),
    receivedOn: IsoDateSchema.describe('Ngày làm việc hồ sơ được tính là đã tiếp nhận.'),
    deferred: z.boolean().describe('true khi nộp vào ngày nghỉ hoặc sau giờ giới hạn: tính từ ngày làm việc tiếp theo.'),
  })
  .meta({ id: 'ChannelDue', description: 'Ngày hẹn trả dự kiến của một cách thức, theo lịch làm việc của máy chủ.' });
export type ChannelDue = z.infer<typeof ChannelDueSchema>;

export const DueIfFiledNowSchema = z
  .object({
    asOf: IsoDateTimeSchema.describe('Thời điểm tính (giờ Việt Nam).'),
    channels: z.array(ChannelDueSchema),
  })
  .meta({ id: 'DueIfFiledNow', description: 'Ngày hẹn trả dự kiến nếu nộp hồ sơ ngay bây giờ, theo từng cách thức.' });
export type DueIfFiledNow = z.infer<typeof DueIfFiledNowSchema>;
