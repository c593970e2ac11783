// Bad inputs generated from the contract: for every channel, from the JSON Schema zod
// exports of its input (the same schema `ledger channels` prints), values that break
// each field's declared type, enum, length, range or item type, plus inputs that are
// not objects at all and objects with a key the contract does not know.

/** The part of JSON Schema zod emits for our inputs. */
export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

/** One generated input: what it breaks (for the test's name), which top-level field, and the input. */
export type BadInput = { kind: string; field: string | null; input: unknown };

const alternatives = (s: Schema): Schema[] => [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].flatMap(alternatives).concat(s.anyOf || s.oneOf ? [] : [s]);

/** The JSON types a value of this schema may have (empty: anything, e.g. an unrepresentable schema). */
function allowedTypes(s: Schema): Set<string> {
  const types = new Set<string>();
  for (const alt of alternatives(s)) {
    if (alt.const !== undefined) types.add(jsonType(alt.const));
    for (const v of alt.enum ?? []) types.add(jsonType(v));
    for (const t of [alt.type ?? []].flat()) types.add(t === 'integer' ? 'number' : t);
  }
  return types;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' ? 'number' : typeof v;
}

/** A plausible value: enough to fill the fields a bad one sits beside (it need not pass every check). */
export function sample(s: Schema): unknown {
  const alt = alternatives(s).find((a) => a.type !== 'null') ?? s;
  if (alt.const !== undefined) return alt.const;
  if (alt.enum) return alt.enum[0];
  const type = [alt.type ?? 'string'].flat()[0];
  if (type === 'object') return sampleObject(alt);
  if (type === 'array') return Array.from({ length: alt.minItems ?? 0 }, () => sample(alt.items ?? {}));
  if (type === 'integer' || type === 'number') return alt.minimum ?? (alt.exclusiveMinimum !== undefined ? alt.exclusiveMinimum + 1 : 1);
  if (type === 'boolean') return false;
  if (type === 'null') return null;
  if (alt.format === 'date-time') return '2026-11-25T06:00:00.000Z';
  if (alt.format === 'uuid') return '0190a0b1-7c2d-7e3f-8a4b-5c6d7e8f9a0b';
  return 'a'.repeat(Math.max(alt.minLength ?? 1, 1));
}

export function sampleObject(s: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of s.required ?? []) out[key] = sample(s.properties?.[key] ?? {});
  return out;
}

const WRONG_TYPES: unknown[] = [42, 'x', true, [], {}, null];

/** Values that break one field's schema (each a reason and the value). */
function badValues(s: Schema, depth: number): [string, unknown][] {
  const bad: [string, unknown][] = [];
  const types = allowedTypes(s);
  if (types.size > 0) {
    const wrong = WRONG_TYPES.find((v) => !types.has(jsonType(v)));
    if (wrong !== undefined) bad.push([`wrong type (${jsonType(wrong)})`, wrong]);
  }
  for (const alt of alternatives(s)) {
    if (alt.enum && alt.enum.every((v) => typeof v === 'string') && !types.has('number')) bad.push(['unknown enum value', 'no-such-value']);
    if (alt.type === 'string') {
      if (alt.maxLength !== undefined) bad.push(['over-long string', '长'.repeat(alt.maxLength + 1)]);
      if ((alt.minLength ?? 0) >= 1 && !types.has('null')) bad.push(['empty string', '']);
    }
    if (alt.type === 'integer' || alt.type === 'number') {
      if (alt.type === 'integer') bad.push(['fraction', 1.5]);
      if (alt.minimum !== undefined) bad.push(['below minimum', alt.minimum - 1]);
      if (alt.exclusiveMinimum !== undefined) bad.push(['at exclusive minimum', alt.exclusiveMinimum]);
      if (alt.maximum !== undefined) bad.push(['above maximum', alt.maximum + 1]);
    }
    if (alt.type === 'array') {
      if (alt.maxItems !== undefined) bad.push(['too many items', Array.from({ length: alt.maxItems + 1 }, () => sample(alt.items ?? {}))]);
      if (alt.items) for (const [why, v] of badValues(alt.items, depth + 1).slice(0, 2)) bad.push([`item: ${why}`, [v]]);
    }
    if (alt.type === 'object' && alt.properties && depth < 2) {
      const base = sampleObject(alt);
      bad.push(['nested unknown key', { ...base, __junk: 1 }]);
      for (const [key, prop] of Object.entries(alt.properties)) {
        for (const [why, v] of badValues(prop, depth + 1).slice(0, 2)) bad.push([`${key}: ${why}`, { ...base, [key]: v }]);
      }
    }
  }
  return bad;
}

/** Every generated bad input of one channel's input schema. */
export function badInputsFor(schema: Schema): BadInput[] {
  const base = sampleObject(schema);
  // Not null: dispatch reads a missing input (null, undefined) as {} on purpose.
  const out: BadInput[] = ['x', 42, [], true].map((input) => ({ kind: `not an object (${jsonType(input)})`, field: null, input }));
  out.push({ kind: 'unknown key', field: null, input: { ...base, __junk: true } });
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (schema.required?.includes(key)) {
      const { [key]: _dropped, ...rest } = base;
      out.push({ kind: 'missing field', field: key, input: rest });
    }
    for (const [kind, value] of badValues(prop, 0)) out.push({ kind, field: key, input: { ...base, [key]: value } });
  }
  return out;
}

/** The fields that name a file or a folder on this computer. */
export const PATH_FIELDS = ['file', 'directory', 'path'];
