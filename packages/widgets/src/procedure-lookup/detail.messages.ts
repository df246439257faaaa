// Vietnamese strings of a procedure's detail, loaded with the detail view (detail.view.ts) when a
// procedure is first opened, and added to <mc-procedure-lookup>'s catalog then (lazyModule). Their
// English is in messages.en.ts with the rest.
import type { Catalog } from '@motcua/ui';

export const detailMessages: Catalog = {
  vi: {
    'lookup.detail.code': 'Mã thủ tục: {code}',
    'lookup.detail.level.commune': 'UBND cấp xã',
    'lookup.detail.level.commune-police': 'Công an cấp xã',
    'lookup.detail.level.province': 'Cấp tỉnh',
    'lookup.detail.channels': 'Cách thức thực hiện',
    'lookup.detail.channels.caption': 'Thời hạn và lệ phí theo cách nộp',
    'lookup.detail.channel': 'Cách nộp',
    'lookup.detail.channel.in-person': 'Trực tiếp',
    'lookup.detail.channel.online': 'Trực tuyến',
    'lookup.detail.channel.postal': 'Qua bưu chính công ích',
    'lookup.detail.time': 'Thời hạn giải quyết',
    'lookup.detail.fee': 'Phí, lệ phí',
    'lookup.detail.steps': 'Các bước thực hiện',
    'lookup.detail.applicants': 'Ai được nộp',
    'lookup.detail.requirements': 'Yêu cầu, điều kiện',
    'lookup.detail.result': 'Kết quả nhận được',
    'lookup.detail.legal': 'Căn cứ pháp lý',
    'lookup.detail.where': 'Nơi nộp hồ sơ',
    'lookup.detail.phone': 'Điện thoại: {phone}',
    'lookup.detail.online': 'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia',
    'lookup.detail.online.note': 'Mở trang của thủ tục trên Cổng Dịch vụ công quốc gia (thẻ mới). Cần tài khoản VNeID để nộp.',
  },
  en: {},
};
