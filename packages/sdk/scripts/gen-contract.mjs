// Generates src/client/contract.generated.ts from @motcua/contracts: the route table of the
// public operations (path, method, success status, idempotency, cacheability) and the shape of
// each operation's 2xx answer in a terse encoding that src/client/validate.ts checks in the
// browser (instead of shipping zod there; see README, "Validation"). The contracts stay the single
// source of truth: `--check` fails when the committed file is stale.
//
// Run with: node --import tsx --conditions=source scripts/gen-contract.mjs [--check]
//
// The encoding (documented in src/client/validate.ts too). A type is a string:
//   s string · n number · i integer · b boolean · d date "YYYY-MM-DD" · t date-time (ISO, offset)
//   * anything · =a|b|c one of these strings · #0|1|2 one of these numbers · [T array of T
//   ?T T or null · @Name the type `Name` of `defs` · {…} an object: its properties, comma-separated,
//   `key:T` (required), `key?:T` (optional), `&T` (the object must match T too: allOf, .extend())
// Example: `{items:[@Unit,total:i}`, `{&@Unit,contact:?{address:?s,phone:?s}}`. Only types used
// more than once keep a name in `defs`; the others are written in place.
//
// What is checked is the *shape* of an answer: required fields, JSON types (integer vs number
// kept), enums, date/date-time formats, nullability, array items, nested objects, allOf. Extra
// properties are tolerated (a newer server may add fields).
//
// What is deliberately dropped: the value constraints of the zod schemas — regex `pattern`s (unit
// and procedure codes, "HH:mm"…), `minLength`/`maxLength`, `minimum`/`maximum`/exclusive bounds
// (including zod's `maximum: 9007199254740991` on every integer), `multipleOf`, `minItems`/
// `maxItems`, and formats other than date/date-time (`email`, `uri`, `uuid`…). They are the
// server's *input* validation: the server produced the answer from data it validated, so a
// value-level difference is not a drifting contract, and a widget renders a 4-digit code or an
// empty string as well as a 5-digit one. Checking them cost ~3 KB gzip of schema and regexes in
// every widget page. A drift in shape (a field renamed, retyped, dropped, made nullable, an enum
// value added) is what breaks a widget, and that is still reported.
//
// Constructs the encoding cannot express (tuples, records, unions other than "X or null", mixed
// or boolean enums) make this script fail rather than be silently accepted: extend the encoding
// (here and in validate.ts) when the contracts start using one.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Resolved as a package, like any import (not by path into the contracts' folder).
const require = createRequire(fileURLToPath(import.meta.resolve('@motcua/contracts')));
// The zod instance the contracts were built with (zod 4), not whatever the sdk would resolve.
const { z } = await import(require.resolve('zod'));
const { routes } = await import('@motcua/contracts');

const out = fileURLToPath(new URL('../src/client/contract.generated.ts', import.meta.url));

/** Public operations only: no API-key writes, no operations probes. */
// Not in the browser SDK: operations endpoints, and the calendar (GET /v1/calendar is for other
// systems; widgets get their due dates computed by the server in the procedure detail).
const ops = Object.values(routes).filter((r) => !r.auth && !r.tags.includes('operations') && !r.tags.includes('calendar'));

const shape = {};
const meta = {};
for (const r of ops) {
  const statuses = Object.keys(r.responses).map(Number).filter((s) => s >= 200 && s < 300);
  if (statuses.length !== 1) throw new Error(`${r.operationId}: expected exactly one 2xx response`);
  shape[r.operationId] = r.responses[statuses[0]];
  // Defaults left out to keep the table small: method GET, status 200 (see client.ts).
  meta[r.operationId] = {
    path: r.path,
    ...(r.method !== 'GET' ? { method: r.method } : {}),
    ...(statuses[0] !== 200 ? { status: statuses[0] } : {}),
    ...(r.idempotent ? { idempotent: true } : {}),
    ...(r.headers?.shape?.['idempotency-key'] ? { key: true } : {}),
    ...(r.cache === 'public' ? { cache: true } : {}),
  };
}

const json = z.toJSONSchema(z.object(shape), { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });
const source = json.$defs ?? {};

