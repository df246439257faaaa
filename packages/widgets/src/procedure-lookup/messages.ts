// Strings of <mc-procedure-lookup>. Vietnamese is complete; every key can be overridden per instance
// with the `messages` attribute/property.
import type { Catalog, MessageParams } from '@motcua/ui';
import { widgetMessages } from '../shared/widget.js';

export const lookupMessages: Catalog = widgetMessages({
  vi: {
    'lookup.heading': 'Tra cứu thủ tục hành chính',
    'lookup.search.label': 'Tìm thủ tục',
    'lookup.search.hint': 'Gõ tên việc cần làm, có dấu hoặc không dấu, ví dụ: khai sinh, tam tru, chứng thực.',
    'lookup.search.region': 'Tìm thủ tục hành chính',
    'lookup.field.label': 'Lĩnh vực',
    'lookup.field.all': 'Tất cả lĩnh vực',
    'lookup.online.label': 'Nộp trực tuyến',
    'lookup.online.all': 'Tất cả thủ tục',
    'lookup.online.any': 'Có nộp trực tuyến',
    'lookup.online.full': 'Trực tuyến toàn trình',
    'lookup.count': (p: MessageParams) =>
      Number(p['total']) === 0
        ? 'Không tìm thấy thủ tục nào.'
        : `Tìm thấy ${p['total']} thủ tục${p['query'] ? ` cho “${p['query']}”` : ''}.${Number(p['pages']) > 1 ? ` Trang ${p['page']} trên ${p['pages']}.` : ''}`,
    'lookup.results.label': 'Kết quả tìm kiếm',
    'lookup.result.field': 'Lĩnh vực',
    'lookup.result.time': 'Thời hạn',
    'lookup.result.fee': 'Lệ phí',
    'lookup.result.code': 'Mã {code}',
    'lookup.badge.full': 'Trực tuyến toàn trình',
    'lookup.badge.partial': 'Trực tuyến một phần',
    'lookup.empty.heading': 'Không tìm thấy thủ tục phù hợp',
    'lookup.empty.body': 'Thử gõ ít từ hơn, dùng tên thường gọi (ví dụ “làm giấy khai sinh”) hoặc bỏ bớt bộ lọc.',
    'lookup.empty.try': 'Thử tìm:',
    'lookup.empty.clear': 'Bỏ bộ lọc và từ khóa',
    'lookup.empty.hotline': 'Cần hỗ trợ? Gọi đường dây nóng',
    'lookup.suggestions': 'khai sinh|tạm trú|chứng thực|kết hôn',
    'lookup.pagination': 'Các trang kết quả',
    'lookup.back': 'Quay lại danh sách thủ tục',
    'lookup.detail.notFound.heading': 'Không tìm thấy thủ tục',
    'lookup.detail.notFound.body': 'Thủ tục mã {code} không có trong danh mục.',
    // The detail's strings are in detail.messages.ts, loaded with the detail view (detail.view.ts).
  },
  // English: messages.en.ts, loaded only when a widget renders in English (McElement.lazyMessages).
  en: {},
});
