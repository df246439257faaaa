// @motcua/sdk/client: the typed client, its errors and its catalog cache, without the outbox
// (IndexedDB store, retry timers). The widgets use this entry; only those that submit surveys or
// evaluations also import '@motcua/sdk/outbox', which makes `client.outbox` available. The full
// package entry, '@motcua/sdk', is this plus the outbox.
export { Client, createClient, getClient } from './client/client.js';
export type { ClientOptions, FieldListQueryInput, OperationRequest, RequestOptions, WriteOptions } from './client/client.js';
export { CatalogCache, sharedCache } from './client/cache.js';
export type { CacheEntry, CacheOptions, Freshness } from './client/cache.js';
export {
  ContractError,
  isMcApiError,
  isOffline,
  McApiError,
  NetworkError,
  parseRetryAfter,
  ProblemError,
  RateLimitedError,
  TimeoutError,
} from './client/errors.js';
export type { McErrorCode } from './client/errors.js';
export { operations } from './client/contract.generated.js';
export type { PublicOperationId } from './client/contract.generated.js';
export { validate } from './client/validate.js';
export type { Mismatch, Schema } from './client/validate.js';
export { randomKey } from './outbox/key.js';
export { readWidgetConfig, WIDGET_CONFIG_ATTRIBUTES } from './embed/context.js';
export type { WidgetConfig } from './embed/context.js';