/** Keywords that only annotate, or constrain values rather than shape (see the header): ignored. */
const IGNORED = new Set([
  '$schema', 'id', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly',
  'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'format', 'contentEncoding', 'contentMediaType',
]);
/**
 * Optional parts of an answer that one widget alone reads: left out of the shared table (extra
 * properties are tolerated) so every other widget's download does not carry them; the widget
 * checks them with validate() itself. DueIfFiledNow: <mc-dossier-checklist> (dossier-checklist.ts).
 */
const WIDGET_CHECKED = new Set(['DueIfFiledNow']);
/** Keywords understood below; any other one fails the generation. */
const HANDLED = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', '$ref']);
const LETTERS = { string: 's', number: 'n', integer: 'i', boolean: 'b' };
const FORMAT_LETTERS = { date: 'd', 'date-time': 't' };

/** Internal spelling of a reference to def `name`, resolved when the file is written. */
const REF = (name) => `\0${name}\x01`;
/** Def name → its object entries (`key:T`, `key?:T`, `&T`) or, for a non-object def, its type. */
const named = new Map();

const fail = (where, why) => {
  throw new Error(`gen-contract: ${where}: ${why} — the terse encoding cannot express it (extend gen-contract.mjs and validate.ts)`);
};

function checkKeywords(node, where) {
  for (const k of Object.keys(node)) if (!IGNORED.has(k) && !HANDLED.has(k)) fail(where, `unsupported keyword "${k}"`);
}

/** Records def `name` (from `$defs`) and returns a reference to it. */
function ref(node, where) {
  const name = node.$ref.replace('#/$defs/', '');
  if (!/^[\w$.-]+$/.test(name)) fail(where, `def name "${name}" needs characters outside [A-Za-z0-9_$.-]`);
  const def = source[name] ?? fail(where, `unknown $ref ${node.$ref}`);
  if (!named.has(name)) {
    named.set(name, null); // placeholder: a recursive reference stops here
    named.set(name, isObject(def) ? { entries: entries(def, name) } : { type: type(def, name) });
  }
  return REF(name);
}

const isObject = (node) => node.type === 'object' || (Array.isArray(node.allOf) && !node.type);

/** The encoded type of a JSON Schema node. */
function type(node, where) {
  checkKeywords(node, where);
  if (node.$ref) return ref(node, where);
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) {
    const isNull = (s) => s.type === 'null' && Object.keys(s).every((k) => k === 'type' || IGNORED.has(k));
    const rest = alternatives.filter((s) => !isNull(s));
    if (rest.length !== 1) fail(where, 'a union other than "X or null"');
    const t = type(rest[0], where);
    return rest.length < alternatives.length && !t.startsWith('?') ? `?${t}` : t;
  }
  if (isObject(node)) return `{${entries(node, where).join(',')}}`;
  if ('const' in node || node.enum) {
    const values = 'const' in node ? [node.const] : node.enum;
    const nullable = values.includes(null);
    const literals = values.filter((v) => v !== null);
    if (!literals.length) fail(where, 'an enum of null only');
    // `=` strings, `#` numbers (finite, so that String() and Number() round-trip them).
    const kind = typeof literals[0] === 'number' ? '#' : '=';
    for (const v of literals) {
      if (kind === '#' ? !Number.isFinite(v) : typeof v !== 'string') fail(where, `enum value ${JSON.stringify(v)} (strings or numbers only, not mixed)`);
      if (/[,|{}\0\x01]/.test(String(v))) fail(where, `enum value ${JSON.stringify(v)} contains one of , | { }`);
    }
    return `${nullable ? '?' : ''}${kind}${literals.join('|')}`;
  }
  let types = node.type === undefined ? [] : [].concat(node.type);
  const nullable = types.includes('null');
  types = types.filter((t) => t !== 'null');
  if (types.length > 1) fail(where, `a union of types ${types.join(', ')}`);
  if (!types.length) {
    if (nullable) fail(where, 'type null alone');
    return '*';
  }
  let t;
  if (types[0] === 'object') t = `{${entries(node, where).join(',')}}`;
  else if (types[0] === 'array') {
    if (node.prefixItems) fail(where, 'a tuple (prefixItems)');
    t = `[${node.items ? type(node.items, `${where}[]`) : '*'}`;
  } else if (types[0] === 'string') t = FORMAT_LETTERS[node.format] ?? 's';
  else t = LETTERS[types[0]] ?? fail(where, `type ${types[0]}`);
  return nullable && !t.startsWith('?') ? `?${t}` : t;
}

