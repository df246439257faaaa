// @motcua/sdk: the typed client of the Một Cửa API, its catalog cache and its outbox.
// The embed loader is a separate entry: @motcua/sdk/embed. The client without the outbox (for
// bundles that never submit) is @motcua/sdk/client; the outbox alone is @motcua/sdk/outbox.
export * from './client.js';
export * from './outbox/index.js';
