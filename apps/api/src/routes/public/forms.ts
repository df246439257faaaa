// Printable form templates (mẫu đơn, tờ khai) at /forms/<slug>, from seed/forms.json. The seed
// ships no binary files, so each template is an HTML page laid out for A4 printing (the browser's
// "Print → Save as PDF" gives the PDF); /forms/<slug>.pdf redirects there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { SEED_DIR } from '../../config.js';
import { procedureNames } from '../../db/catalog-reads.js';
import { cachedText } from '../../http/cache.js';
import { FORM_CSP } from '../../http/middleware.js';
import { notFound } from '../../http/problem.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';

export interface FormTemplate {
  slug: string;
  code: string;
  name: string;
  issuedBy?: string;
  procedures?: string[];
}

export function loadForms(seedDir: string = SEED_DIR): Map<string, FormTemplate> {
  const path = join(seedDir, 'forms.json');
  if (!existsSync(path)) return new Map();
  const data = JSON.parse(readFileSync(path, 'utf8')) as { forms?: FormTemplate[] };
  return new Map((data.forms ?? []).map((f) => [f.slug, f]));
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const STYLE = `
  @page { size: A4; margin: 2cm 2cm 2cm 3cm; }
  body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.5; max-width: 42rem; margin: 1rem auto; padding: 0 1rem; color: #000; background: #fff; }
  .motto { text-align: center; font-weight: bold; margin: 0; }
  .motto + .motto { text-decoration: underline; margin-bottom: 1.5rem; }
  h1 { text-align: center; font-size: 14pt; text-transform: uppercase; margin: 1.5rem 0 .25rem; }
  .code { text-align: center; font-style: italic; margin: 0 0 1.5rem; }
  .line { display: flex; gap: .5rem; margin: .6rem 0; }
  .line span { white-space: nowrap; }
  .line i { flex: 1; border-bottom: 1px dotted #000; min-height: 1.2em; }
  .sign { display: flex; justify-content: flex-end; text-align: center; margin-top: 2rem; }
  .sign div { width: 50%; }
  .note { font-size: 10pt; border-top: 1px solid #999; margin-top: 3rem; padding-top: .5rem; }
  @media print { .note { display: none; } }
`;

function line(label: string): string {
  return `<p class="line"><span>${escapeHtml(label)}:</span><i></i></p>`;
}

export function renderForm(form: FormTemplate, procedures: { code: string; name: string }[]): string {
  const used = procedures.length
    ? `<p>Dùng cho thủ tục: ${procedures.map((p) => `${escapeHtml(p.name)} (${escapeHtml(p.code)})`).join('; ')}.</p>`
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(form.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p class="motto">Độc lập - Tự do - Hạnh phúc</p>
<h1>${escapeHtml(form.name.replace(/\s*\(.*\)\s*$/, ''))}</h1>
<p class="code">Mẫu ${escapeHtml(form.code)}</p>
${line('Kính gửi')}
${line('Họ, chữ đệm, tên người yêu cầu')}
${line('Số định danh cá nhân')}
${line('Nơi cư trú')}
${line('Số điện thoại')}
${line('Nội dung đề nghị')}
<p class="line"><i></i></p>
<p class="line"><i></i></p>
<p>Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.</p>
<div class="sign"><div><p><i>…………, ngày …… tháng …… năm ……</i></p><p><b>Người yêu cầu</b><br><i>(Ký, ghi rõ họ, chữ đệm, tên)</i></p></div></div>
</main>
<aside class="note">
<p>Bản in minh họa bố cục của ${escapeHtml(form.name)}${form.issuedBy ? `, do ${escapeHtml(form.issuedBy)} ban hành` : ''}. Khi nộp hồ sơ, dùng đúng mẫu chính thức hoặc tờ khai điện tử trên Cổng Dịch vụ công.</p>
${used}
</aside>
</body>
</html>`;
}

export function registerFormRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { db } = deps;
  let forms: Map<string, FormTemplate> | undefined;

  app.get('/forms/:file', async (c) => {
    forms ??= loadForms();
    const file = c.req.param('file');
    if (file.endsWith('.pdf')) {
      const slug = file.slice(0, -4);
      if (!forms.has(slug)) throw notFound(`Không có mẫu ${slug}.`);
      return c.redirect(`/forms/${encodeURIComponent(slug)}`, 302);
    }
    const form = forms.get(file);
    if (!form) throw notFound(`Không có mẫu ${file}.`);
    const procs = form.procedures?.length
      ? await procedureNames(db, form.procedures)
      : [];
    return cachedText(c, renderForm(form, procs), 'text/html; charset=utf-8', { 'content-security-policy': FORM_CSP });
  });
}
