// Liveness and readiness bodies for GET /healthz and GET /readyz (load balancers, uptime checks).
import * as z from 'zod';

export const HealthSchema = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', description: 'Tiến trình đang chạy.' });
export type Health = z.infer<typeof HealthSchema>;

export const ReadinessSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    checks: z.record(z.string(), z.enum(['ok', 'fail'])).describe('Kết quả từng phụ thuộc, ví dụ { "database": "ok" }.'),
  })
  .meta({ id: 'Readiness', description: 'Sẵn sàng phục vụ (503 khi một phụ thuộc lỗi).' });
export type Readiness = z.infer<typeof ReadinessSchema>;
