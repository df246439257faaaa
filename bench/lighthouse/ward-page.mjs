// A plain ward website on ANOTHER origin than the product server (its own port on 127.0.0.1): one
// page that pastes the documented snippet (README, "Hướng dẫn nhúng") with the product's absolute
// /cdn/ and API addresses and places all five widgets in a one-column mobile layout, as a commune
// CMS would. Its only stylesheet is a small file of its own, with the guide's space reservation;
// it sends the strict CSP with Trusted Types that the embedding guide asks of commune sites
// (scripts/site-csp.mjs). No framework, no build: what Lighthouse measures here is the widgets'
// cost on somebody else's page.
import { createServer } from 'node:http';
import { communeSiteCsp } from '../../scripts/site-csp.mjs';

/** The five widgets of the ward page: heading, tag, fallback link. */
const WIDGETS = [
  ['Tra cứu thủ tục', '<mc-procedure-lookup><a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html">Tra cứu thủ tục hành chính trên Cổng Dịch vụ công quốc gia</a></mc-procedure-lookup>'],
  ['Giấy tờ cần nộp: đăng ký khai sinh', '<mc-dossier-checklist procedure="1.001193"><a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html">Thành phần hồ sơ trên Cổng Dịch vụ công quốc gia</a></mc-dossier-checklist>'],
  ['Tra cứu hồ sơ', '<mc-status-tracker><a href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ trên Cổng Dịch vụ công quốc gia</a></mc-status-tracker>'],
  ['Đánh giá sự hài lòng', '<mc-satisfaction-survey mode="general"><a href="https://dichvucong.gov.vn/p/home/dvc-danh-gia-chat-luong.html">Đánh giá trên Cổng Dịch vụ công quốc gia</a></mc-satisfaction-survey>'],
  ['Kết quả giải quyết hồ sơ', '<mc-service-index heading-level="3"><a href="https://dichvucong.gov.vn/p/home/dvc-index-tinhtp-tonghop.html">Bộ chỉ số phục vụ người dân, doanh nghiệp</a></mc-service-index>'],
];

/**
 * The page: the snippet once, then the widgets (all five, or the first `count`: one is the ward's
 * "tra cứu thủ tục" page, which loads the lookup's solo build), each with its fallback link.
 */
export function wardPage(product, count = WIDGETS.length) {
  const widgets = WIDGETS.slice(0, count).map(([heading, tag]) => `<h2>${heading}</h2>\n${tag}`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dịch vụ công – Phường Tân Ninh</title>
<meta name="description" content="Tra cứu thủ tục, hồ sơ và đánh giá sự hài lòng tại Phường Tân Ninh.">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/ward.css">
</head>
<body>
<header><p class="brand">Ủy ban nhân dân phường Tân Ninh</p></header>
<main>
<h1>Dịch vụ công trực tuyến</h1>
<p>Tra cứu thủ tục hành chính, chuẩn bị giấy tờ, theo dõi hồ sơ và góp ý về chất lượng phục vụ của Bộ phận Một cửa phường.</p>
<script type="module" src="${product}/cdn/v1/embed.js" data-api="${product}" data-unit="25459" data-theme="tay-ninh"></script>
${widgets}
</main>
<footer><p>Số 01 đường Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh · 0276 3822 345</p></footer>
</body>
</html>
`;
}

const CSS = `
body { margin: 0; font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
header { background: #8b0000; color: #fff; padding: 0.75rem 1rem; }
.brand { margin: 0; font-weight: bold; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
footer { border-top: 1px solid #ccc; padding: 1rem; font-size: 0.9rem; }
a { color: #0b4fa3; }
/* The embedding guide's space reservation (README): the page keeps room for each widget from its
   first paint, so nothing below jumps when the widget renders. */
mc-procedure-lookup, mc-dossier-checklist { display: block; min-height: 50rem; }
mc-status-tracker { display: block; min-height: 35rem; }
mc-satisfaction-survey { display: block; min-height: 37rem; }
mc-service-index { display: block; min-height: 51rem; }
`;

/** Starts the ward site for the product at `product` (its origin is allowed for scripts, data and images). */
export async function startWardSite(product) {
  const origin = new URL(product).origin;
  const csp = communeSiteCsp(origin);
  const files = {
    '/': ['text/html', wardPage(origin)],
    '/tra-cuu-thu-tuc': ['text/html', wardPage(origin, 1)],
    '/ward.css': ['text/css', CSS],
    '/favicon.svg': ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#c8102e"/></svg>'],
    '/favicon.ico': ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#c8102e"/></svg>'],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { ...headers, 'content-type': `${file[0]}; charset=utf-8` });
    res.end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, oneWidgetUrl: `${url}tra-cuu-thu-tuc`, stop: () => new Promise((r) => server.close(r)) };
}
