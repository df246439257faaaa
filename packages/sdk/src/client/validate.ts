// A small validator for the terse shape encoding that scripts/gen-contract.mjs emits from the zod
// contracts. It returns the first mismatch as `{ path, message }` (path like "items[0].code")
// and tolerates extra properties, so a server that adds fields keeps working while one that
// drops, renames or retypes a field is reported. No eval, no Function: CSP and Trusted Types safe.
//
// A type (`Schema`) is a string:
//   s string · n number · i integer · b boolean · d date "YYYY-MM-DD" · t date-time (ISO, offset)
//   * anything · =a|b|c one of these strings · #0|1|2 one of these numbers · [T array of T
//   ?T T or null · @Name the type `Name` of `defs` · {…} an object: its properties, comma-separated,
//   `key:T` (required), `key?:T` (optional), `&T` (the object must match T too: allOf)
// e.g. `{items:[@Unit,total:i,contact:?{phone:?s,email?:s}}`.
// Only shape is checked; value constraints (patterns, lengths, bounds) are the server's input
// validation and are not carried over (see the generator for why).

/** A type in the encoding above, e.g. `"?@UnitContact"`, `"[s"`, `"=Xã|Phường"`, `"{code:s}"`. */
export type Schema = string;
/** Named types, referred to as `@Name`. */
export type Defs = Record<string, Schema>;

export interface Mismatch {
  path: string;
  message: string;
}

const TYPES: Record<string, string> = { s: 'string', d: 'string', t: 'string', n: 'number', i: 'integer', b: 'boolean', '[': 'array', '{': 'object' };

const FORMATS: Record<string, [string, RegExp]> = {
  d: ['date', /^\d{4}-\d\d-\d\d$/],
  t: ['date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/],
};

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 40) ?? String(v);

/** Validates `value` against `schema`; returns the first mismatch, or null when it conforms. */
export function validate(schema: Schema, value: unknown, defs: Defs, path = ''): Mismatch | null {
  const fail = (message: string): Mismatch => ({ path: path || '(root)', message });
  const nullable = schema[0] == '?';
  if (nullable) {
    if (value === null) return null;
    schema = schema.slice(1);
  }
  const kind = schema[0] as string;
  const rest = schema.slice(1);
  if (kind == '*') return null;
  // An unknown name (a defs table older than the schema) checks nothing rather than failing.
  if (kind == '@') return defs[rest] ? validate((nullable ? '?' : '') + defs[rest], value, defs, path) : null;
  if (kind == '=' || kind == '#') {
    const values: unknown[] = rest.split('|').map((v) => (kind == '#' ? +v : v));
    return values.includes(value) ? null : fail(`expected one of ${values.map(show).join(', ')}${nullable ? ', null' : ''}, got ${show(value)}`);
  }
  const type = TYPES[kind];
  const actual = typeOf(value);
  if (type == 'integer' ? !Number.isInteger(value) : type != actual) return fail(`expected ${type}${nullable ? ' or null' : ''}, got ${actual}`);
  const format = FORMATS[kind];
  if (format && !format[1].test(value as string)) return fail(`${show(value)} is not a valid ${format[0]}`);
  if (kind == '[') {
    for (let i = 0; i < (value as unknown[]).length; i++) {
      const m = validate(rest, (value as unknown[])[i], defs, `${path}[${i}]`);
      if (m) return m;
    }
  }
  if (kind == '{') {
    const record = value as Record<string, unknown>;
    // The properties: split at the commas that are not inside a nested object.
    let depth = 0;
    let start = 0;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i];
      if (c == '{') depth++;
      else if (c == '}' && depth) depth--;
      else if ((c == ',' || c == '}') && !depth) {
        // An entry ends: at a "," of this object, or at its closing "}".
        const entry = rest.slice(start, i);
        start = i + 1;
        if (!entry) continue; // "{}"
        let m: Mismatch | null;
        if (entry[0] == '&') m = validate(entry.slice(1), value, defs, path);
        else {
          const colon = entry.indexOf(':');
          const optional = entry[colon - 1] == '?';
          const key = entry.slice(0, optional ? colon - 1 : colon);
          const at = path ? `${path}.${key}` : key;
          m = key in record ? validate(entry.slice(colon + 1), record[key], defs, at) : optional ? null : { path: at, message: 'is missing' };
        }
        if (m) return m;
      }
    }
  }
  return null;
}
