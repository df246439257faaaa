// Which shared chunks are joined into one file, chosen against the size rows themselves.
//
// The CDN build first bundles with the code two or more widgets share split by which widgets use
// it (rolldown's entries-aware groups; build-cdn.mjs). Loaded as such, a page with one widget
// fetches many small files, and small files gzip badly (each starts with an empty dictionary);
// merged into one core, every page carries code of widgets it does not show. Between the two, this
// plan joins chunks greedily, two at a time, while the join lowers the cost of the rows the
// budgets are about (size/rows.mjs; the cost is defined at planChunks). The gzip size of a joined
// chunk is measured on the chunks' code put together (an estimate: the real chunk has fewer import
// lines); the real build is measured again by size/check.mjs. `PLAN_DEBUG=1` prints each row as
// the plan expects it.
//
// Deterministic: same input, same plan (chunks in output order, ties to the first pair found).
import { gzipSync } from 'node:zlib';

/**
 * What being over budget costs a row besides its excess: the plan prefers rows that meet their
 * budgets to a few bytes less elsewhere (measured: with 0 or 512 the survey and tracker rows stayed
 * just over 30 KB; from 1 KB they come under it; 2 KB also settles near-ties between builds).
 */
const OVER_BUDGET = 2048;
/**
 * How far under its budget a row must be for the plan to count it within: the estimate of a joined
 * chunk is off (real rows came out 150-500 bytes heavier: names and imports differ from the pieces
 * put together). The build plans with several margins and keeps the best measured result.
 */
const MARGIN = 256;

const gz = (code) => gzipSync(code, { level: 9 }).length;
/** A chunk's code without its import and export lines, which a merged chunk mostly does not need. */
const bare = (code) => code.replace(/^(import[^;]*;)+/, '').replace(/export\{[^}]*\};?\s*$/, '');

/**
 * @param units    [{ key, code, modules: string[], imports: string[] (keys of units it imports) }]
 * @param entries  { [tag]: keys of the units a widget's own file imports }
 * @param rows     [{ name, tags: string[], budget, base }] — `base`: the gzip bytes the row carries
 *                 besides the units (the loader, the widgets' own files)
 * @returns        [{ modules: string[], gzip }] — the chunks to make.
 *
 * A row loads the chunks its widgets import and, transitively, what those import. The cost of a
 * plan: for each row not within its budget (less MARGIN), its excess plus OVER_BUDGET; plus a
 * hundredth of all rows' bytes (so that, all else equal, smaller pages win and rows under budget
 * still count). No join may take a row that is within its budget as first split over it (the
 * budgets are fixed, so the plan depends only on the code: not on the ratchet it is checked
 * against), nor make two chunks import each other, directly or through others: without a circle,
 * the browser runs every chunk's imports before it, in the order of the code.
 */
export function planChunks(units, entries, rows, margin = MARGIN) {
  const within = (bytes, row) => withinBudget(bytes, row, margin);
  const planCost = (rows, totals) => costOf(rows, totals, margin);
  // Groups by id (ids never reused); each unit belongs to one group.
  const groups = new Map(units.map((u, id) => [id, { units: [u.key], code: bare(u.code), modules: [...u.modules], imports: new Set(u.imports) }]));
  for (const g of groups.values()) g.gzip = gz(g.code);
  const groupOfUnit = new Map(units.map((u, id) => [u.key, id]));
  let next = units.length;

  /** The group of a unit when groups a and b are joined as 'm'. */
  const joinedOf = (a, b) => (key) => {
    const id = groupOfUnit.get(key);
    return id === a || id === b ? 'm' : id;
  };
  /** The row's bytes when groups a and b are one group m (or as they are, without a). */
  const rowBytes = (row, a, b, m) => {
    const of = joinedOf(a, b);
    const group = (id) => (id === 'm' ? m : groups.get(id));
    const seen = new Set();
    const stack = row.tags.flatMap((t) => entries[t] ?? []).map(of);
    let bytes = row.base;
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      const g = group(id);
      bytes += g.gzip;
      for (const key of g.imports) stack.push(of(key));
    }
    return bytes;
  };
  /** Whether joining groups a and b as m makes chunks import each other in a circle. */
  const circular = (a, b, m) => {
    const of = joinedOf(a, b);
    const seen = new Set();
    const stack = [...m.imports].map(of);
    while (stack.length) {
      const id = stack.pop();
      if (id === 'm') return true;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const key of groups.get(id).imports) stack.push(of(key));
    }
    return false;
  };
  let totals = rows.map((r) => rowBytes(r));
  const start = [...totals];

  const merges = new Map();
  const mergeOf = (a, b) => {
    const key = `${a}|${b}`;
    if (!merges.has(key)) {
      const x = groups.get(a);
      const y = groups.get(b);
      const code = `${x.code}\n${y.code}`;
      const own = new Set([...x.units, ...y.units]);
      const imports = new Set([...x.imports, ...y.imports].filter((k) => !own.has(k)));
      merges.set(key, { units: [...own], code, modules: [...x.modules, ...y.modules], imports, gzip: gz(code) });
    }
    return merges.get(key);
  };
  for (;;) {
    const now = planCost(rows, totals);
    let best;
    const ids = [...groups.keys()];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const m = mergeOf(ids[i], ids[j]);
        // Chunks that import each other would run their modules out of order.
        if (circular(ids[i], ids[j], m)) continue;
        const ts = rows.map((r) => rowBytes(r, ids[i], ids[j], m));
        if (ts.some((t, k) => within(start[k], rows[k]) && !within(t, rows[k]))) continue;
        const gain = now - planCost(rows, ts);
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { a: ids[i], b: ids[j], ts, gain };
      }
    }
    if (!best) break;
    const merged = mergeOf(best.a, best.b);
    groups.delete(best.a);
    groups.delete(best.b);
    const id = next++;
    groups.set(id, merged);
    for (const key of merged.units) groupOfUnit.set(key, id);
    totals = best.ts;
  }
  if (process.env.PLAN_DEBUG) console.error(rows.map((r, i) => `plan: ${r.name} ${(start[i] / 1024).toFixed(2)} → ${(totals[i] / 1024).toFixed(2)} (budget ${(r.budget / 1024).toFixed(2)})`).join('\n'));
  return [...groups.values()].map((g) => ({ modules: g.modules, gzip: g.gzip }));
}

const withinBudget = (bytes, row, margin) => bytes <= row.budget - margin;

/** The cost of rows weighing `totals` bytes (see planChunks); measured sizes need no margin. */
export function costOf(rows, totals, margin = 0) {
  return totals.reduce((sum, bytes, i) => sum + (withinBudget(bytes, rows[i], margin) ? 0 : bytes - rows[i].budget + margin + OVER_BUDGET) + bytes / 100, 0);
}
