// Strings of <mc-satisfaction-survey>. Vietnamese is complete; English follows.
import { mergeCatalogs } from '@motcua/ui';
import { widgetMessages } from '../shared/widget.js';
import { codeMessages } from '../status-tracker/code-messages.js';

export const surveyMessages = mergeCatalogs(codeMessages, widgetMessages({
  vi: {
    'survey.heading.general': 'Khảo sát mức độ hài lòng',
    'survey.heading.dossier': 'Đánh giá việc giải quyết hồ sơ',
    'survey.intro.general': 'Phiếu khảo sát ẩn danh gồm 5 câu về lần bạn đến làm thủ tục. Không cần ghi họ tên.',
    'survey.intro.dossier': 'Mỗi câu có 3 mức. Mỗi hồ sơ chỉ được đánh giá một lần.',
    'survey.intro.dossierCode': 'Đánh giá cho hồ sơ {code}. Mỗi hồ sơ chỉ được đánh giá một lần.',
    'survey.loading': 'Đang tải câu hỏi…',
    'survey.empty': 'Hiện chưa có tiêu chí đánh giá nào. Vui lòng quay lại sau.',
    'survey.factor.access': 'Tiếp cận dịch vụ: thông tin về thủ tục, nơi làm thủ tục, cách đặt lịch, chỗ ngồi chờ',
    'survey.factor.procedure': 'Thủ tục hành chính: giấy tờ phải nộp, phí và lệ phí, thời hạn giải quyết được công khai và đúng quy định',
    'survey.factor.official': 'Công chức trực tiếp giải quyết: thái độ, hướng dẫn rõ ràng, đúng quy định',
    'survey.factor.result': 'Kết quả giải quyết: đúng hạn, đầy đủ, chính xác',
    'survey.factor.feedback': 'Tiếp nhận và xử lý góp ý, phản ánh, kiến nghị',
    'survey.progress.page': 'Câu {current}/{total}',
    'survey.progress.answered': 'Đã trả lời {answered}/{total} câu',
    'survey.next': 'Câu tiếp theo',
    'survey.back': 'Câu trước',
    'survey.missing': 'Vui lòng chọn một mức cho câu này.',
    'survey.missingSummary': 'Còn {count} câu chưa trả lời. Vui lòng chọn một mức ở mỗi câu được đánh dấu.',
    'survey.comment.label.general': 'Góp ý, kiến nghị của bạn',
    'survey.comment.label.dossier': 'Góp ý thêm',
    'survey.comment.hint': 'Không bắt buộc, tối đa {max} ký tự. Xin đừng ghi họ tên, số điện thoại hay số giấy tờ.',
    'survey.code.label': 'Mã hồ sơ',
    'survey.code.hint': 'Ghi trên giấy tiếp nhận, ví dụ: 000.00.25.H53-261120-0012',
    'survey.verifier.label': '4 số cuối CCCD hoặc số điện thoại',
    'survey.verifier.hint': 'Để xác nhận bạn là người nộp hồ sơ. Không được lưu lại.',
    'survey.submit': 'Gửi đánh giá',
    'survey.submit.general': 'Gửi phiếu',
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
    'survey.sendError': 'Chưa gửi được. Vui lòng thử lại.',
  },
  // English: messages.en.ts, loaded only when a widget renders in English (McElement.lazyMessages).
  en: {},
}));