/** The entries of an object schema (or of an allOf of object schemas). */
function entries(node, where) {
  checkKeywords(node, where);
  if (node.$ref) {
    if (!isObject(source[node.$ref.replace('#/$defs/', '')] ?? {})) fail(where, `allOf member ${node.$ref} is not an object`);
    return [`&${ref(node, where)}`];
  }
  for (const k of ['anyOf', 'oneOf', 'enum', 'const', 'items', 'patternProperties']) if (k in node) fail(where, `"${k}" on an object`);
  if (node.type !== undefined && node.type !== 'object') fail(where, `an object that is also ${node.type}`);
  const extra = node.additionalProperties;
  // false/true/{}: extra properties are tolerated anyway. A schema here is a record's values.
  if (extra && typeof extra === 'object' && Object.keys(extra).some((k) => !IGNORED.has(k))) fail(where, 'a record (additionalProperties)');
  const res = (node.allOf ?? []).flatMap((m, i) => entries(m, `${where}.allOf[${i}]`));
  const properties = node.properties ?? {};
  const required = new Set(node.required ?? []);
  for (const [key, s] of Object.entries(properties)) {
    if (!/^[\w$-]+$/.test(key)) fail(where, `property name "${key}"`);
    // Optional fields read by one widget only are checked by that widget (see WIDGET_CHECKED).
    if (!required.has(key) && s.$ref && WIDGET_CHECKED.has(s.$ref.replace('#/$defs/', ''))) continue;
    res.push(`${key}${required.has(key) ? '' : '?'}:${type(s, `${where}.${key}`)}`);
  }
  for (const key of required) if (!(key in properties)) res.push(`${key}:*`);
  return res;
}

const answers = {};
for (const [op, node] of Object.entries(json.properties)) answers[op] = type(node, op);

// zod's .extend() copies the base's properties: when a def's entries include all of another
// def's (and more), refer to that one with `&Base` instead of repeating them. Same validation.
// Only for bases of 3 properties or more: two shared fields (`code`, `name`) are a coincidence.
const flat = new Map();
const flatten = (name) => {
  if (!flat.has(name)) {
    flat.set(name, []);
    flat.set(name, named.get(name).entries.flatMap((e) => (e.startsWith('&\0') ? flatten(e.slice(2, -1)) : [e])));
  }
  return flat.get(name);
};
for (const [name, def] of named) if (def.entries) flatten(name);
const bodies = new Map();
for (const [name, def] of named) {
  if (!def.entries) {
    bodies.set(name, def.type);
    continue;
  }
  const own = flat.get(name);
  let base;
  for (const [other, theirs] of flat) {
    if (other === name || theirs.length < 3 || theirs.length >= own.length) continue;
    if (theirs.every((e) => own.includes(e)) && (!base || theirs.length > flat.get(base).length)) base = other;
  }
  const list = base ? [`&${REF(base)}`, ...own.filter((e) => !flat.get(base).includes(e))] : def.entries;
  bodies.set(name, `{${list.join(',')}}`);
}

// Defs used once are written in place (`contact:?{address:?s,…}`), and a base used once is
// spread into the object that extends it: only shared (or recursive) defs keep a name.
const uses = new Map();
for (const s of [...bodies.values(), ...Object.values(answers)]) {
  for (const [, name] of s.matchAll(/\0([^\x01]*)\x01/g)) uses.set(name, (uses.get(name) ?? 0) + 1);
}
const kept = new Set([...named.keys()].filter((name) => uses.get(name) > 1));
const expand = (s, stack) =>
  s.replace(/(&?)\0([^\x01]*)\x01/g, (_, spread, name) => {
    if (kept.has(name) || stack.includes(name)) {
      kept.add(name);
      return `${spread}@${name}`;
    }
    const inner = expand(bodies.get(name), [...stack, name]);
    return spread && inner.length > 2 && inner.startsWith('{') ? inner.slice(1, -1) : spread + inner;
  });
