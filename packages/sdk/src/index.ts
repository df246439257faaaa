// @motcua/sdk: the typed client of the Một Cửa API, its catalog cache and its outbox.
// The embed loader is a separate entry: @motcua/sdk/embed.
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
export { Outbox } from './outbox/outbox.js';
export type { BodyOf, OutboxEventDetail, OutboxEventType, OutboxOptions, ResponseOf, SubmitResult } from './outbox/outbox.js';
export type { OutboxItem, OutboxKind, OutboxStore } from './outbox/store.js';
export { IndexedDbStore, LocalStorageStore, MemoryStore, openStore } from './outbox/store.js';
export { randomKey } from './outbox/key.js';
export { readWidgetConfig, WIDGET_CONFIG_ATTRIBUTES } from './embed/context.js';
export type { WidgetConfig } from './embed/context.js';
