// What citizens could not find: the zero-result report for provincial administrators.
import * as z from 'zod';
import { IsoDateSchema, ProvinceCodeSchema, UnitCodeSchema } from './common.js';

export const SearchMissQuerySchema = z.object({
  unit: UnitCodeSchema.optional().describe('Only searches made for this unit (widget of that unit).'),
  province: ProvinceCodeSchema.optional().describe('Only searches made for units of this province.'),
  from: IsoDateSchema.optional().describe('First day (Vietnam time), default 30 days ago.'),
  to: IsoDateSchema.optional().describe('Last day (Vietnam time), default today.'),
});
export type SearchMissQuery = z.infer<typeof SearchMissQuerySchema>;

export const SearchMissSchema = z
  .object({
    unit: UnitCodeSchema.nullable().describe('Unit the search was made for; null = no unit given (only for province:* keys).'),
    query: z.string().describe('Folded text (lowercase, no diacritics); kept only once several different addresses typed it.'),
    count: z.number().int().min(1).describe('Searches that found nothing in the period.'),
    days: z.number().int().min(1).describe('Days on which it happened.'),
    lastDay: IsoDateSchema,
  })
  .meta({ id: 'SearchMiss', description: 'A search text that found no procedure.' });
export type SearchMiss = z.infer<typeof SearchMissSchema>;

export const SearchMissReportSchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    minAddresses: z.number().int().min(1).describe('Texts are listed only once this many different client addresses typed them.'),
    items: z.array(SearchMissSchema),
  })
  .meta({ id: 'SearchMissReport', description: 'Searches that found nothing, per unit, most frequent first.' });
export type SearchMissReport = z.infer<typeof SearchMissReportSchema>;

// ---------------------------------------------------------------------------------------------
// The everyday-term dictionary, per province (national entries: apps/api/seed/search-terms.json)
// ---------------------------------------------------------------------------------------------

const phrase = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'Cụm từ phải có chữ hoặc số')
  .refine((s) => s.split(/\s+/).length <= 8, 'Tối đa 8 từ');

export const SearchTermKindSchema = z
  .enum(['everyday', 'old-term', 'regional', 'spelling', 'document', 'local'])
  .describe('everyday = cách gọi thông thường; old-term = tên cũ (trước luật mới); regional = từ địa phương; spelling = cách viết khác; document = tên giấy tờ; local = tên riêng của tỉnh.');

export const SearchTermPathParamsSchema = z.object({
  province: ProvinceCodeSchema,
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Mã mục gồm chữ thường không dấu, số và "-" (2–63 ký tự)')
    .describe('Mã của mục trong từ điển của tỉnh, ví dụ "tam-tru-nha-tro".'),
});

export const SearchTermUpsertSchema = z
  .strictObject({
    kind: SearchTermKindSchema,
    from: z.array(phrase).min(1).max(30).describe('Cách người dân gõ (có dấu hoặc không, không phân biệt hoa thường).'),
    to: z.array(phrase).min(1).max(10).describe('Từ trong tên thủ tục chính thức mà các cụm "from" cũng tìm ra.'),
    source: z.string().trim().min(3).max(500).describe('Nguồn: văn bản pháp luật, danh mục, hoặc phản ánh của người dân (không ghi thông tin cá nhân).'),
    reason: z.string().trim().min(3).max(1000).describe('Vì sao hai cách gọi là một.'),
  })
  .meta({ id: 'SearchTermUpsert', description: 'Một mục của từ điển tìm kiếm của tỉnh.' });
export type SearchTermUpsert = z.infer<typeof SearchTermUpsertSchema>;

export const SearchTermSchema = z
  .object({
    id: z.string(),
    province: ProvinceCodeSchema.nullable().describe('null = mục toàn quốc (seed), chỉ đọc.'),
    kind: SearchTermKindSchema,
    from: z.array(z.string()),
    to: z.array(z.string()),
    source: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'SearchTerm', description: 'Một mục của từ điển tìm kiếm.' });
export type SearchTerm = z.infer<typeof SearchTermSchema>;

export const SearchTermListSchema = z
  .object({ items: z.array(SearchTermSchema) })
  .meta({ id: 'SearchTermList', description: 'Từ điển áp dụng cho tỉnh: mục toàn quốc và mục riêng của tỉnh.' });
export type SearchTermList = z.infer<typeof SearchTermListSchema>;

export const SearchTermProvinceParamsSchema = z.object({ province: ProvinceCodeSchema });

export const SearchTermWriteResultSchema = z
  .object({ id: z.string(), province: ProvinceCodeSchema, created: z.boolean(), deleted: z.boolean() })
  .meta({ id: 'SearchTermWriteResult', description: 'Kết quả ghi một mục từ điển (được ghi vào nhật ký kiểm tra).' });
export type SearchTermWriteResult = z.infer<typeof SearchTermWriteResultSchema>;
