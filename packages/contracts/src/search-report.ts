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
