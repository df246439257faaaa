// The async states every widget view shares: loading / empty / error / offline, how an error from
// the SDK maps onto them, and the strings for them (merged into each widget's catalog).
import type { Catalog } from '@motcua/ui';
import { isMcApiError, NetworkError, ProblemError, RateLimitedError } from '@motcua/sdk/core';

export type FailureKind = 'offline' | 'rate-limited' | 'not-found' | 'conflict' | 'invalid' | 'error';

export interface Failure {
  kind: FailureKind;
  /** For `mc-error`: the SDK's error code ("network", "problem", …) or "unknown". */
  code: string;
  /** A developer-facing message for `mc-error` (never shown to citizens as is). */
  message: string;
  /** HTTP status when the server answered. */
  status?: number;
  /** rate-limited: seconds to wait. */
  retryAfter?: number;
  /** The problem's `type`, e.g. "urn:motcua:problem:already-evaluated". */
  type?: string;
}

/** What went wrong, in the widget's terms. A network error counts as offline (say so, retry later). */
export function toFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof NetworkError) return { kind: 'offline', code: error.code, message };
  if (error instanceof RateLimitedError) {
    return { kind: 'rate-limited', code: error.code, message, status: 429, retryAfter: Math.max(1, Math.ceil(error.retryAfterSeconds)), type: error.type };
  }
  if (error instanceof ProblemError) {
    const kind: FailureKind = error.status === 404 ? 'not-found' : error.status === 409 ? 'conflict' : error.status === 422 || error.status === 400 ? 'invalid' : 'error';
    return { kind, code: error.code, message, status: error.status, type: error.type };
  }
  if (isMcApiError(error)) return { kind: 'error', code: error.code, message };
  return { kind: 'error', code: 'unknown', message };
}

/** Strings of the shared states; a widget's own catalog may override any of them. */
export const stateMessages: Catalog = {
  vi: {
    'state.offline.heading': 'Không có kết nối mạng',
    'state.offline.body': 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng rồi thử lại; trang sẽ tự thử lại khi có mạng.',
    'state.error.heading': 'Chưa tải được dữ liệu',
    'state.error.body': 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.',
    'state.retry': 'Thử lại',
    'state.config.heading': 'Tiện ích chưa được cấu hình đúng',
    'state.config.api': 'Thiếu hoặc sai địa chỉ máy chủ (thuộc tính api).',
    'state.config.unit': 'Thiếu hoặc sai mã đơn vị (thuộc tính unit, 5 chữ số).',
    'state.rateLimited': 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {seconds} giây.',
    'state.rateLimitedOver': 'Bạn có thể thử lại ngay bây giờ.',
  },
  // English: states.en.ts, loaded with each widget's English strings (see widget.ts, lazyMessages).
  en: {},
};
