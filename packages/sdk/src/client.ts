// @motcua/sdk/client: the typed client, its errors and its catalog cache, without the outbox
// (IndexedDB store, retry timers), every operation's answer schema registered. Widgets use
// '@motcua/sdk/core' (the same, registering only the answers they check); those that submit also
// import '@motcua/sdk/outbox', which makes `client.outbox` available. The full package entry,
// '@motcua/sdk', is this plus the outbox.
import { useAnswers } from './client/answers.js';
import { allAnswers } from './client/answers/all.js';
import { type Client, type ClientOptions, createClient as createCoreClient, getClient as getCoreClient } from './client/client.js';

export * from './client-core.js';

// Registered when this module runs, and again by the two functions below: they refer to the
// answers, so a bundler that drops a module whose only work is a side effect (re-exported through
// a barrel) still keeps them with the client.
const registerAll = () => useAnswers(...allAnswers);
registerAll();

/** A new client. Most code wants `getClient(baseUrl)`: one client and cache per API on the page. */
export function createClient(options: ClientOptions): Client {
  registerAll();
  return createCoreClient(options);
}

/**
 * The page-wide client for an API base URL: every widget configured with the same `api` shares
 * it, its catalog cache, its in-flight requests and its outbox.
 */
export function getClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): Client {
  registerAll();
  return getCoreClient(baseUrl, options);
}
