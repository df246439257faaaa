// Vietnamese strings of what follows sending (thanks, queued, already evaluated, refusals), loaded
// with the outcome view (outcome.view.ts) and added to <mc-satisfaction-survey>'s catalog then
// (lazyModule). Their English is in messages.en.ts with the rest.
import type { Catalog } from '@motcua/ui';

export const outcomeMessages: Catalog = {
  vi: {
    'survey.thanks.heading': 'Cảm ơn bạn!',
    'survey.thanks.sent.general': 'Phiếu của bạn đã được gửi. Phiếu không ghi tên bạn.',
    'survey.thanks.sent.dossier': 'Đánh giá của bạn đã được ghi nhận cho hồ sơ này.',
    'survey.thanks.queued.heading': 'Đã lưu trên máy này, sẽ tự gửi khi có mạng',
    'survey.thanks.queued.body': 'Câu trả lời chưa tới được máy chủ. Nó được giữ trên thiết bị này và sẽ tự gửi khi có kết nối, kể cả khi bạn mở lại trang sau. Xin đừng xóa dữ liệu trình duyệt trước khi gửi xong.',
    'survey.thanks.sentLater': 'Đã gửi xong câu trả lời của bạn.',
    'survey.thanks.use.general':
      'Ủy ban nhân dân tỉnh tổng hợp các phiếu để đo mức độ hài lòng với từng xã, phường theo 5 yếu tố của Bộ Nội vụ, công bố kết quả công khai và dùng các góp ý để sửa cách phục vụ.',
    'survey.thanks.use.dossier':
      'Tỉnh tổng hợp các đánh giá theo từng cơ quan và công bố công khai. Những đánh giá "không hài lòng" lặp lại đối với một cán bộ là căn cứ để xem xét, điều chỉnh công việc của cán bộ đó.',
    'survey.already.heading': 'Hồ sơ này đã được đánh giá',
    'survey.already.body': 'Mỗi hồ sơ chỉ được đánh giá một lần, và hồ sơ này đã có đánh giá. Cảm ơn bạn đã quan tâm. Nếu cần phản ánh thêm, bạn có thể dùng mục góp ý, phản ánh của Cổng Dịch vụ công.',
    'survey.notFound': 'Không tìm thấy hồ sơ khớp với mã hồ sơ và 4 số xác minh đã nhập. Vui lòng kiểm tra lại.',
    'survey.notEvaluable': 'Hồ sơ này chưa thể đánh giá: chỉ đánh giá được hồ sơ đã giải quyết xong hoặc đã trả kết quả.',
    'survey.unitNotFound': 'Không tìm thấy đơn vị được khảo sát. Vui lòng báo cho quản trị trang.',
    'survey.invalid': 'Câu trả lời chưa hợp lệ. Vui lòng kiểm tra lại các câu và thử lại.',
  },
  en: {},
};
