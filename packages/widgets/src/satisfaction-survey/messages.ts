// Strings of <mc-satisfaction-survey>. Vietnamese is complete; English follows. The code and
// verifier fields' strings come with them (identity.view.ts), the evaluation's own with its
// questions (dossier.view.ts).
import { widgetMessages } from '../shared/widget.js';

export const surveyMessages = widgetMessages({
  vi: {
    'survey.heading.general': 'Khảo sát mức độ hài lòng',
    'survey.heading.dossier': 'Đánh giá việc giải quyết hồ sơ',
    'survey.intro.general': 'Phiếu khảo sát ẩn danh gồm 5 câu về lần bạn đến làm thủ tục. Không cần ghi họ tên.',
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
    'survey.comment.hint': 'Không bắt buộc, tối đa {max} ký tự. Xin đừng ghi họ tên, số điện thoại hay số giấy tờ.',
    'survey.submit.general': 'Gửi phiếu',
    'survey.sendError': 'Chưa gửi được. Vui lòng thử lại.',
    // What is said after sending (thanks, already evaluated, refusals) is in outcome.messages.ts,
    // loaded with the outcome view (outcome.view.ts).
  },
  // English: messages.en.ts, loaded only when a widget renders in English (McElement.lazyMessages).
  en: {},
});
