// @motcua/sdk/outbox: the outbox (see README, "The outbox"). Importing it makes `client.outbox`
// available on every client; '@motcua/sdk' imports it too.
export { Outbox } from './outbox.js';
export type { BodyOf, ClientOutbox, OutboxEventDetail, OutboxEventType, OutboxOptions, ResponseOf, SubmitResult } from './types.js';
export type { OutboxItem, OutboxKind, OutboxStore } from './store.js';
export { IndexedDbStore, LocalStorageStore, MemoryStore, openStore } from './store.js';
