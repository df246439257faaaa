// Contacts every citizen widget may point to when the unit has none of its own on file.

/** The national portal's feedback page (phản ánh, kiến nghị về quy định hành chính). */
export const FEEDBACK_URL = 'https://dichvucong.gov.vn/p/home/dvc-phan-anh-kien-nghi.html';

/** The public-service hotline used in many provinces, when the unit has no hotline on file. */
export const DEFAULT_HOTLINE = '1022';

/** A `tel:` link for a phone number as written ("0276 3822 000" → "tel:02763822000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
