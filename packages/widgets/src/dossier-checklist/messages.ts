// Strings of <mc-dossier-checklist>. Vietnamese is complete; every key can be overridden per instance
// with the `messages` attribute/property.
import type { Catalog, MessageParams } from '@motcua/ui';
import { widgetMessages } from '../shared/widget.js';

export const checklistMessages: Catalog = widgetMessages({
  vi: {
    'checklist.heading': 'Giấy tờ cần chuẩn bị',
    'checklist.procedure': 'Thủ tục: {name} (mã {code})',
    'checklist.notFound.heading': 'Không tìm thấy thủ tục',
    'checklist.notFound.body': 'Không có thủ tục mang mã {code} trong danh mục. Kiểm tra lại mã thủ tục.',
    'checklist.noProcedure': 'Chưa chọn thủ tục (thuộc tính procedure).',
    'checklist.case.label': 'Trường hợp của bạn',
    'checklist.case.hint': 'Giấy tờ cần nộp khác nhau theo từng trường hợp. Chọn trường hợp đúng với bạn trước.',
    'checklist.case.pick': 'Chọn trường hợp của bạn ở trên để xem danh sách giấy tờ.',
    'checklist.case.chosen': 'Trường hợp: {name}',
    'checklist.list.label': 'Danh sách giấy tờ',
    'checklist.progress': '{ready} trên {total} đã sẵn sàng',
    'checklist.progress.done': 'Đã chuẩn bị đủ {total} giấy tờ.',
    'checklist.saved': 'Các ô đã đánh dấu được lưu trên thiết bị này.',
    'checklist.copies': (p: MessageParams) => {
      const originals = Number(p['originals'] ?? 0);
      const copies = Number(p['copies'] ?? 0);
      return [originals ? `${originals} bản chính` : '', copies ? `${copies} bản sao` : ''].filter(Boolean).join(', ');
    },
    'checklist.showOnly': 'Chỉ mang theo để xuất trình, không phải nộp',
    'checklist.optional': 'Chỉ nộp nếu thuộc trường hợp này',
    'checklist.form': 'Tải mẫu {code}',
    'checklist.form.name': 'Tải mẫu: {name}',
    'checklist.eform': 'Có tờ khai điện tử khi nộp trực tuyến',
    'checklist.reuse.badge': 'Có thể không cần giấy này',
    'checklist.reuse.population': 'Dữ liệu đã có trong Cơ sở dữ liệu quốc gia về dân cư (VNeID).',
    'checklist.reuse.civil-status': 'Dữ liệu đã có trong Cơ sở dữ liệu hộ tịch điện tử.',
    'checklist.reuse.social-insurance': 'Dữ liệu đã có trong Cơ sở dữ liệu quốc gia về bảo hiểm.',
    'checklist.reuse.land': 'Dữ liệu đã có trong Cơ sở dữ liệu quốc gia về đất đai.',
    'checklist.reuse.business': 'Dữ liệu đã có trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
    'checklist.due.heading': 'Ngày hẹn trả kết quả',
    'checklist.due.today': 'Nếu nộp hôm nay, ngày hẹn trả kết quả dự kiến là {date}.',
    'checklist.due.deferred': 'Hôm nay đã sau {cutoff} hoặc là ngày nghỉ, nên hồ sơ được tính từ ngày làm việc tiếp theo ({from}).',
    'checklist.due.note': 'Tính theo ngày làm việc (không kể thứ Bảy, Chủ nhật, ngày lễ, Tết), theo thời hạn nộp trực tiếp: “{text}”. Ngày chính thức ghi trên giấy tiếp nhận hồ sơ.',
    'checklist.due.unknown': 'Thời hạn giải quyết: {text}',
    'checklist.fees.heading': 'Thời hạn và lệ phí',
    'checklist.channel.in-person': 'Nộp trực tiếp',
    'checklist.channel.online': 'Nộp trực tuyến',
    'checklist.channel.postal': 'Qua bưu chính công ích',
    'checklist.timeLimit': 'Thời hạn',
    'checklist.fee': 'Lệ phí',
    'checklist.where.heading': 'Nơi nộp hồ sơ',
    'checklist.where.phone': 'Điện thoại: {phone}',
    'checklist.rights.heading': 'Quyền của bạn',
    'checklist.rights.only': 'Danh mục theo Quyết định {decision}; cán bộ không được đòi giấy tờ ngoài danh mục này (Điều 5 Nghị định 118/2025/NĐ-CP).',
    'checklist.rights.reuse': 'Giấy có dấu “Có thể không cần giấy này”: cán bộ tự tra cứu, không bắt bạn nộp lại.',
    'checklist.rights.report': 'Bị đòi thêm? Bạn có quyền phản ánh qua Cổng Dịch vụ công quốc gia hoặc đường dây nóng:',
    'checklist.rights.link': 'Gửi phản ánh, kiến nghị',
    'checklist.print': 'In danh sách',
    'checklist.print.link': 'Xem lại trực tuyến: {url}',
    'checklist.print.printed': 'In ngày {date}',
    'checklist.newTab': '(mở thẻ mới)',
  },
  // English: messages.en.ts, loaded only when a widget renders in English (McElement.lazyMessages).
  en: {},
});

export { DEFAULT_HOTLINE, FEEDBACK_URL } from '../shared/contact.js';
