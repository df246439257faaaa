// The catalog cache: answers of cacheable GETs (units, fields, provinces, procedures, procedure
// detail, criteria, stats) kept with their ETag. One cache per API base URL, module-level, so
// every widget on a page shares it; lightly persisted to localStorage with size bounds so the
// next page load starts warm on a slow connection.

export interface CacheEntry {
  value: unknown;
  etag?: string;
  /** When the answer was received or last confirmed by a 304 (ms since epoch). */
  storedAt: number;
}

export interface CacheOptions {
  /** Served without asking the server (default 5 minutes). */
  freshMs?: number;
  /** Served at once while revalidating in the background (default 24 hours); older: revalidate first. */
  staleMs?: number;
  /** Entries kept in memory (default 300, least recently used dropped). */
  maxEntries?: number;
  /** Persist to this Storage (default localStorage when available; false = memory only). */
  storage?: Storage | false;
  /** Bytes of JSON persisted at most (default 256 KB); entries over a quarter of it are not persisted. */
  maxStorageBytes?: number;
}

export type Freshness = 'fresh' | 'stale' | 'expired';

const PREFIX = 'motcua:cache:v1:';

export class CatalogCache {
  readonly freshMs: number;
  readonly staleMs: number;
  /** GETs in flight, by cache key: concurrent identical requests share one. */
  readonly inflight = new Map<string, Promise<unknown>>();
  private readonly entries = new Map<string, CacheEntry>();
  private readonly maxEntries: number;
  private readonly storage: Storage | undefined;
  private readonly storageKey: string;
  private readonly maxStorageBytes: number;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(name: string, options: CacheOptions = {}) {
    this.freshMs = options.freshMs ?? 5 * 60_000;
    this.staleMs = options.staleMs ?? 24 * 3600_000;
    this.maxEntries = options.maxEntries ?? 300;
    this.maxStorageBytes = options.maxStorageBytes ?? 256 * 1024;
    this.storageKey = PREFIX + name;
    this.storage = options.storage === false ? undefined : (options.storage ?? defaultStorage());
    this.load();
  }

  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.scheduleSave();
  }

  freshness(entry: CacheEntry, now = Date.now()): Freshness {
    const age = now - entry.storedAt;
    return age < this.freshMs ? 'fresh' : age < this.staleMs ? 'stale' : 'expired';
  }

  clear(): void {
    this.entries.clear();
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      /* storage unavailable */
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private load(): void {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      if (!raw) return;
      for (const [key, entry] of JSON.parse(raw) as [string, CacheEntry][]) this.entries.set(key, entry);
    } catch {
      /* corrupt or unavailable: start empty */
    }
  }

  private scheduleSave(): void {
    if (!this.storage || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, 300);
  }

  /** Writes the most recently used entries that fit in maxStorageBytes. */
  save(): void {
    if (!this.storage) return;
    const kept: string[] = [];
    let bytes = 2;
    for (const item of [...this.entries].reverse()) {
      const json = JSON.stringify(item);
      if (json.length > this.maxStorageBytes / 4) continue;
      if (bytes + json.length + 1 > this.maxStorageBytes) break;
      kept.push(json);
      bytes += json.length + 1;
    }
    try {
      this.storage.setItem(this.storageKey, `[${kept.reverse().join(',')}]`);
    } catch {
      /* quota exceeded or private mode: memory only */
    }
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access denied (sandboxed iframe, blocked cookies)
  }
}

const shared = new Map<string, CatalogCache>();

/** The page-wide cache for one API base URL (created on first use). */
export function sharedCache(baseUrl: string, options?: CacheOptions): CatalogCache {
  let cache = shared.get(baseUrl);
  if (!cache) {
    cache = new CatalogCache(baseUrl, options);
    shared.set(baseUrl, cache);
  }
  return cache;
}
