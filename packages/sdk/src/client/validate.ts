// A small validator for the JSON Schema subset that scripts/gen-contract.mjs emits from the zod
// contracts. It returns the first mismatch as `{ path, message }` (path like "items[0].code")
// and tolerates extra properties, so a server that adds fields keeps working while one that
// drops, renames or retypes a field is reported. No eval, no Function: CSP and Trusted Types safe.

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  additionalProperties?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  pattern?: string;
  /** Checked loosely: "date", "date-time" (with offset), "email". */
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
}

export interface Mismatch {
  path: string;
  message: string;
}

const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d\d-\d\d$/,
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/,
  email: /^[^\s@]+@[^\s@]+$/,
};

const regexCache = new Map<string, RegExp | null>();
function regex(source: string): RegExp | null {
  let re = regexCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      try {
        re = new RegExp(source);
      } catch {
        re = null;
      }
    }
    regexCache.set(source, re);
  }
  return re;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeMatches(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (type === 'integer') return Number.isInteger(value);
  return type === actual;
}

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 40) ?? String(v);

/** Validates `value` against `schema`; returns the first mismatch, or null when it conforms. */
export function validate(schema: Schema, value: unknown, defs: Record<string, Schema>, path = ''): Mismatch | null {
  const at = path || '(root)';
  if (schema.$ref) {
    const target = defs[schema.$ref];
    return target ? validate(target, value, defs, path) : null;
  }
  if (schema.allOf) {
    for (const s of schema.allOf) {
      const m = validate(s, value, defs, path);
      if (m) return m;
    }
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    let first: Mismatch | null = null;
    for (const s of alternatives) {
      const m = validate(s, value, defs, path);
      if (!m) {
        first = null;
        break;
      }
      // Report the mismatch from the alternative that got deepest: the most useful one.
      if (!first || m.path.length > first.path.length) first = m;
    }
    if (first) return first;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, value))) return { path: at, message: `expected ${types.join(' or ')}, got ${typeOf(value)}` };
  }
  if ('const' in schema && value !== schema.const) return { path: at, message: `expected ${show(schema.const)}, got ${show(value)}` };
  if (schema.enum && !schema.enum.includes(value)) return { path: at, message: `expected one of ${schema.enum.map(show).join(', ')}, got ${show(value)}` };
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) return { path: at, message: `expected at least ${schema.minLength} characters` };
    if (schema.maxLength !== undefined && length > schema.maxLength) return { path: at, message: `expected at most ${schema.maxLength} characters` };
    const format = schema.format && FORMATS[schema.format];
    if (format && !format.test(value)) return { path: at, message: `${show(value)} is not a valid ${schema.format}` };
    if (schema.pattern !== undefined) {
      const re = regex(schema.pattern);
      if (re && !re.test(value)) return { path: at, message: `${show(value)} does not match the expected format` };
    }
  } else if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return { path: at, message: `expected ≥ ${schema.minimum}, got ${value}` };
    if (schema.maximum !== undefined && value > schema.maximum) return { path: at, message: `expected ≤ ${schema.maximum}, got ${value}` };
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return { path: at, message: `expected > ${schema.exclusiveMinimum}, got ${value}` };
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return { path: at, message: `expected < ${schema.exclusiveMaximum}, got ${value}` };
  } else if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return { path: at, message: `expected at least ${schema.minItems} items` };
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return { path: at, message: `expected at most ${schema.maxItems} items` };
    for (let i = 0; i < value.length; i++) {
      const s = schema.prefixItems?.[i] ?? schema.items;
      const m = s && validate(s, value[i], defs, `${path}[${i}]`);
      if (m) return m;
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record)) return { path: path ? `${path}.${key}` : key, message: 'is missing' };
    }
    for (const [key, v] of Object.entries(record)) {
      const s = schema.properties?.[key] ?? schema.additionalProperties;
      const m = s && validate(s, v, defs, path ? `${path}.${key}` : key);
      if (m) return m;
    }
  }
  return null;
}
