// Strings of <mc-dossier-checklist>. Vietnamese is complete; every key can be overridden per instance
// with the `messages` attribute/property.
import type { Catalog } from '@motcua/ui';
import { widgetMessages } from '../shared/widget.js';

export const checklistMessages: Catalog = widgetMessages({
  vi: {
    'checklist.heading': 'Giấy tờ cần chuẩn bị',
    'checklist.procedure': 'Thủ tục: {name} (mã {code})',
    'checklist.loading': 'Đang tải danh sách giấy tờ…',
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
    'checklist.copies': (p) => copies(p, 'vi'),
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
    'checklist.rights.only': 'Cán bộ chỉ được yêu cầu đúng các giấy tờ trong danh sách này. Không ai được đòi thêm giấy tờ khác.',
    'checklist.rights.reuse': 'Giấy tờ có dấu “Có thể không cần giấy này” thì cán bộ phải tự tra cứu dữ liệu sẵn có thay vì bắt bạn nộp lại.',
    'checklist.rights.report': 'Nếu bị yêu cầu thêm giấy tờ, bạn có quyền phản ánh trên Cổng Dịch vụ công quốc gia hoặc gọi đường dây nóng {hotline}.',
    'checklist.rights.link': 'Gửi phản ánh, kiến nghị (Cổng Dịch vụ công quốc gia)',
    'checklist.print': 'In danh sách',
    'checklist.print.link': 'Xem lại trực tuyến: {url}',
    'checklist.print.printed': 'In ngày {date}',
    'checklist.newTab': '(mở thẻ mới)',
  },
  en: {
    'checklist.heading': 'Papers to prepare',
    'checklist.procedure': 'Procedure: {name} (code {code})',
    'checklist.loading': 'Loading the list of papers…',
    'checklist.notFound.heading': 'Procedure not found',
    'checklist.notFound.body': 'There is no procedure with code {code} in the catalog. Check the code.',
    'checklist.noProcedure': 'No procedure chosen (procedure attribute).',
    'checklist.case.label': 'Your case',
    'checklist.case.hint': 'The papers differ from case to case. Choose the case that fits you first.',
    'checklist.case.pick': 'Choose your case above to see the list of papers.',
    'checklist.case.chosen': 'Case: {name}',
    'checklist.list.label': 'List of papers',
    'checklist.progress': '{ready} of {total} ready',
    'checklist.progress.done': 'All {total} papers are ready.',
    'checklist.saved': 'Your ticks are saved on this device.',
    'checklist.copies': (p) => copies(p, 'en'),
    'checklist.showOnly': 'Bring it to show; it is not handed in',
    'checklist.optional': 'Only if this applies to you',
    'checklist.form': 'Download form {code}',
    'checklist.form.name': 'Download form: {name}',
    'checklist.eform': 'An electronic form is available online',
    'checklist.reuse.badge': 'You may not need this paper',
    'checklist.reuse.population': 'The data is already in the national population database (VNeID).',
    'checklist.reuse.civil-status': 'The data is already in the electronic civil-status database.',
    'checklist.reuse.social-insurance': 'The data is already in the national insurance database.',
    'checklist.reuse.land': 'The data is already in the national land database.',
    'checklist.reuse.business': 'The data is already in the national business registration database.',
    'checklist.due.heading': 'Expected result date',
    'checklist.due.today': 'If you submit today, the result is expected on {date}.',
    'checklist.due.deferred': 'It is after {cutoff} or a day off today, so the dossier counts from the next working day ({from}).',
    'checklist.due.note': 'Counted in working days (not weekends or public holidays), from the in-person time limit: “{text}”. The official date is written on your receipt.',
    'checklist.due.unknown': 'Time limit: {text}',
    'checklist.fees.heading': 'Time limits and fees',
    'checklist.channel.in-person': 'In person',
    'checklist.channel.online': 'Online',
    'checklist.channel.postal': 'By public postal service',
    'checklist.timeLimit': 'Time limit',
    'checklist.fee': 'Fee',
    'checklist.where.heading': 'Where to submit',
    'checklist.where.phone': 'Phone: {phone}',
    'checklist.rights.heading': 'Your rights',
    'checklist.rights.only': 'Staff may only ask for the papers on this list. No one may ask you for anything else.',
    'checklist.rights.reuse': 'For papers marked “You may not need this paper”, staff must look the data up themselves instead of asking you for it again.',
    'checklist.rights.report': 'If you are asked for more papers, you have the right to report it on the National Public Service Portal or by calling the hotline {hotline}.',
    'checklist.rights.link': 'Send feedback (National Public Service Portal)',
    'checklist.print': 'Print the list',
    'checklist.print.link': 'See it online: {url}',
    'checklist.print.printed': 'Printed on {date}',
    'checklist.newTab': '(opens in a new tab)',
  },
});

function copies(p: Record<string, string | number>, lang: 'vi' | 'en'): string {
  const originals = Number(p['originals'] ?? 0);
  const copyCount = Number(p['copies'] ?? 0);
  const parts: string[] = [];
  if (lang === 'vi') {
    if (originals) parts.push(`${originals} bản chính`);
    if (copyCount) parts.push(`${copyCount} bản sao`);
    return parts.join(', ');
  }
  if (originals) parts.push(`${originals} original${originals > 1 ? 's' : ''}`);
  if (copyCount) parts.push(`${copyCount} cop${copyCount > 1 ? 'ies' : 'y'}`);
  return parts.join(', ');
}

export { DEFAULT_HOTLINE, FEEDBACK_URL } from '../shared/contact.js';
