// @motcua/sdk/core: the typed client, its errors and its catalog cache, without the outbox and
// without the answer schemas of the operations: code built on this entry registers the answers
// of the operations it calls (`useAnswers(getProcedure, …)` with `getProcedure` from
// '@motcua/sdk/answers/getProcedure', a module per operation), so its bundle carries only those.
// The widgets use this entry. '@motcua/sdk/client' is this with every answer registered.
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
export { answerOf, useAnswers } from './client/answers.js';
export type { Answer } from './client/answers.js';
