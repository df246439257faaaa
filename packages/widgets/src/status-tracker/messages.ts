// Strings of <mc-status-tracker>. Vietnamese is complete; English follows.
import { mergeCatalogs } from '@motcua/ui';
import { widgetMessages } from '../shared/widget.js';
import { codeMessages } from '../shared/code-messages.js';

export const trackerMessages = mergeCatalogs(codeMessages, widgetMessages({
  vi: {
    'tracker.heading': 'Tra cứu tình trạng hồ sơ',
    'tracker.intro': 'Nhập mã hồ sơ ghi trên giấy tiếp nhận và 4 số xác minh dưới đây.',
    'tracker.code.label': 'Mã hồ sơ',
    'tracker.code.hint': 'Ví dụ: 000.00.25.H53-261120-0012 (mã cơ quan - ngày nộp yyMMdd - số thứ tự 4 chữ số)',
    'tracker.verifier.label': '4 số cuối số định danh cá nhân hoặc số điện thoại',
    'tracker.verifier.hint': 'Dùng để xác nhận bạn là người nộp hồ sơ. Không được lưu lại.',
    'tracker.remember': 'Ghi nhớ mã hồ sơ này trên thiết bị này (không lưu 4 số xác minh)',
    'tracker.submit': 'Xem tình trạng',
    'tracker.notFound.heading': 'Không tìm thấy hồ sơ',
    'tracker.notFound.body': 'Không tìm thấy hồ sơ khớp với mã hồ sơ và 4 số xác minh đã nhập. Vui lòng kiểm tra lại mã trên giấy tiếp nhận và 4 số xác minh.',
    'tracker.rateLimited.heading': 'Tạm thời chưa tra cứu được',
    'tracker.rateLimited.body': 'Mã hồ sơ này đã được thử quá nhiều lần. Để bảo vệ thông tin của bạn, vui lòng thử lại sau',
    'tracker.rateLimited.seconds': '{seconds} giây',
    'tracker.rateLimited.over': 'Bạn có thể tra cứu lại ngay bây giờ.',
    'tracker.saved.heading': 'Hồ sơ đã ghi nhớ trên thiết bị này',
    'tracker.saved.hint': 'Chỉ lưu mã hồ sơ. Khi xem lại, bạn vẫn cần nhập 4 số xác minh.',
    'tracker.saved.check': 'Xem lại',
    'tracker.saved.checkLabel': 'Xem lại hồ sơ {code}',
    'tracker.saved.forget': 'Quên',
    'tracker.saved.forgetLabel': 'Quên hồ sơ {code} trên thiết bị này',
    'tracker.saved.forgotten': 'Đã xóa mã hồ sơ {code} khỏi thiết bị này.',
    'tracker.saved.picked': 'Đã điền mã hồ sơ {code}. Nhập 4 số xác minh để xem.',
    // The result's strings (status, what to do now, dates, history, evaluation) are in
    // result.messages.ts, loaded with the result view (result.view.ts) when a lookup starts.
  },
  // English: messages.en.ts, loaded only when a widget renders in English (McElement.lazyMessages).
  en: {},
}));
