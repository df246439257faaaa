// Generates a national-size procedure catalog (default 6,500 procedures) in the contract's
// import shape { procedures: [ProcedureUpsert, …] } for the benchmark. Names follow the patterns
// of real catalog names (verb + object + qualifier: "Cấp lại Giấy phép kinh doanh vận tải bằng
// xe ô tô", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", …) across ~40 fields, so search
// meets a realistic vocabulary: many procedures share words, a few words are rare.
//
// Usage: node bench/api/generate-catalog.mjs [out.json] [--count 6500] [--units 25459,29869]
// Deterministic (seeded PRNG): the same arguments give the same file.
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? 'bench/api/.national-catalog.json';
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const COUNT = Number(flag('count', '6500'));
const UNITS = flag('units', '25459,29869').split(',').filter(Boolean);

let seed = 0x6d6f7463; // "motc"
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

// field code, field name, objects (what the procedure is about), and the agency
const FIELDS = [
  ['ho-tich', 'Hộ tịch', ['khai sinh', 'kết hôn', 'khai tử', 'giám hộ', 'nhận cha, mẹ, con', 'thay đổi, cải chính hộ tịch', 'xác định lại dân tộc', 'ghi chú ly hôn', 'trích lục hộ tịch', 'tình trạng hôn nhân']],
  ['chung-thuc', 'Chứng thực', ['bản sao từ bản chính', 'chữ ký', 'hợp đồng, giao dịch', 'di chúc', 'văn bản thỏa thuận phân chia di sản', 'chữ ký người dịch', 'văn bản từ chối nhận di sản']],
  ['cu-tru', 'Cư trú', ['thường trú', 'tạm trú', 'tạm vắng', 'lưu trú', 'xác nhận thông tin về cư trú', 'tách hộ']],
  ['bao-tro-xa-hoi', 'Bảo trợ xã hội', ['trợ cấp xã hội hằng tháng', 'hỗ trợ chi phí mai táng', 'trợ giúp xã hội khẩn cấp', 'mức độ khuyết tật', 'chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội', 'hộ nghèo, hộ cận nghèo']],
  ['nguoi-co-cong', 'Người có công', ['trợ cấp ưu đãi người có công', 'thân nhân liệt sĩ', 'thương binh', 'người hoạt động kháng chiến', 'mộ liệt sĩ', 'chế độ điều dưỡng']],
  ['dat-dai', 'Đất đai', ['quyền sử dụng đất', 'biến động đất đai', 'chuyển mục đích sử dụng đất', 'tách thửa, hợp thửa đất', 'giấy chứng nhận quyền sử dụng đất', 'hòa giải tranh chấp đất đai']],
  ['xay-dung', 'Xây dựng', ['giấy phép xây dựng nhà ở riêng lẻ', 'giấy phép sửa chữa, cải tạo công trình', 'giấy phép di dời công trình', 'thiết kế xây dựng', 'nghiệm thu công trình']],
  ['kinh-doanh', 'Thành lập và hoạt động của hộ kinh doanh', ['hộ kinh doanh', 'tạm ngừng kinh doanh', 'chấm dứt hoạt động hộ kinh doanh', 'thay đổi nội dung đăng ký hộ kinh doanh']],
  ['hop-tac-xa', 'Kinh tế hợp tác', ['hợp tác xã', 'tổ hợp tác', 'chi nhánh hợp tác xã', 'liên hiệp hợp tác xã']],
  ['giao-duc', 'Giáo dục và Đào tạo', ['trường mầm non', 'nhóm trẻ độc lập', 'trường tiểu học', 'chuyển trường học sinh', 'phổ cập giáo dục', 'miễn, giảm học phí', 'hỗ trợ chi phí học tập']],
  ['y-te', 'Y tế', ['cơ sở bán lẻ thuốc', 'giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'khám sức khỏe', 'thẻ bảo hiểm y tế cho trẻ em', 'hành nghề y tư nhân']],
  ['van-hoa', 'Văn hóa', ['lễ hội', 'thư viện cơ sở', 'danh hiệu gia đình văn hóa', 'biểu diễn nghệ thuật', 'karaoke, vũ trường', 'quảng cáo']],
  ['the-thao', 'Thể dục thể thao', ['câu lạc bộ thể dục thể thao cơ sở', 'giải thi đấu thể thao quần chúng', 'cơ sở kinh doanh hoạt động thể thao']],
  ['du-lich', 'Du lịch', ['điểm du lịch', 'cơ sở lưu trú du lịch', 'hướng dẫn viên du lịch tại điểm', 'homestay']],
  ['nong-nghiep', 'Nông nghiệp', ['kinh tế trang trại', 'hỗ trợ giống cây trồng', 'chuyển đổi cơ cấu cây trồng', 'kiểm dịch động vật', 'hỗ trợ thiệt hại do thiên tai']],
  ['thuy-loi', 'Thủy lợi', ['công trình thủy lợi nhỏ', 'xả nước thải vào công trình thủy lợi', 'khai thác nước mặt']],
  ['lam-nghiep', 'Lâm nghiệp', ['khai thác gỗ rừng trồng', 'giao rừng, cho thuê rừng', 'chi trả dịch vụ môi trường rừng', 'nguồn gốc lâm sản']],
  ['thuy-san', 'Thủy sản', ['tàu cá', 'nuôi trồng thủy sản', 'khai thác thủy sản', 'hỗ trợ ngư dân']],
  ['moi-truong', 'Môi trường', ['kế hoạch bảo vệ môi trường', 'đánh giá tác động môi trường', 'thu gom chất thải rắn', 'xả thải']],
  ['tai-nguyen-nuoc', 'Tài nguyên nước', ['giếng khoan', 'khai thác nước dưới đất', 'hành nghề khoan nước dưới đất']],
  ['giao-thong', 'Đường bộ', ['giấy phép lái xe', 'đăng ký xe máy chuyên dùng', 'giấy phép thi công trên đường bộ', 'bến khách ngang sông', 'phương tiện thủy nội địa']],
  ['lao-dong', 'Lao động - Tiền lương', ['hợp đồng lao động', 'nội quy lao động', 'thang lương, bảng lương', 'thỏa ước lao động tập thể']],
  ['viec-lam', 'Việc làm', ['trợ cấp thất nghiệp', 'tư vấn, giới thiệu việc làm', 'người lao động nước ngoài', 'hỗ trợ tạo việc làm']],
  ['bhxh', 'Bảo hiểm xã hội', ['chế độ ốm đau', 'chế độ thai sản', 'lương hưu', 'bảo hiểm xã hội tự nguyện', 'sổ bảo hiểm xã hội']],
  ['tre-em', 'Trẻ em', ['chăm sóc thay thế cho trẻ em', 'nhận chăm sóc thay thế', 'hỗ trợ trẻ em có hoàn cảnh đặc biệt']],
  ['nuoi-con-nuoi', 'Nuôi con nuôi', ['nuôi con nuôi trong nước', 'nuôi con nuôi thực tế', 'chấm dứt việc nuôi con nuôi']],
  ['hoa-giai', 'Hòa giải ở cơ sở', ['hòa giải viên', 'tổ hòa giải', 'thù lao hòa giải viên']],
  ['pho-bien-phap-luat', 'Phổ biến, giáo dục pháp luật', ['báo cáo viên pháp luật', 'tuyên truyền viên pháp luật', 'xã đạt chuẩn tiếp cận pháp luật']],
  ['boi-thuong-nha-nuoc', 'Bồi thường nhà nước', ['yêu cầu bồi thường', 'phục hồi danh dự', 'chi trả tiền bồi thường']],
  ['thi-dua', 'Thi đua - Khen thưởng', ['danh hiệu lao động tiên tiến', 'giấy khen', 'khen thưởng đột xuất', 'danh hiệu chiến sĩ thi đua cơ sở']],
  ['ton-giao', 'Tín ngưỡng, tôn giáo', ['sinh hoạt tôn giáo tập trung', 'hoạt động tín ngưỡng', 'lễ hội tín ngưỡng', 'người phụ trách sinh hoạt tôn giáo']],
  ['thanh-nien', 'Thanh niên', ['thanh niên xung phong', 'tình nguyện viên', 'câu lạc bộ thanh niên']],
  ['dan-toc', 'Công tác dân tộc', ['người có uy tín', 'hỗ trợ đồng bào dân tộc thiểu số', 'vùng đồng bào dân tộc thiểu số']],
  ['tiep-cong-dan', 'Tiếp công dân', ['tiếp công dân', 'xử lý đơn thư']],
  ['khieu-nai', 'Giải quyết khiếu nại', ['khiếu nại lần đầu', 'khiếu nại lần hai']],
  ['to-cao', 'Giải quyết tố cáo', ['tố cáo', 'bảo vệ người tố cáo']],
  ['phong-chay', 'Phòng cháy, chữa cháy', ['thẩm duyệt thiết kế phòng cháy', 'nghiệm thu phòng cháy', 'phương án chữa cháy cơ sở']],
  ['nghia-vu-quan-su', 'Nghĩa vụ quân sự', ['đăng ký nghĩa vụ quân sự lần đầu', 'tạm hoãn gọi nhập ngũ', 'miễn gọi nhập ngũ', 'đăng ký phục vụ trong ngạch dự bị']],
  ['dien-luc', 'Điện', ['cấp điện sinh hoạt', 'giấy phép hoạt động điện lực', 'an toàn hành lang lưới điện']],
  ['thuong-mai', 'Lưu thông hàng hóa trong nước', ['bán lẻ rượu', 'bán lẻ sản phẩm thuốc lá', 'chợ', 'cửa hàng xăng dầu']],
];

const VERBS = [
  ['Đăng ký', 8],
  ['Cấp', 8],
  ['Cấp lại', 5],
  ['Cấp đổi', 3],
  ['Điều chỉnh', 3],
  ['Gia hạn', 3],
  ['Xác nhận', 4],
  ['Thông báo', 2],
  ['Công nhận', 2],
  ['Thẩm định', 2],
  ['Giải quyết', 3],
  ['Thu hồi', 1],
  ['Hỗ trợ', 2],
  ['Thay đổi, bổ sung thông tin', 2],
  ['Chấm dứt', 1],
  ['Đề nghị', 2],
  ['Phê duyệt', 1],
  ['Xóa đăng ký', 1],
];
const VERB_BAG = VERBS.flatMap(([v, w]) => Array(w).fill(v));
const QUALIFIERS = [
  '', '', '', '', '',
  'có yếu tố nước ngoài', 'lưu động', 'cho người đã có hồ sơ, giấy tờ cá nhân', 'trên địa bàn cấp xã', 'đối với hộ gia đình, cá nhân',
  'trường hợp bị mất, hỏng', 'do thay đổi thông tin', 'theo đề nghị của cá nhân', 'cho người nước ngoài', 'trực tuyến',
  'tại Ủy ban nhân dân cấp xã', 'khi có thay đổi', 'lần đầu', 'đối với người cao tuổi', 'đối với người khuyết tật',
  'trong trường hợp khẩn cấp', 'cho tổ chức', 'cho doanh nghiệp nhỏ và vừa', 'ở khu vực biên giới', 'đối với trẻ em dưới 6 tuổi',
];
const LEVELS = ['commune', 'commune', 'commune', 'commune-police', 'province'];
const ONLINE = ['full', 'full', 'partial', 'partial', 'none'];

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function procedure(i, code, name, field) {
  const [fieldCode, fieldName] = field;
  const days = pick([0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30]);
  const fee = pick([0, 0, 0, 5000, 8000, 10000, 15000, 20000, 50000, 100000, null]);
  const timeText = days === 0 ? 'Ngay trong ngày làm việc; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo' : `${String(days).padStart(2, '0')} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`;
  const feeText = fee === null ? 'Theo quy định của Hội đồng nhân dân cấp tỉnh' : fee === 0 ? 'Miễn phí' : `${fee.toLocaleString('vi-VN')} đồng/hồ sơ`;
  const channels = [
    { channel: 'in-person', timeLimit: { value: days, unit: 'working-days', text: timeText, sameDayCutoff: days === 0 ? '15:00' : null, maxWithVerification: null }, fee: { amount: fee, text: feeText }, description: 'Nộp trực tiếp tại Bộ phận Một cửa.' },
  ];
  const online = pick(ONLINE);
  if (online !== 'none') {
    channels.push({ channel: 'online', timeLimit: { value: days, unit: 'working-days', text: timeText, sameDayCutoff: days === 0 ? '15:00' : null, maxWithVerification: null }, fee: { amount: fee === null ? null : Math.round(fee / 2), text: fee ? 'Giảm 50% khi nộp trực tuyến' : feeText }, description: 'Nộp qua Cổng Dịch vụ công quốc gia.' });
  }
  if (rand() < 0.4) {
    channels.push({ channel: 'postal', timeLimit: { value: days, unit: 'working-days', text: timeText, sameDayCutoff: null, maxWithVerification: null }, fee: { amount: fee, text: feeText }, description: 'Gửi hồ sơ qua dịch vụ bưu chính công ích.' });
  }
  const nComponents = 1 + Math.floor(rand() * 4);
  const components = Array.from({ length: nComponents }, (_, k) => ({
    id: `tp-${k + 1}`,
    name: k === 0 ? `Tờ khai ${name.toLowerCase()}` : pick(['Bản sao giấy tờ chứng minh nhân thân', 'Giấy tờ chứng minh nơi cư trú', 'Văn bản ủy quyền (nếu nộp thay)', 'Giấy xác nhận của cơ quan có thẩm quyền', 'Bản chính giấy tờ cần chứng thực', 'Sơ đồ vị trí', 'Biên bản họp']),
    description: '',
    originals: 1,
    copies: rand() < 0.3 ? 1 : 0,
    required: k < 2,
    form: k === 0 ? { code: `Mẫu ${String(i % 90 + 1).padStart(2, '0')}`, name: `Tờ khai ${name.toLowerCase()}`, url: `https://example.gov.vn/forms/${code}.docx` } : null,
    electronicForm: online === 'full' && k === 0,
    reusableData: k === 1 && rand() < 0.3 ? { source: 'population', note: 'Không phải nộp khi thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.' } : null,
  }));
  return {
    code,
    name,
    aliases: rand() < 0.15 ? [name.toLowerCase().replace(/^(đăng ký|cấp|cấp lại) /, 'làm ')] : [],
    field: { code: fieldCode, name: fieldName },
    level: pick(LEVELS),
    kind: 'TTHC được luật giao quy định chi tiết',
    decisionNumber: `${100 + (i % 900)}/QĐ-${pick(['BTP', 'BCA', 'BNV', 'BYT', 'BXD', 'BNNMT', 'BGDĐT', 'BVHTTDL'])}`,
    implementingAgency: 'Ủy ban nhân dân cấp xã',
    competentAgency: 'Ủy ban nhân dân cấp xã',
    coordinatingAgencies: [],
    whereToSubmit: 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã',
    steps: [
      { order: 1, title: 'Nộp hồ sơ', description: 'Tổ chức, cá nhân nộp hồ sơ theo quy định.' },
      { order: 2, title: 'Tiếp nhận và kiểm tra hồ sơ', description: 'Công chức tiếp nhận kiểm tra tính đầy đủ của hồ sơ.' },
      { order: 3, title: 'Giải quyết và trả kết quả', description: 'Cơ quan có thẩm quyền giải quyết và trả kết quả.' },
    ],
    channels,
    applicants: [pick(['Công dân Việt Nam', 'Cá nhân, hộ gia đình', 'Tổ chức, cá nhân', 'Người nước ngoài cư trú tại Việt Nam'])],
    result: [`Văn bản ${pick(['chấp thuận', 'xác nhận', 'giấy chứng nhận', 'quyết định'])} về ${name.toLowerCase()}`],
    cases: [{ id: 'chung', name: 'Trường hợp chung', description: '', components }],
    legalBasis: [{ number: `${10 + (i % 150)}/${2015 + (i % 11)}/NĐ-CP`, title: `Nghị định quy định chi tiết về ${field[1].toLowerCase()}`, issuer: 'Chính phủ', issuedOn: null }],
    requirements: [],
    onlineService: online,
    nationalPortalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`,
    units: UNITS.filter(() => rand() < 0.5),
  };
}

const names = new Set();
const procedures = [];
let attempts = 0;
while (procedures.length < COUNT && attempts < COUNT * 50) {
  attempts++;
  const field = pick(FIELDS);
  const object = pick(field[2]);
  const verb = pick(VERB_BAG);
  const qualifier = pick(QUALIFIERS);
  let name = `${verb} ${object}${qualifier ? ` ${qualifier}` : ''}`;
  if (names.has(name)) name = `${name} (${pick(['cấp xã', 'cấp tỉnh', 'thí điểm', 'liên thông', 'sửa đổi'])})`;
  if (names.has(name)) continue;
  names.add(name);
  const i = procedures.length;
  // Codes 3.xxxxxx never collide with the real 1.xxxxxx / 2.xxxxxx codes of the seed.
  const code = `3.${String(100000 + i).padStart(6, '0')}`;
  procedures.push(procedure(i, code, cap(name), field));
}

writeFileSync(out, JSON.stringify({ procedures }));
console.error(`wrote ${procedures.length} procedures (${new Set(procedures.map((p) => p.field.code)).size} fields) to ${out}`);