const responses = Object.fromEntries(Object.entries(answers).map(([op, t]) => [op, expand(t, [])]));
const defs = {};
for (const name of kept) defs[name] = expand(bodies.get(name), [name]); // (`kept` may grow meanwhile)

const body = `// Generated by packages/sdk/scripts/gen-contract.mjs from @motcua/contracts (routes.ts and the
// zod schemas). Do not edit: run \`npm run gen -w @motcua/sdk\`. A test fails when it is stale.
/* eslint-disable */
import type { Defs, Schema } from './validate.js';

/** The public operations. Defaults left out: \`method\` GET, \`status\` 200. */
export const operations = ${JSON.stringify(meta, null, 2)} as const;

export type PublicOperationId = keyof typeof operations;

/** 2xx answer of each operation, in the encoding of validate.ts (\`@Name\` points into \`defs\`). */
export const responseSchemas: Record<PublicOperationId, Schema> = ${JSON.stringify(responses, null, 1)};

/** The types used more than once, by name (\`@Name\`). */
export const defs: Defs = ${JSON.stringify(defs, null, 1)};
`;

// The same operations, one module per operation (src/client/answers/<operationId>.ts): its entry
// of the table and its answer with the named types it refers to: a widget registers the answers of the operations it calls
// (useAnswers, src/client/answers.ts), so the bundler places each schema with the widgets that use
// it instead of putting every operation's schema in the chunk every widget loads. The full
// entries (@motcua/sdk, @motcua/sdk/client) register them all (src/client/answers/all.ts).
const answersDir = fileURLToPath(new URL('../src/client/answers/', import.meta.url));
const HEADER = `// Generated by packages/sdk/scripts/gen-contract.mjs from @motcua/contracts. Do not edit: run
// \`npm run gen -w @motcua/sdk\`. A test fails when it is stale.
/* eslint-disable */
`;
const defsOf = (schema, found = new Set()) => {
  for (const [, name] of schema.matchAll(/@([\w$.-]+)/g)) if (!found.has(name)) (found.add(name), defsOf(defs[name], found));
  return found;
};
const files = new Map();
for (const [op, schema] of Object.entries(responses)) {
  const used = Object.fromEntries([...defsOf(schema)].sort().map((name) => [name, defs[name]]));
  files.set(
    `${op}.ts`,
    `${HEADER}import type { Answer } from '../answers.js';\n\nexport const ${op}: Answer = ${JSON.stringify({ op, ...meta[op], schema, defs: used }, null, 1)};\n`,
  );
}
const names = Object.keys(responses);
files.set(
  'all.ts',
  `${HEADER}import type { Answer } from '../answers.js';\n${names.map((op) => `import { ${op} } from './${op}.js';`).join('\n')}\n\n` +
    `export { ${names.join(', ')} };\n\n/** Every public operation's answer: what the full entries register. */\nexport const allAnswers: Answer[] = [${names.join(', ')}];\n`,
);

if (process.argv.includes('--check')) {
  const read = (f) => {
    try {
      return readFileSync(f, 'utf8');
    } catch {
      return '';
    }
  };
  const stale = [];
  if (read(out) !== body) stale.push('contract.generated.ts');
  for (const [name, text] of files) if (read(answersDir + name) !== text) stale.push(`answers/${name}`);
  const extra = existsSync(answersDir) ? readdirSync(answersDir).filter((f) => !files.has(f)) : [];
  stale.push(...extra.map((f) => `answers/${f} (no such operation)`));
  if (stale.length) {
    console.error(`packages/sdk/src/client/${stale.join(', ')} stale: run \`npm run gen -w @motcua/sdk\`.`);
    process.exit(1);
  }
  console.log('contract.generated.ts and answers/ are up to date with @motcua/contracts');
} else {
  writeFileSync(out, body);
  mkdirSync(answersDir, { recursive: true });
  for (const f of readdirSync(answersDir)) if (!files.has(f)) rmSync(answersDir + f);
  for (const [name, text] of files) writeFileSync(answersDir + name, text);
  console.log(`wrote ${out} and ${files.size} files in ${answersDir} (${ops.length} operations, ${Object.keys(defs).length} objects)`);
}
