// Where the outbox keeps submissions on the device: IndexedDB, else localStorage, else memory.
export type OutboxKind = 'survey' | 'evaluation' | 'feedback';

export interface OutboxItem {
  /** Also the Idempotency-Key of every attempt. */
  id: string;
  kind: OutboxKind;
  /** API base URL the item belongs to (one store serves every API on the device). */
  baseUrl: string;
  body: unknown;
  createdAt: number;
  attempts: number;
  /** Not sent before this time (ms since epoch). */
  nextAttemptAt: number;
  /** Cross-tab lease, used only where Web Locks are missing. */
  lease?: { owner: string; until: number };
  lastError?: string;
}

export interface OutboxStore {
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  all(): Promise<OutboxItem[]>;
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  delete(id: string): Promise<void>;
}

export class MemoryStore implements OutboxStore {
  readonly kind = 'memory';
  private items = new Map<string, OutboxItem>();
  async all() {
    return [...this.items.values()].map((i) => structuredClone(i));
  }
  async get(id: string) {
    const item = this.items.get(id);
    return item && structuredClone(item);
  }
  async put(item: OutboxItem) {
    this.items.set(item.id, structuredClone(item));
  }
  async delete(id: string) {
    this.items.delete(id);
  }
}

export class LocalStorageStore implements OutboxStore {
  readonly kind = 'localstorage';
  constructor(
    private readonly storage: Storage,
    private readonly key: string,
  ) {}
  private read(): Record<string, OutboxItem> {
    try {
      return JSON.parse(this.storage.getItem(this.key) ?? '{}') as Record<string, OutboxItem>;
    } catch {
      return {};
    }
  }
  private write(items: Record<string, OutboxItem>): void {
    if (Object.keys(items).length) this.storage.setItem(this.key, JSON.stringify(items));
    else this.storage.removeItem(this.key);
  }
  async all() {
    return Object.values(this.read());
  }
  async get(id: string) {
    return this.read()[id];
  }
  async put(item: OutboxItem) {
    const items = this.read();
    items[item.id] = item;
    this.write(items);
  }
  async delete(id: string) {
    const items = this.read();
    delete items[id];
    this.write(items);
  }
}

export class IndexedDbStore implements OutboxStore {
  readonly kind = 'indexeddb';
  private constructor(private readonly db: IDBDatabase) {}

  static open(name: string): Promise<IndexedDbStore> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('items', { keyPath: 'id' });
      request.onsuccess = () => resolve(new IndexedDbStore(request.result));
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB blocked'));
    });
  }

  private run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      const tx = this.db.transaction('items', mode);
      const request = op(tx.objectStore('items'));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  all() {
    return this.run<OutboxItem[]>('readonly', (s) => s.getAll());
  }
  get(id: string) {
    return this.run<OutboxItem | undefined>('readonly', (s) => s.get(id));
  }
  async put(item: OutboxItem) {
    await this.run('readwrite', (s) => s.put(item));
  }
  async delete(id: string) {
    await this.run('readwrite', (s) => s.delete(id));
  }
}

export type StoreChoice = 'auto' | 'indexeddb' | 'localstorage' | 'memory' | OutboxStore;

/** Opens the requested store, degrading IndexedDB → localStorage → memory when one is unavailable. */
export async function openStore(choice: StoreChoice, name: string): Promise<OutboxStore> {
  if (typeof choice === 'object') return choice;
  if ((choice === 'auto' || choice === 'indexeddb') && typeof indexedDB !== 'undefined') {
    try {
      return await IndexedDbStore.open(name);
    } catch {
      /* private mode, disabled storage: fall through */
    }
  }
  if (choice !== 'memory') {
    try {
      if (typeof localStorage !== 'undefined') return new LocalStorageStore(localStorage, `${name}:items`);
    } catch {
      /* access denied */
    }
  }
  return new MemoryStore();
}
