// Write API for provincial one-stop systems (API key). They push their catalog and their
// dossiers; citizens only ever read. Bodies are strict so a typo in an integration fails loudly
// instead of silently dropping data.
import * as z from 'zod';
import { ChannelSchema, IsoDateTimeSchema, ProcedureCodeSchema, UnitCodeSchema } from './common.js';
import {
  ApologySchema,
  DossierCodeSchema,
  DossierStatusIdSchema,
  DossierStatusSchema,
  FinancialObligationSchema,
  ResultDeliverySchema,
  SupplementRequestSchema,
  TimelineEntrySchema,
  VerifierSchema,
} from './dossier.js';
import { ProcedureDetailSchema } from './procedure.js';

// ---------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------

// Intersection (not .extend) so the document refers to ProcedureDetail instead of copying it.
export const ProcedureUpsertSchema = z
  .intersection(
    ProcedureDetailSchema,
    z.object({
      units: z.array(UnitCodeSchema).describe('Đơn vị cấp xã thực hiện thủ tục này (thay thế danh sách cũ).'),
      nameEn: z.string().min(1).max(500).optional().describe('Unofficial English translation of the name, searched and shown on English pages beside the official Vietnamese name.'),
      keywordsEn: z.array(z.string().min(1).max(200)).max(50).optional().describe('English words people may type for this procedure (unofficial).'),
    }),
  )
  .meta({ id: 'ProcedureUpsert', description: 'Thủ tục kèm danh sách đơn vị thực hiện (PUT /v1/admin/procedures/{code}; code phải trùng đường dẫn).' });
export type ProcedureUpsert = z.infer<typeof ProcedureUpsertSchema>;

/** Catalog import file: what a province exports and `motcua-api import` reads. */
export const CatalogImportSchema = z
  .object({ procedures: z.array(ProcedureUpsertSchema) })
  .meta({ id: 'CatalogImport', description: 'Tệp nhập danh mục thủ tục.' });
export type CatalogImport = z.infer<typeof CatalogImportSchema>;

// ---------------------------------------------------------------------------------------------
// Dossiers
// ---------------------------------------------------------------------------------------------

export const DossierVerifiersSchema = z
  .strictObject({
    idLast4: VerifierSchema.describe('4 số cuối số định danh cá nhân của người nộp.'),
    phoneLast4: VerifierSchema.nullable().describe('4 số cuối số điện thoại; null khi không khai.'),
  })
  .meta({ id: 'DossierVerifiers', description: 'Mã xác minh cho tra cứu (không lưu số đầy đủ).' });
export type DossierVerifiers = z.infer<typeof DossierVerifiersSchema>;

export const DossierUpsertSchema = z
  .strictObject({
    code: DossierCodeSchema,
    unit: UnitCodeSchema.describe('Đơn vị tiếp nhận.'),
    procedure: ProcedureCodeSchema.describe('Thủ tục (phải có trong danh mục).'),
    channel: ChannelSchema.describe('Cách thức nộp hồ sơ.'),
    status: DossierStatusIdSchema,
    currentStep: z.string().nullable().optional().describe('Bước đang xử lý.'),
    receivedAt: IsoDateTimeSchema,
    appointmentDate: IsoDateTimeSchema.nullable().describe('Ngày hẹn trả kết quả.'),
    applicantName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('Họ tên người nộp, lưu trên máy chủ; API công khai chỉ trả tên đã che.'),
    verifiers: DossierVerifiersSchema,
    supplementRequest: SupplementRequestSchema.nullable().optional(),
    financialObligation: FinancialObligationSchema.nullable().optional(),
    apology: ApologySchema.nullable().optional(),
    resultDelivery: ResultDeliverySchema.optional().describe('Mặc định nhận tại Bộ phận Một cửa.'),
    timeline: z.array(TimelineEntrySchema).optional().describe('Nếu có: thay toàn bộ phiếu kiểm soát quá trình.'),
  })
  .meta({ id: 'DossierUpsert', description: 'Tạo hoặc cập nhật hồ sơ (PUT /v1/admin/dossiers/{code}; code phải trùng đường dẫn).' });
export type DossierUpsert = z.output<typeof DossierUpsertSchema>;
export type DossierUpsertInput = z.input<typeof DossierUpsertSchema>;

export const DossierEventSchema = TimelineEntrySchema.extend({
  status: DossierStatusIdSchema.optional().describe('Trạng thái mới sau bước này, nếu đổi.'),
  currentStep: z.string().nullable().optional().describe('Bước đang xử lý mới; mặc định là toStep.'),
})
  .strict()
  .meta({ id: 'DossierEvent', description: 'Thêm một dòng phiếu kiểm soát quá trình (và có thể đổi trạng thái).' });
export type DossierEvent = z.infer<typeof DossierEventSchema>;

// ---------------------------------------------------------------------------------------------
// Acknowledgements
// ---------------------------------------------------------------------------------------------

export const UpsertResultSchema = z
  .object({
    code: z.string().min(1).describe('Mã thủ tục hoặc mã hồ sơ đã ghi.'),
    created: z.boolean().describe('true = tạo mới, false = cập nhật.'),
    updatedAt: IsoDateTimeSchema,
  })
  .meta({ id: 'UpsertResult', description: 'Kết quả ghi.' });
export type UpsertResult = z.infer<typeof UpsertResultSchema>;

export const DossierEventResultSchema = z
  .object({
    dossierCode: DossierCodeSchema,
    status: DossierStatusSchema,
    timelineLength: z.number().int().min(1).describe('Số dòng phiếu kiểm soát sau khi thêm.'),
    updatedAt: IsoDateTimeSchema,
  })
  .meta({ id: 'DossierEventResult', description: 'Hồ sơ sau khi thêm sự kiện.' });
export type DossierEventResult = z.infer<typeof DossierEventResultSchema>;
