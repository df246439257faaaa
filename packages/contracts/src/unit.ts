// Administrative units after the 2025 reform: 34 provinces and commune-level units (Xã, Phường,
// Đặc khu); there are no districts any more. Shapes follow apps/api/seed/admin-units-vn.json.
import * as z from 'zod';
import { ProvinceCodeSchema, UnitCodeSchema, paginated, paginationQuery, searchText } from './common.js';

export const ProvinceKindSchema = z.enum(['Tỉnh', 'Thành phố']).describe('Loại đơn vị cấp tỉnh.');
export type ProvinceKind = z.infer<typeof ProvinceKindSchema>;

export const ProvinceSchema = z
  .object({
    code: ProvinceCodeSchema,
    name: z.string().min(1).describe('Tên ngắn, ví dụ "Hà Nội".'),
    fullName: z.string().min(1).describe('Tên đầy đủ, ví dụ "Thành phố Hà Nội".'),
    nameEn: z.string().min(1).describe('Tên tiếng Anh/không dấu, ví dụ "Hanoi".'),
    kind: ProvinceKindSchema,
  })
  .meta({ id: 'Province', description: 'Đơn vị hành chính cấp tỉnh.' });
export type Province = z.infer<typeof ProvinceSchema>;

export const UnitKindSchema = z.enum(['Xã', 'Phường', 'Đặc khu']).describe('Loại đơn vị hành chính cấp xã.');
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitSchema = z
  .object({
    code: UnitCodeSchema,
    name: z.string().min(1).describe('Tên ngắn, ví dụ "Ba Đình".'),
    fullName: z.string().min(1).describe('Tên đầy đủ, ví dụ "Phường Ba Đình".'),
    nameEn: z.string().min(1).describe('Tên tiếng Anh/không dấu, ví dụ "Ba Dinh".'),
    kind: UnitKindSchema,
    provinceCode: ProvinceCodeSchema,
    provinceName: z.string().min(1).describe('Tên ngắn của tỉnh, ví dụ "Hà Nội".'),
  })
  .meta({ id: 'Unit', description: 'Đơn vị hành chính cấp xã (xã, phường, đặc khu).' });
export type Unit = z.infer<typeof UnitSchema>;

/** Where citizens go and whom they call. Each part may be unknown for a given unit. */
export const UnitContactSchema = z
  .object({
    address: z.string().nullable().describe('Địa chỉ Bộ phận Một cửa / trụ sở UBND.'),
    phone: z.string().nullable().describe('Số điện thoại của Bộ phận Một cửa.'),
    email: z.email().nullable().describe('Thư điện tử liên hệ.'),
    hotline: z.string().nullable().describe('Đường dây nóng (nhiều tỉnh dùng 1022).'),
  })
  .meta({ id: 'UnitContact', description: 'Thông tin liên hệ của đơn vị.' });
export type UnitContact = z.infer<typeof UnitContactSchema>;

/** A unit as shown on its own page: the unit plus its contact details (null when none on file). */
export const UnitDetailSchema = UnitSchema.extend({
  contact: UnitContactSchema.nullable().describe('Thông tin liên hệ; null khi chưa có.'),
}).meta({ id: 'UnitDetail', description: 'Đơn vị cấp xã kèm thông tin liên hệ.' });
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

/** `{ code, name }` reference used inside other resources. */
export const UnitRefSchema = z
  .object({ code: UnitCodeSchema, name: z.string().min(1).describe('Tên đầy đủ, ví dụ "Phường Ba Đình".') })
  .meta({ id: 'UnitRef', description: 'Tham chiếu ngắn tới đơn vị cấp xã.' });
export type UnitRef = z.infer<typeof UnitRefSchema>;

export const UnitListQuerySchema = z.object({
  province: ProvinceCodeSchema.optional().describe('Chỉ lấy đơn vị thuộc tỉnh này.'),
  q: searchText(100).describe('Tìm theo tên (có dấu hoặc không dấu). Chuỗi rỗng = không lọc.'),
  kind: UnitKindSchema.optional(),
  ...paginationQuery,
});
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;
export type UnitListQueryInput = z.input<typeof UnitListQuerySchema>;

export const UnitListSchema = paginated(UnitSchema).meta({ id: 'UnitList', description: 'Một trang danh sách đơn vị cấp xã.' });
export type UnitList = z.infer<typeof UnitListSchema>;

export const ProvinceListSchema = z
  .object({ items: z.array(ProvinceSchema) })
  .meta({ id: 'ProvinceList', description: 'Toàn bộ 34 tỉnh, thành phố.' });
export type ProvinceList = z.infer<typeof ProvinceListSchema>;

export const UnitPathParamsSchema = z.object({ code: UnitCodeSchema });
