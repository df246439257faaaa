// The independent table: written by hand from the legal texts and the 2026 holiday notices (see
// calendar-due-table.test.ts). Imported by the API test and the widget test — never computed.

/** Legal time limit of each seeded procedure (the catalog's text; the same for every channel). */
export type LegalLimit = 'same-day' | '1wd' | '2wd' | '3wd' | '5wd' | '7wd' | '15wd' | '20wd' | '25wd' | '30days' | '1hour';

export const LEGAL_TIME_LIMITS: Record<string, LegalLimit> = {
  // Hộ tịch
  '1.001193': 'same-day', // khai sinh: ngay trong ngày; sau 15 giờ thì ngày làm việc tiếp theo
  '1.003583': '3wd', // khai sinh lưu động
  '1.004772': '3wd', // khai sinh cho người đã có hồ sơ, giấy tờ cá nhân (13 nếu xác minh)
  '1.000894': 'same-day', // kết hôn (5 nếu xác minh)
  '1.004873': '3wd', // xác nhận tình trạng hôn nhân
  '1.000656': 'same-day', // khai tử
  '1.004837': '3wd', // giám hộ
  '1.004845': '2wd', // chấm dứt giám hộ
  '2.000635': 'same-day', // bản sao trích lục hộ tịch
  '1.001022': '3wd', // nhận cha, mẹ, con
  '1.004884': '5wd', // đăng ký lại khai sinh
  '1.004746': '5wd', // đăng ký lại kết hôn
  '1.004859': '3wd', // thay đổi, cải chính, bổ sung thông tin hộ tịch
  '2.002516': '3wd', // xác nhận thông tin hộ tịch
  // Chứng thực (Decree 23/2015 Art. 7; Decree 280/2025)
  '2.000815': 'same-day', // bản sao từ bản chính
  '2.000884': 'same-day', // chữ ký
  '2.001035': '2wd', // giao dịch: không quá 02 ngày làm việc
  '2.000913': '2wd', // sửa đổi, bổ sung, hủy bỏ giao dịch
  '2.000927': 'same-day', // sửa lỗi sai sót
  '2.001406': '2wd', // thỏa thuận phân chia di sản (sau niêm yết)
  '2.001019': '2wd', // di chúc
  '2.001008': 'same-day', // chữ ký người dịch
  // Cư trú (Luật Cư trú 2020)
  '1.004222': '7wd', // thường trú
  '1.004194': '3wd', // tạm trú
  '1.002755': '3wd', // gia hạn tạm trú
  '1.003677': '1wd', // tạm vắng
  '1.003197': '1wd', // xóa đăng ký thường trú
  '1.010038': '3wd', // tách hộ
  '1.010041': '1wd', // xác nhận thông tin về cư trú
  '2.001159': '1hour', // thông báo lưu trú: cập nhật ngay
  '1.010040': '3wd', // khai báo cư trú người chưa đủ điều kiện
  // Bảo trợ xã hội
  '1.001699': '25wd', // xác định mức độ khuyết tật
  '1.001653': '5wd', // đổi, cấp lại giấy xác nhận khuyết tật
  '1.001776': '20wd', // trợ cấp xã hội hằng tháng
  '1.001731': '3wd', // hỗ trợ chi phí mai táng
  '2.000744': '3wd', // trợ giúp xã hội khẩn cấp (mai táng)
  // Hộ kinh doanh, kinh tế hợp tác
  '1.001612': '3wd',
  '2.000720': '3wd',
  '1.001570': '3wd',
  '1.001266': '3wd',
  '2.002637': '3wd',
  // Đất đai, nuôi con nuôi, giáo dục
  '1.012812': '30days', // hòa giải tranh chấp đất đai: không quá 30 ngày
  '1.003005': '30days', // nuôi con nuôi trong nước: 30 ngày
  '1.001622': '15wd', // hỗ trợ ăn trưa trẻ mẫu giáo
};

