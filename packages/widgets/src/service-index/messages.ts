// Strings of <mc-service-index>. Vietnamese is complete; English follows.
import { widgetMessages } from '../shared/widget.js';

export const indexMessages = widgetMessages({
  vi: {
    'index.heading': 'Chỉ số phục vụ người dân',
    'index.headingUnit': 'Chỉ số phục vụ người dân — {unit}',
    'index.period': '12 tháng gần nhất, từ {from} đến {to}',
    'index.onTime': 'Giải quyết đúng hạn',
    'index.onTimeDetail': '{onTime} trên {resolved} hồ sơ đã giải quyết',
    'index.overdue': 'Trễ hạn',
    'index.overdueValue': '{count} hồ sơ',
    'index.overdueDetail': 'Giải quyết trễ hạn hoặc đang quá hạn',
    'index.online': 'Nộp trực tuyến',
    'index.onlineDetail': 'Trên {received} hồ sơ tiếp nhận',
    'index.satisfaction': 'Người dân hài lòng',
    'index.satisfactionDetail': 'Từ {evaluations} đánh giá hồ sơ và {surveys} phiếu khảo sát',
    'index.noData': 'Chưa có dữ liệu',
    'index.percent': '{value}%',
    'index.chart.heading': 'Hồ sơ giải quyết theo tháng',
    'index.chart.title': 'Biểu đồ cột: số hồ sơ giải quyết đúng hạn và trễ hạn mỗi tháng, {from} đến {to}. Xem bảng số liệu để đọc từng tháng.',
    'index.chart.onTime': 'Đúng hạn',
    'index.chart.overdue': 'Trễ hạn',
    'index.table.show': 'Xem bảng số liệu',
    'index.table.hide': 'Ẩn bảng số liệu',
    'index.table.caption': 'Số hồ sơ theo tháng',
    'index.table.month': 'Tháng',
    'index.table.received': 'Tiếp nhận',
    'index.table.onTime': 'Đúng hạn',
    'index.table.overdue': 'Trễ hạn',
    'index.month': 'Tháng {month}/{year}',
    'index.monthShort': 'T{month}',
    'index.empty.heading': 'Chưa có số liệu',
    'index.empty.body': 'Đơn vị này chưa có hồ sơ nào được ghi nhận trong 12 tháng qua.',
    'index.notFound': 'Không tìm thấy đơn vị có mã {unit}. Vui lòng báo cho quản trị trang.',
  },
  // English: messages.en.ts, loaded only when a widget renders in English (McElement.lazyMessages).
  en: {},
});
