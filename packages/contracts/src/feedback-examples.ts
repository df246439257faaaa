// Examples of the feedback (phản ánh, kiến nghị) operations, spread into ROUTE_EXAMPLES.
// Contacts are placeholders.
import type { AdminFeedback, FeedbackActionInput, FeedbackCreateRequestInput, FeedbackLookupRequestInput, FeedbackReceipt, FeedbackResolutionRequestInput, FeedbackView, PublicFeedbackList } from './feedback.js';

const idempotency = { 'idempotency-key': '0b8e4c52-93f1-4f6e-8d2a-51c7e9a3b6d0' };

export const feedbackCreateExample: FeedbackCreateRequestInput = {
  unit: '25459',
  kind: 'feedback',
  subject: { type: 'procedure', procedure: '1.004873' },
  title: 'Yêu cầu nộp thêm giấy tờ ngoài danh mục',
  content: 'Khi xin xác nhận tình trạng hôn nhân, tôi được yêu cầu nộp thêm bản sao sổ hộ khẩu, giấy tờ này không có trong thành phần hồ sơ đã công bố.',
  contact: { name: 'Nguyễn Văn A', address: 'Khu phố 1, Phường Tân Ninh, Tây Ninh', phone: '0900 000 123' },
  consent: { personalData: true, publish: true },
};

export const feedbackReceiptExample: FeedbackReceipt = {
  code: 'PAKN-25459-261204-0001',
  unit: '25459',
  status: 'received',
  receivedAt: '2026-12-04T09:12:00+07:00',
  dueDate: '2026-12-18',
  verifierHint: '4 số cuối số điện thoại đã khai',
};

export const feedbackLookupExample: FeedbackLookupRequestInput = { code: 'pakn-25459-261204-0001', verifier: '0123' };

export const feedbackViewExample: FeedbackView = {
  code: 'PAKN-25459-261204-0001',
  unit: { code: '25459', name: 'Phường Tân Ninh' },
  kind: 'feedback',
  subject: { type: 'procedure', procedure: { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' }, dossierCode: null },
  title: feedbackCreateExample.title,
  content: feedbackCreateExample.content,
  status: 'answered',
  receivedAt: '2026-12-04T09:12:00+07:00',
  dueDate: '2026-12-18',
  workingDaysLeft: null,
  overdue: false,
  forwardedTo: null,
  answer: {
    text: 'Bộ phận Một cửa đã chấn chỉnh: chỉ yêu cầu các thành phần hồ sơ đã công bố. Ông/bà không cần nộp bản sao sổ hộ khẩu.',
    by: 'Chủ tịch UBND phường Tân Ninh',
    at: '2026-12-09T15:30:00+07:00',
    workingDaysTaken: 3,
    onTime: true,
  },
  refusal: null,
  resolution: null,
  reopened: 0,
  publishConsent: true,
  history: [
    { at: '2026-12-04T09:12:00+07:00', status: 'received', note: null },
    { at: '2026-12-05T08:00:00+07:00', status: 'in-progress', note: null },
    { at: '2026-12-09T15:30:00+07:00', status: 'answered', note: null },
  ],
};

export const feedbackResolutionExample: FeedbackResolutionRequestInput = { code: 'PAKN-25459-261204-0001', verifier: '0123', resolved: true };

export const publicFeedbackListExample: PublicFeedbackList = {
  items: [
    {
      code: 'PAKN-25459-261204-0001',
      kind: 'feedback',
      procedure: { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
      title: feedbackCreateExample.title,
      question: feedbackCreateExample.content,
      answer: feedbackViewExample.answer!.text,
      answeredBy: feedbackViewExample.answer!.by,
      askedAt: '2026-12-04T09:12:00+07:00',
      answeredAt: '2026-12-09T15:30:00+07:00',
      workingDaysTaken: 3,
      onTime: true,
    },
  ],
  total: 1,
  page: 1,
  limit: 20,
};

export const feedbackActionExample: FeedbackActionInput = {
  action: 'answer',
  answer: feedbackViewExample.answer!.text,
  by: 'Chủ tịch UBND phường Tân Ninh',
};

export const adminFeedbackExample: AdminFeedback = {
  item: feedbackViewExample,
  contact: { name: 'Nguyễn Văn A', address: 'Khu phố 1, Phường Tân Ninh, Tây Ninh', phone: '0900000123', email: null },
};

export const FEEDBACK_ROUTE_EXAMPLES = {
  submitFeedback: { headers: idempotency, body: feedbackCreateExample, responses: { 201: feedbackReceiptExample } },
  lookupFeedback: { body: feedbackLookupExample, responses: { 200: feedbackViewExample } },
  resolveFeedback: { headers: idempotency, body: feedbackResolutionExample, responses: { 200: { ...feedbackViewExample, resolution: { resolved: true, at: '2026-12-10T08:00:00+07:00' } } } },
  listUnitFeedback: { params: { code: '25459' }, query: { q: 'ho khau' }, responses: { 200: publicFeedbackListExample } },
  listFeedbackAdmin: { query: { unit: '25459', status: 'answered' }, responses: { 200: { items: [adminFeedbackExample], total: 1, page: 1, limit: 20 } } },
  actOnFeedback: { params: { code: 'PAKN-25459-261204-0001' }, headers: idempotency, body: feedbackActionExample, responses: { 200: adminFeedbackExample } },
} as const;