/** The fixed moments (Vietnam time). */
export const MOMENTS = {
  weekdayMorning: '2026-03-10T09:00:00+07:00', // Tuesday
  afterCutoff: '2026-03-10T15:30:00+07:00', // Tuesday after 15:00
  fridayEvening: '2026-03-13T18:00:00+07:00', // Friday after office hours
  sunday: '2026-03-15T10:00:00+07:00', // Sunday (online)
  before30April: '2026-04-29T10:00:00+07:00', // Wednesday; 30/4 Thu, 1/5 Fri off, 2–3/5 weekend
  beforeTet: '2026-02-13T10:00:00+07:00', // Friday; Tết 14–22/2
  makeUpSaturday: '2026-01-10T09:00:00+07:00', // Saturday worked for Friday 2/1
} as const;

/** Expected due date per moment and legal time limit, counted by hand on the 2026 calendar. */
export const DUE_TABLE: Record<keyof typeof MOMENTS, Record<LegalLimit, string>> = {
  weekdayMorning: {
    'same-day': '2026-03-10', '1hour': '2026-03-10', '1wd': '2026-03-11', '2wd': '2026-03-12', '3wd': '2026-03-13', '5wd': '2026-03-17',
    '7wd': '2026-03-19', '15wd': '2026-03-31', '20wd': '2026-04-07', '25wd': '2026-04-14', '30days': '2026-04-09',
  },
  // After 15:00 only the same-day procedures move (to the next working day).
  afterCutoff: {
    'same-day': '2026-03-11', '1hour': '2026-03-10', '1wd': '2026-03-11', '2wd': '2026-03-12', '3wd': '2026-03-13', '5wd': '2026-03-17',
    '7wd': '2026-03-19', '15wd': '2026-03-31', '20wd': '2026-04-07', '25wd': '2026-04-14', '30days': '2026-04-09',
  },
  // Received Friday: same-day → Monday; 1 working hour after 17:00 → Monday; 30 days → Sunday 12/4 → Monday 13/4.
  fridayEvening: {
    'same-day': '2026-03-16', '1hour': '2026-03-16', '1wd': '2026-03-16', '2wd': '2026-03-17', '3wd': '2026-03-18', '5wd': '2026-03-20',
    '7wd': '2026-03-24', '15wd': '2026-04-03', '20wd': '2026-04-10', '25wd': '2026-04-17', '30days': '2026-04-13',
  },
  // Received on Monday 16/3.
  sunday: {
    'same-day': '2026-03-16', '1hour': '2026-03-16', '1wd': '2026-03-17', '2wd': '2026-03-18', '3wd': '2026-03-19', '5wd': '2026-03-23',
    '7wd': '2026-03-25', '15wd': '2026-04-06', '20wd': '2026-04-13', '25wd': '2026-04-20', '30days': '2026-04-15',
  },
  // Next working day after Wednesday 29/4 is Monday 4/5.
  before30April: {
    'same-day': '2026-04-29', '1hour': '2026-04-29', '1wd': '2026-05-04', '2wd': '2026-05-05', '3wd': '2026-05-06', '5wd': '2026-05-08',
    '7wd': '2026-05-12', '15wd': '2026-05-22', '20wd': '2026-05-29', '25wd': '2026-06-05', '30days': '2026-05-29',
  },
  // Next working day after Friday 13/2 is Monday 23/2; 30 days → Sunday 15/3 → Monday 16/3.
  beforeTet: {
    'same-day': '2026-02-13', '1hour': '2026-02-13', '1wd': '2026-02-23', '2wd': '2026-02-24', '3wd': '2026-02-25', '5wd': '2026-02-27',
    '7wd': '2026-03-03', '15wd': '2026-03-13', '20wd': '2026-03-20', '25wd': '2026-03-27', '30days': '2026-03-16',
  },
  // Saturday 10/1 is a working day: same-day results that day.
  makeUpSaturday: {
    'same-day': '2026-01-10', '1hour': '2026-01-10', '1wd': '2026-01-12', '2wd': '2026-01-13', '3wd': '2026-01-14', '5wd': '2026-01-16',
    '7wd': '2026-01-20', '15wd': '2026-01-30', '20wd': '2026-02-06', '25wd': '2026-02-13', '30days': '2026-02-09',
  },
};
