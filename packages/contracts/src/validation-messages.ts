// Language of validation problems. The API answers in Vietnamese unless the request prefers
// English (Accept-Language), and passes the matching error map to each parse — a per-request
// choice, never a global switch (z.config), so concurrent requests in two languages do not mix.
// Messages a schema sets itself (e.g. SlugIdSchema's) win over these maps, as zod decides.
import type * as z from 'zod';
// One module per locale, not z.locales: the namespace would keep every zod locale in a bundle.
import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';

export const PROBLEM_LANGUAGES = ['vi', 'en'] as const;
export type ProblemLanguage = (typeof PROBLEM_LANGUAGES)[number];

/**
 * The language to answer in, from an Accept-Language header: English when English is preferred
 * over Vietnamese (highest q, earliest on ties), Vietnamese otherwise — including no header,
 * "*" and languages we do not have.
 */
export function problemLanguage(acceptLanguage: string | null | undefined): ProblemLanguage {
  if (!acceptLanguage) return 'vi';
  let best: { lang: ProblemLanguage; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const primary = tag.trim().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<ProblemLanguage, Record<string, string>> = {
  vi: { string: 'chuỗi', number: 'số', int: 'số nguyên', boolean: 'true/false', object: 'đối tượng', array: 'danh sách', null: 'null' },
  en: {},
};

/** Clearer words than the locale's for the issues citizens' clients meet most; null: use the locale. */
function vietnamese(issue: Issue): string | null {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'Thiếu giá trị bắt buộc';
  switch (issue.code) {
    case 'invalid_type':
      return `Sai kiểu dữ liệu: cần ${TYPE_NAMES.vi[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Không được để trống' : `Cần ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === 'array') return `Cần ít nhất ${issue.minimum} phần tử`;
      return `Giá trị phải ${issue.inclusive ? 'từ' : 'lớn hơn'} ${issue.minimum}${issue.inclusive ? ' trở lên' : ''}`;
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `Tối đa ${issue.maximum} phần tử`;
      return `Giá trị phải ${issue.inclusive ? 'không quá' : 'nhỏ hơn'} ${issue.maximum}`;
    case 'invalid_value':
      return `Giá trị không hợp lệ: chỉ nhận ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return null;
  }
}

let viLocale: z.core.$ZodErrorMap | undefined;
let enLocale: z.core.$ZodErrorMap | undefined;

/** The error map to pass to `schema.safeParse(data, { error })` for answers in `lang`. */
export function validationErrorMap(lang: ProblemLanguage): z.core.$ZodErrorMap {
  if (lang === 'en') {
    enLocale ??= en().localeError;
    return enLocale;
  }
  viLocale ??= vi().localeError;
  const fallback = viLocale;
  return (issue) => vietnamese(issue) ?? fallback(issue);
}
